import { withoutLuceneSyntax } from '../../engine/db/lucene';

/** The words of a search text, syntax and Lucene's operators left out. */
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
