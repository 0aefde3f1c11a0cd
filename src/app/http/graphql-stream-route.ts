import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST, getVariableValues, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createHandler, type ExecutionResult, type Handler, type OperationArgs, type RequestParams } from 'graphql-sse';
import type { GraphContext } from '../../engine/context';
import type { Principal } from '../../platform/auth/roles';
import type { Logger } from '../../platform/config/logger';
import { ErrorCode, formatError } from '../../platform/graphql/errors';
import { limitRules, type RequestLimits } from '../../platform/graphql/limits';
import { HttpRefusal, type Exchange, type Route } from '../../platform/http/route';
import { metrics } from '../../platform/observability/metrics';
import { readBody } from './graphql-route';
import { STREAM_PATH } from './subscription-refusal-plugin';

export interface StreamRouteOptions {
  schema: GraphQLSchema;
  limits: RequestLimits;
  /** Open streams this process holds at most; one more is refused with 503 TOO_MANY_STREAMS. */
  maxStreams: number;
  logger: Logger;
  authenticate(request: IncomingMessage): Promise<Principal>;
  context(request: { requestId: string; principal: Principal }): GraphContext;
}

/** Who opened a stream, as the GraphQL over SSE handler carries it to the operation. */
interface StreamRequest {
  requestId: string;
  principal: Principal;
}

type Raw = IncomingMessage;
type StreamContext = GraphContext & Record<PropertyKey, unknown>;

/** A refusal as the stream's one result (graphql-sse tells a result from execution arguments by its `data`). */
function refusal(errors: readonly GraphQLError[]): ExecutionResult {
  return { data: null, errors };
}

function failure(code: string, message: string): ExecutionResult {
  return refusal([new GraphQLError(message, { extensions: { code } })]);
}

/** Validation as /graphql does it (the spec's rules and the request limits), each document once; errors carry their code. */
function validator(limits: RequestLimits): (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[] {
  const rules = [...specifiedRules, ...limitRules(limits)];
  const outcomes = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  return (schema, document) => {
    let errors = outcomes.get(document);
    if (!errors) {
      errors = validate(schema, document, rules).map(
        (error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...error.extensions } }),
      );
      outcomes.set(document, errors);
    }
    return errors;
  };
}

/**
 * Prepares one operation: parsed within the token limit, validated, a subscription (queries and
 * mutations go to /graphql, through admission and the cost gate), its variables coerced; a refusal is
 * the stream's one event, with its code, as the protocol reports validation errors.
 */
function preparer(options: StreamRouteOptions, validateDocument: ReturnType<typeof validator>) {
  return (request: { context: StreamRequest }, params: RequestParams): ExecutionResult | OperationArgs<StreamContext> => {
    let document: DocumentNode;
    try {
      document = parse(params.query, { maxTokens: options.limits.maxTokens });
    } catch (error) {
      return failure('GRAPHQL_PARSE_FAILED', (error as Error).message);
    }
    const errors = validateDocument(options.schema, document);
    if (errors.length > 0) return refusal(errors);
    const operation = getOperationAST(document, params.operationName);
    if (!operation) return failure('GRAPHQL_VALIDATION_FAILED', 'The document names no single operation to run: give operationName.');
    if (operation.operation !== 'subscription') {
      return failure('BAD_REQUEST', `${STREAM_PATH} streams subscriptions; send queries and mutations to /graphql.`);
    }
    const variables = getVariableValues(options.schema, operation.variableDefinitions ?? [], params.variables ?? {});
    if (variables.errors) return refusal(variables.errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT } })));
    const contextValue = options.context(request.context) as StreamContext;
    return { schema: options.schema, document, operationName: params.operationName, variableValues: params.variables, contextValue };
  };
}

/** The GraphQL over SSE handler, in distinct-connection mode only (one operation per stream, no stream tokens). */
function streamHandler(options: StreamRouteOptions): Handler<Raw, StreamRequest> {
  const validateDocument = validator(options.limits);
  return createHandler<Raw, StreamRequest, StreamContext>({
    schema: options.schema,
    validate: (schema, document) => [...validateDocument(schema, document)],
    authenticate: () => null,
    onSubscribe: preparer(options, validateDocument),
    onNext(_context, request, result) {
      if (!result.errors) return;
      const errors = result.errors.map((error) => {
        const formatted = formatError(error instanceof GraphQLError ? error.toJSON() : error, error);
        if (formatted.extensions?.code === ErrorCode.INTERNAL) options.logger.error('subscription failed', { requestId: request.context.requestId, error: error.message });
        return formatted;
      });
      // The protocol sends errors as JSON: the formatted shape is what goes on the wire.
      return { ...result, errors: errors as unknown as GraphQLError[] };
    },
  });
}

/** Writes one event, resolving when it is handed to the socket (a slow client holds the stream, not the queue). */
function writeEvent(response: ServerResponse, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => response.write(chunk, (error) => (error ? reject(error) : resolve())));
}

/**
 * GET and POST /graphql/stream: subscriptions over the GraphQL over Server-Sent Events protocol
 * (graphql-sse). Authenticated as /graphql; at most `maxStreams` open at once; each stream ends when its
 * client leaves, and all of them when the server closes (without `complete`, so clients reconnect elsewhere).
 * graphql-sse sends a comment every 12 s, which keeps proxies from closing an idle stream.
 */
export class SubscriptionStreams {
  readonly route: Route;
  private readonly handler: Handler<Raw, StreamRequest>;
  private readonly open = new Set<AsyncGenerator<string, void, undefined>>();
  private accepted = 0;
  private closing = false;

  constructor(private readonly options: StreamRouteOptions) {
    this.handler = streamHandler(options);
    this.route = { path: STREAM_PATH, methods: ['GET', 'POST'], handle: (exchange) => this.serve(exchange) };
  }

  /** Streams open now. */
  get size(): number {
    return this.accepted;
  }

  /** Refuses new streams and ends the open ones. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.open].map((events) => events.return(undefined)));
  }

  private async serve({ request, response, requestId }: Exchange): Promise<void> {
    if (!(request.headers.accept ?? '').includes('text/event-stream')) {
      throw new HttpRefusal(406, 'NOT_ACCEPTABLE', `${STREAM_PATH} answers with an event stream: send Accept: text/event-stream (queries and mutations go to /graphql).`);
    }
    const principal = await this.options.authenticate(request);
    if (this.closing) throw new HttpRefusal(503, ErrorCode.OVERLOADED, 'The service is stopping; connect again.', { 'retry-after': '1' });
    if (this.accepted >= this.options.maxStreams) {
      throw new HttpRefusal(503, ErrorCode.TOO_MANY_STREAMS, `This service holds at most ${this.options.maxStreams} open subscription streams; try again later.`, { 'retry-after': '5' });
    }
    this.accepted += 1;
    metrics.subscriptionStreams.inc();
    try {
      await this.respond(request, response, requestId, principal);
    } finally {
      this.accepted -= 1;
      metrics.subscriptionStreams.dec();
    }
  }

  private async respond(request: IncomingMessage, response: ServerResponse, requestId: string, principal: Principal): Promise<void> {
    const body = request.method === 'POST' ? await readBody(request, this.options.limits.maxBodyBytes) : null;
    const [events, init] = await this.handler({
      method: request.method ?? 'GET',
      url: request.url ?? STREAM_PATH,
      // graphql-sse streams only when Accept is exactly text/event-stream; any accept that includes it counts here.
      headers: { get: (key) => (key === 'accept' ? 'text/event-stream' : [request.headers[key] ?? []].flat().join('\n') || null) },
      body,
      raw: request,
      context: { requestId, principal },
    });
    // x-accel-buffering: nginx passes the events on as they come instead of buffering the response.
    response.writeHead(init.status, init.statusText, { ...init.headers, 'x-request-id': requestId, 'x-accel-buffering': 'no' });
    if (events === null || typeof events === 'string') return void response.end(events ?? undefined);
    this.open.add(events);
    const leave = () => void events.return(undefined);
    response.once('close', leave);
    try {
      for await (const chunk of events) await writeEvent(response, chunk);
    } catch (error) {
      // A client that left mid-write is no failure; the loop's exit has ended its operation either way.
      if (!response.destroyed) this.options.logger.warn('subscription stream failed', { requestId, error: (error as Error).message });
    } finally {
      response.off('close', leave);
      this.open.delete(events);
      response.end();
    }
  }
}
