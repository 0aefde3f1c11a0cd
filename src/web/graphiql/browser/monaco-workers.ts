/**
 * Monaco (GraphiQL's editor) runs its language services in web workers. The build bundles each
 * worker into its own file under /assets/graphiql/ (scripts/build-ui.js), so they load from this
 * server like the page itself: no CDN, nothing beyond the page's `worker-src 'self'`.
 */
const WORKER_FILES: Record<string, string> = { json: 'json.worker.js', graphql: 'graphql.worker.js' };

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return new Worker(`/assets/graphiql/${WORKER_FILES[label] ?? 'editor.worker.js'}`, { name: label });
  },
};
