/**
 * The History view: the change log newest first (every change, or one entity's or source's), paged by
 * cursor; each change's detail; Revert with a confirm step, its refusal explained.
 */
import { byId, element, messageOf } from '../../assets/browser/page';
import { status } from './curation';
import { changeDetails } from './change-details';
import { changeEntry, showRefusal, type EntryActions } from './change-entry';
import { loadChange, loadChanges, loadItems, refusalOf, revert, type ChangeSummary } from './history-api';

export class HistoryView implements EntryActions {
  /** The entity or source id the list is filtered by ('' for every change). */
  private filter = '';
  private cursor: string | null = null;
  private total = 0;
  private loaded = false;

  /** The list, first page, for `filter`; loads once unless `force`. */
  async show(force = false): Promise<void> {
    if (this.loaded && !force) return;
    this.loaded = true;
    this.filter = byId<HTMLInputElement>('history-filter').value.trim();
    this.cursor = null;
    byId('changes').replaceChildren();
    await this.loadPage();
  }

  /** The changes that touched `id` ('' for all). */
  filterBy(id: string): void {
    byId<HTMLInputElement>('history-filter').value = id;
    void this.show(true);
    byId('history-heading').scrollIntoView();
  }

  async loadMore(): Promise<void> {
    await this.loadPage();
  }

  private async loadPage(): Promise<void> {
    const button = byId<HTMLButtonElement>('load-more');
    button.disabled = true;
    status('Loading the history…');
    try {
      const page = await loadChanges(this.filter, this.cursor);
      this.cursor = page.pageInfo.endCursor;
      this.total = page.totalCount;
      byId('changes').append(...page.nodes.map((change) => changeEntry(change, this, true)));
      button.hidden = !page.pageInfo.hasNextPage;
      this.count();
      status('');
    } catch (error) {
      status(`Could not load the history: ${messageOf(error)}`);
    } finally {
      button.disabled = false;
    }
  }

  /** "Showing 20 of 57 changes", and what they are filtered by. */
  private count(): void {
    const shown = byId('changes').children.length;
    const scope = this.filter ? ` that touched ${this.filter}` : '';
    byId('history-count').textContent = this.total === 0 ? `No changes${scope}.` : `Showing ${shown} of ${this.total} changes${scope}, newest first.`;
  }

  async toggleDetails(entry: HTMLElement, id: string): Promise<void> {
    const toggle = entry.querySelector<HTMLButtonElement>('.toggle-details')!;
    const details = entry.querySelector<HTMLElement>('.details')!;
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    details.hidden = !open;
    if (!open || details.childElementCount > 0) return;
    details.append(element('p', { class: 'why', text: 'Loading its items…' }));
    try {
      details.replaceChildren(changeDetails(await loadItems(id)));
    } catch (error) {
      details.replaceChildren(element('p', { class: 'error', text: `Could not load its items: ${messageOf(error)}` }));
    }
  }

  /** Scrolls to the change and opens its detail; one the list does not hold shows alone above it. */
  async open(id: string): Promise<void> {
    let entry = document.getElementById(`change-${id}`);
    if (!entry) {
      const change = await loadChange(id).catch(() => null);
      if (!change) return status(`There is no change ${id}.`);
      entry = changeEntry(change, this, false);
      byId('opened-change').replaceChildren(element('p', { class: 'why', text: `Change ${id} (not in the list below):` }), element('ol', { class: 'changes' }, entry));
    }
    entry.scrollIntoView({ block: 'center' });
    entry.focus();
    if (entry.querySelector('.toggle-details')!.getAttribute('aria-expanded') !== 'true') await this.toggleDetails(entry, id);
  }

  /** Reverts change `id`: the new change goes on top, and every copy of the changes whose state it altered is redrawn. */
  async revert(id: string): Promise<void> {
    status(`Reverting change ${id}…`);
    try {
      const recorded = await revert(id);
      this.total += 1;
      byId('changes').prepend(changeEntry(recorded, this, true));
      this.count();
      await this.redrawReverted(id);
      status(`Reverted change ${id}: recorded as change ${recorded.id}.`);
    } catch (error) {
      const refusal = refusalOf(error);
      document.querySelectorAll<HTMLElement>(`[data-change="${CSS.escape(id)}"]`).forEach((entry) => showRefusal(entry, refusal, this));
      status(`Change ${id} was not reverted: ${refusal.message}`);
    }
  }

  /** Draws again, from the API, every copy on the page of the change just reverted and, when it was itself a revert, of the change that revert undid (in force again). */
  private async redrawReverted(id: string): Promise<void> {
    const change = await loadChange(id);
    if (!change) return;
    this.redraw(change);
    const reinstated = change.revertOf && document.querySelector(`[data-change="${CSS.escape(change.revertOf)}"]`) ? await loadChange(change.revertOf) : null;
    if (reinstated) this.redraw(reinstated);
  }

  private redraw(change: ChangeSummary): void {
    document.querySelectorAll<HTMLElement>(`[data-change="${CSS.escape(change.id)}"]`).forEach((copy) => copy.replaceWith(changeEntry(change, this, copy.id !== '')));
  }

  /** Adds a change recorded elsewhere on the page (a retraction) on top of the list. */
  prepend(change: ChangeSummary): void {
    if (!this.loaded || (this.filter && !change.sourceIds.includes(this.filter) && !change.entityIds.includes(this.filter))) return;
    this.total += 1;
    byId('changes').prepend(changeEntry(change, this, true));
    this.count();
  }
}
