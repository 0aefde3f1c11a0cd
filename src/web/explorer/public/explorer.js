/*
 * The explorer page: an overview of the graph on arrival, search, a neighbourhood or the paths
 * between two entities as an interactive graph, the evidence behind every node and relationship,
 * the country matrix as a heat map, and exports. It uses only the public GraphQL API at /graphql.
 */
(function () {
  'use strict';
  const { typeColour, heatColour, heatText, toGraphML, countryRegions, crossBorderPairs, separate, withSeededRandom, pathsAsOf, touchedNodes } = window.ExplorerLib;
  const { element } = window.Page;
  const $ = (id) => document.getElementById(id);
  const NEIGHBOURHOOD_LIMIT = 2000;
  const EVIDENCE = 'evidence { quote source { title publisher publishedOn } }';
  const GRAPH_NODE = 'nodes { id label type kind distance }';
  const GRAPH_EDGE = `edges { id source target type sourceCount ${EVIDENCE} }`;
  /** From this many distinct sources on, a relationship is corroborated and drawn solid; below, dashed. */
  const CORROBORATED = 2;
  /** Up to this many entities (the most one `hubs` answer lists) the overview is the whole graph; beyond, the best-connected and their neighbours. */
  const WHOLE_GRAPH_LIMIT = 100;
  /** Neighbourhoods fetched to cover the whole graph before the overview gives up and says what is missing. */
  const WHOLE_GRAPH_ROUNDS = 10;
  const OVERVIEW_HUBS = 8;
  const HUB_NEIGHBOURS = 12;
  const SUGGESTED_HUBS = 5;
  const SUGGESTED_PATHS = 3;
  const LAYOUT_SEED = 15;
  /** The overview's force layout is first squeezed into the canvas at this zoom; moving the labels apart then spreads it again. */
  const PACKED_ZOOM = 1.3;
  const REGION_PADDING = 10;
  const LARGEST_ZOOM = 1.5;
  const WITH_LABEL = { includeLabels: true, includeOverlays: false };

  cytoscape.use(cytoscapeFcose);

  /**
   * `mode` is what the canvas shows (overview, neighbourhood, paths); `view` counts requests, so a late
   * answer to an older one is dropped; `asOf` (YYYY-MM-DD, or '') limits every view to what sources
   * published by then state.
   */
  const state = { mode: null, view: 0, picked: [], nodes: new Map(), edges: new Map(), asOf: '' };
  const explorer = { state, cy: null, lastRenderMs: null };
  window.explorer = explorer;

  /**
   * Every query the page sends is a read, so one that ran out of time is tried again (four times at
   * most): on a freshly started database, or a busy machine, the first runs of a query spend their
   * time limit planning it and warming the JVM, and each later run gets further.
   */
  const graphql = (query, variables) => window.Page.graphql(query, variables, { retries: 4 });

  function status(text) {
    $('status').textContent = text;
  }

  /** The API's date range for the "as of" date: facts stated on or before it. */
  function stated() {
    return state.asOf ? { to: state.asOf } : null;
  }

  function asOfNote() {
    return state.asOf ? ` as of ${state.asOf}` : '';
  }

  // ---- The graph -------------------------------------------------------------------------------

  function createGraph() {
    explorer.cy = cytoscape({
      container: $('graph'),
      wheelSensitivity: 0.3,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 2, 'text-wrap': 'wrap', 'text-max-width': 120, width: 16, height: 16, 'min-zoomed-font-size': 7 } },
        { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
        { selector: 'node[?picked]', style: { width: 26, height: 26, 'border-width': 3, 'border-color': '#111' } },
        // A country's region carries its name, so the country's own node inside it needs no label.
        { selector: 'node[?namesake]', style: { label: '' } },
        {
          selector: 'node.region',
          style: { shape: 'round-rectangle', label: 'data(label)', 'text-valign': 'top', 'font-size': 11, 'font-weight': 'bold', color: '#8b1a1a', 'background-color': '#d62728', 'background-opacity': 0.05, 'border-width': 1, 'border-color': '#d62728', 'border-opacity': 0.45, padding: REGION_PADDING },
        },
        { selector: 'edge', style: { width: 1.2, 'line-color': '#9aa', 'target-arrow-color': '#9aa', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(type)', 'font-size': 7, color: '#555', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 7 } },
        // What one source alone states is dashed; what two or more corroborate stays solid.
        { selector: 'edge.single-source', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 3] } },
        // The overview shows the shape of the graph; relationship names appear on selection.
        { selector: 'edge.quiet', style: { label: '', width: 0.8, 'arrow-scale': 0.6, opacity: 0.55 } },
        { selector: 'edge.quiet:selected', style: { label: 'data(type)', opacity: 1 } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#1a5fd0', 'line-color': '#1a5fd0', 'target-arrow-color': '#1a5fd0' } },
      ],
    });
    explorer.cy.on('tap', 'node', (event) => (state.mode === 'overview' ? openFromOverview(event.target) : showNodeDetails(event.target.id())));
    explorer.cy.on('tap', 'edge', (event) => showEdgeDetails(event.target.id()));
    explorer.cy.on('dbltap', 'node', (event) => state.mode !== 'overview' && expand(event.target.id()));
  }

  function nodeData(node) {
    return { id: node.id, label: node.label, type: node.type, kind: node.kind, colour: typeColour(node.type), picked: state.picked.some((entity) => entity.id === node.id) };
  }

  /** A new view starts: returns a check that is false once a later one has started. */
  function beginView() {
    const view = ++state.view;
    return () => view === state.view;
  }

  /**
   * Replaces (or, when expanding, extends) the view and lays it out; returns the time it took.
   * `grouping` (the overview's) puts entities into country regions and sizes them by degree.
   */
  function draw(nodes, edges, layout, { replace, mode, grouping = null }) {
    const started = performance.now();
    const cy = explorer.cy;
    if (replace) {
      state.nodes.clear();
      state.edges.clear();
    }
    state.mode = mode;
    const degree = new Map();
    for (const edge of edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) || 0) + 1);
    const fresh = grouping
      ? grouping.regions.map((region) => ({ group: 'nodes', classes: 'region', data: { id: region.id, label: region.label, territory: region.territory, parent: region.parent ?? undefined, colour: typeColour('Country') } }))
      : [];
    for (const node of nodes) {
      if (state.nodes.has(node.id)) continue;
      state.nodes.set(node.id, node);
      const data = nodeData(node);
      if (grouping) {
        data.parent = grouping.parents.get(node.id);
        data.namesake = grouping.regions.some((region) => region.territory === node.id);
        data.size = Math.round(12 + 3 * Math.sqrt(degree.get(node.id) || 0));
      }
      fresh.push({ group: 'nodes', data });
    }
    for (const edge of edges) {
      if (!state.edges.has(edge.id) && state.nodes.has(edge.source) && state.nodes.has(edge.target)) {
        state.edges.set(edge.id, edge);
        const classes = [grouping ? 'quiet' : '', edge.sourceCount < CORROBORATED ? 'single-source' : ''].filter(Boolean).join(' ');
        fresh.push({ group: 'edges', classes, data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type } });
      }
    }
    cy.batch(() => {
      if (replace) cy.elements().remove();
      cy.add(fresh);
    });
    // The force layout draws from Math.random; seeded, the same graph always gets the same picture.
    withSeededRandom(LAYOUT_SEED, () => cy.layout(layout).run());
    if (grouping) untangle(cy);
    cy.fit(undefined, grouping ? 20 : 30);
    // A handful of nodes would otherwise fill the canvas with giant labels.
    if (cy.zoom() > LARGEST_ZOOM) cy.zoom(LARGEST_ZOOM).center();
    renderLists();
    explorer.lastRenderMs = performance.now() - started;
    return explorer.lastRenderMs;
  }

  const concentric = { name: 'concentric', animate: false, minNodeSpacing: 6, concentric: (node) => 10 - (state.nodes.get(node.id())?.distance ?? 1), levelWidth: () => 1 };

  /** Force-directed with compound regions, node sizes including their labels; `untangle` then removes what overlap remains. */
  const overviewLayout = {
    name: 'fcose',
    quality: 'proof',
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: true,
    packComponents: true,
    nodeRepulsion: () => 2000,
    idealEdgeLength: () => 30,
  };

  /**
   * Squeezes the force layout into the canvas's shape, then moves the nodes apart until no two
   * labelled boxes overlap (explorer-lib's `separate`), each region moving whole.
   */
  function untangle(cy) {
    const leaves = cy.nodes().not('.region');
    const bounds = leaves.boundingBox({ includeLabels: false });
    const centre = { x: (bounds.x1 + bounds.x2) / 2, y: (bounds.y1 + bounds.y2) / 2 };
    const scale = { x: cy.width() / PACKED_ZOOM / Math.max(bounds.w, 1), y: cy.height() / PACKED_ZOOM / Math.max(bounds.h, 1) };
    leaves.positions((node) => ({ x: centre.x + (node.position('x') - centre.x) * scale.x, y: centre.y + (node.position('y') - centre.y) * scale.y }));
    const items = leaves.map((node) => {
      const at = node.position();
      const box = node.boundingBox(WITH_LABEL);
      return { x: at.x, y: at.y, box: { x1: box.x1 - at.x, y1: box.y1 - at.y, x2: box.x2 - at.x, y2: box.y2 - at.y }, region: node.data('parent') ?? null };
    });
    const regions = cy.nodes('.region').map((region) => {
      const label = region.boundingBox({ ...WITH_LABEL, includeNodes: false, includeEdges: false });
      return { id: region.id(), parent: region.data('parent') ?? null, padding: REGION_PADDING, label: { w: label.w, h: label.h } };
    });
    const positions = separate(items, regions, { aspect: cy.width() / cy.height() });
    leaves.positions((_, index) => positions[index]);
  }

  /** One request for several neighbourhoods at once (GraphQL aliases). */
  async function neighbourhoods(ids, depth, limit) {
    const declarations = ids.map((_, index) => `$id${index}: ID!`).join(', ');
    const fields = ids.map((_, index) => `n${index}: neighbourhood(id: $id${index}, depth: $depth, limit: $limit, stated: $stated) { truncated ${GRAPH_NODE} ${GRAPH_EDGE} }`).join(' ');
    const data = await graphql(`query Neighbourhoods(${declarations}, $depth: Int!, $limit: Int!, $stated: DateRangeInput) { ${fields} }`, {
      ...Object.fromEntries(ids.map((id, index) => [`id${index}`, id])),
      depth,
      limit,
      stated: stated(),
    });
    return ids.map((_, index) => data[`n${index}`]);
  }

  /**
   * Everything, when the graph is small: every entity (`hubs` ranks them all), and the relationships
   * of the three-step neighbourhoods of the best-connected entities not yet covered.
   */
  async function wholeGraph(hubs) {
    const loners = hubs.filter((hub) => hub.degree === 0 && (!state.asOf || (hub.node.firstStated && hub.node.firstStated <= state.asOf))).map((hub) => ({ id: hub.node.id, label: hub.node.name, type: hub.node.type, kind: '', distance: 0 }));
    const nodes = new Map(loners.map((node) => [node.id, node]));
    const edges = new Map();
    for (let round = 0; round < WHOLE_GRAPH_ROUNDS; round++) {
      const next = hubs.find((hub) => !nodes.has(hub.node.id));
      if (!next) break;
      const [around] = await neighbourhoods([next.node.id], 3, NEIGHBOURHOOD_LIMIT);
      around.nodes.forEach((node) => nodes.has(node.id) || nodes.set(node.id, node));
      around.edges.forEach((edge) => edges.set(edge.id, edge));
    }
    return asOfOverview(nodes, edges, loners);
  }

  /** As of a date, a neighbourhood's centre is listed even when nothing about it was stated yet: the overview leaves it out. */
  function asOfOverview(nodes, edges, loners) {
    const kept = state.asOf ? touchedNodes([...nodes.values()], [...edges.values()], loners.map((node) => node.id)) : [...nodes.values()];
    return { nodes: kept, edges: [...edges.values()] };
  }

  /** The best-connected entities and their nearest neighbours, when the graph is too big to draw whole. */
  async function hubsAndNeighbours(hubs) {
    const nodes = new Map();
    const edges = new Map();
    for (const around of await neighbourhoods(hubs.map((hub) => hub.node.id), 1, HUB_NEIGHBOURS)) {
      around.nodes.forEach((node) => nodes.set(node.id, node));
      around.edges.forEach((edge) => edges.set(edge.id, edge));
    }
    return asOfOverview(nodes, edges, []);
  }

  /** What the page opens on: the graph at a glance, grouped by country, with places to start. */
  async function showOverview() {
    const current = beginView();
    status('Loading the overview…');
    // Going back to the overview redraws the one loaded with the page (reloading the page refreshes it).
    explorer.overview = explorer.overview || (await loadOverview());
    if (!current()) return;
    const { nodes, edges, hubs, summary } = explorer.overview;
    const grouping = countryRegions(nodes, edges);
    const ms = draw(nodes, edges, overviewLayout, { replace: true, mode: 'overview', grouping });
    status(`${summary}, grouped by country, drawn in ${Math.round(ms)} ms. Click an entity to see its neighbourhood.`);
    renderStartHere(
      hubs.slice(0, SUGGESTED_HUBS).map((hub) => hub.node),
      crossBorderPairs(nodes, edges, grouping.parents, SUGGESTED_PATHS),
    );
  }

  /** The overview's entities and relationships, and a summary of how much of the graph they are. */
  async function loadOverview() {
    const { statistics, hubs: ranked } = await graphql(
      'query Overview($first: Int!, $stated: DateRangeInput) { statistics(stated: $stated) { entitiesByType { count } relationshipsByType { count } } hubs(first: $first) { degree node { id name type firstStated } } }',
      { first: WHOLE_GRAPH_LIMIT, stated: stated() },
    );
    const sum = (buckets) => buckets.reduce((total, bucket) => total + bucket.count, 0);
    const [entityCount, relationshipCount] = [sum(statistics.entitiesByType), sum(statistics.relationshipsByType)];
    const whole = entityCount <= WHOLE_GRAPH_LIMIT;
    const hubs = whole ? ranked : ranked.slice(0, OVERVIEW_HUBS);
    const { nodes, edges } = whole ? await wholeGraph(hubs) : await hubsAndNeighbours(hubs);
    const shown = `${nodes.length} entities and ${edges.length} relationships`;
    const summary = `${
      !whole
        ? `The ${hubs.length} best-connected of ${entityCount} entities and their nearest neighbours: ${shown}`
        : nodes.length === entityCount && edges.length === relationshipCount
          ? `The whole graph: ${shown}`
          : `${shown} of ${entityCount} and ${relationshipCount}`
    }${asOfNote()}`;
    return { nodes, edges, hubs, summary };
  }

  /** The details panel while the overview shows: one click to a hub's neighbourhood or a path across borders. */
  function renderStartHere(hubs, pairs) {
    const entity = (node) => ({ id: node.id, name: node.name ?? node.label, type: node.type });
    const choice = (text, entities) => element('li', {}, element('button', { type: 'button', text, onclick: () => pickOnly(...entities) }));
    $('details').replaceChildren(
      element('h2', { text: 'Start here' }),
      element('p', { text: 'Click any entity in the graph to see its neighbourhood, or choose:' }),
      element('h3', { text: 'The best-connected' }),
      element('ul', { class: 'start' }, ...hubs.map((hub) => choice(hub.name, [entity(hub)]))),
      ...(pairs.length > 0
        ? [element('h3', { text: 'Paths across borders' }), element('ul', { class: 'start' }, ...pairs.map((pair) => choice(`${pair.from.label} ↔ ${pair.to.label}`, [entity(pair.from), entity(pair.to)])))]
        : []),
    );
  }

  function openFromOverview(node) {
    const entity = state.nodes.get(node.data('territory') ?? node.id());
    pickOnly({ id: entity.id, name: entity.label, type: entity.type });
  }

  async function showNeighbourhood(id, replace = true) {
    const current = beginView();
    status('Loading the neighbourhood…');
    const data = await graphql(
      `query Neighbourhood($id: ID!, $limit: Int!, $stated: DateRangeInput) { neighbourhood(id: $id, depth: 1, limit: $limit, stated: $stated) { truncated ${GRAPH_NODE} ${GRAPH_EDGE} } }`,
      { id, limit: NEIGHBOURHOOD_LIMIT, stated: stated() },
    );
    if (!current()) return;
    const { nodes, edges, truncated } = data.neighbourhood;
    const ms = draw(nodes, edges, concentric, { replace, mode: 'neighbourhood' });
    status(`${state.nodes.size} entities and ${state.edges.size} relationships${asOfNote()}${truncated ? ' (cut at the limit)' : ''}, drawn in ${Math.round(ms)} ms. Double-click a node to expand it.`);
  }

  async function expand(id) {
    await showNeighbourhood(id, false);
  }

  async function showPaths(from, to) {
    const current = beginView();
    status('Looking for paths…');
    const data = await graphql(
      `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { length nodes { id name type } steps { from { id } to { id } type direction explanation sourceCount ${EVIDENCE} } } }`,
      { from: from.id, to: to.id },
    );
    if (!current()) return;
    // The path search has no date range: a path shows as of a date when every step was stated by then.
    const paths = pathsAsOf(data.paths, state.asOf);
    const hidden = data.paths.length - paths.length;
    const nodes = new Map();
    const edges = new Map();
    for (const path of paths) {
      path.nodes.forEach((node, index) => nodes.set(node.id, { id: node.id, label: node.name, type: node.type, kind: '', distance: index }));
      for (const step of path.steps) {
        const [source, target] = step.direction === 'OUT' ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
        const id = `${source}:${step.type}:${target}`;
        edges.set(id, { id, source, target, type: step.type, sourceCount: step.sourceCount, evidence: step.evidence, explanation: step.explanation });
      }
    }
    const laterNote = hidden > 0 ? ` (${hidden} more stated only after ${state.asOf})` : '';
    if (paths.length === 0) {
      draw([from, to].map((entity) => ({ id: entity.id, label: entity.name, type: entity.type, kind: '', distance: 0 })), [], { name: 'grid' }, { replace: true, mode: 'paths' });
      status(`No path of up to 4 steps between ${from.name} and ${to.name}${asOfNote()}${laterNote}.`);
      return;
    }
    draw([...nodes.values()], [...edges.values()], { name: 'breadthfirst', roots: [from.id], animate: false, spacingFactor: 1.7 }, { replace: true, mode: 'paths' });
    status(`${paths.length} path(s) between ${from.name} and ${to.name}${asOfNote()}, the shortest with ${paths[0].length} step(s)${laterNote}.`);
  }

  /** `/explore?ids=a,b,c` (the Cypher page links here): those entities and the relationships among them. */
  async function showEntities(ids) {
    status('Loading the entities…');
    const data = await graphql(
      `query Entities($ids: [ID!]!, $stated: DateRangeInput) { nodes(ids: $ids) { id name type relationships(first: 100, stated: $stated) { edges { id type direction hops sourceCount node { id } ${EVIDENCE} } } } }`,
      { ids, stated: stated() },
    );
    const found = data.nodes.filter(Boolean);
    const shown = new Set(found.map((node) => node.id));
    const edges = found.flatMap((node) =>
      node.relationships.edges
        .filter((edge) => edge.hops === 1 && edge.direction === 'OUT' && shown.has(edge.node.id))
        .map((edge) => ({ id: edge.id, source: node.id, target: edge.node.id, type: edge.type, sourceCount: edge.sourceCount, evidence: edge.evidence })),
    );
    const ms = draw(found.map((node) => ({ id: node.id, label: node.name, type: node.type, kind: '', distance: 0 })), edges, { name: 'cose', animate: false }, true);
    status(`${found.length} of ${ids.length} entities and the ${edges.length} relationships among them${asOfNote()}, drawn in ${Math.round(ms)} ms. Double-click a node to expand it.`);
  }

  // ---- Details and the list view -------------------------------------------------------------------

  function evidenceList(evidence) {
    return element(
      'div',
      {},
      ...evidence.map((item) =>
        element('figure', {}, element('blockquote', { text: item.quote }), element('figcaption', { text: `— ${item.source ? `${item.source.publisher}, ${item.source.publishedOn}: ${item.source.title}` : ''}` })),
      ),
    );
  }

  function showDetails(title, rows, evidence) {
    const details = $('details');
    details.replaceChildren(
      element('h2', { text: title }),
      element('dl', {}, ...rows.flatMap(([term, value]) => [element('dt', { text: term }), element('dd', { text: value })])),
      element('h3', { text: 'Evidence' }),
      evidenceList(evidence),
    );
    details.focus();
  }

  function highlight(id) {
    explorer.cy.elements().unselect();
    explorer.cy.$id(id).select();
  }

  async function showNodeDetails(id) {
    highlight(id);
    const { node } = await graphql(`query Node($id: ID!) { node(id: $id) { id name type aliases ${EVIDENCE} } }`, { id });
    if (!node) return;
    const seen = state.nodes.get(id);
    showDetails(node.name, [['Type', node.type], ['Kind', seen?.kind || '—'], ['Id', node.id], ['Aliases', node.aliases.join(', ') || '—']], node.evidence);
  }

  function showEdgeDetails(id) {
    highlight(id);
    const edge = state.edges.get(id);
    const name = (nodeId) => state.nodes.get(nodeId)?.label ?? nodeId;
    const sources = edge.sourceCount < CORROBORATED ? 'one source' : `${edge.sourceCount} sources: corroborated`;
    const rows = [['Type', edge.type], ['From', name(edge.source)], ['To', name(edge.target)], ['Stated by', sources]];
    if (edge.explanation) rows.push(['In words', edge.explanation]);
    showDetails(`${name(edge.source)} → ${name(edge.target)}`, rows, edge.evidence || []);
  }

  function renderLists() {
    const nodes = [...state.nodes.values()].sort((a, b) => a.label.localeCompare(b.label));
    $('node-list').replaceChildren(
      ...nodes.slice(0, 500).map((node) => element('li', {}, element('button', { type: 'button', onclick: () => showNodeDetails(node.id), text: `${node.label} (${node.type})` }))),
    );
    $('edge-list').replaceChildren(
      ...[...state.edges.values()].slice(0, 500).map((edge) =>
        element('li', {}, element('button', { type: 'button', 'data-edge': edge.id, onclick: () => showEdgeDetails(edge.id), text: `${state.nodes.get(edge.source)?.label} ${edge.type} ${state.nodes.get(edge.target)?.label}` })),
      ),
    );
  }

  // ---- Search and picking -----------------------------------------------------------------------

  let suggestions = [];
  let active = -1;
  let searchTimer;

  function renderSuggestions() {
    const list = $('suggestions');
    const input = $('search-input');
    list.replaceChildren(
      ...suggestions.map((hit, index) => {
        const matchedAlias = hit.aliases.find((alias) => alias.toLowerCase().includes(input.value.trim().toLowerCase()));
        const option = element('li', { id: `suggestion-${index}`, role: 'option', 'aria-selected': String(index === active) }, hit.name, element('span', { class: 'type-tag', text: `${hit.type}${matchedAlias ? ` · “${matchedAlias}”` : ''}` }));
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(hit);
        });
        return option;
      }),
    );
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  async function suggest(text) {
    if (text.trim().length < 2) {
      suggestions = [];
      return renderSuggestions();
    }
    const data = await graphql('query Suggest($text: String!) { search(text: $text, first: 8) { node { id name type aliases } } }', { text });
    suggestions = data.search.map((hit) => hit.node);
    active = suggestions.length > 0 ? 0 : -1;
    renderSuggestions();
  }

  function pick(entity) {
    if (state.picked.length === 2) state.picked = [];
    state.picked.push(entity);
    suggestions = [];
    $('search-input').value = '';
    renderSuggestions();
    showPicked();
  }

  /** Starts afresh from these one or two entities (the overview's choices). */
  function pickOnly(...entities) {
    state.picked = entities;
    showPicked();
  }

  function showPicked() {
    $('picked').replaceChildren(...state.picked.map((item) => element('li', { text: item.name })));
    const [first, second] = state.picked;
    const shown = second ? showPaths(first, second) : showNeighbourhood(first.id);
    return shown.catch((error) => status(`Failed: ${error.message}`));
  }

  function wireSearch() {
    const input = $('search-input');
    input.addEventListener('input', () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => suggest(input.value).catch((error) => status(`Search failed: ${error.message}`)), 150);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (suggestions.length === 0) return;
        active = (active + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
        renderSuggestions();
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        pick(suggestions[active]);
      } else if (event.key === 'Escape') {
        suggestions = [];
        renderSuggestions();
      }
    });
    $('clear').addEventListener('click', () => {
      state.picked = [];
      $('picked').replaceChildren();
      showOverview().catch((error) => status(`The overview failed to load: ${error.message}`));
    });
  }

  // ---- Heat map -----------------------------------------------------------------------------------

  async function renderMatrix() {
    const data = await graphql(
      `query Matrix($stated: DateRangeInput) { collaborationMatrix(by: COUNTRY, first: 200, stated: $stated) { a { id name } b { id name } weight via { id name type } ${EVIDENCE} } }`,
      { stated: stated() },
    );
    const cells = data.collaborationMatrix;
    const countries = [...new Map(cells.flatMap((cell) => [[cell.a.id, cell.a], [cell.b.id, cell.b]])).values()].sort((x, y) => x.name.localeCompare(y.name));
    const byPair = new Map(cells.flatMap((cell) => [[`${cell.a.id}|${cell.b.id}`, cell], [`${cell.b.id}|${cell.a.id}`, cell]]));
    const max = Math.max(1, ...cells.map((cell) => cell.weight));
    const table = element(
      'table',
      {},
      element('caption', { text: `Shared projects, platforms, agreements and networks between ${countries.length} countries${asOfNote()} (darker: more).` }),
      element('tr', {}, element('th', { scope: 'col', text: '' }), ...countries.map((country) => element('th', { scope: 'col', text: country.name }))),
      ...countries.map((row) =>
        element(
          'tr',
          {},
          element('th', { scope: 'row', text: row.name }),
          ...countries.map((column) => {
            const cell = byPair.get(`${row.id}|${column.id}`);
            const weight = cell ? cell.weight : 0;
            const button = element('button', { type: 'button', 'aria-label': `${row.name} and ${column.name}: ${weight} shared`, text: row.id === column.id ? '·' : String(weight) });
            button.style.background = heatColour(weight, max);
            button.style.color = heatText(weight, max);
            if (cell && row.id !== column.id) {
              button.addEventListener('click', () =>
                showDetails(`${row.name} and ${column.name}`, [['Shared', cell.via.map((entity) => `${entity.name} (${entity.type})`).join('; ')], ['Weight', String(weight)]], cell.evidence),
              );
            }
            return element('td', {}, button);
          }),
        ),
      ),
    );
    $('matrix').replaceChildren(table);
  }

  // ---- Exports ------------------------------------------------------------------------------------

  function download(blob, name) {
    const link = element('a', { href: URL.createObjectURL(blob), download: name });
    document.body.append(link);
    link.click();
    link.remove();
  }

  function wireExports() {
    $('export-png').addEventListener('click', () => download(explorer.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }), 'collab-graph-view.png'));
    $('export-graphml').addEventListener('click', () =>
      download(new Blob([toGraphML([...state.nodes.values()], [...state.edges.values()])], { type: 'application/graphml+xml' }), 'collab-graph-view.graphml'),
    );
  }

  function renderLegend() {
    const line = (style, text) => element('li', {}, element('span', { class: `line ${style}`, 'aria-hidden': 'true' }), text);
    $('legend').replaceChildren(
      ...Object.keys(window.ExplorerLib.TYPE_COLOURS).map((type) => {
        const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = typeColour(type);
        return element('li', {}, swatch, type);
      }),
      line('solid', `stated by ${CORROBORATED} or more sources`),
      line('dashed', 'stated by one source'),
    );
  }

  // ---- As of a date --------------------------------------------------------------------------------

  /** The view the page shows now (picked entities, linked ones, or the overview), as of `state.asOf`. */
  function showCurrent() {
    if (state.picked.length > 0) return showPicked();
    return linkedIds.length > 0
      ? showEntities(linkedIds).catch((error) => status(`The entities failed to load: ${error.message}`))
      : showOverview().catch((error) => status(`The overview failed to load: ${error.message}`));
  }

  function setAsOf(date) {
    if (date === state.asOf) return;
    state.asOf = date;
    $('as-of').value = date;
    explorer.overview = null;
    showCurrent()
      .then(renderMatrix)
      .catch((error) => status(`The matrix failed to load: ${error.message}`));
  }

  function wireAsOf() {
    // `change` fires once a whole date is chosen or typed; a half-typed one reads as ''.
    $('as-of').addEventListener('change', (event) => setAsOf(event.target.value));
    $('as-of-clear').addEventListener('click', () => setAsOf(''));
  }

  createGraph();
  renderLegend();
  wireSearch();
  wireExports();
  wireAsOf();
  // The Cypher page links at most 200 entities; a longer hand-written list is cut there too.
  const linkedIds = (new URLSearchParams(location.search).get('ids') || '').split(',').filter(Boolean).slice(0, 200);
  // The matrix, below the graph, waits for the first view rather than competing with it.
  showCurrent()
    .then(renderMatrix)
    .catch((error) => status(`The matrix failed to load: ${error.message}`));
})();
