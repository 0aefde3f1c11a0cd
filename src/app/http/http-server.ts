import type { IncomingMessage } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { AuthenticationError, Authenticator } from '../../platform/auth/authenticator';
import { Role, type Principal } from '../../platform/auth/roles';
import type { Logger } from '../../platform/config/logger';
import { CONFIG_DEFAULTS } from '../../platform/config/config';
import { curateRoute } from '../../web/curate/curate.http';
import { CypherGate } from '../../features/cypher/cypher.gate';
import { cypherPageRoute } from '../../web/cypher/cypher.http';
import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from '../../features/cypher/cypher.limits';
import { warmCypherParser } from '../../features/cypher/cypher.parser';
import type { Database } from '../../engine/db/database';
import { explorerRoute } from '../../web/explorer/explorer.http';
import { exportRoute } from '../../features/export/export.http';
import { graphiqlRoute } from '../../web/graphiql/graphiql.http';
import { createContext, type ContextOptions, type GraphContext } from '../context';
import { DEFAULT_LIMITS, type RequestLimits } from '../../platform/graphql/limits';
import { DEFAULT_PROPOSER_LIMITS, ProposerPool, type ProposerLimits } from '../../features/propose/propose.pool';
import { Admission, DEFAULT_ADMISSION_LIMITS, type AdmissionLimits } from './admission';
import { builtAssetRoute } from '../../web/assets/browser-assets';
import type { ServiceContext } from './cost-gate-plugin';
import { startFront } from './front';
import { HttpRefusal } from '../../platform/http/route';
import { graphqlRoute } from './graphql-route';
import { graphqlPipeline } from './pipeline';
import { probeRoutes } from './probe-routes';
import type { DatabaseHealth } from '../../engine/db/database-health';
import { ChangeFollower } from '../../engine/changes/change-follower';
import { serverIdentity } from './revalidation';
import { SubscriptionStreams } from './graphql-stream-route';

export interface HttpServerOptions {
  schema: GraphQLSchema;
  database: Database;
  logger: Logger;
  host: string;
  port: number;
  production: boolean;
  limits?: RequestLimits;
  /** Who may do what; by default anonymous readers only. */
  authenticator?: Authenticator;
  /** Researchers' Cypher limits; those not given keep their defaults. */
  cypher?: Partial<CypherLimits>;
  /** Every GraphQL request's time budget from its arrival; by default 15 s. */
  requestTimeoutMs?: number;
  admission?: AdmissionLimits;
  /** The proposer's worker threads and queue; by default one thread, four waiting. */
  proposer?: ProposerLimits;
  /** The embedded Neo4j's supervisor: refusals while it restarts, and the probes' answers. */
  databaseHealth?: DatabaseHealth;
  /** How often this process looks for changes other processes committed (graph version, pushed changes); by default 250 ms. */
  changeFollowIntervalMs?: number;
  /** Subscription streams (/graphql/stream) this process holds open at most; by default MAX_SUBSCRIPTION_STREAMS's default. */
  maxSubscriptionStreams?: number;
}

export const DEFAULT_CHANGE_FOLLOW_INTERVAL_MS = 250;

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

export interface RunningHttpServer {
  url: string;
  port: number;
  apollo: ApolloServer<ServiceContext>;
  /** The threads that read texts into drafts (`proposeDocument`). */
  proposer: ProposerPool;
  /** This process's view of the change log: the graph version, and every committed change as it comes. */
  changes: ChangeFollower;
  /** Ends the subscription streams, stops accepting, lets in-flight requests finish within `graceMs`, then stops Apollo. */
  close(graceMs: number): Promise<void>;
}

/** The caller's principal; a bad credential is HTTP 401 before anything runs. */
function authenticating(authenticator: Authenticator): (request: IncomingMessage) => Promise<Principal> {
  return async (request) => {
    try {
      return await authenticator.authenticate(request.headers);
    } catch (error) {
      if (error instanceof AuthenticationError) throw new HttpRefusal(401, 'UNAUTHENTICATED', error.message, { 'www-authenticate': 'Bearer' });
      throw error;
    }
  };
}

/**
 * The service over HTTP: the GraphQL endpoint (Apollo's plugin chain, see pipeline.ts) and every
 * feature's routes (probes, GraphiQL, the Cypher page, the explorer, the review page, exports, the
 * bundled assets) behind one small front, with no framework in the request path.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { schema, database, logger } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const authenticator = options.authenticator ?? Authenticator.openReadOnly();
  const authenticate = authenticating(authenticator);
  const cypher: CypherLimits = { ...DEFAULT_CYPHER_LIMITS, ...options.cypher };
  const cypherGate = new CypherGate(cypher);
  const admission = new Admission(options.admission ?? DEFAULT_ADMISSION_LIMITS);
  const proposer = new ProposerPool(options.proposer ?? DEFAULT_PROPOSER_LIMITS, logger);
  if (authenticator.mayGrant(Role.RESEARCHER)) warmCypherParser();
  const changes = new ChangeFollower(database, options.changeFollowIntervalMs ?? DEFAULT_CHANGE_FOLLOW_INTERVAL_MS, (error) =>
    logger.debug('change log not read', { error: (error as Error).message }),
  );
  await changes.start();
  const apollo = graphqlPipeline({ schema, logger, limits, admission, production: options.production });
  await apollo.start();
  const contextOf: (request: ContextOptions) => GraphContext = (request) => createContext(database, { ...request, cypher, cypherGate, proposer, changes });
  const graphql = graphqlRoute({
    apollo,
    admission,
    limits,
    logger,
    authenticate,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    context: contextOf,
    databaseHealth: options.databaseHealth,
    revalidation: { server: serverIdentity(schema, options.production), graphVersion: () => changes.version },
  });
  const streams = new SubscriptionStreams({ schema, limits, logger, authenticate, maxStreams: options.maxSubscriptionStreams ?? CONFIG_DEFAULTS.maxSubscriptionStreams, context: contextOf });
  const routes = [...probeRoutes(database, options.databaseHealth), graphiqlRoute, graphql, streams.route, cypherPageRoute, explorerRoute, curateRoute, builtAssetRoute, exportRoute(database, logger, authenticate)];
  const front = await startFront({ host: options.host, port: options.port, routes, logger });
  return {
    url: front.url,
    port: front.port,
    apollo,
    proposer,
    changes,
    async close(graceMs: number) {
      changes.stop();
      await streams.close();
      await front.close(graceMs);
      await proposer.close();
      await apollo.stop();
    },
  };
}
