import type { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { documentMaxAge } from '../../platform/graphql/cache-control';
import type { GraphVersion } from '../../engine/changes/change-log';
import type { ServiceContext } from './cost-gate-plugin';
import { GRAPHQL_VARY, revalidatingCacheControl } from './revalidation';

/** A request's context, with the graph version known when its work started if that was before Apollo saw it (the fast path tried it first). */
export interface VersionedContext extends ServiceContext {
  graphVersionAtStart?: GraphVersion;
}

/** What a response's caching headers and stated graph version depend on. */
export interface CachedAnswer {
  document: DocumentNode | undefined;
  operation: OperationDefinitionNode | undefined | null;
  failed: boolean;
  context: VersionedContext;
  /** The graph version this process knew when the request's work started. */
  versionAtStart: GraphVersion | undefined;
  /** The answer's extensions before the graph version is added. */
  extensions: Record<string, unknown> | undefined;
}

/** Sets an answer's caching headers; resolves to the extensions it is sent with. */
export type AnswerCaching = (headers: HeaderMap, answer: CachedAnswer) => Promise<Record<string, unknown> | undefined>;

/**
 * The graph version a response states in `extensions.graphVersion`: for a read, the one known when it
 * started (its data holds every change up to it, so a dashboard that also follows changes misses none);
 * for a mutation, one that includes its own change.
 */
async function statedVersion({ operation, context, versionAtStart }: CachedAnswer): Promise<GraphVersion | undefined> {
  if (operation?.operation !== 'mutation' || !context.changes) return versionAtStart;
  await context.changes.ownCommitsKnown();
  return context.changes.version;
}

/**
 * `extensions.graphVersion` on every response, and the HTTP caching headers, for Apollo's answers
 * and the fast path's alike. A query answered without errors whose document the schema's
 * `@cacheControl` hints make cacheable may be stored but must be revalidated (`no-cache`; `private`
 * when a credential chose the answer), with its ETag when it came by GET (see revalidation.ts);
 * anything else is `no-store`. Whether a document is cacheable is worked out once per parsed document
 * (Apollo reuses those) and costs nothing per field.
 */
export function answerCaching(schema: GraphQLSchema): AnswerCaching {
  const ages = new WeakMap<DocumentNode, number>();
  const cacheable = (document: DocumentNode) => {
    let age = ages.get(document);
    if (age === undefined) {
      age = documentMaxAge(schema, document);
      ages.set(document, age);
    }
    return age > 0;
  };
  return async (headers, answer) => {
    const { document, operation, failed, context, extensions } = answer;
    const version = await statedVersion(answer);
    headers.set('vary', GRAPHQL_VARY);
    if (!document || operation?.operation !== 'query' || failed || !cacheable(document)) {
      headers.set('cache-control', 'no-store');
    } else {
      headers.set('cache-control', revalidatingCacheControl(context.principal));
      if (context.entityTag) headers.set('etag', context.entityTag);
    }
    return version ? { ...extensions, graphVersion: version.version } : extensions;
  };
}

/** The caching headers and graph version of every answer Apollo sends (see `answerCaching`). */
export function cacheControlPlugin(cacheAnswer: AnswerCaching): ApolloServerPlugin<VersionedContext> {
  return {
    async requestDidStart({ contextValue }) {
      const versionAtStart = contextValue.graphVersionAtStart ?? contextValue.changes?.version;
      return {
        async willSendResponse({ document, operation, response, contextValue: context }) {
          // Incremental delivery (@defer/@stream) is not enabled (graphql 16): every body is single.
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const failed = !single || single.errors !== undefined;
          const extensions = await cacheAnswer(response.http.headers, { document, operation, failed, context, versionAtStart, extensions: single?.extensions });
          if (single && extensions) single.extensions = extensions;
        },
      };
    },
  };
}
