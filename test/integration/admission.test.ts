import { Authenticator } from '../../src/platform/auth/authenticator';
import { Role } from '../../src/platform/auth/roles';
import { holdEntityLock, postGraphQL, TEST_KEYS, testAuthConfig, useSeededServer } from '../support/graph';

/** A small in-flight limit and queue from configuration, and a burst above them. */
const ADD_ALIAS = 'mutation ($aliases: [String!]!) { addAliases(id: "mahidol-university", aliases: $aliases) { id } }';
const CYPHER = 'query ($query: String!) { cypher(query: $query) { rows } }';
const SLOW_CYPHER = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x)';

interface Answer {
  status: number;
  retryAfter: string | null;
  code: string | undefined;
}

async function post(url: string, query: string, variables: Record<string, unknown>, key: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': key },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), code: body.errors?.[0]?.extensions?.code };
}

const REFUSAL_DELAY_MS = 300;

describe('admission control', () => {
  const fixture = useSeededServer(false, {
    authenticator: new Authenticator(testAuthConfig()),
    admission: { maxInFlight: 2, maxQueued: 2, refusalDelayMs: REFUSAL_DELAY_MS },
    requestTimeoutMs: 20_000,
    cypher: { timeoutMs: 3_000, maxConcurrent: 1, maxConcurrentPerKey: 1 },
  });

  it('runs two, queues two and refuses the rest of a burst with 503 OVERLOADED and Retry-After; the refused write nothing', async () => {
    // Every mutation of the burst waits on this lock, so the burst is all there at once.
    const lock = await holdEntityLock(fixture.db, 'mahidol-university');
    const aliases = Array.from({ length: 8 }, (_, index) => `Burst ${index}`);
    const answers: Promise<Answer>[] = [];
    for (const alias of aliases) {
      answers.push(post(fixture.server.url, ADD_ALIAS, { aliases: [alias] }, TEST_KEYS[Role.EDITOR]));
      // In order, so which ones get in is known.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const metricsWhileFull = await (await fetch(fixture.server.url.replace(/\/graphql$/, '/metrics'))).text();
    // A refusal is sent only after its pause, so a client that retries at once cannot spin the service.
    const refusalStarted = performance.now();
    expect(await post(fixture.server.url, '{ institutions(first: 1) { totalCount } }', {}, TEST_KEYS[Role.EDITOR])).toMatchObject({ status: 503, code: 'OVERLOADED' });
    expect(performance.now() - refusalStarted).toBeGreaterThanOrEqual(REFUSAL_DELAY_MS - 5);
    await lock.release();
    const settled = await Promise.all(answers);

    expect(settled.slice(0, 4).map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(settled.slice(0, 4).map((answer) => answer.code)).toEqual([undefined, undefined, undefined, undefined]);
    for (const refused of settled.slice(4)) {
      expect(refused).toMatchObject({ status: 503, code: 'OVERLOADED' });
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    const [{ stored }] = await fixture.db.read("MATCH (n:Entity {id: 'mahidol-university'}) RETURN [a IN n.aliases WHERE a STARTS WITH 'Burst'] AS stored");
    expect([...(stored as string[])].sort()).toEqual(aliases.slice(0, 4));
    expect(metricsWhileFull).toMatch(/^collab_graph_admission_in_flight 2$/m);
    expect(metricsWhileFull).toMatch(/^collab_graph_admission_queue_length 2$/m);
    expect(metricsWhileFull).toMatch(/^collab_graph_admission_rejections_total\{reason="queue_full"\} [1-9]\d*$/m);
  });

  it('caps researcher Cypher per key and overall with CYPHER_TOO_MANY_QUERIES (HTTP 429), while readers are served', async () => {
    const slow = post(fixture.server.url, CYPHER, { query: SLOW_CYPHER }, TEST_KEYS[Role.RESEARCHER]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sameKey = await postGraphQL(fixture.server.url, CYPHER, { query: 'RETURN 1 AS one' }, { 'x-api-key': TEST_KEYS[Role.RESEARCHER] });
    expect(sameKey).toMatchObject({ status: 429, errors: [{ extensions: { code: 'CYPHER_TOO_MANY_QUERIES' } }] });
    expect(sameKey.errors![0].message).toMatch(/per key \(CYPHER_MAX_CONCURRENT_PER_KEY\)/);
    // Editors may run Cypher too, but the one place overall is taken.
    const otherKey = await post(fixture.server.url, CYPHER, { query: 'RETURN 1 AS one' }, TEST_KEYS[Role.EDITOR]);
    expect(otherKey).toMatchObject({ status: 429, code: 'CYPHER_TOO_MANY_QUERIES', retryAfter: '1' });
    const reader = await postGraphQL(fixture.server.url, '{ institutions(first: 2) { totalCount } }');
    expect(reader.errors).toBeUndefined();
    expect((await slow).code).toBe('QUERY_TIMEOUT');
  });
});
