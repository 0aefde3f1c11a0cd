import { randomUUID } from 'node:crypto';
import type { Database, QueryRunner } from '../db/database';
import { QueryStats } from '../db/database';
import { EntityLoaders } from '../entity/entity.loaders';

/** Everything a resolver may use; made fresh for each request. */
export interface GraphContext {
  requestId: string;
  db: QueryRunner;
  stats: QueryStats;
  loaders: EntityLoaders;
}

export function createContext(database: Database, requestId: string = randomUUID()): GraphContext {
  const stats = new QueryStats();
  const db = database.runner(stats);
  return { requestId, db, stats, loaders: new EntityLoaders(db) };
}
