import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { DomainRelationConnection } from '../domain/domain.type';
import { relatedConnection } from '../entity.connections';
import { EntityListResolver } from '../entity.resolver';
import type { EntityRecord } from '../entity.record';
import { EntityType } from '../../../engine/model/model';
import type { GraphContext } from '../../../engine/context';
import { NodeRelationConnection } from '../../node/node.resolver';
import { InitiativeListArgs } from './initiative.input';
import { Initiative, InitiativeConnection } from './initiative.type';
import { RelationPageArgs } from '../entity.input';

@Resolver(() => Initiative)
export class InitiativeResolver extends EntityListResolver({
  type: EntityType.Initiative,
  objectType: Initiative,
  connectionType: InitiativeConnection,
  argsType: InitiativeListArgs,
  queryName: 'initiatives',
}) {
  @FieldResolver(() => NodeRelationConnection, { description: 'Who implements, serves, supports or promotes it.' })
  actors(@Root() initiative: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, initiative, page, info);
  }

  @FieldResolver(() => DomainRelationConnection)
  domains(@Root() initiative: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, initiative, page, info);
  }
}
