import { createHash } from 'node:crypto';
import { readyUrlIn } from '../../src/app/app';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { Authenticator, sha256Hex } from '../../src/platform/auth/authenticator';
import { Role, ROLES } from '../../src/platform/auth/roles';
import type { Database } from '../../src/engine/db/database';
import { metrics } from '../../src/platform/observability/metrics';
import { buildOnce } from '../support/build';
import { postGraphQL, seededDatabase, startTestServer, TEST_KEYS, testAuthConfig } from '../support/graph';
import { runService } from '../support/service-process';

/**
 * Dashboards that revalidate for free (#20): GET queries carry an ETag from the request and the graph
 * version; a current If-None-Match is answered 304 before anything runs; a write, here or in another
 * service process over the same Neo4j, changes the tag.
 */
const INSTITUTIONS = 'query Institutions($first: Int!) { institutions(first: $first) { totalCount nodes { id name } } }';
const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }';
const SOURCE = 'china-asean-tech-transfer-2021-09-27';
const EDITOR = { 'x-api-key': TEST_KEYS[Role.EDITOR] };
const READER = { 'x-api-key': TEST_KEYS[Role.READER] };
const ACCEPT = { accept: 'application/graphql-response+json' };

const newInstitution = (id: string) => ({ input: { id, type: 'Institution', kind: 'UNIVERSITY', name: `Name of ${id}`, evidence: [{ sourceId: SOURCE, quote: 'Mahidol University' }] } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: Database;
let server: RunningHttpServer;

beforeAll(async () => {
  db = await seededDatabase();
  server = await startTestServer(db, false, undefined, { authenticator: new Authenticator(testAuthConfig()) });
});
afterAll(async () => {
  await server?.close(1_000);
  await db?.close();
});

function getUrl(base: string, params: Record<string, unknown>): string {
  const search = new URLSearchParams(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
  return `${base}?${search}`;
}

async function get(params: Record<string, unknown>, headers: Record<string, string> = {}, base = server.url) {
  const response = await fetch(getUrl(base, params), { headers: { ...ACCEPT, ...headers } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, tag: response.headers.get('etag'), text, body: text ? JSON.parse(text) : undefined };
}

/** What a 304 must not do: create a request context (every read and write goes through one) or reach Apollo. */
function spyOnWork() {
  const contexts = jest.spyOn(db, 'runner');
  const executions = jest.spyOn(server.apollo, 'executeHTTPGraphQLRequest');
  const notModified = async () => (await metrics.notModified.get()).values[0]?.value ?? 0;
  const before = notModified();
  return {
    counts: async () => ({ contexts: contexts.mock.calls.length, executions: executions.mock.calls.length, notModified: (await notModified()) - (await before) }),
    restore: () => (contexts.mockRestore(), executions.mockRestore()),
  };
}

describe('GET queries revalidate by ETag', () => {
  const params = { query: INSTITUTIONS, variables: { first: 50 }, operationName: 'Institutions' };

  it('answers 200 with a weak ETag, revalidating Cache-Control, Vary and the graph version', async () => {
    const first = await get(params);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.tag).toMatch(/^W\/"\d+-[A-Za-z0-9_-]{27}"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(first.headers.get('vary')).toBe('Accept, Authorization, X-API-Key');
    expect(first.body.extensions).toEqual({ graphVersion: server.changes.version!.version });
    expect((await get(params)).tag).toBe(first.tag);
  });

  it('answers a current If-None-Match with 304, its tag and cache headers, no body, without reading the graph or executing anything', async () => {
    const { tag } = await get(params);
    const work = spyOnWork();
    try {
      for (const ifNoneMatch of [tag!, tag!.slice(2), `W/"stale", ${tag}`]) {
        const again = await get(params, { 'if-none-match': ifNoneMatch });
        expect([again.status, again.tag, again.text]).toEqual([304, tag, '']);
        expect(again.headers.get('cache-control')).toBe('public, no-cache');
        expect(again.headers.get('vary')).toBe('Accept, Authorization, X-API-Key');
      }
      expect(await work.counts()).toEqual({ contexts: 0, executions: 0, notModified: 3 });
      // `*` is not taken, nor a tag of another request: both are read.
      expect((await get(params, { 'if-none-match': '*' })).status).toBe(200);
      expect((await get({ ...params, variables: { first: 49 } }, { 'if-none-match': tag! })).status).toBe(200);
      expect(await work.counts()).toMatchObject({ contexts: 2, executions: 2 });
    } finally {
      work.restore();
    }
  });

  it('gives a different tag for other variables, operation name, credential, role and media type', async () => {
    const tags = [
      (await get(params)).tag,
      (await get({ ...params, variables: { first: 49 } })).tag,
      (await get({ query: `${INSTITUTIONS} query Other { __typename }`, variables: { first: 50 }, operationName: 'Institutions' })).tag,
      (await get(params, READER)).tag,
      (await get(params, EDITOR)).tag,
      (await get(params, { accept: 'application/json' })).tag,
    ];
    expect(tags.every(Boolean)).toBe(true);
    expect(new Set(tags).size).toBe(tags.length);
    const keyed = await get(params, READER);
    expect(keyed.headers.get('cache-control')).toBe('private, no-cache');
    expect((await get(params, { ...READER, 'if-none-match': keyed.tag! })).status).toBe(304);
    // A reader's tag is not an anonymous caller's.
    expect((await get(params, { 'if-none-match': keyed.tag! })).status).toBe(200);
  });

  it('gives no ETag to errors, POSTs or uncacheable documents, and never answers them 304', async () => {
    const failed = await get({ query: '{ node(id: "NOT AN ID") { id } }' });
    expect([failed.tag, failed.headers.get('cache-control')]).toEqual([null, 'no-store']);
    expect(failed.body.extensions.graphVersion).toBe(server.changes.version!.version);
    const unhinted = await get({ query: '{ __typename }' });
    expect([unhinted.status, unhinted.tag, unhinted.headers.get('cache-control')]).toEqual([200, null, 'no-store']);
    const posted = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...ACCEPT }, body: JSON.stringify(params) });
    expect([posted.status, posted.headers.get('etag'), posted.headers.get('cache-control')]).toEqual([200, null, 'public, no-cache']);
  });

  it('reads a request that carries bookmarks, even with a current tag: it asks to see a write this process may not know yet', async () => {
    const { tag } = await get(params);
    const written = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...EDITOR }, body: JSON.stringify({ query: CREATE, variables: newInstitution('etag-bookmark') }) });
    const bookmark = written.headers.get('x-neo4j-bookmark')!;
    const current = (await get(params)).tag!;
    expect(current).not.toBe(tag);
    const withBookmark = await get(params, { 'if-none-match': current, 'x-neo4j-bookmark': bookmark });
    expect([withBookmark.status, withBookmark.tag]).toEqual([200, current]);
  });

  it('serves persisted queries by hash over GET with an ETag and 304', async () => {
    const query = '{ countries(first: 2) { nodes { id } } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const registered = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, extensions }) });
    expect(registered.status).toBe(200);
    const byHash = await get({ extensions });
    expect([byHash.status, byHash.body.data.countries.nodes.length]).toEqual([200, 2]);
    expect(byHash.tag).toMatch(/^W\//);
    expect((await get({ extensions }, { 'if-none-match': byHash.tag! })).status).toBe(304);
  });
});

describe('a write changes the tag', () => {
  const params = { query: INSTITUTIONS, variables: { first: 100 }, operationName: 'Institutions' };

  it('after a mutation, the old tag gets 200 with a new tag and the new data; the mutation states its own graph version', async () => {
    const before = await get(params);
    const versionBefore = before.body.extensions.graphVersion as number;
    const written = await postGraphQL(server.url, CREATE, newInstitution('etag-local-write'), EDITOR);
    expect(written.errors).toBeUndefined();
    expect((written as { extensions?: { graphVersion: number } }).extensions?.graphVersion).toBe(versionBefore + 1);
    const after = await get(params, { 'if-none-match': before.tag! });
    expect(after.status).toBe(200);
    expect(after.tag).not.toBe(before.tag);
    expect(after.body.extensions.graphVersion).toBe(versionBefore + 1);
    expect(after.body.data.institutions.totalCount).toBe(before.body.data.institutions.totalCount + 1);
    expect(after.body.data.institutions.nodes.map((node: { id: string }) => node.id)).toContain('etag-local-write');
    expect((await get(params, { 'if-none-match': after.tag! })).status).toBe(304);
  });
});

describe('a write through a second service process over the same Neo4j', () => {
  let second: ReturnType<typeof runService> | undefined;
  let secondUrl = '';

  beforeAll(async () => {
    buildOnce();
    const apiKeys = ROLES.map((role) => `test-${role}:${role}:${sha256Hex(TEST_KEYS[role])}`).join(',');
    second = runService(process.execPath, ['dist/src/app/main.js'], { PORT: '0', API_KEYS: apiKeys });
    while (!(secondUrl = readyUrlIn(second.output()) ?? '')) {
      expect({ exitCode: second.child.exitCode, output: second.output() }).toMatchObject({ exitCode: null });
      await sleep(100);
    }
  }, 600_000);
  afterAll(async () => {
    second?.child.kill('SIGTERM');
    await second?.exit;
  });

  it('is seen by the first process within a second: its tag changes and its answers state the new version', async () => {
    const params = { query: INSTITUTIONS, variables: { first: 100 }, operationName: 'Institutions' };
    const before = await get(params);
    expect((await get(params, { 'if-none-match': before.tag! })).status).toBe(304);
    const written = await postGraphQL(secondUrl, CREATE, newInstitution('etag-remote-write'), EDITOR);
    expect(written.errors).toBeUndefined();
    const writtenAt = Date.now();
    const remoteVersion = (written as { extensions?: { graphVersion: number } }).extensions!.graphVersion;
    let seen = await get(params, { 'if-none-match': before.tag! });
    while (seen.status === 304 && Date.now() - writtenAt < 5_000) {
      await sleep(20);
      seen = await get(params, { 'if-none-match': before.tag! });
    }
    const seenAfterMs = Date.now() - writtenAt;
    expect(seen.status).toBe(200);
    expect(seenAfterMs).toBeLessThan(1_000);
    expect(seen.body.extensions.graphVersion).toBe(remoteVersion);
    expect(seen.body.data.institutions.nodes.map((node: { id: string }) => node.id)).toContain('etag-remote-write');
    // The second process knows the same version, so it gives the same tag.
    expect((await get(params, {}, secondUrl)).tag).toBe(seen.tag);
  });
});
