import { clearGraph } from '../src/engine/db/clear-graph';
import type { Database } from '../src/engine/db/database';
import { migrate } from '../src/engine/db/migrations';
import { ENTITY_LABEL } from '../src/engine/model/model';
import type { SyntheticEntity, SyntheticRelation } from './synthetic-graph';

const BATCH = 10_000;
const WRITERS = Number(process.env.BENCH_LOAD_WRITERS ?? 2);
const SOURCE_ID = 'synthetic-benchmark-corpus';

/** Entities in batches; the type label is set per row (Cypher 5.26 dynamic labels, from the model's types). */
const CREATE_ENTITIES = `
UNWIND $rows AS row
CREATE (n:${ENTITY_LABEL} {id: row.id, name: row.name, kind: row.kind, aliases: row.aliases,
  evidenceSourceIds: [$source], evidenceQuotes: [row.name + ' is named in the synthetic corpus.']})
SET n:$(row.type)`;

const CREATE_RELATIONS = `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from}), (b:${ENTITY_LABEL} {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r.id = row.from + ':' + row.type + ':' + row.to, r.evidenceSourceIds = [$source], r.evidenceQuotes = [row.from + ' ' + row.type + ' ' + row.to]`;

/**
 * Writes `rows` in batches, `WRITERS` transactions at a time: Neo4j spreads concurrent transactions over
 * its cores. A deadlock between two writers on a hub node is transient: the driver retries it.
 */
async function inBatches<T>(db: Database, cypher: string, rows: T[], label: string, progress: (line: string) => void): Promise<void> {
  const started = performance.now();
  let next = 0;
  let done = 0;
  const writer = async () => {
    while (next < rows.length) {
      const offset = next;
      next += BATCH;
      const batch = rows.slice(offset, offset + BATCH);
      await db.write((tx) => tx.run(cypher, { rows: batch, source: SOURCE_ID }));
      done += batch.length;
      progress(`${label}: ${done}/${rows.length} (${Math.round(done / ((performance.now() - started) / 1000))}/s)`);
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
}

/**
 * Empties the graph and loads a synthetic one: constraints and indexes first (so every MATCH by id
 * uses the uniqueness index), then entities, then relationships, in batched UNWIND transactions.
 * Returns the seconds it took.
 */
export async function bulkLoad(
  db: Database,
  graph: { entities: SyntheticEntity[]; relations: SyntheticRelation[] },
  progress: (line: string) => void = () => {},
): Promise<{ seconds: number }> {
  const started = performance.now();
  await clearGraph(db);
  await migrate(db);
  await db.write((tx) =>
    tx.run(
      "MERGE (s:Source {id: $id}) SET s.title = 'Synthetic benchmark corpus', s.publisher = 'collab-graph bench', s.place = 'Nowhere', s.publishedOn = date('2024-01-01'), s.file = 'synthetic.txt', s.text = ''",
      { id: SOURCE_ID },
    ),
  );
  await inBatches(db, CREATE_ENTITIES, graph.entities, 'entities', progress);
  await inBatches(db, CREATE_RELATIONS, graph.relations, 'relationships', progress);
  return { seconds: (performance.now() - started) / 1000 };
}
