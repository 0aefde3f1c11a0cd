import type { EntityType } from '../graph/model';
import type { QueryRunner } from '../db/database';
import { ENTITY_SEARCH_INDEX } from '../db/migrations';
import { entityProjection, toEntityRecord, type EntityRecord } from '../entity/entity.record';

/** Lucene's query syntax characters; user text is escaped so it can only ever be words. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function luceneTerms(text: string): string[] {
  return text
    .toLowerCase()
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((term) => term.length > 0 && !['and', 'or', 'not', 'to'].includes(term));
}

/**
 * Every term must match, as a whole word or a prefix ("Mahid" finds Mahidol); the exact phrase
 * ranks highest. Abbreviations are aliases, so "CATTC" finds its centre.
 */
export function luceneQuery(text: string): string | undefined {
  const terms = luceneTerms(text);
  if (terms.length === 0) return undefined;
  const everyTerm = terms.map((term) => `(${term} OR ${term}*)`).join(' AND ');
  return terms.length > 1 ? `("${terms.join(' ')}")^4 OR (${everyTerm})` : everyTerm;
}

export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $query) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
WITH node, score ORDER BY score DESC, node.name LIMIT $first
RETURN ${entityProjection('node')} AS node, score`;

export interface SearchHitRecord {
  node: EntityRecord;
  score: number;
}

export async function searchEntities(db: QueryRunner, text: string, types: EntityType[] | undefined, first: number): Promise<SearchHitRecord[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  const rows = await db.read(SEARCH_ENTITIES, { query, types: types ?? null, first });
  return rows.map((row) => ({ node: toEntityRecord(row.node as Record<string, unknown>), score: row.score as number }));
}
