import { randomUUID } from 'node:crypto';
import { Role, type Principal } from '../auth/roles';
import { CypherGate } from '../cypher/cypher.gate';
import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from '../cypher/cypher.limits';
import type { Database, QueryRunner } from '../db/database';
import { QueryStats } from '../db/database';
import type { Deadline } from '../db/deadline';
import type { RequestBookmarks } from '../db/bookmarks';
import { EntityLoaders } from '../entity/entity.loaders';
import type { ProposerPool } from '../propose/propose.pool';

/** Everything a resolver may use; made fresh for each request. */
export interface GraphContext {
  requestId: string;
  db: QueryRunner;
  stats: QueryStats;
  loaders: EntityLoaders;
  principal: Principal;
  cypher: CypherLimits;
  /** Shared by every request of a server: how many researcher queries run now. */
  cypherGate: CypherGate;
  /** Shared by every request of a server: the threads that read texts into drafts. */
  proposer: ProposerPool | undefined;
}

const ANONYMOUS_READER: Principal = { id: 'anonymous', authenticated: false, role: Role.READER };

export interface ContextOptions {
  requestId?: string;
  principal?: Principal;
  cypher?: CypherLimits;
  cypherGate?: CypherGate;
  proposer?: ProposerPool;
  /** When the request's time is up; by default the transaction time limit from now. */
  deadline?: Deadline;
  /** Bookmarks the client sent (read-your-writes), and those of the request's writes. */
  bookmarks?: RequestBookmarks;
}

export function createContext(database: Database, options: ContextOptions = {}): GraphContext {
  const stats = new QueryStats();
  const db = database.runner(stats, options.deadline, options.bookmarks);
  const cypher = options.cypher ?? DEFAULT_CYPHER_LIMITS;
  return {
    requestId: options.requestId ?? randomUUID(),
    db,
    stats,
    loaders: new EntityLoaders(db),
    principal: options.principal ?? ANONYMOUS_READER,
    cypher,
    cypherGate: options.cypherGate ?? new CypherGate(cypher),
    proposer: options.proposer,
  };
}
