import { EntityFilterInput, EntityListArgs } from '../entity/entity.input';
import { EntityType, InstitutionKind } from '../graph/model';

export const InstitutionFilter = EntityFilterInput(EntityType.Institution, InstitutionKind);
export const InstitutionListArgs = EntityListArgs(InstitutionFilter);
