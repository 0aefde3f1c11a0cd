import path from 'node:path';
import type { Neo4jConfig } from '../../platform/config/config';
import type { Logger } from '../../platform/config/logger';
import { Database } from './database';
import { EMBEDDED_NEO4J_USER, readEmbeddedPassword, startEmbeddedNeo4j, startSpareNeo4j } from './embedded-neo4j';
import { EXTERNAL_DATABASE_HEALTH, type DatabaseHealth } from './database-health';
import { SupervisedNeo4j } from './neo4j-supervisor';

export interface GraphConnection {
  database: Database;
  /** Present when the service started its own Neo4j (which it restarts should it exit). */
  embedded: SupervisedNeo4j | undefined;
  /** Whether the database can take requests now, and whether the service is still healthy. */
  health: DatabaseHealth;
  close(): Promise<void>;
}

/**
 * The embedded Neo4j of a running `npm start`, when one answers on the configured Bolt port: command-line
 * tools use it rather than start a second one on the same (locked) data folder.
 */
async function runningEmbedded(config: Neo4jConfig): Promise<Database | undefined> {
  const password = readEmbeddedPassword(config.embeddedDataDir);
  if (password === undefined) return undefined;
  const database = Database.connect(`bolt://127.0.0.1:${config.embeddedBoltPort}`, EMBEDDED_NEO4J_USER, password, {
    database: config.database,
    transactionTimeoutMs: config.transactionTimeoutMs,
    retryMs: 0,
  });
  try {
    await database.verifyConnectivity();
    return database;
  } catch {
    await database.close();
    return undefined;
  }
}

/**
 * Connects to `NEO4J_URI` with NEO4J_USER/NEO4J_PASSWORD when given; otherwise starts the embedded
 * Neo4j (Bolt on 127.0.0.1, data and its generated password in a git-ignored folder) and connects to that.
 */
export async function connectGraph(config: Neo4jConfig, logger: Logger, options: { reuseRunningEmbedded?: boolean } = {}): Promise<GraphConnection> {
  let embedded: SupervisedNeo4j | undefined;
  let uri = config.uri;
  if (!uri && options.reuseRunningEmbedded) {
    const running = await runningEmbedded(config);
    if (running) return { database: running, embedded: undefined, health: EXTERNAL_DATABASE_HEALTH, close: () => running.close() };
  }
  if (!uri) {
    logger.info('starting embedded Neo4j', { dataDir: path.relative(process.cwd(), config.embeddedDataDir) || '.' });
    const started = performance.now();
    embedded = await SupervisedNeo4j.start(
      {
        dataDir: config.embeddedDataDir,
        boltPort: config.embeddedBoltPort,
        heap: config.embeddedHeap,
        jit: config.embeddedJit,
        pageCache: config.embeddedPageCache,
        transactionMemory: config.embeddedTransactionMemory,
        startTimeoutMs: config.embeddedStartTimeoutMs,
        log: (line) => logger.debug('neo4j', { line }),
      },
      logger,
      undefined,
      startEmbeddedNeo4j,
      config.embeddedWarmSpare ? startSpareNeo4j : undefined,
    );
    uri = embedded.uri;
    logger.info('embedded Neo4j ready', { uri, startedInMs: Math.round(performance.now() - started) });
  }
  const database = Database.connect(uri, embedded ? EMBEDDED_NEO4J_USER : config.user, embedded ? embedded.password : config.password, {
    database: config.database,
    transactionTimeoutMs: config.transactionTimeoutMs,
    retryMs: config.retryMs,
  });
  try {
    await database.verifyConnectivity();
  } catch (error) {
    await database.close();
    await embedded?.stop();
    throw error;
  }
  const health = embedded ?? EXTERNAL_DATABASE_HEALTH;
  database.refuseWhileUnavailable(health);
  embedded?.onRestarted(() => database.reconnect());
  if (embedded) database.restartOnPanic(() => embedded.restartNow('its database panicked (full disk?) and refuses every transaction'));
  return {
    database,
    embedded,
    health,
    async close() {
      await database.close();
      await embedded?.stop();
    },
  };
}
