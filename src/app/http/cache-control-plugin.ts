import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { documentMaxAge } from '../../platform/graphql/cache-control';
import type { GraphContext } from '../../engine/context';

/**
 * Sets `Cache-Control` from the schema's `@cacheControl` hints. The age depends only on the
 * document, so it is computed once per parsed document (Apollo reuses those) and costs nothing
 * per field; responses with errors and non-queries are never cached, and answers to a credential
 * only by the client that sent it (`private`).
 */
export function cacheControlPlugin(schema: GraphQLSchema): ApolloServerPlugin<GraphContext> {
  const ages = new WeakMap<DocumentNode, number>();
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ document, operation, response, contextValue }) {
          response.http.headers.set('vary', 'Authorization, X-API-Key');
          const failed = response.body.kind !== 'single' || response.body.singleResult.errors !== undefined;
          if (!document || operation?.operation !== 'query' || failed) {
            response.http.headers.set('cache-control', 'no-store');
            return;
          }
          let age = ages.get(document);
          if (age === undefined) {
            age = documentMaxAge(schema, document);
            ages.set(document, age);
          }
          const audience = contextValue.principal.authenticated ? 'private' : 'public';
          response.http.headers.set('cache-control', age > 0 ? `${audience}, max-age=${age}` : 'no-store');
        },
      };
    },
  };
}
