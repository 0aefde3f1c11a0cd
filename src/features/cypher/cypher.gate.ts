import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { metrics } from '../../platform/observability/metrics';
import type { CypherLimits } from './cypher.limits';
import { CypherRefusal } from './cypher.guard';

/**
 * Caps researcher Cypher running at once, per key and over all keys, so that whatever slips past the
 * other guards can hold only a few of Neo4j's threads, and dashboards and search keep the rest. A
 * query keeps its place until its transaction has really ended in Neo4j, not just until it was answered.
 */
export class CypherGate {
  private total = 0;
  private readonly perKey = new Map<string, number>();

  constructor(private readonly limits: Pick<CypherLimits, 'maxConcurrent' | 'maxConcurrentPerKey'>) {}

  /** Takes a place for `key` and returns the function that gives it back; refuses with CYPHER_TOO_MANY_QUERIES (HTTP 429) when full. */
  enter(key: string): () => void {
    const mine = this.perKey.get(key) ?? 0;
    if (mine >= this.limits.maxConcurrentPerKey) throw this.refuse('cypher_per_key', `You already have ${mine} Cypher queries running; the limit is ${this.limits.maxConcurrentPerKey} per key (CYPHER_MAX_CONCURRENT_PER_KEY).`);
    if (this.total >= this.limits.maxConcurrent) throw this.refuse('cypher_overall', `${this.total} Cypher queries are running; the limit is ${this.limits.maxConcurrent} (CYPHER_MAX_CONCURRENT).`);
    this.total += 1;
    this.perKey.set(key, mine + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.total -= 1;
      const remaining = (this.perKey.get(key) ?? 1) - 1;
      if (remaining === 0) this.perKey.delete(key);
      else this.perKey.set(key, remaining);
    };
  }

  private refuse(reason: string, message: string): GraphQLError {
    metrics.admissionRejections.inc({ reason });
    return new GraphQLError(`${message} Retry when one has finished.`, {
      extensions: { code: CypherRefusal.TOO_MANY_QUERIES, http: { status: 429, headers: new HeaderMap([['retry-after', '1']]) } },
    });
  }
}

declare module '../../engine/context' {
  interface FeatureContext {
    /** The researcher query limits of this request's server. */
    cypher: CypherLimits;
    /** Shared by every request of a server: how many researcher queries run now. */
    cypherGate: CypherGate;
  }
}
