import type { Database } from '../../engine/db/database';
import type { DatabaseHealth } from '../../engine/db/database-health';
import { migrationsApplied } from '../../engine/db/migrations';
import { metrics } from '../../platform/observability/metrics';
import { sendJson, type Route } from '../../platform/http/route';
import { healthAnswer, notReadyAnswer, sendProbeAnswer } from './database-probes';

/**
 * /health (the process answers, and the embedded Neo4j is up or being brought back), /ready (Neo4j
 * answers and is migrated; 503 at once while it restarts), /metrics, and / to the API.
 */
export function probeRoutes(database: Database, databaseHealth?: DatabaseHealth): Route[] {
  let migrated = false;
  async function ready(): Promise<{ ok: boolean; reason?: string }> {
    try {
      await database.verifyConnectivity();
      migrated ||= await migrationsApplied(database);
      return migrated ? { ok: true } : { ok: false, reason: 'migrations not applied' };
    } catch (error) {
      return { ok: false, reason: `Neo4j unreachable: ${(error as Error).message}` };
    }
  }
  return [
    { path: '/health', handle: ({ response }) => sendProbeAnswer(response, healthAnswer(databaseHealth)) },
    {
      path: '/ready',
      async handle({ response }) {
        const down = notReadyAnswer(databaseHealth);
        if (down) return sendProbeAnswer(response, down);
        const state = await ready();
        sendJson(response, state.ok ? 200 : 503, state.ok ? { status: 'ready' } : { status: 'unavailable', reason: state.reason });
      },
    },
    {
      path: '/metrics',
      async handle({ response }) {
        const text = await metrics.render();
        response.writeHead(200, { 'content-type': metrics.contentType });
        response.end(text);
      },
    },
    {
      path: '/',
      handle({ response }) {
        response.writeHead(302, { location: '/graphql' });
        response.end();
      },
    },
  ];
}
