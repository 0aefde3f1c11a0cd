/** The explorer's state, shared by its parts, and what the page tells the reader. */
import type cytoscape from 'cytoscape';
import { byId } from '../../assets/browser/page';
import type { NamedEntity, ViewEdge, ViewNode } from './view';

/** What the canvas shows. */
export type Mode = 'overview' | 'neighbourhood' | 'paths';

export interface ExplorerState {
  mode: Mode | null;
  /** Counts views, so a late answer to an older one is dropped. */
  view: number;
  picked: NamedEntity[];
  nodes: Map<string, ViewNode>;
  edges: Map<string, ViewEdge>;
  /** YYYY-MM-DD, or '': every view shows only what sources published by then state. */
  asOf: string;
}

/** The overview as loaded, kept for going back to it. */
export interface Overview {
  nodes: ViewNode[];
  edges: ViewEdge[];
  hubs: { node: NamedEntity }[];
  summary: string;
}

/** The explorer: its state and canvas (also `window.explorer`, for the browser tests and the console). */
export interface Explorer {
  state: ExplorerState;
  cy: cytoscape.Core;
  lastRenderMs: number | null;
  overview: Overview | null;
  /** The entities `/explore?ids=…` names (the Cypher page links here). */
  linkedIds: string[];
}

export function status(text: string): void {
  byId('status').textContent = text;
}

/** The API's date range for the "as of" date: facts stated on or before it. */
export function stated(state: ExplorerState): { to: string } | null {
  return state.asOf ? { to: state.asOf } : null;
}

export function asOfNote(state: ExplorerState): string {
  return state.asOf ? ` as of ${state.asOf}` : '';
}

/** A new view starts: returns a check that is false once a later one has started. */
export function beginView(state: ExplorerState): () => boolean {
  const view = ++state.view;
  return () => view === state.view;
}
