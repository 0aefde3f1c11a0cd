import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { DomainRelationConnection } from '../domain/domain.type';
import { relatedConnection } from '../entity/entity.connections';
import { EntityListResolver } from '../entity/entity.resolver';
import type { EntityRecord } from '../entity/entity.record';
import { EntityType } from '../graph/model';
import type { GraphContext } from '../graphql/context';
import { NodeRelationConnection } from '../node/node.resolver';
import { InitiativeListArgs } from './initiative.input';
import { Initiative, InitiativeConnection } from './initiative.type';
import { RelationPageArgs } from '../entity/entity.input';

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
