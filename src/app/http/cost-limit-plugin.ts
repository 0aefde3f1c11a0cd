import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { fragmentsOf, LimitCode, limitError, operationCost } from '../../platform/graphql/limits';

/**
 * Refuses an operation whose list sizes multiply past `maxCost` objects. It runs once per request,
 * after the operation is known and before anything executes, because `first` may be a variable.
 */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, operation, fragmentsOf(document), request.variables ?? {});
          if (cost > maxCost) {
            throw limitError(LimitCode.QUERY_TOO_COSTLY, `The query may return up to ${cost} objects; the limit is ${maxCost}. Ask for smaller pages.`, {
              cost,
              limit: maxCost,
            });
          }
        },
      };
    },
  };
}
