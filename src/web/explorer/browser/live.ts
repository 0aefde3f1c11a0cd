/** Keeps the explorer current: it follows the graph's changes (graphChanged over Server-Sent Events) and refreshes the view a change touches. */
import { byId } from '../../assets/browser/page';
import type { ExplorerState } from './explorer';

/** A burst of changes (an import, a merge's parts) refreshes once, this long after the last of them. */
export const REFRESH_DEBOUNCE_MS = 500;

const STREAM = `/graphql/stream?query=${encodeURIComponent('subscription { graphChanged { version by summary entityIds } }')}`;

export interface ShownChange {
  version: number;
  by: string;
  summary: string;
  entityIds: string[];
}

/** Whether the view shows something `change` touched: any change may alter the overview; other views, when it names an entity they draw. */
export function touchesView(state: Pick<ExplorerState, 'mode' | 'nodes'>, change: Pick<ShownChange, 'entityIds'>): boolean {
  return state.mode === 'overview' || change.entityIds.some((id) => state.nodes.has(id));
}

function note(text: string): void {
  byId('live').textContent = text;
}

/**
 * Opens the stream (the browser's EventSource reconnects by itself after a dropped connection or a
 * service restart) and calls `refresh` once changes touching the view have settled.
 */
export function followChanges(state: ExplorerState, refresh: () => void): EventSource {
  const events = new EventSource(STREAM);
  let timer: number | undefined;
  let latest: ShownChange | undefined;
  events.addEventListener('open', () => note('Live: the view refreshes when the graph changes.'));
  events.addEventListener('error', () => note('Live updates paused: reconnecting…'));
  events.addEventListener('next', (event) => {
    const result = JSON.parse((event as MessageEvent<string>).data) as { data?: { graphChanged: ShownChange }; errors?: { message: string }[] };
    if (result.errors) return note(`Live updates unavailable: ${result.errors[0].message}`);
    const change = result.data!.graphChanged;
    if (!touchesView(state, change)) return;
    latest = change;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      note(`Refreshed after change ${latest!.version} (${latest!.summary}, by ${latest!.by}) at ${new Date().toLocaleTimeString()}.`);
      refresh();
    }, REFRESH_DEBOUNCE_MS);
  });
  // The server completes a stream only when it refused the subscription: reconnecting would not help.
  events.addEventListener('complete', () => events.close());
  return events;
}
