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
  /**
   * Set when the operation was weighed and admitted (or refused) before it reached Apollo, by the
   * fast path for known documents: Apollo's cost gate then neither weighs nor admits it again.
   */
  decided?: { refusal?: GraphQLError };
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
export function weigher(schema: GraphQLSchema) {
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

/** The refusal of an operation past `maxCost` objects (QUERY_TOO_COSTLY), or undefined. */
export function costRefusal(cost: number, maxCost: number): GraphQLError | undefined {
  if (cost <= maxCost) return undefined;
  return limitError(LimitCode.QUERY_TOO_COSTLY, `The query may return up to ${cost} objects; the limit is ${maxCost}. Ask for smaller pages.`, { cost, limit: maxCost });
}

/**
 * Waits for the operation's place in `admission`, in units from its weight, and chains its release
 * onto the ticket (the operations of a batch share one ticket: the front frees them all if Apollo
 * never answers). Returns the release; a refusal comes as the GraphQL error the client gets
 * (HTTP 503 OVERLOADED, or CLIENT_GONE).
 */
export async function admitOperation(admission: Admission, ticket: AdmissionTicket, operation: OperationDefinitionNode, cost: number): Promise<() => void> {
  try {
    const units = operationUnits(operation, cost);
    // The client-gone signal is asked for only when the request has to wait.
    const release = admission.admitNow(units) ?? (await admission.admit(ticket.deadline, ticket.clientGone, units));
    const earlier = ticket.release;
    ticket.release = () => (earlier(), release());
    return release;
  } catch (error) {
    if (error instanceof ClientGoneError) throw new GraphQLError(error.message, { extensions: { code: CLIENT_GONE } });
    if (!(error instanceof OverloadedError)) throw error;
    await admission.pauseBeforeRefusal();
    throw overloaded(error);
  }
}

/**
 * The one weighing of a request, once its operation is known and before anything executes (`first`
 * may be a variable): an operation past `maxCost` objects is refused (QUERY_TOO_COSTLY), any other
 * waits for its place in `admission`, in units from the same weight (HTTP 503 OVERLOADED when none
 * comes). Documents that do not parse or validate are answered without a place: they never reach the
 * database. An operation the fast path already weighed and admitted passes; one it refused gets its refusal.
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
          const ticket = contextValue.admission;
          if (ticket?.decided) {
            if (ticket.decided.refusal) throw ticket.decided.refusal;
            return;
          }
          const cost = weigh(document, operation, request.variables ?? {});
          const refusal = costRefusal(cost, maxCost);
          if (refusal) throw refusal;
          if (ticket) release = await admitOperation(admission, ticket, operation, cost);
        },
        async willSendResponse() {
          release();
        },
      };
    },
  };
}
