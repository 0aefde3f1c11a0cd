import type { MessagePort } from 'node:worker_threads';
import type { ProposerGraph } from './propose.repository';
import { proposeDocument, type DocumentDraft, type ProposeRequest } from './propose.service';

/** One proposal as the pool hands it to a worker thread: the text, and the port its graph look-ups go through. */
export interface ProposalTask {
  request: ProposeRequest;
  graph: MessagePort;
}

/** A look-up the worker asks the main thread for: which one, and its argument. */
export interface LookupRequest<K extends keyof ProposerGraph = keyof ProposerGraph> {
  lookup: K;
  argument: Parameters<ProposerGraph[K]>[0];
}

/** What a look-up returns. */
export type LookupRows = Awaited<ReturnType<ProposerGraph[keyof ProposerGraph]>>;

/** The main thread's answer to a look-up; on a failure it keeps the error (and its code) for the client. */
export type LookupReply = { rows: LookupRows } | { failed: true };

/** The graph look-ups as messages over `port`; a proposal asks them one at a time. */
function graphThrough(port: MessagePort): ProposerGraph {
  const ask = <K extends keyof ProposerGraph>(lookup: K, argument: LookupRequest<K>['argument']) =>
    new Promise<Awaited<ReturnType<ProposerGraph[K]>>>((resolve, reject) => {
      port.once('message', (reply: LookupReply) => ('rows' in reply ? resolve(reply.rows as Awaited<ReturnType<ProposerGraph[K]>>) : reject(new Error('the graph look-up failed'))));
      port.postMessage({ lookup, argument } satisfies LookupRequest<K>);
    });
  return {
    entitiesWithWords: (queries) => ask('entitiesWithWords', queries),
    entitiesWithAlias: (acronyms) => ask('entitiesWithAlias', acronyms),
  };
}

/**
 * A worker thread's task (propose.pool.ts): the whole proposal, language model included, but the
 * graph look-ups, which the main thread runs on its driver.
 */
export default function proposeInWorker({ request, graph }: ProposalTask): Promise<DocumentDraft> {
  return proposeDocument(request, graphThrough(graph));
}
