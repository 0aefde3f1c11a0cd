import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { CountryRelationConnection } from '../country/country.type';
import { relatedConnection } from '../entity.connections';
import { EntityListResolver } from '../entity.resolver';
import type { EntityRecord } from '../entity.record';
import { EntityType } from '../../../engine/model/model';
import type { GraphContext } from '../../../engine/context';
import { CountryGroupListArgs } from './country-group.input';
import { CountryGroup, CountryGroupConnection } from './country-group.type';
import { RelationPageArgs } from '../entity.input';

@Resolver(() => CountryGroup)
export class CountryGroupResolver extends EntityListResolver({
  type: EntityType.CountryGroup,
  objectType: CountryGroup,
  connectionType: CountryGroupConnection,
  argsType: CountryGroupListArgs,
  queryName: 'countryGroups',
}) {
  @FieldResolver(() => CountryRelationConnection, { description: 'Member countries the sources name.' })
  members(@Root() group: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return relatedConnection(ctx, group, page, info);
  }
}
