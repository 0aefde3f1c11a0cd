import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cpuSeconds, quietAfter } from '../../bench/process-cpu';
import { Authenticator } from '../../src/platform/auth/authenticator';
import { Role } from '../../src/platform/auth/roles';
import type { Database } from '../../src/engine/db/database';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { testEmbeddedNeo4j } from '../support/embedded';
import { postGraphQL, seededDatabase, startTestServer, TEST_KEYS, testAuthConfig } from '../support/graph';

/**
 * Researcher Cypher that would hold Neo4j: each query must be answered (a refusal, or QUERY_TIMEOUT /
 * QUERY_TOO_LARGE) within the time limit plus one second, and the embedded Neo4j's CPU time must stop
 * growing within five seconds after, so nothing keeps running behind the answer.
 */
jest.setTimeout(300_000);

const CYPHER = 'query ($query: String!, $params: JSONObject) { cypher(query: $query, params: $params) { columns rows } }';
const TIMEOUT_MS = 1_000;
const STOPPED = ['QUERY_TIMEOUT', 'QUERY_TOO_LARGE'];

const tenTimes = (name: string) => Array(10).fill(name).join(' + ');
const doublings = (start: string, name: string, times: number) =>
  `WITH ${start} AS ${name} ` + Array.from({ length: times }, () => `WITH ${tenTimes(name)} AS ${name}`).join(' ');

/** [what, query, params, the codes that count as an answer]. */
const CORPUS: [string, string, Record<string, unknown>, string[]][] = [
  // Expressions Neo4j evaluates without checking for termination: refused from the syntax tree.
  ['reduce over a huge range', 'RETURN reduce(s = 0, x IN range(1, 3000000000) | s + x) AS n', {}, ['CYPHER_RANGE_TOO_LARGE']],
  ['reduce over a range sized by a parameter', 'RETURN reduce(s = 0, x IN range(1, $n) | s + x) AS n', { n: 3_000_000_000 }, ['CYPHER_RANGE_TOO_LARGE']],
  ['reduce over a range sized by data', 'MATCH (e:Entity) WITH count(e) * 100000000 AS n RETURN reduce(s = 0, x IN range(1, n) | s + x) AS total', {}, ['CYPHER_RANGE_TOO_LARGE']],
  ['a huge range bound to a variable first', 'WITH range(1, 3000000000) AS r RETURN reduce(s = 0, x IN r | s + x) AS n', {}, ['CYPHER_RANGE_TOO_LARGE']],
  ['nested reduce', 'RETURN reduce(s = 0, x IN range(1, 20000) | s + reduce(t = 0, y IN range(1, 20000) | t + y)) AS n', {}, ['CYPHER_ITERATION_LIMIT']],
  ['nested list comprehensions', 'RETURN size([x IN range(1, 20000) | size([y IN range(1, 20000) WHERE y < 0])]) AS n', {}, ['CYPHER_ITERATION_LIMIT']],
  ['a comprehension building lists of lists', 'RETURN size([x IN range(1, 1000000) | [y IN range(1, 1000) | y]]) AS n', {}, ['CYPHER_ITERATION_LIMIT']],
  ['all over a huge range', 'RETURN all(x IN range(1, 300000000) WHERE x > 0) AS n', {}, ['CYPHER_RANGE_TOO_LARGE']],
  ['nested any', 'RETURN any(x IN range(1, 100000) WHERE any(y IN range(1, 100000) WHERE x = -y)) AS n', {}, ['CYPHER_ITERATION_LIMIT']],
  ['single over none', 'RETURN single(x IN range(1, 1000) WHERE none(y IN range(1, 10000) WHERE y = -x)) AS n', {}, ['CYPHER_ITERATION_LIMIT']],
  ['membership in a huge range', 'RETURN -1 IN range(1, 300000000) AS n', {}, ['CYPHER_RANGE_TOO_LARGE']],
  ['membership scans over collected lists', 'UNWIND range(1, 3000) AS i WITH collect(i) AS l RETURN size([a IN l WHERE a IN l]) AS n', {}, ['CYPHER_ITERATION_LIMIT']],
  ['a huge list materialised', 'RETURN size(toIntegerList(range(1, 30000000))) AS n', {}, ['CYPHER_RANGE_TOO_LARGE']],
  ['a huge list returned', 'RETURN range(1, 100000000) AS n', {}, ['CYPHER_RANGE_TOO_LARGE']],
  ['string growth in reduce', "RETURN size(reduce(s = '', x IN range(1, 200000) | s + 'abcdefghij')) AS n", {}, ['CYPHER_ITERATION_LIMIT']],
  ['string growth from a number', "RETURN size(reduce(s = 0, x IN range(1, 200000) | s + 'abcdefghij')) AS n", {}, ['CYPHER_ITERATION_LIMIT']],
  ['list growth in reduce', 'RETURN size(reduce(l = [], x IN range(1, 200000) | l + [x])) AS n', {}, ['CYPHER_ITERATION_LIMIT']],
  ['exponential string doubling', "RETURN size(reduce(s = 'ab', x IN range(1, 64) | s + s)) AS n", {}, ['CYPHER_ITERATION_LIMIT']],
  ['exponential replace', "RETURN size(reduce(s = 'ab', x IN range(1, 64) | replace(s, 'a', 'aa'))) AS n", {}, ['CYPHER_ITERATION_LIMIT']],
  ['a subquery in a huge loop', 'RETURN reduce(s = 0, x IN range(1, 5000000) | s + COUNT { MATCH (a)--(b) }) AS n', {}, ['CYPHER_RANGE_TOO_LARGE']],
  ['nesting that holds the planner', `RETURN ${'['.repeat(700)}1${']'.repeat(700)} AS n`, {}, ['CYPHER_TOO_COMPLEX']],
  ['nesting beyond the limit', `RETURN ${'('.repeat(120)}1${')'.repeat(120)} AS n`, {}, ['CYPHER_TOO_COMPLEX']],
  // Operators check for termination between rows: these run until the time limit stops them.
  ['a pattern comprehension in a bounded loop', 'RETURN reduce(s = 0, x IN range(1, 1000000) | s + size([(a)--(b) WHERE a.name <> toString(x) | b])) AS n', {}, STOPPED],
  ['a COUNT subquery in a bounded comprehension', 'RETURN size([x IN range(1, 1000000) WHERE COUNT { MATCH (a)--(b) WHERE a.name <> toString(x) } > x]) AS n', {}, STOPPED],
  ['a huge UNWIND', 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n', {}, STOPPED],
  ['a huge UNWIND collected', 'UNWIND range(1, 200000000) AS x RETURN size(collect(x)) AS n', {}, STOPPED],
  ['a huge UNWIND sorted', 'UNWIND range(1, 1000000000) AS x WITH x ORDER BY -x RETURN count(x) AS n', {}, STOPPED],
  ['lists doubled clause by clause', `${doublings('[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]', 'l', 9)} RETURN size(l) AS n`, {}, ['CYPHER_LIST_TOO_LARGE']],
  ['strings doubled clause by clause', `${doublings("'aaaaaaaaaa'", 's', 9)} RETURN size(s) AS n`, {}, ['CYPHER_LIST_TOO_LARGE']],
  ['nested replace', `RETURN size(${Array(9).fill('replace(').join('')}'aaaaaaaaaa'${", 'a', 'aaaaaaaaaa')".repeat(9)}) AS n`, {}, ['CYPHER_LIST_TOO_LARGE']],
  ['a cartesian product', "MATCH (a), (b), (c), (d), (e) WHERE a.name + b.name + c.name + d.name + e.name = 'x' RETURN count(*) AS n", {}, STOPPED],
  ['an unbounded variable-length pattern', 'MATCH p = (a)-[*]-(b) RETURN count(p) AS n', {}, STOPPED],
  ['unbounded paths collected', 'MATCH p = (a:Entity)-[*]-(b) RETURN size(collect(p)) AS n', {}, STOPPED],
  ['an unbounded quantified path pattern', 'MATCH p = (a)(()--()){1,}(b) RETURN count(p) AS n', {}, STOPPED],
  ['all-pairs shortest paths, repeated', 'UNWIND range(1, 1000000) AS i MATCH (a:Entity), (b:Entity) WHERE a <> b MATCH p = shortestPath((a)-[*]-(b)) RETURN count(p) AS n', {}, STOPPED],
  ['all-pairs all shortest paths over a product', 'MATCH (a), (b), (c), (d) WHERE a <> b MATCH p = allShortestPaths((a)-[*]-(b)) RETURN count(p) AS n', {}, STOPPED],
];

/** Where reduce and comprehensions are bounded, they keep working. */
const LEGITIMATE: [string, string, unknown[][]][] = [
  ['reduce over a path', "MATCH p = (:Institution {id: 'mahidol-university'})-[:PARTICIPATES_IN]->() WITH p LIMIT 1 RETURN reduce(n = 0, r IN relationships(p) | n + size(r.evidenceQuotes)) >= 1 AS quoted", [[true]]],
  ['reduce over a small literal list', 'RETURN reduce(s = 0, x IN [1, 2, 3] | s + x) AS n', [[6]]],
  ['string building over a small list', "RETURN reduce(s = '', x IN ['a', 'b', 'c'] | s + x) AS s", [['abc']]],
  ['a comprehension over a small range', 'RETURN [x IN range(1, 5) WHERE x % 2 = 1 | x * x] AS l', [[[1, 9, 25]]]],
  ['list predicates over labels', "MATCH (i:Institution {id: 'mahidol-university'}) RETURN any(l IN labels(i) WHERE l = 'Institution') AS yes", [[true]]],
  ['a range sized by a collected list', "MATCH (c:Country) WITH collect(c.id) AS ids RETURN size([i IN range(0, size(ids) - 1) | ids[i]]) = size(ids) AS same", [[true]]],
  ['UNWIND over a range', 'UNWIND range(1, 3) AS i RETURN i', [[1], [2], [3]]],
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runaway researcher Cypher', () => {
  let db: Database;
  /** With the small time limit, for the corpus. */
  let strict: RunningHttpServer;
  /** With a generous one: legitimate queries must pass the guard, however slowly a busy machine plans them. */
  let lenient: RunningHttpServer;
  const pid = testEmbeddedNeo4j?.pid ?? Number.NaN;
  const run = (server: RunningHttpServer, query: string, params: Record<string, unknown> = {}) =>
    postGraphQL(server.url, CYPHER, { query, params }, { 'x-api-key': TEST_KEYS[Role.RESEARCHER] });

  beforeAll(async () => {
    db = await seededDatabase();
    const authenticator = new Authenticator(testAuthConfig());
    // Several places per key, so that a query Neo4j is still letting go of does not refuse the next one.
    strict = await startTestServer(db, false, undefined, { authenticator, cypher: { timeoutMs: TIMEOUT_MS, maxConcurrent: 4, maxConcurrentPerKey: 4 } });
    lenient = await startTestServer(db, false, undefined, { authenticator, cypher: { timeoutMs: 30_000 } });
    // The parser loads in the background once a researcher could call; wait for it outside the timed queries.
    for (let tries = 0; tries < 60 && (await run(strict, 'RETURN 1 AS one')).errors; tries += 1) await sleep(500);
    if (Number.isFinite(pid)) await quietAfter(pid, 30_000);
  });
  afterAll(async () => {
    await strict.close(1_000);
    await lenient.close(1_000);
    await db.close();
  });

  it.each(LEGITIMATE)('still runs %s', async (_what, query, rows) => {
    const response = await run(lenient, query);
    expect(response.errors).toBeUndefined();
    expect(response.data.cypher.rows).toEqual(rows);
  });

  it('answers every runaway query within the limit plus one second, and Neo4j stops working on it', async () => {
    const outcomes: string[] = [];
    const failures: string[] = [];
    // The server runs in this process: when the machine does not schedule it at all (the JVM's
    // collector on both cores of a busy box), no deadline can fire, so that time is not held against it.
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    stalls.enable();
    for (const [what, query, params, codes] of CORPUS) {
      stalls.reset();
      const started = performance.now();
      const response = await run(strict, query, params);
      const answeredMs = performance.now() - started;
      const stalledMs = stalls.max / 1e6;
      const code = String(response.errors?.[0]?.extensions?.code ?? 'answered with data');
      const quietMs = Number.isFinite(pid) ? await quietAfter(pid, 5_000) : 0;
      outcomes.push(`${what}: ${code} in ${Math.round(answeredMs)} ms (longest stall of this process ${Math.round(stalledMs)} ms), Neo4j quiet after ${Math.round(quietMs)} ms`);
      if (process.env.RUNAWAY_PROGRESS) process.stdout.write(`${outcomes[outcomes.length - 1]}\n`);
      if (!codes.includes(code)) failures.push(`${what}: expected ${codes.join(' or ')}, got ${code} (${response.errors?.[0]?.message ?? ''})`);
      if (answeredMs - stalledMs > TIMEOUT_MS + 1_000) failures.push(`${what}: answered after ${Math.round(answeredMs)} ms (stalled ${Math.round(stalledMs)} ms)`);
      if (Number.isFinite(pid) && Number.isNaN(cpuSeconds(pid))) throw new Error(`Neo4j exited after "${what}"; outcomes so far:\n  ${outcomes.join('\n  ')}`);
      if (quietMs === Number.POSITIVE_INFINITY) failures.push(`${what}: Neo4j still busy 5 s after the answer`);
    }
    stalls.disable();
    process.stdout.write(`runaway corpus:\n  ${outcomes.join('\n  ')}\n`);
    expect(failures).toEqual([]);
  });
});
