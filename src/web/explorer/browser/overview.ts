/** What the page opens on: the graph at a glance, grouped by country, with places to start. */
import type cytoscape from 'cytoscape';
import { byId, element } from '../../assets/browser/page';
import { GRAPH, query } from './api';
import { touchedNodes } from './as-of';
import { draw, OVERVIEW_LAYOUT } from './canvas';
import { asOfNote, beginView, stated, status, type Explorer, type ExplorerState, type Overview } from './explorer';
import { countryRegions, crossBorderPairs } from './regions';
import type { NamedEntity, ViewEdge, ViewNode } from './view';
import { NEIGHBOURHOOD_LIMIT, pickOnly, type Neighbourhood } from './views';

/** Up to this many entities (the most one `hubs` answer lists) the overview is the whole graph; beyond, the best-connected and their neighbours. */
const WHOLE_GRAPH_LIMIT = 100;
/** Neighbourhoods fetched to cover the whole graph before the overview gives up and says what is missing. */
const WHOLE_GRAPH_ROUNDS = 10;
const OVERVIEW_HUBS = 8;
const HUB_NEIGHBOURS = 12;
const SUGGESTED_HUBS = 5;
const SUGGESTED_PATHS = 3;

interface Hub {
  degree: number;
  node: NamedEntity & { firstStated: string | null };
}

/** One request for several neighbourhoods at once (GraphQL aliases). */
async function neighbourhoods(state: ExplorerState, ids: string[], depth: number, limit: number): Promise<Neighbourhood[]> {
  const declarations = ids.map((_, index) => `$id${index}: ID!`).join(', ');
  const fields = ids.map((_, index) => `n${index}: neighbourhood(id: $id${index}, depth: $depth, limit: $limit, stated: $stated) { ${GRAPH} }`).join(' ');
  const data = await query<Record<string, Neighbourhood>>(`query Neighbourhoods(${declarations}, $depth: Int!, $limit: Int!, $stated: DateRangeInput) { ${fields} }`, {
    ...Object.fromEntries(ids.map((id, index) => [`id${index}`, id])),
    depth,
    limit,
    stated: stated(state),
  });
  return ids.map((_, index) => data[`n${index}`]);
}

/** As of a date, a neighbourhood's centre is listed even when nothing about it was stated yet: the overview leaves it out. */
function asOfOverview(state: ExplorerState, nodes: Map<string, ViewNode>, edges: Map<string, ViewEdge>, loners: ViewNode[]) {
  const kept = state.asOf ? touchedNodes([...nodes.values()], [...edges.values()], loners.map((node) => node.id)) : [...nodes.values()];
  return { nodes: kept, edges: [...edges.values()] };
}

/**
 * Everything, when the graph is small: every entity (`hubs` ranks them all), and the relationships
 * of the three-step neighbourhoods of the best-connected entities not yet covered.
 */
async function wholeGraph(state: ExplorerState, hubs: Hub[]) {
  const loners = hubs
    .filter((hub) => hub.degree === 0 && (!state.asOf || (hub.node.firstStated && hub.node.firstStated <= state.asOf)))
    .map((hub): ViewNode => ({ id: hub.node.id, label: hub.node.name, type: hub.node.type, kind: '', distance: 0 }));
  const nodes = new Map(loners.map((node) => [node.id, node]));
  const edges = new Map<string, ViewEdge>();
  for (let round = 0; round < WHOLE_GRAPH_ROUNDS; round++) {
    const next = hubs.find((hub) => !nodes.has(hub.node.id));
    if (!next) break;
    const [around] = await neighbourhoods(state, [next.node.id], 3, NEIGHBOURHOOD_LIMIT);
    around.nodes.forEach((node) => nodes.has(node.id) || nodes.set(node.id, node));
    around.edges.forEach((edge) => edges.set(edge.id, edge));
  }
  return asOfOverview(state, nodes, edges, loners);
}

/** The best-connected entities and their nearest neighbours, when the graph is too big to draw whole. */
async function hubsAndNeighbours(state: ExplorerState, hubs: Hub[]) {
  const nodes = new Map<string, ViewNode>();
  const edges = new Map<string, ViewEdge>();
  for (const around of await neighbourhoods(state, hubs.map((hub) => hub.node.id), 1, HUB_NEIGHBOURS)) {
    around.nodes.forEach((node) => nodes.set(node.id, node));
    around.edges.forEach((edge) => edges.set(edge.id, edge));
  }
  return asOfOverview(state, nodes, edges, []);
}

interface OverviewAnswer {
  statistics: { entitiesByType: { count: number }[]; relationshipsByType: { count: number }[] };
  hubs: Hub[];
}

/** The overview's entities and relationships, and a summary of how much of the graph they are. */
async function loadOverview(state: ExplorerState): Promise<Overview> {
  const asOf = asOfNote(state);
  const { statistics, hubs: ranked } = await query<OverviewAnswer>(
    'query Overview($first: Int!, $stated: DateRangeInput) { statistics(stated: $stated) { entitiesByType { count } relationshipsByType { count } } hubs(first: $first) { degree node { id name type firstStated } } }',
    { first: WHOLE_GRAPH_LIMIT, stated: stated(state) },
  );
  const sum = (buckets: { count: number }[]) => buckets.reduce((total, bucket) => total + bucket.count, 0);
  const [entityCount, relationshipCount] = [sum(statistics.entitiesByType), sum(statistics.relationshipsByType)];
  const whole = entityCount <= WHOLE_GRAPH_LIMIT;
  const hubs = whole ? ranked : ranked.slice(0, OVERVIEW_HUBS);
  const { nodes, edges } = whole ? await wholeGraph(state, hubs) : await hubsAndNeighbours(state, hubs);
  const shown = `${nodes.length} entities and ${edges.length} relationships`;
  const summary = `${
    !whole
      ? `The ${hubs.length} best-connected of ${entityCount} entities and their nearest neighbours: ${shown}`
      : nodes.length === entityCount && edges.length === relationshipCount
        ? `The whole graph: ${shown}`
        : `${shown} of ${entityCount} and ${relationshipCount}`
  }${asOf}`;
  return { nodes, edges, hubs, summary };
}

/** The details panel while the overview shows: one click to a hub's neighbourhood or a path across borders. */
function renderStartHere(explorer: Explorer, hubs: NamedEntity[], pairs: { from: ViewNode; to: ViewNode }[]): void {
  const entity = (node: ViewNode): NamedEntity => ({ id: node.id, name: node.label, type: node.type });
  const choice = (text: string, entities: NamedEntity[]) => element('li', {}, element('button', { type: 'button', text, onclick: () => pickOnly(explorer, ...entities) }));
  byId('details').replaceChildren(
    element('h2', { text: 'Start here' }),
    element('p', { text: 'Click any entity in the graph to see its neighbourhood, or choose:' }),
    element('h3', { text: 'The best-connected' }),
    element('ul', { class: 'start' }, ...hubs.map((hub) => choice(hub.name, [{ id: hub.id, name: hub.name, type: hub.type }]))),
    ...(pairs.length > 0
      ? [element('h3', { text: 'Paths across borders' }), element('ul', { class: 'start' }, ...pairs.map((pair) => choice(`${pair.from.label} ↔ ${pair.to.label}`, [entity(pair.from), entity(pair.to)])))]
      : []),
  );
}

export async function showOverview(explorer: Explorer): Promise<void> {
  const current = beginView(explorer.state);
  status('Loading the overview…');
  // Going back to the overview redraws the one loaded with the page (reloading the page refreshes it). A load another
  // view overtook is dropped, not kept: it may be of the graph before a change or of another "as of" date.
  const overview = explorer.overview ?? (await loadOverview(explorer.state));
  if (!current()) return;
  explorer.overview = overview;
  const { nodes, edges, hubs, summary } = overview;
  const grouping = countryRegions(nodes, edges);
  const ms = draw(explorer, nodes, edges, OVERVIEW_LAYOUT, { replace: true, mode: 'overview', grouping });
  status(`${summary}, grouped by country, drawn in ${Math.round(ms)} ms. Click an entity to see its neighbourhood.`);
  renderStartHere(
    explorer,
    hubs.slice(0, SUGGESTED_HUBS).map((hub) => hub.node),
    crossBorderPairs(nodes, edges, grouping.parents, SUGGESTED_PATHS),
  );
}

/** A click on the overview: the entity's neighbourhood (a region's: its country's). */
export function openFromOverview(explorer: Explorer, node: cytoscape.NodeSingular): void {
  const entity = explorer.state.nodes.get((node.data('territory') as string | undefined) ?? node.id())!;
  void pickOnly(explorer, { id: entity.id, name: entity.label, type: entity.type });
}
