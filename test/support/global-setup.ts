import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EMBEDDED_NEO4J_USER, startEmbeddedNeo4j } from '../../src/engine/db/embedded-neo4j';
import { TEST_RUN_VARIABLE } from './build';

/**
 * Starts one embedded Neo4j for the whole run (unless NEO4J_URI points at a server already) and
 * hands its URI and password to the test files through the environment, with an id for this run (see build.ts).
 */
export default async function globalSetup(): Promise<void> {
  process.env[TEST_RUN_VARIABLE] = randomUUID();
  if (process.env.NEO4J_URI) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    heap: '1g',
    pageCache: '256m',
    // A machine shared by several test runs may start the JVM slowly; the default limit suits one run alone.
    startTimeoutMs: Number(process.env.NEO4J_START_TIMEOUT_MS) || undefined,
  });
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = EMBEDDED_NEO4J_USER;
  process.env.NEO4J_PASSWORD = neo4j.password;
  // Which data folder and JVM: for the tests of the embedded Neo4j's own locks, and for the
  // runaway-query test, which watches this JVM's CPU time.
  process.env.NEO4J_TEST_EMBEDDED = JSON.stringify({ dataDir, pid: neo4j.pid });
  process.stdout.write(`\nembedded Neo4j for tests at ${neo4j.uri}, started in ${Math.round(neo4j.startedInMs)} ms\n`);
  (globalThis as { collabGraphTestNeo4j?: unknown }).collabGraphTestNeo4j = { neo4j, dataDir };
}
