/** The details panel (an entity's or a relationship's evidence) and the graph as a list. */
import { byId, element } from '../../assets/browser/page';
import { EVIDENCE, query } from './api';
import type { Explorer } from './explorer';
import { CORROBORATED, type Evidence } from './view';

function evidenceList(evidence: Evidence[]): HTMLElement {
  return element(
    'div',
    {},
    ...evidence.map((item) =>
      element('figure', {}, element('blockquote', { text: item.quote }), element('figcaption', { text: `— ${item.source ? `${item.source.publisher}, ${item.source.publishedOn}: ${item.source.title}` : ''}` })),
    ),
  );
}

/** Shows `title`, the `rows` of terms and values, and the evidence, and moves the focus there. */
export function showDetails(title: string, rows: [string, string][], evidence: Evidence[]): void {
  const details = byId('details');
  details.replaceChildren(
    element('h2', { text: title }),
    element('dl', {}, ...rows.flatMap(([term, value]) => [element('dt', { text: term }), element('dd', { text: value })])),
    element('h3', { text: 'Evidence' }),
    evidenceList(evidence),
  );
  details.focus();
}

function highlight(explorer: Explorer, id: string): void {
  explorer.cy.elements().unselect();
  explorer.cy.$id(id).select();
}

interface NodeAnswer {
  node: { id: string; name: string; type: string; aliases: string[]; evidence: Evidence[] } | null;
}

export async function showNodeDetails(explorer: Explorer, id: string): Promise<void> {
  highlight(explorer, id);
  const { node } = await query<NodeAnswer>(`query Node($id: ID!) { node(id: $id) { id name type aliases ${EVIDENCE} } }`, { id });
  if (!node) return;
  const seen = explorer.state.nodes.get(id);
  showDetails(
    node.name,
    [
      ['Type', node.type],
      ['Kind', seen?.kind || '—'],
      ['Id', node.id],
      ['Aliases', node.aliases.join(', ') || '—'],
    ],
    node.evidence,
  );
}

export function showEdgeDetails(explorer: Explorer, id: string): void {
  highlight(explorer, id);
  const { nodes, edges } = explorer.state;
  const edge = edges.get(id)!;
  const name = (nodeId: string) => nodes.get(nodeId)?.label ?? nodeId;
  const sources = edge.sourceCount < CORROBORATED ? 'one source' : `${edge.sourceCount} sources: corroborated`;
  const rows: [string, string][] = [
    ['Type', edge.type],
    ['From', name(edge.source)],
    ['To', name(edge.target)],
    ['Stated by', sources],
  ];
  if (edge.explanation) rows.push(['In words', edge.explanation]);
  showDetails(`${name(edge.source)} → ${name(edge.target)}`, rows, edge.evidence ?? []);
}

/**
 * The view as lists of buttons, for the keyboard and screen readers (the first 500 of each).
 * A keyboard user whose focus is on a row keeps it on the same entity's or relationship's row
 * when the view is redrawn under them (a pick finishing, an expansion, a live change).
 */
export function renderLists(explorer: Explorer): void {
  const { nodes, edges } = explorer.state;
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const focusedRow = focused?.closest('#node-list, #edge-list') ? focused.dataset : undefined;
  const sorted = [...nodes.values()].sort((a, b) => a.label.localeCompare(b.label));
  byId('node-list').replaceChildren(
    ...sorted
      .slice(0, 500)
      .map((node) => element('li', {}, element('button', { type: 'button', 'data-node': node.id, onclick: () => showNodeDetails(explorer, node.id), text: `${node.label} (${node.type})` }))),
  );
  byId('edge-list').replaceChildren(
    ...[...edges.values()]
      .slice(0, 500)
      .map((edge) =>
        element('li', {}, element('button', { type: 'button', 'data-edge': edge.id, onclick: () => showEdgeDetails(explorer, edge.id), text: `${nodes.get(edge.source)?.label} ${edge.type} ${nodes.get(edge.target)?.label}` })),
      ),
  );
  if (focusedRow) refocusRow(focusedRow);
}

function refocusRow({ node, edge }: DOMStringMap): void {
  const selector = node ? `#node-list [data-node="${CSS.escape(node)}"]` : edge ? `#edge-list [data-edge="${CSS.escape(edge)}"]` : null;
  const row = selector ? document.querySelector<HTMLElement>(selector) : null;
  // The row's entity may have left the view: the list itself then keeps the focus's place.
  (row ?? document.querySelector<HTMLElement>(node ? '#node-list button' : '#edge-list button'))?.focus();
}
