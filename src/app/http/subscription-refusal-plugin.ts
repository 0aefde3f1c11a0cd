import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../platform/graphql/errors';
import type { ServiceContext } from './cost-gate-plugin';

/** The path that streams subscriptions (GraphQL over Server-Sent Events). */
export const STREAM_PATH = '/graphql/stream';

/**
 * /graphql answers one result per request, so a subscription sent there is refused before anything
 * runs, with the place that serves it named, rather than executed once as if it were a query.
 */
export function subscriptionRefusalPlugin(): ApolloServerPlugin<ServiceContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(`Subscriptions are not served here: open a GraphQL over Server-Sent Events stream at ${STREAM_PATH} (Accept: text/event-stream).`, {
            extensions: { code: ErrorCode.SUBSCRIPTION_NOT_SUPPORTED, http: { status: 400 } },
          });
        },
      };
    },
  };
}
