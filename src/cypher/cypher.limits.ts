/** Bounds on one researcher query; plain data so configuration can import it. */
export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
}

export const DEFAULT_CYPHER_LIMITS: CypherLimits = { timeoutMs: 5_000, maxRows: 1_000 };
