/*
 * The query syntax of Neo4j's full-text (Lucene) indexes, for every query built from people's text:
 * the search (search/lucene.ts) and the proposer's name look-ups. Text is made words, never syntax.
 */

/** Lucene's query syntax characters. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Lucene's operators, which are operators only in capitals ("SCIENCE AND TECHNOLOGY"). */
const LUCENE_OPERATORS = /\b(?:AND|OR|NOT|TO)\b/g;

/**
 * The text with every query-syntax character made a space, and the operator words in lower case: the index's analyser
 * lowers every term anyway, so they still match as words.
 */
export function withoutLuceneSyntax(text: string): string {
  return text.replace(LUCENE_SPECIAL, ' ').replace(LUCENE_OPERATORS, (word) => word.toLowerCase());
}

/**
 * A query every one of `words` must match. A word that is only syntax, or that syntax splits in two
 * ("R&D"), is left out rather than guessed at; undefined when no word is left.
 */
export function luceneAllWords(words: string[]): string | undefined {
  const kept = words.map((word) => withoutLuceneSyntax(word).trim()).filter((word) => word.length > 0 && !/\s/.test(word));
  return kept.length > 0 ? kept.map((word) => `+${word}`).join(' ') : undefined;
}
