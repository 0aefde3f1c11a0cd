import fs from 'node:fs';
import path from 'node:path';
import { runTool, UsageError } from './run-tool';
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

const text = { type: 'string' } as const;

runTool({ usage: USAGE, positionals: 1, options: { title: text, publisher: text, place: text, date: text, url: text, out: text } }, async (run) => {
  const { values, positionals } = run;
  const file = path.resolve(positionals[0]);
  if (!fs.existsSync(file)) throw new UsageError(`${positionals[0]}: no such file`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError('--date must be written YYYY-MM-DD');
  const out = values.out ? path.resolve(values.out) : undefined;
  const database = await run.graph();
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
    proposerGraph(database.runner()),
  );
  if (out) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, draft.document);
  } else process.stdout.write(draft.document);
  process.stderr.write(`${describeDraft(draft, values.out)}\n`);
});
