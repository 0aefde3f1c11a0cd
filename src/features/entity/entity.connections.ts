import { getNamedType, Kind, type FieldNode, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { EntityType } from '../../engine/model/model';
import { SortDirection } from '../../engine/model/enums';
import { badUserInput } from '../../platform/graphql/errors';
import { validateArguments } from '../../platform/graphql/validation';
import type { GraphContext } from '../../engine/context';
import { decodeCursor, encodeCursor, InvalidCursorError, pageOf, type PageArgs } from '../../platform/graphql/pagination';
import { argumentsHoldVariables, cursorOffset, materialize, prefetched, type EntityValues } from '../../engine/compiler/prefetched';
import { bind, compiled, entitiesByIdsStatement, listStatement, rootSelections } from '../../engine/compiler/read.compiler';
import { connectionSelection, entityPlan } from '../../engine/compiler/selection.plan';
import type { EntityRecord } from './entity.record';
import { EntityOrderField, filterConditions, ORDER_EXPRESSIONS, type EntityFilterValues, type EntityOrder, type ListCursor } from './entity.repository';

export const DEFAULT_ORDER: EntityOrder = { field: EntityOrderField.NAME, direction: SortDirection.ASC };

function cursorArgument<T>(after: string | undefined | null, read: (after: string) => T | undefined): T | undefined {
  if (after === undefined || after === null) return undefined;
  try {
    const value = read(after);
    if (value === undefined) throw new InvalidCursorError('is not a cursor of this list');
    return value;
  } catch (error) {
    throw badUserInput('after', (error as Error).message);
  }
}

/** A top-level list page, with everything selected below it, in one statement: keyset pagination on (sort key, id). */
export async function entityListConnection(
  ctx: GraphContext,
  type: EntityType,
  args: PageArgs & { filter?: EntityFilterValues | null; orderBy?: EntityOrder | null },
  info: GraphQLResolveInfo,
) {
  const order = args.orderBy ?? DEFAULT_ORDER;
  const after = cursorArgument<ListCursor>(args.after, (cursor) => {
    const payload = decodeCursor(cursor) as { f?: string; k?: unknown; i?: unknown };
    return payload && payload.f === order.field && typeof payload.i === 'string' ? { key: payload.k, id: payload.i } : undefined;
  });
  const { conditions, params } = filterConditions(type, args.filter ?? {});
  const read = compiled(info, `${type}/${order.field}/${order.direction}/${conditions.join()}`, (context, keys) => {
    const selection = connectionSelection(getNamedType(info.returnType) as GraphQLObjectType, info.fieldNodes, context, keys);
    return { statement: listStatement({ type, conditions, orderKey: ORDER_EXPRESSIONS[order.field], direction: order.direction }, selection), plan: selection };
  });
  const bound = bind(read, info, { ...params, limit: args.first + 1, afterKey: after?.key ?? null, afterId: after?.id ?? null });
  const rows = await ctx.db.read(read.cypher, bound.params);
  const items = rows.filter((row) => row.node !== null).map((row) => ({ node: materialize<EntityRecord>(row.node as EntityValues, read.plan.node, bound.windows), key: row.key }));
  const page = pageOf(items, args.first, (item) => encodeCursor({ f: order.field, k: item.key, i: item.node.id }), after !== undefined);
  return {
    edges: page.items.map((item, index) => ({ cursor: page.cursors[index], node: item.node })),
    nodes: page.items.map((item) => item.node),
    pageInfo: page.pageInfo,
    totalCount: rows[0]?.total as number | undefined,
  };
}

/** Entities by id in one statement, everything selected below them included; null where an id names nothing. */
export async function entitiesById(ctx: GraphContext, ids: readonly string[], types: readonly EntityType[], info: GraphQLResolveInfo): Promise<(EntityRecord | null)[]> {
  const read = compiled(info, 'ids', (context, keys) => {
    const plan = entityPlan(types, rootSelections(info), context, keys);
    return { statement: entitiesByIdsStatement(plan), plan };
  });
  const bound = bind(read, info, { ids });
  const rows = await ctx.db.read(read.cypher, bound.params);
  const byId = new Map(rows.map((row) => [row.id as string, materialize<EntityRecord>(row.node as EntityValues, read.plan, bound.windows)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * A relationship field's value: what the root field's statement already read, or else (a parent the
 * compiler did not reach, such as a mutation's answer) the field alone, batched over its parents.
 */
function relatedValue(ctx: GraphContext, parent: EntityRecord, info: GraphQLResolveInfo): unknown {
  const value = prefetched(parent, info);
  return value !== undefined ? value : readAlone(ctx, parent, info);
}

async function readAlone(ctx: GraphContext, parent: EntityRecord, info: GraphQLResolveInfo): Promise<unknown> {
  const read = compiled(info, `field of ${parent.type}`, (context, keys) => {
    const plan = entityPlan([parent.type], [{ kind: Kind.SELECTION_SET, selections: info.fieldNodes }], context, keys);
    return { statement: entitiesByIdsStatement(plan), plan };
  });
  const bound = bind(read, info, {});
  const loaded = await ctx.loaders.compiledField(read.cypher, bound.params).load(parent.id);
  return loaded ? prefetched(materialize<EntityRecord>(loaded as EntityValues, read.plan, bound.windows), info) ?? null : null;
}

/** What a relationship field's arguments are checked as: its args class, filled from graphql-js's values. */
type RelationArgsClass = { name: string; of(args: Record<string, unknown>): object };

type ArgumentCheck = { settled: boolean; outcome: Promise<void> };

/**
 * Per request (its context), each relationship field node's argument check. The arguments are the same
 * for every parent at that node, so they are validated once, and every parent gets the same answer.
 */
const argumentChecks = new WeakMap<object, Map<FieldNode, ArgumentCheck>>();

/**
 * Argument values that passed, by args class: whether values pass depends on nothing else, so a field
 * node asking with them again (in any request) is settled at once and its parents get their values
 * without waiting on a promise each.
 */
const accepted = new Set<string>();
const MAX_ACCEPTED = 5_000;
const PASSED: ArgumentCheck = { settled: true, outcome: Promise.resolve() };

/**
 * Field nodes whose arguments hold no variable and passed: every request asks them with the same
 * values, so they pass without the per-request bookkeeping and the key of their values.
 */
const passedAlways = new WeakSet<FieldNode>();

function check(argsClass: RelationArgsClass, args: Record<string, unknown>, fieldNode: FieldNode): ArgumentCheck {
  const key = `${argsClass.name}:${JSON.stringify(args)}`;
  if (accepted.has(key)) return PASSED;
  const outcome = validateArguments(argsClass.of(args)).then(() => void cursorArgument(args.after as string | null | undefined, cursorOffset));
  const made = { settled: false, outcome };
  outcome.then(() => {
    made.settled = true;
    if (accepted.size >= MAX_ACCEPTED) accepted.clear();
    accepted.add(key);
    if (!argumentsHoldVariables(fieldNode)) passedAlways.add(fieldNode);
  }, () => {});
  return made;
}

function checkedArguments(argsClass: RelationArgsClass, args: Record<string, unknown>, context: object, info: GraphQLResolveInfo): ArgumentCheck {
  const [fieldNode] = info.fieldNodes;
  if (passedAlways.has(fieldNode)) return PASSED;
  let checks = argumentChecks.get(context);
  if (!checks) {
    checks = new Map();
    argumentChecks.set(context, checks);
  }
  let made = checks.get(fieldNode);
  if (!made) {
    made = check(argsClass, args, fieldNode);
    checks.set(fieldNode, made);
  }
  return made;
}

/**
 * The one resolver of a relationship page (a connection): the value the compiled statement hung on the
 * parent under this field's response key, once the field's arguments have passed; else the field read alone.
 */
export function relatedConnectionResolver(argsClass: RelationArgsClass): GraphQLFieldResolver<EntityRecord, GraphContext> {
  return (parent, args, ctx, info) => {
    const check = checkedArguments(argsClass, args, ctx, info);
    const value = prefetched(parent, info);
    if (check.settled && value !== undefined) return value;
    return check.outcome.then(() => relatedValue(ctx, parent, info));
  };
}

/** The resolver of a single-valued relationship field, such as an institution's country (it has no arguments). */
export const resolveRelatedEntity: GraphQLFieldResolver<EntityRecord, GraphContext> = (parent, _args, ctx, info) => relatedValue(ctx, parent, info);
