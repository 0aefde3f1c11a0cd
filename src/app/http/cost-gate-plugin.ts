import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Deadline } from '../../engine/db/deadline';
import type { GraphContext } from '../../engine/context';
import { ErrorCode } from '../../platform/graphql/errors';
import { fragmentsOf, LimitCode, limitError, operationCost } from '../../platform/graphql/limits';
import { ClientGoneError, OverloadedError, type Admission } from './admission';
import { operationUnits } from './request-units';

/** What the HTTP front gives each GraphQL request for its way through admission. */
export interface AdmissionTicket {
  deadline: Deadline;
  /** Fires when the client closes its connection: a queued request then gives its turn away. */
  clientGone: AbortSignal;
  /** Frees the request's places (each operation's is freed as its answer is sent); the front calls it once Apollo has answered. Idempotent. */
  release(): void;
}

/**
 * The context of a request: the resolvers' context and, for one served over HTTP, its admission
 * ticket (operations run in-process, `executeOperation`, are not admitted) and its ETag.
 */
export interface ServiceContext extends GraphContext {
  admission?: AdmissionTicket;
  /** A GET query's ETag at the graph version known when it arrived; sent only with an answer that may be cached. */
  entityTag?: string;
}

/** Code of the error a request gets when its client left while it waited: nobody reads the answer. */
export const CLIENT_GONE = 'CLIENT_GONE';

/**
 * The request's weight, computed once: the objects its operation may return. Without variables it
 * depends on the operation alone and is kept with it (Apollo reuses parsed documents).
 */
function weigher(schema: GraphQLSchema) {
  const fixed = new WeakMap<OperationDefinitionNode, number>();
  return (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number => {
    const known = fixed.get(operation);
    if (known !== undefined) return known;
    const cost = operationCost(schema, operation, fragmentsOf(document), variables);
    if (!operation.variableDefinitions?.length) fixed.set(operation, cost);
    return cost;
  };
}

function overloaded(error: OverloadedError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: ErrorCode.OVERLOADED, http: { status: 503, headers: new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]) } },
  });
}

/**
 * The one weighing of a request, once its operation is known and before anything executes (`first`
 * may be a variable): an operation past `maxCost` objects is refused (QUERY_TOO_COSTLY), any other
 * waits for its place in `admission`, in units from the same weight (HTTP 503 OVERLOADED when none
 * comes). Documents that do not parse or validate are answered without a place: they never reach the
 * database.
 */
export function costGatePlugin(schema: GraphQLSchema, maxCost: number, admission: Admission): ApolloServerPlugin<ServiceContext> {
  const weigh = weigher(schema);
  return {
    async requestDidStart() {
      // This operation's place: freed as its answer is sent, so that another operation of the same batch may take it.
      let release = () => {};
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const cost = weigh(document, operation, request.variables ?? {});
          if (cost > maxCost) {
            throw limitError(LimitCode.QUERY_TOO_COSTLY, `The query may return up to ${cost} objects; the limit is ${maxCost}. Ask for smaller pages.`, { cost, limit: maxCost });
          }
          const ticket = contextValue.admission;
          if (!ticket) return;
          try {
            release = await admission.admit(ticket.deadline, ticket.clientGone, operationUnits(operation, cost));
            // The operations of a batch share one context and ticket: the front frees them all if Apollo never answers.
            const earlier = ticket.release;
            const mine = release;
            ticket.release = () => (earlier(), mine());
          } catch (error) {
            if (error instanceof ClientGoneError) throw new GraphQLError(error.message, { extensions: { code: CLIENT_GONE } });
            if (!(error instanceof OverloadedError)) throw error;
            await admission.pauseBeforeRefusal();
            throw overloaded(error);
          }
        },
        async willSendResponse() {
          release();
        },
      };
    },
  };
}
