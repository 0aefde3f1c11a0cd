import { EXTERNAL_DATABASE_HEALTH, type DatabaseHealth } from '../../engine/db/database-health';
import { ErrorCode } from '../../platform/graphql/errors';
import { metrics } from '../../platform/observability/metrics';
import { sendJson } from '../../platform/http/route';
import type { ServerResponse } from 'node:http';

/** A probe's or a refusal's HTTP answer, for the route to send as it is. */
export interface ProbeAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export function sendProbeAnswer(response: ServerResponse, answer: ProbeAnswer): void {
  sendJson(response, answer.status, answer.body, answer.headers);
}

/**
 * GET /health: the process is up and its database is, or is being brought back. Only when restarts
 * of the embedded Neo4j keep failing is it 503, so an orchestrator restarts the service then and not
 * for an outage the service recovers from by itself.
 */
export function healthAnswer(health: DatabaseHealth = EXTERNAL_DATABASE_HEALTH): ProbeAnswer {
  if (health.healthy()) return { status: 200, body: { status: 'ok' }, headers: {} };
  return { status: 503, body: { status: 'unhealthy', reason: health.reason() }, headers: {} };
}

/** GET /ready's answer while the database is down, without asking it; undefined when it should be asked. */
export function notReadyAnswer(health: DatabaseHealth = EXTERNAL_DATABASE_HEALTH): ProbeAnswer | undefined {
  if (health.available()) return undefined;
  return { status: 503, body: { status: 'unavailable', reason: health.reason() }, headers: { 'retry-after': String(health.retryAfterSeconds()) } };
}

/** A GraphQL request that arrives while the database is down: refused at once, 503 DATABASE_UNAVAILABLE with Retry-After. */
export function unavailableRefusal(health: DatabaseHealth = EXTERNAL_DATABASE_HEALTH, requestId: string): ProbeAnswer | undefined {
  if (health.available()) return undefined;
  const code = ErrorCode.DATABASE_UNAVAILABLE;
  metrics.errors.inc({ code });
  return {
    status: 503,
    body: { errors: [{ message: 'The graph database is restarting; try again after the time in Retry-After.', extensions: { code, requestId } }] },
    headers: { 'retry-after': String(health.retryAfterSeconds()), 'x-request-id': requestId },
  };
}
