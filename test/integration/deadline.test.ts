import { Authenticator } from '../../src/platform/auth/authenticator';
import { Role } from '../../src/platform/auth/roles';
import { TRANSACTION_TAG } from '../../src/engine/db/database';
import { Deadline } from '../../src/engine/db/deadline';
import { cypherParserReady } from '../../src/features/cypher/cypher.parser';
import { QueryTimeoutError } from '../../src/platform/graphql/errors';
import { metrics } from '../../src/platform/observability/metrics';
import { dumpGraph, holdEntityLock, postGraphQL, TEST_KEYS, testAuthConfig, useSeededServer } from '../support/graph';

/** Every request has a deadline: at it the client is answered, and Neo4j lets go of the work. */
const REQUEST_TIMEOUT_MS = 1_500;
const ADD_ALIAS = 'mutation ($aliases: [String!]!) { addAliases(id: "mahidol-university", aliases: $aliases) { aliases } }';
const CYPHER = 'query ($query: String!) { cypher(query: $query) { rows } }';
/** Runs for minutes, checking for termination as it goes. */
const LONG_READ = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x)';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('request deadlines', () => {
  const fixture = useSeededServer(false, {
    authenticator: new Authenticator(testAuthConfig()),
    // Researcher Cypher's own limit is longer here, so the request's deadline is what stops it.
    cypher: { timeoutMs: 30_000 },
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
  });

  /** Transactions running `query` (perhaps inside the guard's wrapping) in Neo4j. */
  async function transactionsRunning(query: string): Promise<number> {
    const rows = await fixture.db.read('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $query RETURN count(*) AS running', { query });
    return rows[0].running as number;
  }

  /** Transactions of this service still running in Neo4j. */
  async function taggedTransactions(): Promise<number> {
    const rows = await fixture.db.read(`SHOW TRANSACTIONS YIELD metaData WHERE metaData.${TRANSACTION_TAG} IS NOT NULL RETURN count(*) AS running`);
    return rows[0].running as number;
  }

  it('answers a mutation that waits on a lock with QUERY_TIMEOUT at its deadline, and writes nothing', async () => {
    const before = await dumpGraph(fixture.db);
    const lock = await holdEntityLock(fixture.db, 'mahidol-university');
    try {
      const started = performance.now();
      const response = await postGraphQL(fixture.server.url, ADD_ALIAS, { aliases: ['Never Written'] }, { 'x-api-key': TEST_KEYS[Role.EDITOR] });
      const answeredMs = performance.now() - started;
      expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
      expect(answeredMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
      expect(answeredMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1_000);
    } finally {
      await lock.release();
    }
    // The waiting transaction was terminated, not left to commit once the lock came free.
    await sleep(1_000);
    expect(await dumpGraph(fixture.db)).toBe(before);
    expect(await taggedTransactions()).toBe(0);
  });

  it('answers a read Neo4j is still running at the request deadline, and terminates it there', async () => {
    // The statement must reach Neo4j before the deadline: the Cypher parser loads for seconds after the
    // server starts (longer on a busy machine), and a request that waits for it past the deadline never runs.
    await cypherParserReady(Deadline.after(120_000));
    const terminatedBefore = (await metrics.transactionsTerminated.get()).values[0]?.value ?? 0;
    const started = performance.now();
    const answered = postGraphQL(fixture.server.url, CYPHER, { query: LONG_READ }, { 'x-api-key': TEST_KEYS[Role.RESEARCHER] });
    let seenRunning = false;
    let settled = false;
    void answered.finally(() => (settled = true));
    while (!settled && !seenRunning) seenRunning = (await transactionsRunning(LONG_READ)) > 0;
    const response = await answered;
    const answeredMs = performance.now() - started;
    expect(seenRunning).toBe(true);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(answeredMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1_000);
    let running = await taggedTransactions();
    for (let tries = 0; running > 0 && tries < 20; tries += 1) {
      await sleep(100);
      running = await taggedTransactions();
    }
    expect(running).toBe(0);
    expect((await metrics.transactionsTerminated.get()).values[0]?.value ?? 0).toBeGreaterThan(terminatedBefore);
  });

  it('answers at the deadline even when Neo4j does not stop (an expression it never checks)', async () => {
    // reduce over a range does not check for termination: Neo4j finishes it whatever we do.
    const runner = fixture.db.runner(undefined, Deadline.after(300));
    const started = performance.now();
    const error = await runner.read('RETURN reduce(s = 0, x IN range(1, 20000000) | s + x) AS n').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(performance.now() - started).toBeLessThan(1_300);
    // Its session is given back once Neo4j is done with it.
    await runner.settled();
  });

  it('refuses work started after the deadline at once', async () => {
    const runner = fixture.db.runner(undefined, Deadline.after(0));
    await expect(runner.read('RETURN 1 AS one')).rejects.toBeInstanceOf(QueryTimeoutError);
    await expect(runner.write((tx) => tx.run('CREATE (:NeverWritten)'))).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(await fixture.db.read('MATCH (n:NeverWritten) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });
});
