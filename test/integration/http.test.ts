import { DEFAULT_LIMITS } from '../../src/platform/graphql/limits';
import { useSeededServer } from '../support/graph';

const fixture = useSeededServer(true);
const json = (response: Response): Promise<any> => response.json();
let server: typeof fixture.server;
let base: string;

beforeAll(() => {
  server = fixture.server;
  base = server.url.replace(/\/graphql$/, '');
});

describe('HTTP', () => {
  it('reports health and readiness', async () => {
    const health = await fetch(`${base}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${base}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('serves an offline landing page to browsers', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>collab-graph GraphQL</title>');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('answers GET queries and sets a request id', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ node(id: "thailand") { name } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await json(response)).toEqual({ data: { node: { name: 'Thailand' } }, extensions: { graphVersion: expect.any(Number) } });
  });

  it('refuses bodies that are not JSON, too large, or not GraphQL, with stable codes', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': type, accept: 'application/graphql-response+json' }, body });
    const notJson = await post('{ "query": ');
    expect([notJson.status, (await json(notJson)).errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    const tooLarge = await post(JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(DEFAULT_LIMITS.maxBodyBytes) }));
    expect([tooLarge.status, (await json(tooLarge)).errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const unparsable = await post(JSON.stringify({ query: '{ institutions {' }));
    expect([unparsable.status, (await json(unparsable)).errors[0].extensions.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    const invalid = await post(JSON.stringify({ query: '{ institutions { nope } }' }));
    expect([invalid.status, (await json(invalid)).errors[0].extensions.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers legacy application/json clients with 200 for GraphQL errors, as the spec asks', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ institutions { nope } }' }),
    });
    expect([response.status, (await json(response)).errors[0].extensions.code]).toEqual([200, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('hides internals in production: no stack traces in errors', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ institutions(first: 1000) { totalCount } }' }),
    });
    const body = await json(response);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('answers unknown paths with 404', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});

describe('caching and persisted queries', () => {
  const post = (body: unknown) => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('sends Cache-Control for queries from the schema hints, revalidated before each use (no ETag for POST), and no-store for errors', async () => {
    const ok = await post({ query: '{ countries { nodes { name } } }' });
    expect(ok.headers.get('cache-control')).toBe('public, no-cache');
    expect(ok.headers.get('etag')).toBeNull();
    const failed = await post({ query: '{ node(id: "NOT AN ID") { id } }' });
    expect(failed.headers.get('cache-control')).toBe('no-store');
  });

  it('accepts automatic persisted queries: the hash alone once the query is known', async () => {
    const query = '{ countries(first: 1) { nodes { id } } }';
    const { createHash } = await import('node:crypto');
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const unknown = await json(await post({ extensions: { persistedQuery } }));
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await json(await post({ query, extensions: { persistedQuery } }))).data).toEqual({ countries: { nodes: [{ id: 'cambodia' }] } });
    expect((await json(await post({ extensions: { persistedQuery } }))).data).toEqual({ countries: { nodes: [{ id: 'cambodia' }] } });
  });
});

/**
 * Whether the open Neo4j sessions come down to 0 (none leaked by the requests): the change follower
 * looks at the log 4 times a second in a session of its own, which a scrape may catch open.
 */
async function sessionsComeToRest(): Promise<boolean> {
  for (let scrape = 0; scrape < 40; scrape += 1) {
    if (/^collab_graph_neo4j_sessions_active 0$/m.test(await (await fetch(`${base}/metrics`)).text())) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe('observability', () => {
  it('puts the request id in error extensions too, matching the header', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-123' },
      body: JSON.stringify({ query: '{ node(id: "Not An Id") { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-me-123');
    expect((await json(response)).errors[0].extensions.requestId).toBe('trace-me-123');
  });

  it('exposes Prometheus metrics: requests, durations, errors, Cypher round trips, batch sizes, sessions, and the process', async () => {
    await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Dashboard { institutions { nodes { name projects { nodes { name } } } } }' }) });
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0.0.4/);
    const text = await response.text();
    expect(text).toMatch(/^collab_graph_requests_total\{operation="Dashboard"\} \d+$/m);
    expect(text).toMatch(/^collab_graph_request_duration_seconds_bucket\{le="\+Inf",operation="Dashboard"\} \d+$/m);
    expect(text).toMatch(/^collab_graph_errors_total\{code="BAD_USER_INPUT"\} \d+$/m);
    expect(text).toMatch(/^collab_graph_cypher_round_trips_total\{mode="read"\} \d+$/m);
    // Compiled reads need no DataLoader; the histogram is there for the fields they do not reach.
    expect(text).toMatch(/^# TYPE collab_graph_dataloader_batch_size histogram$/m);
    expect(text).toMatch(/^collab_graph_neo4j_sessions_active \d+$/m);
    expect(await sessionsComeToRest()).toBe(true);
    expect(text).toMatch(/^collab_graph_http_requests_in_flight \d+$/m);
    // prom-client's defaults: the process and Node's event loop.
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+$/m);
  });
});
