import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../../platform/config/config';

/**
 * The questions `ask` is judged on (test/fixtures/ask): a development set the understanding may be tuned
 * on and a test set, in other wordings, frozen before the understanding was written.
 */
export const QUESTIONS_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'ask');
export const QUESTION_SETS = ['dev', 'test'] as const;
export type QuestionSet = (typeof QUESTION_SETS)[number];

/** The frozen test set's SHA-256, in `sha256sum` format. */
export const TEST_QUESTIONS_MANIFEST = path.join(QUESTIONS_DIR, 'test.sha256');

export type RefusalKind = 'UNKNOWN_ENTITY' | 'OUT_OF_SCOPE' | 'OPINION' | 'CHANGE_REQUEST';

export interface AnsweredQuestion {
  id: string;
  question: string;
  refused: false;
  intent: string;
  /** Entities the reading must link. */
  entities: string[];
  /** Entities the answer must name. */
  answer: string[];
  /** Words the answer's text must hold. */
  says: string[];
}

export interface RefusedQuestion {
  id: string;
  question: string;
  refused: true;
  reason: RefusalKind;
}

export type EvalQuestion = AnsweredQuestion | RefusedQuestion;

export const REFUSAL_KINDS: readonly RefusalKind[] = ['UNKNOWN_ENTITY', 'OUT_OF_SCOPE', 'OPINION', 'CHANGE_REQUEST'];

const strings = (value: unknown, where: string): string[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new Error(`${where}: expected a list of strings`);
  return value;
};

function parseQuestion(raw: Record<string, unknown>, where: string): EvalQuestion {
  const { id, question } = raw;
  if (typeof id !== 'string' || typeof question !== 'string' || question.trim() === '') throw new Error(`${where}: id and question are required`);
  if (raw.refused === true) {
    if (!REFUSAL_KINDS.includes(raw.reason as RefusalKind)) throw new Error(`${where}: reason must be one of ${REFUSAL_KINDS.join(', ')}`);
    return { id, question, refused: true, reason: raw.reason as RefusalKind };
  }
  if (typeof raw.intent !== 'string') throw new Error(`${where}: intent is required for a question that must be answered`);
  return { id, question, refused: false, intent: raw.intent, entities: strings(raw.entities, `${where}.entities`), answer: strings(raw.answer, `${where}.answer`), says: strings(raw.says, `${where}.says`) };
}

export function questionsFile(set: QuestionSet): string {
  return path.join(QUESTIONS_DIR, `${set}.yaml`);
}

export function loadQuestions(set: QuestionSet): EvalQuestion[] {
  const file = questionsFile(set);
  const parsed = YAML.parse(fs.readFileSync(file, 'utf8')) as { questions?: Record<string, unknown>[] };
  if (!Array.isArray(parsed?.questions)) throw new Error(`${file}: expected a list under "questions"`);
  return parsed.questions.map((raw, index) => parseQuestion(raw, `${file}: questions[${index}]`));
}

export function hashTestQuestions(): Map<string, string> {
  const name = path.basename(questionsFile('test'));
  return new Map([[name, createHash('sha256').update(fs.readFileSync(questionsFile('test'))).digest('hex')]]);
}

export function readTestQuestionsManifest(): Map<string, string> {
  return new Map(
    fs
      .readFileSync(TEST_QUESTIONS_MANIFEST, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [hash, file] = line.split(/\s+/);
        return [file, hash];
      }),
  );
}
