import type { EmbeddedJit } from '../../src/platform/config/config';

/**
 * The run's Neo4j servers, one per jest worker, as global-setup started them: a JSON list in this
 * environment variable, which the jest workers inherit.
 */
export const TEST_NEO4J_SERVERS = 'COLLAB_GRAPH_TEST_NEO4J_SERVERS';

/**
 * The test run's JVMs compile with C1 alone: they live minutes and run short, varied work, where the
 * optimising compiler's compilations do not pay back (a whole `npm test`: 938 -> 799 CPU-seconds,
 * 498 -> 441 s). Global-setup puts it in the environment for the services and configs tests start.
 */
export const TEST_JIT: EmbeddedJit = 'c1-only';

export interface TestNeo4jServer {
  uri: string;
  user: string;
  password: string;
  dataDir: string;
  pid: number;
}

/** `TEST_NEO4J=none` (`npm run test:unit`): no Neo4j is started and a test that asks for one fails. */
export function runHasNoDatabase(): boolean {
  return process.env.TEST_NEO4J === 'none';
}

/**
 * Points this process's NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_TEST_EMBEDDED at the server of
 * jest worker JEST_WORKER_ID (1 when the run is in band). It must run before the test file's sandbox
 * copies the environment, so the tools a test spawns with `process.env` reach the same server.
 */
export function useWorkersNeo4j(env: NodeJS.ProcessEnv = process.env): void {
  const listed = env[TEST_NEO4J_SERVERS];
  if (!listed) return;
  const servers = JSON.parse(listed) as TestNeo4jServer[];
  const worker = Number(env.JEST_WORKER_ID ?? '1');
  const server = servers[worker - 1];
  // Two files must never share a database: a worker without a server of its own is a set-up error.
  if (!server) throw new Error(`jest worker ${worker} has no Neo4j: global-setup started ${servers.length}`);
  env.NEO4J_URI = server.uri;
  env.NEO4J_USER = server.user;
  env.NEO4J_PASSWORD = server.password;
  // Which data folder and JVM: for the tests of the embedded Neo4j's own locks, and for the
  // runaway-query test, which watches this JVM's CPU time.
  env.NEO4J_TEST_EMBEDDED = JSON.stringify({ dataDir: server.dataDir, pid: server.pid });
}
