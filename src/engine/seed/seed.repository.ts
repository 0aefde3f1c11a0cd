import neo4j from 'neo4j-driver';
import { ENTITY_LABEL, isEntityType, isRelationType } from '../model/model';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES, type PropertyKind } from '../model/properties';
import type { Database } from '../db/database';
import { writeChange, type ChangeTransaction } from '../changes/change-log';
import { appendEvidence } from '../model/evidence.cypher';
import type { LoadedSeed } from './seed.loader';
import type { DocumentEvidence, PropertyMap } from '../documents/document.format';

export const MERGE_SOURCE = `
MERGE (s:Source {id: $source.id})
ON CREATE SET s.createdAt = datetime()
SET s += $source`;

/**
 * Upserts entities of every type in one statement. The type label is set from the row
 * (`$(row.type)`, Cypher 5.26), which the caller has checked against the model's allow-list;
 * one statement instead of one per type keeps a cold database from planning a dozen queries.
 */
export const MERGE_ENTITIES = `
UNWIND $rows AS row
OPTIONAL MATCH (existing:${ENTITY_LABEL} {id: row.id})
WITH row, existing IS NULL AS created, existing IS NOT NULL AND NOT row.type IN labels(existing) AS conflict
CALL (row, conflict) {
  WITH row WHERE NOT conflict
  MERGE (n:${ENTITY_LABEL} {id: row.id})
  ON CREATE SET n:$(row.type), n.createdAt = datetime(), n.createdBy = $by
  SET n.name = row.name, n.kind = row.kind, n += row.properties,
      n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
  ${appendEvidence('n', 'row.evidence', ['row'])}
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, [r IN collect(CASE WHEN conflict THEN row.id END) WHERE r IS NOT NULL] AS conflicts`;

/** Upserts relationships of every type in one statement; `row.type` is checked against the allow-list first. */
export const MERGE_RELATIONS = `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from}), (b:${ENTITY_LABEL} {id: row.to})
OPTIONAL MATCH (a)-[existing:$(row.type)]->(b)
WITH a, b, row, existing IS NULL AS created
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.id = row.from + ':' + row.type + ':' + row.to, r.createdAt = datetime(), r.createdBy = $by
SET r += row.properties
${appendEvidence('r', 'row.evidence', ['row', 'created'])}
RETURN count(*) AS applied, sum(CASE WHEN created THEN 1 ELSE 0 END) AS created`;

export interface SeedResult {
  sources: number;
  entitiesCreated: number;
  entitiesMatched: number;
  relationsCreated: number;
  relationsMatched: number;
}

/** Driver values for properties Neo4j should store natively (dates as DATE, not strings). */
export function storedProperties(properties: PropertyMap, kinds: Record<string, PropertyKind>): PropertyMap {
  return Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [
      name,
      kinds[name] === 'date' ? neo4j.types.Date.fromStandardDate(new Date(`${value as string}T00:00:00Z`)) : value,
    ]),
  );
}

function evidenceRows(evidence: DocumentEvidence[], defaultSource: string) {
  return evidence.map((item) => ({ sourceId: item.source ?? defaultSource, quote: item.quote }));
}

/** The change record's author for everything the seed files create. */
export const SEED_AUTHOR = 'seed';

export class SeedConflictError extends Error {}

async function applyOne(tx: ChangeTransaction, seed: LoadedSeed, result: SeedResult): Promise<void> {
  const { source, entities, relations } = seed.document;
  await tx.touch({ sources: [source.id], entities: entities.map((entity) => entity.id), relationships: relations.map(({ from, type, to }) => ({ from, type, to })) });
  const unknownType = entities.find((entity) => !isEntityType(entity.type))?.type ?? relations.find((relation) => !isRelationType(relation.type))?.type;
  if (unknownType !== undefined) throw new SeedConflictError(`${seed.file}: "${unknownType}" is not a type of the model`);
  await tx.run(MERGE_SOURCE, {
    source: { ...source, publishedOn: storedProperties({ publishedOn: source.publishedOn }, { publishedOn: 'date' }).publishedOn, text: seed.sourceText },
  });
  result.sources += 1;
  const entityRows = entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    kind: entity.kind,
    aliases: entity.aliases,
    properties: storedProperties(entity.properties, ENTITY_PROPERTIES[entity.type]),
    evidence: evidenceRows(entity.evidence, source.id),
  }));
  const [merged] = await tx.run(MERGE_ENTITIES, { rows: entityRows, by: SEED_AUTHOR });
  const conflicts = merged.conflicts as string[];
  if (conflicts.length > 0) throw new SeedConflictError(`${seed.file}: ids already used by an entity of another type: ${conflicts.join(', ')}`);
  result.entitiesCreated += merged.created as number;
  result.entitiesMatched += entityRows.length - (merged.created as number);
  const relationRows = relations.map((relation) => ({
    type: relation.type,
    from: relation.from,
    to: relation.to,
    properties: storedProperties(relation.properties, RELATION_PROPERTIES),
    evidence: evidenceRows(relation.evidence, source.id),
  }));
  const [linked] = await tx.run(MERGE_RELATIONS, { rows: relationRows, by: SEED_AUTHOR });
  if (linked.applied !== relationRows.length) throw new SeedConflictError(`${seed.file}: some relations name entities that do not exist`);
  result.relationsCreated += linked.created as number;
  result.relationsMatched += relationRows.length - (linked.created as number);
}

/** Applies every seed in one transaction with MERGE: all of it or nothing, and a second run creates nothing. */
export async function applySeeds(db: Database, seeds: LoadedSeed[]): Promise<SeedResult> {
  const meta = { operation: 'seed', by: SEED_AUTHOR, summary: `seeded ${seeds.map((seed) => seed.document.source.id).join(', ')}` };
  return writeChange(db, meta, async (tx) => {
    const result: SeedResult = { sources: 0, entitiesCreated: 0, entitiesMatched: 0, relationsCreated: 0, relationsMatched: 0 };
    for (const seed of seeds) await applyOne(tx, seed, result);
    return result;
  });
}

export const COUNT_ENTITIES = `MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS count`;
