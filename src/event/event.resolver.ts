import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { relatedConnection, relatedEntity } from '../entity/entity.connections';
import { EntityListResolver } from '../entity/entity.resolver';
import type { EntityRecord } from '../entity/entity.record';
import { Node } from '../entity/entity.type';
import { EntityType } from '../graph/model';
import type { GraphContext } from '../graphql/context';
import { NodeRelationConnection } from '../node/node.resolver';
import { PlatformRelationConnection } from '../platform/platform.type';
import { EventListArgs } from './event.input';
import { Event, EventConnection } from './event.type';
import { RelationPageArgs } from '../entity/entity.input';

@Resolver(() => Event)
export class EventResolver extends EntityListResolver({
  type: EntityType.Event,
  objectType: Event,
  connectionType: EventConnection,
  argsType: EventListArgs,
  queryName: 'events',
}) {
  @FieldResolver(() => Node, { nullable: true, description: 'Where it was held (a city or a country).' })
  place(@Root() event: EntityRecord, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedEntity(ctx, event, info);
  }

  @FieldResolver(() => PlatformRelationConnection, { description: 'Platforms launched at the event.' })
  launchedPlatforms(@Root() event: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, event, page, info);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Who hosted it: institutions, countries, places or platforms.' })
  hosts(@Root() event: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, event, page, info);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Who organised it: institutions, platforms or networks.' })
  organizers(@Root() event: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, event, page, info);
  }

  @FieldResolver(() => NodeRelationConnection, { description: 'Who attended it, spoke at it or sent a delegation: institutions, countries or country groups.' })
  attendees(@Root() event: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, event, page, info);
  }
}
