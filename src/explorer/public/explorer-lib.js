/*
 * The explorer's pure helpers: colours, the heat scale and GraphML. Plain JavaScript that runs as a
 * browser script (it defines `window.ExplorerLib`) and as a CommonJS module (the unit tests load it).
 */
(function (root, factory) {
  const lib = factory();
  if (typeof module === 'object' && module.exports) module.exports = lib;
  else root.ExplorerLib = lib;
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  /** One colour per entity type, distinguishable and readable on white. */
  const TYPE_COLOURS = {
    Institution: '#1f77b4',
    Country: '#d62728',
    CountryGroup: '#9467bd',
    Place: '#8c564b',
    Project: '#2ca02c',
    Platform: '#ff7f0e',
    Event: '#e377c2',
    Network: '#17becf',
    Agreement: '#bcbd22',
    Domain: '#7f7f7f',
    Initiative: '#393b79',
  };

  function typeColour(type) {
    return TYPE_COLOURS[type] || '#444444';
  }

  /** White for 0 to deep red for the largest weight; the text on it stays readable (see `heatText`). */
  function heatColour(weight, max) {
    const share = max > 0 ? Math.min(1, weight / max) : 0;
    const lightness = Math.round(97 - share * 55);
    return `hsl(8, 80%, ${lightness}%)`;
  }

  function heatText(weight, max) {
    return max > 0 && weight / max > 0.6 ? '#ffffff' : '#111111';
  }

  function escapeXml(text) {
    return String(text).replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]);
  }

  function data(key, value) {
    return value === undefined || value === null ? '' : `<data key="${key}">${escapeXml(typeof value === 'string' ? value : JSON.stringify(value))}</data>`;
  }

  /** GraphML of the current view, with the same keys as the service's own export. */
  function toGraphML(nodes, edges) {
    const lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
      '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
      '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
      '  <key id="edge_type" for="edge" attr.name="type" attr.type="string"/>',
      '  <key id="edge_evidence" for="edge" attr.name="evidence" attr.type="string"/>',
      '  <graph id="collab-graph-view" edgedefault="directed">',
    ];
    for (const node of nodes) lines.push(`    <node id="${escapeXml(node.id)}">${data('label', node.label)}${data('type', node.type)}${data('kind', node.kind)}</node>`);
    for (const edge of edges) {
      lines.push(
        `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${data('edge_type', edge.type)}${data('edge_evidence', edge.evidence || [])}</edge>`,
      );
    }
    lines.push('  </graph>', '</graphml>', '');
    return lines.join('\n');
  }

  return { TYPE_COLOURS, typeColour, heatColour, heatText, toGraphML };
});
