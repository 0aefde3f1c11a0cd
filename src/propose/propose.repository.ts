import type { Row } from '../db/database';
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
