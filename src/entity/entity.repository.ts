import { ENTITY_LABEL, EntityType } from '../graph/model';
import { SortDirection } from '../graph/enums';
import type { Params, QueryRunner } from '../db/database';
import { entityProjection, toEntityRecord, type EntityRecord } from './entity.record';

/** Sort keys a list may be ordered by; each maps to a fixed Cypher expression, never to input. */
export enum EntityOrderField {
  NAME = 'NAME',
  ID = 'ID',
  DEGREE = 'DEGREE',
}

const ORDER_EXPRESSIONS: Record<EntityOrderField, string> = {
  [EntityOrderField.NAME]: 'n.name',
  [EntityOrderField.ID]: 'n.id',
  [EntityOrderField.DEGREE]: 'COUNT { (n)--() }',
};

/**
 * How an entity of each type reaches the country it is "in", for the `country` filter: where an
 * institution or platform is, where a project's participants are, what an agreement covers, ...
 */
export const COUNTRY_PATTERNS: Record<EntityType, string> = {
  [EntityType.Institution]: '(n)-[:LOCATED_IN*1..2]->(c)',
  [EntityType.Country]: '(n)-[:LOCATED_IN*0..0]->(c)',
  [EntityType.CountryGroup]: '(n)<-[:MEMBER_OF]-(c)',
  [EntityType.Place]: '(n)-[:LOCATED_IN*1..2]->(c)',
  [EntityType.Project]: '(n)<-[:PARTICIPATES_IN]-(:Institution)-[:LOCATED_IN*1..2]->(c)',
  [EntityType.Platform]: '(n)-[:LOCATED_IN|COVERS*1..2]->(c)',
  [EntityType.Event]: '(n)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..2]->(c)',
  [EntityType.Network]: '(n)-[:COVERS]->(c)',
  [EntityType.Agreement]: '(n)-[:COVERS]->(c)',
  [EntityType.Domain]: '(n)<-[:IN_DOMAIN]-()-[:LOCATED_IN|COVERS*1..2]->(c)',
  [EntityType.Initiative]: '(n)<-[:IMPLEMENTS|SERVES]-()-[:LOCATED_IN*1..2]->(c)',
};

export interface EntityFilterValues {
  ids?: string[];
  search?: string;
  kinds?: string[];
  country?: string;
  domain?: string;
  relatedTo?: string;
  collective?: boolean;
}

export interface EntityOrder {
  field: EntityOrderField;
  direction: SortDirection;
}

/** Where a keyset page starts: the sort key and id of the last item already seen. */
export interface ListCursor {
  key: unknown;
  id: string;
}

/** WHERE conditions for a filter; every value travels as a parameter. */
export function filterConditions(type: EntityType, filter: EntityFilterValues): { conditions: string[]; params: Params } {
  const conditions: string[] = [];
  const params: Params = {};
  if (filter.ids) {
    conditions.push('n.id IN $ids');
    params.ids = filter.ids;
  }
  if (filter.search) {
    conditions.push('(toLower(n.name) CONTAINS $search OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $search))');
    params.search = filter.search.toLowerCase();
  }
  if (filter.kinds) {
    conditions.push('n.kind IN $kinds');
    params.kinds = filter.kinds;
  }
  if (filter.country) {
    conditions.push(`EXISTS { MATCH ${COUNTRY_PATTERNS[type]} WHERE c:Country AND c.id = $country }`);
    params.country = filter.country;
  }
  if (filter.domain) {
    conditions.push('EXISTS { MATCH (n)-[:IN_DOMAIN|PROMOTES]->(d:Domain) WHERE d.id = $domain }');
    params.domain = filter.domain;
  }
  if (filter.relatedTo) {
    conditions.push(`EXISTS { MATCH (n)--(other:${ENTITY_LABEL}) WHERE other.id = $relatedTo }`);
    params.relatedTo = filter.relatedTo;
  }
  if (filter.collective !== undefined) {
    conditions.push('coalesce(n.collective, false) = $collective');
    params.collective = filter.collective;
  }
  return { conditions, params };
}

/**
 * One round trip for a whole page: the filtered total and the next `limit` items in keyset order.
 * The label and the sort expression come from allow-lists; filter values are parameters.
 */
export function listEntitiesCypher(type: EntityType, conditions: string[], order: EntityOrder, hasCursor: boolean): string {
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const key = ORDER_EXPRESSIONS[order.field];
  const comparator = order.direction === SortDirection.ASC ? '>' : '<';
  const after = hasCursor ? `WHERE key ${comparator} $afterKey OR (key = $afterKey AND n.id ${comparator} $afterId)` : '';
  return `
CALL () {
  MATCH (n:${type}) ${where}
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:${type}) ${where}
  WITH n, ${key} AS key
  ${after}
  WITH n, key ORDER BY key ${order.direction}, n.id ${order.direction} LIMIT $limit
  RETURN collect({node: ${entityProjection('n')}, key: key}) AS page
}
RETURN total, page`;
}

export interface ListedEntity {
  node: EntityRecord;
  key: unknown;
}

export async function listEntities(
  db: QueryRunner,
  type: EntityType,
  filter: EntityFilterValues,
  order: EntityOrder,
  limit: number,
  after: ListCursor | undefined,
): Promise<{ total: number; items: ListedEntity[] }> {
  const { conditions, params } = filterConditions(type, filter);
  const cypher = listEntitiesCypher(type, conditions, order, after !== undefined);
  const [row] = await db.read(cypher, { ...params, limit, afterKey: after?.key ?? null, afterId: after?.id ?? null });
  const page = row.page as { node: Record<string, unknown>; key: unknown }[];
  return { total: row.total as number, items: page.map((item) => ({ node: toEntityRecord(item.node), key: item.key })) };
}

export const ENTITIES_BY_IDS = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN ${entityProjection('n')} AS node`;

/** Entities for `ids`, in key order, null where an id names nothing (the DataLoader contract). */
export async function entitiesByIds(db: QueryRunner, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const rows = await db.read(ENTITIES_BY_IDS, { ids });
  const byId = new Map(rows.map((row) => [(row.node as { id: string }).id, toEntityRecord(row.node as Record<string, unknown>)]));
  return ids.map((id) => byId.get(id) ?? null);
}
