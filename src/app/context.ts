import { randomUUID } from 'node:crypto';
import { Role, type Principal } from '../platform/auth/roles';
import { CypherGate } from '../features/cypher/cypher.gate';
import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from '../features/cypher/cypher.limits';
import type { Database } from '../engine/db/database';
import { QueryStats } from '../engine/db/database';
import type { Deadline } from '../engine/db/deadline';
import type { RequestBookmarks } from '../engine/db/bookmarks';
import type { GraphContext } from '../engine/context';
import type { ChangeFollower } from '../engine/changes/change-follower';

export type { GraphContext };
import { EntityLoaders } from '../features/entity/entity.loaders';
import type { ProposerPool } from '../features/propose/propose.pool';

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
  /** The process's follower of the change log; none for tools that run outside the service. */
  changes?: ChangeFollower;
}

/** A request's context: the engine's part and each feature's (the assembly is where they meet). */
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
    changes: options.changes,
  };
}
