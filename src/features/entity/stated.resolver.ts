import { GraphQLLocalDate } from 'graphql-scalars';
import { Ctx, FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
import type { GraphContext } from '../../engine/context';
import { countSources } from './entity.record';
import type { Evidence } from './entity.type';
import { statedDates } from './stated-dates';

export const FIRST_STATED_DESCRIPTION = 'When the relationship was first stated: the earliest publication date of its sources.';
export const LAST_STATED_DESCRIPTION = 'When the relationship was last stated: the latest publication date of its sources.';
export const SOURCE_COUNT_DESCRIPTION = 'How many distinct sources state the relationship: 1 for a single source, 2 or more when corroborated.';

/**
 * `firstStated`, `lastStated` and `sourceCount` for a relationship type whose objects carry their
 * evidence but not what follows from it (a mutation's answer, a common partner's links): the sources
 * are batched per request, and read only when a date is selected. Extend it with a class decorated
 * `@Resolver(() => type)` and list that class among the schema's resolvers.
 */
export function RelationshipEvidenceResolver<T extends { evidence: Evidence[] }>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class RelationshipEvidence {
    @FieldResolver(() => GraphQLLocalDate, { nullable: true, description: FIRST_STATED_DESCRIPTION })
    async firstStated(@Root() relationship: T, @Ctx() ctx: GraphContext): Promise<string | null> {
      return (await statedDates(ctx, relationship.evidence)).first;
    }

    @FieldResolver(() => GraphQLLocalDate, { nullable: true, description: LAST_STATED_DESCRIPTION })
    async lastStated(@Root() relationship: T, @Ctx() ctx: GraphContext): Promise<string | null> {
      return (await statedDates(ctx, relationship.evidence)).last;
    }

    @FieldResolver(() => Int, { description: SOURCE_COUNT_DESCRIPTION })
    sourceCount(@Root() relationship: T): number {
      return countSources(relationship.evidence);
    }
  }
  return RelationshipEvidence;
}
