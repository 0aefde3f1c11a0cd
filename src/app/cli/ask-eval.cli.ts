import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { execute, parse } from 'graphql';
import { runTool, UsageError } from './run-tool';
import { PROJECT_ROOT } from '../../platform/config/config';
import type { Database } from '../../engine/db/database';
import { createContext } from '../context';
import { graphSchema } from '../schema';
import { seedGraph } from '../../engine/seed/seed.service';
import { EVAL_QUERY, scoreAnswer, summarise, type EvaluatedAnswer, type QuestionScore, type SetSummary } from '../../features/ask/ask-eval';
import { QUESTION_SETS, loadQuestions, type QuestionSet } from '../../features/ask/ask-questions';

const USAGE = 'usage: npm run eval:ask [-- --set dev|test|all]   (all, the default, also writes docs/ask.md)';
const REPORT = path.join(PROJECT_ROOT, 'docs', 'ask.md');
/** The targets on unseen questions. */
const TARGETS = { answered: 0.8 };

type SetChoice = QuestionSet | 'all';

function setChoice(set: string): SetChoice {
  if (set !== 'all' && !(QUESTION_SETS as readonly string[]).includes(set)) throw new UsageError(`unknown set "${set}"\n${USAGE}`);
  return set as SetChoice;
}

interface SetResult {
  set: QuestionSet;
  summary: SetSummary;
  scores: QuestionScore[];
  latencies: number[];
}

/** Asks every question of a set through the schema, as a reader. */
async function evaluateSet(db: Database, set: QuestionSet): Promise<SetResult> {
  const schema = await graphSchema();
  const document = parse(EVAL_QUERY);
  const questions = loadQuestions(set);
  const scores: QuestionScore[] = [];
  const latencies: number[] = [];
  for (const question of questions) {
    const started = performance.now();
    const result = await execute({ schema, document, contextValue: createContext(db), variableValues: { question: question.question } });
    latencies.push(performance.now() - started);
    // An error is a wrong answer, recorded with its message; the run goes on.
    const failed: EvaluatedAnswer = { text: `error: ${result.errors?.[0].message}`, sentences: [], refused: false, reason: null, entities: [], citations: [], interpretation: { intent: null, entities: [] } };
    scores.push(scoreAnswer(question, result.errors?.length ? failed : (result.data as { ask: EvaluatedAnswer }).ask));
  }
  return { set, summary: summarise(questions, scores), scores, latencies };
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${part} of ${whole} (${((100 * part) / whole).toFixed(1)} %)`);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

function summaryTable(results: SetResult[]): string {
  const row = (label: string, cell: (result: SetResult) => string) => `| ${label} | ${results.map(cell).join(' | ')} |`;
  return [
    `| measure | ${results.map((result) => result.set).join(' | ')} |`,
    `| --- | ${results.map(() => '---').join(' | ')} |`,
    row('questions', (r) => String(r.summary.questions)),
    row(`answered with the right intent, entities and citations (target ≥ ${TARGETS.answered * 100} %)`, (r) => percent(r.summary.answeredRight, r.summary.answerable)),
    row('must be refused: refused (target: all)', (r) => percent(r.summary.refused, r.summary.mustRefuse)),
    row('— unknown entity', (r) => percent(r.summary.byReason.UNKNOWN_ENTITY.refused, r.summary.byReason.UNKNOWN_ENTITY.total)),
    row('— out of scope', (r) => percent(r.summary.byReason.OUT_OF_SCOPE.refused, r.summary.byReason.OUT_OF_SCOPE.total)),
    row('— opinion, recommendation, prediction or counterfactual (labelled OPINION)', (r) => percent(r.summary.byReason.OPINION.refused, r.summary.byReason.OPINION.total)),
    row('— request to change data', (r) => percent(r.summary.byReason.CHANGE_REQUEST.refused, r.summary.byReason.CHANGE_REQUEST.total)),
    row('refused with the expected reason', (r) => percent(r.summary.reasonRight, r.summary.mustRefuse)),
    row('uncited sentences (target 0)', (r) => String(r.summary.uncitedSentences)),
    row('citations not verbatim in their source (target 0)', (r) => String(r.summary.unquotedCitations)),
    row('time per question in this run, median / max (ms; see the bench for latency)', (r) => `${percentile(r.latencies, 50).toFixed(0)} / ${Math.max(...r.latencies).toFixed(0)}`),
  ].join('\n');
}

function misses(result: SetResult): string {
  const wrong = result.scores.filter((score) => !score.right || score.problems.length > 0);
  const lines = wrong.map((score) => `- ${score.id} "${score.question}": ${[...score.problems, ...(score.text.startsWith('error: ') ? [score.text] : [])].join('; ')}`);
  return `<details><summary>${result.set}: questions not right (${wrong.length})</summary>\n\n${lines.join('\n')}\n\n</details>`;
}

function report(results: SetResult[]): string {
  return `# Questions in plain words: \`ask\` evaluated

Written by \`npm run eval:ask\` (src/app/cli/ask-eval.cli.ts); do not edit by hand. Each question of
test/fixtures/ask is asked through the schema against the seeded graph, without a model, and scored as
test/fixtures/ask/README.md says: an answer is right when it is not refused, it was read with the expected
intent, it links the expected entities, it names every expected answer entity (and any expected words, such as a
quantity with its qualifier), and every sentence has a citation whose quote is verbatim in its source. The test
set was written in other wordings and frozen before the understanding code existed; only the development set was
tuned on (\`npm run eval:ask -- --set dev\`).

${summaryTable(results)}

Questions that ask for an opinion, a recommendation, a prediction, a value judgement or a counterfactual ("Should
Laos join …?", "Is X good for Y?", "What will happen if …?", "Which is better …?") are refused as \`OPINION\`, a
kind of out of scope (a set labelled before that code existed says OUT_OF_SCOPE; the refusal counts as the right
reason), with questions of fact about the same entities offered instead. The development set holds such questions
and questions of fact that merely contain the words ("Would you tell me where …", "Where will I find …", "Do you
know who …"); the classifier was written on those and its unit tests, never on the test set.

${results.map(misses).join('\n\n')}

How questions are read, what is refused, and the optional model: [the analysts' guide](analysts.md#questions-in-plain-words).
`;
}

const options = { set: { type: 'string', default: 'all' } } as const;

runTool({ usage: USAGE, options }, async (run) => {
  const choice = setChoice(run.values.set);
  const sets = choice === 'all' ? [...QUESTION_SETS] : [choice];
  // Correctness is measured here, not speed (that is `npm run bench -- --ask`): a cold Neo4j on a loaded machine may plan slowly.
  const db = await run.throwAwayGraph({ transactionTimeoutMs: 300_000 });
  await seedGraph(db);
  const results: SetResult[] = [];
  for (const set of sets) results.push(await evaluateSet(db, set));
  process.stdout.write(`${summaryTable(results)}\n\n${results.map(misses).join('\n\n')}\n`);
  if (choice === 'all') {
    fs.writeFileSync(REPORT, report(results));
    process.stdout.write(`wrote ${path.relative(PROJECT_ROOT, REPORT)}\n`);
  }
});
