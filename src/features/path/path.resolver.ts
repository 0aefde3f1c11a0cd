import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, Directive, Info, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import { ENTITY_MAX_AGE } from '../../platform/graphql/cache-control';
import { Direction } from '../../engine/model/enums';
import { badUserInput, notFound } from '../../platform/graphql/errors';
import type { GraphContext } from '../../engine/context';
import type { Source } from '../entity/entity.type';
import { statedRange } from '../entity/stated-dates';
import { countSources } from '../entity/entity.record';
import { explainStep } from './explanation';
import { PathArgs } from './path.input';
import Cypher from '@neo4j/cypher-builder';
import { bind, compiled } from '../../engine/compiler/read.compiler';
import { findPaths, pathsCypher, type PathRecord } from './path.repository';
import { pathProjection } from './path.selection';
import { CollaborationPath } from './path.type';

function presentPath(path: PathRecord, sources: Map<string, Pick<Source, 'publisher' | 'publishedOn'>>) {
  return {
    length: path.length,
    nodes: path.nodes,
    steps: path.steps.map((step) => {
      const [evidence] = step.evidence;
      const stated = statedRange(step.evidence.map((item) => sources.get(item.sourceId)?.publishedOn));
      const source = evidence && sources.get(evidence.sourceId);
      return {
        ...step,
        direction: step.forward ? Direction.OUT : Direction.IN,
        firstStated: stated.first,
        lastStated: stated.last,
        sourceCount: countSources(step.evidence),
        explanation: explainStep({
          type: step.type,
          from: step.from,
          to: step.to,
          forward: step.forward,
          role: step.role,
          quote: evidence?.quote,
          source: source && `${source.publisher}, ${source.publishedOn}`,
        }),
      };
    }),
  };
}

@Resolver(() => CollaborationPath)
export class PathResolver {
  @Directive(`@cacheControl(maxAge: ${ENTITY_MAX_AGE})`)
  @Authorized(Role.READER)
  @Query(() => [CollaborationPath], {
    description:
      'How two entities are connected: the k shortest simple paths, shortest first, equal lengths in the order of their entities\' ids ' +
      '(then of their relationships\' types, forward before backward), each step with its evidence. Empty when not connected within maxHops.',
  })
  async paths(@Args() args: PathArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    if (args.from === args.to) throw badUserInput('to', 'to must differ from from');
    const read = compiled(info, `paths/${args.maxHops}`, (context, keys) => {
      const projection = pathProjection(info, context, keys);
      return { statement: new Cypher.Raw(pathsCypher(args.maxHops, projection)), plan: projection };
    });
    const projection = read.plan;
    const search = await findPaths(
      ctx.db,
      { ...args, relationTypes: args.relationTypes ?? [], nodeTypes: args.nodeTypes ?? [], avoid: args.avoid ?? [] },
      projection,
      read.cypher,
      bind(read, info, {}),
    );
    if (!search.fromExists) throw notFound('entity', args.from);
    if (!search.toExists) throw notFound('entity', args.to);
    // Read in the same statement: evidence `source` fields are then answered without another round trip.
    if (projection.sources === 'full') for (const source of search.sources) ctx.loaders.source.prime(source.id, source);
    const sources = new Map(search.sources.map((source) => [source.id, source]));
    return search.paths.map((path) => presentPath(path, sources));
  }
}
