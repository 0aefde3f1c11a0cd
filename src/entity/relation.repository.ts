import { ENTITY_LABEL, type EntityType, type RelationType } from '../graph/model';
import { Direction } from '../graph/enums';
import type { QueryRunner } from '../db/database';
import {
  entityProjection,
  relationshipProjection,
  toEntityRecord,
  toRelationshipRecord,
  type EntityRecord,
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

function pathPattern(spec: RelationSpec): string {
  const types = spec.types.length > 0 ? `:${spec.types.join('|')}` : '';
  const hops = (spec.maxHops ?? 1) > 1 ? `*1..${spec.maxHops}` : '';
  const left = spec.direction === Direction.IN ? '<-' : '-';
  const right = spec.direction === Direction.OUT ? '->' : '-';
  return `p = (n)${left}[${types}${hops}]${right}(m:${ENTITY_LABEL})`;
}

/**
 * Loads one page of related entities for every parent id in one round trip. Direct relationships
 * are one edge each; chains keep the shortest path to each entity, so it appears once.
 */
export function relatedEntitiesCypher(spec: RelationSpec): string {
  const targets = spec.targets.length > 0 ? `AND (${spec.targets.map((type) => `m:${type}`).join(' OR ')})` : '';
  const chained = (spec.maxHops ?? 1) > 1;
  const shortestPerEntity = chained ? 'WITH m, p ORDER BY length(p) WITH m, collect(p)[0] AS p' : '';
  return `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
CALL (n) {
  MATCH ${pathPattern(spec)}
  WHERE m <> n ${targets}
  ${shortestPerEntity}
  WITH m, p ORDER BY m.name, m.id, length(p)
  RETURN collect({node: ${entityProjection('m')}, rels: [r IN relationships(p) | ${relationshipProjection('r', 'n')}]}) AS edges
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
  ids: readonly string[],
  offset: number,
  limit: number,
): Promise<RelatedPage[]> {
  const rows = await db.read(relatedEntitiesCypher(spec), { ids, offset, limit });
  const byId = new Map(rows.map((row) => [row.id as string, { total: row.total as number, edges: (row.page as RawEdge[]).map(toRelatedEdge) }]));
  return ids.map((id) => byId.get(id) ?? { total: 0, edges: [] });
}
