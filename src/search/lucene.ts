/** Lucene's query syntax characters; user text is escaped so it can only ever be words. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** The text with every query-syntax character made a space. */
export function withoutLuceneSyntax(text: string): string {
  return text.replace(LUCENE_SPECIAL, ' ');
}

export function luceneTerms(text: string): string[] {
  return withoutLuceneSyntax(text.toLowerCase())
    .split(/\s+/)
    .filter((term) => term.length > 0 && !['and', 'or', 'not', 'to'].includes(term));
}

/**
 * Every term must match, as a whole word or a prefix ("Mahid" finds Mahidol); the exact phrase
 * ranks highest. Abbreviations are aliases, so "CATTC" finds its centre.
 */
export function luceneQuery(text: string): string | undefined {
  const terms = luceneTerms(text);
  if (terms.length === 0) return undefined;
  const everyTerm = terms.map((term) => `(${term} OR ${term}*)`).join(' AND ');
  return terms.length > 1 ? `("${terms.join(' ')}")^4 OR (${everyTerm})` : everyTerm;
}

/**
 * A query every one of `words` must match. A word that is only syntax, or that syntax splits in two
 * ("R&D"), is left out rather than guessed at; undefined when no word is left.
 */
export function luceneAllWords(words: string[]): string | undefined {
  const kept = words.map((word) => withoutLuceneSyntax(word).trim()).filter((word) => word.length > 0 && !/\s/.test(word));
  return kept.length > 0 ? kept.map((word) => `+${word}`).join(' ') : undefined;
}
