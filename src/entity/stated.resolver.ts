import { GraphQLLocalDate } from 'graphql-scalars';
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { GraphContext } from '../graphql/context';
import type { Evidence } from './entity.type';
import { statedDates } from './stated-dates';

export const FIRST_STATED_DESCRIPTION = 'When the relationship was first stated: the earliest publication date of its sources.';
export const LAST_STATED_DESCRIPTION = 'When the relationship was last stated: the latest publication date of its sources.';

/**
 * `firstStated` / `lastStated` for a relationship type whose objects carry their evidence but not its
 * dates (a mutation's answer, a common partner's links): the sources are batched per request, and
 * read only when a date is selected. Extend it with a class decorated `@Resolver(() => type)`
 * and list that class among the schema's resolvers.
 */
export function StatedRelationshipResolver<T extends { evidence: Evidence[] }>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class StatedRelationship {
    @FieldResolver(() => GraphQLLocalDate, { nullable: true, description: FIRST_STATED_DESCRIPTION })
    async firstStated(@Root() relationship: T, @Ctx() ctx: GraphContext): Promise<string | null> {
      return (await statedDates(ctx, relationship.evidence)).first;
    }

    @FieldResolver(() => GraphQLLocalDate, { nullable: true, description: LAST_STATED_DESCRIPTION })
    async lastStated(@Root() relationship: T, @Ctx() ctx: GraphContext): Promise<string | null> {
      return (await statedDates(ctx, relationship.evidence)).last;
    }
  }
  return StatedRelationship;
}
