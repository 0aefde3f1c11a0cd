import type { DatabaseHealth } from '../../src/engine/db/database-health';
import { healthAnswer, notReadyAnswer, unavailableRefusal } from '../../src/app/http/database-probes';

const health = (available: boolean, healthy: boolean): DatabaseHealth => ({
  available: () => available,
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
