import type { Logger } from '../../platform/config/logger';
import { metrics } from '../../platform/observability/metrics';
import type { DatabaseHealth } from './database-health';
import { debugLogTail, startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedNeo4jOptions, type JvmExit, type SpareNeo4j } from './embedded-neo4j';

export interface RestartPolicy {
  /** Wait before the second attempt; the first follows the exit at once. Doubles per failure. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Failed restarts in a row after which the service reports itself unhealthy (it keeps trying). */
  unhealthyAfterFailures: number;
}

/** How a JVM is started: startEmbeddedNeo4j, or a stand-in in the supervisor's unit tests. */
export type StartNeo4j = (options: EmbeddedNeo4jOptions) => Promise<EmbeddedNeo4j>;
/** How a warm spare JVM is started: startSpareNeo4j, or a stand-in. */
export type StartSpare = (options: EmbeddedNeo4jOptions) => SpareNeo4j;

export const DEFAULT_RESTART_POLICY: RestartPolicy = { initialDelayMs: 1_000, maxDelayMs: 30_000, unhealthyAfterFailures: 5 };

/** The wait before restart attempt `attempt` (0 first): none, then doubling from the initial delay with ±20 % jitter, capped. */
export function restartDelayMs(attempt: number, policy: RestartPolicy): number {
  if (attempt === 0) return 0;
  const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
  return Math.round(base * (0.8 + 0.4 * Math.random()));
}

/** How long after a restart a shortage of connections or threads still counts as the outage (the JVM is cold). */
const RECOVERY_GRACE_MS = 10_000;

/**
 * Keeps the embedded Neo4j running: when its JVM exits without being asked to (kill -9, its own
 * -XX:+ExitOnOutOfMemoryError), it is started again on the same data folder and Bolt port, so the
 * driver's pool reconnects by itself and Neo4j recovers its store from the transaction log. Given a
 * `spareStarter`, a warm spare JVM waits beside the running one and takes over (a second rather than a
 * cold JVM's five); a new spare warms up once the database serves again. Restarts back off, without
 * end; after `unhealthyAfterFailures` failures in a row the service reports itself
 * unhealthy so that an orchestrator restarts it whole.
 *
 * (A loop of its own rather than p-retry: p-retry is ESM-only since v5, which this CommonJS build and
 * jest cannot load, and the supervisor also needs cancellation on stop and a failure count for /health.)
 */
export class SupervisedNeo4j implements DatabaseHealth {
  private stopping = false;
  private down = false;
  /** When the last restart let requests through again (0: never restarted). */
  private restartedAt = 0;
  private failuresInARow = 0;
  private nextAttemptAt = 0;
  private restarting: Promise<void> | undefined;
  private spare: SpareNeo4j | undefined;
  private spareIsWarm = false;
  private spareWarm: Promise<boolean> = Promise.resolve(false);
  private wake: (() => void) | undefined;
  private readonly restartListeners: (() => void)[] = [];

  private constructor(
    private current: EmbeddedNeo4j,
    /** With the Bolt port the first start got: every restart, and the spare, open the store there. */
    private readonly options: EmbeddedNeo4jOptions & { boltPort: number },
    private readonly logger: Logger,
    private readonly policy: RestartPolicy,
    private readonly startNeo4j: StartNeo4j,
    private readonly spareStarter: StartSpare | undefined,
  ) {
    metrics.neo4jUp.set(1);
    this.watch(current);
  }

  static async start(
    options: EmbeddedNeo4jOptions,
    logger: Logger,
    policy = DEFAULT_RESTART_POLICY,
    startNeo4j: StartNeo4j = startEmbeddedNeo4j,
    startSpare?: StartSpare,
  ): Promise<SupervisedNeo4j> {
    const first = await startNeo4j(options);
    // Restarts reuse the port the first start got, also when it was picked (boltPort 0).
    return new SupervisedNeo4j(first, { ...options, boltPort: first.boltPort }, logger, policy, startNeo4j, startSpare);
  }

  /** Resolves true once a warm spare waits to take over, false when there is none (not configured, or its warm-up failed). */
  spareReady(): Promise<boolean> {
    return this.spareWarm;
  }

  get uri(): string {
    return this.current.uri;
  }

  get password(): string {
    return this.current.password;
  }

  /** The running JVM's process id (that of the last start). */
  get pid(): number {
    return this.current.pid;
  }

  available(): boolean {
    return !this.down;
  }

  recovering(): boolean {
    return this.down || (this.restartedAt > 0 && Date.now() - this.restartedAt < RECOVERY_GRACE_MS);
  }

  healthy(): boolean {
    return this.failuresInARow < this.policy.unhealthyAfterFailures;
  }

  retryAfterSeconds(): number {
    const untilAttempt = Math.max(0, this.nextAttemptAt - Date.now());
    // A restart takes about as long as the last start did.
    return Math.max(1, Math.ceil((untilAttempt + this.current.startedInMs) / 1000));
  }

  reason(): string | undefined {
    if (!this.down) return undefined;
    const failures = this.failuresInARow === 0 ? '' : ` (${this.failuresInARow} failed restart${this.failuresInARow === 1 ? '' : 's'} in a row)`;
    return `the embedded Neo4j exited and is being restarted${failures}`;
  }

  /** `listener` runs after each successful restart, before requests are let through again. */
  onRestarted(listener: () => void): void {
    this.restartListeners.push(listener);
  }

  /**
   * The JVM runs but its database refuses all work until restarted (a panic, e.g. after a full disk):
   * it is killed, and restarted as after any unexpected exit (with back-off while it cannot start).
   */
  restartNow(reason: string): void {
    if (this.stopping || this.down) return;
    this.logger.error('embedded Neo4j must be restarted', { reason, pid: this.current.pid });
    this.down = true;
    process.kill(this.current.pid, 'SIGKILL');
  }

  /** Forces a checkpoint in the running JVM (see EmbeddedNeo4j.checkpoint). */
  checkpoint(): Promise<number> {
    return this.current.checkpoint();
  }

  /** Stops supervising, waits for a restart under way, and stops the JVM. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.restarting;
    await Promise.all([this.current.stop(), this.spare?.discard()]);
    metrics.neo4jUp.set(0);
    metrics.neo4jWarmSpare.set(0);
  }

  /**
   * Starts a spare JVM warming up beside the running one, when configured and none is there. The
   * service calls it once the graph is ready (its warm-up would slow the migrations and the seed);
   * after a restart it follows by itself.
   */
  keepWarmSpare(): void {
    if (!this.spareStarter || this.spare || this.stopping) return;
    const started = performance.now();
    const spare = this.spareStarter(this.options);
    this.spare = spare;
    this.spareIsWarm = false;
    this.spareWarm = spare.warm.then((warm) => {
      if (warm && this.spare === spare) {
        this.spareIsWarm = true;
        metrics.neo4jWarmSpare.set(1);
      }
      if (warm) this.logger.info('warm spare Neo4j ready', { pid: spare.pid, warmedInMs: Math.round(performance.now() - started) });
      else if (this.spare === spare && !this.stopping) {
        this.spare = undefined;
        this.logger.warn('warm spare Neo4j exited during its warm-up; a restart will start a JVM cold', { pid: spare.pid });
      }
      return warm;
    });
  }

  /**
   * The warm spare opened on the data folder, or undefined when there is no warm one (a cold start
   * follows). A spare still warming up is discarded: it would compete with the cold start for the CPU.
   */
  private async takeSpare(): Promise<EmbeddedNeo4j | undefined> {
    const [spare, warm] = [this.spare, this.spareIsWarm];
    this.spare = undefined;
    this.spareIsWarm = false;
    metrics.neo4jWarmSpare.set(0);
    if (!spare) return undefined;
    if (!warm) {
      await spare.discard();
      return undefined;
    }
    try {
      return await spare.open(this.options);
    } catch (error) {
      this.logger.error('warm spare Neo4j failed to open the store; starting a JVM cold', { pid: spare.pid, error: (error as Error).message });
      await spare.discard();
      return undefined;
    }
  }

  private watch(neo4j: EmbeddedNeo4j): void {
    void neo4j.exited.then((exit) => {
      if (this.stopping || neo4j !== this.current) return;
      this.restarting = this.recover(neo4j, exit);
    });
  }

  private async recover(crashed: EmbeddedNeo4j, exit: JvmExit): Promise<void> {
    this.down = true;
    metrics.neo4jUp.set(0);
    metrics.neo4jUnexpectedExits.inc();
    this.logger.error('embedded Neo4j exited unexpectedly; restarting it', { pid: crashed.pid, exitCode: exit.code, signal: exit.signal, output: crashed.logTail(), debugLog: debugLogTail(this.options.dataDir) });
    for (let attempt = 0; !this.stopping; attempt += 1) {
      await this.pause(restartDelayMs(attempt, this.policy));
      if (this.stopping) return;
      try {
        const fromSpare = attempt === 0 ? await this.takeSpare() : undefined;
        const started = fromSpare ?? (await this.startNeo4j(this.options));
        this.current = started;
        for (const listener of this.restartListeners) listener();
        this.down = false;
        this.restartedAt = Date.now();
        this.failuresInARow = 0;
        metrics.neo4jRestartFailuresInARow.set(0);
        metrics.neo4jUp.set(1);
        metrics.neo4jRestarts.inc({ outcome: 'started' });
        this.logger.info('embedded Neo4j restarted', { pid: started.pid, attempt: attempt + 1, startedInMs: Math.round(started.startedInMs), fromWarmSpare: fromSpare !== undefined });
        if (this.stopping) await started.stop();
        else {
          this.watch(started);
          this.keepWarmSpare();
        }
        return;
      } catch (error) {
        this.failuresInARow += 1;
        metrics.neo4jRestarts.inc({ outcome: 'failed' });
        metrics.neo4jRestartFailuresInARow.set(this.failuresInARow);
        this.logger.error('embedded Neo4j restart failed', { attempt: attempt + 1, failuresInARow: this.failuresInARow, error: (error as Error).message });
      }
    }
  }

  /** Waits `ms`, or less if the supervisor is stopped meanwhile. */
  private pause(ms: number): Promise<void> {
    this.nextAttemptAt = Date.now() + ms;
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
