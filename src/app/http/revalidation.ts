import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { printSchema, type GraphQLSchema } from 'graphql';
import type { GraphVersion } from '../../engine/changes/change-log';
import type { Principal } from '../../platform/auth/roles';

/**
 * Dashboards that revalidate for free: a GET query's answer is a function of its document, variables
 * and operation name, the caller's role, the media type asked for, the schema, and the graph, whose
 * version the change log counts. The entity tag hashes exactly these, so the route can answer a
 * current `If-None-Match` with 304 from the raw request, before anything is parsed, admitted or read.
 */

/** What the answer depends on besides the request and the graph: the schema and how errors are shown. */
export function serverIdentity(schema: GraphQLSchema, production: boolean): string {
  return createHash('sha256').update(printSchema(schema)).update(production ? '\0production' : '\0development').digest('base64url');
}

/** The request parameters Apollo reads from a GET (GraphQL over HTTP, and automatic persisted queries in `extensions`). */
const GET_PARAMETERS = ['query', 'variables', 'operationName', 'extensions'] as const;

/**
 * The weak entity tag of a GET GraphQL request at `version`, or undefined when it cannot have one (not
 * a GET, no document, a caller with no role). Weak: equal tags promise the same answer, not the same
 * bytes (the body's `graphVersion` may be newer than the tag's, and unordered lists may come back in
 * another order). The version is the one known before the graph is read, so the data is never older
 * than the tag says; a tag older than the data only costs one more full answer.
 */
export function entityTag(request: IncomingMessage, url: URL, principal: Principal, version: GraphVersion | undefined, server: string): string | undefined {
  if (request.method !== 'GET' || version === undefined || principal.role === undefined) return undefined;
  const values = GET_PARAMETERS.map((name) => url.searchParams.get(name));
  if (values[0] === null && values[3] === null) return undefined;
  const hash = createHash('sha256');
  for (const part of [server, version.epoch, principal.role, principal.authenticated ? 'credential' : 'anonymous', request.headers.accept ?? '', ...values]) {
    hash.update(part ?? '\u0001').update('\0');
  }
  return `W/"${version.version}-${hash.digest('base64url').slice(0, 27)}"`;
}

/** Whether `If-None-Match` names `tag`, by the weak comparison RFC 9110 asks for (`*` is not taken: only an answer this server tagged is known to exist). */
export function isNotModified(request: IncomingMessage, tag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  const opaque = tag.slice(2);
  return header.split(',').some((candidate) => {
    const trimmed = candidate.trim();
    return (trimmed.startsWith('W/') ? trimmed.slice(2) : trimmed) === opaque;
  });
}

/**
 * Cache-Control of a cacheable answer: any cache may keep it (only the caller's, `private`, when a
 * credential chose it) but must ask again before each use, so no client shows a graph older than the
 * last write; the ETag makes asking again cost a 304.
 */
export function revalidatingCacheControl(principal: Principal): string {
  return `${principal.authenticated ? 'private' : 'public'}, no-cache`;
}

/** The request headers a cached GraphQL answer depends on (the credential, and the media type asked for). */
export const GRAPHQL_VARY = 'Accept, Authorization, X-API-Key';

/** 304 Not Modified: the validator and the cache headers the 200 would carry, no body. */
export function sendNotModified(response: ServerResponse, tag: string, principal: Principal, requestId: string): void {
  response.writeHead(304, { etag: tag, 'cache-control': revalidatingCacheControl(principal), vary: GRAPHQL_VARY, 'x-request-id': requestId });
  response.end();
}
