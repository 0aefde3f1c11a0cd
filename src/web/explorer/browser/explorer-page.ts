/*
 * The explorer page at /explore: an overview of the graph on arrival, search, a neighbourhood or the
 * paths between two entities as an interactive graph, the evidence behind every node and
 * relationship, the country matrix as a heat map, and exports; it refreshes when the graph changes.
 * It uses only the public GraphQL API (/graphql, and /graphql/stream for changes). Bundled by scripts/build-ui.js.
 */
import './explorer.css';
import { byId, messageOf } from '../../assets/browser/page';
import { createCanvas } from './canvas';
import { showEdgeDetails, showNodeDetails } from './details';
import { status, type Explorer } from './explorer';
import { renderLegend, wireExports } from './exports';
import { followChanges } from './live';
import { renderMatrix } from './matrix';
import { openFromOverview, showOverview } from './overview';
import { wireSearch } from './search';
import { MAX_LINKED_IDS, showEntities, showNeighbourhood, showPicked } from './views';

declare global {
  interface Window {
    /** The explorer's state and canvas, for the browser tests and the console. */
    explorer: Explorer;
  }
}

/** The view the page shows now (picked entities, linked ones, or the overview), as of `state.asOf`. */
function showCurrent(explorer: Explorer): Promise<void> {
  if (explorer.state.picked.length > 0) return showPicked(explorer);
  return explorer.linkedIds.length > 0
    ? showEntities(explorer, explorer.linkedIds).catch((error) => status(`The entities failed to load: ${messageOf(error)}`))
    : showOverview(explorer).catch((error) => status(`The overview failed to load: ${messageOf(error)}`));
}

/** Shows the current view, then the matrix below it (which waits rather than competing with the view). */
function showAll(explorer: Explorer): void {
  showCurrent(explorer)
    .then(() => renderMatrix(explorer.state))
    .catch((error) => status(`The matrix failed to load: ${messageOf(error)}`));
}

/** Shows everything again from the API: the graph changed, or the date it is shown as of. */
function reload(explorer: Explorer): void {
  explorer.overview = null;
  showAll(explorer);
}

function setAsOf(explorer: Explorer, date: string): void {
  if (date === explorer.state.asOf) return;
  explorer.state.asOf = date;
  byId<HTMLInputElement>('as-of').value = date;
  reload(explorer);
}

function wireControls(explorer: Explorer): void {
  // `change` fires once a whole date is chosen or typed; a half-typed one reads as ''.
  byId<HTMLInputElement>('as-of').addEventListener('change', (event) => setAsOf(explorer, (event.target as HTMLInputElement).value));
  byId('as-of-clear').addEventListener('click', () => setAsOf(explorer, ''));
  byId('clear').addEventListener('click', () => {
    explorer.state.picked = [];
    byId('picked').replaceChildren();
    showOverview(explorer).catch((error) => status(`The overview failed to load: ${messageOf(error)}`));
  });
}

function start(): void {
  const explorer: Explorer = {
    state: { mode: null, view: 0, picked: [], nodes: new Map(), edges: new Map(), asOf: '' },
    cy: createCanvas(byId('graph'), {
      tapNode: (node) => (explorer.state.mode === 'overview' ? openFromOverview(explorer, node) : void showNodeDetails(explorer, node.id())),
      tapEdge: (id) => showEdgeDetails(explorer, id),
      doubleTapNode: (id) => explorer.state.mode !== 'overview' && void showNeighbourhood(explorer, id, false),
    }),
    lastRenderMs: null,
    overview: null,
    linkedIds: (new URLSearchParams(location.search).get('ids') ?? '').split(',').filter(Boolean).slice(0, MAX_LINKED_IDS),
  };
  window.explorer = explorer;
  renderLegend();
  wireSearch(explorer);
  wireExports(explorer);
  wireControls(explorer);
  showAll(explorer);
  followChanges(explorer.state, () => reload(explorer));
}

start();
