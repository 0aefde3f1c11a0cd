import type { EntityType } from '../graph/model';
import { SortDirection } from '../graph/enums';
import { badUserInput } from '../graphql/errors';
import type { GraphContext } from '../graphql/context';
import { decodeCursor, encodeCursor, InvalidCursorError, pageOf, type PageArgs } from '../graphql/pagination';
import type { EntityRecord } from './entity.record';
import { EntityOrderField, listEntities, type EntityFilterValues, type EntityOrder, type ListCursor } from './entity.repository';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { relatedSelection } from '../graphql/selection';
import type { RelatedProjection } from './entity.record';
import { projectionOf, type RelatedEdge, type RelationSpec } from './relation.repository';

export const DEFAULT_ORDER: EntityOrder = { field: EntityOrderField.NAME, direction: SortDirection.ASC };

function cursorArgument<T>(after: string | undefined, read: (payload: unknown) => T | undefined): T | undefined {
  if (after === undefined || after === null) return undefined;
  try {
    const value = read(decodeCursor(after));
    if (value === undefined) throw new InvalidCursorError('is not a cursor of this list');
    return value;
  } catch (error) {
    throw badUserInput('after', (error as Error).message);
  }
}

/** A top-level list page: one round trip, keyset pagination on (sort key, id). */
export async function entityListConnection(
  ctx: GraphContext,
  type: EntityType,
  args: PageArgs & { filter?: EntityFilterValues | null; orderBy?: EntityOrder | null },
) {
  const order = args.orderBy ?? DEFAULT_ORDER;
  const after = cursorArgument<ListCursor>(args.after, (payload) => {
    const cursor = payload as { f?: string; k?: unknown; i?: unknown };
    return cursor && cursor.f === order.field && typeof cursor.i === 'string' ? { key: cursor.k, id: cursor.i } : undefined;
  });
  const { total, items } = await listEntities(ctx.db, type, args.filter ?? {}, order, args.first + 1, after);
  const page = pageOf(items, args.first, (item) => encodeCursor({ f: order.field, k: item.key, i: item.node.id }), after !== undefined);
  return {
    edges: page.items.map((item, index) => ({ cursor: page.cursors[index], node: item.node })),
    nodes: page.items.map((item) => item.node),
    pageInfo: page.pageInfo,
    totalCount: total,
  };
}

const projections = new WeakMap<FieldNode, RelatedProjection>();

/**
 * What a relationship field selects, worked out once per field of a parsed document (Apollo reuses
 * those), not once per parent row. A field selected more than once is merged per parent, so its
 * projection is not cached.
 */
function projectionFor(info: GraphQLResolveInfo, single: boolean): RelatedProjection {
  if (info.fieldNodes.length > 1) return projectionOf(relatedSelection(info, single));
  const [field] = info.fieldNodes;
  let projection = projections.get(field);
  if (!projection) {
    projection = projectionOf(relatedSelection(info, single));
    projections.set(field, projection);
  }
  return projection;
}

/** A relationship field's page, batched with every other parent of the same field in the request. */
export async function relatedConnection(ctx: GraphContext, parentId: string, spec: RelationSpec, args: PageArgs, info: GraphQLResolveInfo) {
  const offset =
    cursorArgument<number>(args.after, (payload) => {
      const position = (payload as { o?: unknown })?.o;
      return Number.isSafeInteger(position) && (position as number) >= 0 ? (position as number) : undefined;
    }) ?? 0;
  const { total, edges } = await ctx.loaders.relatedPage(spec, projectionFor(info, false), offset, args.first + 1).load(parentId);
  const page = pageOf<RelatedEdge>(edges, args.first, (_edge, index) => encodeCursor({ o: offset + index + 1 }), offset > 0);
  return {
    edges: page.items.map((edge, index) => ({ ...edge, cursor: page.cursors[index] })),
    nodes: page.items.map((edge) => edge.node),
    pageInfo: page.pageInfo,
    totalCount: total,
  };
}

/** The first related entity, for single-valued fields such as an institution's country. */
export async function relatedEntity(ctx: GraphContext, parentId: string, spec: RelationSpec, info: GraphQLResolveInfo): Promise<EntityRecord | null> {
  const { edges } = await ctx.loaders.relatedPage(spec, projectionFor(info, true), 0, 1).load(parentId);
  return edges[0]?.node ?? null;
}
