/*
 * Reading the `cypher` field's JSON values (see cypher.values.ts for their shape) for display:
 * which values are graph nodes, relationships and paths, what to call them, and which entities a
 * result holds, for the link that opens them in the explorer. No DOM here, so unit tests load it.
 */

export type CypherValue = null | boolean | number | string | CypherValue[] | { [key: string]: CypherValue };

export type CypherNode = {
  kind: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, CypherValue>;
};

export type CypherRelationship = {
  kind: 'relationship';
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, CypherValue>;
};

export type CypherPath = {
  kind: 'path';
  nodes: CypherNode[];
  relationships: CypherRelationship[];
};

/** The label every entity carries (src/engine/model/model.ts); the explorer shows entities, by their `id`. */
const ENTITY_LABEL = 'Entity';

type Row = Record<string, CypherValue>;
const isObject = (value: CypherValue): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

// A map the query built can carry a `kind` key too (`r {kind: 'relationship', .id}`); only the
// driver's own graph values also have an elementId and the fields that go with it.
export function isNode(value: CypherValue): value is CypherValue & CypherNode {
  return isObject(value) && value.kind === 'node' && typeof value.elementId === 'string' && Array.isArray(value.labels) && isObject(value.properties);
}

export function isRelationship(value: CypherValue): value is CypherValue & CypherRelationship {
  return isObject(value) && value.kind === 'relationship' && typeof value.elementId === 'string' && typeof value.type === 'string' && isObject(value.properties);
}

export function isPath(value: CypherValue): value is CypherValue & CypherPath {
  return isObject(value) && value.kind === 'path' && Array.isArray(value.nodes) && Array.isArray(value.relationships) && value.nodes.every(isNode);
}

/** What a node is called on screen: its name, else its title, else its id, else Neo4j's element id. */
export function nodeCaption(node: CypherNode): string {
  for (const key of ['name', 'title', 'id']) {
    const value = node.properties[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return node.elementId;
}

/** The entity ids in a result, in order of first appearance, from nodes anywhere in it (lists, maps, paths). */
export function entityIds(rows: CypherValue[][]): string[] {
  const ids = new Set<string>();
  const visit = (value: CypherValue): void => {
    if (isNode(value)) {
      const id = value.properties.id;
      if (value.labels.includes(ENTITY_LABEL) && typeof id === 'string') ids.add(id);
    } else if (isPath(value)) {
      value.nodes.forEach(visit);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (isObject(value) && !isRelationship(value)) {
      Object.values(value).forEach(visit);
    }
  };
  rows.forEach((row) => row.forEach(visit));
  return [...ids];
}

/** The most entities one explorer link opens (the explorer takes as many; a drawing of more is no overview). */
export const MAX_EXPLORER_IDS = 200;

/** The explorer's URL for a set of entities, the first MAX_EXPLORER_IDS (it draws them and the relationships among them). */
export function explorerUrl(ids: readonly string[]): string {
  return `/explore?ids=${ids.slice(0, MAX_EXPLORER_IDS).map(encodeURIComponent).join(',')}`;
}

/** A scalar as Cypher would write it: strings quoted, lists bracketed, maps braced. */
export function cypherLiteral(value: CypherValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (isObject(value)) return `{${Object.entries(value).map(([key, item]) => `${key}: ${cypherLiteral(item)}`).join(', ')}}`;
  return String(value);
}
