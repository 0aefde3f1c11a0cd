import type { Row } from '../../engine/db/database';
import type { ChangeTransaction } from '../../engine/changes/change-log';
import { CONFLICT_LABEL, ENTITY_LABEL, RELATION_TYPES } from '../../engine/model/model';
import { notFound } from '../../platform/graphql/errors';
import type { BrokenPath, RetractedEntity, RetractedRelationship, RetractionReport, StatisticChange } from './retraction.type';

type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** How many of the best-connected entities count as hubs, and how far apart two may be to count as connected. */
export const RETRACTION_HUBS = 10;
export const RETRACTION_PATH_HOPS = 4;

const SOURCE_EXISTS = 'MATCH (s:Source {id: $id}) RETURN s.id AS id';

/** A relationship's key as the change log and the report name it, whoever created it. */
const keyOfRelationship = (variable: string) => `startNode(${variable}).id + ':' + type(${variable}) + ':' + endNode(${variable}).id`;
const onlyFrom = (variable: string) => `all(cited IN ${variable}.evidenceSourceIds WHERE cited = $id)`;
const typeOf = (variable: string) => `head([label IN labels(${variable}) WHERE label <> '${ENTITY_LABEL}'])`;

/** Relationships whose evidence cites the source: lost when it is their only source. */
export const CITING_RELATIONSHIPS = `
MATCH (a:${ENTITY_LABEL})-[r:${RELATION_TYPES.join('|')}]->(b:${ENTITY_LABEL})
WHERE $id IN r.evidenceSourceIds
RETURN a.id AS from, type(r) AS type, b.id AS to, ${onlyFrom('r')} AS lost,
       [cited IN r.evidenceSourceIds WHERE cited <> $id] AS otherSources`;

/**
 * Entities whose evidence cites the source. One whose every quote is from it loses all support unless a
 * relationship that survives (one not in `$lost`) still names it: that source states it exists, too.
 */
export const CITING_ENTITIES = `
MATCH (n:${ENTITY_LABEL})
WHERE $id IN n.evidenceSourceIds
RETURN n.id AS id, n.name AS name, ${typeOf('n')} AS type,
       ${onlyFrom('n')} AND NOT EXISTS { MATCH (n)-[r]-(:${ENTITY_LABEL}) WHERE NOT ${keyOfRelationship('r')} IN $lost } AS lost,
       [cited IN n.evidenceSourceIds WHERE cited <> $id] AS otherSources`;

export const CITING_CONFLICTS = `MATCH (c:${CONFLICT_LABEL}) WHERE c.statedSourceId = $id OR c.graphSourceId = $id RETURN c.id AS id`;

/** Pairs of hubs whose shortest connection (within the hop limit) breaks or lengthens without what is lost. */
export const BROKEN_HUB_PATHS = `
MATCH (hub:${ENTITY_LABEL})
WITH hub, COUNT { (hub)--(:${ENTITY_LABEL}) } AS degree
ORDER BY degree DESC, hub.id LIMIT ${RETRACTION_HUBS}
WITH collect(hub) AS hubs
UNWIND range(0, size(hubs) - 2) AS i
UNWIND range(i + 1, size(hubs) - 1) AS j
WITH hubs[i] AS a, hubs[j] AS b
OPTIONAL MATCH now = shortestPath((a)-[*..${RETRACTION_PATH_HOPS}]-(b))
WITH a, b, length(now) AS hopsBefore WHERE hopsBefore IS NOT NULL
OPTIONAL MATCH later = shortestPath((a)-[*..${RETRACTION_PATH_HOPS}]-(b))
  WHERE none(r IN relationships(later) WHERE ${keyOfRelationship('r')} IN $lost) AND none(n IN nodes(later) WHERE n.id IN $lostEntities)
WITH a, b, hopsBefore, length(later) AS hopsAfter
WHERE hopsAfter IS NULL OR hopsAfter > hopsBefore
RETURN a.id AS fromId, a.name AS fromName, b.id AS toId, b.name AS toName, hopsBefore, hopsAfter
ORDER BY hopsAfter IS NULL DESC, fromId, toId`;

const ENTITY_COUNTS = `MATCH (n:${ENTITY_LABEL}) RETURN ${typeOf('n')} AS key, count(*) AS count`;
const RELATIONSHIP_COUNTS = `MATCH ()-[r:${RELATION_TYPES.join('|')}]->() RETURN type(r) AS key, count(*) AS count`;

/** Removes the source from what keeps other sources, deletes what it alone supports, its conflicts, and the source. */
const STRIP_EVIDENCE = (target: string) => `
WITH ${target}, [i IN range(0, size(${target}.evidenceSourceIds) - 1) WHERE ${target}.evidenceSourceIds[i] <> $id] AS kept
SET ${target}.evidenceSourceIds = [i IN kept | ${target}.evidenceSourceIds[i]], ${target}.evidenceQuotes = [i IN kept | ${target}.evidenceQuotes[i]],
    ${target}.updatedAt = datetime(), ${target}.updatedBy = $by`;

export const APPLY_RETRACTION = [
  `UNWIND $lostRelationships AS key
   MATCH (:${ENTITY_LABEL} {id: key.from})-[r]->(:${ENTITY_LABEL} {id: key.to}) WHERE type(r) = key.type
   DELETE r`,
  `UNWIND $keptRelationships AS key
   MATCH (:${ENTITY_LABEL} {id: key.from})-[r]->(:${ENTITY_LABEL} {id: key.to}) WHERE type(r) = key.type
   ${STRIP_EVIDENCE('r')}`,
  `UNWIND $lostEntities AS id MATCH (n:${ENTITY_LABEL} {id: id}) DETACH DELETE n`,
  `UNWIND $keptEntities AS id MATCH (n:${ENTITY_LABEL} {id: id}) ${STRIP_EVIDENCE('n')}`,
  `UNWIND $conflicts AS id MATCH (c:${CONFLICT_LABEL} {id: id}) DELETE c`,
  'MATCH (s:Source {id: $id}) DELETE s',
];

function statistics(entities: Row[], relationshipCounts: Row[], lostEntities: RetractedEntity[], lostRelationships: RetractedRelationship[]): StatisticChange[] {
  const changes: StatisticChange[] = [];
  const counted = (prefix: string, rows: Row[], lost: { type: string }[]) => {
    for (const row of rows) {
      const gone = lost.filter((item) => item.type === row.key).length;
      if (gone > 0) changes.push({ key: `${prefix}.${row.key as string}`, before: row.count as number, after: (row.count as number) - gone });
    }
  };
  counted('entities', entities, lostEntities);
  counted('relationships', relationshipCounts, lostRelationships);
  return changes;
}

/**
 * What retracting source `id` would do, read without changing anything (with `run` from a read, or the
 * write transaction about to apply it): the facts that lose all support and those that keep other
 * sources, the conflicts it raised, the paths between hubs that would break or lengthen, the counts
 * that would change.
 */
export async function planRetraction(run: Run, id: string): Promise<Omit<RetractionReport, 'dryRun' | 'applied' | 'change'>> {
  if ((await run(SOURCE_EXISTS, { id })).length === 0) throw notFound('source', id);
  const relationships = (await run(CITING_RELATIONSHIPS, { id })).map((row) => {
    const key = { from: row.from as string, type: row.type as string, to: row.to as string };
    return { id: `${key.from}:${key.type}:${key.to}`, ...key, lost: row.lost as boolean, otherSourceIds: [...new Set(row.otherSources as string[])] };
  });
  const lostRelationships = relationships.filter((r) => r.lost);
  const lost = lostRelationships.map((r) => r.id);
  const entities = (await run(CITING_ENTITIES, { id, lost })).map((row) => ({
    id: row.id as string,
    name: row.name as string,
    type: row.type as string,
    lost: row.lost as boolean,
    otherSourceIds: [...new Set(row.otherSources as string[])],
  }));
  const lostEntities = entities.filter((entity) => entity.lost);
  const brokenPaths = (await run(BROKEN_HUB_PATHS, { lost, lostEntities: lostEntities.map((entity) => entity.id) })) as unknown as BrokenPath[];
  return {
    sourceId: id,
    lostEntities,
    keptEntities: entities.filter((entity) => !entity.lost),
    lostRelationships,
    keptRelationships: relationships.filter((r) => !r.lost),
    removedConflictIds: (await run(CITING_CONFLICTS, { id })).map((row) => row.id as string),
    brokenPaths,
    statistics: statistics(await run(ENTITY_COUNTS), await run(RELATIONSHIP_COUNTS), lostEntities, lostRelationships),
  };
}

/** Plans and applies a retraction in the change's transaction, declaring everything it touches first. */
export async function retractSource(tx: ChangeTransaction, id: string, by: string) {
  const plan = await planRetraction(tx.run, id);
  const keyOf = ({ from, type, to }: RetractedRelationship) => ({ from, type, to });
  const entityIds = [...plan.lostEntities, ...plan.keptEntities].map((entity) => entity.id);
  await tx.touch({
    sources: [id],
    entities: entityIds,
    relationshipsOf: plan.lostEntities.map((entity) => entity.id),
    relationships: [...plan.lostRelationships, ...plan.keptRelationships].map(keyOf),
    conflicts: plan.removedConflictIds,
  });
  const params = {
    id,
    by,
    lostRelationships: plan.lostRelationships.map(keyOf),
    keptRelationships: plan.keptRelationships.map(keyOf),
    lostEntities: plan.lostEntities.map((entity) => entity.id),
    keptEntities: plan.keptEntities.map((entity) => entity.id),
    conflicts: plan.removedConflictIds,
  };
  for (const statement of APPLY_RETRACTION) await tx.run(statement, params);
  return plan;
}
