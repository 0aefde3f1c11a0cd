import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { RequestBookmarks } from '../../engine/db/bookmarks';

/**
 * Read-your-writes across requests: a response to a request that wrote carries the write's Neo4j
 * bookmark in this header; a later request that sends it back reads a graph with that write applied,
 * on whichever cluster member or service replica serves it. Several may be sent, comma-separated.
 */
export const BOOKMARK_HEADER = 'x-neo4j-bookmark';

/** At most this many bookmarks, each at most this long: Neo4j's are a few dozen characters. */
const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 512;
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]+$/;

export class BadBookmarkError extends Error {
  constructor(detail: string) {
    super(`The ${BOOKMARK_HEADER} header ${detail}: send back only the values of earlier responses' ${BOOKMARK_HEADER} headers, comma-separated.`);
  }
}

/** The request's bookmarks, from its header; BadBookmarkError for a header that cannot hold bookmarks. */
export function requestBookmarks(headers: IncomingHttpHeaders): RequestBookmarks {
  const raw = headers[BOOKMARK_HEADER];
  const values = (Array.isArray(raw) ? raw.join(',') : (raw ?? ''))
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  if (values.length > MAX_BOOKMARKS) throw new BadBookmarkError(`holds ${values.length} bookmarks, more than ${MAX_BOOKMARKS}`);
  const bad = values.find((value) => value.length > MAX_BOOKMARK_LENGTH || !BOOKMARK.test(value));
  if (bad !== undefined) throw new BadBookmarkError('holds a value that is not a bookmark');
  return new RequestBookmarks(values);
}

/** Sets the header when the request wrote; several replicas' clients then read their own writes. */
export function sendBookmarks(response: ServerResponse, bookmarks: RequestBookmarks): void {
  const written = bookmarks.afterWrites();
  if (written && written.length > 0) response.setHeader(BOOKMARK_HEADER, written.join(', '));
}
