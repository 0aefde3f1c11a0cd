import type { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { documentMaxAge } from '../../platform/graphql/cache-control';
import type { GraphContext } from '../../engine/context';

/** What a response's caching headers depend on. */
export interface CachedAnswer {
  document: DocumentNode | undefined;
  operation: OperationDefinitionNode | undefined | null;
  failed: boolean;
  authenticated: boolean;
}

/**
 * Sets `Vary` and `Cache-Control` from the schema's `@cacheControl` hints. The age depends only on
 * the document, so it is computed once per parsed document (Apollo reuses those) and costs nothing
 * per field; responses with errors and non-queries are never cached, and answers to a credential
 * only by the client that sent it (`private`).
 */
export function cacheHeaders(schema: GraphQLSchema): (headers: HeaderMap, answer: CachedAnswer) => void {
  const ages = new WeakMap<DocumentNode, number>();
  return (headers, { document, operation, failed, authenticated }) => {
    headers.set('vary', 'Authorization, X-API-Key');
    if (!document || operation?.operation !== 'query' || failed) {
      headers.set('cache-control', 'no-store');
      return;
    }
    let age = ages.get(document);
    if (age === undefined) {
      age = documentMaxAge(schema, document);
      ages.set(document, age);
    }
    headers.set('cache-control', age > 0 ? `${authenticated ? 'private' : 'public'}, max-age=${age}` : 'no-store');
  };
}

/** The caching headers of every answer Apollo sends (see `cacheHeaders`). */
export function cacheControlPlugin(setCacheHeaders: ReturnType<typeof cacheHeaders>): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ document, operation, response, contextValue }) {
          const failed = response.body.kind !== 'single' || response.body.singleResult.errors !== undefined;
          setCacheHeaders(response.http.headers, { document, operation, failed, authenticated: contextValue.principal.authenticated });
        },
      };
    },
  };
}
