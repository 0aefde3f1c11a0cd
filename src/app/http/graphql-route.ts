import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { Principal } from '../../platform/auth/roles';
import type { Logger } from '../../platform/config/logger';
import { Deadline } from '../../engine/db/deadline';
import type { GraphContext } from '../../engine/context';
import { ErrorCode } from '../../platform/graphql/errors';
import { LimitCode, type RequestLimits } from '../../platform/graphql/limits';
import type { Admission } from './admission';
import type { AdmissionTicket, ServiceContext } from './cost-gate-plugin';
import { HttpRefusal, sendError, type Exchange, type Route } from '../../platform/http/route';
import type { DatabaseHealth } from '../../engine/db/database-health';
import type { RequestBookmarks } from '../../engine/db/bookmarks';
import { BadBookmarkError, requestBookmarks, sendBookmarks } from './bookmark-header';
import { sendProbeAnswer, unavailableRefusal } from './database-probes';
import type { GraphVersion } from '../../engine/changes/change-log';
import { metrics } from '../../platform/observability/metrics';
import { entityTag, isNotModified, sendNotModified } from './revalidation';

/**
 * How long after its deadline a request may take to be answered through GraphQL (its resolvers fail
 * with QUERY_TIMEOUT at the deadline) before the server answers it with HTTP 504 itself.
 */
const DEADLINE_GRACE_MS = 300;

/** Request errors the GraphQL engine reports (rather than the HTTP layer). */
const GRAPHQL_REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

export interface GraphQLRouteOptions {
  apollo: ApolloServer<ServiceContext>;
  admission: Admission;
  limits: RequestLimits;
  /** Every request's time budget from its arrival. */
  requestTimeoutMs: number;
  logger: Logger;
  authenticate(request: IncomingMessage): Promise<Principal>;
  /** The resolvers' context of one request. */
  context(request: { requestId: string; principal: Principal; deadline: Deadline; bookmarks: RequestBookmarks }): GraphContext;
  /** The embedded Neo4j's supervisor: requests are refused at once while it restarts. */
  databaseHealth?: DatabaseHealth;
  /** ETags of GET queries: the graph version this process knows, and what else the answers depend on (revalidation.ts). */
  revalidation: { server: string; graphVersion(): GraphVersion | undefined };
}

/** The bookmarks the client sent back (read-your-writes); a header that holds none is a 400. */
function bookmarksOf(request: IncomingMessage): RequestBookmarks {
  try {
    return requestBookmarks(request.headers);
  } catch (error) {
    if (error instanceof BadBookmarkError) throw new HttpRefusal(400, 'BAD_REQUEST', error.message);
    throw error;
  }
}

/** Reads the body up to `maxBytes`; a larger one is drained (so the client gets the 413) and refused. */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const tooLarge = () => new HttpRefusal(413, LimitCode.PAYLOAD_TOO_LARGE, `The request body exceeds the limit of ${maxBytes} bytes.`, { connection: 'close' });
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
    request.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    request.on('end', () => (size > maxBytes ? reject(tooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

/** A POST body as Apollo takes it: JSON when the content type says so, within the batch limit. */
async function readGraphQLBody(request: IncomingMessage, limits: RequestLimits): Promise<unknown> {
  const text = await readBody(request, limits.maxBodyBytes);
  if (!(request.headers['content-type'] ?? '').includes('json')) return text;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpRefusal(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
  if (Array.isArray(body) && body.length > limits.maxBatchSize) {
    if (limits.maxBatchSize === 0) throw new HttpRefusal(400, LimitCode.BATCHING_DISABLED, 'Batched requests are not enabled on this server (MAX_BATCH_SIZE is 0).');
    throw new HttpRefusal(400, LimitCode.BATCH_TOO_LARGE, `A batch holds at most ${limits.maxBatchSize} operations; this one holds ${body.length}.`);
  }
  return body;
}

function apolloRequest(request: IncomingMessage, url: URL, body: unknown): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return { method: request.method ?? 'GET', headers, search: url.search, body };
}

/**
 * GraphQL-over-HTTP: a client that accepts only `application/json` (the legacy media type) gets
 * parse, validation and variable errors with status 200; `application/graphql-response+json`
 * clients keep Apollo's 400.
 */
function isLegacyGraphQLFailure(contentType: string | undefined, body: string): boolean {
  if (!contentType?.startsWith('application/json')) return false;
  try {
    const errors = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors ?? [];
    return errors.length > 0 && errors.every((error) => GRAPHQL_REQUEST_ERRORS.has(error.extensions?.code ?? ''));
  } catch {
    return false;
  }
}

/** `work`'s result, or undefined if it is not there within `ms`. */
async function answeredBy<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, ms));
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function writeResult(response: ServerResponse, result: HTTPGraphQLResponse, requestId: string): Promise<void> {
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.setHeader('x-request-id', requestId);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    if (response.statusCode === 400 && isLegacyGraphQLFailure(result.headers.get('content-type'), result.body.string)) response.statusCode = 200;
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/**
 * POST and GET /graphql: authentication, 304 for a GET whose ETag is still current (before anything
 * is parsed or admitted, so that it costs next to nothing), the quick refusal under overload (before
 * the body is read), the body and its limits, then Apollo's plugin chain (which weighs and admits the
 * operation), held to the request's deadline by a backstop.
 */
export function graphqlRoute(options: GraphQLRouteOptions): Route {
  const { apollo, admission, limits, logger } = options;

  async function handle({ request, response, url, requestId }: Exchange): Promise<void> {
    const deadline = Deadline.after(options.requestTimeoutMs);
    const unavailable = unavailableRefusal(options.databaseHealth, requestId);
    if (unavailable) return sendProbeAnswer(response, unavailable);
    const bookmarks = bookmarksOf(request);
    const principal = await options.authenticate(request);
    const tag = entityTag(request, url, principal, options.revalidation.graphVersion(), options.revalidation.server);
    // A client that sends bookmarks may have written through another process this one has not heard of yet: it is read.
    if (tag && !bookmarks.sent && isNotModified(request, tag)) {
      metrics.notModified.inc();
      return sendNotModified(response, tag, principal, requestId);
    }
    if (admission.saturated) {
      const refusal = admission.refuseNewcomer();
      await admission.pauseBeforeRefusal();
      if (!response.destroyed) sendError(response, 503, ErrorCode.OVERLOADED, refusal.message, requestId, { 'retry-after': String(refusal.retryAfterSeconds) });
      return;
    }
    const body = request.method === 'POST' ? await readGraphQLBody(request, limits) : undefined;
    const gone = new AbortController();
    const onClose = () => gone.abort();
    response.once('close', onClose);
    const ticket: AdmissionTicket = { deadline, clientGone: gone.signal, release: () => {} };
    const contextValue: ServiceContext = Object.assign(options.context({ requestId, principal, deadline, bookmarks }), { admission: ticket, entityTag: tag });
    const execution = apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: apolloRequest(request, url, body), context: async () => contextValue });
    const done = () => {
      ticket.release();
      response.off('close', onClose);
    };
    void execution.then(done, done);
    const result = await answeredBy(execution, deadline.remainingMs() + DEADLINE_GRACE_MS);
    // A client that left while its request waited for a place needs no answer.
    if (response.destroyed) return;
    if (!result) {
      logger.warn('request answered by the deadline backstop', { requestId, budgetMs: deadline.budgetMs });
      return sendError(response, 504, ErrorCode.QUERY_TIMEOUT, `The request did not finish within its time limit of ${deadline.budgetMs} ms.`, requestId);
    }
    sendBookmarks(response, bookmarks);
    await writeResult(response, result, requestId);
  }

  return { path: '/graphql', handle };
}
