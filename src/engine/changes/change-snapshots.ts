import { encodeProperties } from '../db/typed-values';
import { ENTITY_LABEL } from '../model/model';
import { KEYED_LABELS, relationshipKeyOf, sortedState, type Footprint, type GraphState, type KeyedLabel, type NodeState, type RelationshipState } from './graph-state';

/**
 * A change's states live in the graph, beside its `Change` node: one `ChangeState` node per node or
 * relationship it touched, holding that item's properties as Neo4j values (`SET s = properties(n)`),
 * linked by `BEFORE` or `AFTER` with the item's key. Copying inside Neo4j keeps the states out of the
 * write's round trips: the "before" copy is sent without waiting for it, and the "after" copy, the
 * comparison and the append are one statement (a JSON copy read both states back into the service).
 */
export const CHANGE_STATE_LABEL = 'ChangeState';

export type Side = 'BEFORE' | 'AFTER';

const KEYS_OF_LABEL: Record<KeyedLabel, 'entities' | 'sources' | 'conflicts'> = { Entity: 'entities', Source: 'sources', Conflict: 'conflicts' };

/** A "before" copy is taken once per item: what an earlier touch saw first stays the change's "before". */
const firstCopy = (side: Side) => (side === 'BEFORE' ? 'WHERE NOT EXISTS { (c)-[:BEFORE {key: key}]->() }' : '');

const copyNodes = (side: Side, label: KeyedLabel) => `
CALL (c) {
  UNWIND $${KEYS_OF_LABEL[label]} AS id
  MATCH (n:${label} {id: id})
  WITH c, n, '${label}:' + id AS key
  ${firstCopy(side)}
  CREATE (c)-[:${side} {key: key, label: '${label}', id: n.id, labels: labels(n)}]->(s:${CHANGE_STATE_LABEL})
  SET s = properties(n)
}`;

const relationshipsByKey = `
    UNWIND $relationships AS key
    MATCH (:${ENTITY_LABEL} {id: key.from})-[r]->(:${ENTITY_LABEL} {id: key.to}) WHERE type(r) = key.type
    RETURN r`;

const relationshipsOf = (side: Side) => `
    UNWIND $relationshipsOf${side === 'AFTER' ? ` + [id IN $entities WHERE NOT EXISTS { (c)-[:BEFORE {key: '${ENTITY_LABEL}:' + id}]->() }]` : ''} AS id
    MATCH (:${ENTITY_LABEL} {id: id})-[r]-(:${ENTITY_LABEL})
    RETURN r`;

/**
 * Relationships named by key, and every relationship of `relationshipsOf`; an "after" copy adds those
 * of declared entities that did not exist before (one the work created takes its relationships in).
 */
const copyRelationships = (side: Side, parts: string[]) => `
CALL (c) {
  CALL (c) {${parts.join('\n    UNION')}
  }
  WITH c, r, startNode(r).id AS from, type(r) AS type, endNode(r).id AS to
  WITH c, r, from, type, to, from + ':' + type + ':' + to AS key
  ${firstCopy(side)}
  CREATE (c)-[:${side} {key: key, from: from, type: type, to: to}]->(s:${CHANGE_STATE_LABEL})
  SET s = properties(r)
}`;

export type FootprintParams = ReturnType<typeof footprintParams>;

/**
 * Copies the current state of a footprint (the parameters of `footprintParams`) to change `c`, with a
 * part only for each kind of key it names: an edit's statement stays small (one plan per shape).
 */
export function copyState(side: Side, footprint: FootprintParams): string {
  const nodes = KEYED_LABELS.filter((label) => footprint[KEYS_OF_LABEL[label]].length > 0).map((label) => copyNodes(side, label));
  const ofEntities = footprint.relationshipsOf.length > 0 || (side === 'AFTER' && footprint.entities.length > 0);
  const parts = [...(footprint.relationships.length > 0 ? [relationshipsByKey] : []), ...(ofEntities ? [relationshipsOf(side)] : [])];
  return nodes.join('') + (parts.length > 0 ? copyRelationships(side, parts) : '');
}

/** A statement that depends only on which kinds of key a footprint names, built once per such shape (every write uses one). */
export function byShape(build: (footprint: FootprintParams) => string): (footprint: FootprintParams) => string {
  const built = new Map<string, string>();
  return (footprint) => {
    const shape = Object.values(footprint).map((keys) => (keys.length > 0 ? '1' : '0')).join('');
    let statement = built.get(shape);
    if (statement === undefined) built.set(shape, (statement = build(footprint)));
    return statement;
  };
}

/**
 * Takes the write lock of every node the footprint names, entities then sources then conflicts, each in id
 * order, before anything is read: concurrent writes to one entity then queue at their first statement, so
 * each copies a "before" no other transaction can change before it commits, and no two wait for each other
 * (two writers of one entity that both copied it first deadlocked, about 1 edit in 250 at 8 writers under
 * load). Cypher has no lock clause; setting and removing a property takes the node's write lock and leaves
 * nothing behind.
 */
function lockNodes(footprint: FootprintParams): string {
  const order = lockOrder(footprint);
  return KEYED_LABELS.filter((label) => order[label].length > 0)
    .map((label) => `
CALL () {
  UNWIND $locked${label} AS id
  MATCH (n:${label} {id: id})
  SET n.${LOCK_PROPERTY} = true
  REMOVE n.${LOCK_PROPERTY}
}`)
    .join('');
}

const LOCK_PROPERTY = '`__changeLock`';

/**
 * The ids whose write locks a footprint takes, by label, each in lock order: the entities it names, the ends of its
 * relationships and those whose relationships it rewires; its sources; its conflicts.
 */
function lockOrder(footprint: FootprintParams): Record<KeyedLabel, string[]> {
  const ends = footprint.relationships.flatMap(({ from, to }) => [from, to]);
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  return { Entity: sorted([...footprint.entities, ...ends, ...footprint.relationshipsOf]), Source: sorted(footprint.sources), Conflict: sorted(footprint.conflicts) };
}

/** The parameters of `copyBefore`: the footprint's, and the nodes to lock in lock order (`$lockedEntity`, …). */
export function copyBeforeParams(footprint: FootprintParams) {
  const order = lockOrder(footprint);
  return { ...footprint, ...Object.fromEntries(KEYED_LABELS.map((label) => [`locked${label}`, order[label]])) };
}

/** Locks what the write will change, makes the change's pending node (keyed by a token until the append gives it its version), and copies the "before". */
export const copyBefore = byShape((footprint) => `${lockNodes(footprint)}
MERGE (c:Change {id: $token})
WITH c${copyState('BEFORE', footprint)}`);

/** The footprint as statement parameters: every key present, each id and relationship once. */
export function footprintParams(footprint: Footprint) {
  const ids = (list: string[] | undefined) => [...new Set(list ?? [])];
  const relationships = new Map((footprint.relationships ?? []).map(({ from, type, to }) => [relationshipKeyOf({ from, type, to }), { from, type, to }]));
  return {
    entities: ids(footprint.entities),
    sources: ids(footprint.sources),
    conflicts: ids(footprint.conflicts),
    relationships: [...relationships.values()],
    relationshipsOf: ids(footprint.relationshipsOf),
  };
}

/** A change's two states as typed rows: read with `statesOf` (changes recorded before the copies hold JSON). */
export const stateProjection = (c: string, side: Side) =>
  `COLLECT { MATCH (${c})-[item:${side}]->(s:${CHANGE_STATE_LABEL}) RETURN item {.key, .label, .id, .labels, .from, .type, .to, properties: properties(s)} AS state ORDER BY state.key }`;

/** A side's state as one comparable value: keys, labels and properties, in key order, with no nulls (null = null is null in Cypher). */
export const comparableState = (c: string, side: Side) =>
  `COLLECT { MATCH (${c})-[item:${side}]->(s:${CHANGE_STATE_LABEL}) RETURN [item.key, coalesce(item.labels, []), properties(s)] AS state ORDER BY state[0] }`;

export const STATE_COLUMNS = (c: string) => `${stateProjection(c, 'BEFORE')} AS before, ${stateProjection(c, 'AFTER')} AS after, ${c}.before AS beforeJson, ${c}.after AS afterJson`;

interface StateItem {
  label: KeyedLabel | null;
  id: string | null;
  labels: string[] | null;
  from: string | null;
  type: string | null;
  to: string | null;
  properties: Record<string, unknown>;
}

function stateOf(items: StateItem[]): GraphState {
  const nodes: NodeState[] = [];
  const relationships: RelationshipState[] = [];
  for (const item of items) {
    if (item.label) nodes.push({ label: item.label, id: item.id!, labels: [...item.labels!].sort(), properties: encodeProperties(item.properties) });
    else relationships.push({ from: item.from!, type: item.type!, to: item.to!, properties: encodeProperties(item.properties) });
  }
  return sortedState({ nodes, relationships });
}

export interface ChangeStates {
  before: GraphState;
  after: GraphState;
}

/** The before and after states of a row with `STATE_COLUMNS`, read with the driver's own types (`runTyped`). */
export function statesOf(row: Record<string, unknown>): ChangeStates {
  const legacy = row.beforeJson as string | null;
  if (legacy !== null) return { before: JSON.parse(legacy) as GraphState, after: JSON.parse(row.afterJson as string) as GraphState };
  return { before: stateOf(row.before as StateItem[]), after: stateOf(row.after as StateItem[]) };
}
