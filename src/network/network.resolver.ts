import { Resolver } from 'type-graphql';
import { CooperationResolver } from '../entity/cooperation.resolver';
import { EntityType } from '../graph/model';
import { NetworkListArgs } from './network.input';
import { Network, NetworkConnection } from './network.type';

@Resolver(() => Network)
export class NetworkResolver extends CooperationResolver({
  type: EntityType.Network,
  objectType: Network,
  connectionType: NetworkConnection,
  argsType: NetworkListArgs,
  queryName: 'networks',
}) {}
