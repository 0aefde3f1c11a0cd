import { EntityFilterInput, EntityListArgs } from '../entity/entity.input';
import { EntityType, InitiativeKind } from '../graph/model';

export const InitiativeFilter = EntityFilterInput(EntityType.Initiative, InitiativeKind);
export const InitiativeListArgs = EntityListArgs(InitiativeFilter);
