import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { AgreementRelationConnection } from '../agreement/agreement.type';
import { CountryGroupRelationConnection } from '../country-group/country-group.type';
import { relatedConnection } from '../entity.connections';
import { EntityListResolver } from '../entity.resolver';
import type { EntityRecord } from '../entity.record';
import { EntityType } from '../../../engine/model/model';
import type { GraphContext } from '../../../engine/context';
import { InstitutionRelationConnection } from '../institution/institution.type';
import { NetworkRelationConnection } from '../network/network.type';
import { PlaceRelationConnection } from '../place/place.type';
import { PlatformRelationConnection } from '../platform/platform.type';
import { CountryListArgs } from './country.input';
import { Country, CountryConnection } from './country.type';
import { RelationPageArgs } from '../entity.input';

@Resolver(() => Country)
export class CountryResolver extends EntityListResolver({
  type: EntityType.Country,
  objectType: Country,
  connectionType: CountryConnection,
  argsType: CountryListArgs,
  queryName: 'countries',
}) {
  @FieldResolver(() => InstitutionRelationConnection, { description: 'Institutions in the country, directly or through a region (hops = 2).' })
  institutions(@Root() country: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, country, page, info);
  }

  @FieldResolver(() => PlaceRelationConnection, { description: 'Regions and cities in the country.' })
  places(@Root() country: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, country, page, info);
  }

  @FieldResolver(() => CountryGroupRelationConnection, { description: 'Groupings it is a member of, such as ASEAN.' })
  groups(@Root() country: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, country, page, info);
  }

  @FieldResolver(() => PlatformRelationConnection, { description: 'Platforms located in or covering the country.' })
  platforms(@Root() country: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, country, page, info);
  }

  @FieldResolver(() => AgreementRelationConnection, { description: 'Cooperation mechanisms and working groups that cover it.' })
  agreements(@Root() country: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, country, page, info);
  }

  @FieldResolver(() => NetworkRelationConnection, { description: 'Cooperation networks that cover it.' })
  networks(@Root() country: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, country, page, info);
  }
}
