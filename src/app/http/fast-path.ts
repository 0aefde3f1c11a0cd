import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { GraphQLError, Kind, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Logger } from '../../platform/config/logger';
import type { Admission } from './admission';
import type { AnswerCaching, VersionedContext } from './cache-control-plugin';
import { admitOperation, costRefusal, weigher } from './cost-gate-plugin';
import type { CompiledOperations, PrecomputedContext } from './jit-gateway';
import { RequestObservation, type ObservedContext } from './observability-plugin';

/** At most this many distinct `Accept` headers are remembered with the content type Apollo chose for them. */
const MAX_KNOWN_ACCEPT_HEADERS = 64;

export interface FastPathOptions {
  operations: CompiledOperations;
  maxCost: number;
  admission: Admission;
  logger: Logger;
  cacheAnswer: AnswerCaching;
}

/** The answer, or the request left to Apollo (with what the fast path already did recorded on its context and ticket). */
export type FastAnswer = { response: HTTPGraphQLResponse } | { apollo: true };

/** A request's context as both paths see it. */
export type FastContext = VersionedContext & ObservedContext & PrecomputedContext;

interface FastRequest {
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A POST body the fast path can take as it is: one operation, a query text, no extensions (persisted queries and the like go to Apollo). */
function fastRequest(body: unknown): FastRequest | undefined {
  if (!isRecord(body) || typeof body.query !== 'string' || 'extensions' in body) return undefined;
  const { operationName, variables } = body;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
  return { query: body.query, operationName: operationName ?? undefined, variables: (variables as Record<string, unknown> | null) ?? {} };
}

/** The body Apollo sends for an answer without errors (its fields in Apollo's order); undefined for one that does not serialize (Apollo answers it). */
function stringified(data: ExecutionResult['data'], extensions: ExecutionResult['extensions']): string | undefined {
  try {
    return `${JSON.stringify({ data, extensions })}\n`;
  } catch {
    return undefined;
  }
}

/** The operation Apollo would run: the named one, or the only one. */
function operationOf(definitions: readonly { kind: Kind }[], name: string | undefined): OperationDefinitionNode | undefined {
  const operations = definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (name === undefined) return operations.length === 1 ? operations[0] : undefined;
  return operations.find((operation) => operation.name?.value === name);
}

/**
 * The hot path of a read whose query text Apollo has already parsed and validated: the same steps as
 * Apollo's plugin chain (observability, the cost gate and admission, jit execution, cache headers and
 * the graph version), without Apollo's per-request work (hashing the text, hooks, negotiation, its request objects), which
 * cost an entity read about a fifth of its Node CPU. It answers only what it can answer exactly as
 * Apollo would: a query that ran without errors, for an `Accept` header whose content type Apollo has
 * already chosen. Everything else goes to Apollo; an operation already admitted (or refused) or
 * already executed is handed over with that outcome (`AdmissionTicket.decided`, the precomputed
 * result), so nothing is weighed, admitted or run twice.
 */
export class FastPath {
  private readonly weigh: ReturnType<typeof weigher>;
  private readonly contentTypes = new Map<string, string>();

  constructor(private readonly options: FastPathOptions) {
    this.weigh = weigher(options.operations.schema);
  }

  /** Learns from Apollo's answer to a request the fast path could take the content type Apollo chooses for its `Accept` header. */
  learn(body: unknown, accept: string | undefined, response: HTTPGraphQLResponse): void {
    const contentType = response.headers.get('content-type');
    if (!fastRequest(body) || (response.status ?? 200) !== 200 || response.body.kind !== 'complete' || !contentType || this.contentTypes.has(accept ?? '')) return;
    if (this.contentTypes.size >= MAX_KNOWN_ACCEPT_HEADERS) this.contentTypes.clear();
    this.contentTypes.set(accept ?? '', contentType);
  }

  /** Apollo's answer to `body`, given without Apollo, or `{ apollo: true }` where Apollo must give it (see the class). */
  async answer(body: unknown, accept: string | undefined, context: FastContext): Promise<FastAnswer> {
    const request = fastRequest(body);
    const contentType = this.contentTypes.get(accept ?? '');
    const document = request && this.options.operations.knownDocument(request.query);
    const operation = document && operationOf(document.definitions, request.operationName);
    const ticket = context.admission;
    if (!request || !contentType || !document || operation?.operation !== 'query' || !ticket) return { apollo: true };
    const cost = this.weigh(document, operation, request.variables);
    if (costRefusal(cost, this.options.maxCost)) return { apollo: true };
    context.startedAt = performance.now();
    // The version the answer states, also if Apollo sends it: its data holds every change up to it.
    context.graphVersionAtStart = context.changes?.version;
    let release: () => void;
    try {
      release = await admitOperation(this.options.admission, ticket, operation, cost);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      ticket.decided = { refusal: error };
      return { apollo: true };
    }
    // From here the place is the ticket's: freed with the answer, or by the front once Apollo answers.
    ticket.decided = {};
    const operationName = operation.name?.value ?? null;
    const result = await this.options.operations.run(document, operation, operationName, request.variables, context);
    if (!result || result.errors) return this.leftToApollo(context, result);
    const headers = new HeaderMap();
    const answer = { document, operation, failed: false, context, versionAtStart: context.graphVersionAtStart, extensions: result.extensions };
    const text = stringified(result.data, await this.options.cacheAnswer(headers, answer));
    if (text === undefined) return this.leftToApollo(context, result);
    release();
    headers.set('content-type', contentType);
    new RequestObservation(this.options.logger, context, context.startedAt).answered(operationName);
    return { response: { headers, body: { kind: 'complete', string: text } } };
  }

  /** Errors are Apollo's to format, log and count; a result jit would not produce, Apollo's to run. */
  private leftToApollo(context: FastContext, result: ExecutionResult | undefined): FastAnswer {
    context.precomputedResult = result;
    return { apollo: true };
  }
}
