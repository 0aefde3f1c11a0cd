import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { databaseErrorCode, ErrorCode, formatError, QueryTimeoutError } from '../../src/platform/graphql/errors';
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

describe('resource limits and capacity have their own codes', () => {
  it('a transaction over its memory limit becomes QUERY_TOO_LARGE naming the limit', async () => {
    const db = testDatabase();
    try {
      const error = await db.read('UNWIND range(1, 200000000) AS x RETURN size(collect(x)) AS n', {}, undefined, { timeoutMs: 30_000 }).catch((caught: unknown) => caught);
      expect(databaseErrorCode(error)).toBe(ErrorCode.QUERY_TOO_LARGE);
      const formatted = formatError({ message: 'raw', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('raw', { originalError: error as Error }));
      expect(formatted.extensions).toEqual({ code: 'QUERY_TOO_LARGE', limit: expect.stringMatching(/memory\.transaction/) });
      expect(formatted.message).toMatch(/more memory than the database allows/);
    } finally {
      await db.close();
    }
  });

  it.each([
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'The allocation of an extra 2.0 MiB would use more than the limit 716.8 MiB. Currently using 716.0 MiB. dbms.memory.transaction.total.max threshold reached', { code: 'QUERY_TOO_LARGE', limit: 'dbms.memory.transaction.total.max' }],
    ['Neo.ClientError.General.TransactionOutOfMemoryError', 'The allocation would use more than the limit. db.memory.transaction.max threshold reached', { code: 'QUERY_TOO_LARGE', limit: 'db.memory.transaction.max' }],
    ['Neo.TransientError.General.OutOfMemoryError', 'There is not enough memory to perform the current task.', { code: 'QUERY_TOO_LARGE', limit: 'JVM heap (-Xmx, NEO4J_EMBEDDED_HEAP)' }],
    ['Neo.TransientError.General.StackOverFlowError', 'There is not enough stack size to perform the current task.', { code: 'QUERY_TOO_LARGE', limit: 'JVM thread stack size (-Xss)' }],
    ['Neo.TransientError.Request.NoThreadsAvailable', 'There are no available threads to serve this request at the moment.', { code: 'OVERLOADED' }],
    ['Neo.TransientError.Transaction.MaximumTransactionLimitReached', 'Reached maximum number of concurrent transactions.', { code: 'OVERLOADED' }],
    ['N/A', 'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.', { code: 'OVERLOADED' }],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'ForsetiClient can not acquire ExclusiveLock', { code: 'CONFLICT' }],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'Node(1) already exists with label `Entity` and property `id`', { code: 'CONFLICT' }],
    ['Neo.TransientError.Statement.ExecutionTimeout', 'The database was unable to execute the statement in a timely fashion.', { code: 'QUERY_TIMEOUT' }],
    ['Neo.ClientError.Transaction.Terminated', 'Explicitly terminated by the user.', { code: 'DATABASE_UNAVAILABLE' }],
    ['Neo.ClientError.Database.DatabaseNotFound', 'Database does not exist. Database name: "missing".', { code: 'DATABASE_UNAVAILABLE' }],
    ['Neo.DatabaseError.Statement.ExecutionFailed', 'The database was unable to execute the statement.', { code: 'INTERNAL' }],
  ])('%s becomes %j', (neo4jCode, message, extensions) => {
    const error = new Neo4jError(message, neo4jCode, 'N/A', 'N/A');
    const formatted = formatError({ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(message, { originalError: error }));
    expect(formatted.extensions).toEqual(extensions);
    expect(formatted.message).not.toBe(message);
  });

  it('our own deadline becomes QUERY_TIMEOUT', () => {
    const formatted = formatError({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('x', { originalError: new QueryTimeoutError(1_000) }));
    expect(formatted.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
  });
});
