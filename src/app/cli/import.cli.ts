import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { runCli, UsageError } from '../../platform/config/cli';
import { loadConfig } from '../../platform/config/config';
import { createLogger } from '../../platform/config/logger';
import { connectGraph } from '../../engine/db/connect';
import { migrate } from '../../engine/db/migrations';
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
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const files = args.filter((arg) => arg !== '--dry-run');
  if (files.length !== 1 || args.some((arg) => arg.startsWith('--') && arg !== '--dry-run')) throw new UsageError(USAGE);
  const file = path.resolve(files[0]);
  if (!fs.existsSync(file)) throw new UsageError(`${files[0]}: no such file\n${USAGE}`);
  const documentText = fs.readFileSync(file, 'utf8');
  const sourceName = (parseDocumentText(documentText) as { source?: { file?: unknown } } | null)?.source?.file;
  const sourceFile = typeof sourceName === 'string' ? sourceFileOf(file, sourceName) : undefined;
  if (!sourceFile) throw new UsageError(`${files[0]}: source.file must name the source's text file, beside the document or in the folder above it`);
  const config = loadConfig();
  const graph = await connectGraph(config.neo4j, createLogger('warn'), { reuseRunningEmbedded: true });
  try {
    await migrate(graph.database);
    const request = { document: documentText, text: fs.readFileSync(sourceFile, 'utf8') };
    const report = await importDocument(graph.database.runner(), request, { dryRun, by: `cli:${os.userInfo().username}`, onProgress: progressPrinter() });
    printReport(report);
  } catch (error) {
    if (!(error instanceof ImportRejectedError)) throw error;
    printReport(error.report);
    throw new UsageError(error.message);
  } finally {
    await graph.close();
  }
}

runCli(main, [GraphQLError]);
