import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { EntityType } from '../graph/model';
import type { GraphContext } from '../graphql/context';
import { PageArgs } from '../graphql/pagination';
import { NodeRelationConnection } from '../node/node.resolver';
import { relatedConnection } from './entity.connections';
import type { EntityRecord } from './entity.record';
import type { EntityFilterValues, EntityOrder } from './entity.repository';
import { EntityListResolver } from './entity.resolver';
import { RELATIONS } from './relation.specs';

/** Networks and agreements answer the same questions: who set them up, and what they cover. */
export function CooperationResolver(
  type: EntityType,
  objectType: ClassType,
  connectionType: ClassType,
  argsType: ClassType<PageArgs & { filter?: EntityFilterValues; orderBy?: EntityOrder }>,
  queryName: string,
) {
  @Resolver(() => objectType)
  abstract class CooperationResolverBase extends EntityListResolver(type, objectType, connectionType, argsType, queryName) {
    @FieldResolver(() => NodeRelationConnection, { description: 'Who established or helped establish it.' })
    founders(@Root() entity: EntityRecord, @Args() page: PageArgs, @Ctx() ctx: GraphContext) {
      return relatedConnection(ctx, entity.id, RELATIONS.cooperation.founders, page);
    }

    @FieldResolver(() => NodeRelationConnection, { description: 'Countries, groupings and initiatives it covers (edge countryCount, scope).' })
    covers(@Root() entity: EntityRecord, @Args() page: PageArgs, @Ctx() ctx: GraphContext) {
      return relatedConnection(ctx, entity.id, RELATIONS.cooperation.covers, page);
    }
  }
  return CooperationResolverBase;
}
