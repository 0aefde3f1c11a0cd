/** What the probes and the request path ask about the database behind the service. */
export interface DatabaseHealth {
  /** False while the embedded Neo4j is down and being restarted: requests are refused at once. */
  available(): boolean;
  /**
   * True while the database is down and for a few seconds after it is back: a cold JVM whose pool or threads run
   * short then is still the outage, not client load, and requests it fails are told DATABASE_UNAVAILABLE.
   */
  recovering(): boolean;
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
  recovering: () => false,
  healthy: () => true,
  retryAfterSeconds: () => 1,
  reason: () => undefined,
};
