import { EntityFilterInput, EntityListArgs } from '../entity.input';
import { EntityType, NetworkKind } from '../../../engine/model/model';

export const NetworkFilter = EntityFilterInput(EntityType.Network, NetworkKind);
export const NetworkListArgs = EntityListArgs(NetworkFilter);
