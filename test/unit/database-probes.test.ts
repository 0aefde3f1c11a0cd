import type { DatabaseHealth } from '../../src/engine/db/database-health';
import { Neo4jError } from 'neo4j-driver';
import { asOutage } from '../../src/engine/db/database';
import { databaseErrorCode, ErrorCode } from '../../src/platform/graphql/errors';
import { healthAnswer, notReadyAnswer, unavailableRefusal } from '../../src/app/http/database-probes';

const health = (available: boolean, healthy: boolean): DatabaseHealth => ({
  available: () => available,
  recovering: () => !available,
  healthy: () => healthy,
  retryAfterSeconds: () => 7,
  reason: () => (available ? undefined : 'the embedded Neo4j exited and is being restarted'),
});

describe('the database probes', () => {
  it('/health is 200 while the database is up or being restarted, 503 once restarts keep failing', () => {
    expect(healthAnswer().status).toBe(200);
    expect(healthAnswer(health(false, true)).status).toBe(200);
    expect(healthAnswer(health(false, false))).toEqual({ status: 503, body: { status: 'unhealthy', reason: 'the embedded Neo4j exited and is being restarted' }, headers: {} });
  });

  it('/ready and GraphQL requests are refused at once while the database is down, with Retry-After', () => {
    expect(notReadyAnswer(health(true, true))).toBeUndefined();
    expect(notReadyAnswer(health(false, true))?.status).toBe(503);
    expect(unavailableRefusal(health(true, true), 'r1')).toBeUndefined();
    expect(unavailableRefusal(health(false, true), 'r1')).toEqual({
      status: 503,
      body: { errors: [{ message: 'The graph database is restarting; try again after the time in Retry-After.', extensions: { code: 'DATABASE_UNAVAILABLE', requestId: 'r1' } }] },
      headers: { 'retry-after': '7', 'x-request-id': 'r1' },
    });
  });
});

describe('a shortage of connections or threads during an outage', () => {
  const acquisitionTimeout = new Neo4jError('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50', 'N/A', '50N42', 'general processing exception');
  const noThreads = new Neo4jError('There are no available threads to serve this request at the moment.', 'Neo.TransientError.Request.NoThreadsAvailable', '50N42', 'general processing exception');

  it('is the outage (DATABASE_UNAVAILABLE) while the database is down or just back, and load (OVERLOADED) otherwise', () => {
    for (const error of [acquisitionTimeout, noThreads]) {
      expect(databaseErrorCode(asOutage(error, { recovering: () => true }))).toBe(ErrorCode.DATABASE_UNAVAILABLE);
      expect(databaseErrorCode(asOutage(error, { recovering: () => false }))).toBe(ErrorCode.OVERLOADED);
      expect(databaseErrorCode(asOutage(error, undefined))).toBe(ErrorCode.OVERLOADED);
    }
    // A request still waiting on the driver the restart closed met the outage too.
    expect(databaseErrorCode(new Neo4jError('Pool is closed, it is no more able to serve requests.', 'N/A', '50N42', 'general processing exception'))).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    const other = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'invalid syntax');
    expect(asOutage(other, { recovering: () => true })).toBe(other);
  });
});
