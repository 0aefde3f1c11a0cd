import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Country } from '../country/country.type';
import { relatedConnection, relatedEntity } from '../entity.connections';
import { EntityListResolver } from '../entity.resolver';
import type { EntityRecord } from '../entity.record';
import { EventRelationConnection } from '../event/event.type';
import { EntityType } from '../../../engine/model/model';
import type { GraphContext } from '../../../engine/context';
import { InstitutionRelationConnection } from '../institution/institution.type';
import { PlatformRelationConnection } from '../platform/platform.type';
import { PlaceListArgs } from './place.input';
import { Place, PlaceConnection } from './place.type';
import { RelationPageArgs } from '../entity.input';

@Resolver(() => Place)
export class PlaceResolver extends EntityListResolver({
  type: EntityType.Place,
  objectType: Place,
  connectionType: PlaceConnection,
  argsType: PlaceListArgs,
  queryName: 'places',
}) {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() place: EntityRecord, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedEntity(ctx, place, info);
  }

  @FieldResolver(() => InstitutionRelationConnection)
  institutions(@Root() place: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, place, page, info);
  }

  @FieldResolver(() => PlatformRelationConnection)
  platforms(@Root() place: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, place, page, info);
  }

  @FieldResolver(() => EventRelationConnection, { description: 'Events held here.' })
  events(@Root() place: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, place, page, info);
  }
}
