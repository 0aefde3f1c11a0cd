import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Record as DriverRecord, type ResultSummary } from 'neo4j-driver';
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

/** Driver records as they come, at most `maxRows` of them: for callers that must see nodes and paths. */
export interface CappedRecords {
  keys: string[];
  records: DriverRecord[];
  truncated: boolean;
}

/** What repositories see: read queries, and a unit of write work run in one transaction. */
export interface QueryRunner {
  /** `timeoutMs` tightens the transaction time limit for one expensive query. */
  read(cypher: string, params?: Params, options?: ReadOptions): Promise<Row[]>;
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
  /** Plans `cypher` without running it (EXPLAIN) in a read transaction. */
  explain(cypher: string, params?: Params): Promise<ResultSummary>;
  /** Streams at most `maxRows` records in a read transaction with the given time limit, then stops the query. */
  readCapped(cypher: string, params: Params, options: { timeoutMs: number; maxRows: number }): Promise<CappedRecords>;
}

/** Runs one statement of a streamed read, handing each row to `onRow` before the next is read. */
export type RowStream<R = Row> = (cypher: string, params: Params, onRow: (row: R) => void | Promise<void>) => Promise<void>;

const plainRow = (record: DriverRecord): Row => toPlain(record.toObject()) as Row;

/** A transaction handle that returns plain rows, so callers never touch driver value types. */
export interface WriteTransaction {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/** A parameter value already in driver types (neo4j.int for integers, numbers for floats), sent as it is. */
export class ExactValue {
  constructor(readonly value: unknown) {}
}

/**
 * JavaScript numbers travel to Neo4j as floats; whole numbers are sent as Neo4j integers so that
 * LIMIT, list slices and stored counts get the INTEGER type they mean. An ExactValue is left alone.
 */
export function toDriverValue(value: unknown): unknown {
  if (value instanceof ExactValue) return value.value;
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
  metrics.cypherSeconds.observe({ mode }, ms / 1000);
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
      explain: (cypher, params = {}) => this.explain(cypher, params, stats),
      readCapped: (cypher, params, options) => this.readCapped(cypher, params, options, stats),
    };
  }

  async read(cypher: string, params: Params = {}, stats?: QueryStats, options: ReadOptions = {}): Promise<Row[]> {
    const timeoutMs = Math.min(options.timeoutMs ?? Number.POSITIVE_INFINITY, this.options.transactionTimeoutMs);
    return this.inReadTransaction(timeoutMs, stats, async (tx) => plainRows(await tx.run(cypher, driverParams(params))));
  }

  async explain(cypher: string, params: Params = {}, stats?: QueryStats): Promise<ResultSummary> {
    return this.inReadTransaction(this.options.transactionTimeoutMs, stats, async (tx) => (await tx.run(`EXPLAIN ${cypher}`, driverParams(params))).summary);
  }

  async readCapped(cypher: string, params: Params, options: { timeoutMs: number; maxRows: number }, stats?: QueryStats): Promise<CappedRecords> {
    const timeoutMs = Math.min(options.timeoutMs, this.options.transactionTimeoutMs);
    return this.inReadTransaction(timeoutMs, stats, async (tx) => {
      const result = tx.run(cypher, driverParams(params));
      const keys = (await result.keys()) as string[];
      const records: DriverRecord[] = [];
      let truncated = false;
      // Leaving the loop early discards the rest of the stream, so Neo4j stops producing rows.
      for await (const record of result) {
        if (records.length === options.maxRows) {
          truncated = true;
          break;
        }
        records.push(record);
      }
      return { keys, records, truncated };
    });
  }

  /**
   * Streams the rows of several statements, in one read transaction, to `onRow` as they arrive; a
   * slow consumer (an HTTP client, a file) holds Neo4j back instead of piling rows up in memory.
   * Rows are plain values unless `toRow` says otherwise. A failed transaction is not retried: the
   * consumer already has part of the rows.
   */
  async streamRead<R = Row>(timeoutMs: number, work: (stream: RowStream<R>) => Promise<void>, toRow: (record: DriverRecord) => R = plainRow as (record: DriverRecord) => R): Promise<void> {
    let begun = false;
    await this.inReadTransaction(timeoutMs, undefined, (tx) => {
      if (begun) throw new Error('the streamed read was interrupted; run it again');
      begun = true;
      return work(async (cypher, params, onRow) => {
        for await (const record of tx.run(cypher, driverParams(params))) await onRow(toRow(record));
      });
    });
  }

  private async inReadTransaction<T>(timeoutMs: number, stats: QueryStats | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return traced('neo4j.read', { 'db.system': 'neo4j' }, async () => {
      const started = performance.now();
      const session = this.openSession(neo4j.session.READ);
      try {
        return await session.executeRead(work, { timeout: timeoutMs });
      } finally {
        await this.closeSession(session);
        recordRoundTrip('read', performance.now() - started, stats);
      }
    });
  }

  /** Sessions are counted open to closed: each holds a pooled connection while it runs. */
  private openSession(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE) {
    metrics.sessionsActive.inc();
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode });
  }

  private async closeSession(session: { close(): Promise<void> }): Promise<void> {
    try {
      await session.close();
    } finally {
      metrics.sessionsActive.dec();
    }
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it does. `timeoutMs` widens the time limit for bulk work. */
  async write<T>(work: (tx: WriteTransaction) => Promise<T>, stats?: QueryStats, options: { timeoutMs?: number } = {}): Promise<T> {
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
          { timeout: options.timeoutMs ?? this.options.transactionTimeoutMs },
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
