import type { GraphQLResolveInfo } from 'graphql';
import { isSelected } from '../../engine/compiler/selection.plan';
import { perRootField } from '../../engine/compiler/read.compiler';
import { Args, Authorized, Ctx, Info, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import { dateRangeParam } from '../../engine/model/date-range';
import { notFound } from '../../platform/graphql/errors';
import type { GraphContext } from '../../engine/context';
import { NeighbourhoodArgs } from './neighbourhood.input';
import { loadNeighbourhood, type NeighbourhoodQuery, type NodeField } from './neighbourhood.repository';
import { Neighbourhood } from './neighbourhood.type';

const NODE_FIELDS: readonly NodeField[] = ['label', 'kind', 'type'];

type Selection = Pick<NeighbourhoodQuery, 'nodeFields' | 'edgeId' | 'evidence' | 'stated' | 'sourceCount'>;

function selectionOf(info: GraphQLResolveInfo): Selection {
  return {
    nodeFields: NODE_FIELDS.filter((field) => isSelected(info, ['nodes', field])),
    edgeId: isSelected(info, ['edges', 'id']),
    evidence: isSelected(info, ['edges', 'evidence']),
    stated: isSelected(info, ['edges', 'firstStated']) || isSelected(info, ['edges', 'lastStated']),
    sourceCount: isSelected(info, ['edges', 'sourceCount']),
  };
}

@Resolver(() => Neighbourhood)
export class NeighbourhoodResolver {
  @Authorized(Role.READER)
  @Query(() => Neighbourhood, { description: 'The subgraph around an entity, ready for a graph view: nodes, edges with evidence, and whether it was cut at the limit.' })
  async neighbourhood(@Args() args: NeighbourhoodArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    const subgraph = await loadNeighbourhood(ctx.db, {
      id: args.id,
      depth: args.depth,
      limit: args.limit,
      nodeTypes: args.types ?? [],
      relationTypes: args.relationTypes ?? [],
      // What is read depends on the selection only: worked out once per document.
      ...perRootField(info, 'neighbourhood', () => selectionOf(info)),
      range: dateRangeParam(args.stated),
    });
    if (!subgraph.found) throw notFound('entity', args.id);
    return subgraph;
  }
}
