import type { Database, Row } from '../../engine/db/database';
import { entityProjection, toEvidence } from '../entity/entity.record';
import { ENTITY_LABEL } from '../../engine/model/model';
import type { ExportEdge, ExportNode, ExportWriter } from './export.formats';
import type { ExportScope } from './export.scope';

/** Entities in scope: all, or those with the given ids, or of the given types. */
export const EXPORT_NODES = `
MATCH (n:${ENTITY_LABEL})
WHERE ($ids IS NULL OR n.id IN $ids) AND ($types IS NULL OR any(type IN $types WHERE type IN labels(n)))
RETURN ${entityProjection('n')} AS node
ORDER BY n.id`;

/** Relationships whose both ends are in scope. */
export const EXPORT_EDGES = `
MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
  AND ($types IS NULL OR (any(type IN $types WHERE type IN labels(a)) AND any(type IN $types WHERE type IN labels(b))))
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties
ORDER BY source, type, target`;

/** The ids within `depth` hops of `$root` (validated 1 to 3: variable-length bounds cannot be parameters). */
export function neighbourhoodIds(depth: number): string {
  return `
MATCH (root:${ENTITY_LABEL} {id: $root})
MATCH (root)-[*0..${depth}]-(n:${ENTITY_LABEL})
RETURN collect(DISTINCT n.id) AS ids`;
}

const FIXED_NODE_KEYS = new Set(['id', 'type', 'name', 'kind', 'aliases', 'evidenceSourceIds', 'evidenceQuotes']);
const FIXED_EDGE_KEYS = new Set(['id', 'evidenceSourceIds', 'evidenceQuotes']);

function rest(properties: Record<string, unknown>, fixed: Set<string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(properties)
      .filter((key) => !fixed.has(key))
      .sort()
      .map((key) => [key, properties[key]]),
  );
}

function toExportNode(raw: Record<string, unknown>): ExportNode {
  return {
    id: raw.id as string,
    type: raw.type as string,
    name: raw.name as string,
    kind: raw.kind as string,
    aliases: (raw.aliases as string[] | null) ?? [],
    properties: rest(raw, FIXED_NODE_KEYS),
    evidence: toEvidence(raw),
  };
}

function toExportEdge(row: Row): ExportEdge {
  const properties = row.properties as Record<string, unknown>;
  return {
    id: properties.id as string,
    source: row.source as string,
    target: row.target as string,
    type: row.type as string,
    properties: rest(properties, FIXED_EDGE_KEYS),
    evidence: toEvidence(properties),
  };
}

export class ExportRootNotFound extends Error {
  constructor(readonly id: string) {
    super(`No entity with id "${id}"`);
  }
}

/** Allows the export of a large graph to a slow client. */
const EXPORT_TIMEOUT_MS = 600_000;

/**
 * Streams the graph (or the scope's subgraph) through `writer` to `emit`, nodes then edges, from
 * one read transaction so both parts describe the same graph.
 */
export async function exportGraph(db: Database, scope: ExportScope, writer: ExportWriter, emit: (chunk: string) => Promise<void>): Promise<void> {
  let ids = scope.ids ?? null;
  if (scope.root !== undefined) {
    const [row] = await db.read(neighbourhoodIds(scope.depth), { root: scope.root });
    if ((row.ids as string[]).length === 0) throw new ExportRootNotFound(scope.root);
    ids = row.ids as string[];
  }
  const params = { ids, types: scope.types ?? null };
  await db.streamRead(EXPORT_TIMEOUT_MS, async (stream) => {
    await emit(writer.begin());
    if (writer.parts.nodes) await stream(EXPORT_NODES, params, (row) => emit(writer.node(toExportNode(row.node as Record<string, unknown>))));
    await emit(writer.edges());
    if (writer.parts.edges) await stream(EXPORT_EDGES, params, (row) => emit(writer.edge(toExportEdge(row))));
    await emit(writer.end());
  });
}
