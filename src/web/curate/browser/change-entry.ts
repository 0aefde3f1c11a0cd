/** One change as the History view lists it: when, who, what, its revert state, a confirmed Revert, a refusal with the changes to revert first, and its detail. */
import { element } from '../../assets/browser/page';
import type { ChangeSummary, Refusal } from './history-api';
import { actorText, refusalText, whenText } from './history-format';

/** What an entry's controls do. */
export interface EntryActions {
  /** Shows the change (in the list, or alone when the list does not hold it) with its detail open. */
  open(id: string): void;
  toggleDetails(entry: HTMLElement, id: string): void;
  revert(id: string): Promise<void>;
  /** Lists the changes that touched this entity or source. */
  filterBy(id: string): void;
}

/** How many touched ids an entry names before "and N more". */
const NAMED_IDS = 6;

/** The page's address of a change; following it opens the change (see HistoryView.open). */
export function changeLink(id: string, text: string, actions: EntryActions): HTMLAnchorElement {
  return element('a', {
    href: `#change-${id}`,
    'data-change-link': id,
    text,
    onclick: (event) => {
      event.preventDefault();
      history.pushState(null, '', `#change-${id}`);
      actions.open(id);
    },
  });
}

function badges(change: ChangeSummary, actions: EntryActions): HTMLElement {
  const parts: (Node | string)[] = [];
  if (change.revertedBy) parts.push(element('span', { class: 'badge reverted' }, 'Reverted by ', changeLink(change.revertedBy, `change ${change.revertedBy}`, actions)));
  if (change.revertOf) parts.push(element('span', { class: 'badge revert' }, 'Reverts ', changeLink(change.revertOf, `change ${change.revertOf}`, actions)));
  if (!change.revertible && !change.revertedBy) parts.push(element('span', { class: 'badge fixed', text: 'not revertible' }));
  return element('span', { class: 'badges' }, ...parts);
}

/** The entities and sources the change touched, each a button that filters the list by it. */
function touched(change: ChangeSummary, actions: EntryActions): HTMLElement | string {
  const ids = [...new Set([...change.sourceIds, ...change.entityIds])];
  if (ids.length === 0) return '';
  const buttons = ids.slice(0, NAMED_IDS).map((id) => element('button', { type: 'button', class: 'id-filter', title: `The changes that touched ${id}`, text: id, onclick: () => actions.filterBy(id) }));
  const more = ids.length > NAMED_IDS ? ` and ${ids.length - NAMED_IDS} more` : '';
  return element('p', { class: 'touched why' }, 'Touched: ', ...buttons, more);
}

/** The Revert button and its confirm step (a revert is itself recorded, and can be reverted in turn). */
function revertControls(change: ChangeSummary, actions: EntryActions): HTMLElement[] {
  if (!change.revertible) return [];
  const confirm = element('div', { class: 'confirm', role: 'group', 'aria-label': `Confirm reverting change ${change.id}`, hidden: true });
  const start = element('button', { type: 'button', class: 'revert', text: 'Revert…', 'aria-label': `Revert change ${change.id}` });
  const cancel = element('button', { type: 'button', text: 'Cancel' });
  const doIt = element('button', { type: 'button', class: 'confirm-revert danger', text: `Revert change ${change.id}` });
  confirm.append(element('span', { text: `Put back what change ${change.id} replaced? The revert is recorded as a new change, which you can revert in turn. ` }), doIt, cancel);
  start.addEventListener('click', () => {
    confirm.hidden = false;
    doIt.focus();
  });
  cancel.addEventListener('click', () => {
    confirm.hidden = true;
    start.focus();
  });
  doIt.addEventListener('click', () => {
    doIt.disabled = true;
    void actions.revert(change.id).finally(() => (doIt.disabled = false));
  });
  return [start, confirm];
}

/** A change's entry; `listed` gives it the id the page's links scroll to (the list's copy, not a report's). */
export function changeEntry(change: ChangeSummary, actions: EntryActions, listed: boolean): HTMLElement {
  const entry = element('li', { class: `change${change.revertedBy ? ' is-reverted' : ''}`, id: listed ? `change-${change.id}` : undefined, 'data-change': change.id, tabindex: '-1' });
  const details = element('div', { class: 'details', hidden: true });
  const toggle = element('button', { type: 'button', class: 'toggle-details', 'aria-expanded': 'false', text: 'Details', onclick: () => actions.toggleDetails(entry, change.id) });
  entry.append(
    element(
      'div',
      { class: 'change-head' },
      changeLink(change.id, `#${change.id}`, actions),
      ' ',
      element('time', { datetime: change.at, title: change.at, text: whenText(change.at) }),
      element('span', { class: 'by', text: actorText(change.by) }),
      element('code', { class: 'operation', text: change.operation }),
      badges(change, actions),
    ),
    element('p', { class: 'summary', text: change.summary }),
    touched(change, actions),
    element('div', { class: 'entry-actions' }, toggle, ...revertControls(change, actions)),
    element('div', { class: 'refusal', role: 'alert', hidden: true }),
    details,
  );
  return entry;
}

/** Shows a refused revert in the entry: the reason, and links to the changes to revert first. */
export function showRefusal(entry: HTMLElement, refusal: Refusal, actions: EntryActions): void {
  const box = entry.querySelector<HTMLElement>('.refusal')!;
  const links = refusal.dependents.flatMap((id, index) => [index ? ', ' : '', changeLink(id, `change ${id}`, actions)]);
  box.replaceChildren(element('p', { text: refusalText(refusal.code, refusal.message, refusal.dependents) }), links.length ? element('p', { class: 'dependents' }, 'Revert first: ', ...links) : '');
  box.hidden = false;
  const confirm = entry.querySelector<HTMLElement>('.confirm');
  if (confirm) confirm.hidden = true;
}
