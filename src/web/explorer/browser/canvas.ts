/** The graph on the canvas: cytoscape.js, its style and layouts, and drawing a view into it. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { typeColour } from './colours';
import { renderLists } from './details';
import type { Explorer, Mode } from './explorer';
import type { Grouping } from './regions';
import { separate } from './separate';
import { withSeededRandom } from './seeded-random';
import { CORROBORATED, degrees, type ViewEdge, type ViewNode } from './view';

cytoscape.use(fcose);

const LAYOUT_SEED = 15;
/** The overview's force layout is first squeezed into the canvas at this zoom; moving the labels apart then spreads it again. */
const PACKED_ZOOM = 1.3;
const REGION_PADDING = 10;
const LARGEST_ZOOM = 1.5;
const WITH_LABEL = { includeLabels: true, includeOverlays: false };

const STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 2, 'text-wrap': 'wrap', 'text-max-width': '120px', width: 16, height: 16, 'min-zoomed-font-size': 7 } },
  { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
  { selector: 'node[?picked]', style: { width: 26, height: 26, 'border-width': 3, 'border-color': '#111' } },
  // A country's region carries its name, so the country's own node inside it needs no label.
  { selector: 'node[?namesake]', style: { label: '' } },
  {
    selector: 'node.region',
    style: { shape: 'round-rectangle', label: 'data(label)', 'text-valign': 'top', 'font-size': 11, 'font-weight': 'bold', color: '#8b1a1a', 'background-color': '#d62728', 'background-opacity': 0.05, 'border-width': 1, 'border-color': '#d62728', 'border-opacity': 0.45, padding: `${REGION_PADDING}px` },
  },
  { selector: 'edge', style: { width: 1.2, 'line-color': '#9aa', 'target-arrow-color': '#9aa', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(type)', 'font-size': 7, color: '#555', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 7 } },
  // What one source alone states is dashed; what two or more corroborate stays solid.
  { selector: 'edge.single-source', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 3] } },
  // The overview shows the shape of the graph; relationship names appear on selection.
  { selector: 'edge.quiet', style: { label: '', width: 0.8, 'arrow-scale': 0.6, opacity: 0.55 } },
  { selector: 'edge.quiet:selected', style: { label: 'data(type)', opacity: 1 } },
  { selector: ':selected', style: { 'border-width': 3, 'border-color': '#1a5fd0', 'line-color': '#1a5fd0', 'target-arrow-color': '#1a5fd0' } },
];

/** What a tap or double tap on the canvas does. */
export interface CanvasHandlers {
  tapNode(node: cytoscape.NodeSingular): void;
  tapEdge(id: string): void;
  doubleTapNode(id: string): void;
}

export function createCanvas(container: HTMLElement, handlers: CanvasHandlers): cytoscape.Core {
  const cy = cytoscape({ container, wheelSensitivity: 0.3, textureOnViewport: true, hideEdgesOnViewport: true, style: STYLE });
  cy.on('tap', 'node', (event) => handlers.tapNode(event.target));
  cy.on('tap', 'edge', (event) => handlers.tapEdge(event.target.id()));
  cy.on('dbltap', 'node', (event) => handlers.doubleTapNode(event.target.id()));
  return cy;
}

/** Neighbourhoods: the centre in the middle, each further step a ring further out. */
export function concentricLayout(explorer: Explorer): cytoscape.LayoutOptions {
  return { name: 'concentric', animate: false, minNodeSpacing: 6, concentric: (node) => 10 - (explorer.state.nodes.get(node.id())?.distance ?? 1), levelWidth: () => 1 };
}

/** Force-directed with compound regions, node sizes including their labels; `untangle` then removes what overlap remains. */
export const OVERVIEW_LAYOUT = {
  name: 'fcose',
  quality: 'proof',
  animate: false,
  fit: false,
  nodeDimensionsIncludeLabels: true,
  packComponents: true,
  nodeRepulsion: () => 2000,
  idealEdgeLength: () => 30,
} as cytoscape.LayoutOptions;

export interface DrawOptions {
  /** Replace the view, or (expanding) add to it. */
  replace: boolean;
  mode: Mode;
  /** The overview's: entities go into country regions and are sized by degree. */
  grouping?: Grouping;
}

/** The cytoscape elements of what `nodes` and `edges` add to the view (recording them in the state). */
function freshElements(explorer: Explorer, nodes: ViewNode[], edges: ViewEdge[], grouping: Grouping | undefined): cytoscape.ElementDefinition[] {
  const { state } = explorer;
  const degree = degrees(edges);
  const fresh: cytoscape.ElementDefinition[] = (grouping?.regions ?? []).map((region) => ({
    group: 'nodes',
    classes: 'region',
    data: { id: region.id, label: region.label, territory: region.territory, parent: region.parent ?? undefined, colour: typeColour('Country') },
  }));
  for (const node of nodes) {
    if (state.nodes.has(node.id)) continue;
    state.nodes.set(node.id, node);
    const data: cytoscape.NodeDataDefinition = { id: node.id, label: node.label, type: node.type, kind: node.kind, colour: typeColour(node.type), picked: state.picked.some((entity) => entity.id === node.id) };
    if (grouping) {
      data.parent = grouping.parents.get(node.id);
      data.namesake = grouping.regions.some((region) => region.territory === node.id);
      data.size = Math.round(12 + 3 * Math.sqrt(degree.get(node.id) ?? 0));
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
  return fresh;
}

/** Replaces (or, when expanding, extends) the view and lays it out; returns the time it took. */
export function draw(explorer: Explorer, nodes: ViewNode[], edges: ViewEdge[], layout: cytoscape.LayoutOptions, { replace, mode, grouping }: DrawOptions): number {
  const started = performance.now();
  const { cy, state } = explorer;
  if (replace) {
    state.nodes.clear();
    state.edges.clear();
  }
  state.mode = mode;
  const fresh = freshElements(explorer, nodes, edges, grouping);
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
  renderLists(explorer);
  explorer.lastRenderMs = performance.now() - started;
  return explorer.lastRenderMs;
}

/**
 * Squeezes the force layout into the canvas's shape, then moves the nodes apart until no two
 * labelled boxes overlap (`separate`), each region moving whole.
 */
function untangle(cy: cytoscape.Core): void {
  const leaves = cy.nodes().not('.region') as cytoscape.NodeCollection;
  const bounds = leaves.boundingBox({ includeLabels: false });
  const centre = { x: (bounds.x1 + bounds.x2) / 2, y: (bounds.y1 + bounds.y2) / 2 };
  const scale = { x: cy.width() / PACKED_ZOOM / Math.max(bounds.w, 1), y: cy.height() / PACKED_ZOOM / Math.max(bounds.h, 1) };
  leaves.positions((node) => {
    const at = (node as cytoscape.NodeSingular).position();
    return { x: centre.x + (at.x - centre.x) * scale.x, y: centre.y + (at.y - centre.y) * scale.y };
  });
  const items = leaves.map((node) => {
    const at = node.position();
    const box = node.boundingBox(WITH_LABEL);
    return { x: at.x, y: at.y, box: { x1: box.x1 - at.x, y1: box.y1 - at.y, x2: box.x2 - at.x, y2: box.y2 - at.y }, region: (node.data('parent') as string | undefined) ?? null };
  });
  const regions = cy.nodes('.region').map((region) => {
    const label = region.boundingBox({ ...WITH_LABEL, includeNodes: false, includeEdges: false });
    return { id: region.id(), parent: (region.data('parent') as string | undefined) ?? null, padding: REGION_PADDING, label: { w: label.w, h: label.h } };
  });
  const positions = separate(items, regions, { aspect: cy.width() / cy.height() });
  leaves.positions((_, index) => positions[index]);
}
