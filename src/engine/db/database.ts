import { randomUUID } from 'node:crypto';
import neo4j, { error as driverErrors, isRetryableError, Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type Record as DriverRecord, type ResultSummary, type Session } from 'neo4j-driver';
import pRetry from 'p-retry';
import { metrics } from '../../platform/observability/metrics';
import { traced } from '../../platform/observability/tracing';
import { Deadline } from './deadline';
import { databaseErrorCode, ErrorCode, QueryTimeoutError } from '../../platform/graphql/errors';
import type { DatabaseHealth } from './database-health';
import type { RequestBookmarks } from './bookmarks';
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
  /** Rows with the driver's own value types (as `runTyped` gives them), for callers that must keep every type. */
  typed?: boolean;
}

/** Driver records as they come, at most `maxRows` of them: for callers that must see nodes and paths. */
export interface CappedRecords {
  keys: string[];
  records: DriverRecord[];
  truncated: boolean;
}

/**
 * What repositories see: read queries, and a unit of write work run in one transaction. Everything
 * runs under the request's deadline: at the deadline the caller gets QUERY_TIMEOUT and the
 * transaction is terminated in Neo4j.
 */
export interface QueryRunner {
  readonly deadline: Deadline;
  /** A runner for the same request whose work must also end within `ms` from now. */
  within(ms: number): QueryRunner;
  /** Resolves once every transaction this runner started has ended in Neo4j (closed, or terminated and closed). */
  settled(): Promise<void>;
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
  /** Rows with the driver's own value types (temporal values, Neo4j integers), for callers that must keep every type. */
  runTyped(cypher: string, params?: Params): Promise<Row[]>;
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

/**
 * `session.run` without the stack trace the driver captures for each statement (to append to its
 * errors): from here its ten frames are the driver's and this file's, the same for every read, and
 * formatting them cost a one-entity read 6 % of its Node CPU.
 */
function runWithoutCallSite(session: Session, cypher: string, params: Params, config: TransactionConfig): ReturnType<Session['run']> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(cypher, params, config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function plainRows(result: QueryResult): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/** The metadata key that tags a request's transactions, so one can be found in SHOW TRANSACTIONS and terminated. */
export const TRANSACTION_TAG = 'collabGraphTransaction';

type TransactionConfig = NonNullable<Parameters<Session['executeRead']>[1]>;

/** The driver's retry policy for transaction functions, applied to auto-commit reads too. */
const DEFAULT_RETRY_MS = 1_000;
const RETRY_INITIAL_DELAY_MS = 1_000;
const RETRY_MULTIPLIER = 2;

/** How long after a request's deadline Neo4j's own transaction timeout ends what termination missed. */
const TERMINATION_BACKSTOP_MS = 1_000;

/** One request's bookkeeping: its counters, its deadline, and the sessions it still has open. */
export interface RequestScope {
  stats: QueryStats | undefined;
  deadline: Deadline;
  open: Set<Promise<void>>;
  /** The request's causal chain: its sessions wait for these bookmarks, and its writes add to them. */
  bookmarks?: RequestBookmarks;
}

export interface DatabaseOptions {
  database?: string;
  transactionTimeoutMs: number;
  /** Retry budget for transient failures (leader changes, restarts); small, so outages fail fast. */
  retryMs?: number;
}

/**
 * A shortage of connections or Neo4j threads while `health` says the database is down or just back (its JVM cold)
 * is the outage's, not client load's: it becomes the driver's ServiceUnavailable (DATABASE_UNAVAILABLE, with the
 * restart's Retry-After) instead of OVERLOADED. Any other error is returned as it is.
 */
export function asOutage(error: unknown, health: Pick<DatabaseHealth, 'recovering'> | undefined): unknown {
  if (databaseErrorCode(error) !== ErrorCode.OVERLOADED || !health?.recovering()) return error;
  return new Neo4jError(`Neo4j is recovering from a restart: ${(error as Error).message}`, driverErrors.SERVICE_UNAVAILABLE, '08000', 'connection exception');
}

/**
 * The one door to Neo4j. Reads run in READ sessions (single statements auto-commit, several in
 * `executeRead`) and writes through `executeWrite`, so a `neo4j://` routing URI sends them to the
 * right cluster members, with the driver's retry policy.
 */
export class Database {
  private health: Pick<DatabaseHealth, 'available' | 'recovering' | 'reason'> | undefined;
  private onPanic: (() => void) | undefined;
  /** Sessions still open on each driver, so a replaced driver is closed only once its work has settled. */
  private readonly openSessions = new Map<Driver, number>();
  private readonly driverOf = new WeakMap<Session, Driver>();
  /** Replaced drivers whose sessions have not all closed yet. */
  private readonly retired = new Set<Driver>();

  constructor(
    private current: Driver,
    private readonly options: DatabaseOptions,
    private readonly newDriver?: () => Driver,
  ) {}

  static connect(uri: string, user: string, password: string, options: DatabaseOptions): Database {
    const auth = password ? neo4j.auth.basic(user, password) : undefined;
    const newDriver = () =>
      neo4j.driver(uri, auth, {
        maxConnectionPoolSize: 50,
        connectionAcquisitionTimeout: 5_000,
        connectionTimeout: 2_000,
        maxTransactionRetryTime: options.retryMs ?? DEFAULT_RETRY_MS,
        userAgent: 'collab-graph',
      });
    return new Database(newDriver(), options, newDriver);
  }

  get driver(): Driver {
    return this.current;
  }

  /**
   * A fresh driver in place of this one, after the Neo4j behind it restarted: the old pool holds
   * connections to the dead process, each of which would fail (and be retried) once before it is dropped.
   * New sessions open on the fresh driver; the old one is closed when the last session opened on it closes.
   * Closing it at once would close the connections in use too, and a statement awaiting its answer on one of
   * them never settles (the driver drops the channel's error listener when it closes the channel itself): a
   * write caught by the restart would then wait out its whole deadline. Left open, that work fails within the
   * retry budget, or commits on the restarted Neo4j.
   */
  reconnect(): void {
    if (!this.newDriver) return;
    const old = this.current;
    this.current = this.newDriver();
    this.retired.add(old);
    this.closeIfDrained(old);
  }

  private closeIfDrained(driver: Driver): void {
    if (!this.retired.has(driver) || (this.openSessions.get(driver) ?? 0) > 0) return;
    this.retired.delete(driver);
    this.openSessions.delete(driver);
    void driver.close().catch(() => undefined);
  }

  /**
   * A runner that counts this request's round trips and database time and holds its work to
   * `deadline` (by default the transaction time limit from now).
   */
  runner(stats: QueryStats = new QueryStats(), deadline: Deadline = Deadline.after(this.options.transactionTimeoutMs), bookmarks?: RequestBookmarks): QueryRunner {
    const scope: RequestScope = { stats, deadline, open: new Set(), bookmarks };
    return {
      deadline,
      within: (ms) => this.runner(stats, deadline.within(ms), bookmarks),
      settled: async () => {
        while (scope.open.size > 0) await Promise.all(scope.open);
      },
      read: (cypher, params = {}, options) => this.read(cypher, params, scope, options),
      write: (work) => this.write(work, scope),
      explain: (cypher, params = {}) => this.explain(cypher, params, scope),
      readCapped: (cypher, params, options) => this.readCapped(cypher, params, options, scope),
    };
  }

  /**
   * One statement in an auto-commit transaction: `executeRead` would add a BEGIN and a COMMIT round
   * trip, which cost an entity lookup 45 % of its Node CPU in the driver and 0.4 ms of its latency.
   * The driver does not retry auto-commit transactions, so transient failures are retried here as
   * `executeRead` would retry them.
   */
  async read(cypher: string, params: Params = {}, scope?: RequestScope, options: ReadOptions = {}): Promise<Row[]> {
    const timeoutMs = Math.min(options.timeoutMs ?? Number.POSITIVE_INFINITY, this.options.transactionTimeoutMs);
    return this.inReadSession(timeoutMs, scope, (session, config) => this.retried(async () => {
        const result = await runWithoutCallSite(session, cypher, driverParams(params), config);
        return options.typed ? result.records.map((record) => record.toObject()) : plainRows(result);
      }, scope));
  }

  /**
   * `work` again after a transient failure (in the same session, as `executeRead` does), with the
   * driver's back-off (from 1 s, doubling), within the retry budget and the request's deadline. The
   * first attempt runs outside p-retry: a read that succeeds, nearly every one, pays for no retry set-up.
   */
  private retried<T>(work: () => Promise<T>, scope: RequestScope | undefined): Promise<T> {
    return this.noticingPanic(this.retriedOnce(work, scope));
  }

  private async retriedOnce<T>(work: () => Promise<T>, scope: RequestScope | undefined): Promise<T> {
    const started = performance.now();
    let firstFailure: unknown;
    try {
      return await work();
    } catch (error) {
      if (!isRetryableError(error)) throw error;
      firstFailure = error;
    }
    // p-retry's first attempt reports the failure already seen, so its first wait is the driver's first back-off.
    const again = async () => {
      if (firstFailure === undefined) return work();
      const error = firstFailure;
      firstFailure = undefined;
      throw error;
    };
    return pRetry(again, {
      retries: Number.POSITIVE_INFINITY,
      minTimeout: RETRY_INITIAL_DELAY_MS,
      factor: RETRY_MULTIPLIER,
      randomize: true,
      maxRetryTime: Math.max(0, (this.options.retryMs ?? DEFAULT_RETRY_MS) - (performance.now() - started)),
      shouldRetry: ({ error, retryDelay }) => isRetryableError(error) && (!scope || scope.deadline.remainingMs() > retryDelay),
    });
  }

  async explain(cypher: string, params: Params = {}, scope?: RequestScope): Promise<ResultSummary> {
    return this.inReadTransaction(this.options.transactionTimeoutMs, scope, async (tx) => (await tx.run(`EXPLAIN ${cypher}`, driverParams(params))).summary);
  }

  async readCapped(cypher: string, params: Params, options: { timeoutMs: number; maxRows: number }, scope?: RequestScope): Promise<CappedRecords> {
    const timeoutMs = Math.min(options.timeoutMs, this.options.transactionTimeoutMs);
    return this.inReadTransaction(timeoutMs, scope, async (tx) => {
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

  private inReadTransaction<T>(timeoutMs: number, scope: RequestScope | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.inReadSession(timeoutMs, scope, (session, config) => session.executeRead(work, config));
  }

  /** `work` in a READ session under the request's deadline, traced and counted as one round trip. */
  private async inReadSession<T>(timeoutMs: number, scope: RequestScope | undefined, work: (session: Session, config: TransactionConfig) => Promise<T>): Promise<T> {
    return traced('neo4j.read', { 'db.system': 'neo4j' }, async () => {
      const started = performance.now();
      try {
        return await this.inSession(neo4j.session.READ, timeoutMs, scope, work);
      } finally {
        recordRoundTrip('read', performance.now() - started, scope?.stats);
      }
    });
  }

  /**
   * Runs `work` in a fresh session with a transaction time limit of `timeoutMs`, cut to what is left
   * of the request's deadline. At the deadline the caller gets QueryTimeoutError at once; the
   * transaction is terminated in Neo4j (found by its tag) and its session closed in the background.
   */
  private inSession<T>(
    mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE,
    timeoutMs: number,
    scope: RequestScope | undefined,
    work: (session: Session, config: TransactionConfig) => Promise<T>,
  ): Promise<T> {
    return this.noticingPanic(this.inScopedSession(mode, timeoutMs, scope, work));
  }

  /**
   * Neo4j "panics" a database it could not write to (a full disk): every later transaction fails with
   * "needs to be restarted". The supervisor of an embedded Neo4j is told, and restarts it.
   */
  private noticingPanic<T>(work: Promise<T>): Promise<T> {
    return work.catch((error: unknown) => {
      if (error instanceof Neo4jError && /needs to be restarted/.test(error.message)) this.onPanic?.();
      throw asOutage(error, this.health);
    });
  }

  /** Calls `listener` when the database reports it has panicked and must be restarted. */
  restartOnPanic(listener: () => void): void {
    this.onPanic = listener;
  }

  private async inScopedSession<T>(
    mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE,
    timeoutMs: number,
    scope: RequestScope | undefined,
    work: (session: Session, config: TransactionConfig) => Promise<T>,
  ): Promise<T> {
    if (!scope) {
      const session = this.openSession(mode, undefined);
      try {
        return await work(session, { timeout: timeoutMs });
      } finally {
        await this.closeSession(session);
      }
    }
    scope.deadline.check();
    const tag = randomUUID();
    // At the deadline this service terminates the transaction itself; Neo4j's own timeout, a little
    // later, is the backstop. Neo4j takes whole milliseconds, and 0 would mean "no limit".
    const timeout = Math.max(1, Math.ceil(Math.min(timeoutMs, scope.deadline.remainingMs() + TERMINATION_BACKSTOP_MS)));
    const session = this.openSession(mode, scope.bookmarks);
    const running = work(session, { timeout, metadata: { [TRANSACTION_TAG]: tag } });
    const closed = running.then(
      () => this.closeSession(session),
      () => this.closeSession(session),
    );
    scope.open.add(closed);
    void closed.finally(() => scope.open.delete(closed));
    let result: T;
    try {
      result = await scope.deadline.race(running, () => void this.terminate(tag));
    } catch (error) {
      // Past the deadline the session closes in the background; otherwise before the caller goes on.
      if (!(error instanceof QueryTimeoutError)) await closed;
      throw error;
    }
    await closed;
    return result;
  }

  /**
   * Terminates the transactions tagged `tag` from a separate session. Best effort: Neo4j's own
   * transaction timeout ends them a little later too (and up to its check interval after that).
   */
  private async terminate(tag: string): Promise<void> {
    let session: Session | undefined;
    try {
      // Counted like the request's own sessions: a driver replaced meanwhile stays open until this has run.
      session = this.openSession(neo4j.session.WRITE, undefined);
      const found = await session.run(`SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.${TRANSACTION_TAG} = $tag RETURN transactionId`, { tag });
      const ids = found.records.map((record) => record.get('transactionId') as string);
      if (ids.length > 0) {
        await session.run('TERMINATE TRANSACTIONS $ids', { ids });
        metrics.transactionsTerminated.inc(ids.length);
      }
    } catch {
      // The transaction may have ended meanwhile, Neo4j may be down, or the user may lack the privilege: its own
      // timeout still applies.
    } finally {
      if (session) await this.closeSession(session);
    }
  }

  /**
   * While `health` says the database is down (the embedded Neo4j restarting), work fails at once with
   * the driver's ServiceUnavailable (DATABASE_UNAVAILABLE) instead of waiting out connection timeouts.
   */
  refuseWhileUnavailable(health: Pick<DatabaseHealth, 'available' | 'recovering' | 'reason'>): void {
    this.health = health;
  }

  /** Sessions are counted open to closed, per driver: each holds a pooled connection while it runs. */
  private openSession(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE, bookmarks: RequestBookmarks | undefined): Session {
    if (this.health && !this.health.available()) throw new Neo4jError(`Neo4j is unavailable: ${this.health.reason()}`, driverErrors.SERVICE_UNAVAILABLE, '08000', 'connection exception');
    const driver = this.current;
    const session = driver.session({ database: this.options.database, defaultAccessMode: mode, bookmarkManager: bookmarks?.manager });
    metrics.sessionsActive.inc();
    this.openSessions.set(driver, (this.openSessions.get(driver) ?? 0) + 1);
    this.driverOf.set(session, driver);
    return session;
  }

  private async closeSession(session: Session): Promise<void> {
    try {
      await session.close();
    } finally {
      metrics.sessionsActive.dec();
      const driver = this.driverOf.get(session)!;
      this.openSessions.set(driver, this.openSessions.get(driver)! - 1);
      this.closeIfDrained(driver);
    }
  }

  /**
   * Runs `work` in one write transaction: all of it commits, or none of it does. Past the request's
   * deadline no further statement runs and nothing commits: the work throws, so the transaction rolls back.
   * `timeoutMs` widens the time limit for bulk work (restore), which runs outside any request.
   */
  async write<T>(work: (tx: WriteTransaction) => Promise<T>, scope?: RequestScope, options: { timeoutMs?: number } = {}): Promise<T> {
    return traced('neo4j.write', { 'db.system': 'neo4j' }, () =>
      this.inSession(neo4j.session.WRITE, options.timeoutMs ?? this.options.transactionTimeoutMs, scope, async (session, config) => {
        const committed = await session.executeWrite(async (tx: ManagedTransaction) => {
          const run = async (cypher: string, params: Params = {}) => {
            scope?.deadline.check();
            const started = performance.now();
            try {
              return await tx.run(cypher, driverParams(params));
            } finally {
              recordRoundTrip('write', performance.now() - started, scope?.stats);
            }
          };
          const result = await work({
            run: async (cypher, params) => plainRows(await run(cypher, params)),
            runTyped: async (cypher, params) => (await run(cypher, params)).records.map((record) => record.toObject()),
          });
          scope?.deadline.check();
          return result;
        }, config);
        scope?.bookmarks?.recordWrite(session.lastBookmarks());
        return committed;
      }),
    );
  }

  async verifyConnectivity(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.options.database });
  }

  async close(): Promise<void> {
    const drivers = [this.current, ...this.retired];
    this.retired.clear();
    await Promise.all(drivers.map((driver) => driver.close()));
  }
}
