import { ENTITY_LABEL, ENTITY_TYPES, EntityType, RELATION_TYPES } from '../../engine/model/model';
import type { QueryRunner } from '../../engine/db/database';
import { entityProjection, relationshipProjection, toEntityRecord, toEvidence, toRelationshipRecord, type EntityRecord, type RelationshipRecord } from '../entity/entity.record';
import { COUNTRY_PATTERNS } from '../entity/entity.repository';
import type { Evidence } from '../entity/entity.type';
import { statedWithin, type DateRangeValue } from '../../engine/model/stated.cypher';
import { dateRangeParam } from '../../engine/model/date-range';

const TYPE_OF = (variable: string) => `head([label IN labels(${variable}) WHERE label <> '${ENTITY_LABEL}'])`;

/**
 * The dashboard counts, each as one subquery returning one map per row; `param` names its parameters
 * so that the fields a request selects (aliases with their own arguments too) share one statement.
 * Each counts only what was stated in the statement's `$stated` range (null: everything): an entity
 * a source published in the range mentions, a relationship a source published in it states.
 */
type Parameter = (name: string) => string;

const stated = (variable: string) => statedWithin(variable, '$stated');

export const STATISTICS = {
  entitiesByType: () => `
MATCH (n:${ENTITY_LABEL})
WHERE ${stated('n')}
WITH ${TYPE_OF('n')} AS key, count(*) AS count
RETURN {key: key, count: count} AS bucket ORDER BY count DESC, key`,
  entitiesByKind: (param: Parameter) => `
MATCH (n:${ENTITY_LABEL})
WITH n, ${TYPE_OF('n')} AS type
WHERE (${param('type')} IS NULL OR type = ${param('type')}) AND ${stated('n')}
WITH type, n.kind AS key, count(*) AS count
RETURN {type: type, key: key, count: count} AS bucket ORDER BY type, count DESC, key`,
  relationshipsByType: () => `
MATCH ()-[r:${RELATION_TYPES.join('|')}]->()
WHERE ${stated('r')}
WITH type(r) AS key, count(*) AS count
RETURN {key: key, count: count} AS bucket ORDER BY count DESC, key`,
  /** Per country, how many entities of each type are "in" it (the same meaning as the `country` list filter). */
  entitiesByCountry: (param: Parameter) => `
MATCH (c:Country)
CALL (c) {
  ${ENTITY_TYPES.filter((type) => type !== EntityType.Country)
    .map((type) => `MATCH (n:${type}) WHERE EXISTS { MATCH ${COUNTRY_PATTERNS[type]} } AND ${stated('n')} RETURN '${type}' AS key, count(n) AS count`)
    .join('\n  UNION ALL\n  ')}
}
WITH c, key, count WHERE count > 0
WITH c, collect({key: key, count: count}) AS byType, sum(count) AS total
ORDER BY total DESC, c.name
LIMIT ${param('first')}
RETURN {node: ${entityProjection('c')}, total: total, byType: byType} AS breakdown`,
  entitiesByDomain: (param: Parameter) => `
MATCH (d:Domain)
CALL (d) {
  MATCH (d)<-[:IN_DOMAIN|PROMOTES]-(n:${ENTITY_LABEL})
  WHERE ${stated('n')}
  WITH DISTINCT n
  RETURN ${TYPE_OF('n')} AS key, count(*) AS count
}
WITH d, key, count ORDER BY key
WITH d, collect({key: key, count: count}) AS byType, sum(count) AS total
ORDER BY total DESC, d.name
LIMIT ${param('first')}
RETURN {node: ${entityProjection('d')}, total: total, byType: byType} AS breakdown`,
} satisfies Record<string, (param: Parameter) => string>;

export type StatisticsField = keyof typeof STATISTICS;

/** One selected statistics field: which count, and its arguments. */
export interface StatisticsRequest {
  field: StatisticsField;
  args: Record<string, unknown>;
}

/** Every selected count in one statement, one column (`s<i>`) per request, parameters prefixed the same way. */
export function statisticsCypher(requests: readonly StatisticsRequest[]): string {
  const columns = requests.map(({ field }, index) => `COLLECT {${STATISTICS[field]((name) => `$s${index}_${name}`)}\n} AS s${index}`);
  return `RETURN ${columns.join(',\n  ')}`;
}

export interface Bucket {
  key: string;
  count: number;
}

export interface EntityBuckets {
  node: EntityRecord;
  total: number;
  byType: Bucket[];
}

/** The selected counts, by request; per-entity breakdowns list their types by count, then name. */
export async function statistics(db: QueryRunner, requests: readonly StatisticsRequest[], range: DateRangeValue | null | undefined): Promise<unknown[]> {
  if (requests.length === 0) return [];
  const params = Object.fromEntries(requests.flatMap(({ args }, index) => Object.entries(args).map(([name, value]) => [`s${index}_${name}`, value ?? null])));
  const [row] = await db.read(statisticsCypher(requests), { ...params, stated: dateRangeParam(range) });
  return requests.map((_request, index) =>
    (row[`s${index}`] as Record<string, unknown>[]).map((item) =>
      'node' in item
        ? {
            node: toEntityRecord(item.node as Record<string, unknown>),
            total: item.total as number,
            byType: (item.byType as Bucket[]).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
          }
        : item,
    ),
  );
}

export const HUBS = `
MATCH (n:${ENTITY_LABEL})
WHERE $types IS NULL OR any(label IN labels(n) WHERE label IN $types)
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
LIMIT $first
RETURN ${entityProjection('n')} AS node, degree`;

export async function hubs(db: QueryRunner, types: EntityType[] | null, first: number): Promise<{ node: EntityRecord; degree: number }[]> {
  const rows = await db.read(HUBS, { types, first });
  return rows.map((row) => ({ node: toEntityRecord(row.node as Record<string, unknown>), degree: row.degree as number }));
}

/**
 * The entities two entities both link to, each with the relationships that link it to either (by type and direction,
 * so the answer is the same whatever order the store keeps them in), those with the most links first.
 */
export const COMMON_PARTNERS = `
OPTIONAL MATCH (a:${ENTITY_LABEL} {id: $a})
OPTIONAL MATCH (b:${ENTITY_LABEL} {id: $b})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH (a)-[ra]-(m:${ENTITY_LABEL})-[rb]-(b)
  WHERE m <> a AND m <> b
  WITH m, ra, rb ORDER BY type(ra), startNode(ra) = a, type(rb), startNode(rb) = b
  WITH m, collect(DISTINCT ${relationshipProjection('ra', 'a')}) AS viaA, collect(DISTINCT ${relationshipProjection('rb', 'b')}) AS viaB
  ORDER BY size(viaA) + size(viaB) DESC, m.name
  LIMIT $first
  RETURN collect({node: ${entityProjection('m')}, viaA: viaA, viaB: viaB}) AS partners
}
RETURN a IS NOT NULL AS aExists, b IS NOT NULL AS bExists, partners`;

export interface CommonPartnerRecord {
  node: EntityRecord;
  viaA: RelationshipRecord[];
  viaB: RelationshipRecord[];
}

export async function commonPartners(db: QueryRunner, a: string, b: string, first: number) {
  const [row] = await db.read(COMMON_PARTNERS, { a, b, first });
  const partners = (row.partners as { node: Record<string, unknown>; viaA: Record<string, unknown>[]; viaB: Record<string, unknown>[] }[]).map(
    (partner): CommonPartnerRecord => ({
      node: toEntityRecord(partner.node),
      viaA: partner.viaA.map(toRelationshipRecord),
      viaB: partner.viaB.map(toRelationshipRecord),
    }),
  );
  return { aExists: row.aExists as boolean, bExists: row.bExists as boolean, partners };
}

export enum MatrixDimension {
  COUNTRY = 'COUNTRY',
  INSTITUTION = 'INSTITUTION',
}

/** What two parties can share: the collaboration "hubs" a matrix cell counts. */
const HUB_TYPES = [EntityType.Project, EntityType.Platform, EntityType.Agreement, EntityType.Network];

/** How a hub reaches the parties of each dimension, with the relationships that show it. */
const PARTIES: Record<MatrixDimension, string> = {
  [MatrixDimension.INSTITUTION]: `
    MATCH (h)-[link]-(party:Institution) RETURN party, [link] AS links`,
  [MatrixDimension.COUNTRY]: `
    MATCH (h)-[link]-(:Institution)-[located:LOCATED_IN]->{1,2}(party:Country) RETURN party, [link] + located AS links
    UNION ALL
    MATCH (h)-[link:COVERS|LOCATED_IN]->(party:Country) RETURN party, [link] AS links
    UNION ALL
    MATCH (h)-[link:COVERS|LOCATED_IN]->(:Place)-[located:LOCATED_IN]->{1,2}(party:Country) RETURN party, [link] + located AS links`,
};

/**
 * Pairs of parties (countries or institutions) that share projects, platforms, agreements or
 * networks; the weight is how many they share, the evidence every relationship that links them.
 * With a `$stated` range, a hub links a party only when every relationship of the link was stated
 * in the range. The hubs a pair shares come by name, so the answer is the same whatever order the
 * store keeps its nodes in.
 */
export function collaborationMatrixCypher(by: MatrixDimension): string {
  return `
MATCH (h:${ENTITY_LABEL})
WHERE (${HUB_TYPES.map((type) => `h:${type}`).join(' OR ')})
  AND ($domain IS NULL OR EXISTS { MATCH (h)-[:IN_DOMAIN|PROMOTES]->(d:Domain) WHERE d.id = $domain })
CALL (h) {${PARTIES[by]}
}
WITH h, party, links WHERE all(link IN links WHERE ${stated('link')})
WITH h, party, collect(links) AS linkLists
WITH h, party, reduce(acc = [], links IN linkLists | acc + links) AS links
WITH h, collect({party: party, links: links}) AS parties
UNWIND parties AS x
UNWIND parties AS y
WITH h, x, y WHERE x.party.id < y.party.id
WITH h, x, y ORDER BY h.name, h.id
WITH x.party AS a, y.party AS b, collect({hub: h, links: x.links + y.links}) AS shared
WITH a, b, shared, [s IN shared | s.hub] AS hubs
RETURN ${entityProjection('a')} AS a, ${entityProjection('b')} AS b, size(shared) AS weight,
  [hub IN hubs | ${entityProjection('hub')}] AS via,
  reduce(acc = [], s IN shared | acc + [r IN s.links | r {.evidenceSourceIds, .evidenceQuotes}]) AS evidence
ORDER BY weight DESC, a.name, b.name
LIMIT $first`;
}

export interface MatrixCellRecord {
  a: EntityRecord;
  b: EntityRecord;
  weight: number;
  via: EntityRecord[];
  evidence: Evidence[];
}

export async function collaborationMatrix(
  db: QueryRunner,
  by: MatrixDimension,
  domain: string | null,
  range: DateRangeValue | null | undefined,
  first: number,
): Promise<MatrixCellRecord[]> {
  const rows = await db.read(collaborationMatrixCypher(by), { domain, stated: dateRangeParam(range), first });
  return rows.map((row) => {
    const seen = new Set<string>();
    const evidence = (row.evidence as { evidenceSourceIds?: string[]; evidenceQuotes?: string[] }[])
      .flatMap((stored) => toEvidence(stored))
      .filter((item) => !seen.has(item.quote) && seen.add(item.quote) !== undefined);
    return {
      a: toEntityRecord(row.a as Record<string, unknown>),
      b: toEntityRecord(row.b as Record<string, unknown>),
      weight: row.weight as number,
      via: (row.via as Record<string, unknown>[]).map(toEntityRecord),
      evidence,
    };
  });
}
