import { REFUSAL_KINDS, type EvalQuestion, type RefusalKind } from './ask-questions';

/** What the evaluation reads of an answer (the `ask` fields it selects). */
export interface EvaluatedAnswer {
  text: string;
  sentences: string[];
  refused: boolean;
  reason: string | null;
  entities: { id: string }[];
  citations: { sentence: number; quote: string; source: { text: string } }[];
  interpretation: { intent: string | null; entities: { id: string }[] };
}

export interface QuestionScore {
  id: string;
  question: string;
  mustRefuse: boolean;
  /** Answered with the right intent, entities and citations, or refused when it must be. */
  right: boolean;
  /** Refused with the expected reason (refusals only). */
  reasonRight: boolean;
  uncitedSentences: number;
  /** Citations whose quote is not verbatim in its source. */
  unquotedCitations: number;
  problems: string[];
  text: string;
}

/** OPINION is a kind of OUT_OF_SCOPE: a set that expects OUT_OF_SCOPE accepts the finer reason. */
function reasonFits(expected: RefusalKind, given: string | null): boolean {
  return given === expected || (expected === 'OUT_OF_SCOPE' && given === 'OPINION');
}

/** Scores one answer against its question's expectations (test/fixtures/ask/README.md). */
export function scoreAnswer(question: EvalQuestion, answer: EvaluatedAnswer): QuestionScore {
  const cited = new Set(answer.citations.map((citation) => citation.sentence));
  const uncitedSentences = answer.refused ? 0 : answer.sentences.filter((_, index) => !cited.has(index)).length;
  const unquotedCitations = answer.citations.filter((citation) => !citation.source.text.includes(citation.quote)).length;
  const problems: string[] = [];
  if (uncitedSentences > 0) problems.push(`${uncitedSentences} uncited sentence(s)`);
  if (unquotedCitations > 0) problems.push(`${unquotedCitations} quote(s) not verbatim`);
  if (question.refused) {
    if (!answer.refused) problems.push('answered, must be refused');
    const reasonRight = answer.refused && reasonFits(question.reason, answer.reason);
    if (answer.refused && !reasonRight) problems.push(`refused as ${answer.reason}, expected ${question.reason}`);
    return { id: question.id, question: question.question, mustRefuse: true, right: answer.refused, reasonRight, uncitedSentences, unquotedCitations, problems, text: answer.text };
  }
  if (answer.refused) problems.push(`refused (${answer.reason})`);
  if (answer.interpretation.intent !== question.intent) problems.push(`read as ${answer.interpretation.intent ?? 'nothing'}, expected ${question.intent}`);
  const linked = new Set(answer.interpretation.entities.map((entity) => entity.id));
  const missingLinks = question.entities.filter((id) => !linked.has(id));
  if (missingLinks.length > 0) problems.push(`not linked: ${missingLinks.join(', ')}`);
  const named = new Set(answer.entities.map((entity) => entity.id));
  const missingAnswers = question.answer.filter((id) => !named.has(id));
  if (missingAnswers.length > 0) problems.push(`answer lacks: ${missingAnswers.join(', ')}`);
  const missingWords = question.says.filter((words) => !answer.text.includes(words));
  if (missingWords.length > 0) problems.push(`text lacks: ${missingWords.join(', ')}`);
  return { id: question.id, question: question.question, mustRefuse: false, right: problems.length === 0, reasonRight: false, uncitedSentences, unquotedCitations, problems, text: answer.text };
}

export interface SetSummary {
  questions: number;
  answerable: number;
  answeredRight: number;
  mustRefuse: number;
  refused: number;
  reasonRight: number;
  uncitedSentences: number;
  unquotedCitations: number;
  byReason: Record<RefusalKind, { total: number; refused: number }>;
}

export function summarise(questions: EvalQuestion[], scores: QuestionScore[]): SetSummary {
  const byReason = Object.fromEntries(REFUSAL_KINDS.map((kind) => [kind, { total: 0, refused: 0 }])) as SetSummary['byReason'];
  questions.forEach((question, index) => {
    if (!question.refused) return;
    byReason[question.reason].total += 1;
    if (scores[index].right) byReason[question.reason].refused += 1;
  });
  const refusals = scores.filter((score) => score.mustRefuse);
  const answerable = scores.filter((score) => !score.mustRefuse);
  return {
    questions: scores.length,
    answerable: answerable.length,
    answeredRight: answerable.filter((score) => score.right).length,
    mustRefuse: refusals.length,
    refused: refusals.filter((score) => score.right).length,
    reasonRight: refusals.filter((score) => score.reasonRight).length,
    uncitedSentences: scores.reduce((sum, score) => sum + score.uncitedSentences, 0),
    unquotedCitations: scores.reduce((sum, score) => sum + score.unquotedCitations, 0),
    byReason,
  };
}

/** The selection the evaluation asks for: what it scores, as a client would. */
export const EVAL_QUERY = `query Evaluate($question: String!) {
  ask(question: $question) {
    text sentences refused reason
    entities { id }
    citations { sentence quote source { text } }
    interpretation { intent entities { id } }
  }
}`;
