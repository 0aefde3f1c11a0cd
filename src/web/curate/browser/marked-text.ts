/** The text with every candidate marked: entities by status, dates and quantities, and the selected candidate. */
import { byId, element } from '../../assets/browser/page';
import type { Candidate, Reviewing } from './curation';
import { segments } from './segments';

interface Mark {
  start: number;
  end: number;
  kind: 'entity' | 'measure' | 'selected';
  className: string;
  title: string;
  /** An entity mark's entity. */
  id?: string;
}

function marksOf({ draft, decisions }: Reviewing, current: Candidate | undefined): Mark[] {
  const marks: Mark[] = [];
  for (const entity of draft.entities) {
    const rejected = decisions.entities[entity.id].accepted === false;
    const status = entity.status.toLowerCase();
    for (const span of entity.mentions) marks.push({ ...span, kind: 'entity', id: entity.id, className: `mark-${status}${rejected ? ' rejected' : ''}`, title: `${entity.name} (${entity.type}, ${status})` });
  }
  for (const item of [...draft.quantities, ...draft.dates]) marks.push({ ...item.span, kind: 'measure', className: 'mark-measure', title: item.reason });
  // The current candidate: an entity's every mention, a relationship's quote.
  if (current) for (const span of 'mentions' in current.item ? current.item.mentions : [current.item.span]) marks.push({ ...span, kind: 'selected', className: 'mark-selected', title: 'the selected candidate' });
  return marks;
}

/** Draws the marked text; a click on an entity's mark selects that entity (`onEntity` gets its position). */
export function renderMarkedText(state: Reviewing, current: Candidate | undefined, onEntity: (position: number) => void): void {
  const container = byId('marked-text');
  container.replaceChildren();
  for (const segment of segments(state.text, marksOf(state, current))) {
    if (segment.marks.length === 0) {
      container.append(segment.text);
      continue;
    }
    // The innermost entity: "China" inside "China-ASEAN … Center" is its own entity.
    const entityMark = segment.marks.filter((mark) => mark.kind === 'entity').sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    const node = element('mark', { class: segment.marks.map((mark) => mark.className).join(' '), title: segment.marks.map((mark) => mark.title).join('; '), 'data-entity': entityMark?.id }, segment.text);
    if (entityMark) node.addEventListener('click', () => onEntity(state.draft.entities.findIndex((entity) => entity.id === entityMark.id)));
    container.append(node);
  }
}
