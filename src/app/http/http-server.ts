import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { AuthenticationError, Authenticator } from '../../platform/auth/authenticator';
import type { Logger } from '../../platform/config/logger';
import { Role, type Principal } from '../../platform/auth/roles';
import { CypherGate } from '../../features/cypher/cypher.gate';
import { warmCypherParser } from '../../features/cypher/cypher.parser';
import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from '../../features/cypher/cypher.limits';
import { Deadline } from '../../engine/db/deadline';
import { serveExport } from '../../features/export/export.http';
import { isExplorerPath, serveExplorer } from '../../web/explorer/explorer.http';
import { isCuratePath, serveCurate } from '../../web/curate/curate.http';
import type { Database } from '../../engine/db/database';
import { migrationsApplied } from '../../engine/db/migrations';
import { createContext, type GraphContext } from '../context';
import { ErrorCode, formatError } from '../../platform/graphql/errors';
import { DEFAULT_LIMITS, LimitCode, limitRules, type RequestLimits } from '../../platform/graphql/limits';
import { requestUnits } from './request-units';
import { Admission, ClientGoneError, DEFAULT_ADMISSION_LIMITS, OverloadedError, type AdmissionLimits } from './admission';
import { costLimitPlugin } from './cost-limit-plugin';
import { jitGateway } from './jit-gateway';
import { serveBuiltAsset } from '../../web/assets/browser-assets';
import { serveCypherPage } from '../../web/cypher/cypher.http';
import { serveGraphiQL } from '../../web/graphiql/graphiql.http';
import { cacheControlPlugin } from './cache-control-plugin';
import { metrics } from '../../platform/observability/metrics';
import { observabilityPlugin } from './observability-plugin';
import { DEFAULT_PROPOSER_LIMITS, ProposerPool, type ProposerLimits } from '../../features/propose/propose.pool';

export interface HttpServerOptions {
  schema: GraphQLSchema;
  database: Database;
  logger: Logger;
  host: string;
  port: number;
  production: boolean;
  limits?: RequestLimits;
  /** Who may do what; by default anonymous readers only. */
  authenticator?: Authenticator;
  /** Researchers' Cypher limits; those not given keep their defaults. */
  cypher?: Partial<CypherLimits>;
  /** Every GraphQL request's time budget from its arrival; by default 15 s. */
  requestTimeoutMs?: number;
  admission?: AdmissionLimits;
  /** The proposer's worker threads and queue; by default one thread, four waiting. */
  proposer?: ProposerLimits;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/**
 * How long after its deadline a request may take to be answered through GraphQL (its resolvers fail
 * with QUERY_TIMEOUT at the deadline) before the server answers it with HTTP 504 itself.
 */
const DEADLINE_GRACE_MS = 300;

export interface RunningHttpServer {
  url: string;
  port: number;
  apollo: ApolloServer<GraphContext>;
  /** The threads that read texts into drafts (`proposeDocument`). */
  proposer: ProposerPool;
  /** Stops accepting, lets in-flight requests finish within `graceMs`, then stops Apollo. */
  close(graceMs: number): Promise<void>;
}

class BodyTooLargeError extends Error {}

/** Reads the body up to `maxBytes`; a larger one is drained (so the client gets the 413) and refused. */
function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
    request.resume();
    return Promise.reject(new BodyTooLargeError());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    request.on('end', () => (size > maxBytes ? reject(new BodyTooLargeError()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

function graphqlError(response: ServerResponse, status: number, code: string, message: string, requestId: string) {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] }, { 'x-request-id': requestId });
}

/** Request errors the GraphQL engine reports (rather than the HTTP layer). */
const GRAPHQL_REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

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

/** A browser asking for the page (GraphiQL), not a GraphQL client asking for JSON. */
function wantsIde(request: IncomingMessage, url: URL): boolean {
  return request.method === 'GET' && !url.searchParams.has('query') && (request.headers.accept ?? '').includes('text/html');
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

/**
 * A plain Node HTTP server around Apollo's `executeHTTPGraphQLRequest`: the GraphQL endpoint,
 * health and readiness probes, and the browser pages (GraphiQL, Cypher, the explorer, all offline),
 * with no framework in the request path.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { schema, database, logger } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const authenticator = options.authenticator ?? Authenticator.openReadOnly();
  const cypher: CypherLimits = { ...DEFAULT_CYPHER_LIMITS, ...options.cypher };
  const cypherGate = new CypherGate(cypher);
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const admissionLimits = options.admission ?? DEFAULT_ADMISSION_LIMITS;
  const admission = new Admission(admissionLimits);
  const unitsOf = requestUnits(schema, limits.maxTokens);
  const proposer = new ProposerPool(options.proposer ?? DEFAULT_PROPOSER_LIMITS, logger);
  if (authenticator.mayGrant(Role.RESEARCHER)) warmCypherParser();
  const apollo = new ApolloServer<GraphContext>({
    gateway: jitGateway(schema),
    formatError,
    includeStacktraceInErrorResponses: !options.production,
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    validationRules: limitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: limits.maxBatchSize > 0,
    // The service drains and stops in order itself (main.ts); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    // CSRF prevention guards cookie or IP-based credentials; this API takes none (credentials travel in
    // headers), and the prevention would refuse plain GET queries that the GraphQL-over-HTTP spec allows.
    csrfPrevention: false,
    // Apollo's own cache-control plugin hooks every field; ours works per document (see cache-control-plugin).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(schema, limits.maxCost),
      cacheControlPlugin(schema),
      observabilityPlugin(logger),
    ],
  });
  await apollo.start();
  let migrated = false;
  let inFlight = 0;
  let draining = false;

  async function ready(): Promise<{ ok: boolean; reason?: string }> {
    try {
      await database.verifyConnectivity();
      migrated ||= await migrationsApplied(database);
      return migrated ? { ok: true } : { ok: false, reason: 'migrations not applied' };
    } catch (error) {
      return { ok: false, reason: `Neo4j unreachable: ${(error as Error).message}` };
    }
  }

  /** HTTP 503 OVERLOADED after the refusal pause (see AdmissionLimits.refusalDelayMs). */
  async function refuseOverloaded(response: ServerResponse, error: OverloadedError, requestId: string) {
    if (admissionLimits.refusalDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, admissionLimits.refusalDelayMs));
    if (response.destroyed) return;
    response.setHeader('retry-after', String(error.retryAfterSeconds));
    graphqlError(response, 503, ErrorCode.OVERLOADED, error.message, requestId);
  }

  async function graphql(request: IncomingMessage, response: ServerResponse, url: URL, requestId: string, principal: Principal, deadline: Deadline) {
    // Refused before its body is read: under overload a refusal must cost next to nothing.
    if (admission.saturated) return refuseOverloaded(response, admission.refuseNewcomer(), requestId);
    let body: unknown;
    if (request.method === 'POST') {
      const text = await readBody(request, limits.maxBodyBytes);
      const contentType = request.headers['content-type'] ?? '';
      if (contentType.includes('json')) {
        try {
          body = JSON.parse(text);
        } catch {
          graphqlError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON.', requestId);
          return;
        }
      } else {
        body = text;
      }
      if (Array.isArray(body) && body.length > limits.maxBatchSize) {
        const [code, message] =
          limits.maxBatchSize === 0
            ? [LimitCode.BATCHING_DISABLED, 'Batched requests are not enabled on this server (MAX_BATCH_SIZE is 0).']
            : [LimitCode.BATCH_TOO_LARGE, `A batch holds at most ${limits.maxBatchSize} operations; this one holds ${body.length}.`];
        graphqlError(response, 400, code, message, requestId);
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: request.method ?? 'GET', headers, search: url.search, body };
    let release: () => void;
    // A client that gives up while queued needs no answer, and its place goes to the next one.
    const abandoned = new AbortController();
    const onClose = () => abandoned.abort();
    response.once('close', onClose);
    try {
      release = await admission.admit(deadline, abandoned.signal, unitsOf(body, url));
    } catch (error) {
      if (error instanceof ClientGoneError) return;
      if (!(error instanceof OverloadedError)) throw error;
      return refuseOverloaded(response, error, requestId);
    } finally {
      response.off('close', onClose);
    }
    const execution = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => createContext(database, { requestId, principal, cypher, cypherGate, proposer, deadline }),
    });
    void execution.then(release, release);
    const result = await answeredBy(execution, deadline.remainingMs() + DEADLINE_GRACE_MS);
    if (!result) {
      logger.warn('request answered by the deadline backstop', { requestId, budgetMs: deadline.budgetMs });
      return graphqlError(response, 504, ErrorCode.QUERY_TIMEOUT, `The request did not finish within its time limit of ${deadline.budgetMs} ms.`, requestId);
    }
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

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const deadline = Deadline.after(requestTimeoutMs);
    const requestId = (request.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (draining) response.setHeader('connection', 'close');
    try {
      if (url.pathname === '/health') return sendJson(response, 200, { status: 'ok' });
      if (url.pathname === '/metrics') {
        const text = await metrics.render();
        response.writeHead(200, { 'content-type': metrics.contentType });
        return response.end(text);
      }
      if (url.pathname === '/ready') {
        const state = await ready();
        return sendJson(response, state.ok ? 200 : 503, state.ok ? { status: 'ready' } : { status: 'unavailable', reason: state.reason });
      }
      if (url.pathname === '/') {
        response.writeHead(302, { location: '/graphql' });
        return response.end();
      }
      if (isExplorerPath(url.pathname) && request.method === 'GET') return serveExplorer(request, response, url.pathname);
      if (isCuratePath(url.pathname) && request.method === 'GET') return serveCurate(request, response, url.pathname);
      if (url.pathname === '/cypher' && request.method === 'GET') return serveCypherPage(response);
      if ((request.method === 'GET' || request.method === 'HEAD') && serveBuiltAsset(request, response, url.pathname)) return;
      if (url.pathname === '/export' && request.method === 'GET') {
        const fail = (status: number, code: string, message: string) => graphqlError(response, status, code, message, requestId);
        return await serveExport(response, url, database, await authenticator.authenticate(request.headers), logger, fail);
      }
      if (url.pathname !== '/graphql') return sendJson(response, 404, { error: 'Not found. The API is at /graphql.' });
      if (wantsIde(request, url)) return serveGraphiQL(response);
      await graphql(request, response, url, requestId, await authenticator.authenticate(request.headers), deadline);
    } catch (error) {
      if (error instanceof AuthenticationError) {
        response.setHeader('www-authenticate', 'Bearer');
        return graphqlError(response, 401, 'UNAUTHENTICATED', error.message, requestId);
      }
      if (error instanceof BodyTooLargeError) {
        response.setHeader('connection', 'close');
        return graphqlError(response, 413, LimitCode.PAYLOAD_TOO_LARGE, `The request body exceeds the limit of ${limits.maxBodyBytes} bytes.`, requestId);
      }
      logger.error('request failed', { requestId, error: (error as Error).message, stack: (error as Error).stack });
      if (!response.headersSent) graphqlError(response, 500, 'INTERNAL', 'Internal server error.', requestId);
      else response.end();
    }
  }

  const server = http.createServer((request, response) => {
    inFlight += 1;
    metrics.httpInFlight.inc();
    response.on('close', () => {
      inFlight -= 1;
      metrics.httpInFlight.dec();
    });
    void handle(request, response);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/graphql`;

  return {
    url,
    port,
    apollo,
    proposer,
    async close(graceMs: number) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + graceMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      server.closeAllConnections();
      await closed;
      await proposer.close();
      await apollo.stop();
    },
  };
}
