/*
 * The review page at /curate: propose a draft from a text (proposeDocument), show every candidate
 * marked in the text, let the editor accept, edit or reject each (one by one from the keyboard, or
 * every confident one at once) and pick the entity an ambiguous name means, then run importDocument
 * as a dry run and for real. Its History view (/curate#history) lists the change log, reverts changes
 * and retracts sources. It uses only the public GraphQL API at /graphql. Bundled by
 * scripts/build-ui.js.
 */
import './curate.css';
import { byId } from '../../assets/browser/page';
import { status, type Curation, type Reviewing } from './curation';
import { CONFIDENT } from './decisions';
import { HistoryView } from './history-view';
import { runImport } from './import-report';
import { propose } from './propose';
import { Retraction } from './retraction';
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
  // The review's keys act in the review view only.
  if (event.ctrlKey || event.metaKey || event.altKey || help.open || byId('view-review').hidden) return;
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

/** Shows the view the address names: the History view for #history and a change's #change-N (opened), else the review. */
function route(history: HistoryView, retraction: Retraction): void {
  const change = /^#change-(.+)$/.exec(location.hash)?.[1];
  const showHistory = change !== undefined || location.hash === '#history';
  byId('view-review').hidden = showHistory;
  byId('view-history').hidden = !showHistory;
  for (const [tab, current] of [['tab-review', !showHistory], ['tab-history', showHistory]] as const) {
    if (current) byId(tab).setAttribute('aria-current', 'page');
    else byId(tab).removeAttribute('aria-current');
  }
  if (!showHistory) return;
  void retraction.show();
  void history.show().then(() => (change === undefined ? undefined : history.open(decodeURIComponent(change))));
}

function wireHistory(): void {
  const history = new HistoryView();
  const retraction = new Retraction(history);
  byId('history-filter-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void history.show(true);
  });
  byId('history-all').addEventListener('click', () => history.filterBy(''));
  byId('history-refresh').addEventListener('click', () => void history.show(true));
  byId('load-more').addEventListener('click', () => void history.loadMore());
  byId('retract-source').addEventListener('change', () => retraction.sourceChanged());
  byId('retract-dry-run').addEventListener('click', () => void retraction.run(true));
  byId('retract-apply').addEventListener('click', () => void retraction.run(false));
  window.addEventListener('hashchange', () => route(history, retraction));
  route(history, retraction);
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
  wireHistory();
}

start();
