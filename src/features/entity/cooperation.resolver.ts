import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../../engine/context';
import { NodeRelationConnection } from '../node/node.resolver';
import { relatedConnection } from './entity.connections';
import type { EntityRecord } from './entity.record';
import { EntityListResolver, type EntityListSpec } from './entity.resolver';
import { RelationPageArgs } from './entity.input';

/** Networks and agreements answer the same questions: who set them up, and what they cover. */
export function CooperationResolver(spec: EntityListSpec) {
  @Resolver(() => spec.objectType)
  abstract class CooperationResolverBase extends EntityListResolver(spec) {
    @FieldResolver(() => NodeRelationConnection, { description: 'Who established or helped establish it.' })
    founders(@Root() entity: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
      return relatedConnection(ctx, entity, page, info);
    }

    @FieldResolver(() => NodeRelationConnection, { description: 'Countries, groupings and initiatives it covers (edge countryCount, scope).' })
    covers(@Root() entity: EntityRecord, @Args() page: RelationPageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
      return relatedConnection(ctx, entity, page, info);
    }
  }
  return CooperationResolverBase;
}
