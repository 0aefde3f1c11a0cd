import { ENTITY_PROPERTIES, RELATION_PROPERTIES, type PropertyKind } from '../../engine/model/properties';
import type { Evidence } from '../entity/entity.type';
import { GRAPHML_END, graphmlBegin, graphmlEdge, graphmlNode } from './graphml';

/** One entity as exported: its stored properties beside id, type, name, kind, aliases and evidence. */
export interface ExportNode {
  id: string;
  type: string;
  name: string;
  kind: string;
  aliases: string[];
  properties: Record<string, unknown>;
  evidence: Evidence[];
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
  evidence: Evidence[];
}

/** Turns nodes, then edges, into chunks of one file format. */
export interface ExportWriter {
  contentType: string;
  extension: string;
  /** Which parts of the graph the format holds. */
  parts: { nodes: boolean; edges: boolean };
  begin(): string;
  node(node: ExportNode): string;
  /** Between the last node and the first edge. */
  edges(): string;
  edge(edge: ExportEdge): string;
  end(): string;
}

/**
 * GraphML as Gephi, Cytoscape and networkx read it (graphml.ts, shared with the explorer): `label` is
 * the name; lists, properties and evidence JSON strings.
 */
export const graphmlWriter: ExportWriter = {
  contentType: 'application/graphml+xml; charset=utf-8',
  extension: 'graphml',
  parts: { nodes: true, edges: true },
  begin: () => graphmlBegin('collab-graph'),
  node: ({ name, ...node }) => graphmlNode({ ...node, label: name }),
  edges: () => '',
  edge: graphmlEdge,
  end: () => GRAPHML_END,
};

/** `{"nodes": [...], "edges": [...]}`, written item by item. */
export function jsonWriter(): ExportWriter {
  let first = true;
  const item = (value: unknown) => {
    const separator = first ? '\n' : ',\n';
    first = false;
    return separator + JSON.stringify(value);
  };
  return {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    parts: { nodes: true, edges: true },
    begin: () => '{"nodes":[',
    node: (node) => item(node),
    edges: () => {
      first = true;
      return '\n],"edges":[';
    },
    edge: (edge) => item(edge),
    end: () => '\n]}\n',
  };
}

/** neo4j-admin's array delimiter for these files: pass `--array-delimiter="|"` to `neo4j-admin database import`. */
export const CSV_ARRAY_DELIMITER = '|';

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvArray(values: string[]): string {
  const bad = values.find((value) => value.includes(CSV_ARRAY_DELIMITER));
  if (bad !== undefined) throw new Error(`"${bad}" contains the CSV array delimiter ${CSV_ARRAY_DELIMITER}; export as JSON or GraphML instead`);
  return values.join(CSV_ARRAY_DELIMITER);
}

const CSV_TYPES: Record<PropertyKind, string> = { boolean: 'boolean', int: 'long', date: 'date', string: 'string', strings: 'string[]', qualifier: 'string' };

function csvValue(kind: PropertyKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  return kind === 'strings' ? csvArray(value as string[]) : String(value);
}

/** Every entity property of every type, each once, with its neo4j-admin type. */
const NODE_PROPERTY_COLUMNS: [string, PropertyKind][] = [
  ...new Map(Object.values(ENTITY_PROPERTIES).flatMap((properties) => Object.entries(properties))).entries(),
];
const EDGE_PROPERTY_COLUMNS = Object.entries(RELATION_PROPERTIES);
const CHANGE_COLUMNS = ['createdBy', 'createdAt:datetime', 'updatedBy', 'updatedAt:datetime'];

function changeValues(properties: Record<string, unknown>): string[] {
  return ['createdBy', 'createdAt', 'updatedBy', 'updatedAt'].map((key) => csvField(String(properties[key] ?? '')));
}

function evidenceValues(evidence: Evidence[]): string[] {
  return [csvArray(evidence.map((item) => item.sourceId)), csvArray(evidence.map((item) => item.quote))].map(csvField);
}

/** The nodes file of a neo4j-admin import: `id:ID`, `:LABEL` (Entity and the type) and typed property columns. */
export const csvNodesWriter: ExportWriter = {
  contentType: 'text/csv; charset=utf-8',
  extension: 'nodes.csv',
  parts: { nodes: true, edges: false },
  begin: () =>
    `${['id:ID', ':LABEL', 'name', 'kind', 'aliases:string[]', ...NODE_PROPERTY_COLUMNS.map(([name, kind]) => `${name}:${CSV_TYPES[kind]}`), 'evidenceSourceIds:string[]', 'evidenceQuotes:string[]', ...CHANGE_COLUMNS].join(',')}\n`,
  node: (node) =>
    `${[
      csvField(node.id),
      `Entity${CSV_ARRAY_DELIMITER}${node.type}`,
      csvField(node.name),
      csvField(node.kind),
      csvField(csvArray(node.aliases)),
      ...NODE_PROPERTY_COLUMNS.map(([name, kind]) => csvField(csvValue(kind, node.properties[name]))),
      ...evidenceValues(node.evidence),
      ...changeValues(node.properties),
    ].join(',')}\n`,
  edges: () => '',
  edge: () => '',
  end: () => '',
};

/** The relationships file of a neo4j-admin import: `:START_ID`, `:END_ID`, `:TYPE` and typed property columns. */
export const csvEdgesWriter: ExportWriter = {
  contentType: 'text/csv; charset=utf-8',
  extension: 'edges.csv',
  parts: { nodes: false, edges: true },
  begin: () => `${[':START_ID', ':END_ID', ':TYPE', 'id', ...EDGE_PROPERTY_COLUMNS.map(([name, kind]) => `${name}:${CSV_TYPES[kind]}`), 'evidenceSourceIds:string[]', 'evidenceQuotes:string[]', ...CHANGE_COLUMNS].join(',')}\n`,
  node: () => '',
  edges: () => '',
  edge: (edge) =>
    `${[
      csvField(edge.source),
      csvField(edge.target),
      edge.type,
      csvField(edge.id),
      ...EDGE_PROPERTY_COLUMNS.map(([name, kind]) => csvField(csvValue(kind, edge.properties[name]))),
      ...evidenceValues(edge.evidence),
      ...changeValues(edge.properties),
    ].join(',')}\n`,
  end: () => '',
};

export enum ExportFormat {
  GRAPHML = 'graphml',
  JSON = 'json',
  CSV_NODES = 'csv-nodes',
  CSV_EDGES = 'csv-edges',
}

export const EXPORT_FORMATS = Object.values(ExportFormat);

export function writerFor(format: ExportFormat): ExportWriter {
  switch (format) {
    case ExportFormat.GRAPHML:
      return graphmlWriter;
    case ExportFormat.JSON:
      return jsonWriter();
    case ExportFormat.CSV_NODES:
      return csvNodesWriter;
    case ExportFormat.CSV_EDGES:
      return csvEdgesWriter;
  }
}
