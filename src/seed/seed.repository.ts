import neo4j from 'neo4j-driver';
import { ENTITY_LABEL, type EntityType, type RelationType } from '../graph/model';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES, type PropertyKind } from '../graph/properties';
import type { Database, WriteTransaction } from '../db/database';
import type { LoadedSeed } from './seed.loader';
import type { PropertyMap, SeedEvidence } from './seed.document';

/**
 * Appends evidence pairs that `target` does not hold yet. Evidence is stored as two parallel lists
 * (`evidenceSourceIds`, `evidenceQuotes`) so researchers can query it in plain Cypher.
 */
function appendEvidence(target: string, carried = ''): string {
  const keep = `${target}, row${carried ? `, ${carried}` : ''}`;
  return `
WITH ${keep}, [i IN range(0, size(coalesce(${target}.evidenceQuotes, [])) - 1)
  | ${target}.evidenceSourceIds[i] + '|' + ${target}.evidenceQuotes[i]] AS held
WITH ${keep}, [e IN row.evidence WHERE NOT e.sourceId + '|' + e.quote IN held] AS fresh
SET ${target}.evidenceSourceIds = coalesce(${target}.evidenceSourceIds, []) + [e IN fresh | e.sourceId],
    ${target}.evidenceQuotes = coalesce(${target}.evidenceQuotes, []) + [e IN fresh | e.quote]`;
}

export const MERGE_SOURCE = `
MERGE (s:Source {id: $source.id})
ON CREATE SET s.createdAt = datetime()
SET s += $source`;

/** Upserts entities of one type; the label comes from the model's allow-list. */
export function mergeEntitiesCypher(type: EntityType): string {
  return `
UNWIND $rows AS row
OPTIONAL MATCH (existing:${ENTITY_LABEL} {id: row.id})
WITH row, existing IS NULL AS created, existing IS NOT NULL AND NOT existing:${type} AS conflict
CALL (row, conflict) {
  WITH row WHERE NOT conflict
  MERGE (n:${ENTITY_LABEL} {id: row.id})
  ON CREATE SET n:${type}, n.createdAt = datetime()
  SET n.name = row.name, n.kind = row.kind, n += row.properties,
      n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
  ${appendEvidence('n')}
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, [r IN collect(CASE WHEN conflict THEN row.id END) WHERE r IS NOT NULL] AS conflicts`;
}

/** Upserts relationships of one type; the type comes from the model's allow-list. */
export function mergeRelationsCypher(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from}), (b:${ENTITY_LABEL} {id: row.to})
OPTIONAL MATCH (a)-[existing:${type}]->(b)
WITH a, b, row, existing IS NULL AS created
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r.id = row.from + ':${type}:' + row.to, r.createdAt = datetime()
SET r += row.properties
${appendEvidence('r', 'created')}
RETURN count(*) AS applied, sum(CASE WHEN created THEN 1 ELSE 0 END) AS created`;
}

export interface SeedResult {
  sources: number;
  entitiesCreated: number;
  entitiesMatched: number;
  relationsCreated: number;
  relationsMatched: number;
}

/** Driver values for properties Neo4j should store natively (dates as DATE, not strings). */
function storedProperties(properties: PropertyMap, kinds: Record<string, PropertyKind>): PropertyMap {
  return Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [
      name,
      kinds[name] === 'date' ? neo4j.types.Date.fromStandardDate(new Date(`${value as string}T00:00:00Z`)) : value,
    ]),
  );
}

function evidenceRows(evidence: SeedEvidence[], defaultSource: string) {
  return evidence.map((item) => ({ sourceId: item.source ?? defaultSource, quote: item.quote }));
}

function groupBy<T, K extends string>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export class SeedConflictError extends Error {}

async function applyOne(tx: WriteTransaction, seed: LoadedSeed, result: SeedResult): Promise<void> {
  const { source, entities, relations } = seed.document;
  await tx.run(MERGE_SOURCE, {
    source: { ...source, publishedOn: storedProperties({ publishedOn: source.publishedOn }, { publishedOn: 'date' }).publishedOn, text: seed.sourceText },
  });
  result.sources += 1;
  for (const [type, group] of groupBy(entities, (entity) => entity.type)) {
    const rows = group.map((entity) => ({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases,
      properties: storedProperties(entity.properties, ENTITY_PROPERTIES[type]),
      evidence: evidenceRows(entity.evidence, source.id),
    }));
    const [row] = await tx.run(mergeEntitiesCypher(type), { rows });
    const conflicts = row.conflicts as string[];
    if (conflicts.length > 0) throw new SeedConflictError(`${seed.file}: ids already used by an entity of another type: ${conflicts.join(', ')}`);
    result.entitiesCreated += row.created as number;
    result.entitiesMatched += rows.length - (row.created as number);
  }
  for (const [type, group] of groupBy(relations, (relation) => relation.type)) {
    const rows = group.map((relation) => ({
      from: relation.from,
      to: relation.to,
      properties: storedProperties(relation.properties, RELATION_PROPERTIES),
      evidence: evidenceRows(relation.evidence, source.id),
    }));
    const [row] = await tx.run(mergeRelationsCypher(type), { rows });
    if (row.applied !== rows.length) throw new SeedConflictError(`${seed.file}: some ${type} relations name entities that do not exist`);
    result.relationsCreated += row.created as number;
    result.relationsMatched += rows.length - (row.created as number);
  }
}

/** Applies every seed in one transaction with MERGE: all of it or nothing, and a second run creates nothing. */
export async function applySeeds(db: Database, seeds: LoadedSeed[]): Promise<SeedResult> {
  return db.write(async (tx) => {
    const result: SeedResult = { sources: 0, entitiesCreated: 0, entitiesMatched: 0, relationsCreated: 0, relationsMatched: 0 };
    for (const seed of seeds) await applyOne(tx, seed, result);
    return result;
  });
}

export const COUNT_ENTITIES = `MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS count`;
