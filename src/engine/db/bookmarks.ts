import neo4j, { type BookmarkManager } from 'neo4j-driver';

/**
 * Read-your-writes for one request, through the driver's bookmark manager: every session of the
 * request shares it, so a read waits until the cluster member it goes to has the bookmarks the
 * client sent (and the request's own writes). On a single Neo4j every member is the writer and
 * nothing waits; on a cluster or Aura a read may go to a follower that has not yet applied a write.
 */
export class RequestBookmarks {
  /** Whether the client sent bookmarks: it asks to read writes this process may not know of yet. */
  readonly sent: boolean;
  /**
   * Made once there is a bookmark to wait for (sent, or written by the request). Until then sessions
   * run without one: a manager costs every statement two asynchronous bookmark look-ups in the driver,
   * about 2 % of a one-entity read's Node CPU in a profile at one connection, to wait for nothing.
   */
  private shared: BookmarkManager | undefined;
  private written: string[] | undefined;

  constructor(initial: Iterable<string> = []) {
    const bookmarks = [...initial];
    this.sent = bookmarks.length > 0;
    if (this.sent) this.shared = neo4j.bookmarkManager({ initialBookmarks: bookmarks });
  }

  /** The manager the request's sessions share; undefined while there is nothing to wait for. */
  get manager(): BookmarkManager | undefined {
    return this.shared;
  }

  /** Called after each committed write transaction with the session's bookmarks; later sessions wait for them. */
  recordWrite(bookmarks: string[]): void {
    this.written = bookmarks;
    // A session that had the manager already told it; one that ran without hands its bookmarks over here.
    this.shared ??= neo4j.bookmarkManager({ initialBookmarks: bookmarks });
  }

  /** The bookmarks after the request's last write, for the client's next read; undefined if it wrote nothing. */
  afterWrites(): string[] | undefined {
    return this.written;
  }
}
