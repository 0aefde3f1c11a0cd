import type { WriteTransaction } from '../db/database';
import { ExactValue } from '../db/database';
import { decodeProperties, encodeProperties, type TypedValue } from '../db/typed-values';
import { CONFLICT_LABEL, ENTITY_LABEL, ENTITY_TYPES, RELATION_TYPES } from '../model/model';

/** The labels whose nodes a change can touch, each with its own unique `id`. */
export const KEYED_LABELS = [ENTITY_LABEL, 'Source', CONFLICT_LABEL] as const;
export type KeyedLabel = (typeof KEYED_LABELS)[number];

export interface RelationshipKey {
  from: string;
  type: string;
  to: string;
}

/**
 * What a write is about to change, named by keys: nodes by label and id, relationships by their ends
 * and type (the model keeps at most one relationship of a type from one entity to another), and
 * `relationshipsOf`: every relationship of these entities, for writes that rewire them (a merge).
 */
export interface Footprint {
  entities?: string[];
  sources?: string[];
  conflicts?: string[];
  relationships?: RelationshipKey[];
  relationshipsOf?: string[];
}

export interface NodeState {
  label: KeyedLabel;
  id: string;
  labels: string[];
  properties: Record<string, TypedValue>;
}

export interface RelationshipState extends RelationshipKey {
  properties: Record<string, TypedValue>;
}

/** A part of the graph, every property typed (see typed-values), in a stable order so equal states compare equal. */
export interface GraphState {
  nodes: NodeState[];
  relationships: RelationshipState[];
}

/** One simple statement per kind of key, each run only when it has keys: quick to plan, index seeks only. */
const nodesOf = (label: KeyedLabel) => `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN labels(n) AS labels, properties(n) AS properties`;

const RELATIONSHIPS_BY_KEY = `
UNWIND $keys AS key
MATCH (:${ENTITY_LABEL} {id: key.from})-[r]->(:${ENTITY_LABEL} {id: key.to}) WHERE type(r) = key.type
RETURN key.from AS from, type(r) AS type, key.to AS to, properties(r) AS properties`;

const RELATIONSHIPS_OF = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})-[r]-(:${ENTITY_LABEL})
RETURN startNode(r).id AS from, type(r) AS type, endNode(r).id AS to, properties(r) AS properties`;

const keyOf = (label: string, id: string) => `${label}:${id}`;
export const relationshipKeyOf = ({ from, type, to }: RelationshipKey) => `${from}:${type}:${to}`;

const KEYS_OF_LABEL: Record<KeyedLabel, keyof Footprint> = { Entity: 'entities', Source: 'sources', Conflict: 'conflicts' };

/** The current state of what `footprint` names (what does not exist is simply absent). */
export async function readState(tx: WriteTransaction, footprint: Footprint): Promise<GraphState> {
  const nodes: NodeState[] = [];
  for (const label of KEYED_LABELS) {
    const ids = (footprint[KEYS_OF_LABEL[label]] ?? []) as string[];
    for (const row of ids.length > 0 ? await tx.runTyped(nodesOf(label), { ids }) : []) {
      const properties = row.properties as Record<string, unknown>;
      nodes.push({ label, id: properties.id as string, labels: [...(row.labels as string[])].sort(), properties: encodeProperties(properties) });
    }
  }
  const rows = [
    ...(footprint.relationships?.length ? await tx.runTyped(RELATIONSHIPS_BY_KEY, { keys: footprint.relationships }) : []),
    ...(footprint.relationshipsOf?.length ? await tx.runTyped(RELATIONSHIPS_OF, { ids: footprint.relationshipsOf }) : []),
  ];
  const relationships = new Map<string, RelationshipState>();
  for (const row of rows) {
    const key = { from: row.from as string, type: row.type as string, to: row.to as string };
    relationships.set(relationshipKeyOf(key), { ...key, properties: encodeProperties(row.properties as Record<string, unknown>) });
  }
  return sortedState({ nodes, relationships: [...relationships.values()] });
}

/** The state in its stable order: nodes by label and id, relationships by key. */
export function sortedState(state: GraphState): GraphState {
  return {
    nodes: state.nodes.sort((a, b) => keyOf(a.label, a.id).localeCompare(keyOf(b.label, b.id))),
    relationships: state.relationships.sort((a, b) => relationshipKeyOf(a).localeCompare(relationshipKeyOf(b))),
  };
}

/** The footprint naming exactly the nodes and relationships of the given states, and every relationship of nodes only one of them has. */
export function footprintOf(...states: GraphState[]): Footprint {
  const nodes = states.flatMap((state) => state.nodes);
  const ids = (label: KeyedLabel) => [...new Set(nodes.filter((node) => node.label === label).map((node) => node.id))];
  const relationships = new Map(states.flatMap((state) => state.relationships).map((r) => [relationshipKeyOf(r), { from: r.from, type: r.type, to: r.to }]));
  const presence = (id: string) => states.map((state) => state.nodes.some((node) => node.label === ENTITY_LABEL && node.id === id));
  return {
    entities: ids(ENTITY_LABEL),
    sources: ids('Source'),
    conflicts: ids(CONFLICT_LABEL),
    relationships: [...relationships.values()],
    // An entity that appears or disappears takes its relationships with it: all of them are in play.
    relationshipsOf: ids(ENTITY_LABEL).filter((id) => new Set(presence(id)).size > 1),
  };
}

export function sameState(a: GraphState, b: GraphState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const DELETE_RELATIONSHIPS = `
UNWIND $keys AS key
MATCH (:${ENTITY_LABEL} {id: key.from})-[r]->(:${ENTITY_LABEL} {id: key.to}) WHERE type(r) = key.type
DELETE r`;

/** Statements per keyed label, so each finds its nodes through the label's unique id. */
const deleteNodes = (label: KeyedLabel) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
DETACH DELETE n`;

/** Labels come from the stored state, checked against the model's allow-list before they reach Cypher. */
const putNodes = (label: KeyedLabel) => `
UNWIND $nodes AS node
MERGE (n:${label} {id: node.id})
SET n = node.properties
REMOVE n:$([existing IN labels(n) WHERE NOT existing IN node.labels])
SET n:$(node.labels)`;

const PUT_RELATIONSHIPS = `
UNWIND $relationships AS rel
MATCH (a:${ENTITY_LABEL} {id: rel.from}), (b:${ENTITY_LABEL} {id: rel.to})
MERGE (a)-[r:$(rel.type)]->(b)
SET r = rel.properties`;

const KNOWN_LABELS = new Set<string>([...KEYED_LABELS, ...ENTITY_TYPES]);
const KNOWN_TYPES = new Set<string>(RELATION_TYPES);

function checkAllowed(state: GraphState): void {
  const label = state.nodes.flatMap((node) => node.labels).find((candidate) => !KNOWN_LABELS.has(candidate));
  const type = state.relationships.map((r) => r.type).find((candidate) => !KNOWN_TYPES.has(candidate));
  if (label ?? type) throw new Error(`a stored state names ${label ? `label ${label}` : `relationship type ${type!}`}, which the model does not know`);
}

/**
 * Makes the graph hold `target` where it now holds `current` (the same footprint): what only `current`
 * holds is deleted, everything in `target` is written back exactly, properties and labels included.
 */
export async function writeState(tx: WriteTransaction, current: GraphState, target: GraphState): Promise<void> {
  checkAllowed(target);
  const targetNodes = new Set(target.nodes.map((node) => keyOf(node.label, node.id)));
  const targetRelationships = new Set(target.relationships.map(relationshipKeyOf));
  const goneRelationships = current.relationships.filter((r) => !targetRelationships.has(relationshipKeyOf(r)));
  const goneNodes = current.nodes.filter((node) => !targetNodes.has(keyOf(node.label, node.id)));
  if (goneRelationships.length > 0) await tx.run(DELETE_RELATIONSHIPS, { keys: goneRelationships.map(({ from, type, to }) => ({ from, type, to })) });
  for (const label of KEYED_LABELS) {
    const gone = goneNodes.filter((node) => node.label === label).map((node) => node.id);
    if (gone.length > 0) await tx.run(deleteNodes(label), { ids: gone });
    const put = target.nodes.filter((node) => node.label === label);
    if (put.length > 0) {
      const nodes = put.map((node) => ({ id: node.id, labels: node.labels, properties: decodeProperties(node.properties) }));
      await tx.run(putNodes(label), { nodes: new ExactValue(nodes) });
    }
  }
  if (target.relationships.length > 0) {
    const relationships = target.relationships.map((r) => ({ from: r.from, type: r.type, to: r.to, properties: decodeProperties(r.properties) }));
    await tx.run(PUT_RELATIONSHIPS, { relationships: new ExactValue(relationships) });
  }
}
