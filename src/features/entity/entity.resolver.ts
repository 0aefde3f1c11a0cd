import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, Directive, Info, Query, Resolver, type ClassType } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import { ENTITY_MAX_AGE } from '../../platform/graphql/cache-control';
import type { EntityType } from '../../engine/model/model';
import type { GraphContext } from '../../engine/context';
import type { PageArgs } from '../../platform/graphql/pagination';
import { entityListConnection } from './entity.connections';
import type { EntityFilterValues, EntityOrder } from './entity.repository';

export type EntityListArgsValues = PageArgs & { filter?: EntityFilterValues; orderBy?: EntityOrder };

/** What the generator declares for a list query. */
export interface EntityListSpec {
  type: EntityType;
  objectType: ClassType;
  connectionType: ClassType;
  argsType: ClassType<EntityListArgsValues>;
  queryName: string;
}

/**
 * An entity type's top-level list query (`institutions`, ...), generated for each type of the model
 * (`entity.api.ts`).
 */
export function EntityListResolver({ type, objectType, connectionType, argsType, queryName }: EntityListSpec) {
  @Resolver(() => objectType)
  class EntityListQuery {
    @Directive(`@cacheControl(maxAge: ${ENTITY_MAX_AGE})`)
    @Authorized(Role.READER)
    @Query(() => connectionType, {
      name: queryName,
      description: `${type} entities: filtered, ordered, cursor-paginated (keyset), with the total count.`,
    })
    list(@Args(() => argsType) args: EntityListArgsValues, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
      return entityListConnection(ctx, type, args, info);
    }
  }
  return EntityListQuery;
}
