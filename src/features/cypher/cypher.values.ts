import neo4j from 'neo4j-driver';
import { isTemporal } from '../../engine/db/values';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sortedProperties(properties: Record<string, unknown>): { [key: string]: Json } {
  return Object.fromEntries(
    Object.keys(properties)
      .sort()
      .map((key) => [key, toCypherJson(properties[key])]),
  );
}

/**
 * A driver value as JSON in a stable shape: integers as numbers (strings beyond 2^53), temporals as
 * ISO strings, and graph values marked by `kind` with sorted labels and property keys:
 * `{kind: "node", elementId, labels, properties}`, `{kind: "relationship", elementId, type,
 * startElementId, endElementId, properties}`, `{kind: "path", nodes, relationships}`.
 */
export function toCypherJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toCypherJson);
  if (typeof value !== 'object') return String(value);
  if (neo4j.isNode(value)) {
    return { kind: 'node', elementId: value.elementId, labels: [...value.labels].sort(), properties: sortedProperties(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      kind: 'relationship',
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: sortedProperties(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return {
      kind: 'path',
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(toCypherJson),
      relationships: value.segments.map((segment) => toCypherJson(segment.relationship)),
    };
  }
  if (neo4j.isPoint(value)) {
    const point: { [key: string]: Json } = { kind: 'point', srid: toCypherJson(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (isTemporal(value)) return String(value);
  return sortedProperties(value as Record<string, unknown>);
}
