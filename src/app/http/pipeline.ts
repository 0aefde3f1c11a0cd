import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../../platform/config/logger';
import { formatError } from '../../platform/graphql/errors';
import { limitRules, type RequestLimits } from '../../platform/graphql/limits';
import type { Admission } from './admission';
import { cacheControlPlugin } from './cache-control-plugin';
import { costGatePlugin, type ServiceContext } from './cost-gate-plugin';
import { jitGateway } from './jit-gateway';
import { observabilityPlugin } from './observability-plugin';
import { subscriptionRefusalPlugin } from './subscription-refusal-plugin';

export interface PipelineOptions {
  schema: GraphQLSchema;
  logger: Logger;
  limits: RequestLimits;
  admission: Admission;
  production: boolean;
}

/**
 * One GraphQL request's whole way, as Apollo's plugin chain, in order:
 * 1. parse (token limit) and validate (depth, alias and directive limits), once per document: Apollo
 *    keeps validated documents, so a repeated query skips both;
 * 2. observability: the request's span, duration, error log and metrics around everything below;
 * 3. a subscription refused (they stream from /graphql/stream);
 * 4. the cost gate: the operation weighed once, refused past MAX_QUERY_COST, else admitted to the
 *    database in units from the same weight;
 * 5. execution by graphql-jit, compiled once per document (the gateway executor);
 * 6. cache control, from the document's hints, worked out once per document.
 */
export function graphqlPipeline({ schema, logger, limits, admission, production }: PipelineOptions): ApolloServer<ServiceContext> {
  return new ApolloServer<ServiceContext>({
    gateway: jitGateway(schema),
    formatError,
    includeStacktraceInErrorResponses: !production,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    validationRules: limitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: limits.maxBatchSize > 0,
    // The service drains and stops in order itself (main.ts); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    // CSRF prevention guards cookie or IP-based credentials; this API takes none (credentials travel in
    // headers), and the prevention would refuse plain GET queries that the GraphQL-over-HTTP spec allows.
    csrfPrevention: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's own cache-control plugin hooks every field; ours works per document (see cache-control-plugin).
      ApolloServerPluginCacheControlDisabled(),
      observabilityPlugin(logger),
      subscriptionRefusalPlugin(),
      costGatePlugin(schema, limits.maxCost, admission),
      cacheControlPlugin(schema),
    ],
  });
}
