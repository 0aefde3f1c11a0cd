import { EntityFilterInput, EntityListArgs } from '../entity.input';
import { EntityType, InstitutionKind } from '../../../engine/model/model';

export const InstitutionFilter = EntityFilterInput(EntityType.Institution, InstitutionKind);
export const InstitutionListArgs = EntityListArgs(InstitutionFilter);
