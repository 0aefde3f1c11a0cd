/*
 * The one GraphML writer: the service's export (export.formats.ts) and the explorer's "Export GraphML"
 * (a browser bundle) both write with it, so a file from either opens the same way in Gephi, Cytoscape
 * and networkx. Pure string building with no imports, so the browser bundle can include it.
 */

/** An entity: `label` is its name (Gephi shows `label`); lists, properties and evidence become JSON strings. */
export interface GraphmlNode {
  id: string;
  label: string;
  type: string;
  kind?: string;
  aliases?: string[];
  properties?: Record<string, unknown>;
  evidence?: unknown[];
}

export interface GraphmlEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties?: Record<string, unknown>;
  evidence?: unknown[];
}

const NODE_KEYS = ['label', 'type', 'kind', 'aliases', 'properties', 'evidence'];
const EDGE_KEYS = ['type', 'properties', 'evidence'];

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!);
}

function data(key: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `<data key="${key}">${escapeXml(text)}</data>`;
}

/** The XML declaration, every attribute key (string-typed, declared up front) and the opening of graph `graphId`. */
export function graphmlBegin(graphId: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((name) => `  <key id="${name}" for="node" attr.name="${name}" attr.type="string"/>`),
    ...EDGE_KEYS.map((name) => `  <key id="edge_${name}" for="edge" attr.name="${name}" attr.type="string"/>`),
    `  <graph id="${escapeXml(graphId)}" edgedefault="directed">`,
    '',
  ].join('\n');
}

export function graphmlNode(node: GraphmlNode): string {
  return (
    `    <node id="${escapeXml(node.id)}">${data('label', node.label)}${data('type', node.type)}${data('kind', node.kind)}${data('aliases', node.aliases)}` +
    `${data('properties', node.properties)}${data('evidence', node.evidence)}</node>\n`
  );
}

export function graphmlEdge(edge: GraphmlEdge): string {
  return (
    `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">` +
    `${data('edge_type', edge.type)}${data('edge_properties', edge.properties)}${data('edge_evidence', edge.evidence)}</edge>\n`
  );
}

export const GRAPHML_END = '  </graph>\n</graphml>\n';

/** A whole GraphML document, for a graph small enough to hold in memory (the export streams the parts instead). */
export function toGraphML(graphId: string, nodes: GraphmlNode[], edges: GraphmlEdge[]): string {
  return graphmlBegin(graphId) + nodes.map(graphmlNode).join('') + edges.map(graphmlEdge).join('') + GRAPHML_END;
}
