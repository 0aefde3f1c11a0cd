import 'reflect-metadata';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, specifiedDirectives, type GraphQLInterfaceType, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type PubSub } from 'type-graphql';
import { AskResolver } from '../features/ask/ask.resolver';
import { describeRoles, roleChecker } from '../platform/auth/auth-checker';
import { ConnectivityResolver, PartnerLinkResolver, StatisticsResolver } from '../features/analytics/analytics.resolver';
import { PROJECT_ROOT } from '../platform/config/config';
import { ConflictResolver } from '../features/conflict/conflict.resolver';
import { CurationResolver, LinkResolver } from '../features/curation/curation.resolver';
import { CypherResolver } from '../features/cypher/cypher.resolver';
import { FactResolver } from '../features/fact/fact.resolver';
import { ImportResolver } from '../features/import/import.resolver';
import { NeighbourhoodResolver } from '../features/neighbourhood/neighbourhood.resolver';
import { ENTITY_LIST_RESOLVERS, serveEntityFields } from '../features/entity/entity.api';
import { nodeTypeOf } from '../features/entity/entity.type';
import { EvidenceResolver, NodeResolver, SourceResolver } from '../features/node/node.resolver';
import { HistoryResolver } from '../features/history/history.resolver';
import { PathResolver } from '../features/path/path.resolver';
import { RetractionResolver } from '../features/retraction/retraction.resolver';
import { ProposeResolver } from '../features/propose/propose.resolver';
import { SearchResolver } from '../features/search/search.resolver';
import { GraphChangeResolver } from '../features/subscription/graph-change.resolver';
import { cacheControlDirective } from '../platform/graphql/cache-control';
import { validateArguments } from '../platform/graphql/validation';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

export const RESOLVERS = [
  NodeResolver,
  EvidenceResolver,
  SourceResolver,
  SearchResolver,
  ...ENTITY_LIST_RESOLVERS,
  PathResolver,
  NeighbourhoodResolver,
  FactResolver,
  ConnectivityResolver,
  PartnerLinkResolver,
  StatisticsResolver,
  CypherResolver,
  CurationResolver,
  ProposeResolver,
  LinkResolver,
  ImportResolver,
  ConflictResolver,
  AskResolver,
  HistoryResolver,
  RetractionResolver,
  GraphChangeResolver,
] as const;

/**
 * type-graphql builds no schema with subscriptions without a PubSub, even when every subscription
 * brings its own source stream (`subscribe`), as ours do: each reads the change follower in its
 * request's context (one per process). So no topic is ever published or subscribed to here.
 */
const NO_TOPICS: PubSub = {
  publish(topic) {
    throw new Error(`No topic "${topic}": subscriptions read the change follower`);
  },
  subscribe(topic) {
    throw new Error(`No topic "${topic}": subscriptions read the change follower`);
  },
};

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process (type-graphql's metadata is global). */
export function graphSchema(): Promise<GraphQLSchema> {
  if (!built) {
    plainFieldsReadDirectly();
    built = buildSchema({
      resolvers: [...RESOLVERS],
      validateFn: validateArguments,
      authChecker: roleChecker,
      directives: [...specifiedDirectives, cacheControlDirective],
      orphanedTypes: [],
      pubSub: NO_TOPICS,
    })
      .then(describeRoles)
      .then(withSyncTypeResolution)
      .then(serveEntityFields);
  }
  return built;
}

/**
 * type-graphql wraps every object field in a resolver that runs the field's middlewares and then reads
 * the property; a dashboard has ~15,000 such reads per request. Fields nothing guards (no roles, no
 * middlewares) and whose schema name is their property name are left to the default resolver instead.
 */
function plainFieldsReadDirectly(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && !field.roles?.length && !field.middlewares?.length && field.schemaName === field.name) field.simple = true;
  }
}

/** type-graphql wraps `resolveType` in an async function; graphql-jit (see jit-gateway) needs the type at once. */
function withSyncTypeResolution(schema: GraphQLSchema): GraphQLSchema {
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeOf;
  return schema;
}

/** The SDL as checked in: sorted, so the file changes only when the API does. */
export async function printedSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await graphSchema())) + '\n';
}
