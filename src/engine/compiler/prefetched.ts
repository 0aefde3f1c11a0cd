import { getArgumentValues, Kind, type FieldNode, type GraphQLResolveInfo, type ValueNode } from 'graphql';
import type { Row } from '../db/database';
import type { EntityType } from '../model/model';
import { dateRangeParam } from '../model/date-range';
import type { DateRangeValue } from '../model/stated.cypher';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE } from '../../platform/graphql/pagination';
import { entityKeys } from './entity.cypher';
import type { EntityPlan, RelationPlan } from './selection.plan';

/**
 * Relationship fields read ahead by a compiled statement hang on their parent under this symbol, by
 * response key (alias or name); the one relationship resolver (`entity.connections.ts`) hands them out
 * instead of asking the database again.
 */
const PREFETCHED = Symbol('prefetched');

type WithPrefetched = { [PREFETCHED]?: Record<string, unknown> };

/** The value a compiled statement read for this field of `parent`, or undefined where none did. */
export function prefetched(parent: object, info: GraphQLResolveInfo): unknown {
  return (parent as WithPrefetched)[PREFETCHED]?.[info.path.key as string];
}

/** Hangs the values a statement read ahead on `target`, by response key. */
export function withPrefetched<T extends object>(target: T, fields: Record<string, unknown>): T {
  (target as WithPrefetched)[PREFETCHED] = fields;
  return target;
}

/** A relationship page's position from its `after` cursor: `{o: n}`, n items already seen. */
export function cursorOffset(after: string | null | undefined): number | undefined {
  if (after === undefined || after === null) return 0;
  const position = (decodeCursor(after) as { o?: unknown } | null)?.o;
  return Number.isSafeInteger(position) && (position as number) >= 0 ? (position as number) : undefined;
}

interface PageWindow {
  offset: number;
  first: number;
}

/** Page windows of the statement's relationship fields for one request's variables. */
export type Windows = Map<RelationPlan, PageWindow>;

/** One relationship page's parameters and window. */
interface BoundPage {
  params: readonly (readonly [string, unknown])[];
  window: PageWindow;
}

/** Pages whose arguments hold no variable are bound once: every request gives them the same values. */
const constantPages = new WeakMap<RelationPlan, BoundPage>();

function holdsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(holdsVariable);
  return value.kind === Kind.OBJECT && value.fields.some((field) => holdsVariable(field.value));
}

/** Whether a field's arguments may differ between requests: they hold a variable. */
export function argumentsHoldVariables(fieldNode: FieldNode): boolean {
  return fieldNode.arguments?.some((argument) => holdsVariable(argument.value)) ?? false;
}

/**
 * A relationship page's window, date range and least source count. A bad `first`, cursor or range gets
 * a harmless value here: the field's resolver validates its arguments and answers with the error.
 */
function boundPage(relation: RelationPlan, variables: Record<string, unknown>): BoundPage {
  const constant = constantPages.get(relation);
  if (constant) return constant;
  const args = getArgumentValues(relation.field, relation.fieldNode, variables) as { first?: number; after?: string | null; stated?: DateRangeValue | null; minSources?: number | null };
  let offset = 0;
  try {
    offset = cursorOffset(args.after) ?? 0;
  } catch {
    // reported by the resolver
  }
  const first = Math.min(Math.max(args.first ?? 0, 0), MAX_PAGE_SIZE);
  const params: (readonly [string, unknown])[] = [
    [`${relation.key}_offset`, offset],
    [`${relation.key}_limit`, first + 1],
  ];
  if (relation.statedRange) params.push([`${relation.key}_stated`, dateRangeParam(args.stated)]);
  // Null (the argument given a null variable) holds for every relationship, as no argument does.
  if (relation.minSources) params.push([`${relation.key}_minSources`, args.minSources ?? 0]);
  const bound = { params, window: { offset, first } };
  if (!argumentsHoldVariables(relation.fieldNode)) constantPages.set(relation, bound);
  return bound;
}

/** The parameters and page windows of every relationship page in a statement, for one request's variables. */
export function bindWindows(relations: readonly RelationPlan[], variables: Record<string, unknown>): { params: Record<string, unknown>; windows: Windows } {
  const params: Record<string, unknown> = {};
  const windows: Windows = new Map();
  for (const relation of relations) {
    if (relation.single) continue;
    const bound = boundPage(relation, variables);
    for (const [name, value] of bound.params) params[name] = value;
    windows.set(relation, bound.window);
  }
  return { params, windows };
}

/** A relationship field's read value (see `relationValue` in entity.cypher.ts) as its rows and total. */
function pageAndTotal(value: unknown, relation: RelationPlan): { page: Row[]; total: number | undefined } {
  if (relation.page && relation.totalCount) return value as { page: Row[]; total: number };
  return relation.page ? { page: value as Row[], total: undefined } : { page: [], total: value as number };
}

/** A relationship field's connection, with only the views (edges, nodes, page info) the client selected. */
function connection(value: unknown, relation: RelationPlan, windows: Windows) {
  const { offset, first } = windows.get(relation)!;
  const { page: rows, total } = pageAndTotal(value, relation);
  const answer: { totalCount: number | undefined; edges?: Row[]; nodes?: Row[]; pageInfo?: object } = { totalCount: total };
  const shown = rows.length > first ? rows.slice(0, first) : rows;
  const cursorAt = (index: number) => encodeCursor({ o: offset + index + 1 });
  if (relation.edges) {
    answer.edges = shown.map((row, index) => {
      const edge = relation.edge.selected
        ? { ...row, node: materialize(row.node as EntityValues, relation.node, windows) }
        : { node: materialize(row as unknown as EntityValues, relation.node, windows) };
      // Cursors are made for every edge only when edges' cursors are selected.
      return relation.cursors ? { ...edge, cursor: cursorAt(index) } : edge;
    });
  }
  if (relation.nodes) answer.nodes = answer.edges ? answer.edges.map((edge) => edge.node as Row) : shown.map((row) => materialize(row as unknown as EntityValues, relation.node, windows));
  if (relation.pageInfo) {
    answer.pageInfo = {
      hasNextPage: rows.length > first,
      hasPreviousPage: offset > 0,
      startCursor: shown.length > 0 ? cursorAt(0) : null,
      endCursor: shown.length > 0 ? cursorAt(shown.length - 1) : null,
    };
  }
  return answer;
}

/** An entity as a compiled statement reads it: its values in `entityKeys` order. */
export type EntityValues = readonly unknown[];

/** Turns an entity read by a compiled statement into what resolvers return, named, relationship fields prefetched. */
export function materialize<T extends Row>(values: EntityValues, plan: EntityPlan, windows: Windows): T {
  const keys = entityKeys(plan);
  const named = keys.length - plan.relations.length;
  const entity: Row = {};
  for (let index = 0; index < named; index += 1) entity[keys[index]] = values[index];
  if (plan.relations.length === 0) return entity as T;
  const fields: Record<string, unknown> = {};
  const type = plan.types.length === 1 ? plan.types[0] : (entity.type as EntityType);
  plan.relations.forEach((relation, index) => {
    if (!relation.parentTypes.includes(type)) return;
    const value = values[named + index];
    fields[relation.responseKey] = relation.single ? value && materialize(value as EntityValues, relation.node, windows) : connection(value, relation, windows);
  });
  return withPrefetched(entity as T, fields);
}
