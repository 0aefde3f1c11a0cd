import type { ApolloServerPlugin } from '@apollo/server';
import type { Span } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import type { Logger } from '../../platform/config/logger';
import type { GraphContext } from '../../engine/context';
import { databaseErrorCode } from '../../platform/graphql/errors';
import { metrics } from '../../platform/observability/metrics';
import { tracer } from '../../platform/observability/tracing';

/** Codes that describe the client's request, logged as warnings; anything else is our failure. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST']);

/**
 * Per request (never per field): logs every error once with the request id, which the error's
 * extensions and the `x-request-id` header also carry; counts requests, durations and errors for
 * /metrics; and wraps the request in an OpenTelemetry span.
 */
export function observabilityPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const span: Span = tracer.startSpan('graphql.request', { attributes: { 'collab_graph.request_id': contextValue.requestId } });
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = error instanceof GraphQLError ? error.originalError : error;
            const code = (error.extensions?.limitCode as string | undefined) ?? databaseErrorCode(original) ?? (error.extensions?.code as string | undefined) ?? 'INTERNAL';
            const fields = { requestId: contextValue.requestId, operationName, code, error: error.message };
            // A researcher's Cypher refused or failing is about their query, not the service.
            if (CLIENT_CODES.has(code) || code.startsWith('CYPHER_') || error.extensions?.limitCode) logger.warn('request error', fields);
            else logger.error('request failed', { ...fields, cause: original?.message, stack: original?.stack });
          }
        },
        async willSendResponse({ operationName, response }) {
          const operation = metrics.operationLabels.label(operationName);
          const seconds = (performance.now() - started) / 1000;
          metrics.requests.inc({ operation });
          metrics.requestSeconds.observe({ operation }, seconds);
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            for (const error of response.body.singleResult.errors) {
              metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL') });
              if (error.extensions) (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
          span.setAttribute('graphql.operation.name', operation);
          span.end();
          logger.debug('request', { requestId: contextValue.requestId, operationName, ms: Math.round(seconds * 1000), roundTrips: contextValue.stats.roundTrips });
        },
      };
    },
  };
}
