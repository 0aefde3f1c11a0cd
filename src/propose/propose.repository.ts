import type { QueryRunner, Row } from '../db/database';
import { ENTITY_SEARCH_INDEX } from '../db/migrations';
import { ENTITY_LABEL } from '../graph/model';

/** How many index hits one name may bring back; names share words, the right one ranks near the top. */
export const HITS_PER_NAME = 25;

/**
 * Entities whose name or aliases hold every content word of a name the text uses, in any order,
 * from the full-text index: the candidates for linking; the variant rules then decide.
 */
export const ENTITIES_WITH_WORDS = `
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', q.lucene, {limit: ${HITS_PER_NAME}}) YIELD node
RETURN q.name AS name, node.id AS id, head([label IN labels(node) WHERE label <> '${ENTITY_LABEL}']) AS type,
       node.kind AS kind, node.name AS entityName, coalesce(node.aliases, []) AS aliases`;

export type ExistingNameRow = Row & { name: string; id: string; type: string; kind: string; entityName: string; aliases: string[] };

/** A name the text uses, and its content words as a full-text query that needs all of them. */
export interface NameQuery {
  name: string;
  lucene: string;
}

/** The graph's entities whose names hold every content word of each query: the proposer's one look-up. */
export type FindEntitiesByWords = (queries: NameQuery[]) => Promise<ExistingNameRow[]>;

/** That look-up through `db` (on the thread that holds the driver). */
export function entitiesWithWords(db: QueryRunner): FindEntitiesByWords {
  return async (queries) => (await db.read(ENTITIES_WITH_WORDS, { queries })) as ExistingNameRow[];
}
