import nlp from 'compromise';
import { HONORIFICS, LEGAL_WORDS } from './propose.lexicon';

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

/** A verb with a tense of its own ("presented", "will"), not a participle or gerund that describes a noun ("state-owned", "interlocking"). */
export const isFiniteVerb = (token: Token): boolean => (token.pos !== undefined ? /^(?:VB[DZP]|MD)$/.test(token.pos) : isVerb(token) && !token.tags.has('Adjective') && !token.tags.has('Gerund'));

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

/** Sentences and words of a text (its reading copy: headings in capitals in title case), from compromise (its English model ships in the npm package). */
export function readText(text: string): Sentence[] {
  const sentences = nlp(readingCopy(text)).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  const shortNames = definedShortNames(text);
  return sentences
    .map((sentence, index) => {
      const tokens = sentence.terms
        .reduce(keepSpacing, [])
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
      for (const token of tokens) if (text.slice(token.end, token.end + token.post.length).includes('|')) token.tags.add(CELL_END);
      tokens.forEach(markNameArticle);
      tokens.forEach(markDateMonth);
      // ('Jinhai Membrane Co., Ltd. ("Jinhai") …. Jinhai and the joint venture signed': a short name the text defines is a
      // name wherever it stands, even where it opens a sentence and the tagger reads a common noun.)
      for (const token of tokens) if (shortNames.has(token.text)) token.tags.add('ProperNoun');
      return { index, start: tokens[0]?.start ?? 0, end: tokens.at(-1)?.end ?? 0, tokens };
    })
    .filter((sentence) => sentence.tokens.length > 0)
    .reduce(joinAfterAbbreviation, [])
    .map((sentence, index) => ({ ...sentence, index }));
}

/**
 * The terms with words, each keeping the spacing of an empty one after it: compromise reads "LVAU's Chenggong campus" as
 * "LVAU is Chenggong campus" and gives the space after "LVAU's" to the empty "is", so the possessive looked glued to the
 * next word.
 */
function keepSpacing(kept: CompromiseTerm[], term: CompromiseTerm): CompromiseTerm[] {
  const last = kept.at(-1);
  if (term.text.length > 0) kept.push(term);
  else if (last) kept[kept.length - 1] = { ...last, post: last.post + term.pre + term.post };
  return kept;
}

/** One-word short names a text defines in brackets and quotes: '("Jinhai")', '(hereinafter "Siam Lotus")' gives none, '(hereinafter "SLD")'. */
function definedShortNames(text: string): Set<string> {
  const defined = text.matchAll(/\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?["“]([\p{Lu}][\p{L}\p{N}-]*)["”]\s*\)/gu);
  return new Set([...defined].map((match) => match[1]));
}

/** The tag of a word spelt as an article that is a name's word: "An Giang" (a Vietnamese province). */
export const NAME_ARTICLE = 'NameArticle';

/**
 * A capitalised "An" between two capitalised words is a syllable of a name ("Nghe An Starch Company", "Hoi An"); and
 * since English writes "an" only before a vowel's sound, so is one before a capitalised word that opens with a
 * consonant other than "h" ("An Giang Institute"; an acronym's letters may sound a vowel: "an MoU", "an NGO").
 */
function markNameArticle(token: Token, index: number, tokens: Token[]): void {
  const [previous, next] = [tokens[index - 1], tokens[index + 1]];
  if (token.text !== 'An' || !next || !/^ +$/.test(token.post) || !isCapitalised(next)) return;
  const inside = previous !== undefined && /^ +$/.test(previous.post) && isCapitalised(previous) && previous.lower !== 'the';
  if (!inside && !/^[B-DF-GJ-NP-TV-Z][a-z]+$/.test(next.text)) return;
  token.tags.add(NAME_ARTICLE);
  token.tags.add('ProperNoun');
}

/** A word that gives a date: a number ("22-26", "2027") or a month ("November"); a programme's dated line opens with one. */
export const isDateWord = (token: Token): boolean => /^\d/.test(token.text) || token.tags.has('Month');

/** Month names, which English also gives people ("June", "April"). */
export const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "on 11 June, Heron Wind …", "June 2031": a month's name after a day's number or before a year is the month, though the tagger read a person. */
function markDateMonth(token: Token, index: number, tokens: Token[]): void {
  const [previous, next] = [tokens[index - 1], tokens[index + 1]];
  const dated = (previous !== undefined && /^\d{1,2}(?:[-–]\d{1,2})?$/.test(previous.text) && /^ +$/.test(previous.post)) || (next !== undefined && /^(?:19|20)\d\d$/.test(next.text) && /^ +$/.test(token.post));
  if (MONTH_NAME.test(token.text) && dated) token.tags.add('Month');
}

/**
 * "Orchid Pharma Sdn. Bhd., it will …": compromise ends a sentence at a legal form's full stop; what goes on with
 * another legal word or a lower-case word is the same sentence. So is a name after a courtesy title it does not know
 * ("Chair: Ir. Dewi Anggraini, …").
 */
function joinAfterAbbreviation(sentences: Sentence[], sentence: Sentence): Sentence[] {
  const previous = sentences.at(-1);
  const last = previous?.tokens.at(-1);
  const first = sentence.tokens[0];
  if (!previous || !last || !/^\./.test(last.post)) return [...sentences, sentence];
  const legalFormGoesOn = LEGAL_WORDS.has(last.lower) && (LEGAL_WORDS.has(first.lower) || !isCapitalised(first));
  const titledName = HONORIFICS.has(last.lower) && isCapitalised(first) && !/\n/.test(last.post);
  // ("under grant No. 2025YFE0203100", "Cold Store No. 2": "No." before a number abbreviates it.)
  const numbered = last.text === 'No' && /^[\p{Lu}\d][\p{Lu}\d/-]*$/u.test(first.text) && /\d/.test(first.text + sentence.tokens[1]?.text) && !/\n/.test(last.post);
  if (!legalFormGoesOn && !titledName && !numbered) return [...sentences, sentence];
  const tokens = [...previous.tokens, ...sentence.tokens.map((token, n) => ({ ...token, index: previous.tokens.length + n }))];
  return [...sentences.slice(0, -1), { ...previous, end: sentence.end, tokens }];
}

/** The last token of a code joined by hyphens or slashes from `from` ("TRLF-2027-041", "PFE/CQ/2027/09"). */
export function codeEnd(tokens: Token[], from: number): number {
  let end = from;
  while (/^[-/]$/.test(tokens[end].post) && tokens[end + 1]) end += 1;
  return end;
}

/** "grant No. TRLF-2027-041", "Cold Store No. 2": where "No." at `at` abbreviates "number", the last token of its code. */
export function numberedCodeEnd(tokens: Token[], at: number): number | undefined {
  const [word, code] = [tokens[at], tokens[at + 1]];
  return word?.text === 'No' && /^\.\s*$/.test(word.post) && code && /^[\p{Lu}\d]/u.test(code.text) ? codeEnd(tokens, at + 1) : undefined;
}

export const isCapitalised = (token: Token) => /^[\p{Lu}\d]/u.test(token.text);
export const isAcronym = (token: Token) => /^[\p{Lu}]{2,}\d*$/u.test(token.text);
/** The gap after a token holds only spaces (or a hyphen: "China-ASEAN" is two tokens). */
export const plainGap = (token: Token) => /^\s*$|^-$/.test(token.post);

/** Where the words at `k` go on past an article: "of the Philippines" from "the" is "Philippines". */
export const pastArticle = (tokens: Token[], k: number): number => (tokens[k]?.lower === 'the' ? k + 1 : k);

/** The word before the name at `first`, an article before it passed: "by the Department" → "by". */
export const beforeArticle = (tokens: Token[], first: number): number => (tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1);

/** "a five-year agreement", "the four-day expo": a span of time joined to its count by a hyphen, at `k`. */
export const isHyphenedDuration = (tokens: Token[], k: number): boolean => /^(?:days?|weeks?|months?|years?)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.post === '-';

/** Words a title keeps in lower case unless they open it. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * A heading in capitals ("MEKONG ENVIRONMENTAL DNA FISH MONITORING PROJECT (MekDNA)"): a line of two or more words
 * whose letters, outside brackets, are all capitals, with no digit (a dateline's date is read as it is) but a part's
 * number before a dash ("WEEK 2 - OPERATION AND MAINTENANCE").
 */
const CAPITALS_HEADING = /^(?:\p{Lu}+ \d+ [-–:] )?(?=[^\n]*\p{Lu}{2}[^\n]*\s\p{Lu}{2})(?:[\p{Lu}'’&,:\-–\s]|\([^()\n]*\))+$/gmu;

/** The headings in capitals of a text, as matched. */
const headingsIn = (text: string) => [...text.matchAll(CAPITALS_HEADING)].filter((match) => match[0].trim().split(/\s+/).length >= 2);

/**
 * A headline in title case ("Haiyun and Bakawan Geodata Form Blue Carbon Joint Venture in the Philippines"): a line of four
 * or more words, each capitalised but the minor ones, with no punctuation to end or label it (a semicolon may join two).
 */
const TITLE_CASE_LINE = /^[^\S\n]*\p{Lu}[^\n.:!?]*[^\s.:;,!?]$/gmu;
const isTitleCase = (line: string) => {
  const words = line.trim().split(/\s+/);
  return words.length >= 4 && words.every((word) => /^[\p{Lu}\d"“'‘(]/u.test(word) || MINOR_WORDS.has(word.toLowerCase()));
};

/**
 * Where the headlines are (each line's span), in capitals or in title case: a name read only there may be a headline's
 * words, not a name.
 */
export function headlines(text: string): { start: number; end: number }[] {
  const titled = [...text.matchAll(TITLE_CASE_LINE)].filter((match) => isTitleCase(match[0]));
  return [...headingsIn(text), ...titled].map((match) => ({ start: match.index!, end: match.index! + match[0].length }));
}

/** How many words an item's number takes at the start of a line: "1. To set up …", "(b) To open …". */
export const numberedItem = (tokens: Token[]): number => (/^(?:\d{1,2}|[a-z])$/.test(tokens[0]?.text ?? '') && /^[.)]\s/.test(tokens[0].post) && /^\(?$/.test(tokens[0].pre.trim()) && tokens.length > 2 ? 1 : 0);

/** What separates a table's cells in a text: " | " ("Partner | Country | Role"). */
const CELL_SEPARATOR = / \| /g;

/** The tag of a word that ends a table's cell ("Mahidol University | Thailand": "University"). */
export const CELL_END = 'CellEnd';

/** The cells of a line, its words split where a table's cells end; a line that is no table's row is one cell. */
export function cellsOf(tokens: Token[]): Token[][] {
  const cells: Token[][] = [[]];
  for (const token of tokens) {
    cells.at(-1)!.push(token);
    if (token.tags.has(CELL_END)) cells.push([]);
  }
  return cells.filter((cell) => cell.length > 0);
}

/** Which of its line's cells the word at `k` is in (0 on a line that is no table's row). */
export const cellOf = (tokens: Token[], k: number): number => tokens.slice(0, k).filter((token) => token.tags.has(CELL_END)).length;

/** A table's row: a line whose cells the text separates ("Mahidol University | Thailand | Work Package 2"). */
export const isTableRow = (tokens: Token[]): boolean => tokens.some((token) => token.tags.has(CELL_END));

/**
 * The text as the proposer reads it: every heading in capitals in title case, and a table's cell separators as
 * semicolons, letter for letter in the same places, so that its words read as a name and no name runs across a cell.
 * A word the text writes in capitals elsewhere ("DNA", "ASEAN") stays so. Quotes are taken from this copy and given
 * back in the text's own letters (`inOriginalLetters`).
 */
export function readingCopy(original: string): string {
  // ("Mahidol University | Thailand | Work Package 2": a table's cell ends where a semicolon would end a list's item.)
  const text = original.replace(CELL_SEPARATOR, ';  ');
  const headings = headingsIn(text);
  if (headings.length === 0) return text;
  const rest = headings.reduce((remaining, match) => remaining.replace(match[0], ' '), text);
  const keptInCapitals = new Set(rest.match(/\b\p{Lu}{2,}\b/gu) ?? []);
  let copy = text;
  for (const match of headings) {
    let first = true;
    const titled = match[0].replace(/\([^()]*\)|[\p{L}'’]+/gu, (word) => {
      if (word.startsWith('(') || keptInCapitals.has(word)) return ((first = false), word);
      const lower = word.toLowerCase();
      const cased = !first && MINOR_WORDS.has(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
      first = false;
      return cased;
    });
    copy = copy.slice(0, match.index) + titled + copy.slice(match.index! + titled.length);
  }
  return copy;
}

/** A quote taken from the reading copy, in the text's own letters (the two differ only in case and separators, place for place). */
export function inOriginalLetters(quote: string, reading: string, text: string): string {
  if (reading === text || text.includes(quote)) return quote;
  const at = reading.indexOf(quote);
  return at < 0 ? quote : text.slice(at, at + quote.length);
}
