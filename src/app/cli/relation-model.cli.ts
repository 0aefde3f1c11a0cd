import fs from 'node:fs';
import path from 'node:path';
import { runTool, UsageError } from './run-tool';
import { PROJECT_ROOT } from '../../platform/config/config';
import type { CuratedDocument } from '../../engine/documents/document.format';
import { SYMMETRIC_RELATION_TYPES } from '../../engine/model/model';
import { seedGraph } from '../../engine/seed/seed.service';
import { TUNING_SETS, corpusDocumentFiles, loadCuratedText } from '../../features/propose/extraction-corpus';
import { curatedIdsOf, overlap } from '../../features/propose/extraction-eval';
import { extract } from '../../features/propose/propose.extract';
import type { Extraction } from '../../features/propose/propose.model';
import { LEARNED_REASON, NO_RELATION } from '../../features/propose/propose.learned-relations';
import { sharedParser } from '../../features/propose/propose.parser';
import { chooseThresholds, crossValidate, THRESHOLDS, trainModel, type HeldOutAdditions, type TrainingPair } from '../../features/propose/propose.relation-training';
import { proposerGraph } from '../../features/propose/propose.repository';
import { proposeDocument, type DocumentDraft } from '../../features/propose/propose.service';
import { readText } from '../../features/propose/propose.text';

const USAGE = 'usage: npm run train:relations [-- --precision 0.6 --least 5 [--pairs FILE] [--dry-run]]';
const MODEL_FILE = path.join(PROJECT_ROOT, 'src', 'features', 'propose', 'relation-model.json');

/** The curation's relationships between two curated ids, by "from to" (a symmetric one both ways), with their quotes. */
function curatedFacts(curated: CuratedDocument): Map<string, { type: string; quotes: string[] }[]> {
  const facts = new Map<string, { type: string; quotes: string[] }[]>();
  const add = (from: string, to: string, type: string, quotes: string[]) => facts.set(`${from} ${to}`, [...(facts.get(`${from} ${to}`) ?? []), { type, quotes }]);
  for (const relation of curated.relations) {
    const quotes = relation.evidence.map((evidence) => evidence.quote);
    add(relation.from, relation.to, relation.type, quotes);
    if (SYMMETRIC_RELATION_TYPES.has(relation.type)) add(relation.to, relation.from, relation.type, quotes);
  }
  return facts;
}

/** One document's candidate pairs, labelled from its curation (a pair curated but quoted elsewhere is left out: unsure). */
function labelledPairs(set: string, file: string, text: string, curated: CuratedDocument, draft: DocumentDraft, extraction: Extraction): TrainingPair[] {
  const curatedIds = curatedIdsOf(draft, curated, text);
  // An extracted entity is the draft entity that holds its first mention (linking merges and renames, never splits).
  const owner = new Map(draft.entities.flatMap((entity) => entity.mentions.map((span) => [span.start, entity.id] as const)));
  const draftIds = new Map(extraction.entities.map((entity) => [entity.id, owner.get(entity.mentions[0]?.start ?? -1)]));
  const endOf = (extractedId: string) => {
    const draftId = draftIds.get(extractedId);
    return (draftId && curatedIds.get(draftId)) ?? `?${draftId ?? extractedId}`;
  };
  const facts = curatedFacts(curated);
  const found = new Set(draft.relations.filter((relation) => !relation.reason.startsWith(LEARNED_REASON)).map((relation) => `${curatedIds.get(relation.from)} ${relation.type} ${curatedIds.get(relation.to)}`));
  const pairs: TrainingPair[] = [];
  for (const candidate of extraction.candidates) {
    const [from, to] = [endOf(candidate.from), endOf(candidate.to)];
    const held = facts.get(`${from} ${to}`) ?? [];
    const sentence = text.slice(candidate.sentence.start, candidate.sentence.end);
    const quoted = held.filter((fact) => fact.quotes.some((quote) => overlap(quote, sentence)));
    if (held.length > 0 && quoted.length === 0) continue;
    const common = { set, document: file, features: candidate.features, from, to, curated: held.map((fact) => fact.type), related: candidate.related };
    const foundTypes = held.map((fact) => fact.type).filter((type) => found.has(`${from} ${type} ${to}`) || (SYMMETRIC_RELATION_TYPES.has(type as never) && found.has(`${to} ${type} ${from}`)));
    for (const label of quoted.length > 0 ? quoted.map((fact) => fact.type) : [NO_RELATION]) pairs.push({ ...common, label, found: foundTypes });
  }
  return pairs;
}

/** Every tuning document proposed against the seeded graph, its candidate pairs labelled. */
async function collectPairs(run: Parameters<Parameters<typeof runTool>[1]>[0]): Promise<TrainingPair[]> {
  const db = await run.throwAwayGraph({ transactionTimeoutMs: 60_000 });
  await seedGraph(db);
  const pairs: TrainingPair[] = [];
  for (const set of TUNING_SETS) {
    for (const file of corpusDocumentFiles(set)) {
      const { document, text } = loadCuratedText(file);
      const request = { text, title: document.source.title, publishedOn: document.source.publishedOn };
      const draft = await proposeDocument(request, proposerGraph(db.runner()));
      const sentences = readText(text);
      const extraction = extract(text, request.publishedOn, sentences, await sharedParser().parse(sentences));
      pairs.push(...labelledPairs(set, path.relative(PROJECT_ROOT, file), text, document, draft, extraction));
    }
  }
  return pairs;
}

/** The cross-validated additions by label and threshold: "added / right". */
function additionsTable(tallies: HeldOutAdditions): string {
  const lines = [`| label | ${THRESHOLDS.map((threshold) => `p ≥ ${threshold}`).join(' | ')} |`, `| --- | ${THRESHOLDS.map(() => '---').join(' | ')} |`];
  for (const [label, byThreshold] of [...tallies.byLabel].sort(([one], [other]) => one.localeCompare(other))) {
    lines.push(`| ${label} | ${THRESHOLDS.map((threshold) => byThreshold.get(threshold)).map((tally) => (tally ? `${tally.right} of ${tally.added}` : '')).join(' | ')} |`);
  }
  return lines.join('\n');
}

const options = { precision: { type: 'string', default: '0.6' }, least: { type: 'string', default: '5' }, pairs: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } as const;

/**
 * `npm run train:relations`: proposes every tuning document against the seeded graph, labels each pair of entities a
 * sentence names from the curation, cross-validates (each set judged by a model trained on the others), keeps the
 * labels whose additions were right at least `--precision` of the time, and writes the model trained on every tuning
 * set to src/features/propose/relation-model.json. `--pairs FILE` keeps the labelled pairs (read when it exists).
 */
runTool({ usage: USAGE, options }, async (run) => {
  const precision = Number(run.values.precision);
  const least = Number(run.values.least);
  if (!(precision > 0 && precision <= 1) || !(least >= 0)) throw new UsageError('--precision must be in (0, 1] and --least a count');
  const cache = run.values.pairs;
  const pairs: TrainingPair[] = cache && fs.existsSync(cache) ? JSON.parse(fs.readFileSync(cache, 'utf8')) : await collectPairs(run);
  if (cache && !fs.existsSync(cache)) fs.writeFileSync(cache, JSON.stringify(pairs));
  const tallies = crossValidate(pairs);
  const thresholds = chooseThresholds(tallies, precision, least);
  process.stdout.write(`${pairs.length} pairs from ${new Set(pairs.map((pair) => pair.document)).size} documents (${TUNING_SETS.join(', ')})\n\nCross-validated additions (right of added):\n\n${additionsTable(tallies)}\n\nThresholds: ${JSON.stringify(thresholds)}\n`);
  if (run.values['dry-run']) return;
  const model = { ...trainModel(pairs), trainedOn: [...TUNING_SETS], thresholds };
  fs.writeFileSync(MODEL_FILE, `${JSON.stringify(model)}\n`);
  process.stdout.write(`Wrote ${path.relative(PROJECT_ROOT, MODEL_FILE)}\n`);
});
