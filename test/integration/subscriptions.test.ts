import { spawn, type ChildProcess } from 'node:child_process';
import { createClient, type ExecutionResult } from 'graphql-sse';
import { readyUrlIn } from '../../src/app/app';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { Authenticator, sha256Hex } from '../../src/platform/auth/authenticator';
import { Role } from '../../src/platform/auth/roles';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { metrics } from '../../src/platform/observability/metrics';
import type { Database } from '../../src/engine/db/database';
import { buildOnce } from '../support/build';
import { postGraphQL, resetGraph, startTestServer, testAuthConfig, testDatabase, TEST_KEYS } from '../support/graph';
import { syntheticSeed } from '../support/synthetic';
import { applySeeds } from '../../src/engine/seed/seed.repository';
import { EntityType } from '../../src/engine/model/model';

// A small graph of its own (the seed is more than this file needs): one source whose text names the entity.
const SOURCE = 'sse-source';
const QUOTE = 'mahidol-university';
const EDITOR = { 'x-api-key': TEST_KEYS[Role.EDITOR] };
const READER = { 'x-api-key': TEST_KEYS[Role.READER] };
const CHANGE_FIELDS = 'id epoch version at by operation summary entityIds entityTypes relationTypes sourceIds revertOf';
const GRAPH_CHANGED = `subscription ($types: [EntityType!], $ids: [ID!]) { graphChanged(types: $types, ids: $ids) { ${CHANGE_FIELDS} } }`;
const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }';
const LINK = 'mutation ($input: LinkInput!) { linkEntities(input: $input) { id } }';

type Change = Record<string, unknown> & { id: string; version: number; operation: string; entityIds: string[] };
type Result = ExecutionResult<{ graphChanged: Change }, unknown>;

interface Subscription {
  results: Result[];
  completed: Promise<void>;
  /** The first `count` results, once they came (or a failure after `ms`). */
  take(count: number, ms?: number): Promise<Result[]>;
  close(): void;
}

/** Subscribes with graphql-sse's own client; resolves once the stream is open, so no later change is missed. */
function subscribe(url: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = READER): Promise<Subscription> {
  const client = createClient({ url: `${url}/stream`, headers, retryAttempts: 0 });
  const results: Result[] = [];
  let finish!: () => void;
  let fail!: (error: unknown) => void;
  const completed = new Promise<void>((resolve, reject) => ((finish = resolve), (fail = reject)));
  return new Promise((resolve, reject) => {
    completed.catch(reject);
    const close = client.subscribe<{ graphChanged: Change }>({ query: GRAPH_CHANGED, variables }, { next: (result) => results.push(result), error: fail, complete: finish }, {
      connected: () =>
        resolve({
          results,
          completed,
          close: () => (close(), client.dispose()),
          async take(count, ms = 5_000) {
            const deadline = Date.now() + ms;
            while (results.length < count && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 20));
            if (results.length < count) throw new Error(`${results.length} of ${count} events within ${ms} ms: ${JSON.stringify(results)}`);
            return results.slice(0, count);
          },
        }),
    });
  });
}

/** Waits until `server` has `count` subscribers (a client's leaving reaches the server a moment later). */
async function subscribersBecome(server: RunningHttpServer, count: number): Promise<number> {
  for (let tries = 0; server.changes.subscribers !== count && tries < 250; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  return server.changes.subscribers;
}

const university = (id: string) => ({ id, type: 'Institution', kind: 'UNIVERSITY', name: `University ${id}`, evidence: [{ sourceId: SOURCE, quote: QUOTE }] });

async function createUniversity(url: string, id: string): Promise<void> {
  const response = await postGraphQL(url, CREATE, { input: university(id) }, EDITOR);
  expect(response.errors).toBeUndefined();
}

/** The service as `npm start` runs it, over the same Neo4j: another process, with its own change follower. */
function startServiceProcess(): { child: ChildProcess; ready: Promise<string> } {
  buildOnce();
  const child = spawn(process.execPath, ['dist/src/app/main.js'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', SEED_ON_EMPTY: 'false', LOG_LEVEL: 'info', API_KEYS: ['reader', 'editor'].map((role) => `test-${role}:${role}:${sha256Hex(TEST_KEYS[role as Role])}`).join(',') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = readyUrlIn(output);
      if (ready) resolve(ready);
    });
    child.once('exit', (code) => reject(new Error(`service exited early with ${code}: ${output}`)));
  });
  return { child, ready };
}

describe('graphChanged over Server-Sent Events', () => {
  let db: Database;
  let server: RunningHttpServer;
  const other: { url: string; child?: ChildProcess } = { url: '' };
  const MAX_STREAMS = 4;

  // The other process needs the compiled service (dist/), and a busy machine is slow to compile and seed.
  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
    await applySeeds(db, [syntheticSeed([['mahidol-university', EntityType.Institution]], [], SOURCE)]);
    server = await startTestServer(db, false, undefined, { authenticator: new Authenticator(testAuthConfig()), maxSubscriptionStreams: MAX_STREAMS });
    const { child, ready } = startServiceProcess();
    other.child = child;
    other.url = await ready;
  }, 600_000);
  afterAll(async () => {
    other.child?.kill('SIGTERM');
    await server?.close(1_000);
    await db?.close();
  });

  it('delivers a committed write with the change log fields, to a reader', async () => {
    const subscription = await subscribe(server.url);
    await createUniversity(server.url, 'sse-university-one');
    const [result] = await subscription.take(1);
    subscription.close();
    expect(result.errors).toBeUndefined();
    const change = result.data!.graphChanged;
    expect(change).toMatchObject({
      operation: 'createEntity',
      by: 'api-key:test-editor',
      summary: 'created Institution sse-university-one',
      entityIds: ['sse-university-one'],
      entityTypes: ['Institution'],
      relationTypes: [],
      revertOf: null,
    });
    expect(change.version).toBeGreaterThan(0);
    expect(Date.parse(change.at as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(Object.keys(change).sort()).toEqual(CHANGE_FIELDS.split(' ').sort());
  });

  it('narrows by ids and by types; each given filter must match', async () => {
    const byId = await subscribe(server.url, { ids: ['sse-university-two'] });
    const byType = await subscribe(server.url, { types: ['Project'] });
    const both = await subscribe(server.url, { types: ['Institution'], ids: ['sse-university-three'] });
    await createUniversity(server.url, 'sse-university-three');
    await createUniversity(server.url, 'sse-university-two');
    const link = { from: 'sse-university-three', type: 'PART_OF', to: 'mahidol-university', evidence: [{ sourceId: SOURCE, quote: QUOTE }] };
    expect((await postGraphQL(server.url, LINK, { input: link }, EDITOR)).errors).toBeUndefined();
    const [two] = await byId.take(1);
    expect(two.data!.graphChanged.entityIds).toEqual(['sse-university-two']);
    const [three] = await both.take(1);
    expect(three.data!.graphChanged).toMatchObject({ operation: 'createEntity', entityIds: ['sse-university-three'], entityTypes: ['Institution'] });
    // Everything above is delivered in version order; nothing else matched. (A link's change names both
    // ends in entityIds but, as the change log records it now, no entity types: `both` does not get it.)
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect([byId.results.length, byType.results.length]).toEqual([1, 0]);
    for (const subscription of [byId, byType, both]) subscription.close();
  });

  it('refuses a bad filter with BAD_USER_INPUT, and an unknown type as a validation error', async () => {
    const empty = await subscribe(server.url, { ids: [] });
    await empty.completed;
    expect(empty.results.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const badId = await subscribe(server.url, { ids: ['Not An Id'] });
    await badId.completed;
    expect(badId.results[0].errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    const badType = await subscribe(server.url, { types: ['Spaceship'] });
    await badType.completed;
    expect(badType.results[0].errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await subscribersBecome(server, 0)).toBe(0);
  });

  it('delivers a write made by another service process, and that process delivers ours', async () => {
    const here = await subscribe(server.url, { ids: ['sse-university-elsewhere'] });
    const there = await subscribe(other.url, { ids: ['sse-university-here'] });
    await createUniversity(other.url, 'sse-university-elsewhere');
    await createUniversity(server.url, 'sse-university-here');
    const [fromThere] = await here.take(1);
    const [fromHere] = await there.take(1);
    expect(fromThere.data!.graphChanged).toMatchObject({ operation: 'createEntity', entityIds: ['sse-university-elsewhere'], by: 'api-key:test-editor' });
    expect(fromHere.data!.graphChanged).toMatchObject({ operation: 'createEntity', entityIds: ['sse-university-here'] });
    // One graph, one version sequence: both processes number the changes alike.
    expect(fromHere.data!.graphChanged.version).toBe(fromThere.data!.graphChanged.version + 1);
    here.close();
    there.close();
  });

  it('caps the open streams with 503 TOO_MANY_STREAMS and frees a place when a client leaves', async () => {
    expect(await subscribersBecome(server, 0)).toBe(0);
    const open = await Promise.all(Array.from({ length: MAX_STREAMS }, () => subscribe(server.url)));
    expect(server.changes.subscribers).toBe(MAX_STREAMS);
    const refused = await fetch(`${server.url}/stream?query=${encodeURIComponent(GRAPH_CHANGED)}`, { headers: { accept: 'text/event-stream' } });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('TOO_MANY_STREAMS');
    open[0].close();
    expect(await subscribersBecome(server, MAX_STREAMS - 1)).toBe(MAX_STREAMS - 1);
    // The stream's place is free once its response has ended, a moment after its subscription.
    const openStreams = async () => (await metrics.subscriptionStreams.get()).values[0].value;
    for (let tries = 0; (await openStreams()) > MAX_STREAMS - 1 && tries < 100; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await subscribe(server.url);
    for (const subscription of [...open.slice(1), again]) subscription.close();
  });

  it('answers GET with EventSource-style parameters, and refuses what is not a subscription stream', async () => {
    const stream = `${server.url}/stream`;
    const query = (text: string) => `${stream}?query=${encodeURIComponent(text)}`;
    const notAStream = await fetch(query(GRAPH_CHANGED), { headers: { accept: 'application/json' } });
    expect([notAStream.status, ((await notAStream.json()) as any).errors[0].extensions.code]).toEqual([406, 'NOT_ACCEPTABLE']);
    const badKey = await fetch(query(GRAPH_CHANGED), { headers: { accept: 'text/event-stream', 'x-api-key': 'wrong' } });
    expect([badKey.status, ((await badKey.json()) as any).errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const aQuery = await fetch(query('{ sources { id } }'), { headers: { accept: 'text/event-stream' } });
    expect(aQuery.headers.get('content-type')).toContain('text/event-stream');
    const text = await aQuery.text();
    expect(text).toContain('event: next');
    expect(text).toContain('"code":"BAD_REQUEST"');
    expect(text).toContain('event: complete');
  });

  it('sends a comment line on an idle stream every 12 s, so proxies keep it open', async () => {
    // graphql-sse arms the heartbeat with a 12 s interval when the stream opens: the test takes that timer and fires it,
    // rather than waiting 12 s of the suite's time for it.
    const realSetInterval = global.setInterval;
    const heartbeats: (() => void)[] = [];
    const spy = jest.spyOn(global, 'setInterval').mockImplementation(((handler: () => void, ms?: number) => {
      if (ms === 12_000) heartbeats.push(handler);
      return realSetInterval(handler, ms);
    }) as typeof setInterval);
    try {
      const response = await fetch(`${server.url}/stream?query=${encodeURIComponent(GRAPH_CHANGED)}`, { headers: { accept: 'text/event-stream' } });
      expect(response.headers.get('x-accel-buffering')).toBe('no');
      const reader = response.body!.getReader();
      // The first comment opens the stream at once; the second is the heartbeat, once its timer fires.
      let text = new TextDecoder().decode((await reader.read()).value);
      expect(text).toMatch(/^:/m);
      expect(heartbeats).toHaveLength(1);
      heartbeats[0]();
      while ((text.match(/^:/gm) ?? []).length < 2) text += new TextDecoder().decode((await reader.read()).value);
      await reader.cancel();
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps /graphql for queries and mutations: a subscription there is refused with SUBSCRIPTION_NOT_SUPPORTED', async () => {
    const response = await postGraphQL(server.url, GRAPH_CHANGED, {}, READER);
    expect(response.status).toBe(400);
    expect(response.errors![0].extensions!.code).toBe('SUBSCRIPTION_NOT_SUPPORTED');
    expect(response.errors![0].message).toContain('/graphql/stream');
  });

  it('ends open streams when the server closes, without waiting out the grace period', async () => {
    const closing = await startTestServer(db, false, undefined, { authenticator: new Authenticator(testAuthConfig()) });
    const subscription = await subscribe(closing.url);
    const started = performance.now();
    await closing.close(10_000);
    expect(performance.now() - started).toBeLessThan(2_000);
    // Ended without `complete`: a client is to reconnect (to another process) rather than stop.
    await expect(subscription.completed).rejects.toThrow();
    expect(await subscribersBecome(closing, 0)).toBe(0);
  });
});
