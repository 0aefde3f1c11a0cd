import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { Database } from '../db/database';
import { EMBEDDED_NEO4J_USER, startEmbeddedNeo4j } from '../db/embedded-neo4j';
import { migrate } from '../db/migrations';
import type { CuratedDocument } from '../document/document.format';
import { parseDocumentText, sourceFileOf, validateDocument } from '../document/document.validation';
import { seedFilesIn } from '../seed/seed.loader';
import { seedGraph } from '../seed/seed.service';
import { scoreDraft, scoreLinking, type ExtractionScore, type LinkingScore } from './extraction-eval';
import { proposeDocument } from './propose.service';

/** The targets of issue 14: entity recall, relationship recall, precision of both, verbatim quotes. */
const TARGETS = { entityRecall: 0.9, relationRecall: 0.6, precision: 0.7 };

interface Case {
  label: string;
  documentFile: string;
  document: CuratedDocument;
  text: string;
}

function loadCase(label: string, documentFile: string): Case {
  const document = validateDocument(parseDocumentText(fs.readFileSync(documentFile, 'utf8'))).document;
  const text = fs.readFileSync(sourceFileOf(documentFile, document.source.file)!, 'utf8');
  return { label, documentFile: path.relative(PROJECT_ROOT, documentFile), document, text };
}

const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
const verdict = (value: number, target: number) => (value >= target ? `${percent(value)} (target ≥ ${percent(target)}: met)` : `${percent(value)} (target ≥ ${percent(target)}: **missed**)`);

function scoreSection(title: string, score: ExtractionScore, timeMs: number): string {
  return [
    `### ${title}`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| entities proposed / curated | ${score.entities.proposed} / ${score.entities.curated} |`,
    `| entity recall (curated entities found) | ${verdict(score.entities.recall, TARGETS.entityRecall)} |`,
    `| entity precision (proposals that are curated entities) | ${verdict(score.entities.precision, TARGETS.precision)} |`,
    `| matched entities with the curated type | ${score.entities.typedRight} of ${score.entities.matched} |`,
    `| relationships proposed / curated | ${score.relations.proposed} / ${score.relations.curated} |`,
    `| relationship recall | ${verdict(score.relations.recall, TARGETS.relationRecall)} |`,
    `| relationship precision | ${verdict(score.relations.precision, TARGETS.precision)} |`,
    `| quotes verbatim | ${score.quotes.verbatim} of ${score.quotes.total} (${percent(score.quotes.verbatim / Math.max(1, score.quotes.total))}) |`,
    `| time (proposal, including the graph look-ups) | ${timeMs} ms |`,
    '',
    `Curated entities not found: ${score.missedEntities.join('; ') || 'none'}.`,
    '',
    `Proposed entities that are not curated: ${score.extraEntities.join('; ') || 'none'}.`,
    '',
    `<details><summary>Curated relationships not found (${score.missedRelations.length}) and proposed ones not curated (${score.extraRelations.length})</summary>`,
    '',
    ...score.missedRelations.map((item) => `- missed: ${item}`),
    ...score.extraRelations.map((item) => `- extra: ${item}`),
    '',
    '</details>',
    '',
  ].join('\n');
}

function linkingSection(title: string, score: LinkingScore): string {
  return [
    `### ${title}`,
    '',
    `- proposals that name an entity of the graph: ${score.mentionsOfExisting}`,
    `- linked to it: ${score.linkedRight} (${percent(score.linkedRight / Math.max(1, score.mentionsOfExisting))})`,
    `- linked elsewhere: ${score.linkedWrong.join('; ') || 'none'}`,
    `- not linked (new or ambiguous): ${score.notLinked.join('; ') || 'none'}`,
    `- duplicates proposed (new entities the graph already has): ${score.duplicates.length}${score.duplicates.length ? ` (${score.duplicates.join('; ')})` : ''}`,
    '',
  ].join('\n');
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work();
  return [result, Date.now() - started];
}

/**
 * `npm run eval:extraction`: runs the proposer on the seed text against an empty graph and against
 * the seeded graph, and on the fictional fixtures against the seeded graph, in a throw-away embedded
 * Neo4j; writes docs/extraction.md.
 */
async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-eval-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, heap: '512m', pageCache: '64m' });
  const db = Database.connect(neo4j.uri, EMBEDDED_NEO4J_USER, neo4j.password, { transactionTimeoutMs: 60_000 });
  try {
    await migrate(db);
    const seeds = seedFilesIn().map((file) => loadCase('seed', file));
    const fixtures = fs
      .readdirSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer'))
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => loadCase('fixture', path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer', name)));
    const request = (item: Case) => ({ text: item.text, title: item.document.source.title, publishedOn: item.document.source.publishedOn });
    const sections: string[] = [];
    const summary: string[] = [];
    for (const seed of seeds) {
      const [draft, ms] = await timed(() => proposeDocument(db.runner(), request(seed)));
      const score = scoreDraft(draft, seed.document, seed.text);
      sections.push(scoreSection(`Seed text against an empty graph (${seed.documentFile})`, score, ms));
      summary.push(
        `| ${seed.documentFile}, empty graph | ${percent(score.entities.recall)} | ${percent(score.entities.precision)} | ${percent(score.relations.recall)} | ${percent(score.relations.precision)} | ${percent(score.quotes.verbatim / Math.max(1, score.quotes.total))} |`,
      );
    }
    await seedGraph(db);
    for (const seed of seeds) {
      const draft = await proposeDocument(db.runner(), request(seed));
      const linking = scoreLinking(draft, seed.document);
      sections.push(linkingSection(`Seed text against the seeded graph (${seed.documentFile})`, linking));
      summary.push(`| ${seed.documentFile}, seeded graph: linked | ${linking.linkedRight} of ${linking.mentionsOfExisting} | duplicates: ${linking.duplicates.length} | | | |`);
    }
    for (const fixture of fixtures) {
      const [draft, ms] = await timed(() => proposeDocument(db.runner(), request(fixture)));
      const score = scoreDraft(draft, fixture.document, fixture.text);
      sections.push(scoreSection(`Fictional fixture against the seeded graph (${fixture.documentFile})`, score, ms));
      const inGraph = (id: string) => seeds.some((seed) => seed.document.entities.some((known) => known.id === id));
      const linking = scoreLinking(draft, { ...fixture.document, entities: fixture.document.entities.filter((entity) => inGraph(entity.id)) });
      sections.push(linkingSection(`Linking in ${fixture.documentFile} (entities the seed graph holds)`, linking));
      summary.push(
        `| ${fixture.documentFile}, seeded graph | ${percent(score.entities.recall)} | ${percent(score.entities.precision)} | ${percent(score.relations.recall)} | ${percent(score.relations.precision)} | ${percent(score.quotes.verbatim / Math.max(1, score.quotes.total))} |`,
      );
    }
    const markdown = [
      '# Extraction quality',
      '',
      'Written by `npm run eval:extraction` (src/propose/extraction-eval.cli.ts); do not edit by hand. The proposer',
      '(`npm run propose`, the `proposeDocument` query) reads each text and its draft is compared with the hand-curated',
      'graph of the same text. A proposed entity matches a curated one when a name or alias of each has the same name key',
      '(case, punctuation, quotes, a leading "the" and legal suffixes set aside) or the same words in another order; a',
      'proposed relationship matches when its type is the same and both ends match. Recall counts the curated items found;',
      'precision counts the proposals that are curated. The fixtures are fictional press releases written for the tests',
      '(test/fixtures/proposer/), curated by hand before the proposer was run on them; they keep the rules general.',
      '',
      `Targets: entity recall ≥ ${percent(TARGETS.entityRecall)}, relationship recall ≥ ${percent(TARGETS.relationRecall)}, precision ≥ ${percent(TARGETS.precision)} for both, every quote verbatim; against the seeded graph, every mention of an existing entity linked to it and no duplicate proposed.`,
      '',
      '| case | entity recall | entity precision | relationship recall | relationship precision | quotes verbatim |',
      '| --- | --- | --- | --- | --- | --- |',
      ...summary,
      '',
      '## Details',
      '',
      ...sections,
    ].join('\n');
    fs.writeFileSync(path.join(PROJECT_ROOT, 'docs', 'extraction.md'), markdown);
    process.stdout.write(`${summary.join('\n')}\nWrote docs/extraction.md\n`);
  } finally {
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
