import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from '../config/logger';
import type { GraphContext } from '../graphql/context';
import { databaseErrorCode } from '../graphql/errors';

/** Codes that describe the client's request, logged as warnings; anything else is our failure. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST']);

/**
 * Logs every error once, with the request id that the response also carries, and one line per
 * request (at debug) with its duration and database round trips. Hooks are per request, never per field.
 */
export function loggingPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = error instanceof GraphQLError ? error.originalError : error;
            const code = databaseErrorCode(original) ?? (error.extensions?.code as string | undefined) ?? 'INTERNAL';
            const fields = { requestId: contextValue.requestId, operationName, code, error: error.message };
            if (CLIENT_CODES.has(code)) logger.warn('request error', fields);
            else logger.error('request failed', { ...fields, cause: original?.message, stack: original?.stack });
          }
        },
        async willSendResponse({ operationName }) {
          logger.debug('request', {
            requestId: contextValue.requestId,
            operationName,
            ms: Math.round(performance.now() - started),
            roundTrips: contextValue.stats.roundTrips,
          });
        },
      };
    },
  };
}
