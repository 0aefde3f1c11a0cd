import { GraphQLError } from 'graphql';
import type { QueryRunner, Row } from '../../engine/db/database';
import { decodeProperties } from '../../engine/db/typed-values';
import { toPlain } from '../../engine/db/values';
import { CHANGE_LABEL, CHANGE_LOG_LABEL, CHANGE_SUBJECT_LABEL, type ChangeTransaction } from '../../engine/changes/change-log';
import { STATE_COLUMNS, statesOf, type ChangeStates } from '../../engine/changes/change-snapshots';
import { footprintOf, KEYED_LABELS, readState, sameState, writeState, type NodeState, type RelationshipState } from '../../engine/changes/graph-state';
import { ENTITY_TYPES } from '../../engine/model/model';
import { badUserInput, notFound } from '../../platform/graphql/errors';
import { decodeCursor, encodeCursor, InvalidCursorError, pageOf } from '../../platform/graphql/pagination';
import { ChangeAction, ChangedItemKind, type Change, type ChangedItem } from './history.type';

/** Why `revertChange` refuses. */
export enum HistoryCode {
  CHANGE_ALREADY_REVERTED = 'CHANGE_ALREADY_REVERTED',
  /** A restore, or a change before the last restore: the graph it applied to is gone. */
  CHANGE_NOT_REVERTIBLE = 'CHANGE_NOT_REVERTIBLE',
  /** Later changes built on what this one changed; they are named in `extensions.dependents`. */
  CHANGE_DEPENDED_ON = 'CHANGE_DEPENDED_ON',
}

const projection = (c: string) =>
  `${c} {.id, .version, .by, .operation, .summary, .entityIds, .entityTypes, .relationTypes, .sourceIds, .revertOf, .revertedBy, at: toString(${c}.at),
   revertible: NOT coalesce(${c}.baseline, false) AND ${c}.revertedBy IS NULL AND ${c}.version > base}`;

/** Changes newest first: every change (optionally since a time), or those of one entity, source or conflict (`$keys`). */
function listStatement(ofSubject: boolean): string {
  const matching = ofSubject
    ? `MATCH (:${CHANGE_SUBJECT_LABEL} {key: key})<-[:CHANGED]-(c:${CHANGE_LABEL})`
    : `MATCH (c:${CHANGE_LABEL}) WHERE $since IS NULL OR c.at >= datetime($since)`;
  const each = ofSubject ? 'UNWIND $keys AS key\n  ' : '';
  return `
OPTIONAL MATCH (log:${CHANGE_LOG_LABEL} {id: 'graph'})
WITH coalesce(log.base, 0) AS base
CALL () {
  ${each}${matching}
  RETURN count(DISTINCT c) AS total
}
CALL (base) {
  ${each}${matching}
  WITH DISTINCT c WHERE $before IS NULL OR c.version < $before
  WITH c ORDER BY c.version DESC LIMIT $limit
  RETURN collect(${projection('c')}) AS page
}
RETURN total, page`;
}

export const LIST_CHANGES = listStatement(false);
export const SUBJECT_HISTORY = listStatement(true);

export const CHANGE_STATES = `
OPTIONAL MATCH (log:${CHANGE_LOG_LABEL} {id: 'graph'})
WITH coalesce(log.base, 0) AS base
MATCH (c:${CHANGE_LABEL} {id: $id})
RETURN ${projection('c')} AS change, ${STATE_COLUMNS('c')}`;

/** Later changes, not undone, that touched any of `$keys`: what a refused revert names. */
export const LATER_CHANGES_OF = `
UNWIND $keys AS key
MATCH (:${CHANGE_SUBJECT_LABEL} {key: key})<-[:CHANGED]-(c:${CHANGE_LABEL})
WHERE c.version > $version AND c.revertedBy IS NULL
RETURN DISTINCT c.id AS id, c.version AS version ORDER BY version`;

/** Reverting a revert (a redo) puts the first change back in force: it can be reverted again. */
export const REINSTATE = `MATCH (c:${CHANGE_LABEL} {id: $id}) SET c.revertedBy = null`;

export interface ChangePageArgs {
  first: number;
  after?: string | null;
  since?: Date;
}

/** The version a cursor points after; none for the first page (`after` absent or null, as GraphQL lets a client say). */
function cursorVersion(after: string | null | undefined): number | null {
  if (after === undefined || after === null) return null;
  try {
    const payload = decodeCursor(after) as { v?: unknown } | null;
    if (!payload || !Number.isSafeInteger(payload.v)) throw new InvalidCursorError('is not a cursor of this list');
    return payload.v as number;
  } catch (error) {
    throw badUserInput('after', (error as Error).message);
  }
}

const toChange = (row: Row) => row as unknown as Change;

export async function listChanges(db: QueryRunner, args: ChangePageArgs, subjectId?: string) {
  const before = cursorVersion(args.after);
  const params = { before, limit: args.first + 1, since: args.since?.toISOString() ?? null, keys: KEYED_LABELS.map((label) => `${label}:${subjectId}`) };
  const [row] = await db.read(subjectId === undefined ? LIST_CHANGES : SUBJECT_HISTORY, params);
  const page = pageOf((row.page as Row[]).map(toChange), args.first, (change) => encodeCursor({ v: change.version }), before !== null);
  return { edges: page.items.map((node, index) => ({ node, cursor: page.cursors[index] })), nodes: page.items, pageInfo: page.pageInfo, totalCount: row.total as number };
}

/** A change with its states, which `items` reads. */
export async function changeById(db: QueryRunner, id: string): Promise<Change | null> {
  const [row] = await db.read(CHANGE_STATES, { id }, { typed: true });
  return row ? { ...toChange(toPlain(row.change) as Row), states: statesOf(row) } : null;
}

const plainProperties = (properties: NodeState['properties'] | undefined) =>
  properties === undefined ? null : (toPlain(decodeProperties(properties)) as Record<string, unknown>);

function differingKeys(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])).sort();
}

function item(kind: ChangedItemKind, id: string, type: string | null, before: NodeState | RelationshipState | undefined, after: NodeState | RelationshipState | undefined): ChangedItem {
  return {
    kind,
    id,
    type,
    action: before === undefined ? ChangeAction.CREATED : after === undefined ? ChangeAction.DELETED : ChangeAction.UPDATED,
    changedProperties: differingKeys(before?.properties, after?.properties),
    before: plainProperties(before?.properties),
    after: plainProperties(after?.properties),
  };
}

const NODE_KINDS: Record<NodeState['label'], ChangedItemKind> = { Entity: ChangedItemKind.ENTITY, Source: ChangedItemKind.SOURCE, Conflict: ChangedItemKind.CONFLICT };

/** What a change did, item by item: only what differs between its before and after states. */
export function changedItems({ before, after }: ChangeStates): ChangedItem[] {
  const items: ChangedItem[] = [];
  const nodeKey = (node: NodeState) => `${node.label}:${node.id}`;
  const relationshipKey = (r: RelationshipState) => `${r.from}:${r.type}:${r.to}`;
  const nodesBefore = new Map(before.nodes.map((node) => [nodeKey(node), node]));
  const nodesAfter = new Map(after.nodes.map((node) => [nodeKey(node), node]));
  for (const key of new Set([...nodesBefore.keys(), ...nodesAfter.keys()])) {
    const [was, is] = [nodesBefore.get(key), nodesAfter.get(key)];
    const node = (was ?? is)!;
    const type = node.labels.find((label) => (ENTITY_TYPES as readonly string[]).includes(label)) ?? null;
    if (JSON.stringify(was) !== JSON.stringify(is)) items.push(item(NODE_KINDS[node.label], node.id, type, was, is));
  }
  const relationshipsBefore = new Map(before.relationships.map((r) => [relationshipKey(r), r]));
  const relationshipsAfter = new Map(after.relationships.map((r) => [relationshipKey(r), r]));
  for (const key of new Set([...relationshipsBefore.keys(), ...relationshipsAfter.keys()])) {
    const [was, is] = [relationshipsBefore.get(key), relationshipsAfter.get(key)];
    if (JSON.stringify(was) !== JSON.stringify(is)) items.push(item(ChangedItemKind.RELATIONSHIP, key, (was ?? is)!.type, was, is));
  }
  return items;
}

function refuse(message: string, code: HistoryCode, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/**
 * Puts back exactly what change `id` replaced, as a new change in the same transaction, or refuses:
 * when it was undone already, when it is a restore or older than the last one, and when the graph no
 * longer holds what the change left (later changes built on it: they are named, newest last).
 */
export async function revertChange(tx: ChangeTransaction, id: string): Promise<Change> {
  const [row] = await tx.runTyped(CHANGE_STATES, { id });
  if (!row) throw notFound('change', id);
  const change = toChange(toPlain(row.change) as Row);
  if (change.revertedBy) throw refuse(`Change ${id} was reverted already, by change ${change.revertedBy}`, HistoryCode.CHANGE_ALREADY_REVERTED, { id, revertedBy: change.revertedBy });
  if (!change.revertible) {
    throw refuse(`Change ${id} cannot be reverted: a restore, and every change before the last restore, applied to a graph that is gone`, HistoryCode.CHANGE_NOT_REVERTIBLE, { id });
  }
  const { before, after } = statesOf(row);
  const footprint = footprintOf(before, after);
  const current = await readState(tx, footprint);
  if (!sameState(current, after)) {
    const keys = [...current.nodes, ...after.nodes].map((node) => `${node.label}:${node.id}`).concat(
      [...current.relationships, ...after.relationships].flatMap((r) => [`Entity:${r.from}`, `Entity:${r.to}`]),
    );
    const dependents = (await tx.run(LATER_CHANGES_OF, { keys: [...new Set(keys)], version: change.version })).map((later) => later.id as string);
    throw refuse(
      `Change ${id} cannot be reverted: later changes (${dependents.join(', ') || 'not recorded'}) changed what it wrote; revert them first, newest first`,
      HistoryCode.CHANGE_DEPENDED_ON,
      { id, dependents },
    );
  }
  await tx.touch(footprint);
  await writeState(tx, current, before);
  if (change.revertOf) await tx.run(REINSTATE, { id: change.revertOf });
  return change;
}
