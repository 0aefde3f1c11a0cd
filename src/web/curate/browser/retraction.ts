/**
 * Retracting a source: pick it, run the dry run and read its impact (the facts that lose all support
 * and those that keep other sources, the hub connections that break, the statistics before → after),
 * then confirm; the recorded change shows with its Revert button.
 */
import { byId, element, messageOf } from '../../assets/browser/page';
import { status } from './curation';
import { changeEntry } from './change-entry';
import { loadSources, retract, type RetractionReport } from './history-api';
import { brokenPathText, retractionSummary, statisticLabel, statisticText } from './history-format';
import type { HistoryView } from './history-view';

type Fact = RetractionReport['lostEntities'][number] | RetractionReport['lostRelationships'][number];

function factText(fact: Fact): string {
  return 'name' in fact ? `${fact.name} (${fact.type}, ${fact.id})` : `${fact.from} ${fact.type} ${fact.to}`;
}

/** A titled list of facts; the kept ones name the sources that still support them. */
function factList(title: string, facts: Fact[], className: string): HTMLElement {
  if (facts.length === 0) return element('div', { class: className }, element('h4', { text: title }), element('p', { class: 'why', text: 'none' }));
  const items = facts.map((fact) => element('li', {}, factText(fact), fact.otherSourceIds.length ? element('span', { class: 'why', text: ` — still from ${fact.otherSourceIds.join(', ')}` }) : ''));
  return element('div', { class: className }, element('h4', { text: `${title} (${facts.length})` }), element('ul', {}, ...items));
}

function impact(report: RetractionReport): HTMLElement {
  const statistics = report.statistics.map((statistic) => element('tr', {}, element('th', { scope: 'row', text: statisticLabel(statistic.key) }), element('td', { text: statisticText(statistic) })));
  const paths = report.brokenPaths.map((path) => element('li', { text: brokenPathText(path) }));
  return element(
    'div',
    { class: 'impact' },
    element('div', { class: 'facts' }, factList('Lost: only this source supports them', [...report.lostEntities, ...report.lostRelationships], 'lost'), factList("Kept: other sources support them (only this source's quotes go)", [...report.keptEntities, ...report.keptRelationships], 'kept')),
    element('h4', { text: 'Connections between hubs that break or lengthen' }),
    paths.length ? element('ul', { id: 'broken-paths' }, ...paths) : element('p', { class: 'why', text: 'none' }),
    element('h4', { text: 'Statistics before → after' }),
    statistics.length ? element('table', { id: 'retraction-statistics', class: 'properties' }, element('tbody', {}, ...statistics)) : element('p', { class: 'why', text: 'none change' }),
    report.removedConflictIds.length ? element('p', { text: `Conflicts removed: ${report.removedConflictIds.join(', ')}` }) : '',
  );
}

export class Retraction {
  private sourcesLoaded = false;
  /** The source the shown dry run is about; Retract applies only that one. */
  private planned = '';

  constructor(private readonly view: HistoryView) {}

  /** Fills the source choice, once. */
  async show(): Promise<void> {
    if (this.sourcesLoaded) return;
    try {
      const sources = await loadSources();
      const options = sources.map((source) => element('option', { value: source.id, text: `${source.title} (${source.publishedOn}) — ${source.id}` }));
      byId('retract-source').replaceChildren(element('option', { value: '', text: 'choose a source…' }), ...options);
      // The filter suggests the same sources.
      byId('history-ids').replaceChildren(...sources.map((source) => element('option', { value: source.id, text: source.title })));
      this.sourcesLoaded = true;
    } catch (error) {
      status(`Could not list the sources: ${messageOf(error)}`);
    }
  }

  /** A new choice makes the shown dry run stale: it cannot be applied. */
  sourceChanged(): void {
    this.planned = '';
    byId('retract-apply').hidden = true;
    byId('retraction-report').replaceChildren();
  }

  async run(dryRun: boolean): Promise<void> {
    const id = dryRun ? byId<HTMLSelectElement>('retract-source').value : this.planned;
    if (!id) return status('Choose a source to retract.');
    status(dryRun ? `Dry run of retracting ${id}…` : `Retracting ${id}…`);
    try {
      const report = await retract(id, dryRun);
      this.planned = dryRun ? id : '';
      const apply = byId<HTMLButtonElement>('retract-apply');
      apply.hidden = !dryRun;
      apply.textContent = `Retract ${id}`;
      const recorded = report.change ? element('ol', { class: 'changes' }, changeEntry(report.change, this.view, false)) : '';
      byId('retraction-report').replaceChildren(element('p', { id: 'retraction-summary', text: retractionSummary(report) }), recorded, impact(report));
      if (report.change) this.view.prepend(report.change);
      if (!dryRun) {
        // The retracted source is gone from the choice.
        this.sourcesLoaded = false;
        void this.show();
      }
      status(dryRun ? 'Dry run done: nothing was written.' : `Retracted ${id}: recorded as change ${report.change?.id ?? '?'}.`);
    } catch (error) {
      status(`${dryRun ? 'Dry run' : 'Retraction'} refused: ${messageOf(error)}`);
    }
  }
}
