/*
 * The explorer's pure helpers: colours, the heat scale, GraphML, how the overview groups entities
 * by country and suggests paths, and what of a view was stated by an "as of" date. Plain JavaScript that runs as a
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

  /** Relationships that say where an entity is. */
  const WHERE_RELATIONS = new Set(['LOCATED_IN', 'HELD_IN']);
  const isTerritory = (node) => node !== undefined && (node.type === 'Country' || node.type === 'CountryGroup');

  /**
   * Groups the entities of a view by country. Every country (or group such as ASEAN) that holds
   * something gets a region holding itself and whatever is located in it, directly or through a
   * place; a country that is a member of exactly one group in view sits inside that group's region.
   * An entity placed in two territories stays ungrouped. Returns the regions, outermost first
   * (`{id, label, territory, parent}`), and each grouped entity's region id (`parents`).
   */
  function countryRegions(nodes, edges) {
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const placedIn = new Map();
    const memberOf = new Map();
    for (const edge of edges) {
      if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
      const targets = WHERE_RELATIONS.has(edge.type) ? placedIn : edge.type === 'MEMBER_OF' && byId.get(edge.target).type === 'CountryGroup' ? memberOf : null;
      if (!targets) continue;
      if (!targets.has(edge.source)) targets.set(edge.source, new Set());
      targets.get(edge.source).add(edge.target);
    }
    const homes = new Map();
    function home(id, visiting) {
      if (homes.has(id)) return homes.get(id);
      if (visiting.has(id)) return null;
      visiting.add(id);
      const found = new Set([...(placedIn.get(id) || [])].map((target) => (isTerritory(byId.get(target)) ? target : home(target, visiting))).filter(Boolean));
      const result = found.size === 1 ? [...found][0] : null;
      homes.set(id, result);
      return result;
    }
    const parentTerritory = new Map();
    for (const node of nodes) {
      if (isTerritory(node)) {
        const groups = memberOf.get(node.id);
        if (node.type === 'Country' && groups && groups.size === 1) parentTerritory.set(node.id, [...groups][0]);
      } else {
        const territory = home(node.id, new Set());
        if (territory) parentTerritory.set(node.id, territory);
      }
    }
    const holding = new Set(parentTerritory.values());
    const regionId = (territory) => `region:${territory}`;
    const regions = [...holding].map((territory) => ({
      id: regionId(territory),
      label: byId.get(territory).label,
      territory,
      parent: parentTerritory.has(territory) ? regionId(parentTerritory.get(territory)) : null,
    }));
    regions.sort((a, b) => (a.parent ? 1 : 0) - (b.parent ? 1 : 0) || a.label.localeCompare(b.label));
    const parents = new Map();
    for (const [id, territory] of parentTerritory) if (!holding.has(id)) parents.set(id, regionId(territory));
    for (const territory of holding) parents.set(territory, regionId(territory));
    return { regions, parents };
  }

  /**
   * Cross-border questions to start from: for pairs of regions, the best-connected institution of
   * each (by degree), best-connected pairs first, at most `count`.
   */
  function crossBorderPairs(nodes, edges, parents, count) {
    const degree = new Map();
    for (const edge of edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) || 0) + 1);
    const best = new Map();
    for (const node of nodes) {
      const region = parents.get(node.id);
      if (node.type !== 'Institution' || !region) continue;
      const current = best.get(region);
      if (!current || (degree.get(node.id) || 0) > (degree.get(current.id) || 0)) best.set(region, node);
    }
    const champions = [...best.values()];
    const pairs = champions.flatMap((from, index) => champions.slice(index + 1).map((to) => ({ from, to, weight: (degree.get(from.id) || 0) + (degree.get(to.id) || 0) })));
    pairs.sort((a, b) => b.weight - a.weight || a.from.label.localeCompare(b.from.label) || a.to.label.localeCompare(b.to.label));
    return pairs.slice(0, count).map(({ from, to }) => ({ from, to }));
  }

  const union = (a, b) => (a ? { x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) } : { ...b });

  /**
   * Moves boxes apart until none overlap, keeping regions whole: `items` are labelled nodes
   * (`{x, y, box, region}`, `box` relative to the position and including the label), `regions` the
   * compound boxes around them (`{id, parent, padding, label: {w, h}}`, the label above the box).
   * Within each region, and at the top, the children (items and regions) are pushed apart pairwise
   * along the axis that needs the smaller move, x being `aspect` times cheaper (a wide canvas has
   * room sideways); a region moves with everything in it. Returns the new positions, in item order.
   */
  function separate(items, regions, { gap = 4, aspect = 1, rounds = 400 } = {}) {
    const byId = new Map(regions.map((region) => [region.id, region]));
    const ancestors = (id) => {
      const chain = [];
      for (let current = id; current; current = byId.get(current).parent) chain.push(current);
      return chain;
    };
    const inside = new Map(regions.map((region) => [region.id, []]));
    items.forEach((item, index) => ancestors(item.region).forEach((id) => inside.get(id).push(index)));
    const deepestFirst = [...regions].sort((a, b) => ancestors(b.id).length - ancestors(a.id).length);
    const positions = items.map((item) => ({ x: item.x, y: item.y }));
    // Each container's children: [{ of: item index | region id }]; the top level is keyed by null.
    const children = new Map([[null, []], ...regions.map((region) => [region.id, []])]);
    items.forEach((item, index) => children.get(item.region || null).push({ item: index }));
    regions.forEach((region) => children.get(region.parent || null).push({ region: region.id }));

    function boxes() {
      const itemBoxes = items.map((item, index) => ({ x1: positions[index].x + item.box.x1, y1: positions[index].y + item.box.y1, x2: positions[index].x + item.box.x2, y2: positions[index].y + item.box.y2 }));
      const regionBoxes = new Map();
      for (const region of deepestFirst) {
        let box = null;
        for (const child of children.get(region.id)) box = union(box, child.region ? regionBoxes.get(child.region) : itemBoxes[child.item]);
        const padded = { x1: box.x1 - region.padding, y1: box.y1 - region.padding, x2: box.x2 + region.padding, y2: box.y2 + region.padding };
        const middle = (padded.x1 + padded.x2) / 2;
        regionBoxes.set(region.id, union(padded, { x1: middle - region.label.w / 2, y1: padded.y1 - region.label.h, x2: middle + region.label.w / 2, y2: padded.y1 }));
      }
      return (child) => (child.region ? regionBoxes.get(child.region) : itemBoxes[child.item]);
    }

    const move = (child, dx, dy) => {
      for (const index of child.region ? inside.get(child.region) : [child.item]) {
        positions[index].x += dx;
        positions[index].y += dy;
      }
    };

    let boxOf = boxes();
    let stale = false;
    for (let round = 0; round < rounds; round++) {
      let moved = false;
      for (const siblings of children.values()) {
        for (let i = 0; i < siblings.length; i++) {
          for (let j = i + 1; j < siblings.length; j++) {
            if (stale) [boxOf, stale] = [boxes(), false];
            const a = boxOf(siblings[i]);
            const b = boxOf(siblings[j]);
            const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
            const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
            if (overlapX <= 0 || overlapY <= 0) continue;
            moved = stale = true;
            // Ties (the same centre) part in a fixed direction, so the result is the same every time.
            const sideways = overlapX / aspect < overlapY;
            const sign = sideways ? (a.x1 + a.x2 <= b.x1 + b.x2 ? 1 : -1) : a.y1 + a.y2 <= b.y1 + b.y2 ? 1 : -1;
            const half = (sideways ? overlapX : overlapY) / 2;
            move(siblings[i], sideways ? -sign * half : 0, sideways ? 0 : -sign * half);
            move(siblings[j], sideways ? sign * half : 0, sideways ? 0 : sign * half);
          }
        }
      }
      if (!moved) break;
    }
    return positions;
  }

  /** A small seeded generator (mulberry32): numbers in [0, 1) like Math.random, the same for the same seed. */
  function seededRandom(seed) {
    let state = seed >>> 0;
    return function () {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /**
   * Runs `run` with Math.random seeded: the force layout draws from Math.random and has no seed of
   * its own, and the same graph should always get the same picture.
   */
  function withSeededRandom(seed, run) {
    const original = Math.random;
    Math.random = seededRandom(seed);
    try {
      return run();
    } finally {
      Math.random = original;
    }
  }

  /**
   * Whether a relationship whose `evidence` is read with its sources' `publishedOn` was stated on or
   * before `asOf` (YYYY-MM-DD; ISO dates compare as text): as the API's `stated: {to: asOf}` counts it.
   */
  function statedBy(evidence, asOf) {
    return evidence.some((item) => item.source && item.source.publishedOn <= asOf);
  }

  /** The paths every step of which was stated by `asOf` (all of them when there is no date). */
  function pathsAsOf(paths, asOf) {
    return asOf ? paths.filter((path) => path.steps.every((step) => statedBy(step.evidence, asOf))) : paths;
  }

  /** The nodes an edge touches, and those in `keep`: what an overview as of a date draws. */
  function touchedNodes(nodes, edges, keep) {
    const ends = new Set([...keep, ...edges.flatMap((edge) => [edge.source, edge.target])]);
    return nodes.filter((node) => ends.has(node.id));
  }

  return { TYPE_COLOURS, typeColour, heatColour, heatText, toGraphML, countryRegions, crossBorderPairs, separate, withSeededRandom, pathsAsOf, touchedNodes };
});
