/** The review: the selected candidate, the curator's decisions, and drawing them. */
import { byId, element } from '../../assets/browser/page';
import { candidates, decisionText, entityName, status, type Reviewing } from './curation';
import { confidentCandidates } from './decisions';
import { renderMarkedText } from './marked-text';
import { renderEntities, renderRelations, type RowActions } from './review-tables';

/** How many candidates are accepted, rejected and undecided; only the accepted are imported. */
function renderTally(state: Reviewing): void {
  const counts = { accepted: 0, rejected: 0, undecided: 0 };
  for (const candidate of candidates(state)) counts[decisionText(candidate.decision)] += 1;
  byId('tally').textContent = `${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.undecided} undecided: only the accepted are imported.`;
}

function renderMeasures(state: Reviewing): void {
  const name = (id: string | null) => entityName(state, id ?? '');
  const items = [
    ...state.draft.quantities.map((item) => `${item.text}: ${item.qualifier} ${item.value}${item.property ? ` → ${item.property} of ${name(item.entityId)}` : ''}`),
    ...state.draft.dates.map((item) => `${item.text}: ${item.date}${item.endDate ? ` to ${item.endDate}` : ''}${item.property ? ` → ${item.property}${item.entityId ? ` of ${name(item.entityId)}` : ''}` : ''}`),
  ];
  byId('measures').replaceChildren(...items.map((text) => element('li', { text })));
}

export class Review implements RowActions {
  constructor(private readonly state: Reviewing) {}

  /** Redraws the review; the focus goes to the current candidate's row when `focus` says so or when it was in the tables this replaces. */
  render(focus: boolean): void {
    const focusInTables = ['entities', 'relations'].some((id) => byId(id).contains(document.activeElement));
    renderEntities(this.state, this);
    renderRelations(this.state, this);
    renderMeasures(this.state);
    renderTally(this.state);
    this.showCurrent(focus || focusInTables);
  }

  /** Marks the current candidate's row (the one Tab reaches) and its mentions or quote in the text; `focus` moves the focus to it. */
  showCurrent(focus: boolean): void {
    const all = candidates(this.state);
    all.forEach((candidate, position) => {
      const row = byId(candidate.row);
      const current = position === this.state.current;
      row.tabIndex = current ? 0 : -1;
      row.classList.toggle('current', current);
      if (current) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    });
    const current = all[this.state.current];
    renderMarkedText(this.state, current, (position) => this.select(position, true));
    byId('marked-text').querySelector('.mark-selected')?.scrollIntoView({ block: 'nearest' });
    if (focus && current) byId(current.row).focus();
  }

  select(position: number, focus = false): void {
    this.state.current = Math.max(0, Math.min(position, candidates(this.state).length - 1));
    this.showCurrent(focus);
  }

  /** Accepts or rejects (`accepted`: true, false) or undecides (undefined) the candidate at `position`, then makes `next` the current one. */
  decide(position: number, accepted: boolean | undefined, next = position): void {
    const all = candidates(this.state);
    const candidate = all[position];
    if (!candidate) return;
    candidate.decision.accepted = accepted;
    this.state.current = Math.min(next, all.length - 1);
    this.render(true);
  }

  acceptConfident(): void {
    const { draft, decisions } = this.state;
    const confident = confidentCandidates(draft, decisions);
    for (const id of confident.entities) decisions.entities[id].accepted = true;
    for (const index of confident.relations) decisions.relations[index].accepted = true;
    this.render(false);
    status(`Accepted ${confident.entities.length} confident entities and ${confident.relations.length} relationships.`);
  }
}
