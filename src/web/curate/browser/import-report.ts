/** The import: the document the decisions make, run as a dry run or for real, and the report it answers. */
import { byId, element, GraphQLRequestError, messageOf } from '../../assets/browser/page';
import { editorGraphql, field, status, type Reviewing } from './curation';
import { buildDocument } from './decisions';

const IMPORT = `mutation Import($input: ImportDocumentInput!, $dryRun: Boolean!) {
  importDocument(input: $input, dryRun: $dryRun) {
    dryRun applied created merged unchanged rejected
    source { id action reasons }
    entities { id name action matchedId matchedBy reasons }
    relations { from type to action reasons }
  }
}`;

interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  created: number;
  merged: number;
  unchanged: number;
  rejected: number;
  source: { id: string; action: string; reasons: string[] };
  entities: { id: string; name: string | null; action: string; matchedId: string | null; reasons: string[] }[];
  relations: { from: string; type: string; to: string; action: string; reasons: string[] }[];
}

/** The import document from the draft, the source fields as the curator left them, and the decisions. */
function currentDocument(state: Reviewing) {
  const source = { ...state.draft.source, title: field('title'), publisher: field('publisher'), place: field('place'), publishedOn: field('published-on'), url: field('url') || null };
  return buildDocument(state.draft, source, state.decisions);
}

function renderReport(report: ImportReport): void {
  const rows = [
    ['source', report.source.id, report.source.action, report.source.reasons] as const,
    ...report.entities.map((item) => ['entity', `${item.name || item.id}${item.matchedId ? ` → ${item.matchedId}` : ''}`, item.action, item.reasons] as const),
    ...report.relations.map((item) => ['relationship', `${item.from} ${item.type} ${item.to}`, item.action, item.reasons] as const),
  ];
  const summary = report.dryRun
    ? `Dry run: ${report.created} to create, ${report.merged} to merge, ${report.unchanged} unchanged, ${report.rejected} rejected; nothing written.`
    : `Imported: ${report.created} created, ${report.merged} merged, ${report.unchanged} unchanged, ${report.rejected} rejected.`;
  const head = element('thead', {}, element('tr', {}, ...['Item', 'What', 'Action', 'Why'].map((text) => element('th', { text }))));
  const body = element(
    'tbody',
    {},
    ...rows.map(([item, what, action, reasons]) => element('tr', {}, element('td', { text: item }), element('td', { text: what }), element('td', { class: `action-${action}`, text: action }), element('td', { text: reasons.join('; ') }))),
  );
  byId('report').replaceChildren(
    element('p', { id: 'report-summary', text: summary }),
    report.applied ? element('p', {}, 'See it in the ', element('a', { href: '/explore', text: 'explorer' }), '.') : '',
    element('table', {}, head, body),
  );
}

/** Runs importDocument on the accepted candidates; a refusal shows its report when it carries one. */
export async function runImport(state: Reviewing, dryRun: boolean): Promise<void> {
  status(dryRun ? 'Dry run…' : 'Importing…');
  try {
    const { importDocument: report } = await editorGraphql<{ importDocument: ImportReport }>(IMPORT, { input: { document: JSON.stringify(currentDocument(state)), text: state.text }, dryRun });
    renderReport(report);
    status(dryRun ? 'Dry run done: nothing was written.' : 'Imported.');
  } catch (error) {
    const report = error instanceof GraphQLRequestError ? (error.extensions.report as ImportReport | undefined) : undefined;
    if (report) renderReport(report);
    status(`${dryRun ? 'Dry run' : 'Import'} refused: ${messageOf(error)}`);
  }
}
