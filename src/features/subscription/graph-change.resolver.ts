import { Args, Authorized, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { ChangeNotice } from '../../engine/changes/change-log';
import type { GraphContext } from '../../engine/context';
import { Role } from '../../platform/auth/roles';
import { validateArguments } from '../../platform/graphql/validation';
import { followChanges } from './change-stream';
import { GraphChange, GraphChangedArgs } from './graph-change.type';

/**
 * The source stream of `graphChanged`: this process's change follower (each process follows the log
 * itself, so every process delivers every change). type-graphql validates arguments only when it
 * resolves an event, so the filter is checked here, before the stream opens.
 */
async function changesOf({ args, context }: SubscribeResolverData<unknown, GraphChangedArgs, GraphContext>): Promise<AsyncIterable<ChangeNotice>> {
  await validateArguments(Object.assign(new GraphChangedArgs(), args));
  if (!context.changes) throw new Error('graphChanged needs the service’s change follower in its context');
  return followChanges(context.changes, args);
}

@Resolver()
export class GraphChangeResolver {
  @Authorized(Role.READER)
  @Subscription(() => GraphChange, {
    subscribe: changesOf,
    description:
      'Every change committed from now on (by any process over this graph), in version order; `types` and `ids` narrow it to changes touching those entities. Served over Server-Sent Events at /graphql/stream (GraphQL over SSE).',
  })
  graphChanged(@Root() change: ChangeNotice, @Args(() => GraphChangedArgs) _filter: GraphChangedArgs): GraphChange {
    return change;
  }
}
