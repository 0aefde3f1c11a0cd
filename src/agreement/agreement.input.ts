import { EntityFilterInput, EntityListArgs } from '../entity/entity.input';
import { AgreementKind, EntityType } from '../graph/model';

export const AgreementFilter = EntityFilterInput(EntityType.Agreement, AgreementKind);
export const AgreementListArgs = EntityListArgs(AgreementFilter);
