import type { IncomingMessage, ServerResponse } from 'node:http';

/** What every route (the front's and the features') shares: the exchange, the route, refusals and JSON answers. */

/** One request as every route sees it. */
export interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  /** The client's `x-request-id` (at most 100 characters) or a new UUID; every error answer carries it. */
  requestId: string;
}

/**
 * One route of the front: an exact `path` (found by one map look-up) or a `matches` predicate for a
 * family of paths; `methods` (any when absent) and `when` narrow it further. Features declare their
 * own routes; the front names none of them.
 */
export interface Route {
  path?: string;
  matches?: (pathname: string) => boolean;
  methods?: readonly string[];
  when?: (exchange: Exchange) => boolean;
  handle(exchange: Exchange): void | Promise<void>;
}

/** A refusal a route throws: the front answers it as a GraphQL-shaped error with this status, code and headers. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpRefusal';
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

/** An error answer in the GraphQL response shape, with the request id in its header. */
export function sendError(response: ServerResponse, status: number, code: string, message: string, requestId: string, headers: Record<string, string> = {}): void {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] }, { ...headers, 'x-request-id': requestId });
}

export function sendNotFound(response: ServerResponse): void {
  sendJson(response, 404, { error: 'Not found. The API is at /graphql.' });
}
