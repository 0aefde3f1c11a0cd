/** What `ask` answers, as the explorer reads it (pure: the unit tests import it). */
import type { NamedEntity } from './view';

const QUESTION_WORDS = /^(how|who|whom|what|which|where|when|why|is|are|was|were|does|do|did|has|have|can|list|show|tell|name)\b/i;

/** Text the search box should send to `ask` rather than to the name search: a question, not a name. */
export function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.endsWith('?') || (QUESTION_WORDS.test(trimmed) && trimmed.split(/\s+/).length >= 3);
}

export interface AskAnswer {
  text: string;
  sentences: string[];
  refused: boolean;
  /** For a refusal: its RefusalReason, and questions of fact to ask instead. */
  reason: string | null;
  suggestions: string[];
  citations: { sentence: number; quote: string; source: { title: string; publisher: string; publishedOn: string } }[];
  entities: NamedEntity[];
  interpretation: { intent: string | null; reading: string; entities: NamedEntity[] };
  query: string | null;
}

/** Each sentence of an answer with the quotes that back it, in order. */
export function citedSentences(answer: AskAnswer): { sentence: string; quotes: AskAnswer['citations'] }[] {
  return answer.sentences.map((sentence, index) => ({ sentence, quotes: answer.citations.filter((citation) => citation.sentence === index) }));
}
