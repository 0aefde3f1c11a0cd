import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { relatedConnection, relatedEntity } from '../entity.connections';
import { EntityListResolver } from '../entity.resolver';
import type { EntityRecord } from '../entity.record';
import { Node } from '../entity.type';
import { EntityType } from '../../../engine/model/model';
import type { GraphContext } from '../../../engine/context';
import { NodeRelationConnection } from '../../node/node.resolver';
import { PlatformRelationConnection } from '../platform/platform.type';
import { EventListArgs } from './event.input';
import { Event, EventConnection } from './event.type';
import { RelationPageArgs } from '../entity.input';

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
