import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { runTool, UsageError } from './run-tool';
import { parseDocumentText, sourceFileOf } from '../../engine/documents/document.validation';
import { IMPORT_BATCH_SIZE, importDocument, ImportRejectedError, type ImportProgress } from '../../features/import/import.service';
import { ImportAction, type ImportReport } from '../../features/import/import.type';

const USAGE = 'usage: npm run import -- FILE.yaml [--dry-run]';

/** Progress on stderr for documents of more than one batch: a bar on a terminal, else a line per 10%. */
function progressPrinter(): (progress: ImportProgress) => void {
  let lastShown = -1;
  return ({ stage, done, total }) => {
    if (total <= IMPORT_BATCH_SIZE) return;
    const percent = Math.floor((100 * done) / total);
    if (process.stderr.isTTY) {
      const bar = '#'.repeat(Math.floor(percent / 5)).padEnd(20, '.');
      process.stderr.write(`\r${stage.padEnd(9)} [${bar}] ${done}/${total}${done === total ? '\n' : ''}`);
    } else if (percent >= lastShown + 10 || done === total) {
      lastShown = percent;
      process.stderr.write(`${stage}: ${done}/${total}\n`);
    }
  };
}

/** The summary, the source, and every item that changes or is rejected (unchanged ones are only counted). */
function printReport(report: ImportReport): void {
  const changing = (item: { action: ImportAction }) => item.action !== ImportAction.UNCHANGED;
  const summary = report.dryRun
    ? `Dry run of source ${report.source.id}: ${report.created} to create, ${report.merged} to merge, ${report.unchanged} unchanged, ${report.rejected} rejected; nothing written.`
    : `Imported source ${report.source.id}: ${report.created} created, ${report.merged} merged, ${report.unchanged} unchanged, ${report.rejected} rejected.`;
  const reasons = (item: { reasons: string[] }) => item.reasons.map((reason) => `\n    ${reason}`).join('');
  // Only when there are any, so the usual summary stays one line.
  const conflicts = report.conflicts > 0 ? [`  ${report.conflicts} conflict(s) with the graph ${report.dryRun ? 'to record' : 'recorded'}: the graph's values are kept; curators settle them (conflicts, settleConflict).`] : [];
  const lines = [
    summary,
    ...conflicts,
    `  source ${report.source.id}: ${report.source.action}${reasons(report.source)}`,
    ...report.entities
      .filter(changing)
      .map((item) => `  entity ${item.id}: ${item.action}${item.matchedId ? ` (matched by ${item.matchedBy?.toLowerCase()} to ${item.matchedId})` : ''}${reasons(item)}`),
    ...report.relations.filter(changing).map((item) => `  relation ${item.from} ${item.type} ${item.to}: ${item.action}${reasons(item)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** `npm run import -- FILE [--dry-run]`: the document's source text is the file its `source.file` names. */
runTool({ usage: USAGE, positionals: 1, options: { 'dry-run': { type: 'boolean' } }, expected: [GraphQLError, ImportRejectedError] }, async (run) => {
  const [name] = run.positionals;
  const file = path.resolve(name);
  if (!fs.existsSync(file)) throw new UsageError(`${name}: no such file`);
  const documentText = fs.readFileSync(file, 'utf8');
  const sourceName = (parseDocumentText(documentText) as { source?: { file?: unknown } } | null)?.source?.file;
  const sourceFile = typeof sourceName === 'string' ? sourceFileOf(file, sourceName) : undefined;
  if (!sourceFile) throw new UsageError(`${name}: source.file must name the source's text file, beside the document or in the folder above it`);
  const database = await run.graph();
  const request = { document: documentText, text: fs.readFileSync(sourceFile, 'utf8') };
  const options = { dryRun: run.values['dry-run'] ?? false, by: `cli:${os.userInfo().username}`, onProgress: progressPrinter() };
  try {
    printReport(await importDocument(database.runner(), request, options));
  } catch (error) {
    if (error instanceof ImportRejectedError) printReport(error.report);
    throw error;
  }
});
