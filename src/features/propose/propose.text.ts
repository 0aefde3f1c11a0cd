import nlp from 'compromise';
import { LEGAL_WORDS } from './propose.lexicon';

/** One word as compromise reads it, with its place in the text and its part-of-speech tags. */
export interface Token {
  /** Index within its sentence. */
  index: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Punctuation and spaces before and after the word, as written. */
  pre: string;
  post: string;
  tags: Set<string>;
  /** Where the parser's named-entity recogniser puts the token: B where a name begins, I inside one, O outside (when it ran). */
  entity?: 'B' | 'I' | 'O';
  /** The label the recogniser gives the name the token is in ("ORG", "GPE"…; "" outside one; when it ran). */
  entityLabel?: string;
  /** The parser's part-of-speech tag (Penn Treebank: VB, VBZ, NNS…), when it ran; compromise's tags guess less well at verbs. */
  pos?: string;
}

/** A verb, by the parser's tag where it ran ("and help Lao companies": compromise reads "help" as a noun), else compromise's. */
export const isVerb = (token: Token | undefined): boolean => (token?.pos !== undefined ? token.pos.startsWith('VB') : !!token?.tags.has('Verb'));

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Sentences and words of a text, from compromise (its English model ships in the npm package). */
export function readText(text: string): Sentence[] {
  const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  return sentences
    .map((sentence, index) => {
      const tokens = sentence.terms
        .filter((term) => term.text.length > 0)
        .map((term, position) => ({
          index: position,
          text: term.text,
          lower: term.text.toLowerCase(),
          start: term.offset.start,
          end: term.offset.start + term.offset.length,
          pre: term.pre,
          post: term.post,
          tags: new Set(term.tags),
        }));
      return { index, start: tokens[0]?.start ?? 0, end: tokens.at(-1)?.end ?? 0, tokens };
    })
    .filter((sentence) => sentence.tokens.length > 0)
    .reduce(joinAfterLegalForm, [])
    .map((sentence, index) => ({ ...sentence, index }));
}

/**
 * "Orchid Pharma Sdn. Bhd., it will …": compromise ends a sentence at a legal form's full stop; what goes on with
 * another legal word or a lower-case word is the same sentence.
 */
function joinAfterLegalForm(sentences: Sentence[], sentence: Sentence): Sentence[] {
  const previous = sentences.at(-1);
  const last = previous?.tokens.at(-1);
  const first = sentence.tokens[0];
  if (!previous || !last || !LEGAL_WORDS.has(last.lower) || !/^\./.test(last.post) || !(LEGAL_WORDS.has(first.lower) || !isCapitalised(first))) return [...sentences, sentence];
  const tokens = [...previous.tokens, ...sentence.tokens.map((token, n) => ({ ...token, index: previous.tokens.length + n }))];
  return [...sentences.slice(0, -1), { ...previous, end: sentence.end, tokens }];
}

export const isCapitalised = (token: Token) => /^[\p{Lu}\d]/u.test(token.text);
export const isAcronym = (token: Token) => /^[\p{Lu}]{2,}\d*$/u.test(token.text);
/** The gap after a token holds only spaces (or a hyphen: "China-ASEAN" is two tokens). */
export const plainGap = (token: Token) => /^\s*$|^-$/.test(token.post);
