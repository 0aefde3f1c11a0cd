import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../platform/config/logger';
import { HttpRefusal, sendError, sendNotFound, type Exchange, type Route } from '../../platform/http/route';
import { metrics } from '../../platform/observability/metrics';



/** Routes by exact path first (in the order given), then the predicate routes in order. */
export class RouteTable {
  private readonly byPath = new Map<string, Route[]>();
  private readonly byPredicate: Route[] = [];

  constructor(routes: readonly Route[]) {
    for (const route of routes) {
      if (route.path === undefined) this.byPredicate.push(route);
      else this.byPath.set(route.path, [...(this.byPath.get(route.path) ?? []), route]);
    }
  }

  find(exchange: Exchange): Route | undefined {
    const { pathname } = exchange.url;
    const method = exchange.request.method ?? 'GET';
    const fits = (route: Route) => (!route.methods || route.methods.includes(method)) && (!route.when || route.when(exchange));
    return this.byPath.get(pathname)?.find(fits) ?? this.byPredicate.find((route) => route.matches?.(pathname) && fits(route));
  }
}

export interface FrontOptions {
  host: string;
  port: number;
  routes: readonly Route[];
  logger: Logger;
}

export interface RunningFront {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish within `graceMs`, then closes every connection. */
  close(graceMs: number): Promise<void>;
}

/** The one HTTP front: request id, routing, refusals and failures answered alike, in-flight counting and draining. */
export async function startFront({ host, port, routes, logger }: FrontOptions): Promise<RunningFront> {
  const table = new RouteTable(routes);
  let inFlight = 0;
  let draining = false;

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const requestId = (request.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    const exchange: Exchange = { request, response, url: new URL(request.url ?? '/', 'http://localhost'), requestId };
    if (draining) response.setHeader('connection', 'close');
    try {
      const route = table.find(exchange);
      if (route) await route.handle(exchange);
      else sendNotFound(response);
    } catch (error) {
      if (error instanceof HttpRefusal) return sendError(response, error.status, error.code, error.message, requestId, error.headers);
      logger.error('request failed', { requestId, error: (error as Error).message, stack: (error as Error).stack });
      if (!response.headersSent) sendError(response, 500, 'INTERNAL', 'Internal server error.', requestId);
      else response.end();
    }
  }

  const server = http.createServer((request, response) => {
    inFlight += 1;
    metrics.httpInFlight.inc();
    // In flight until its handler is done and its response closed: a client that leaves does not
    // stop the work it started, and closing must not stop Apollo and the driver under that work.
    let unfinished = 2;
    const finished = () => {
      unfinished -= 1;
      if (unfinished > 0) return;
      inFlight -= 1;
      metrics.httpInFlight.dec();
    };
    response.on('close', finished);
    void handle(request, response).finally(finished);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}/graphql`,
    port: bound,
    async close(graceMs: number) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + graceMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      server.closeAllConnections();
      await closed;
    },
  };
}
