import type { EntityType } from '../../engine/model/model';
import { ENTITY_SEARCH_INDEX } from '../../engine/db/migrations';
import Cypher from '@neo4j/cypher-builder';
import type { GraphQLResolveInfo } from 'graphql';
import { ENTITY_TYPES } from '../../engine/model/model';
import type { GraphContext } from '../../engine/context';
import type { EntityRecord } from '../entity/entity.record';
import { entityRow } from '../../engine/compiler/entity.cypher';
import { materialize, type EntityValues } from '../../engine/compiler/prefetched';
import { luceneQuery } from './lucene';
import { bind, compiled } from '../../engine/compiler/read.compiler';
import { entityPlan, selectedFields } from '../../engine/compiler/selection.plan';

/** The best hits after the `LIMIT`; only then is anything of them read, as the selection asks. */
export const SEARCH_HITS = `
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $query) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
WITH node, score ORDER BY score DESC, node.name LIMIT $first`;

export interface SearchHitRecord {
  node: EntityRecord;
  score: number;
}

/** Full-text hits, each entity read with everything selected below it, in one statement. */
export async function searchEntities(ctx: GraphContext, text: string, types: EntityType[] | undefined, first: number, info: GraphQLResolveInfo): Promise<SearchHitRecord[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  const read = compiled(info, 'search', (context, keys) => {
    const nodeSelections = [...selectedFields(info).values()].flat().filter((field) => field.name.value === 'node');
    const plan = entityPlan(ENTITY_TYPES, nodeSelections.flatMap((field) => (field.selectionSet ? [field.selectionSet] : [])), context, keys);
    const node = new Cypher.NamedNode('node');
    const statement = Cypher.utils.concat(new Cypher.Raw(SEARCH_HITS), new Cypher.Return([entityRow(node, plan), node], new Cypher.NamedVariable('score')));
    return { statement, plan };
  });
  const bound = bind(read, info, { query, types: types ?? null, first });
  const rows = await ctx.db.read(read.cypher, bound.params);
  return rows.map((row) => ({ node: materialize<EntityRecord>(row.node as EntityValues, read.plan, bound.windows), score: row.score as number }));
}
