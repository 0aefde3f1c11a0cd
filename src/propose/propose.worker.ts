import type { MessagePort } from 'node:worker_threads';
import type { ExistingNameRow } from './propose.repository';
import { proposeDocument, type DocumentDraft, type ProposeRequest } from './propose.service';

/** One proposal as the pool hands it to a worker thread: the text, and the port its graph look-up goes through. */
export interface ProposalTask {
  request: ProposeRequest;
  graph: MessagePort;
}

/** The main thread's answer to the look-up; on a failure it keeps the error (and its code) for the client. */
export type LookupReply = { rows: ExistingNameRow[] } | { failed: true };

/**
 * A worker thread's task (propose.pool.ts): the whole proposal, language model included, but the
 * graph look-up, which the main thread runs on its driver.
 */
export default function proposeInWorker({ request, graph }: ProposalTask): Promise<DocumentDraft> {
  return proposeDocument(
    request,
    (queries) =>
      new Promise((resolve, reject) => {
        graph.once('message', (reply: LookupReply) => ('rows' in reply ? resolve(reply.rows) : reject(new Error('the graph look-up failed'))));
        graph.postMessage(queries);
      }),
  );
}
