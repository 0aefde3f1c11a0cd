import { Args, Authorized, Ctx, Directive, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/roles';
import { ENTITY_MAX_AGE } from '../graphql/cache-control';
import { Direction } from '../graph/enums';
import { badUserInput, notFound } from '../graphql/errors';
import type { GraphContext } from '../graphql/context';
import { explainRelationship } from './explanation';
import { PathArgs } from './path.input';
import { findPaths, type PathRecord } from './path.repository';
import { CollaborationPath } from './path.type';

function presentPath(path: PathRecord, sourceLabels: Map<string, string>) {
  return {
    length: path.length,
    nodes: path.nodes,
    steps: path.steps.map((step) => {
      const [subject, object] = step.forward ? [step.from, step.to] : [step.to, step.from];
      return {
        ...step,
        direction: step.forward ? Direction.OUT : Direction.IN,
        explanation: explainRelationship({
          type: step.type,
          subject: subject.name,
          object: object.name,
          activity: step.activity,
          role: step.role,
          quote: step.evidence[0]?.quote,
          source: step.evidence[0] && sourceLabels.get(step.evidence[0].sourceId),
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
      'How two entities are connected: the k shortest simple paths, shortest first (equal lengths in name order), each step with its evidence. ' +
      'When more paths tie than `first` asks for, which of them are returned is up to the database. Empty when not connected within maxHops.',
  })
  async paths(@Args() args: PathArgs, @Ctx() ctx: GraphContext) {
    if (args.from === args.to) throw badUserInput('to', 'to must differ from from');
    const search = await findPaths(ctx.db, {
      ...args,
      relationTypes: args.relationTypes ?? [],
      nodeTypes: args.nodeTypes ?? [],
      avoid: args.avoid ?? [],
    });
    if (!search.fromExists) throw notFound('entity', args.from);
    if (!search.toExists) throw notFound('entity', args.to);
    const sourceIds = [...new Set(search.paths.flatMap((path) => path.steps.flatMap((step) => step.evidence.map((item) => item.sourceId))))];
    const sources = await ctx.loaders.source.loadMany(sourceIds);
    const sourceLabels = new Map(
      sources.flatMap((source) => (source && !(source instanceof Error) ? [[source.id, `${source.publisher}, ${source.publishedOn}`] as const] : [])),
    );
    return search.paths.map((path) => presentPath(path, sourceLabels));
  }
}
