/** The views a reader picks: one entity's neighbourhood, the paths between two, or the entities a link names. */
import { byId, element, messageOf } from '../../assets/browser/page';
import { EVIDENCE, GRAPH, query } from './api';
import { pathsAsOf } from './as-of';
import { concentricLayout, draw } from './canvas';
import { asOfNote, beginView, stated, status, type Explorer } from './explorer';
import type { Evidence, NamedEntity, ViewEdge, ViewNode } from './view';

export const NEIGHBOURHOOD_LIMIT = 2000;
/** The Cypher page links at most this many entities; a longer hand-written list is cut there too. */
export const MAX_LINKED_IDS = 200;

export interface Neighbourhood {
  truncated: boolean;
  nodes: ViewNode[];
  edges: ViewEdge[];
}

const asViewNode = (entity: NamedEntity, distance = 0): ViewNode => ({ id: entity.id, label: entity.name, type: entity.type, kind: '', distance });

export async function showNeighbourhood(explorer: Explorer, id: string, replace = true): Promise<void> {
  const { state } = explorer;
  const current = beginView(state);
  status('Loading the neighbourhood…');
  const data = await query<{ neighbourhood: Neighbourhood }>(
    `query Neighbourhood($id: ID!, $limit: Int!, $stated: DateRangeInput) { neighbourhood(id: $id, depth: 1, limit: $limit, stated: $stated) { ${GRAPH} } }`,
    { id, limit: NEIGHBOURHOOD_LIMIT, stated: stated(state) },
  );
  if (!current()) return;
  const { nodes, edges, truncated } = data.neighbourhood;
  const ms = draw(explorer, nodes, edges, concentricLayout(explorer), { replace, mode: 'neighbourhood' });
  status(`${state.nodes.size} entities and ${state.edges.size} relationships${asOfNote(state)}${truncated ? ' (cut at the limit)' : ''}, drawn in ${Math.round(ms)} ms. Double-click a node to expand it.`);
}

interface Path {
  length: number;
  nodes: NamedEntity[];
  steps: { from: { id: string }; to: { id: string }; type: string; direction: 'IN' | 'OUT'; explanation: string; sourceCount: number; evidence: Evidence[] }[];
}

/** The entities and relationships of `paths`, each once, relationships pointing their stored way. */
function pathGraph(paths: Path[]): { nodes: ViewNode[]; edges: ViewEdge[] } {
  const nodes = new Map<string, ViewNode>();
  const edges = new Map<string, ViewEdge>();
  for (const path of paths) {
    path.nodes.forEach((node, index) => nodes.set(node.id, asViewNode(node, index)));
    for (const step of path.steps) {
      const [source, target] = step.direction === 'OUT' ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
      const id = `${source}:${step.type}:${target}`;
      edges.set(id, { id, source, target, type: step.type, sourceCount: step.sourceCount, evidence: step.evidence, explanation: step.explanation });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export async function showPaths(explorer: Explorer, from: NamedEntity, to: NamedEntity): Promise<void> {
  const { state } = explorer;
  const current = beginView(state);
  status('Looking for paths…');
  const data = await query<{ paths: Path[] }>(
    `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { length nodes { id name type } steps { from { id } to { id } type direction explanation sourceCount ${EVIDENCE} } } }`,
    { from: from.id, to: to.id },
  );
  if (!current()) return;
  // The path search has no date range: a path shows as of a date when every step was stated by then.
  const paths = pathsAsOf(data.paths, state.asOf);
  const hidden = data.paths.length - paths.length;
  const laterNote = hidden > 0 ? ` (${hidden} more stated only after ${state.asOf})` : '';
  if (paths.length === 0) {
    draw(explorer, [asViewNode(from), asViewNode(to)], [], { name: 'grid' }, { replace: true, mode: 'paths' });
    status(`No path of up to 4 steps between ${from.name} and ${to.name}${asOfNote(state)}${laterNote}.`);
    return;
  }
  const { nodes, edges } = pathGraph(paths);
  draw(explorer, nodes, edges, { name: 'breadthfirst', roots: [from.id], animate: false, spacingFactor: 1.7 }, { replace: true, mode: 'paths' });
  status(`${paths.length} path(s) between ${from.name} and ${to.name}${asOfNote(state)}, the shortest with ${paths[0].length} step(s)${laterNote}.`);
}

interface LinkedEntity extends NamedEntity {
  relationships: { edges: { id: string; type: string; direction: 'IN' | 'OUT'; hops: number; sourceCount: number; node: { id: string }; evidence: Evidence[] }[] };
}

/** `/explore?ids=a,b,c` (the Cypher page links here): those entities and the relationships among them. */
export async function showEntities(explorer: Explorer, ids: string[]): Promise<void> {
  const { state } = explorer;
  status('Loading the entities…');
  const data = await query<{ nodes: (LinkedEntity | null)[] }>(
    `query Entities($ids: [ID!]!, $stated: DateRangeInput) { nodes(ids: $ids) { id name type relationships(first: 100, stated: $stated) { edges { id type direction hops sourceCount node { id } ${EVIDENCE} } } } }`,
    { ids, stated: stated(state) },
  );
  const found = data.nodes.filter((node): node is LinkedEntity => node !== null);
  const shown = new Set(found.map((node) => node.id));
  const edges = found.flatMap((node) =>
    node.relationships.edges
      .filter((edge) => edge.hops === 1 && edge.direction === 'OUT' && shown.has(edge.node.id))
      .map((edge): ViewEdge => ({ id: edge.id, source: node.id, target: edge.node.id, type: edge.type, sourceCount: edge.sourceCount, evidence: edge.evidence })),
  );
  const ms = draw(explorer, found.map((node) => asViewNode(node)), edges, { name: 'cose', animate: false }, { replace: true, mode: 'neighbourhood' });
  status(`${found.length} of ${ids.length} entities and the ${edges.length} relationships among them${asOfNote(state)}, drawn in ${Math.round(ms)} ms. Double-click a node to expand it.`);
}

/** Shows the picked entities: one's neighbourhood, or the paths between two. */
export function showPicked(explorer: Explorer): Promise<void> {
  const { state } = explorer;
  byId('picked').replaceChildren(...state.picked.map((item) => element('li', { text: item.name })));
  const [first, second] = state.picked;
  const shown = second ? showPaths(explorer, first, second) : showNeighbourhood(explorer, first.id);
  return shown.catch((error) => status(`Failed: ${messageOf(error)}`));
}

/** Starts afresh from these one or two entities (the overview's choices). */
export function pickOnly(explorer: Explorer, ...entities: NamedEntity[]): Promise<void> {
  explorer.state.picked = entities;
  return showPicked(explorer);
}
