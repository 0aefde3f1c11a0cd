/** The country collaboration matrix as a heat map; a cell opens what the two countries share. */
import { byId, element } from '../../assets/browser/page';
import { EVIDENCE, query } from './api';
import { heatColour, heatText } from './colours';
import { showDetails } from './details';
import { asOfNote, stated, type ExplorerState } from './explorer';
import type { Evidence, NamedEntity } from './view';

interface Country {
  id: string;
  name: string;
}

interface Cell {
  a: Country;
  b: Country;
  weight: number;
  via: NamedEntity[];
  evidence: Evidence[];
}

function cellButton(row: Country, column: Country, cell: Cell | undefined, max: number): HTMLButtonElement {
  const weight = cell ? cell.weight : 0;
  const button = element('button', { type: 'button', 'aria-label': `${row.name} and ${column.name}: ${weight} shared`, text: row.id === column.id ? '·' : String(weight) });
  button.style.background = heatColour(weight, max);
  button.style.color = heatText(weight, max);
  if (cell && row.id !== column.id) {
    const shared = cell.via.map((entity) => `${entity.name} (${entity.type})`).join('; ');
    button.addEventListener('click', () =>
      showDetails(
        `${row.name} and ${column.name}`,
        [
          ['Shared', shared],
          ['Weight', String(weight)],
        ],
        cell.evidence,
      ),
    );
  }
  return button;
}

export async function renderMatrix(state: ExplorerState): Promise<void> {
  const data = await query<{ collaborationMatrix: Cell[] }>(
    `query Matrix($stated: DateRangeInput) { collaborationMatrix(by: COUNTRY, first: 200, stated: $stated) { a { id name } b { id name } weight via { id name type } ${EVIDENCE} } }`,
    { stated: stated(state) },
  );
  const cells = data.collaborationMatrix;
  const countries = [...new Map(cells.flatMap((cell) => [[cell.a.id, cell.a] as const, [cell.b.id, cell.b] as const])).values()].sort((x, y) => x.name.localeCompare(y.name));
  const byPair = new Map(cells.flatMap((cell) => [[`${cell.a.id}|${cell.b.id}`, cell] as const, [`${cell.b.id}|${cell.a.id}`, cell] as const]));
  const max = Math.max(1, ...cells.map((cell) => cell.weight));
  const table = element(
    'table',
    {},
    element('caption', { text: `Shared projects, platforms, agreements and networks between ${countries.length} countries${asOfNote(state)} (darker: more).` }),
    element('tr', {}, element('th', { scope: 'col', text: '' }), ...countries.map((country) => element('th', { scope: 'col', text: country.name }))),
    ...countries.map((row) =>
      element('tr', {}, element('th', { scope: 'row', text: row.name }), ...countries.map((column) => element('td', {}, cellButton(row, column, byPair.get(`${row.id}|${column.id}`), max)))),
    ),
  );
  byId('matrix').replaceChildren(table);
}
