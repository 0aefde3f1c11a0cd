import type { Database } from './database';

const BATCH = 10_000;

/**
 * Relationships first, then nodes, each in bounded batches: `DETACH DELETE` of a few thousand hubs drags
 * in all their relationships at once and can pass the per-transaction memory limit.
 */
export const DELETE_RELATIONSHIPS_BATCH = 'MATCH ()-[r]->() WITH r LIMIT $batch DELETE r RETURN count(*) AS deleted';
export const DELETE_NODES_BATCH = 'MATCH (n) WITH n LIMIT $batch DELETE n RETURN count(*) AS deleted';

/** Empties the graph in bounded transactions, so a graph of any size never needs one huge one. */
export async function clearGraph(db: Database): Promise<void> {
  for (const statement of [DELETE_RELATIONSHIPS_BATCH, DELETE_NODES_BATCH]) {
    for (;;) {
      const [{ deleted }] = await db.write((tx) => tx.run(statement, { batch: BATCH }));
      if (deleted === 0) break;
    }
  }
}
