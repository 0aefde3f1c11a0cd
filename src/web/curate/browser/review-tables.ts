/** The candidates' tables: one row per entity and per relationship, with its decision and its editable fields. */
import { byId, element } from '../../assets/browser/page';
import { candidates, decisionText, entityName, type Candidate, type Reviewing } from './curation';
import type { DraftEntity, EntityDecision } from './draft';

/** What a row's controls do: select the candidate at a position, or decide it (undefined: undecided). */
export interface RowActions {
  select(position: number): void;
  decide(position: number, accepted: boolean | undefined): void;
}

function why(item: { confidence: number; reason: string }): HTMLElement {
  return element('span', { class: 'why' }, element('span', { class: 'confidence', text: item.confidence.toFixed(2) }), ` ${item.reason}`);
}

/** The accept and reject toggles of the candidate at `position`; pressing the pressed one again undecides it. */
function decisionButtons({ decision }: Candidate, position: number, label: string, actions: RowActions): HTMLElement {
  const toggle = (accepted: boolean, action: string, key: string) =>
    element('button', {
      type: 'button',
      class: `decide decide-${action.toLowerCase()}`,
      'aria-pressed': String(decision.accepted === accepted),
      'aria-label': `${action} ${label}`,
      title: `${action} (key ${key})`,
      text: accepted ? '✓' : '✗',
      onclick: () => actions.decide(position, decision.accepted === accepted ? undefined : accepted),
    });
  return element('span', { role: 'group', class: 'decision', 'aria-label': `Decision on ${label}` }, toggle(true, 'Accept', 'a'), toggle(false, 'Reject', 'r'));
}

/** A candidate's table row: the focus in it (a click, Tab) selects it; its label says what it is and how it stands. */
function candidateRow(state: Reviewing, { item, decision, row: id }: Candidate, position: number, label: string, cells: HTMLElement[], actions: RowActions): HTMLElement {
  const endsAccepted = 'from' in item && [item.from, item.to].every((end) => state.decisions.entities[end].accepted === true);
  const leftOut = decision.accepted === true && 'from' in item && !endsAccepted;
  const stands = decisionText(decision);
  const row = element('tr', { id, tabindex: '-1', class: `decided-${stands}${leftOut ? ' left-out' : ''}`, 'aria-label': `${label}: ${stands}${leftOut ? ', left out until both ends are accepted' : ''}` }, ...cells);
  row.addEventListener('focusin', () => position !== state.current && actions.select(position));
  return row;
}

/** A select of `values`, `chosen` selected; `onChange` gets the new value. */
function choice(label: string, values: string[], chosen: string, onChange: (value: string) => void): HTMLSelectElement {
  const select = element('select', { 'aria-label': label }, ...values.map((value) => element('option', { value, selected: value === chosen, text: value })));
  select.addEventListener('change', () => onChange(select.value));
  return select;
}

function textField(label: string, value: string, onChange: (value: string) => void): HTMLInputElement {
  const input = element('input', { type: 'text', value, 'aria-label': label });
  input.addEventListener('change', () => onChange(input.value));
  return input;
}

/** Which entity of the graph the name is: a choice for an ambiguous name, else the linked entity or "new". */
function graphCell(entity: DraftEntity, decision: EntityDecision): Node {
  if (entity.status !== 'AMBIGUOUS') return document.createTextNode(entity.status === 'LINKED' ? `${entity.id} (${entity.options[0].matchedBy.toLowerCase()})` : 'new');
  const options = entity.options.map((option) => element('option', { value: option.id, text: `${option.name} (${option.type}, ${option.id}, ${option.matchedBy.toLowerCase()})` }));
  const graph = element('select', { 'aria-label': `Which entity of the graph "${entity.name}" names` }, element('option', { value: '', text: 'choose one… (or none: new)' }), ...options);
  graph.value = decision.chosenId || '';
  graph.addEventListener('change', () => (decision.chosenId = graph.value));
  return graph;
}

export function renderEntities(state: Reviewing, actions: RowActions): void {
  const all = candidates(state);
  const rows = state.draft.entities.map((entity, position) => {
    const decision = state.decisions.entities[entity.id];
    const label = `${entity.name} (${entity.type})`;
    const name = textField(`Name of ${label}`, decision.name || entity.name, (value) => (decision.name = value));
    const type = choice(`Type of ${label}`, state.model.entityTypes, decision.type || entity.type, (value) => (decision.type = value));
    const kind = textField(`Kind of ${label}`, decision.kind || entity.kind, (value) => (decision.kind = value));
    const aliases = entity.aliases.length ? element('div', { class: 'why', text: `aliases: ${entity.aliases.map((alias) => alias.alias).join(', ')}` }) : '';
    const rowLabel = `Entity ${label}, ${entity.status.toLowerCase()}, confidence ${entity.confidence.toFixed(2)}`;
    const cells = [element('td', {}, decisionButtons(all[position], position, label, actions)), element('td', {}, name, aliases), element('td', {}, type), element('td', {}, kind), element('td', {}, graphCell(entity, decision)), element('td', {}, why(entity))];
    return candidateRow(state, all[position], position, rowLabel, cells, actions);
  });
  byId('entities').querySelector('tbody')!.replaceChildren(...rows);
}

export function renderRelations(state: Reviewing, actions: RowActions): void {
  const all = candidates(state);
  const rows = state.draft.relations.map((relation, index) => {
    const decision = state.decisions.relations[index];
    const position = state.draft.entities.length + index;
    const [from, to] = [entityName(state, relation.from), entityName(state, relation.to)];
    const label = `${from} ${relation.type} ${to}`;
    const type = choice(`Type of ${label}`, state.model.relationTypes, decision.type || relation.type, (value) => (decision.type = value));
    const rowLabel = `Relationship ${label}, confidence ${relation.confidence.toFixed(2)}`;
    const cells = [element('td', {}, decisionButtons(all[position], position, label, actions)), element('td', { text: from }), element('td', {}, type), element('td', { text: to }), element('td', {}, why(relation), element('div', { class: 'why', text: `“${relation.quote}”` }))];
    return candidateRow(state, all[position], position, rowLabel, cells, actions);
  });
  byId('relations').querySelector('tbody')!.replaceChildren(...rows);
}
