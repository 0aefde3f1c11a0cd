import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { documentMaxAge } from '../../platform/graphql/cache-control';
import type { GraphVersion } from '../../engine/changes/change-log';
import type { ServiceContext } from './cost-gate-plugin';
import { GRAPHQL_VARY, revalidatingCacheControl } from './revalidation';

type Sending = GraphQLRequestContextWillSendResponse<ServiceContext>;

/**
 * The graph version a response states in `extensions.graphVersion`: for a read, the one known when it
 * started (its data holds every change up to it, so a dashboard that also follows changes misses none);
 * for a mutation, one that includes its own change.
 */
async function statedVersion({ operation, contextValue }: Sending, atStart: GraphVersion | undefined): Promise<GraphVersion | undefined> {
  if (operation?.operation !== 'mutation' || !contextValue.changes) return atStart;
  await contextValue.changes.ownCommitsKnown();
  return contextValue.changes.version;
}

/**
 * `extensions.graphVersion` on every response, and the HTTP caching headers. A query answered without
 * errors whose document the schema's `@cacheControl` hints make cacheable may be stored but must be
 * revalidated (`no-cache`; `private` when a credential chose the answer), with its ETag when it came
 * by GET (see revalidation.ts); anything else is `no-store`. Whether a document is cacheable is
 * worked out once per parsed document (Apollo reuses those) and costs nothing per field.
 */
export function cacheControlPlugin(schema: GraphQLSchema): ApolloServerPlugin<ServiceContext> {
  const ages = new WeakMap<DocumentNode, number>();
  const cacheable = (document: DocumentNode) => {
    let age = ages.get(document);
    if (age === undefined) {
      age = documentMaxAge(schema, document);
      ages.set(document, age);
    }
    return age > 0;
  };
  return {
    async requestDidStart({ contextValue }) {
      const atStart = contextValue.changes?.version;
      return {
        async willSendResponse(sending) {
          const { document, operation, response, contextValue: context } = sending;
          const version = await statedVersion(sending, atStart);
          // Incremental delivery (@defer/@stream) is not enabled (graphql 16): every body is single.
          if (version && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, graphVersion: version.version };
          }
          response.http.headers.set('vary', GRAPHQL_VARY);
          const failed = response.body.kind !== 'single' || response.body.singleResult.errors !== undefined;
          if (!document || operation?.operation !== 'query' || failed || !cacheable(document)) {
            response.http.headers.set('cache-control', 'no-store');
            return;
          }
          response.http.headers.set('cache-control', revalidatingCacheControl(context.principal));
          if (context.entityTag) response.http.headers.set('etag', context.entityTag);
        },
      };
    },
  };
}
