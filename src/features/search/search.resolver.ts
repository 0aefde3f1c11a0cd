import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, Directive, Info, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import { ENTITY_MAX_AGE } from '../../platform/graphql/cache-control';
import type { GraphContext } from '../../engine/context';
import { SearchArgs } from './search.input';
import { searchEntities, type SearchHitRecord } from './search.repository';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Directive(`@cacheControl(maxAge: ${ENTITY_MAX_AGE})`)
  @Authorized(Role.READER)
  @Query(() => [SearchHit], { description: 'Full-text search over names and aliases, ranked by relevance.' })
  search(@Args() { text, types, first }: SearchArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<SearchHitRecord[]> {
    return searchEntities(ctx, text, types, first, info);
  }
}
