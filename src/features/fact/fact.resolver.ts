import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, Directive, Info, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import { ENTITY_MAX_AGE } from '../../platform/graphql/cache-control';
import type { GraphContext } from '../../engine/context';
import { RecentFactsArgs } from './fact.input';
import { recentFacts } from './fact.repository';
import { Fact, FactConnection } from './fact.type';

@Resolver(() => Fact)
export class FactResolver {
  @Directive(`@cacheControl(maxAge: ${ENTITY_MAX_AGE})`)
  @Authorized(Role.READER)
  @Query(() => FactConnection, {
    description: 'What is new: relationships first stated on or after `since` (by their sources\' publication dates), newest first, cursor-paginated.',
  })
  recentFacts(@Args() args: RecentFactsArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return recentFacts(ctx, args, info);
  }
}
