import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCli, UsageError } from '../../platform/config/cli';
import { loadConfig } from '../../platform/config/config';
import { createLogger } from '../../platform/config/logger';
import { connectGraph } from '../../engine/db/connect';
import { migrate } from '../../engine/db/migrations';
import { LinkStatus } from '../../features/propose/propose.model';
import { proposerGraph } from '../../features/propose/propose.repository';
import { proposeDocument, type DocumentDraft } from '../../features/propose/propose.service';

const USAGE = 'usage: npm run propose -- FILE.txt [--title TITLE] [--publisher NAME] [--place PLACE] [--date YYYY-MM-DD] [--url URL] [--out DRAFT.yaml]';

/** What the curator should look at first: counts, what is missing, what is ambiguous. */
function describeDraft(draft: DocumentDraft, written: string | undefined): string {
  const count = (status: LinkStatus) => draft.entities.filter((entity) => entity.status === status).length;
  return [
    `Proposed from the text: ${draft.entities.length} entities (${count(LinkStatus.NEW)} new, ${count(LinkStatus.LINKED)} already in the graph, ${count(LinkStatus.AMBIGUOUS)} ambiguous), ` +
      `${draft.relations.length} relationships, ${draft.entities.reduce((sum, entity) => sum + entity.aliases.length, 0)} aliases, ${draft.quantities.length} quantities, ${draft.dates.length} dates.`,
    ...(draft.missing.length > 0 ? [`Missing source fields (give them as options or edit the draft): ${draft.missing.join(', ')}`] : []),
    ...draft.problems.map((problem) => `  to resolve: ${problem}`),
    written ? `Draft written to ${written}; review it, then: npm run import -- ${written} --dry-run` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { title: { type: 'string' }, publisher: { type: 'string' }, place: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' }, out: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const file = path.resolve(positionals[0]);
  if (!fs.existsSync(file)) throw new UsageError(`${positionals[0]}: no such file\n${USAGE}`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be written YYYY-MM-DD\n${USAGE}`);
  const out = values.out ? path.resolve(values.out) : undefined;
  const config = loadConfig();
  const graph = await connectGraph(config.neo4j, createLogger('warn'), { reuseRunningEmbedded: true });
  try {
    await migrate(graph.database);
    // One text, nothing else to serve: the CLI reads it on its own thread.
    const draft = await proposeDocument(
      {
        text: fs.readFileSync(file, 'utf8'),
        title: values.title,
        publisher: values.publisher,
        place: values.place,
        publishedOn: values.date,
        url: values.url,
        // The import finds the text beside the draft or in the folder above it.
        file: path.relative(path.dirname(out ?? file), file).split(path.sep).join('/'),
      },
      proposerGraph(graph.database.runner()),
    );
    if (out) {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, draft.document);
    } else process.stdout.write(draft.document);
    process.stderr.write(`${describeDraft(draft, values.out)}\n`);
  } finally {
    await graph.close();
  }
}

runCli(main);
