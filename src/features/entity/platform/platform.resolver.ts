import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { DomainRelationConnection } from '../domain/domain.type';
import { relatedConnection } from '../entity.connections';
import { EntityListResolver } from '../entity.resolver';
import type { EntityRecord } from '../entity.record';
import { EventRelationConnection } from '../event/event.type';
import { EntityType } from '../../../engine/model/model';
import type { GraphContext } from '../../../engine/context';
import { InitiativeRelationConnection } from '../initiative/initiative.type';
import { NodeRelationConnection } from '../../node/node.resolver';
import { PlatformListArgs } from './platform.input';
import { Platform, PlatformConnection, PlatformRelationConnection } from './platform.type';
import { RelationPageArgs } from '../entity.input';

@Resolver(() => Platform)
export class PlatformResolver extends EntityListResolver({
  type: EntityType.Platform,
  objectType: Platform,
  connectionType: PlatformConnection,
  argsType: PlatformListArgs,
  queryName: 'platforms',
}) {
  @FieldResolver(() => NodeRelationConnection, { description: 'Who established or built it up (institutions or other platforms).' })
  founders(@Root() platform: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, platform, page, info);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Institutions and platforms it cooperates with, and the institutions that are partners in it (edge type PARTICIPATES_IN, with their role).' })
  partners(@Root() platform: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, platform, page, info);
  }

  @FieldResolver(() => PlatformRelationConnection, { description: 'The platform it belongs to.' })
  parent(@Root() platform: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, platform, page, info);
  }

  @FieldResolver(() => PlatformRelationConnection, { description: 'Platforms that belong to it.' })
  parts(@Root() platform: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, platform, page, info);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Where it is, or which countries it covers.' })
  locations(@Root() platform: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, platform, page, info);
  }

  @FieldResolver(() => EventRelationConnection, { description: 'The event at which it was launched.' })
  launchedAt(@Root() platform: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, platform, page, info);
  }

  @FieldResolver(() => DomainRelationConnection, { description: 'Technology domains it works in or promotes.' })
  domains(@Root() platform: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, platform, page, info);
  }

  @FieldResolver(() => InitiativeRelationConnection, { description: 'Strategies and initiatives it serves or promotes.' })
  serves(@Root() platform: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, platform, page, info);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Platforms, agreements and networks it established.' })
  established(@Root() platform: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, platform, page, info);
  }
}
