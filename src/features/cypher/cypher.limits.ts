import { CONFIG_DEFAULTS } from '../../platform/config/config';

/** Bounds on researchers' Cypher; the defaults are configuration's (CYPHER_*). */
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

export const DEFAULT_CYPHER_LIMITS: CypherLimits = CONFIG_DEFAULTS.cypher;
