import { EntityFilterInput, EntityListArgs } from '../entity.input';
import { AgreementKind, EntityType } from '../../../engine/model/model';

export const AgreementFilter = EntityFilterInput(EntityType.Agreement, AgreementKind);
export const AgreementListArgs = EntityListArgs(AgreementFilter);
