import { CONFLICT_LABEL, ENTITY_LABEL, ENTITY_TYPES } from '../model/model';
import type { Database } from './database';
import { CHANGE_LOG_MIGRATIONS } from '../changes/change-log';

/** The full-text index behind `search`: names and aliases, so abbreviations find their entities. */
export const ENTITY_SEARCH_INDEX = 'entity_search';

/**
 * Schema statements, each idempotent (`IF NOT EXISTS`), so every start may apply all of them.
 * Labels come from the model's allow-list; nothing here is built from input.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  'CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  `CREATE CONSTRAINT conflict_id_unique IF NOT EXISTS FOR (c:${CONFLICT_LABEL}) REQUIRE c.id IS UNIQUE`,
  `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.name, n.aliases]`,
  ...ENTITY_TYPES.flatMap((type) => [
    `CREATE INDEX ${type.toLowerCase()}_name IF NOT EXISTS FOR (n:${type}) ON (n.name)`,
    `CREATE INDEX ${type.toLowerCase()}_kind IF NOT EXISTS FOR (n:${type}) ON (n.kind)`,
  ]),
  ...CHANGE_LOG_MIGRATIONS,
];

/** Applies every migration and waits until the indexes are online, so the first query can use them. */
export async function migrate(db: Database): Promise<number> {
  for (const statement of MIGRATIONS) {
    await db.write((tx) => tx.run(statement));
  }
  await db.write((tx) => tx.run('CALL db.awaitIndexes(300)'));
  return MIGRATIONS.length;
}

/** True when every index the migrations name exists and is online. */
export async function migrationsApplied(db: Database): Promise<boolean> {
  const rows = await db.read("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names");
  const online = new Set(rows[0]?.names as string[]);
  return MIGRATIONS.map((statement) => /(?:INDEX|CONSTRAINT) (\w+) IF NOT EXISTS/.exec(statement)?.[1]).every(
    (name) => name !== undefined && online.has(name),
  );
}
