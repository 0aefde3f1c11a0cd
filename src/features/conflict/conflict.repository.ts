import Cypher from '@neo4j/cypher-builder';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { entityRow } from '../../engine/compiler/entity.cypher';
import { materialize, type EntityValues } from '../../engine/compiler/prefetched';
import { bind, compiled } from '../../engine/compiler/read.compiler';
import { entityPlan, fieldsAt, subSelections, type EntityPlan } from '../../engine/compiler/selection.plan';
import type { Row, WriteTransaction } from '../../engine/db/database';
import type { ChangeTransaction } from '../../engine/changes/change-log';
import { CurationCode } from '../curation/curation.repository';
import type { EntityRecord } from '../entity/entity.record';
import { CONFLICT_LABEL, ENTITY_LABEL, ENTITY_TYPES, isEntityType, isRelationType } from '../../engine/model/model';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES } from '../../engine/model/properties';
import type { GraphContext } from '../../engine/context';
import { badUserInput, notFound } from '../../platform/graphql/errors';
import { decodeCursor, encodeCursor, InvalidCursorError, pageOf } from '../../platform/graphql/pagination';
import { MERGE_RELATIONS, storedProperties } from '../../engine/seed/seed.repository';
import { valueText } from './conflict.record';
import type { ConflictsArgs } from './conflict.input';
import { ConflictKind, ConflictSide, ConflictStatus, type Conflict } from './conflict.type';

/** The ids among `$ids` that name a recorded conflict, open or settled. */
export const CONFLICTS_BY_ID = `
UNWIND $ids AS wanted
MATCH (c:${CONFLICT_LABEL} {id: wanted})
RETURN c.id AS id`;

export const RECORD_CONFLICTS = `
UNWIND $rows AS row
MERGE (c:${CONFLICT_LABEL} {id: row.id})
ON CREATE SET c += row, c.status = '${ConflictStatus.OPEN}', c.openedAt = datetime(), c.openedBy = $by`;

const CONFLICT_BY_ID = `MATCH (c:${CONFLICT_LABEL} {id: $id}) RETURN properties(c) AS conflict`;

const CLOSE_CONFLICT = `
MATCH (c:${CONFLICT_LABEL} {id: $id})
SET c.status = '${ConflictStatus.SETTLED}', c.kept = $keep, c.settledAt = datetime(), c.settledBy = $by
RETURN properties(c) AS conflict`;

const ENTITY_TYPE = `MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN head([label IN labels(n) WHERE label <> '${ENTITY_LABEL}']) AS type`;

const SET_ENTITY_PROPERTIES = `
MATCH (n:${ENTITY_LABEL} {id: $id})
SET n += $changes, n.updatedAt = datetime(), n.updatedBy = $by
RETURN count(n) AS changed`;

const SET_RELATIONSHIP_PROPERTIES = `
MATCH (:${ENTITY_LABEL} {id: $from})-[r]->(:${ENTITY_LABEL})
WHERE r.id = $id
SET r += $changes, r.updatedAt = datetime(), r.updatedBy = $by
RETURN count(r) AS changed`;

/** `$type` comes from a recorded conflict, checked against the model's relationship types first. */
const REMOVE_RELATIONSHIP = `
MATCH (:${ENTITY_LABEL} {id: $from})-[r]->(:${ENTITY_LABEL} {id: $to})
WHERE type(r) = $type
DELETE r`;

/** A conflict node's properties as the API shows them. */
export function toConflict(stored: Row): Conflict {
  const claim = (value: string, sourceId: unknown, quote: unknown) => ({
    value: valueText(value),
    evidence: typeof quote === 'string' ? { sourceId: sourceId as string, quote } : null,
  });
  return {
    id: stored.id as string,
    kind: stored.kind as ConflictKind,
    entityId: stored.entityId as string,
    relationshipId: (stored.relationshipId as string | null) ?? null,
    relationType: (stored.relationType as Conflict['relationType']) ?? null,
    property: (stored.property as string | null) ?? null,
    graph: claim(stored.graphValue as string, stored.graphSourceId, stored.graphQuote),
    stated: claim(stored.statedValue as string, stored.statedSourceId, stored.statedQuote),
    status: stored.status as ConflictStatus,
    openedAt: stored.openedAt as string,
    openedBy: stored.openedBy as string,
    settledAt: (stored.settledAt as string | null) ?? null,
    settledBy: (stored.settledBy as string | null) ?? null,
    kept: (stored.kept as ConflictSide | null) ?? null,
  };
}

/** Writes the value the conflicting source states where the graph's was. */
async function applyStated(tx: WriteTransaction, stored: Row, by: string): Promise<void> {
  const statedValue: unknown = JSON.parse(stored.statedValue as string);
  const entityId = stored.entityId as string;
  if (stored.kind === ConflictKind.RELATION) {
    const type = stored.relationType;
    if (!isRelationType(type)) throw new Error(`conflict ${String(stored.id)} names no relationship type of the model`);
    await tx.run(REMOVE_RELATIONSHIP, { from: entityId, to: JSON.parse(stored.graphValue as string), type });
    const row = { type, from: entityId, to: statedValue, properties: JSON.parse(stored.statedProperties as string), evidence: [{ sourceId: stored.statedSourceId, quote: stored.statedQuote }] };
    const [merged] = await tx.run(MERGE_RELATIONS, { rows: [row], by });
    if (merged.applied === 0) throw notFound('entity', `${entityId}" or "${String(statedValue)}`);
    return;
  }
  const property = stored.property as string;
  if (stored.relationshipId) {
    const changes = storedProperties({ [property]: statedValue }, RELATION_PROPERTIES);
    const [row] = await tx.run(SET_RELATIONSHIP_PROPERTIES, { from: entityId, id: stored.relationshipId, changes, by });
    if (row.changed === 0) throw notFound('relationship', stored.relationshipId as string);
    return;
  }
  const [entity] = await tx.run(ENTITY_TYPE, { id: entityId });
  if (!entity || !isEntityType(entity.type)) throw notFound('entity', entityId);
  await tx.run(SET_ENTITY_PROPERTIES, { id: entityId, changes: storedProperties({ [property]: statedValue }, ENTITY_PROPERTIES[entity.type]), by });
}

/**
 * Settles an open conflict in one transaction: keeping the stated value writes it (a property's value,
 * or the relationship moved to the stated entity with the stated quote), keeping the graph's changes
 * nothing; either way the conflict is closed with who settled it and what was kept.
 */
export async function settleConflict(tx: ChangeTransaction, id: string, keep: ConflictSide, by: string): Promise<Conflict> {
  const [found] = await tx.run(CONFLICT_BY_ID, { id });
  if (!found) throw notFound('conflict', id);
  const stored = found.conflict as Row;
  if (stored.status !== ConflictStatus.OPEN) {
    throw new GraphQLError(`Conflict "${id}" is settled already (kept ${String(stored.kept)})`, { extensions: { code: CurationCode.CONFLICT_SETTLED, id } });
  }
  const entityId = stored.entityId as string;
  await tx.touch({ conflicts: [id], entities: [entityId], relationshipsOf: stored.kind === ConflictKind.RELATION || stored.relationshipId ? [entityId] : [] });
  if (keep === ConflictSide.STATED) await applyStated(tx, stored, by);
  const [closed] = await tx.run(CLOSE_CONFLICT, { id, keep, by });
  return toConflict(closed.conflict as Row);
}

interface ConflictCursor {
  key: string;
  id: string;
}

function conflictCursor(after: string | null | undefined): ConflictCursor | undefined {
  if (after === undefined || after === null) return undefined;
  try {
    const payload = decodeCursor(after) as { k?: unknown; i?: unknown } | null;
    if (!payload || typeof payload.k !== 'string' || typeof payload.i !== 'string') throw new InvalidCursorError('is not a cursor of this list');
    return { key: payload.k, id: payload.i };
  } catch (error) {
    throw badUserInput('after', (error as Error).message);
  }
}

/**
 * The total and one page of the conflicts with a status, oldest first (then by id), each with its
 * entity read as the selection asks, in one statement.
 */
function conflictsStatement(plan: EntityPlan): Cypher.Clause {
  const n = new Cypher.NamedNode('n');
  return new Cypher.Raw(
    (context) => `CALL () {
  MATCH (c:${CONFLICT_LABEL} {status: $status})
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:${CONFLICT_LABEL} {status: $status})
  WHERE $afterId IS NULL OR c.openedAt > datetime($afterKey) OR (c.openedAt = datetime($afterKey) AND c.id > $afterId)
  WITH c ORDER BY c.openedAt, c.id LIMIT $limit
  OPTIONAL MATCH (n:${ENTITY_LABEL} {id: c.entityId})
  RETURN collect({conflict: properties(c), entity: CASE WHEN n IS NULL THEN null ELSE ${context.compile(entityRow(n, plan))} END}) AS page
}
RETURN total, page`,
  );
}

/** `conflicts`: a page of conflicts with a status (open by default), keyset-paginated on (opened at, id). */
export async function listConflicts(ctx: GraphContext, args: ConflictsArgs, info: GraphQLResolveInfo) {
  const after = conflictCursor(args.after);
  const read = compiled(info, 'conflicts', (context, keys) => {
    const entityFields = [...fieldsAt(info, ['edges', 'node', 'entity']), ...fieldsAt(info, ['nodes', 'entity'])];
    const plan = entityPlan(ENTITY_TYPES, subSelections(entityFields), context, keys);
    return { statement: conflictsStatement(plan), plan };
  });
  const bound = bind(read, info, { status: args.status, limit: args.first + 1, afterKey: after?.key ?? null, afterId: after?.id ?? null });
  const [row] = await ctx.db.read(read.cypher, bound.params);
  const conflicts = (row.page as { conflict: Row; entity: EntityValues | null }[]).map((item) => ({
    ...toConflict(item.conflict),
    entity: item.entity && materialize<EntityRecord>(item.entity, read.plan, bound.windows),
  }));
  const page = pageOf(conflicts, args.first, (conflict) => encodeCursor({ k: conflict.openedAt, i: conflict.id }), after !== undefined);
  return {
    edges: page.items.map((conflict, index) => ({ cursor: page.cursors[index], node: conflict })),
    nodes: page.items,
    pageInfo: page.pageInfo,
    totalCount: row.total as number,
  };
}
