/** A change's detail: each item it created, updated or deleted, with its properties before → after and its quotes. */
import { element } from '../../assets/browser/page';
import type { ChangedItem } from './history-api';
import { changesEvidence, evidenceChange, evidenceOf, propertyChanges, type Quote } from './history-format';

/** How many items show at first; a seed or a large import has hundreds, and "Show all" draws the rest. */
const FIRST_ITEMS = 50;

function quoteList(quotes: Quote[], className: string, sign: string): HTMLElement {
  return element(
    'ul',
    { class: `quotes ${className}` },
    ...quotes.map((quote) => element('li', {}, element('span', { class: 'sign', 'aria-hidden': 'true', text: sign }), element('q', { text: quote.quote }), element('span', { class: 'why', text: ` ${quote.sourceId}` }))),
  );
}

/** The item's quotes: a created or deleted item's all of them, an updated one's added and removed. */
function evidenceCell(item: ChangedItem): HTMLElement | string {
  if (!changesEvidence(item)) return '';
  if (item.action !== 'UPDATED') {
    const quotes = evidenceOf(item.after ?? item.before);
    return element('div', {}, element('div', { class: 'why', text: `${quotes.length} quote${quotes.length === 1 ? '' : 's'}` }), quoteList(quotes, '', '“'));
  }
  const { added, removed, kept } = evidenceChange(item.before, item.after);
  return element(
    'div',
    {},
    element('div', { class: 'why', text: `evidence: ${added.length} added, ${removed.length} removed, ${kept} kept` }),
    added.length ? quoteList(added, 'added', '+') : '',
    removed.length ? quoteList(removed, 'removed', '−') : '',
  );
}

/** The changed properties, before → after (a created item's "before" and a deleted one's "after" are dashes). */
function propertiesCell(item: ChangedItem): HTMLElement {
  const rows = propertyChanges(item).map((change) =>
    element('tr', {}, element('th', { scope: 'row', text: change.property }), element('td', { class: 'before', text: change.before }), element('td', { 'aria-hidden': 'true', text: '→' }), element('td', { class: 'after', text: change.after })),
  );
  return element('div', {}, rows.length ? element('table', { class: 'properties' }, element('tbody', {}, ...rows)) : '', evidenceCell(item));
}

function itemRow(item: ChangedItem): HTMLElement {
  return element(
    'tr',
    { class: `item item-${item.action.toLowerCase()}` },
    element('td', { class: `action-${item.action}`, text: item.action.toLowerCase() }),
    element('td', { text: item.kind.toLowerCase() }),
    element('td', {}, element('code', { text: item.id }), item.type ? element('div', { class: 'why', text: item.type }) : ''),
    element('td', {}, propertiesCell(item)),
  );
}

/** The items' table; beyond FIRST_ITEMS a button draws the rest. */
export function changeDetails(items: ChangedItem[]): HTMLElement {
  const head = element('thead', {}, element('tr', {}, ...['Action', 'Kind', 'Item', 'Properties: before → after, and quotes'].map((text) => element('th', { text }))));
  const body = element('tbody', {}, ...items.slice(0, FIRST_ITEMS).map(itemRow));
  const counts = ['CREATED', 'UPDATED', 'DELETED'].map((action) => `${items.filter((item) => item.action === action).length} ${action.toLowerCase()}`).join(', ');
  const more =
    items.length > FIRST_ITEMS
      ? element('button', {
          type: 'button',
          text: `Show all ${items.length} items`,
          onclick: (event) => {
            body.append(...items.slice(FIRST_ITEMS).map(itemRow));
            (event.currentTarget as HTMLElement).remove();
          },
        })
      : '';
  return element('div', { class: 'change-details' }, element('p', { class: 'why', text: `${items.length} items: ${counts}.` }), element('table', { class: 'items' }, head, body), more);
}
