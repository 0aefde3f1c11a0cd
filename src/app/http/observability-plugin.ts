import type { ApolloServerPlugin } from '@apollo/server';
import type { Span } from '@opentelemetry/api';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../../platform/config/logger';
import type { GraphContext } from '../../engine/context';
import { databaseErrorCode, ErrorCode } from '../../platform/graphql/errors';
import { metrics } from '../../platform/observability/metrics';
import { tracer } from '../../platform/observability/tracing';
import { CLIENT_GONE } from './cost-gate-plugin';

/** Codes that describe the client's request, logged as warnings; anything else is our failure. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST']);
/** Requests refused for capacity, or left by their client while they waited: expected under load, not failures. */
const REFUSAL_CODES = new Set([ErrorCode.OVERLOADED, CLIENT_GONE]);

/** A request's observation: its span, from its start, and what is recorded when its answer is sent. */
export class RequestObservation {
  private readonly span: Span;

  constructor(
    private readonly logger: Logger,
    private readonly context: GraphContext,
    /** `performance.now()` when the request started (before the fast path, if it tried first). */
    private readonly startedAt: number = performance.now(),
  ) {
    this.span = tracer.startSpan('graphql.request', { attributes: { 'collab_graph.request_id': context.requestId }, startTime: performance.timeOrigin + startedAt });
  }

  /** Counts the request and its duration, ends its span; `errors` are counted by code and tagged with the request id. */
  answered(operationName: string | null | undefined, errors?: readonly GraphQLFormattedError[]): void {
    const operation = metrics.operationLabels.label(operationName);
    const seconds = (performance.now() - this.startedAt) / 1000;
    metrics.recordRequest(operation, seconds);
    for (const error of errors ?? []) {
      metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL') });
      if (error.extensions) (error.extensions as Record<string, unknown>).requestId = this.context.requestId;
    }
    this.span.setAttribute('graphql.operation.name', operation);
    this.span.end();
    this.logger.debug('request', { requestId: this.context.requestId, operationName, ms: Math.round(seconds * 1000), roundTrips: this.context.stats.roundTrips });
  }
}

/** When the request started, if it started before Apollo saw it (the fast path tried it first). */
export interface ObservedContext extends GraphContext {
  startedAt?: number;
}

/**
 * Per request (never per field): logs every error once with the request id, which the error's
 * extensions and the `x-request-id` header also carry; counts requests, durations and errors for
 * /metrics; and wraps the request in an OpenTelemetry span.
 */
export function observabilityPlugin(logger: Logger): ApolloServerPlugin<ObservedContext> {
  return {
    async requestDidStart({ contextValue }) {
      const observation = new RequestObservation(logger, contextValue, contextValue.startedAt);
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = error instanceof GraphQLError ? error.originalError : error;
            const code = (error.extensions?.limitCode as string | undefined) ?? databaseErrorCode(original) ?? (error.extensions?.code as string | undefined) ?? 'INTERNAL';
            const fields = { requestId: contextValue.requestId, operationName, code, error: error.message };
            // A researcher's Cypher refused or failing is about their query, not the service.
            if (CLIENT_CODES.has(code) || REFUSAL_CODES.has(code) || code.startsWith('CYPHER_') || error.extensions?.limitCode) logger.warn('request error', fields);
            else logger.error('request failed', { ...fields, cause: original?.message, stack: original?.stack });
          }
        },
        async willSendResponse({ operationName, response }) {
          observation.answered(operationName, response.body.kind === 'single' ? response.body.singleResult.errors : undefined);
        },
      };
    },
  };
}
