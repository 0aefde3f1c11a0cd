import { EventEmitter } from 'node:events';
import type { Database } from '../db/database';
import { CHANGE_LABEL, CHANGE_LOG_LABEL, CHANGE_NOTICE_PROJECTION, localCommits, type ChangeNotice, type GraphVersion } from './change-log';

/** The epoch of a graph that has no change log yet. */
export const NO_LOG = 'none';

const LOG_HEAD = `MATCH (log:${CHANGE_LOG_LABEL} {id: 'graph'}) RETURN log.epoch AS epoch, log.version AS version`;

/** At most this many changes are read per look, oldest first; the next look reads on. */
const CHANGES_PER_LOOK = 500;
const CHANGES_AFTER = `
MATCH (c:${CHANGE_LABEL}) WHERE c.version > $after
RETURN ${CHANGE_NOTICE_PROJECTION('c')} AS change
ORDER BY c.version
LIMIT ${CHANGES_PER_LOOK}`;

/** The statements the follower runs on its own clock (benchmarks leave them out of a request's count). */
export const FOLLOWER_STATEMENTS: ReadonlySet<string> = new Set([LOG_HEAD, CHANGES_AFTER]);

/**
 * Follows the graph's change log, so that this process knows the graph version (for ETags and
 * `extensions.graphVersion`) and can push every committed change, its own or another process's, to
 * subscribers without a broker: it looks at the log's head every `intervalMs`, at once after a local
 * commit, and reads the changes it has not delivered yet in version order.
 */
export class ChangeFollower {
  private known: GraphVersion | undefined;
  private delivered = 0;
  private timer: NodeJS.Timeout | undefined;
  private looking: Promise<void> | undefined;
  private again = false;
  /** The log of this process's last commit: until a look has read its head, `version` may not include that commit. */
  private localEpoch: string | undefined;
  private readonly notices = new EventEmitter<{ change: [ChangeNotice] }>();
  private readonly onLocalCommit = (notice: ChangeNotice) => {
    this.localEpoch = notice.epoch;
    if (this.known?.epoch === notice.epoch && notice.version > this.known.version) this.known = { epoch: notice.epoch, version: notice.version };
    void this.look();
  };

  constructor(
    private readonly database: Pick<Database, 'read'>,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.notices.setMaxListeners(0);
  }

  /** Reads the log's head once (so the version is known before the first request), then keeps following. */
  async start(): Promise<void> {
    await this.look();
    localCommits.on('committed', this.onLocalCommit);
    this.timer = setInterval(() => void this.look(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    localCommits.off('committed', this.onLocalCommit);
  }

  /** The newest graph version this process knows of; undefined before the log's head was first read. */
  get version(): GraphVersion | undefined {
    return this.known;
  }

  /**
   * Resolves once `version` includes every change this process committed: at once, except after the
   * first change of a new log (a fresh or cleared graph), whose epoch the look it started is reading.
   */
  async ownCommitsKnown(): Promise<void> {
    if (this.localEpoch !== undefined && this.known?.epoch !== this.localEpoch) await this.looking;
  }

  /** Calls `listener` with every change committed from now on, in version order; returns the unsubscribe. */
  subscribe(listener: (notice: ChangeNotice) => void): () => void {
    this.notices.on('change', listener);
    return () => this.notices.off('change', listener);
  }

  get subscribers(): number {
    return this.notices.listenerCount('change');
  }

  /** One look at a time; a look asked for during one runs once more right after it. */
  look(): Promise<void> {
    if (this.looking) {
      this.again = true;
      return this.looking;
    }
    this.looking = (async () => {
      do {
        this.again = false;
        try {
          await this.readLog();
        } catch (error) {
          this.onError(error);
        }
      } while (this.again);
      this.looking = undefined;
    })();
    return this.looking;
  }

  private async readLog(): Promise<void> {
    const [head] = await this.database.read(LOG_HEAD);
    // No log yet: version 0 of no epoch, until the first write starts one.
    const epoch = (head?.epoch as string | undefined) ?? NO_LOG;
    const version = (head?.version as number | undefined) ?? 0;
    if (this.known?.epoch !== epoch) {
      // First look: deliver what comes from now on. A log started since the last look: deliver all of it.
      // A different log (the graph was cleared and written again): deliver from its start, too.
      this.delivered = this.known === undefined ? version : 0;
      this.known = { epoch, version };
    }
    if (version > this.known.version) this.known = { epoch, version };
    while (this.delivered < version) {
      const rows = await this.database.read(CHANGES_AFTER, { after: this.delivered });
      if (rows.length === 0) break;
      for (const row of rows) {
        const notice = { ...(row.change as Omit<ChangeNotice, 'epoch'>), epoch };
        this.delivered = notice.version;
        this.notices.emit('change', notice);
      }
    }
  }
}
