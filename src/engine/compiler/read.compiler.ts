import Cypher from '@neo4j/cypher-builder';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { SortDirection } from '../model/enums';
import { ENTITY_LABEL, type EntityType } from '../model/model';
import { entityRow } from './entity.cypher';
import { bindWindows, type Windows } from './prefetched';
import { RelationKeys, structuralVariables, type ConnectionSelection, type EntityPlan, type PlanContext, type RelationPlan } from './selection.plan';

/**
 * The selection compiler's entry: one parameterised statement per root field, built from the field's
 * whole selection and cached per parsed document (Apollo reuses parsed documents) and the values of
 * the variables that change its text. Values are parameters, bound per request.
 */

export interface CompiledRead<Plan> {
  cypher: string;
  plan: Plan;
  relations: readonly RelationPlan[];
}

interface CacheEntry {
  variables: string[];
  byKey: Map<string, unknown>;
}

const cacheEntries = new WeakMap<FieldNode, CacheEntry>();

function planContext(info: GraphQLResolveInfo): PlanContext {
  return { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
}

/** The selection sets of the root field (graphql-js merges fields asked for twice under one key). */
export function rootSelections(info: GraphQLResolveInfo): SelectionSetNode[] {
  return info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/**
 * `work`'s answer, worked out once per root field node (Apollo reuses parsed documents) and values of
 * the variables that change what is read (`@skip`/`@include`, labels, order); `structure` names any
 * other shape choice.
 */
export function perRootField<T>(info: GraphQLResolveInfo, structure: string, work: () => T): T {
  const [fieldNode] = info.fieldNodes;
  let entry = cacheEntries.get(fieldNode);
  if (!entry) {
    entry = { variables: structuralVariables(fieldNode, info.fragments), byKey: new Map() };
    cacheEntries.set(fieldNode, entry);
  }
  const key = JSON.stringify([structure, info.fieldNodes.length, ...entry.variables.map((name) => info.variableValues[name] ?? null)]);
  if (!entry.byKey.has(key)) entry.byKey.set(key, work());
  return entry.byKey.get(key) as T;
}

/** Compiles once per root field node and structural variable values; `structure` names any other shape choice. */
export function compiled<Plan>(
  info: GraphQLResolveInfo,
  structure: string,
  build: (context: PlanContext, keys: RelationKeys) => { statement: Cypher.Clause; plan: Plan },
): CompiledRead<Plan> {
  return perRootField(info, structure, () => {
    const keys = new RelationKeys();
    const { statement, plan } = build(planContext(info), keys);
    return { cypher: statement.build({ prefix: 'c' }).cypher, plan, relations: keys.all };
  });
}

/** The request's parameters for a compiled statement: the root field's own and every page window. */
export function bind(read: CompiledRead<unknown>, info: GraphQLResolveInfo, own: Record<string, unknown>): { params: Record<string, unknown>; windows: Windows } {
  const { params, windows } = bindWindows(read.relations, info.variableValues);
  return { params: { ...own, ...params }, windows };
}

export interface ListShape {
  type: EntityType;
  /** WHERE conditions over `n` with `$`-parameters, from the filter's allow-listed patterns. */
  conditions: string[];
  /** The sort key's fixed expression over `n`. */
  orderKey: string;
  direction: SortDirection;
}

/**
 * A list page: the next items in keyset order after `$afterKey`/`$afterId`, one row each, read as the
 * selection asks, in one statement. Rows rather than one collected list: the driver decodes a record
 * larger than a Bolt chunk (64 KB) by joining its chunks, which cost a large page (a dashboard's
 * 290 KB) about twice the Node CPU of the same data in rows. The total (when selected) rides on every
 * row; an empty page is one row without a node, so the total still arrives.
 */
export function listStatement(shape: ListShape, selection: ConnectionSelection): Cypher.Clause {
  const n = new Cypher.NamedNode('n');
  const where = shape.conditions.length > 0 ? new Cypher.Raw(shape.conditions.join(' AND ')) : undefined;
  const matchAll = () => {
    const match = new Cypher.Match(new Cypher.Pattern(n, { labels: shape.type }));
    return where ? match.where(where) : match;
  };
  const key = new Cypher.NamedVariable('key');
  const node = new Cypher.NamedVariable('node');
  const comparator = shape.direction === SortDirection.ASC ? '>' : '<';
  const afterId = new Cypher.NamedParam('afterId');
  const page = matchAll()
    .with(n, [new Cypher.Raw(shape.orderKey), key])
    .where(Cypher.or(Cypher.isNull(afterId), new Cypher.Raw(`key ${comparator} $afterKey OR (key = $afterKey AND n.id ${comparator} $afterId)`)))
    .with(n, key)
    .orderBy([key, shape.direction], [n.property('id'), shape.direction])
    .limit(new Cypher.NamedParam('limit'))
    .return([entityRow(n, selection.node), node], key);
  if (!selection.totalCount) return page;
  const total = new Cypher.NamedVariable('total');
  const countCall = new Cypher.Call(matchAll().return([Cypher.count(n), total]), []);
  return Cypher.utils.concat(countCall, new Cypher.Call(page, []).optional(), new Cypher.Return(total, node, key));
}

/** Entities by id, each read as the selection asks; `id` names the one asked for. */
export function entitiesByIdsStatement(plan: EntityPlan): Cypher.Clause {
  const id = new Cypher.NamedVariable('id');
  const n = new Cypher.Node();
  return new Cypher.Unwind([new Cypher.NamedParam('ids'), id])
    .match(new Cypher.Pattern(n, { labels: ENTITY_LABEL, properties: { id } }))
    .return(id, [entityRow(n, plan), new Cypher.NamedVariable('node')]);
}
