import Cypher from '@neo4j/cypher-builder';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { entityRow, evidenceOf, sourceCountExpr, statedOf } from '../../engine/compiler/entity.cypher';
import { materialize, type EntityValues } from '../../engine/compiler/prefetched';
import { bind, compiled } from '../../engine/compiler/read.compiler';
import { entityPlan, evidencePlan, fieldsAt, subSelections, type EntityPlan, type EvidencePlan, type PlanContext, type RelationKeys } from '../../engine/compiler/selection.plan';
import type { Row } from '../../engine/db/database';
import { RELATION_PROPERTY_NAMES } from '../../engine/model/relations';
import type { EntityRecord } from '../entity/entity.record';
import { ENTITY_LABEL, ENTITY_TYPES } from '../../engine/model/model';
import { firstStatedOf } from '../../engine/model/stated.cypher';
import type { GraphContext } from '../../engine/context';
import { badUserInput } from '../../platform/graphql/errors';
import { decodeCursor, encodeCursor, InvalidCursorError, pageOf } from '../../platform/graphql/pagination';
import type { RecentFactsArgs } from './fact.input';

/**
 * Relationships first stated on or after `$since`: only those citing a source published since then
 * can be, so the sources narrow the scan before each candidate's first statement is worked out.
 */
export const FACTS_FIRST_STATED_SINCE = `MATCH (fresh:Source) WHERE fresh.publishedOn >= date($since)
WITH collect(fresh.id) AS freshIds
MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
WHERE any(sourceId IN r.evidenceSourceIds WHERE sourceId IN freshIds)
WITH a, r, b, ${firstStatedOf('r')} AS firstStated
WHERE firstStated >= date($since)`;

/** Newest first, then by id; a page starts after the (date, id) of its cursor. */
const AFTER_CURSOR = '$afterId IS NULL OR firstStated < date($afterKey) OR (firstStated = date($afterKey) AND r.id > $afterId)';

/** What a request selects of its facts: their relationship's fields, and each end as an entity plan. */
export interface FactPlan {
  totalCount: boolean;
  properties: string[];
  type: boolean;
  evidence: EvidencePlan | undefined;
  lastStated: boolean;
  sourceCount: boolean;
  from: EntityPlan;
  to: EntityPlan;
}

function factPlan(info: GraphQLResolveInfo, context: PlanContext, keys: RelationKeys): FactPlan {
  const fields = [...fieldsAt(info, ['edges', 'node', '*']), ...fieldsAt(info, ['nodes', '*'])];
  const named = (name: string): FieldNode[] => fields.filter((node) => node.name.value === name);
  const end = (name: string) => entityPlan(ENTITY_TYPES, subSelections(named(name)), context, keys);
  const evidence = named('evidence');
  return {
    totalCount: fieldsAt(info, ['totalCount']).length > 0,
    properties: [...new Set(fields.map((node) => node.name.value).filter((name) => RELATION_PROPERTY_NAMES.has(name) && name !== 'id'))],
    type: named('type').length > 0,
    evidence: evidence.length > 0 ? evidencePlan(evidence, context) : undefined,
    lastStated: named('lastStated').length > 0,
    sourceCount: named('sourceCount').length > 0,
    from: end('from'),
    to: end('to'),
  };
}

/** The facts' total (when selected) and one page of them, each read as the selection asks, in one statement. */
function recentFactsStatement(plan: FactPlan): Cypher.Clause {
  const [a, r, b] = [new Cypher.NamedNode('a'), new Cypher.NamedRelationship('r'), new Cypher.NamedNode('b')];
  const firstStated = new Cypher.NamedVariable('firstStated');
  const fact: Record<string, Cypher.Expr> = { id: r.property('id'), firstStated, from: entityRow(a, plan.from), to: entityRow(b, plan.to) };
  for (const name of plan.properties) fact[name] = r.property(name);
  if (plan.type) fact.type = Cypher.type(r);
  if (plan.evidence) fact.evidence = evidenceOf(r, plan.evidence);
  if (plan.lastStated) fact.lastStated = statedOf(r, 'lastStated');
  if (plan.sourceCount) fact.sourceCount = sourceCountExpr(r);
  const page = new Cypher.With(a, r, b, firstStated)
    .where(new Cypher.Raw(AFTER_CURSOR))
    .orderBy([firstStated, 'DESC'], [r.property('id'), 'ASC'])
    .limit(new Cypher.NamedParam('limit'))
    .return([Cypher.collect(new Cypher.Map(fact)), new Cypher.NamedVariable('page')]);
  const pageCall = new Cypher.Call(Cypher.utils.concat(new Cypher.Raw(FACTS_FIRST_STATED_SINCE), page), []);
  if (!plan.totalCount) return Cypher.utils.concat(pageCall, new Cypher.Return(new Cypher.NamedVariable('page')));
  const total = new Cypher.NamedVariable('total');
  const countCall = new Cypher.Call(Cypher.utils.concat(new Cypher.Raw(FACTS_FIRST_STATED_SINCE), new Cypher.Return([Cypher.count(r), total])), []);
  return Cypher.utils.concat(countCall, pageCall, new Cypher.Return(total, new Cypher.NamedVariable('page')));
}

interface FactCursor {
  key: string;
  id: string;
}

function factCursor(after: string | null | undefined): FactCursor | undefined {
  if (after === undefined || after === null) return undefined;
  try {
    const payload = decodeCursor(after) as { k?: unknown; i?: unknown } | null;
    if (!payload || typeof payload.k !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(payload.k) || typeof payload.i !== 'string') {
      throw new InvalidCursorError('is not a cursor of this list');
    }
    return { key: payload.k, id: payload.i };
  } catch (error) {
    throw badUserInput('after', (error as Error).message);
  }
}

/** `recentFacts`: facts first stated on or after `since`, newest first, keyset-paginated on (first stated, id). */
export async function recentFacts(ctx: GraphContext, args: RecentFactsArgs, info: GraphQLResolveInfo) {
  const after = factCursor(args.after);
  const read = compiled(info, 'recentFacts', (context, keys) => {
    const plan = factPlan(info, context, keys);
    return { statement: recentFactsStatement(plan), plan };
  });
  const bound = bind(read, info, { since: args.since, limit: args.first + 1, afterKey: after?.key ?? null, afterId: after?.id ?? null });
  const [row] = await ctx.db.read(read.cypher, bound.params);
  const facts = (row.page as (Row & { id: string; firstStated: string })[]).map((fact) => ({
    ...fact,
    from: materialize<EntityRecord>(fact.from as EntityValues, read.plan.from, bound.windows),
    to: materialize<EntityRecord>(fact.to as EntityValues, read.plan.to, bound.windows),
  }));
  const page = pageOf(facts, args.first, (fact) => encodeCursor({ k: fact.firstStated, i: fact.id }), after !== undefined);
  return {
    edges: page.items.map((fact, index) => ({ cursor: page.cursors[index], node: fact })),
    nodes: page.items,
    pageInfo: page.pageInfo,
    totalCount: row.total as number | undefined,
  };
}
