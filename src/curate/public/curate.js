/*
 * The review page: propose a draft from a text (proposeDocument), show every candidate marked in the
 * text, let the editor accept, edit or reject each and pick the entity an ambiguous name means, then
 * run importDocument as a dry run and for real. It uses only the public GraphQL API at /graphql.
 */
(function () {
  'use strict';
  const { segments, buildDocument } = window.CurateLib;
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

  const state = { draft: null, text: '', decisions: { entities: {}, relations: {} }, selectedQuote: null, model: null };
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

  $('upload').addEventListener('change', async () => {
    const file = $('upload').files[0];
    if (!file) return;
    $('text').value = await file.text();
    if (!$('title').value) $('title').value = file.name.replace(/\.txt$/i, '');
    status(`Loaded ${file.name} (${$('text').value.length} characters).`);
  });

  $('propose').addEventListener('click', async () => {
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
      draft.entities.forEach((entity) => (state.decisions.entities[entity.id] = { accepted: entity.confidence >= 0.5, chosenId: entity.status === 'LINKED' ? entity.id : '' }));
      draft.relations.forEach((relation, index) => (state.decisions.relations[index] = { accepted: relation.confidence >= 0.5 }));
      for (const [field, id] of [['title', 'title'], ['publisher', 'publisher'], ['place', 'place'], ['publishedOn', 'published-on']]) if (!$(id).value && draft.source[field]) $(id).value = draft.source[field];
      $('draft-yaml').textContent = draft.document;
      renderAll();
      $('review').hidden = false;
      $('import').hidden = false;
      const ambiguous = draft.entities.filter((entity) => entity.status === 'AMBIGUOUS').length;
      status(`Proposed ${draft.entities.length} entities and ${draft.relations.length} relationships in ${Math.round(performance.now() - started)} ms` + (ambiguous ? `; ${ambiguous} ambiguous name(s) to resolve.` : '.') + (draft.missing.length ? ` Missing: ${draft.missing.join(', ')}.` : ''));
    } catch (error) {
      status(`Could not propose: ${error.message}`);
    }
  });

  function renderAll() {
    renderText();
    renderEntities();
    renderRelations();
    renderMeasures();
  }

  function renderText() {
    const marks = [];
    for (const entity of state.draft.entities) {
      const rejected = state.decisions.entities[entity.id].accepted === false;
      for (const span of entity.mentions) marks.push({ ...span, kind: 'entity', id: entity.id, className: `mark-${entity.status.toLowerCase()}${rejected ? ' rejected' : ''}`, title: `${entity.name} (${entity.type}, ${entity.status.toLowerCase()})` });
    }
    for (const item of [...state.draft.quantities, ...state.draft.dates]) marks.push({ ...item.span, kind: 'measure', className: 'mark-measure', title: item.reason });
    if (state.selectedQuote) marks.push({ ...state.selectedQuote, kind: 'quote', className: 'mark-quote', title: 'the selected quote' });
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
      if (entityMark) node.addEventListener('click', () => document.getElementById(`entity-${entityMark.id}`).scrollIntoView({ block: 'center' }));
      container.append(node);
    }
  }

  function why(item) {
    return element('span', { class: 'why' }, element('span', { class: 'confidence', text: item.confidence.toFixed(2) }), ` ${item.reason}`);
  }

  function renderEntities() {
    const body = $('entities').querySelector('tbody');
    body.replaceChildren();
    for (const entity of state.draft.entities) {
      const decision = state.decisions.entities[entity.id];
      const label = `${entity.name} (${entity.type})`;
      const accept = element('input', { type: 'checkbox', 'aria-label': `Accept ${label}`, checked: decision.accepted !== false });
      accept.addEventListener('change', () => {
        decision.accepted = accept.checked;
        renderText();
        renderRelations();
      });
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
      body.append(element('tr', { id: `entity-${entity.id}`, class: decision.accepted === false ? 'rejected' : undefined }, element('td', {}, accept), element('td', {}, name, aliases), element('td', {}, type), element('td', {}, kind), element('td', {}, graph), element('td', {}, why(entity))));
    }
  }

  function renderRelations() {
    const body = $('relations').querySelector('tbody');
    body.replaceChildren();
    state.draft.relations.forEach((relation, index) => {
      const decision = state.decisions.relations[index];
      const endsAccepted = [relation.from, relation.to].every((id) => state.decisions.entities[id] && state.decisions.entities[id].accepted !== false);
      const label = `${entityName(relation.from)} ${relation.type} ${entityName(relation.to)}`;
      const accept = element('input', { type: 'checkbox', 'aria-label': `Accept ${label}`, checked: decision.accepted !== false, disabled: !endsAccepted });
      accept.addEventListener('change', () => (decision.accepted = accept.checked));
      const type = element('select', { 'aria-label': `Type of ${label}` }, ...state.model.relationTypes.map((value) => element('option', { value, selected: value === (decision.type || relation.type), text: value })));
      type.addEventListener('change', () => (decision.type = type.value));
      const show = element('button', { type: 'button', class: 'show-quote', 'aria-label': `Show the quote of ${label}`, text: '“…”' });
      show.addEventListener('click', () => {
        state.selectedQuote = relation.span;
        renderText();
        const marked = $('marked-text').querySelector('.mark-quote');
        if (marked) marked.scrollIntoView({ block: 'center' });
      });
      body.append(element('tr', { class: endsAccepted && decision.accepted !== false ? undefined : 'rejected' }, element('td', {}, accept), element('td', { text: entityName(relation.from) }), element('td', {}, type), element('td', { text: entityName(relation.to) }), element('td', {}, show, ' ', why(relation), element('div', { class: 'why', text: `“${relation.quote}”` }))));
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
