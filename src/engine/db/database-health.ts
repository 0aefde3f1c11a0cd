/** What the probes and the request path ask about the database behind the service. */
export interface DatabaseHealth {
  /** False while the embedded Neo4j is down and being restarted: requests are refused at once. */
  available(): boolean;
  /** False once restarts keep failing: an orchestrator watching /health should restart the service. */
  healthy(): boolean;
  /** Seconds a refused client should wait before trying again. */
  retryAfterSeconds(): number;
  /** Why the database is unavailable or unhealthy, for the probes' answers. */
  reason(): string | undefined;
}

/** An external Neo4j is not ours to restart: the driver reports its outages request by request. */
export const EXTERNAL_DATABASE_HEALTH: DatabaseHealth = {
  available: () => true,
  healthy: () => true,
  retryAfterSeconds: () => 1,
  reason: () => undefined,
};
