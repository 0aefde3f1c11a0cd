import { EntityFilterInput, EntityListArgs } from '../entity/entity.input';
import { EntityType, NetworkKind } from '../graph/model';

export const NetworkFilter = EntityFilterInput(EntityType.Network, NetworkKind);
export const NetworkListArgs = EntityListArgs(NetworkFilter);
