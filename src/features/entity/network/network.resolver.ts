import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { CooperationResolver } from '../cooperation.resolver';
import type { EntityRecord } from '../entity.record';
import { relatedConnection } from '../entity.connections';
import { RelationPageArgs } from '../entity.input';
import { EntityType } from '../../../engine/model/model';
import type { GraphContext } from '../../../engine/context';
import { NodeRelationConnection } from '../../node/node.resolver';
import { NetworkListArgs } from './network.input';
import { Network, NetworkConnection } from './network.type';

@Resolver(() => Network)
export class NetworkResolver extends CooperationResolver({
  type: EntityType.Network,
  objectType: Network,
  connectionType: NetworkConnection,
  argsType: NetworkListArgs,
  queryName: 'networks',
}) {
  @FieldResolver(() => NodeRelationConnection, { description: 'Its members: institutions and platforms.' })
  members(@Root() network: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, network, page, info);
  }
}
