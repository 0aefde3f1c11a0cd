/*
 * The review page: propose a draft from a text (proposeDocument), show every candidate marked in the
 * text, let the editor accept, edit or reject each (one by one from the keyboard, or every confident
 * one at once) and pick the entity an ambiguous name means, then run importDocument as a dry run and
 * for real. It uses only the public GraphQL API at /graphql.
 */
(function () {
  'use strict';
  const { CONFIDENT, segments, confidentCandidates, buildDocument } = window.CurateLib;
  const { element } = window.Page;
  const $ = (id) => document.getElementById(id);
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
  const IMPORT = `mutation Import($input: ImportDocumentInput!, $dryRun: Boolean!) {
    importDocument(input: $input, dryRun: $dryRun) {
      dryRun applied created merged unchanged rejected
      source { id action reasons }
      entities { id name action matchedId matchedBy reasons }
      relations { from type to action reasons }
    }
  }`;

  // `current` is the selected candidate's position in candidates().
  const state = { draft: null, text: '', decisions: { entities: {}, relations: {} }, current: 0, model: null };
  window.curate = state;

  const KEY_STORE = 'collab-graph-editor-key';
  $('api-key').value = sessionStorage.getItem(KEY_STORE) || '';
  $('api-key').addEventListener('change', () => sessionStorage.setItem(KEY_STORE, $('api-key').value));

  const graphql = (query, variables) => window.Page.graphql(query, variables, { apiKey: $('api-key').value });

  function status(text) {
    $('status').textContent = text;
  }

  const entityById = (id) => state.draft.entities.find((entity) => entity.id === id);
  const entityName = (id) => (state.decisions.entities[id] && state.decisions.entities[id].name) || (entityById(id) ? entityById(id).name : id);

  /** Every candidate in review order, the entities then the relationships; `row` is its table row's id. */
  const candidates = () => [
    ...state.draft.entities.map((entity) => ({ item: entity, decision: state.decisions.entities[entity.id], row: `entity-${entity.id}` })),
    ...state.draft.relations.map((relation, index) => ({ item: relation, decision: state.decisions.relations[index], row: `relation-${index}` })),
  ];
  const decisionText = (decision) => (decision.accepted === true ? 'accepted' : decision.accepted === false ? 'rejected' : 'undecided');
  const endsAccepted = (relation) => [relation.from, relation.to].every((id) => state.decisions.entities[id].accepted === true);

  $('upload').addEventListener('change', async () => {
    const file = $('upload').files[0];
    if (!file) return;
    $('text').value = await file.text();
    if (!$('title').value) $('title').value = file.name.replace(/\.txt$/i, '');
    status(`Loaded ${file.name} (${$('text').value.length} characters).`);
  });

  async function propose() {
    const text = $('text').value;
    if (!text.trim()) return status('Paste or upload a text first.');
    status('Reading the text…');
    const started = performance.now();
    try {
      const input = { text, title: $('title').value || null, publisher: $('publisher').value || null, place: $('place').value || null, publishedOn: $('published-on').value || null, url: $('url').value || null };
      const { proposeDocument: draft } = await graphql(PROPOSE, { input });
      // The types an editor may choose, from the service's model.
      state.model ??= await (await fetch('/curate/model.json')).json();
      state.draft = draft;
      state.text = text;
      state.decisions = { entities: {}, relations: {} };
      // Every candidate starts undecided: only what the curator accepts is imported.
      draft.entities.forEach((entity) => (state.decisions.entities[entity.id] = { chosenId: entity.status === 'LINKED' ? entity.id : '' }));
      draft.relations.forEach((relation, index) => (state.decisions.relations[index] = {}));
      state.current = 0;
      for (const [field, id] of [['title', 'title'], ['publisher', 'publisher'], ['place', 'place'], ['publishedOn', 'published-on']]) if (!$(id).value && draft.source[field]) $(id).value = draft.source[field];
      $('draft-yaml').textContent = draft.document;
      $('review').hidden = false;
      $('import').hidden = false;
      renderReview(true);
      const ambiguous = draft.entities.filter((entity) => entity.status === 'AMBIGUOUS').length;
      status(`Proposed ${draft.entities.length} entities and ${draft.relations.length} relationships in ${Math.round(performance.now() - started)} ms` + (ambiguous ? `; ${ambiguous} ambiguous name(s) to resolve.` : '.') + (draft.missing.length ? ` Missing: ${draft.missing.join(', ')}.` : ''));
    } catch (error) {
      status(`Could not propose: ${error.message}`);
    }
  }

  $('propose').addEventListener('click', propose);
  $('text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      propose();
    }
  });

  /** Redraws the review; the focus goes to the current candidate's row when `focus` says so or when it was in the tables this replaces. */
  function renderReview(focus) {
    const focusInTables = ['entities', 'relations'].some((id) => $(id).contains(document.activeElement));
    renderEntities();
    renderRelations();
    renderMeasures();
    renderTally();
    showCurrent(focus || focusInTables);
  }

  /** Marks the current candidate's row (the one Tab reaches) and its mentions or quote in the text; `focus` moves the focus to it. */
  function showCurrent(focus) {
    candidates().forEach((candidate, position) => {
      const row = $(candidate.row);
      const current = position === state.current;
      row.tabIndex = current ? 0 : -1;
      row.classList.toggle('current', current);
      if (current) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    });
    renderText();
    const marked = $('marked-text').querySelector('.mark-selected');
    if (marked) marked.scrollIntoView({ block: 'nearest' });
    const current = candidates()[state.current];
    if (focus && current) $(current.row).focus();
  }

  function select(position, focus) {
    state.current = Math.max(0, Math.min(position, candidates().length - 1));
    showCurrent(focus);
  }

  /** Accepts or rejects (`accepted`: true, false) or undecides (undefined) the candidate at `position`, then makes `next` the current one. */
  function decide(position, accepted, next = position) {
    const candidate = candidates()[position];
    if (!candidate) return;
    candidate.decision.accepted = accepted;
    state.current = Math.min(next, candidates().length - 1);
    renderReview(true);
  }

  function acceptConfident() {
    const confident = confidentCandidates(state.draft, state.decisions);
    for (const id of confident.entities) state.decisions.entities[id].accepted = true;
    for (const index of confident.relations) state.decisions.relations[index].accepted = true;
    renderReview(false);
    status(`Accepted ${confident.entities.length} confident entities and ${confident.relations.length} relationships.`);
  }

  $('accept-confident').addEventListener('click', acceptConfident);
  $('confident-rule').textContent =
    `Accepts, of the candidates not yet decided: the entities already in the graph (and ambiguous names once you chose their entity), new entities with confidence ${CONFIDENT.toFixed(2)} or more, ` +
    `and relationships with confidence ${CONFIDENT.toFixed(2)} or more whose ends are both accepted. Your own decisions stand.`;

  /** The review's keys (the help dialog lists them); they act whenever no field has the focus. */
  const KEYS = {
    j: () => select(state.current + 1, true),
    ArrowDown: () => select(state.current + 1, true),
    k: () => select(state.current - 1, true),
    ArrowUp: () => select(state.current - 1, true),
    a: () => decide(state.current, true, state.current + 1),
    r: () => decide(state.current, false, state.current + 1),
    A: acceptConfident,
    D: () => runImport(true),
    I: () => runImport(false),
  };

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || $('help').open) return;
    if (event.target.closest('input, select, textarea')) {
      // Escape leaves a candidate's field for its row, where the keys work again.
      if (event.key === 'Escape' && event.target.closest('#entities, #relations')) {
        event.preventDefault();
        showCurrent(true);
      }
      return;
    }
    // Elsewhere (the text, the page) the arrows keep scrolling.
    if (event.key.startsWith('Arrow') && !event.target.closest('#entities, #relations')) return;
    const action = event.key === '?' ? () => $('help').showModal() : state.draft && KEYS[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  $('show-help').addEventListener('click', () => $('help').showModal());

  /** How many candidates are accepted, rejected and undecided; only the accepted are imported. */
  function renderTally() {
    const counts = { accepted: 0, rejected: 0, undecided: 0 };
    for (const candidate of candidates()) counts[decisionText(candidate.decision)] += 1;
    $('tally').textContent = `${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.undecided} undecided: only the accepted are imported.`;
  }

  function renderText() {
    const marks = [];
    for (const entity of state.draft.entities) {
      const rejected = state.decisions.entities[entity.id].accepted === false;
      for (const span of entity.mentions) marks.push({ ...span, kind: 'entity', id: entity.id, className: `mark-${entity.status.toLowerCase()}${rejected ? ' rejected' : ''}`, title: `${entity.name} (${entity.type}, ${entity.status.toLowerCase()})` });
    }
    for (const item of [...state.draft.quantities, ...state.draft.dates]) marks.push({ ...item.span, kind: 'measure', className: 'mark-measure', title: item.reason });
    // The current candidate: an entity's every mention, a relationship's quote.
    const current = candidates()[state.current];
    if (current) for (const span of current.item.mentions || [current.item.span]) marks.push({ ...span, kind: 'selected', className: 'mark-selected', title: 'the selected candidate' });
    const container = $('marked-text');
    container.replaceChildren();
    for (const segment of segments(state.text, marks)) {
      if (segment.marks.length === 0) {
        container.append(segment.text);
        continue;
      }
      // The innermost entity: "China" inside "China-ASEAN … Center" is its own entity.
      const entityMark = segment.marks.filter((mark) => mark.kind === 'entity').sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      const node = element('mark', { class: segment.marks.map((mark) => mark.className).join(' '), title: segment.marks.map((mark) => mark.title).join('; '), 'data-entity': entityMark ? entityMark.id : undefined }, segment.text);
      if (entityMark) node.addEventListener('click', () => select(state.draft.entities.findIndex((entity) => entity.id === entityMark.id), true));
      container.append(node);
    }
  }

  function why(item) {
    return element('span', { class: 'why' }, element('span', { class: 'confidence', text: item.confidence.toFixed(2) }), ` ${item.reason}`);
  }

  /** The accept and reject toggles of the candidate at `position`; pressing the pressed one again undecides it. */
  function decisionButtons({ decision }, position, label) {
    const toggle = (accepted, action, key) =>
      element('button', { type: 'button', class: `decide decide-${action.toLowerCase()}`, 'aria-pressed': String(decision.accepted === accepted), 'aria-label': `${action} ${label}`, title: `${action} (key ${key})`, text: accepted ? '✓' : '✗', onclick: () => decide(position, decision.accepted === accepted ? undefined : accepted) });
    return element('span', { role: 'group', class: 'decision', 'aria-label': `Decision on ${label}` }, toggle(true, 'Accept', 'a'), toggle(false, 'Reject', 'r'));
  }

  /** A candidate's table row: the focus in it (a click, Tab) selects it; its label says what it is and how it stands. */
  function candidateRow({ item, decision, row: id }, position, label, cells) {
    const leftOut = decision.accepted === true && 'from' in item && !endsAccepted(item);
    const row = element('tr', { id, tabindex: '-1', class: `decided-${decisionText(decision)}${leftOut ? ' left-out' : ''}`, 'aria-label': `${label}: ${decisionText(decision)}${leftOut ? ', left out until both ends are accepted' : ''}` }, ...cells);
    row.addEventListener('focusin', () => position !== state.current && select(position, false));
    return row;
  }

  function renderEntities() {
    const body = $('entities').querySelector('tbody');
    body.replaceChildren();
    const all = candidates();
    state.draft.entities.forEach((entity, position) => {
      const decision = state.decisions.entities[entity.id];
      const label = `${entity.name} (${entity.type})`;
      const name = element('input', { type: 'text', value: decision.name || entity.name, 'aria-label': `Name of ${label}` });
      name.addEventListener('change', () => (decision.name = name.value));
      const type = element('select', { 'aria-label': `Type of ${label}` }, ...state.model.entityTypes.map((value) => element('option', { value, selected: value === (decision.type || entity.type), text: value })));
      type.addEventListener('change', () => (decision.type = type.value));
      const kind = element('input', { type: 'text', value: decision.kind || entity.kind, 'aria-label': `Kind of ${label}` });
      kind.addEventListener('change', () => (decision.kind = kind.value));
      let graph;
      if (entity.status === 'AMBIGUOUS') {
        graph = element('select', { 'aria-label': `Which entity of the graph "${entity.name}" names` }, element('option', { value: '', text: 'choose one… (or none: new)' }), ...entity.options.map((option) => element('option', { value: option.id, text: `${option.name} (${option.type}, ${option.id}, ${option.matchedBy.toLowerCase()})` })));
        graph.value = decision.chosenId || '';
        graph.addEventListener('change', () => (decision.chosenId = graph.value));
      } else graph = document.createTextNode(entity.status === 'LINKED' ? `${entity.id} (${entity.options[0].matchedBy.toLowerCase()})` : 'new');
      const aliases = entity.aliases.length ? element('div', { class: 'why', text: `aliases: ${entity.aliases.map((alias) => alias.alias).join(', ')}` }) : '';
      const rowLabel = `Entity ${label}, ${entity.status.toLowerCase()}, confidence ${entity.confidence.toFixed(2)}`;
      body.append(candidateRow(all[position], position, rowLabel, [element('td', {}, decisionButtons(all[position], position, label)), element('td', {}, name, aliases), element('td', {}, type), element('td', {}, kind), element('td', {}, graph), element('td', {}, why(entity))]));
    });
  }

  function renderRelations() {
    const body = $('relations').querySelector('tbody');
    body.replaceChildren();
    const all = candidates();
    state.draft.relations.forEach((relation, index) => {
      const decision = state.decisions.relations[index];
      const position = state.draft.entities.length + index;
      const label = `${entityName(relation.from)} ${relation.type} ${entityName(relation.to)}`;
      const type = element('select', { 'aria-label': `Type of ${label}` }, ...state.model.relationTypes.map((value) => element('option', { value, selected: value === (decision.type || relation.type), text: value })));
      type.addEventListener('change', () => (decision.type = type.value));
      const rowLabel = `Relationship ${label}, confidence ${relation.confidence.toFixed(2)}`;
      body.append(candidateRow(all[position], position, rowLabel, [element('td', {}, decisionButtons(all[position], position, label)), element('td', { text: entityName(relation.from) }), element('td', {}, type), element('td', { text: entityName(relation.to) }), element('td', {}, why(relation), element('div', { class: 'why', text: `“${relation.quote}”` }))]));
    });
  }

  function renderMeasures() {
    const items = [
      ...state.draft.quantities.map((item) => `${item.text}: ${item.qualifier} ${item.value}${item.property ? ` → ${item.property} of ${entityName(item.entityId)}` : ''}`),
      ...state.draft.dates.map((item) => `${item.text}: ${item.date}${item.endDate ? ` to ${item.endDate}` : ''}${item.property ? ` → ${item.property}${item.entityId ? ` of ${entityName(item.entityId)}` : ''}` : ''}`),
    ];
    $('measures').replaceChildren(...items.map((text) => element('li', { text })));
  }

  function currentDocument() {
    const source = { ...state.draft.source, title: $('title').value, publisher: $('publisher').value, place: $('place').value, publishedOn: $('published-on').value, url: $('url').value || null };
    return buildDocument(state.draft, source, state.decisions);
  }

  function renderReport(report) {
    const rows = [
      ['source', report.source.id, report.source.action, report.source.reasons],
      ...report.entities.map((item) => ['entity', `${item.name || item.id}${item.matchedId ? ` → ${item.matchedId}` : ''}`, item.action, item.reasons]),
      ...report.relations.map((item) => ['relationship', `${item.from} ${item.type} ${item.to}`, item.action, item.reasons]),
    ];
    const summary = report.dryRun
      ? `Dry run: ${report.created} to create, ${report.merged} to merge, ${report.unchanged} unchanged, ${report.rejected} rejected; nothing written.`
      : `Imported: ${report.created} created, ${report.merged} merged, ${report.unchanged} unchanged, ${report.rejected} rejected.`;
    $('report').replaceChildren(
      element('p', { id: 'report-summary', text: summary }),
      report.applied ? element('p', {}, 'See it in the ', element('a', { href: '/explore', text: 'explorer' }), '.') : '',
      element('table', {}, element('thead', {}, element('tr', {}, ...['Item', 'What', 'Action', 'Why'].map((text) => element('th', { text })))), element('tbody', {}, ...rows.map(([item, what, action, reasons]) => element('tr', {}, element('td', { text: item }), element('td', { text: what }), element('td', { class: `action-${action}`, text: action }), element('td', { text: reasons.join('; ') }))))),
    );
  }

  async function runImport(dryRun) {
    status(dryRun ? 'Dry run…' : 'Importing…');
    try {
      const { importDocument: report } = await graphql(IMPORT, { input: { document: JSON.stringify(currentDocument()), text: state.text }, dryRun });
      renderReport(report);
      status(dryRun ? 'Dry run done: nothing was written.' : 'Imported.');
    } catch (error) {
      if (error.extensions && error.extensions.report) renderReport(error.extensions.report);
      status(`${dryRun ? 'Dry run' : 'Import'} refused: ${error.message}`);
    }
  }

  $('dry-run').addEventListener('click', () => runImport(true));
  $('run-import').addEventListener('click', () => runImport(false));
})();
