/*
 * The review page at /curate: propose a draft from a text (proposeDocument), show every candidate
 * marked in the text, let the editor accept, edit or reject each (one by one from the keyboard, or
 * every confident one at once) and pick the entity an ambiguous name means, then run importDocument
 * as a dry run and for real. It uses only the public GraphQL API at /graphql. Bundled by
 * scripts/build-ui.js.
 */
import './curate.css';
import { byId } from '../../assets/browser/page';
import { status, type Curation, type Reviewing } from './curation';
import { CONFIDENT } from './decisions';
import { runImport } from './import-report';
import { propose } from './propose';
import type { Review } from './review';

declare global {
  interface Window {
    /** The page's state, for the browser tests and the console. */
    curate: Curation;
  }
}

const KEY_STORE = 'collab-graph-editor-key';

/** The review's keys (the help dialog lists them); they act whenever no field has the focus. */
function reviewKeys(review: Review, state: Reviewing): Record<string, () => void> {
  return {
    j: () => review.select(state.current + 1, true),
    ArrowDown: () => review.select(state.current + 1, true),
    k: () => review.select(state.current - 1, true),
    ArrowUp: () => review.select(state.current - 1, true),
    a: () => review.decide(state.current, true, state.current + 1),
    r: () => review.decide(state.current, false, state.current + 1),
    A: () => review.acceptConfident(),
    D: () => void runImport(state, true),
    I: () => void runImport(state, false),
  };
}

/** The page's keys; `review` is the review under way, if any. */
function onKey(event: KeyboardEvent, review: () => Review | null, state: Curation): void {
  const help = byId<HTMLDialogElement>('help');
  const target = event.target as HTMLElement;
  if (event.ctrlKey || event.metaKey || event.altKey || help.open) return;
  if (target.closest('input, select, textarea')) {
    // Escape leaves a candidate's field for its row, where the keys work again.
    if (event.key === 'Escape' && target.closest('#entities, #relations')) {
      event.preventDefault();
      review()?.showCurrent(true);
    }
    return;
  }
  // Elsewhere (the text, the page) the arrows keep scrolling.
  if (event.key.startsWith('Arrow') && !target.closest('#entities, #relations')) return;
  const current = review();
  const action = event.key === '?' ? () => help.showModal() : current && reviewKeys(current, state as Reviewing)[event.key];
  if (!action) return;
  event.preventDefault();
  action();
}

function wireSource(): void {
  const key = byId<HTMLInputElement>('api-key');
  key.value = sessionStorage.getItem(KEY_STORE) ?? '';
  key.addEventListener('change', () => sessionStorage.setItem(KEY_STORE, key.value));
  const upload = byId<HTMLInputElement>('upload');
  upload.addEventListener('change', async () => {
    const file = upload.files?.[0];
    if (!file) return;
    const text = byId<HTMLTextAreaElement>('text');
    text.value = await file.text();
    const title = byId<HTMLInputElement>('title');
    if (!title.value) title.value = file.name.replace(/\.txt$/i, '');
    status(`Loaded ${file.name} (${text.value.length} characters).`);
  });
}

function start(): void {
  const state: Curation = { draft: null, text: '', decisions: { entities: {}, relations: {} }, current: 0, model: null };
  window.curate = state;
  let review: Review | null = null;
  const proposeDraft = async () => {
    review = (await propose(state)) ?? review;
  };
  wireSource();
  byId('propose').addEventListener('click', proposeDraft);
  byId('text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void proposeDraft();
    }
  });
  byId('accept-confident').addEventListener('click', () => review?.acceptConfident());
  byId('confident-rule').textContent =
    `Accepts, of the candidates not yet decided: the entities already in the graph (and ambiguous names once you chose their entity), new entities with confidence ${CONFIDENT.toFixed(2)} or more, ` +
    `and relationships with confidence ${CONFIDENT.toFixed(2)} or more whose ends are both accepted. Your own decisions stand.`;
  document.addEventListener('keydown', (event) => onKey(event, () => review, state));
  byId('show-help').addEventListener('click', () => byId<HTMLDialogElement>('help').showModal());
  byId('dry-run').addEventListener('click', () => void runImport(state as Reviewing, true));
  byId('run-import').addEventListener('click', () => void runImport(state as Reviewing, false));
}

start();
