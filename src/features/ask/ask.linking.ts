import type { QueryRunner } from '../../engine/db/database';
import { ENTITY_SEARCH_INDEX } from '../../engine/db/migrations';
import type { EntityType } from '../../engine/model/model';
import { acronymExpansions, lookupsOf, MATCH_RANK, nameCandidates, type NameCandidate } from '../propose/propose.linking';
import { contentWords, type NameMatch } from '../propose/propose.names';
import { proposerGraph } from '../propose/propose.repository';

/**
 * Which of the graph's entities a question names, by the proposer's linking (names, aliases, variants,
 * acronyms) and one rule of its own: a question may shorten a name ("Mahidol", "the ninth forum") to some of
 * its words, which then must belong to one entity's name only (a PARTIAL match).
 */

export interface LinkedMention {
  /** The words as the question writes them, and where. */
  text: string;
  start: number;
  end: number;
  id: string;
  name: string;
  type: EntityType;
  matchedBy: NameMatch | 'PARTIAL';
}

export interface QuestionLinks {
  mentions: LinkedMention[];
  /** Capitalised names the graph holds no entity for ("Harvard University"). */
  unknown: string[];
  /** Shortened names several entities share, with their candidates' names. */
  ambiguous: { text: string; options: string[] }[];
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Words that ask, join or point; a name the question uses starts and ends with none of them. */
const FUNCTION_WORDS = new Set(
  ('a an the of and or for on in at to by with from into about as is are was were be been being am do does did has have had ' +
    'who whom whose what which where when why how many much there this that these those it its their they them me my you your we our i ' +
    'can could would should will shall may might must please tell show list name give find any all some other both each ' +
    "since after before between not no yes than more most also only just did i'd i'm").split(' '),
);
/** Joining words a name may hold inside ("Department of Science and Technology of Guangxi"). */
const INNER_WORDS = new Set(['of', 'and', 'for', 'on', 'in', 'at', 'the', '&', 'to']);
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

const ORDINALS: Record<string, string> = {
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th', tenth: '10th',
  eleventh: '11th', twelfth: '12th', thirteenth: '13th', fourteenth: '14th', fifteenth: '15th', twentieth: '20th',
};
/** Spellings a question may use for a name's word. */
const SPELLINGS: Record<string, string> = { ...ORDINALS, lab: 'laboratory', labs: 'laboratories', centre: 'center', centres: 'centers', programme: 'program' };

/** The question's words, with the spellings names use ("ninth" → "9th", "lab" → "laboratory"). */
function wordsOf(question: string): Word[] {
  return [...question.matchAll(/[\p{L}\p{N}]+(?:[-'’&.][\p{L}\p{N}]+)*/gu)].map((match) => {
    const spelt = SPELLINGS[match[0].toLowerCase()];
    return { text: spelt ?? match[0], lower: (spelt ?? match[0]).toLowerCase(), start: match.index, end: match.index + match[0].length };
  });
}

const isCapitalised = (word: Word) => /^\p{Lu}/u.test(word.text) || /^\d+(st|nd|rd|th)$/.test(word.lower);

const KNOWN_WORDS = `
UNWIND $words AS word
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', word, {limit: 1}) YIELD node
RETURN DISTINCT word`;

/** Which of the words some entity's name or alias holds. */
async function knownWords(db: QueryRunner, words: string[]): Promise<Set<string>> {
  const terms = [...new Set(words.flatMap((word) => contentWords(word)))].filter((term) => /^[\p{L}\p{N}']+$/u.test(term));
  if (terms.length === 0) return new Set();
  const rows = await db.read(KNOWN_WORDS, { words: terms.map((term) => term.replace(/'/g, '')) });
  return new Set(rows.map((row) => row.word as string));
}

interface Span {
  first: number;
  last: number;
  text: string;
}

/** Every run of words that may be a name: it starts and ends with a word the graph's names hold, holding only such words and joining words. */
function candidateSpans(question: string, words: Word[], known: Set<string>): Span[] {
  const isKnown = (word: Word) => !FUNCTION_WORDS.has(word.lower) && contentWords(word.text).every((term) => known.has(term.replace(/'/g, '')));
  const spans: Span[] = [];
  for (let first = 0; first < words.length; first += 1) {
    if (!isKnown(words[first])) continue;
    for (let last = first; last < words.length && last - first < 16; last += 1) {
      const word = words[last];
      if (!isKnown(word) && !INNER_WORDS.has(word.lower)) break;
      if (isKnown(word)) spans.push({ first, last, text: spanText(question, words, first, last) });
    }
  }
  return spans;
}

/** The span's text with the names' spellings, as written otherwise. */
function spanText(question: string, words: Word[], first: number, last: number): string {
  let text = '';
  for (let index = first; index <= last; index += 1) text += (index > first ? question.slice(words[index - 1].end, words[index].start) : '') + words[index].text;
  return text;
}

interface Resolution {
  span: Span;
  rank: number;
  candidates: NameCandidate[];
}

/** The span's best candidates: variant matches first; else those whose names hold its words with the fewest words besides. */
function resolve(span: Span, candidates: NameCandidate[]): Resolution | undefined {
  const matched = candidates.filter((candidate) => candidate.matchedBy !== undefined);
  if (matched.length > 0) {
    const rank = Math.min(...matched.map((candidate) => MATCH_RANK[candidate.matchedBy!]));
    return { span, rank, candidates: matched.filter((candidate) => MATCH_RANK[candidate.matchedBy!] === rank) };
  }
  // A name shortened to one word is a proper word ("Mahidol", "Beidou"), not a common one ("new", "network").
  if (candidates.length === 0 || (span.first === span.last && !/^\p{Lu}/u.test(span.text))) return undefined;
  const extra = (candidate: NameCandidate) => Math.min(...candidate.names.map((name) => contentWords(name).length)) - contentWords(span.text).length;
  const fewest = Math.min(...candidates.map(extra));
  return { span, rank: 3, candidates: candidates.filter((candidate) => extra(candidate) === fewest) };
}

/** Capitalised runs of the question ("Kunming Biotech Forum"), months and function words set aside. */
function capitalisedRuns(words: Word[]): Span[] {
  const runs: Span[] = [];
  let index = 0;
  while (index < words.length) {
    const starts = isCapitalised(words[index]) && !MONTHS.test(words[index].lower) && !FUNCTION_WORDS.has(words[index].lower);
    if (!starts) {
      index += 1;
      continue;
    }
    let last = index;
    while (last + 1 < words.length && (isCapitalised(words[last + 1]) || (INNER_WORDS.has(words[last + 1].lower) && words[last + 2] && isCapitalised(words[last + 2])))) last += 1;
    runs.push({ first: index, last, text: '' });
    index = last + 1;
  }
  return runs;
}

/** Links the question's names to the graph: longest names first, then the best match; a shortened name must name one entity. */
export async function linkQuestion(db: QueryRunner, question: string): Promise<QuestionLinks> {
  const words = wordsOf(question);
  const spans = candidateSpans(question, words, await knownWords(db, words.map((word) => word.text)));
  const graph = proposerGraph(db);
  const expansions = await acronymExpansions(graph, [], spans.map((span) => span.text));
  const candidates = await nameCandidates(graph, spans.flatMap((span) => lookupsOf(span.text, expansions)));
  const resolutions = spans
    .flatMap((span) => resolve(span, candidates.get(span.text) ?? []) ?? [])
    .sort((a, b) => b.span.last - b.span.first - (a.span.last - a.span.first) || a.rank - b.rank || a.span.first - b.span.first);
  const taken = new Set<number>();
  const chosen: Resolution[] = [];
  const ambiguous: QuestionLinks['ambiguous'] = [];
  for (const resolution of resolutions) {
    const { first, last } = resolution.span;
    if (Array.from({ length: last - first + 1 }, (_, n) => first + n).some((index) => taken.has(index))) continue;
    if (resolution.candidates.length !== 1) {
      ambiguous.push({ text: resolution.span.text, options: resolution.candidates.map((candidate) => candidate.name) });
      continue;
    }
    for (let index = first; index <= last; index += 1) taken.add(index);
    chosen.push(resolution);
  }
  // A capitalised name the links cover only in part is a name the graph does not know; a shortened link inside it is no link.
  const unknown: string[] = [];
  for (const run of capitalisedRuns(words)) {
    // The question's first word is capitalised anyway: it never counts as an unknown name.
    const uncovered = Array.from({ length: run.last - run.first + 1 }, (_, n) => run.first + n).filter((index) => index > 0 && !taken.has(index) && !INNER_WORDS.has(words[index].lower));
    if (uncovered.length === 0) continue;
    unknown.push(question.slice(words[Math.max(run.first, 1)].start, words[run.last].end));
    chosen.splice(0, chosen.length, ...chosen.filter((resolution) => resolution.rank < 3 || resolution.span.last < run.first || resolution.span.first > run.last));
  }
  const mentions = chosen
    .sort((a, b) => a.span.first - b.span.first)
    .map(({ span, rank, candidates: [candidate] }) => ({
      text: question.slice(words[span.first].start, words[span.last].end),
      start: words[span.first].start,
      end: words[span.last].end,
      id: candidate.id,
      name: candidate.name,
      type: candidate.type,
      matchedBy: rank === 3 ? ('PARTIAL' as const) : candidate.matchedBy!,
    }));
  const seen = new Set(mentions.map((mention) => mention.text));
  return { mentions, unknown, ambiguous: ambiguous.filter((item) => !seen.has(item.text) && !mentions.some((mention) => mention.text.includes(item.text))) };
}
