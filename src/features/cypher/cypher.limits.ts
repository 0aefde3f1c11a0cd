/** Bounds on researchers' Cypher; plain data so configuration can import it. */
export interface CypherLimits {
  /** Time limit of one query, from the moment it reaches the resolver. */
  timeoutMs: number;
  maxRows: number;
  /** Researcher queries running at once, over all keys, and per key (the rest get CYPHER_TOO_MANY_QUERIES). */
  maxConcurrent: number;
  maxConcurrentPerKey: number;
  /** Most list elements one evaluation of an expression may visit, by the estimate in cypher.cost.ts. */
  maxIterations: number;
}

export const DEFAULT_CYPHER_LIMITS: CypherLimits = { timeoutMs: 5_000, maxRows: 1_000, maxConcurrent: 2, maxConcurrentPerKey: 1, maxIterations: 1_000_000 };
