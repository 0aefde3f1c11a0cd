/*
 * The explorer page: search, a neighbourhood or the paths between two entities as an interactive
 * graph, the evidence behind every node and relationship, the country matrix as a heat map, and
 * exports. It uses only the public GraphQL API at /graphql.
 */
(function () {
  'use strict';
  const { typeColour, heatColour, heatText, toGraphML } = window.ExplorerLib;
  const $ = (id) => document.getElementById(id);
  const NEIGHBOURHOOD_LIMIT = 2000;
  const EVIDENCE = 'evidence { quote source { title publisher publishedOn } }';

  const state = { picked: [], nodes: new Map(), edges: new Map() };
  const explorer = { state, cy: null, lastRenderMs: null };
  window.explorer = explorer;

  async function graphql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
    return body.data;
  }

  function status(text) {
    $('status').textContent = text;
  }

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === 'onclick') node.addEventListener('click', value);
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) node.append(child);
    return node;
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
        { selector: 'node[?picked]', style: { width: 26, height: 26, 'border-width': 3, 'border-color': '#111' } },
        { selector: 'edge', style: { width: 1.2, 'line-color': '#9aa', 'target-arrow-color': '#9aa', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(type)', 'font-size': 7, color: '#555', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 7 } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#1a5fd0', 'line-color': '#1a5fd0', 'target-arrow-color': '#1a5fd0' } },
      ],
    });
    explorer.cy.on('tap', 'node', (event) => showNodeDetails(event.target.id()));
    explorer.cy.on('tap', 'edge', (event) => showEdgeDetails(event.target.id()));
    explorer.cy.on('dbltap', 'node', (event) => expand(event.target.id()));
  }

  function nodeData(node) {
    return { id: node.id, label: node.label, type: node.type, kind: node.kind, colour: typeColour(node.type), picked: state.picked.some((entity) => entity.id === node.id) };
  }

  /** Replaces (or, when expanding, extends) the view and lays it out; returns the time it took. */
  function draw(nodes, edges, layout, replace) {
    const started = performance.now();
    const cy = explorer.cy;
    if (replace) {
      state.nodes.clear();
      state.edges.clear();
    }
    const fresh = [];
    for (const node of nodes) {
      if (state.nodes.has(node.id)) continue;
      state.nodes.set(node.id, node);
      fresh.push({ group: 'nodes', data: nodeData(node) });
    }
    for (const edge of edges) {
      if (!state.edges.has(edge.id) && state.nodes.has(edge.source) && state.nodes.has(edge.target)) {
        state.edges.set(edge.id, edge);
        fresh.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type } });
      }
    }
    cy.batch(() => {
      if (replace) cy.elements().remove();
      cy.add(fresh);
    });
    cy.layout(layout).run();
    cy.fit(undefined, 30);
    renderLists();
    explorer.lastRenderMs = performance.now() - started;
    return explorer.lastRenderMs;
  }

  const concentric = { name: 'concentric', animate: false, minNodeSpacing: 6, concentric: (node) => 10 - (state.nodes.get(node.id())?.distance ?? 1), levelWidth: () => 1 };

  async function showNeighbourhood(id, replace = true) {
    status('Loading the neighbourhood…');
    const data = await graphql(
      `query Neighbourhood($id: ID!, $limit: Int!) { neighbourhood(id: $id, depth: 1, limit: $limit) { truncated nodes { id label type kind distance } edges { id source target type ${EVIDENCE} } } }`,
      { id, limit: NEIGHBOURHOOD_LIMIT },
    );
    const { nodes, edges, truncated } = data.neighbourhood;
    const ms = draw(nodes, edges, concentric, replace);
    status(`${state.nodes.size} entities and ${state.edges.size} relationships${truncated ? ' (cut at the limit)' : ''}, drawn in ${Math.round(ms)} ms. Double-click a node to expand it.`);
  }

  async function expand(id) {
    await showNeighbourhood(id, false);
  }

  async function showPaths(from, to) {
    status('Looking for paths…');
    const data = await graphql(
      `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { length nodes { id name type } steps { from { id } to { id } type direction explanation ${EVIDENCE} } } }`,
      { from: from.id, to: to.id },
    );
    const nodes = new Map();
    const edges = new Map();
    for (const path of data.paths) {
      path.nodes.forEach((node, index) => nodes.set(node.id, { id: node.id, label: node.name, type: node.type, kind: '', distance: index }));
      for (const step of path.steps) {
        const [source, target] = step.direction === 'OUT' ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
        const id = `${source}:${step.type}:${target}`;
        edges.set(id, { id, source, target, type: step.type, evidence: step.evidence, explanation: step.explanation });
      }
    }
    if (data.paths.length === 0) {
      draw([from, to].map((entity) => ({ id: entity.id, label: entity.name, type: entity.type, kind: '', distance: 0 })), [], { name: 'grid' }, true);
      status(`No path of up to 4 steps between ${from.name} and ${to.name}.`);
      return;
    }
    draw([...nodes.values()], [...edges.values()], { name: 'breadthfirst', roots: [from.id], animate: false, spacingFactor: 1.7 }, true);
    status(`${data.paths.length} path(s) between ${from.name} and ${to.name}, the shortest with ${data.paths[0].length} step(s).`);
  }

  /** `/explore?ids=a,b,c` (the Cypher page links here): those entities and the relationships among them. */
  async function showEntities(ids) {
    status('Loading the entities…');
    const data = await graphql(
      `query Entities($ids: [ID!]!) { nodes(ids: $ids) { id name type relationships(first: 100) { edges { id type direction hops node { id } ${EVIDENCE} } } } }`,
      { ids },
    );
    const found = data.nodes.filter(Boolean);
    const shown = new Set(found.map((node) => node.id));
    const edges = found.flatMap((node) =>
      node.relationships.edges
        .filter((edge) => edge.hops === 1 && edge.direction === 'OUT' && shown.has(edge.node.id))
        .map((edge) => ({ id: edge.id, source: node.id, target: edge.node.id, type: edge.type, evidence: edge.evidence })),
    );
    const ms = draw(found.map((node) => ({ id: node.id, label: node.name, type: node.type, kind: '', distance: 0 })), edges, { name: 'cose', animate: false }, true);
    status(`${found.length} of ${ids.length} entities and the ${edges.length} relationships among them, drawn in ${Math.round(ms)} ms. Double-click a node to expand it.`);
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
    const rows = [['Type', edge.type], ['From', name(edge.source)], ['To', name(edge.target)]];
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
    $('picked').replaceChildren(...state.picked.map((item) => element('li', { text: item.name })));
    const [first, second] = state.picked;
    const shown = second ? showPaths(first, second) : showNeighbourhood(first.id);
    shown.catch((error) => status(`Failed: ${error.message}`));
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
      draw([], [], { name: 'grid' }, true);
      status('Cleared.');
    });
  }

  // ---- Heat map -----------------------------------------------------------------------------------

  async function renderMatrix() {
    const data = await graphql(`{ collaborationMatrix(by: COUNTRY, first: 200) { a { id name } b { id name } weight via { id name type } ${EVIDENCE} } }`);
    const cells = data.collaborationMatrix;
    const countries = [...new Map(cells.flatMap((cell) => [[cell.a.id, cell.a], [cell.b.id, cell.b]])).values()].sort((x, y) => x.name.localeCompare(y.name));
    const byPair = new Map(cells.flatMap((cell) => [[`${cell.a.id}|${cell.b.id}`, cell], [`${cell.b.id}|${cell.a.id}`, cell]]));
    const max = Math.max(1, ...cells.map((cell) => cell.weight));
    const table = element(
      'table',
      {},
      element('caption', { text: `Shared projects, platforms, agreements and networks between ${countries.length} countries (darker: more).` }),
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
    $('legend').replaceChildren(
      ...Object.keys(window.ExplorerLib.TYPE_COLOURS).map((type) => {
        const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = typeColour(type);
        return element('li', {}, swatch, type);
      }),
    );
  }

  createGraph();
  renderLegend();
  wireSearch();
  wireExports();
  renderMatrix().catch((error) => status(`The matrix failed to load: ${error.message}`));
  // The Cypher page links at most 200 entities; a longer hand-written list is cut there too.
  const linkedIds = (new URLSearchParams(location.search).get('ids') || '').split(',').filter(Boolean).slice(0, 200);
  if (linkedIds.length > 0) showEntities(linkedIds).catch((error) => status(`The entities failed to load: ${error.message}`));
  else status('Type at least two letters to search.');
})();
