import { ENTITY_LABEL, EntityType } from '../../engine/model/model';
import { SortDirection } from '../../engine/model/enums';
import type { Params, QueryRunner } from '../../engine/db/database';
import { entityProjection, toEntityRecord, type EntityRecord } from './entity.record';

/** Sort keys a list may be ordered by; each maps to a fixed Cypher expression, never to input. */
export enum EntityOrderField {
  NAME = 'NAME',
  ID = 'ID',
  DEGREE = 'DEGREE',
}

export const ORDER_EXPRESSIONS: Record<EntityOrderField, string> = {
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
