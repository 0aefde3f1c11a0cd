import { EntityFilterInput, EntityListArgs } from '../entity.input';
import { EntityType, InitiativeKind } from '../../../engine/model/model';

export const InitiativeFilter = EntityFilterInput(EntityType.Initiative, InitiativeKind);
export const InitiativeListArgs = EntityListArgs(InitiativeFilter);
