/** The view as PNG or GraphML, and the legend. */
import { byId, element } from '../../assets/browser/page';
import { TYPE_COLOURS, typeColour } from './colours';
import type { Explorer } from './explorer';
import { viewGraphML } from './graphml-view';
import { CORROBORATED } from './view';

function download(blob: Blob, name: string): void {
  const link = element('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
}

export function wireExports(explorer: Explorer): void {
  byId('export-png').addEventListener('click', () => download(explorer.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }), 'collab-graph-view.png'));
  byId('export-graphml').addEventListener('click', () => download(new Blob([viewGraphML([...explorer.state.nodes.values()], [...explorer.state.edges.values()])], { type: 'application/graphml+xml' }), 'collab-graph-view.graphml'));
}

export function renderLegend(): void {
  const line = (style: string, text: string) => element('li', {}, element('span', { class: `line ${style}`, 'aria-hidden': 'true' }), text);
  byId('legend').replaceChildren(
    ...Object.keys(TYPE_COLOURS).map((type) => {
      const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = typeColour(type);
      return element('li', {}, swatch, type);
    }),
    line('solid', `stated by ${CORROBORATED} or more sources`),
    line('dashed', 'stated by one source'),
  );
}
