import type { QueryRunner, Row } from '../../engine/db/database';
import { withoutLuceneSyntax } from '../../engine/db/lucene';
import { ENTITY_SEARCH_INDEX } from '../../engine/db/migrations';
import { ENTITY_LABEL } from '../../engine/model/model';

/** How many index hits one name may bring back; names share words, the right one ranks near the top. */
export const HITS_PER_NAME = 25;

/**
 * Entities whose name or aliases hold every content word of a name the text uses, in any order,
 * from the full-text index: the candidates for linking; the variant rules then decide. `lookup` is the
 * form searched (the name itself, or it with an alias spelt out or its country left off); `places` are
 * where the entity is, for a lookup that left the country off.
 */
export const ENTITIES_WITH_WORDS = `
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', q.lucene, {limit: ${HITS_PER_NAME}}) YIELD node
RETURN q.name AS name, q.lookup AS lookup, q.locatedIn AS locatedIn, node.id AS id,
       head([label IN labels(node) WHERE label <> '${ENTITY_LABEL}']) AS type, node.kind AS kind, node.name AS entityName,
       coalesce(node.aliases, []) AS aliases, [(node)-[:LOCATED_IN]->(place) | place.name] AS places`;

export type ExistingNameRow = Row & { name: string; lookup: string; locatedIn: string | null; id: string; type: string; kind: string; entityName: string; aliases: string[]; places: string[] };

/** The graph's entities one of these acronyms is an alias of ("CATTC" → "China-ASEAN Technology Transfer Center"). */
export const ENTITIES_WITH_ALIAS = `
UNWIND $acronyms AS a
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', a.lucene, {limit: 5}) YIELD node
WITH a.acronym AS acronym, node WHERE any(alias IN coalesce(node.aliases, []) WHERE alias = a.acronym)
RETURN acronym, collect(DISTINCT node.name) AS names`;

export type AliasRow = Row & { acronym: string; names: string[] };

/** A name the text uses, in the form searched, and its content words as a full-text query that needs all of them. */
export interface NameQuery {
  name: string;
  lookup: string;
  locatedIn: string | null;
  lucene: string;
}

/**
 * The proposer's graph look-ups. A proposal runs in a worker thread (propose.pool.ts), so these are the
 * only calls that cross back to the thread holding the driver.
 */
export interface ProposerGraph {
  /** The graph's entities whose names hold every content word of each query. */
  entitiesWithWords(queries: NameQuery[]): Promise<ExistingNameRow[]>;
  /** The graph's entities each acronym is an alias of. */
  entitiesWithAlias(acronyms: string[]): Promise<AliasRow[]>;
}

/** The look-ups through `db` (on the thread that holds the driver). */
export function proposerGraph(db: QueryRunner): ProposerGraph {
  return {
    entitiesWithWords: async (queries) => (await db.read(ENTITIES_WITH_WORDS, { queries })) as ExistingNameRow[],
    entitiesWithAlias: async (acronyms) => {
      // An acronym is text, never query syntax: "AND" in a heading in capitals is Lucene's operator.
      const queries = acronyms.map((acronym) => ({ acronym, lucene: `aliases:(${withoutLuceneSyntax(acronym).trim()})` })).filter((query) => query.lucene !== 'aliases:()');
      return queries.length === 0 ? [] : ((await db.read(ENTITIES_WITH_ALIAS, { acronyms: queries })) as AliasRow[]);
    },
  };
}
