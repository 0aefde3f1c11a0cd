import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Config } from '@jest/types';
import { EMBEDDED_NEO4J_USER, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/engine/db/embedded-neo4j';
import { startBackgroundBuild, TEST_RUN_VARIABLE } from './build';
import { runHasNoDatabase, TEST_JIT, TEST_NEO4J_SERVERS, type TestNeo4jServer } from './neo4j-servers';
import { PLAN_REPORT_VARIABLE, startPlanCollection } from './plan-report';
import { ensureStoreTemplate, newTestStore } from './test-store';

export interface StartedTestNeo4j {
  neo4j: EmbeddedNeo4j;
  dataDir: string;
}

/** A machine shared by several test runs may start the JVM slowly; the default limit suits one run alone. */
const startTimeoutMs = () => Number(process.env.NEO4J_START_TIMEOUT_MS) || undefined;

async function startOne(): Promise<StartedTestNeo4j> {
  const dataDir = newTestStore('collab-graph-test-neo4j-');
  try {
    // Plans are not made again when a file's graph replaces the last one (see replanOnStatistics).
    const neo4j = await startEmbeddedNeo4j({ dataDir, heap: '1g', pageCache: '256m', jit: TEST_JIT, replanOnStatistics: false, startTimeoutMs: startTimeoutMs() });
    return { neo4j, dataDir };
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** On a loaded machine the launcher's own first transaction can time out: up to three tries, each in a fresh folder. */
async function startWithRetry(): Promise<StartedTestNeo4j> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOne();
    } catch (error) {
      if (attempt === 3) throw error;
      process.stdout.write(`\nembedded Neo4j did not start (${(error as Error).message.split('\n')[0]}); trying again\n`);
    }
  }
}

/**
 * Starts one embedded Neo4j per jest worker (unless NEO4J_URI points at a server already, or the run
 * has none: TEST_NEO4J=none, `npm run test:unit`): Community has one user database per server, so two files
 * running at once each need a server of their own. test/support/environment.ts gives each worker its
 * server (JEST_WORKER_ID) before a test file loads. With COLLAB_GRAPH_TYPECHECK=1 (`npm test`) the
 * one compile of the run, which is also its type check, starts here and runs while the tests do.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  process.env[TEST_RUN_VARIABLE] = randomUUID();
  if (process.env.COLLAB_GRAPH_TYPECHECK === '1') startBackgroundBuild();
  if (runHasNoDatabase()) return;
  process.env.NEO4J_EMBEDDED_JIT ??= TEST_JIT;
  if (process.env.NEO4J_URI) {
    if (globalConfig.maxWorkers > 1) throw new Error('NEO4J_URI names one server, whose one database two test files running at once would share: run `npx jest` (one worker) against it');
    return;
  }
  const count = Math.max(1, globalConfig.maxWorkers);
  const servers: StartedTestNeo4j[] = [];
  (globalThis as { collabGraphTestNeo4j?: StartedTestNeo4j[] }).collabGraphTestNeo4j = servers;
  try {
    const templateStarted = Date.now();
    if (await ensureStoreTemplate(startTimeoutMs())) process.stdout.write(`\nmade the tests' empty Neo4j store in ${Date.now() - templateStarted} ms\n`);
  } catch (error) {
    // Not fatal: the servers' first starts then make their stores themselves, only more slowly.
    process.stdout.write(`\nno empty store to copy (${(error as Error).message.split('\n')[0]}); each Neo4j makes its own\n`);
  }
  const started = Date.now();
  // One after the other: two JVMs starting at once on a loaded machine time out where one would not.
  for (let i = 0; i < count; i += 1) servers.push(await startWithRetry());
  if (process.env[PLAN_REPORT_VARIABLE]) await Promise.all(servers.map(({ neo4j }) => startPlanCollection(neo4j)));
  const described: TestNeo4jServer[] = servers.map(({ neo4j, dataDir }) => ({ uri: neo4j.uri, user: EMBEDDED_NEO4J_USER, password: neo4j.password, dataDir, pid: neo4j.pid }));
  process.env[TEST_NEO4J_SERVERS] = JSON.stringify(described);
  process.stdout.write(`\n${count} embedded Neo4j for tests (one per worker) at ${servers.map(({ neo4j }) => neo4j.uri).join(', ')}, started in ${Date.now() - started} ms\n`);
}
