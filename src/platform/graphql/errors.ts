import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** A request ran out of time; the client gets QUERY_TIMEOUT (classified below). */
export class QueryTimeoutError extends Error {
  constructor(readonly budgetMs: number) {
    super(`The request did not finish within its time limit of ${budgetMs} ms.`);
    this.name = 'QueryTimeoutError';
  }
}

/** The stable `extensions.code` values clients may branch on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** The query needed more memory than the database allows (the limit is named in `extensions.limit`). */
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  /** The service or the database has no capacity for this request now; retry later. */
  OVERLOADED = 'OVERLOADED',
  /** A concurrent change got in the way (a deadlock, a lock wait, a uniqueness constraint); retry. */
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  INTERNAL = 'INTERNAL',
  /** A subscription sent to /graphql, which answers queries and mutations; subscriptions stream from /graphql/stream. */
  SUBSCRIPTION_NOT_SUPPORTED = 'SUBSCRIPTION_NOT_SUPPORTED',
  /** This process holds as many open subscription streams as it allows (MAX_SUBSCRIPTION_STREAMS); retry later or elsewhere. */
  TOO_MANY_STREAMS = 'TOO_MANY_STREAMS',
}

export function badUserInput(argument: string, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument, ...details },
  });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`No ${what} with id "${id}"`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
}

/**
 * Neo4j's status codes (https://neo4j.com/docs/status-codes/current/errors/all-errors/) that a client
 * of this service can bring about, in our codes. Anything not listed — syntax, semantic and type
 * errors in the service's own Cypher, protocol errors, `Neo.DatabaseError.*` — is our failure: INTERNAL.
 * Researchers' own Cypher has its own mapping on top (cypher/cypher.guard.ts).
 */
export const NEO4J_ERROR_CODES: Readonly<Record<string, ErrorCode>> = {
  // The driver's own: no server reachable, or the connection went away mid-request.
  ServiceUnavailable: ErrorCode.DATABASE_UNAVAILABLE,
  SessionExpired: ErrorCode.DATABASE_UNAVAILABLE,
  // The database panicked (a full disk, a failed store write) and refuses every transaction until it restarts.
  'Neo.DatabaseError.Transaction.TransactionStartFailed': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.DatabaseError.Transaction.TransactionCommitFailed': ErrorCode.DATABASE_UNAVAILABLE,
  // The commit could not be written to the transaction log (a full disk): the database panics next.
  'Neo.DatabaseError.Transaction.TransactionLogError': ErrorCode.DATABASE_UNAVAILABLE,
  // Time limits.
  'Neo.ClientError.Transaction.TransactionTimedOut': ErrorCode.QUERY_TIMEOUT,
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration': ErrorCode.QUERY_TIMEOUT,
  'Neo.TransientError.Statement.ExecutionTimeout': ErrorCode.QUERY_TIMEOUT,
  'Neo.ClientError.Procedure.ProcedureTimedOut': ErrorCode.QUERY_TIMEOUT,
  // Memory limits: the transaction's own, the pool all transactions share, the heap, the stack.
  'Neo.ClientError.General.TransactionOutOfMemoryError': ErrorCode.QUERY_TOO_LARGE,
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError': ErrorCode.QUERY_TOO_LARGE,
  'Neo.TransientError.General.TransactionMemoryLimit': ErrorCode.QUERY_TOO_LARGE,
  'Neo.TransientError.General.OutOfMemoryError': ErrorCode.QUERY_TOO_LARGE,
  'Neo.TransientError.General.StackOverFlowError': ErrorCode.QUERY_TOO_LARGE,
  // Capacity: Bolt worker threads, concurrent transactions.
  'Neo.TransientError.Request.NoThreadsAvailable': ErrorCode.OVERLOADED,
  'Neo.TransientError.Transaction.MaximumTransactionLimitReached': ErrorCode.OVERLOADED,
  // A bookmark (x-neo4j-bookmark) Neo4j cannot read: the client sent something else back.
  'Neo.ClientError.Transaction.InvalidBookmark': ErrorCode.BAD_USER_INPUT,
  'Neo.ClientError.Transaction.InvalidBookmarkMixture': ErrorCode.BAD_USER_INPUT,
  // Concurrent writers (the driver retries these first, within NEO4J_RETRY_MS).
  'Neo.TransientError.Transaction.DeadlockDetected': ErrorCode.CONFLICT,
  'Neo.TransientError.Transaction.LockAcquisitionTimeout': ErrorCode.CONFLICT,
  'Neo.TransientError.Transaction.Outdated': ErrorCode.CONFLICT,
  'Neo.TransientError.Transaction.ConstraintsChanged': ErrorCode.CONFLICT,
  'Neo.ClientError.Schema.ConstraintValidationFailed': ErrorCode.CONFLICT,
  'Neo.ClientError.Schema.ConstraintViolation': ErrorCode.CONFLICT,
  // The database is not there for us: down, starting, read-only, in another cluster role, terminated
  // under us (shutdown, an operator), or refusing the service's own credentials — not the client's fault.
  'Neo.TransientError.General.DatabaseUnavailable': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Database.DatabaseNotFound': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.General.WriteOnReadOnlyAccessDatabase': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Cluster.NotALeader': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Cluster.Routing': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Routing.DbmsInPanic': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Routing.RoutingFailed': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.TransientError.Cluster.ReplicationFailure': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.TransientError.Transaction.LeaderSwitch': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.TransientError.Transaction.LeaseExpired': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.TransientError.Transaction.BookmarkTimeout': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.TransientError.Statement.RemoteExecutionTransientError': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Transaction.Terminated': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Transaction.LockClientStopped': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.TransientError.Transaction.Interrupted': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Security.Unauthorized': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Security.AuthenticationRateLimit': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Security.CredentialsExpired': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Security.TokenExpired': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.ClientError.Security.AuthorizationExpired': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.TransientError.Security.AuthProviderFailed': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.TransientError.Security.AuthProviderTimeout': ErrorCode.DATABASE_UNAVAILABLE,
  'Neo.TransientError.Security.ModifiedConcurrently': ErrorCode.DATABASE_UNAVAILABLE,
  // A statement the database user may not run.
  'Neo.ClientError.Security.Forbidden': ErrorCode.FORBIDDEN,
};

/** The driver's words when every pooled connection is busy for `connectionAcquisitionTimeout`. */
const POOL_EXHAUSTED = /^Connection acquisition timed out/;
/** The driver's words to a request still waiting on a driver that was closed: the embedded Neo4j restarted meanwhile. */
const POOL_CLOSED = /^Pool is closed/;

/** Classifies a database failure (or our own deadline) into one of our codes, or undefined when it is not one. */
export function databaseErrorCode(error: unknown): ErrorCode | undefined {
  if (error instanceof QueryTimeoutError) return ErrorCode.QUERY_TIMEOUT;
  if (!(error instanceof Neo4jError)) return undefined;
  if (POOL_CLOSED.test(error.message)) return ErrorCode.DATABASE_UNAVAILABLE;
  return NEO4J_ERROR_CODES[error.code] ?? (POOL_EXHAUSTED.test(error.message) ? ErrorCode.OVERLOADED : undefined);
}

/** Which memory limit Neo4j names in its message (`dbms.memory.transaction.total.max threshold reached`), else the usual one. */
function memoryLimitOf(error: Neo4jError): string {
  if (error.code === 'Neo.TransientError.General.StackOverFlowError') return 'JVM thread stack size (-Xss)';
  if (error.code === 'Neo.TransientError.General.OutOfMemoryError') return 'JVM heap (-Xmx, NEO4J_EMBEDDED_HEAP)';
  return /\b(?:dbms|db|server)\.memory\.[\w.]+/.exec(error.message)?.[0] ?? 'db.memory.transaction.max';
}

/** What a client may learn about a database failure beyond its code. */
function databaseErrorDetails(error: unknown, code: ErrorCode): Record<string, unknown> {
  return code === ErrorCode.QUERY_TOO_LARGE && error instanceof Neo4jError ? { limit: memoryLimitOf(error) } : {};
}

const PUBLIC_MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.DATABASE_UNAVAILABLE]: 'The graph database is unavailable; try again shortly.',
  [ErrorCode.QUERY_TIMEOUT]: 'The query took longer than the configured time limit.',
  [ErrorCode.QUERY_TOO_LARGE]: 'The query needed more memory than the database allows one query; ask for less (smaller pages, fewer rows, no large collections).',
  [ErrorCode.OVERLOADED]: 'The service is at capacity; try again shortly.',
  [ErrorCode.CONFLICT]: 'A concurrent change got in the way; try again.',
  [ErrorCode.FORBIDDEN]: 'The database refused this operation.',
  [ErrorCode.INTERNAL]: 'Internal server error.',
};

/**
 * Apollo's `formatError`: errors we raised keep their message and code; database failures get
 * their stable code; anything else becomes INTERNAL, without stack or Cypher text.
 */
/** graphql-js's own words when a document exceeds `parseOptions.maxTokens`. */
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { limitCode, ...rest } = formatted.extensions ?? {};
  if (limitCode) return { ...formatted, extensions: { ...rest, code: limitCode } };
  if (TOKEN_LIMIT.test(formatted.message)) return { message: formatted.message, locations: formatted.locations, extensions: { code: 'TOO_MANY_TOKENS' } };
  const original = error instanceof GraphQLError ? error.originalError : error;
  const databaseCode = databaseErrorCode(original);
  const code = databaseCode ?? (formatted.extensions?.code as string | undefined);
  const known = code !== undefined && code !== 'INTERNAL_SERVER_ERROR' && !databaseCode;
  if (known) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const publicCode = databaseCode ?? ErrorCode.INTERNAL;
  return {
    message: PUBLIC_MESSAGES[publicCode]!,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: publicCode, ...databaseErrorDetails(original, publicCode) },
  };
}
