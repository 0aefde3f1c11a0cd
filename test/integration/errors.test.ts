import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { databaseErrorCode, ErrorCode, formatError } from '../../src/graphql/errors';
import { testDatabase } from '../support/graph';

describe('database failures map to stable codes', () => {
  it('a real transaction timeout becomes QUERY_TIMEOUT', async () => {
    const db = testDatabase();
    try {
      const error = await db.read('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n', {}, undefined, { timeoutMs: 200 }).catch((caught: unknown) => caught);
      expect(databaseErrorCode(error)).toBe(ErrorCode.QUERY_TIMEOUT);
      const formatted = formatError({ message: 'raw', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('raw', { originalError: error as Error }));
      expect(formatted).toEqual({ message: 'The query took longer than the configured time limit.', extensions: { code: 'QUERY_TIMEOUT' } });
    } finally {
      await db.close();
    }
  });

  it('an unreachable server becomes DATABASE_UNAVAILABLE, and anything else INTERNAL, without internals', () => {
    const unavailable = new Neo4jError('connect ECONNREFUSED 127.0.0.1:1', 'ServiceUnavailable', 'N/A', 'N/A');
    expect(formatError({ message: 'connect ECONNREFUSED', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, new GraphQLError('x', { originalError: unavailable }))).toEqual({
      message: 'The graph database is unavailable; try again shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    const forbidden = new Neo4jError('Write operations are not allowed for user', 'Neo.ClientError.Security.Forbidden', 'N/A', 'N/A');
    expect(formatError({ message: 'Write operations are not allowed for user', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('x', { originalError: forbidden }))).toEqual({
      message: 'The database refused this operation.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(databaseErrorCode(new Neo4jError('bad credentials', 'Neo.ClientError.Security.Unauthorized', 'N/A', 'N/A'))).toBe('DATABASE_UNAVAILABLE');
    const syntax = new Neo4jError('Invalid input MATCH (n) RETURN x', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A');
    expect(formatError({ message: 'Invalid input MATCH (n) RETURN x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('x', { originalError: syntax }))).toEqual({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL' },
    });
  });
});
