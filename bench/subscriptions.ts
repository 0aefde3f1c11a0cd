import { createClient } from 'graphql-sse';

/**
 * Subscription delivery: `subscribers` open `graphChanged` streams on one service process (half of them
 * every change, half only the changes of the written entity), then `writes` single mutations, one after
 * the other, each through the same process or through another one over the same Neo4j. For every event
 * it records how long after the write's answer it arrived, and how long after the change's transaction
 * time (`at`, the database's clock on this same machine): the first is a lower bound of commit-to-event,
 * the second an upper bound (it includes the write itself).
 */
export interface DeliveryRun {
  /** Milliseconds from each write's answer to each subscriber's event. */
  afterAnswerMs: number[];
  /** Milliseconds from each change's transaction time to each subscriber's event. */
  afterTransactionMs: number[];
  expected: number;
  /** Writes the service refused or failed (each named in the bench's output); their events are not expected. */
  failedWrites: number;
  /** How long the writes took, answer to answer, on average. */
  writeMs: number;
}

interface Change {
  summary: string;
  at: string;
}

const GRAPH_CHANGED = 'subscription ($ids: [ID!]) { graphChanged(ids: $ids) { summary at } }';
const ADD_ALIAS = 'mutation ($id: ID!, $alias: String!) { addAliases(id: $id, aliases: [$alias]) { id } }';

/** Opens `count` streams; resolves when all are open, with their events as they come (received time by summary). */
async function openSubscribers(streamUrl: string, count: number, entityId: string, onEvent: (change: Change, receivedAt: number) => void): Promise<() => void> {
  const closers = await Promise.all(
    Array.from(
      { length: count },
      (_, index) =>
        new Promise<() => void>((resolve, reject) => {
          const client = createClient({ url: streamUrl, retryAttempts: 0 });
          const variables = index % 2 === 0 ? {} : { ids: [entityId] };
          const unsubscribe = client.subscribe<{ graphChanged: Change }>(
            { query: GRAPH_CHANGED, variables },
            { next: (result) => result.data && onEvent(result.data.graphChanged, Date.now()), error: reject, complete: () => undefined },
            { connected: () => resolve(() => (unsubscribe(), client.dispose())) },
          );
        }),
    ),
  );
  return () => closers.forEach((close) => close());
}

/** One write; false (and why, on stderr) when the service did not make it. */
async function addAlias(graphqlUrl: string, editorKey: string, entityId: string, alias: string): Promise<boolean> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': editorKey },
    body: JSON.stringify({ query: ADD_ALIAS, variables: { id: entityId, alias } }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (response.ok && !body.errors) return true;
  process.stderr.write(`addAliases failed: ${JSON.stringify(body).slice(0, 300)}\n`);
  return false;
}

export interface DeliveryOptions {
  /** The stream of the process the subscribers listen to. */
  streamUrl: string;
  /** The GraphQL endpoint the writes go to (the same process, or another). */
  writeUrl: string;
  editorKey: string;
  entityId: string;
  subscribers: number;
  writes: number;
  /** A label that keeps this run's aliases apart from another run's. */
  label: string;
}

export async function measureDelivery(options: DeliveryOptions): Promise<DeliveryRun> {
  const answeredAt = new Map<string, number>();
  const received: { summary: string; at: string; receivedAt: number }[] = [];
  const close = await openSubscribers(options.streamUrl, options.subscribers, options.entityId, (change, receivedAt) => received.push({ ...change, receivedAt }));
  const started = Date.now();
  let failedWrites = 0;
  for (let write = 0; write < options.writes; write += 1) {
    const alias = `bench ${options.label} ${write}`;
    if (await addAlias(options.writeUrl, options.editorKey, options.entityId, alias)) answeredAt.set(`added aliases ${alias} to ${options.entityId}`, Date.now());
    else failedWrites += 1;
    // A write a little apart from the next: the events of one are measured, not a queue of many.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const writeMs = (Date.now() - started) / options.writes - 50;
  const expected = options.subscribers * (options.writes - failedWrites);
  const deadline = Date.now() + 10_000;
  while (received.length < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  close();
  const ours = received.filter((event) => answeredAt.has(event.summary));
  return {
    afterAnswerMs: ours.map((event) => event.receivedAt - answeredAt.get(event.summary)!),
    afterTransactionMs: ours.map((event) => event.receivedAt - Date.parse(event.at)),
    expected,
    failedWrites,
    writeMs,
  };
}
