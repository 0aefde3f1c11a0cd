/** Proposing a draft from the text (proposeDocument), and starting its review. */
import { byId, messageOf } from '../../assets/browser/page';
import { editorGraphql, field, status, type Curation, type Model, type Reviewing } from './curation';
import type { Draft } from './draft';
import { Review } from './review';

const SPAN = 'span { start end }';
const PROPOSE = `query Propose($input: ProposeDocumentInput!) {
  proposeDocument(input: $input) {
    source { id title publisher place publishedOn file url } missing problems document
    entities { id status type kind name confidence reason properties quotes mentions { start end }
      options { id name type kind matchedBy } aliases { alias quote confidence reason ${SPAN} } }
    relations { type from to properties quote confidence reason ${SPAN} }
    quantities { text qualifier value entityId property confidence reason ${SPAN} }
    dates { text date endDate entityId property confidence reason ${SPAN} }
  }
}`;

/** The source fields the draft read from the text fill the ones the curator left empty. */
const SOURCE_FIELDS = [
  ['title', 'title'],
  ['publisher', 'publisher'],
  ['place', 'place'],
  ['publishedOn', 'published-on'],
] as const;

/** Starts reviewing `draft`: every candidate undecided (only what the curator accepts is imported), a linked name's entity chosen. */
function startReview(state: Curation, draft: Draft, text: string): Reviewing {
  const reviewing = Object.assign(state, { draft, text, current: 0, decisions: { entities: {}, relations: {} } }) as Reviewing;
  draft.entities.forEach((entity) => (reviewing.decisions.entities[entity.id] = { chosenId: entity.status === 'LINKED' ? entity.id : '' }));
  draft.relations.forEach((_, index) => (reviewing.decisions.relations[index] = {}));
  for (const [name, id] of SOURCE_FIELDS) if (!field(id) && draft.source[name]) byId<HTMLInputElement>(id).value = draft.source[name];
  byId('draft-yaml').textContent = draft.document;
  byId('review').hidden = false;
  byId('import').hidden = false;
  return reviewing;
}

function summary(draft: Draft, ms: number): string {
  const ambiguous = draft.entities.filter((entity) => entity.status === 'AMBIGUOUS').length;
  return (
    `Proposed ${draft.entities.length} entities and ${draft.relations.length} relationships in ${Math.round(ms)} ms` +
    (ambiguous ? `; ${ambiguous} ambiguous name(s) to resolve.` : '.') +
    (draft.missing.length ? ` Missing: ${draft.missing.join(', ')}.` : '')
  );
}

/** Proposes a draft from the text and shows it for review; returns the review, or null when nothing was proposed. */
export async function propose(state: Curation): Promise<Review | null> {
  const text = field('text');
  if (!text.trim()) {
    status('Paste or upload a text first.');
    return null;
  }
  status('Reading the text…');
  const started = performance.now();
  try {
    const input = { text, title: field('title') || null, publisher: field('publisher') || null, place: field('place') || null, publishedOn: field('published-on') || null, url: field('url') || null };
    const { proposeDocument: draft } = await editorGraphql<{ proposeDocument: Draft }>(PROPOSE, { input });
    // The types an editor may choose, from the service's model.
    state.model ??= (await (await fetch('/curate/model.json')).json()) as Model;
    const review = new Review(startReview(state, draft, text));
    review.render(true);
    status(summary(draft, performance.now() - started));
    return review;
  } catch (error) {
    status(`Could not propose: ${messageOf(error)}`);
    return null;
  }
}
