import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { metrics } from '../observability/metrics';
import { traced } from '../observability/tracing';
import { toPlain } from './values';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Per-request counters: the round-trip test and the metrics read them. */
export class QueryStats {
  roundTrips = 0;
  databaseMs = 0;
}

export interface ReadOptions {
  timeoutMs?: number;
}

/** What repositories see: read queries, and a unit of write work run in one transaction. */
export interface QueryRunner {
  /** `timeoutMs` tightens the transaction time limit for one expensive query. */
  read(cypher: string, params?: Params, options?: ReadOptions): Promise<Row[]>;
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
}

/** A transaction handle that returns plain rows, so callers never touch driver value types. */
export interface WriteTransaction {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/**
 * JavaScript numbers travel to Neo4j as floats; whole numbers are sent as Neo4j integers so that
 * LIMIT, list slices and stored counts get the INTEGER type they mean.
 */
export function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toDriverValue(item)]));
  }
  return value;
}

function driverParams(params: Params): Params {
  return toDriverValue(params) as Params;
}

function recordRoundTrip(mode: 'read' | 'write', ms: number, stats: QueryStats | undefined): void {
  metrics.cypherRoundTrips.inc({ mode });
  metrics.cypherSeconds.observe(ms / 1000, { mode });
  if (stats) {
    stats.roundTrips += 1;
    stats.databaseMs += ms;
  }
}

function plainRows(result: QueryResult): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

export interface DatabaseOptions {
  database?: string;
  transactionTimeoutMs: number;
  /** Retry budget for transient failures (leader changes, restarts); small, so outages fail fast. */
  retryMs?: number;
}

/**
 * The one door to Neo4j. Reads go through `executeRead` and writes through `executeWrite`, so a
 * `neo4j://` routing URI sends them to the right cluster members with the driver's retries.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  static connect(uri: string, user: string, password: string, options: DatabaseOptions): Database {
    const auth = password ? neo4j.auth.basic(user, password) : undefined;
    const driver = neo4j.driver(uri, auth, {
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 2_000,
      maxTransactionRetryTime: options.retryMs ?? 1_000,
      userAgent: 'collab-graph',
    });
    return new Database(driver, options);
  }

  /** A runner that counts this request's round trips and database time. */
  runner(stats: QueryStats = new QueryStats()): QueryRunner {
    return {
      read: (cypher, params = {}, options) => this.read(cypher, params, stats, options),
      write: (work) => this.write(work, stats),
    };
  }

  async read(cypher: string, params: Params = {}, stats?: QueryStats, options: ReadOptions = {}): Promise<Row[]> {
    return traced('neo4j.read', { 'db.system': 'neo4j' }, async () => {
      const started = performance.now();
      const session = this.openSession(neo4j.session.READ);
      try {
        const result = await session.executeRead((tx) => tx.run(cypher, driverParams(params)), {
          timeout: Math.min(options.timeoutMs ?? Number.POSITIVE_INFINITY, this.options.transactionTimeoutMs),
        });
        return plainRows(result);
      } finally {
        await this.closeSession(session);
        recordRoundTrip('read', performance.now() - started, stats);
      }
    });
  }

  /** Sessions are counted open to closed: each holds a pooled connection while it runs. */
  private openSession(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE) {
    metrics.sessionsActive.add(1);
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode });
  }

  private async closeSession(session: { close(): Promise<void> }): Promise<void> {
    try {
      await session.close();
    } finally {
      metrics.sessionsActive.add(-1);
    }
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it does. */
  async write<T>(work: (tx: WriteTransaction) => Promise<T>, stats?: QueryStats): Promise<T> {
    return traced('neo4j.write', { 'db.system': 'neo4j' }, async () => {
      const session = this.openSession(neo4j.session.WRITE);
      try {
        return await session.executeWrite(
          (tx: ManagedTransaction) =>
            work({
              run: async (cypher, params = {}) => {
                const started = performance.now();
                try {
                  return plainRows(await tx.run(cypher, driverParams(params)));
                } finally {
                  recordRoundTrip('write', performance.now() - started, stats);
                }
              },
            }),
          { timeout: this.options.transactionTimeoutMs },
        );
      } finally {
        await this.closeSession(session);
      }
    });
  }

  async verifyConnectivity(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.options.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
