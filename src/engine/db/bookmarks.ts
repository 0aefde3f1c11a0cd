import neo4j, { type BookmarkManager } from 'neo4j-driver';

/**
 * Read-your-writes for one request, through the driver's bookmark manager: every session of the
 * request shares it, so a read waits until the cluster member it goes to has the bookmarks the
 * client sent (and the request's own writes). On a single Neo4j every member is the writer and
 * nothing waits; on a cluster or Aura a read may go to a follower that has not yet applied a write.
 */
export class RequestBookmarks {
  readonly manager: BookmarkManager;
  /** Whether the client sent bookmarks: it asks to read writes this process may not know of yet. */
  readonly sent: boolean;
  private written: string[] | undefined;

  constructor(initial: Iterable<string> = []) {
    const bookmarks = [...initial];
    this.manager = neo4j.bookmarkManager({ initialBookmarks: bookmarks });
    this.sent = bookmarks.length > 0;
  }

  /** Called after each committed write transaction with the session's bookmarks. */
  recordWrite(bookmarks: string[]): void {
    this.written = bookmarks;
  }

  /** The bookmarks after the request's last write, for the client's next read; undefined if it wrote nothing. */
  afterWrites(): string[] | undefined {
    return this.written;
  }
}
