import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** The stable `extensions.code` values clients may branch on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  INTERNAL = 'INTERNAL',
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
 * The service's own credentials failing (Unauthorized, rate-limited) is not the client's fault: to
 * the client the database is unavailable. A statement the database user may not run is FORBIDDEN.
 */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** Classifies a database failure into one of our codes, or undefined when it is not one. */
export function databaseErrorCode(error: unknown): ErrorCode | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  if (UNAVAILABLE_CODES.has(error.code)) return ErrorCode.DATABASE_UNAVAILABLE;
  if (error.code === 'Neo.ClientError.Security.Forbidden') return ErrorCode.FORBIDDEN;
  if (/TransactionTimedOut|TransactionTimeout/.test(error.code)) return ErrorCode.QUERY_TIMEOUT;
  return undefined;
}

const PUBLIC_MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.DATABASE_UNAVAILABLE]: 'The graph database is unavailable; try again shortly.',
  [ErrorCode.QUERY_TIMEOUT]: 'The query took longer than the configured time limit.',
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
  return { message: PUBLIC_MESSAGES[publicCode]!, locations: formatted.locations, path: formatted.path, extensions: { code: publicCode } };
}
