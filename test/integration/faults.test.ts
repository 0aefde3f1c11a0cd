import { spawn } from 'node:child_process';
import { readyUrlIn } from '../../src/app/app';
import fs from 'node:fs';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { Database } from '../../src/engine/db/database';
import { EMBEDDED_NEO4J_USER, freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/engine/db/embedded-neo4j';
import { migrate } from '../../src/engine/db/migrations';
import { EntityType, RelationType } from '../../src/engine/model/model';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { applySeeds } from '../../src/engine/seed/seed.repository';
import { seedGraph } from '../../src/engine/seed/seed.service';
import { holdEntityLock, postGraphQL, startTestServer, testDatabase } from '../support/graph';
import { syntheticSeed } from '../support/synthetic';
import { buildOnce } from '../support/build';
import { newTestStore } from '../support/test-store';
import { TEST_JIT } from '../support/neo4j-servers';

/**
 * Faults against a Neo4j of this file's own (the shared one must stay up): it is killed and
 * restarted on the same port and data while the service is under load.
 */
jest.setTimeout(180_000);

const QUERY = '{ institutions(first: 5) { totalCount nodes { name country { name } } } }';
let dataDir: string;
let port: number;
let neo4j: EmbeddedNeo4j;
let db: Database;
let server: RunningHttpServer;

const start = () => startEmbeddedNeo4j({ dataDir, boltPort: port, heap: '512m', pageCache: '64m', jit: TEST_JIT });
const crash = async () => {
  process.kill(neo4j.pid, 'SIGKILL');
  await neo4j.stop();
};

async function ready(): Promise<number> {
  return (await fetch(server.url.replace(/\/graphql$/, '/ready'))).status;
}

beforeAll(async () => {
  dataDir = newTestStore('collab-graph-faults-');
  port = await freePort();
  neo4j = await start();
  // Long enough for the seed's one transaction on a loaded machine (it outlasted 10 s beside the other worker).
  db = Database.connect(neo4j.uri, EMBEDDED_NEO4J_USER, neo4j.password, { transactionTimeoutMs: 120_000, retryMs: 500 });
  await migrate(db);
  await seedGraph(db);
  // Room for all four workers at once: this file measures how failures surface, not queueing.
  server = await startTestServer(db, false, undefined, { admission: { maxInFlight: 8, maxQueued: 8, refusalDelayMs: 0 } });
});

afterAll(async () => {
  await server?.close(1_000);
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the launcher's Cypher settings", () => {
  const divergenceThreshold = async (database: Database) =>
    (await database.read("SHOW SETTINGS YIELD name, value WHERE name = 'dbms.cypher.statistics_divergence_threshold' RETURN value"))[0].value;

  it('replan on statistics by default; the test run never does', async () => {
    expect(await divergenceThreshold(db)).toBe('0.75');
    const shared = testDatabase();
    try {
      expect(await divergenceThreshold(shared)).toBe('1.0');
    } finally {
      await shared.close();
    }
  });
});

describe('when Neo4j goes away under load', () => {
  it('fails fast with DATABASE_UNAVAILABLE, turns /ready false, stays up, and recovers by itself', async () => {
    const results: { at: number; ms: number; code: string }[] = [];
    let running = true;
    const worker = async () => {
      while (running) {
        const started = performance.now();
        const response = await postGraphQL(server.url, QUERY);
        results.push({ at: started, ms: performance.now() - started, code: response.errors ? String(response.errors[0].extensions!.code) : 'OK' });
      }
    };
    const workers = Array.from({ length: 4 }, worker);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const crashedAt = performance.now();
    await crash();
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    const failures = results.filter((result) => result.at > crashedAt + 100);
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures.map((failure) => failure.code))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
    const slowestFailureMs = Math.max(...failures.map((failure) => failure.ms));
    expect(slowestFailureMs).toBeLessThan(3_000);
    expect(await ready()).toBe(503);
    expect((await fetch(server.url.replace(/\/graphql$/, '/health'))).status).toBe(200);

    neo4j = await start();
    const restartedAt = performance.now();
    let recoveredAt = 0;
    while (!recoveredAt && performance.now() - restartedAt < 60_000) {
      const last = results[results.length - 1];
      if (last && last.code === 'OK' && last.at > restartedAt) recoveredAt = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    running = false;
    await Promise.all(workers);
    expect(recoveredAt).toBeGreaterThan(0);
    expect(await ready()).toBe(200);
    process.stdout.write(
      `faults: slowest failed request ${Math.round(slowestFailureMs)} ms; back to serving ${Math.round(recoveredAt - restartedAt)} ms after Neo4j restart was ready (restart itself ${Math.round(neo4j.startedInMs)} ms)\n`,
    );
  });

  it('leaves nothing half-applied when a write transaction is interrupted', async () => {
    const before = (await db.read('MATCH (n) RETURN count(n) AS nodes'))[0].nodes as number;
    const ids = Array.from({ length: 4000 }, (_, index) => `bulk-${index}`);
    const bulk = syntheticSeed(
      ids.map((id) => [id, EntityType.Institution] as [string, EntityType]),
      ids.slice(1).map((id, index) => [ids[index], RelationType.COOPERATES_WITH, id] as [string, RelationType, string]),
      'bulk-document',
    );
    const writing = applySeeds(db, [bulk]).then(
      () => 'committed',
      () => 'failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    await crash();
    const outcome = await writing;
    neo4j = await start();
    const [after] = await db.read("MATCH (n) RETURN count(n) AS nodes, count { MATCH (b:Entity) WHERE b.id STARTS WITH 'bulk-' } AS bulk");
    if (outcome === 'committed') expect(after).toEqual({ nodes: before + ids.length + 1, bulk: ids.length });
    else expect(after).toEqual({ nodes: before, bulk: 0 });
  });
});

/**
 * After a restart the supervisor replaces the driver (`Database.reconnect`). Work still running on the old
 * one must settle: the driver, closed, closes its connections in use too, and a statement awaiting its answer
 * on one of them was never answered, so a write caught by a restart waited out its whole deadline.
 */
describe('a driver replaced while work runs on it', () => {
  const PROBE = 'reconnect-probe';

  /** Whether the probe's statement is in Neo4j, waiting for the test's lock. */
  async function probeWaiting(): Promise<boolean> {
    const rows = await db.read("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $probe AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n", { probe: PROBE });
    return (rows[0].n as number) > 0;
  }

  /** `work`'s outcome, or 'still waiting' after `ms`. */
  async function settledWithin(work: Promise<string>, ms: number): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still waiting'), ms)));
    try {
      return await Promise.race([work, waited]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function refuses(driver: Database['driver']): Promise<boolean> {
    const session = driver.session();
    try {
      await session.run('RETURN 1');
      return false;
    } catch (error) {
      return /Pool is closed/.test((error as Error).message);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Whether `driver` was closed (waiting up to `withinMs` for it), and is: the test watches `close` rather than polling a
   * closing driver, whose pool can leave a session opened mid-close waiting for ever. The test server's own background
   * reads (the change log's follower polls every 250 ms) may hold a session on the old driver for a moment: it is closed
   * when that ends.
   */
  async function closed(close: jest.SpiedFunction<Database['driver']['close']>, driver: Database['driver'], withinMs = 0): Promise<boolean> {
    for (const until = Date.now() + withinMs; close.mock.calls.length === 0 && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 10));
    if (close.mock.calls.length === 0) return false;
    await close.mock.results[0].value;
    return refuses(driver);
  }

  it('lets a write in flight commit, and closes the old driver once it has', async () => {
    const replaced = db.driver;
    const close = jest.spyOn(replaced, 'close');
    // The statement waits on the test's lock, so it is surely in flight when the driver is replaced.
    const lock = await holdEntityLock(db, 'mahidol-university');
    const writing = db
      .write(async (tx) => {
        await tx.run(`MATCH (e:Entity {id: 'mahidol-university'}) SET e.reconnectProbe = true // ${PROBE}`);
        return 'committed';
      })
      .catch((error: Error) => `failed: ${error.message}`);
    while (!(await probeWaiting())) await new Promise((resolve) => setTimeout(resolve, 20));
    db.reconnect();
    expect(await closed(close, replaced)).toBe(false);
    await lock.release();
    expect(await settledWithin(writing, 60_000)).toBe('committed');
    expect(await db.read("MATCH (e:Entity {id: 'mahidol-university'}) RETURN e.reconnectProbe AS probe")).toEqual([{ probe: true }]);
    expect(await closed(close, replaced, 5_000)).toBe(true);
    await db.write((tx) => tx.run("MATCH (e:Entity {id: 'mahidol-university'}) REMOVE e.reconnectProbe"));
  });

  it('closes the old driver at once when nothing runs on it', async () => {
    const replaced = db.driver;
    const close = jest.spyOn(replaced, 'close');
    db.reconnect();
    expect(db.driver).not.toBe(replaced);
    expect(await closed(close, replaced, 5_000)).toBe(true);
    expect(await db.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});

describe('SIGTERM under load', () => {
  it('drains in-flight requests within the grace period and exits 0', async () => {
    buildOnce();
    const service = spawn(process.execPath, ['dist/src/app/main.js'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: EMBEDDED_NEO4J_USER,
        NEO4J_PASSWORD: neo4j.password,
        PORT: '0',
        SEED_ON_EMPTY: 'false',
        SHUTDOWN_GRACE_MS: '10000',
        LOG_LEVEL: 'info',
        // Draining is tested here, not admission: every one of the 20 requests is admitted or queued.
        MAX_QUEUED_REQUESTS: '32',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      service.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const ready = readyUrlIn(output);
        if (ready) resolve(ready);
      });
      service.once('exit', (code) => reject(new Error(`service exited early with ${code}`)));
    });
    const exit = new Promise<number | null>((resolve) => service.once('exit', (code) => resolve(code)));
    // Heavy enough that the 20 requests are all being served when the signal arrives.
    const heavy = '{ institutions(first: 10) { nodes { relationships(first: 10) { nodes { relationships(first: 5) { nodes { evidence { quote source { title } } } } } } } } }';
    const inFlight = Array.from({ length: 20 }, () => postGraphQL(url, heavy));
    // Signal once the service has received all 20 (the metrics request itself is the 21st).
    const metricsUrl = url.replace(/\/graphql$/, '/metrics');
    for (let polls = 0; polls < 200; polls += 1) {
      const received = Number(/^collab_graph_http_requests_in_flight (\d+)$/m.exec(await (await fetch(metricsUrl)).text())?.[1] ?? 0);
      if (received >= 21) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const signalledAt = performance.now();
    service.kill('SIGTERM');
    const responses = await Promise.all(inFlight);
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect(responses.every((response) => response.errors === undefined)).toBe(true);
    expect(await exit).toBe(0);
    expect(performance.now() - signalledAt).toBeLessThan(10_000 + 2_000);
    await expect(fetch(url)).rejects.toThrow();
  });
});
