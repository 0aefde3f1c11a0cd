import { ENTITY_LABEL, type EntityType, type RelationType } from '../graph/model';
import { Direction } from '../graph/enums';
import type { QueryRunner } from '../db/database';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES } from '../graph/properties';
import type { RelatedSelection } from '../graphql/selection';
import {
  selectedEntityProjection,
  selectedRelationshipProjection,
  toEntityRecord,
  toRelationshipRecord,
  type EntityRecord,
  type RelatedProjection,
  type RelationshipRecord,
} from './entity.record';
import type { Evidence } from './entity.type';

/**
 * A relationship field: which relationship types to follow, which way, to which entity types, and
 * how many hops (2 reaches a country through a region). Every part comes from the model's allow-lists.
 */
export interface RelationSpec {
  types: readonly RelationType[];
  direction: Direction;
  targets: readonly EntityType[];
  maxHops?: 1 | 2;
}

export function relationSpecKey(spec: RelationSpec): string {
  return `${spec.types.join('|')}/${spec.direction}/${spec.targets.join('|')}/${spec.maxHops ?? 1}`;
}

/** One edge of a relationship connection: the entity at the other end and how it is reached. */
export interface RelatedEdge extends RelationshipRecord {
  node: EntityRecord;
  /** 1 for a direct relationship; more when the field follows a chain (evidence then covers every hop). */
  hops: number;
}

export interface RelatedPage {
  total: number;
  edges: RelatedEdge[];
}

/** Entity properties a query may ask for: the common ones and every type's allow-list. */
export const ENTITY_PROPERTY_NAMES = new Set(['id', 'name', 'kind', 'aliases', 'createdBy', 'createdAt', 'updatedBy', 'updatedAt', ...Object.values(ENTITY_PROPERTIES).flatMap(Object.keys)]);
export const RELATION_PROPERTY_NAMES = new Set(['id', ...Object.keys(RELATION_PROPERTIES)]);

/**
 * Reads only what the query selects: reading every property (evidence lists included) of every related
 * entity was most of a nested dashboard query's database hits. The id and name are always read (the
 * page is ordered by name, and nested fields need the id).
 */
export function projectionOf(selection: RelatedSelection): RelatedProjection {
  const nodeProperties = [...new Set(['id', 'name', ...[...selection.nodeFields].filter((field) => ENTITY_PROPERTY_NAMES.has(field))])];
  const nodeEvidence = selection.nodeFields.has('evidence');
  const edgeProperties = [...selection.edgeFields].filter((field) => RELATION_PROPERTY_NAMES.has(field));
  const edgeEvidence = selection.edgeFields.has('evidence');
  const key = `${nodeProperties.join(',')}${nodeEvidence ? '+e' : ''}/${edgeProperties.join(',')}${edgeEvidence ? '+e' : ''}`;
  return { nodeProperties, nodeEvidence, edgeProperties, edgeEvidence, key };
}

/** The relationship pattern, `r` naming a single hop or `*1..k` a chain; types and direction from the spec. */
function relationshipPattern(spec: RelationSpec, inside: string, other: string): string {
  const left = spec.direction === Direction.IN ? '<-' : '-';
  const right = spec.direction === Direction.OUT ? '->' : '-';
  return `(n)${left}[${inside}]${right}${other}`;
}

/**
 * Loads one page of related entities for every parent id in one round trip, reading only what the
 * query selects. A single hop is matched without a path variable and a single target type sits in
 * the pattern, which is several times cheaper to run; chains keep the shortest path to each entity,
 * so it appears once.
 */
export function relatedEntitiesCypher(spec: RelationSpec, projection: RelatedProjection): string {
  const types = spec.types.length > 0 ? `:${spec.types.join('|')}` : '';
  const chained = (spec.maxHops ?? 1) > 1;
  const single = spec.targets.length === 1;
  const other = `(m:${single ? spec.targets[0] : ENTITY_LABEL})`;
  const targets = !single && spec.targets.length > 0 ? ` AND (${spec.targets.map((type) => `m:${type}`).join(' OR ')})` : '';
  const relationship = selectedRelationshipProjection('r', 'n', projection);
  const match = chained
    ? `MATCH p = ${relationshipPattern(spec, `${types}*1..${spec.maxHops}`, other)}
  WHERE m <> n${targets}
  WITH m, p ORDER BY length(p) WITH m, collect(p)[0] AS p
  WITH m, p ORDER BY m.name, m.id
  RETURN collect({node: ${selectedEntityProjection('m', projection)}, rels: [r IN relationships(p) | ${relationship}]}) AS edges`
    : `MATCH ${relationshipPattern(spec, `r${types}`, other)}
  WHERE m <> n${targets}
  WITH m, r ORDER BY m.name, m.id
  RETURN collect({node: ${selectedEntityProjection('m', projection)}, rels: [${relationship}]}) AS edges`;
  return `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
CALL (n) {
  ${match}
}
RETURN id, size(edges) AS total, edges[$offset..($offset + $limit)] AS page`;
}

interface RawEdge {
  node: Record<string, unknown>;
  rels: Record<string, unknown>[];
}

function toRelatedEdge(raw: RawEdge): RelatedEdge {
  const [first, ...rest] = raw.rels.map(toRelationshipRecord);
  const evidence: Evidence[] = [...first.evidence, ...rest.flatMap((rel) => rel.evidence)];
  return { ...first, evidence, node: toEntityRecord(raw.node), hops: raw.rels.length };
}

/** Pages for `ids` in key order; an id that names nothing gets an empty page. */
export async function relatedEntities(
  db: QueryRunner,
  spec: RelationSpec,
  projection: RelatedProjection,
  ids: readonly string[],
  offset: number,
  limit: number,
): Promise<RelatedPage[]> {
  const rows = await db.read(relatedEntitiesCypher(spec, projection), { ids, offset, limit });
  const byId = new Map(rows.map((row) => [row.id as string, { total: row.total as number, edges: (row.page as RawEdge[]).map(toRelatedEdge) }]));
  return ids.map((id) => byId.get(id) ?? { total: 0, edges: [] });
}
