import { EntityType } from '../../engine/model/model';
import type { PropertyMap } from '../../engine/documents/document.format';
import { capitalCityOf, capitalOf, cityOf, countryNamed, countryOfDemonym } from './propose.gazetteer';
import { BODY_HEADS, COLLECTIVE_HEADS, COMPLEMENTS, COUNT_WORDS, DIRECTION_WORDS, EVENT_ROLE_PLURALS, FIELD_HEADS, FIELD_WORDS, FIXED_PAIRS, FUNCTION_WORDS, GENERIC_MODIFIERS, HEADS, HONORIFICS, UNIT_HEADS, LANGUAGES, LEGAL_PREFIXES, LEGAL_WORDS, MODALS, NAME_CONNECTORS, NAME_ONLY_HEADS, FOUNDING_PARTICIPLES, OFFICE_WORDS, PARTY_WORDS, POSSESSIVE_DETERMINERS, PEOPLE_NOUNS, PEOPLE_PLURAL, REFERENCE_HEADS, ROLE_NOUNS, VENUE_NOUNS, WORLD_REGIONS, type HeadRule } from './propose.lexicon';
import { coreName, displayName, nameKey, nameWords, withoutRegionDesignators, withoutStateDesignator } from './propose.names';
import { MONTH_NAME, NAME_ARTICLE, beforeArticle, codeEnd, isAcronym, isCapitalised, isDateWord, isVerb, numberedCodeEnd, pastArticle, plainGap, type Sentence, type Token } from './propose.text';

/** A phrase of one sentence that names something, with what the proposer makes of it. */
export interface Mention {
  sentence: Sentence;
  first: number;
  last: number;
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** The name it proposes (no leading "the", no quotes, no counts). */
  name: string;
  type: EntityType | undefined;
  kind: string | undefined;
  properties: PropertyMap;
  confidence: number;
  reason: string;
  /** A 'reference' is a definite description ("the center", "the two universities") resolved to an entity named before it. */
  form: 'name' | 'title' | 'slogan' | 'phrase' | 'group-list' | 'domain' | 'dateline' | 'reference';
  /** Inside a longer name ("Bangkok" in "… Center Bangkok Innovation Center"). */
  nested: boolean;
  /** For a reference: how many entities it points at ("the two universities": 2); unknown for a bare plural. */
  antecedents?: number;
  /** Filled when the mention is resolved to an entity of the draft. */
  entityId?: string;
  /** A phrase in small letters that describes one thing and does not name it ("the processing station", "a working group"). */
  describesOne?: boolean;
}

const tokenText = (text: string, sentence: Sentence, first: number, last: number) => text.slice(sentence.tokens[first].start, sentence.tokens[last].end);

// ("On 9 March, the Ministry …": the tagger reads a month before a comma as a date, not a month. "Today Heron University
// signed …": a day said relative to now opens the sentence, not the name.)
const isMonth = (token: Token) => token.tags.has('Month') || token.tags.has('WeekDay') || (token.tags.has('Date') && MONTH_NAME.test(token.text)) || /^(?:today|yesterday|tomorrow|tonight)$/.test(token.lower);

/** A capitalised word that can be part of a name. */
export function isNameWord(token: Token | undefined): boolean {
  // "US$2.39 million": an amount, not a name.
  return !!token && isCapitalised(token) && (!FUNCTION_WORDS.has(token.lower) || token.tags.has(NAME_ARTICLE)) && !isMonth(token) && !/^\d/.test(token.text) && !/[$€£¥₫฿]/.test(token.text);
}

/** "HeronSeed", "AgriLink": a capital inside a word marks a brand, wherever it stands. */
const isCamelCase = (token: Token) => /^\p{Lu}[\p{Ll}\d]+\p{Lu}/u.test(token.text);

/** Currencies written before an amount ("RM 4.5 million", "USD 2 million"), which are no words of a name. */
export const CURRENCY_CODES = new Set(['RM', 'MYR', 'USD', 'US$', 'RMB', 'CNY', 'THB', 'VND', 'IDR', 'PHP', 'SGD', 'EUR', 'KHR', 'LAK', 'MMK', 'BND']);
const isCurrencyBeforeAmount = (tokens: Token[], index: number) => CURRENCY_CODES.has(tokens[index].text) && /^\d/.test(tokens[index + 1]?.text ?? '');

function startsName(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  // "Co-organisers:", "Co-hosted by": a capitalised prefix of a lower-case word names nothing ("Shenzhen-based" names a place).
  if (token.post === '-' && tokens[index + 1] && !isCapitalised(tokens[index + 1]) && !namesASeat(tokens, index)) return false;
  if (token.tags.has('Ordinal') && isNameWord(tokens[index + 1]) && /^\d+(st|nd|rd|th)$/i.test(token.text)) return true;
  if (!isNameWord(token) || isCurrencyBeforeAmount(tokens, index)) return false;
  // A sentence's first word is capitalised anyway: only names the lexicon knows, acronyms, or a noun
  // another name word follows ("Qilin Science … Plan") start there.
  if (index > 0 || isAcronym(token) || isCamelCase(token) || token.tags.has('Place') || token.tags.has('Country') || (token.tags.has('ProperNoun') && !token.tags.has('Verb'))) return true;
  // "Ban Saeng University co-founded …": capitalised words that run into a head word are a name, whatever the first one's tag;
  // so are those that run into a legal form ("Kite Nikel Co., Ltd. signed").
  const run = isNameWord(tokens[1]) && plainGap(token) ? runAhead(tokens, 1) : -1;
  // ("Kite Robotics (Shenzhen) Co., Ltd. joined": or into the seat in brackets before one.)
  const legal = run > 0 && (LEGAL_WORDS.has(tokens[run].lower) || (run + 1 < tokens.length && seatBeforeLegalForm(tokens, run + 1))) && tokens.slice(1, run).every((word) => word.lower !== 'and' && word.lower !== '&');
  // ("Kapuas Drone Services was also admitted …": or into the sentence's finite verb, as a subject's name does.)
  const subject = run > 0 && !!tokens[run + 1] && !isCapitalised(tokens[run + 1]) && /^(?:was|is|were|are|has|have|had|will)$/.test(tokens[run + 1].lower);
  if (run > 0 && (hasHead(tokens, 1, run, 0) || legal || subject)) return true;
  // "- Universitas Indonesia", "Universiti Malaya hosted …": a head word the name opens with, as the region's languages put it.
  if (isNameWord(tokens[1]) && plainGap(token) && LEADING_HEADS.has(token.lower)) return true;
  const noun = !token.tags.has('Verb') && !token.tags.has('Adverb') && !token.tags.has('Pronoun') && !token.tags.has('Plural');
  // ("- Faculty of Pharmacy, X University": a unit's word opens its name as a head word does.)
  const opensName = HEADS[token.lower] !== undefined || UNIT_HEADS.has(token.lower);
  // ("Workshop on Reefer Rail Operations": an event's word opens its name before what it is on, whatever its tag.)
  const event = HEADS[token.lower]?.type === EntityType.Event;
  const linked = tokens[index + 1]?.lower === 'of' || (tokens[index + 1]?.lower === 'on' && event);
  return (noun || event) && plainGap(token) && ((noun && isNameWord(tokens[index + 1])) || (opensName && linked && isNameWord(tokens[index + 2])));
}

/** Words that open an island's name in the region's languages: "Pulau Serai", "Koh Kong" (English puts "Island" last). */
const ISLAND_WORDS = new Set(['pulau', 'koh', 'ko', 'isla', 'nusa']);
/** Heads of the names of lands larger than a town: "the Mekong Delta", "the Khorat Plateau", "the Klang Valley". */
const LANDFORM_WORDS = new Set(['delta', 'plateau', 'valley', 'basin', 'highlands', 'lowlands', 'peninsula']);

/** "Shenzhen-based", "Hanoi-headquartered": a place's name, at `k`, joined to a word that says something is there. */
export const namesASeat = (tokens: Token[], k: number): boolean => tokens[k]?.post === '-' && /^(?:based|headquartered|registered)$/.test(tokens[k + 1]?.lower ?? '');

/** Head words a name opens with in the region's languages: "Universitas Indonesia", "Institut Pertanian Bogor". */
const LEADING_HEADS = new Set(['universitas', 'universiti', 'institut', 'politeknik', 'kolej', 'akademi', 'sekolah']);
/** The English word for each: what the text calls it when it refers back ("the university"). */
const ENGLISH_HEADS: Record<string, string> = { universitas: 'university', universiti: 'university', institut: 'institute', politeknik: 'polytechnic', kolej: 'college', akademi: 'academy', sekolah: 'school' };

/** The name-rule for a head word in this phrase, if the phrase satisfies it. */
export function headRule(word: string, phrase: string): HeadRule | undefined {
  const rule = HEADS[word];
  return rule && (!rule.requires || rule.requires.test(phrase)) ? rule : undefined;
}

/**
 * Where the words from `first` to `last` hold a head word, by the rule the phrase from `phraseFrom` satisfies (a word
 * before `first` may be what the rule requires: "Training Course on …" opening a sentence).
 */
function headsAt(tokens: Token[], first: number, last: number, phraseFrom = first): number[] {
  const phrase = tokens.slice(phraseFrom, last + 1).map((token) => token.lower).join(' ');
  return tokens.slice(first, last + 1).flatMap((token, n) => (headRule(token.lower, phrase) !== undefined ? [first + n] : []));
}

const hasHead = (tokens: Token[], first: number, last: number, phraseFrom = first): boolean => headsAt(tokens, first, last, phraseFrom).length > 0;

/** "Science Ministers' Roundtable", "Farmers' Cooperative": a plural's possessive before `k`, which a name goes on over. */
const pluralPossessiveBefore = (tokens: Token[], k: number): boolean => /^['’]\s+$/.test(tokens[k - 1].post + tokens[k].pre) && /s$/.test(tokens[k - 1].lower);

/** How far a name goes on from `from` (name words and connectors, no commas). */
function runAhead(tokens: Token[], from: number): number {
  let last = from;
  // A bracket opens in the next word's "pre" ("Innovation (MISTI)"): it ends the run as a comma does.
  for (let k = from + 1; k < tokens.length && (plainGap(tokens[k - 1]) || pluralPossessiveBefore(tokens, k)) && !tokens[k].pre.trim(); k += 1) {
    if (isNameWord(tokens[k])) last = k;
    else if (!NAME_CONNECTORS.has(tokens[k].lower)) break;
  }
  return last;
}

/** The last of the name words that run from `from` (before `from` when there are none). */
function nameWordsEnd(tokens: Token[], from: number): number {
  let last = from - 1;
  while (isNameWord(tokens[last + 1]) && (last < from || plainGap(tokens[last]))) last += 1;
  return last;
}

/**
 * A head word where a name puts it: last, before its complement ("Institute of …") or first in the region's languages
 * ("Universiti Malaya"). "Space Information" has none: a head word another noun follows only modifies it.
 */
function hasPlacedHead(tokens: Token[], first: number, last: number): boolean {
  const placed = (k: number) => k === last || COMPLEMENTS.has(tokens[k + 1].lower) || NAME_CONNECTORS.has(tokens[k + 1].lower) || (k === first && LEADING_HEADS.has(tokens[k].lower));
  return headsAt(tokens, first, last).some(placed);
}

/** "(Shenzhen)" in "SkyFarm Robotics (Shenzhen) Co., Ltd.": a company's seat in brackets, at `k`, before its legal form. */
const seatBeforeLegalForm = (tokens: Token[], k: number): boolean =>
  /^\s*\($/.test(tokens[k - 1].post + tokens[k].pre) && isCapitalised(tokens[k]) && /^\)\s*$/.test(tokens[k].post) && LEGAL_WORDS.has(tokens[k + 1]?.lower ?? '');

/** "PT Hongda Nusantara Battery Materials": a legal form before a company's name, with the name after it. */
const legalPrefixAt = (tokens: Token[], first: number, last: number): boolean => last > first && LEGAL_PREFIXES.has(tokens[first].text);

/** A name complete by itself: it has a head word where a name puts it, or names a country or region in its official form. */
function isWholeName(tokens: Token[], first: number, last: number): boolean {
  // "Voltara Energy Co., Ltd.": a legal form completes a company's name whatever its words.
  const legalNext = LEGAL_WORDS.has(tokens[last + 1]?.lower ?? '') || (tokens[last + 1] !== undefined && seatBeforeLegalForm(tokens, last + 1));
  if (hasPlacedHead(tokens, first, last) || LEGAL_WORDS.has(tokens[last].lower) || legalNext || legalPrefixAt(tokens, first, last)) return true;
  const words = tokens.slice(first, last + 1).map((token, n, all) => token.text + (n < all.length - 1 ? token.post : '')).join('');
  const region = withoutRegionDesignators(words);
  return (last > first && countryNamed(words) !== undefined) || (region !== words && !/\s(?:of|for|on)\s/.test(region));
}

const standsAlone = (token: Token) => isAcronym(token) || countryNamed(token.text) !== undefined;
/** A word the gazetteers or the tagger know as a place: "Sarawak", "Yunnan", "Hanoi". */
const isKnownPlace = (token: Token) => countryNamed(token.text) !== undefined || capitalOf(token.text) !== undefined || ['Place', 'Region', 'City'].some((tag) => token.tags.has(tag));

/**
 * Whether "and" ends a name or joins its parts: "Chinese Academy of Sciences and Mahidol University"
 * are two (both sides have a head), "Guangxi and ASEAN" are two (single words), "Department of Science
 * and Technology" is one.
 */
function splitsAtAnd(tokens: Token[], first: number, andIndex: number, next: number): boolean {
  // "… Exhibition of the Belt and Road Universities": a name's fixed pair is never two names.
  if (FIXED_PAIRS.has(`${tokens[andIndex - 1].lower} and ${tokens[next].lower}`)) return false;
  // "Professor Zhou of the Heron Academy of Sciences and Dr. Anong Srisuk": a courtesy title opens a person, after the name.
  if (isHonorific(tokens[next])) return true;
  // "… Corporation of the Philippines and Hanoi-based Song Da …": where the next one is based describes it, after the name.
  if (tokens[next].post === '-' && /^(?:based|headquartered)$/.test(tokens[next + 1]?.lower ?? '')) return true;
  // "Heron Motors and PT Tern Listrik": a legal form that opens a company's name opens a second name.
  if (legalPrefixAt(tokens, next, runAhead(tokens, next))) return true;
  // The right conjunct ends before the next "and": "College of Agriculture and Forestry and Guangxi University".
  const run = runAhead(tokens, next);
  const nextAnd = tokens.findIndex((token, index) => index > next && index <= run && token.lower === 'and');
  const rightEnd = nextAnd > 0 ? nextAnd - 1 : run;
  // "the 3rd Smart Port and Shipping Technology Forum": an ordinal counts an event's editions, so the words it leads
  // up to an event's head word are one name.
  if (tokens[first].tags.has('Ordinal') && !headsAt(tokens, first, andIndex - 1).some((k) => HEADS[tokens[k].lower].type === EntityType.Event) && HEADS[tokens[rightEnd].lower]?.type === EntityType.Event) return false;
  // A left conjunct whole only by a head that is also a field ("National Research and Innovation Agency") goes on.
  const fieldOnly = hasHead(tokens, first, andIndex - 1) && tokens.slice(first, andIndex).every((token) => FIELD_HEADS.has(token.lower) || !hasHead(tokens, token.index, token.index));
  // "Institute of Aquaculture and Fisheries Research": fields on both sides of "and" inside a complement are one list of fields.
  let complement = andIndex - 1;
  while (complement > first && !COMPLEMENTS.has(tokens[complement].lower)) complement -= 1;
  const fieldsOnly = (from: number, to: number) => from <= to && tokens.slice(from, to + 1).every((token) => FIELD_WORDS.has(token.lower));
  if (complement > first && fieldsOnly(complement + 1, andIndex - 1) && fieldsOnly(next, rightEnd)) return false;
  // ("Institute for Water Supply and Sanitation Research": so are two phrases without a head of their own, the right one
  // ending in a field's word.)
  const headless = (from: number, to: number) => from <= to && tokens.slice(from, to + 1).every((token) => FIELD_HEADS.has(token.lower) || !hasHead(tokens, token.index, token.index));
  if (complement > first && headless(complement + 1, andIndex - 1) && FIELD_WORDS.has(tokens[rightEnd].lower) && headless(next, rightEnd)) return false;
  if (!fieldOnly && isWholeName(tokens, first, andIndex - 1) && (isWholeName(tokens, next, rightEnd) || (rightEnd === next && standsAlone(tokens[next])))) return true;
  // ("Sichuan Tianfu Thermal Equipment Group and Mayon Renewables, Inc.": a group of companies, then a company's name.)
  if (andIndex - 1 > first && /^(?:group|holdings)$/.test(tokens[andIndex - 1].lower) && rightEnd > next && LEGAL_WORDS.has(tokens[rightEnd + 1]?.lower ?? '')) return true;
  // "Delta Water Institute and Greenfield Sensors": a left conjunct that ends in its head word is complete
  // ("Department of Science and Technology" ends in a complement, and goes on).
  // ("National Research and Innovation Agency": a head that is also a field goes on.)
  const leftWords = tokens.slice(first, andIndex).map((token) => token.lower);
  if (andIndex - 1 > first && headRule(leftWords.at(-1)!, leftWords.join(' ')) && !FIELD_HEADS.has(leftWords.at(-1)!) && !leftWords.some((word) => NAME_CONNECTORS.has(word))) return true;
  if (andIndex - 1 === first && rightEnd === next) return true;
  // "in Sarawak and West Kalimantan": a place the tagger knows, then a name without a head, are two places.
  if (andIndex - 1 === first && isKnownPlace(tokens[first]) && !hasHead(tokens, next, rightEnd)) return true;
  // "Co., Ltd. of Nanning and Universitas Nusa Kenari": a town, then a whole name, are two.
  if (andIndex - 1 === first && cityOf(tokens[first].text) && isWholeName(tokens, next, rightEnd)) return true;
  // "Quokka Data Port and Wombat Data Port": both conjuncts end in the same head word.
  if (andIndex - 1 > first && rightEnd > next && tokens[andIndex - 1].lower === tokens[rightEnd].lower) return true;
  return standsAlone(tokens[andIndex - 1]) && standsAlone(tokens[next]) && andIndex - 1 === first;
}

/** The end of ", Industry and Information Technology" from its first word: capitalised items without a head, the last after "and". */
function complementListEnd(tokens: Token[], from: number): number | undefined {
  let k = from;
  for (;;) {
    if (!isNameWord(tokens[k])) return undefined;
    while (isNameWord(tokens[k + 1]) && plainGap(tokens[k]) && !tokens[k + 1].pre.trim()) k += 1;
    if (/^,\s*$/.test(tokens[k].post)) {
      k += tokens[k + 1]?.lower === 'and' ? 2 : 1;
    } else if (tokens[k + 1]?.lower === 'and' && plainGap(tokens[k])) {
      const end = runAhead(tokens, k + 2);
      // (A head word by the rule its phrase satisfies: "Foreign Exchange" is a field, no market.)
      const named = tokens.slice(from, end + 1).some((token) => !FIELD_HEADS.has(token.lower) && hasHead(tokens, token.index, token.index, Math.max(from, token.index - 1)));
      return isNameWord(tokens[k + 2]) && !named ? end : undefined;
    } else return undefined;
  }
}

/** Words that make a head generic, so that "of" a country completes the name: "National University of Singapore". */
const GENERIC_BEFORE_HEAD = new Set(['national', 'state', 'royal', 'open', 'technical', 'central', 'federal', 'international', 'new', 'the']);

/**
 * Whether a word before a head only describes it, so that the country after "of" completes the name: a generic word or an
 * adjective by its ending ("Royal Coastal University of Cambodia", "Agricultural Polytechnic of Laos").
 */
export const onlyDescribes = (word: string) => GENERIC_BEFORE_HEAD.has(word) || /^\p{Ll}+(?:al|ic)$/u.test(word);

/**
 * "Visayas Marine Science University of the Philippines", "Universiti Herba Semenanjung of Malaysia": "of" a country's common name
 * after a name whose head is said says where it is (an official form, "of the People's Republic of China", stays; so do
 * "University of the Philippines" and a government body's country).
 */
function seatCountryAfter(tokens: Token[], first: number, last: number, k: number): boolean {
  // ("… of the People's Republic of China", "… of the Kingdom of Cambodia": the state's official form goes on.)
  if (tokens[k].lower !== 'of' || !plainGap(tokens[k]) || /^(?:republic|kingdom|sultanate|state|union)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  const heads = headsAt(tokens, first, last);
  if (heads.length === 0) return false;
  const start = pastArticle(tokens, k + 1);
  const end = runAhead(tokens, start);
  const words = tokens.slice(start, end + 1).map((token) => token.text).join(' ');
  if (!countryNamed(words) || /\b(?:republic|kingdom|darussalam|democratic|people['’]s)\b/i.test(words)) return false;
  // (A government body's country is part of its name: "Ministry of Science and Technology of Vietnam" is not China's.)
  if (heads.some((head) => HEADS[tokens[head].lower]?.kind === 'GOVERNMENT_BODY')) return false;
  const head = heads.at(-1)!;
  return !(head === last && tokens.slice(first, head).every((token) => onlyDescribes(token.lower) || token.tags.has('Ordinal')));
}

/** Whether the words before a possessive name an owner of their own: a country, a city or a name with a head word. */
function ownsNext(tokens: Token[], first: number, possessive: number): boolean {
  let from = possessive;
  while (from > first && !NAME_CONNECTORS.has(tokens[from - 1].lower) && tokens[from - 1].lower !== 'the') from -= 1;
  const owner = tokens.slice(from, possessive + 1).map((token, n, all) => token.text + (n < all.length - 1 ? token.post : '')).join('').replace(/['’]s$/, '');
  // "Brisk University's Centre for …": the owner's head word carries the possessive.
  const words = owner.toLowerCase().split(/\s+/);
  return countryNamed(owner) !== undefined || capitalOf(owner) !== undefined || words.some((word) => headRule(word, words.join(' ')) !== undefined);
}

/** Whether the name at `first` follows a comma after a name: an item of a list ("A, B and C"), not its first. */
const listItemAt = (tokens: Token[], first: number): boolean => {
  const before = beforeArticle(tokens, first);
  return before >= 0 && /^,\s*$/.test(tokens[before].post) && isCapitalised(tokens[before]);
};

/** The last token of the name that starts at `first`. */
/** The name's new last word when it goes on at `k`, after `gap`, past a legal form, a seat before one or a suspended hyphen's pair. */
function joinedAt(tokens: Token[], k: number, gap: string): number | undefined {
  const token = tokens[k];
  if (LEGAL_WORDS.has(token.lower) && /^\.?,?\s*$/.test(gap)) return k;
  // "SkyFarm Robotics (Shenzhen) Co., Ltd.": a company's seat in brackets before its legal form is part of its name.
  if (seatBeforeLegalForm(tokens, k)) return k + 1;
  // ("… in Electric Two- and Three-Wheeler Battery Technology": a suspended hyphen's word shares the next one's half.)
  const suspended = /^-\s+$/.test(gap) && ['and', 'or'].includes(token.lower) && plainGap(token) && isNameWord(tokens[k + 1]) && tokens[k + 1].post === '-';
  return suspended ? k + 1 : undefined;
}

/** Two or more spaces, or a tab, inside one line: what parts the columns of a page's furniture. */
const COLUMN_GAP = /^[^\S\n]*(?: {2}|\t)[^\S\n]*$/;

function nameEnd(tokens: Token[], first: number): number {
  let last = first;
  let k = first + 1;
  while (k < tokens.length) {
    const gap = tokens[k - 1].post + tokens[k].pre;
    const token = tokens[k];
    const joined = joinedAt(tokens, k, gap);
    if (joined !== undefined) {
      last = joined;
      k = joined + 1;
      continue;
    }
    // "awarded the Brisk Centre RM 4.5 million": a currency before an amount ends the name.
    if (isCurrencyBeforeAmount(tokens, k)) break;
    // ("… of Guangxi Zhuang Autonomous Region    Published: 2027-05-14": a run of spaces or a tab inside a line parts the
    // columns of a page's furniture; no name runs across it.)
    if (COLUMN_GAP.test(gap)) break;
    // "Viet Nam's Mekong Delta": a possessive ends the owner's name ("… of the People's Republic" goes on).
    if (/['’]s$/.test(tokens[k - 1].text) && k - 1 > first && ownsNext(tokens, first, k - 1)) break;
    // A plural's possessive inside a name goes on with it.
    const pluralPossessive = pluralPossessiveBefore(tokens, k) && isNameWord(token);
    // ("the Chinese Academy of Sciences' Professor Chen": a courtesy title after it is the owner's person, no word of the name.)
    if (pluralPossessive && isHonorific(token)) break;
    if (/^\s*$|^-$/.test(gap) || pluralPossessive) {
      // "CADAA General Assembly 2028", "Expo 2027": a year after an event's head word is part of its name; so is one that
      // closes an event's title line ("Training Course on Laboratory Metrology and Calibration 2032").
      const year = /^(?:19|20)\d\d$/.test(token.text);
      const closesTitle = year && (k === tokens.length - 1 || /\n/.test(token.post)) && headsAt(tokens, first, k - 1).some((head) => HEADS[tokens[head].lower].type === EntityType.Event);
      const editionYear = (year && HEADS[tokens[k - 1].lower]?.type === EntityType.Event) || closesTitle;
      // "UTBB Rector Prof. Hendra Saputra": a post, then a courtesy title, after an organisation's name is who speaks for it.
      if (titleAfterPost(tokens, k) !== undefined) break;
      // "Tropical Fruit Post-harvest Technology", "Laboratory of Non-destructive Testing": a capitalised word's lower-case
      // half after a hyphen, inside the name (another name word follows it), is a word of the name; a participle's is not
      // ("Nanning-based Zuoyou River Academy", "Hong Kong-led …": where or by whom, before the name).
      const hyphenHalf = gap === '-' && /^\p{Ll}/u.test(token.text) && !/(?:ed|en|born|made|run|built)$/.test(token.lower) && isNameWord(tokens[k + 1]) && plainGap(token);
      if (isNameWord(token) || (gap === '-' && /^\d+$/.test(token.text)) || editionYear || hyphenHalf) {
        last = k;
        k += 1;
        continue;
      }
      // "Embassy of the People's Republic of China in Brunei Darussalam": a mission's name says where it is.
      const mission = token.lower === 'in' && REPRESENTATIONS.test(tokens[first].lower) && tokens.slice(first, k).some((item) => item.lower === 'of');
      // "Course on Beidou Applications in Precision Agriculture", "Centre of Excellence in Marine Engineering": "in" a field of work, after a head.
      const inField = token.lower === 'in' && hasHead(tokens, first, last) && FIELD_WORDS.has(tokens[nameWordsEnd(tokens, k + 1)]?.lower ?? '');
      if (seatCountryAfter(tokens, first, last, k)) break;
      if ((NAME_CONNECTORS.has(token.lower) || mission || inField) && plainGap(token)) {
        let next = k + 1;
        const article = tokens[next]?.lower === 'the' && plainGap(tokens[next]);
        if (endsAtConnector(tokens, first, last, k, article)) break;
        if (article) next += 1;
        if (isNameWord(tokens[next]) && !(token.lower === 'and' && splitsAtAnd(tokens, first, k, next))) {
          last = next;
          k = next + 1;
          continue;
        }
      }
      break;
    }
    if (commaInsideName(tokens, first, last, k)) {
      last = k;
      k += 1;
      continue;
    }
    // "Bureau of Science, Industry and Information Technology", "Ministerial Meeting on Science, Technology and Innovation":
    // a list closed by "and" inside the name's complement; "Rural Microgrid Demonstration Project, Phase II": a phase.
    const complement = tokens.slice(first, last).some((item) => ['of', 'on', 'for'].includes(item.lower));
    const listEnd = /^,\s*$/.test(gap) ? ((complement ? complementListEnd(tokens, k) : undefined) ?? phaseEnd(tokens, last, k)) : undefined;
    if (listEnd !== undefined) {
      last = listEnd;
      k = listEnd + 1;
      continue;
    }
    break;
  }
  return last;
}

/** Whether the comma before `k` lies inside the name from `first` to `last`: its words so far have no head, the words after it do. */
function commaInsideName(tokens: Token[], first: number, last: number, k: number): boolean {
  // "Science, Technology and Innovation Action Plan": a comma inside a name that has no head yet (not after an acronym,
  // nor before an owner: "HKUST, Thailand's Chulalongkorn University" lists two).
  // ("the Beibu Gulf Institute in Guangxi, Mahidol University and …": nor after a place.)
  const place = isKnownPlace(tokens[first]) || (['in', 'at'].includes(tokens[first - 1]?.lower ?? '') && plainGap(tokens[first - 1]));
  const listed = (last === first && (isAcronym(tokens[first]) || place)) || /['’]s$/.test(tokens[k].text);
  // ("Sri Padi Lecture Theatre, Universiti Pertanian Lembah Klang": a venue and whose it is are two.)
  // ("Director, CATTC Bangkok Innovation Center": a post, then whose post it is, in a programme's line.)
  // ("Mr. Nguyen, licensed Q Grader, Cau Dat Cooperative": so is a post a word in small letters qualifies, after a comma.)
  const qualified = /^\p{Ll}+$/u.test(tokens[first - 1]?.text ?? '') && !['the', 'a', 'an', 'and', 'or', 'of'].includes(tokens[first - 1].lower) && /,\s*$/.test(tokens[first - 2]?.post ?? '');
  const post = isPostRun(tokens, first, last) || qualified;
  return /^,\s*$/.test(tokens[k - 1].post + tokens[k].pre) && isNameWord(tokens[k]) && !listed && !post && !hasHead(tokens, first, last) && !VENUE_NOUNS.has(tokens[last].lower) && hasHead(tokens, k, runAhead(tokens, k));
}

/** A legal form ends the name at `end`: "… Co., Ltd.", "… Sdn. Bhd.", Viet Nam's "… Joint Stock Company". */
const endsInLegalForm = (tokens: Token[], end: number): boolean =>
  LEGAL_WORDS.has(tokens[end].lower) || (tokens[end].lower === 'company' && tokens[end - 1]?.lower === 'stock' && tokens[end - 2]?.lower === 'joint');

/**
 * Around "and", two words that share the head after them: a field, or a pair of words neither of which names a place
 * or a field, the first after a word of the name ("… Marine and Fisheries Bureau", "Northeastern Cane and Sugar
 * Council", "Guangxi Bamboo and Rattan Engineering College"; not "Siam Grid Analytics and Xinhe University …", "… of
 * Laos and Mahidol University", "in Benguet and La Union").
 */
function sharesHeadAfterAnd(tokens: Token[], first: number, and: number): boolean {
  const next = and + 1;
  const head = headsAt(tokens, next, runAhead(tokens, next))[0];
  if (head === undefined || head === next || !tokens.slice(next + 1, head).every((token) => FIELD_WORDS.has(token.lower))) return false;
  if (FIELD_WORDS.has(tokens[next].lower)) return true;
  const plainWord = (token: Token) => isCapitalised(token) && !FIELD_WORDS.has(token.lower) && !isKnownPlace(token) && !isAcronym(token);
  return and - 1 > first && plainWord(tokens[and - 1]) && plainWord(tokens[next]);
}

/** "Two processors, A and B Co., Ltd.": a list the text counts as two before it, at `first`, holds two names. */
const announcesTwo = (tokens: Token[], first: number): boolean =>
  /^,\s*$/.test(tokens[first - 1]?.post ?? '') && !!tokens[first - 1]?.tags.has('Plural') && [first - 2, first - 3].some((k) => NUMBER_WORDS[tokens[k]?.lower ?? ''] === 2);

/** Whether the name from `first` (whole up to `last`) ends at the connector at `k` ("and", "of", "for", "on", "in"). */
function endsAtConnector(tokens: Token[], first: number, last: number, k: number, article: boolean): boolean {
  const token = tokens[k];
  const next = k + 1;
  // "… Innovation Center and the Heron Port": an article after "and" opens another noun phrase; so does a name
  // the parser's recogniser starts right after it when it read the words before as a name too ("… Institute of
  // Ecology and Osprey Analytics"; not "Forum on China-ASEAN Technology Transfer and Collaborative Innovation").
  // So does one it ends right before the "and" of a list, after a whole name with its head ("A, Marlin Institute of
  // Marine Science and Gecko Sensors"; not "…, Guangxi Nanyang Scientific and Technological Innovation Center, …").
  // Not one it starts inside a complement, when what follows has no head and no list runs ("Joint Institute for
  // Satellite Navigation and Climate Services").
  // "Siam Eastern Land and Industrial Estate Public Company Limited": a legal form closes the whole name when the
  // words before the "and" are no name by themselves ("ASCA and Xi'an Brightstone Laser Co., Ltd." are two).
  const leftStandsAlone = k - 1 === first && standsAlone(tokens[first]);
  const legalFormCloses = token.lower === 'and' && !article && !leftStandsAlone && !announcesTwo(tokens, first) && endsInLegalForm(tokens, runAhead(tokens, next)) && !isWholeName(tokens, first, k - 1);
  if (legalFormCloses) return false;
  // ("Jinsha Bay Marine and Fisheries Bureau": words without a head before "and", and a field then a head after it, are one
  // body's name, whatever the recogniser reads.)
  if (token.lower === 'and' && !article && !hasHead(tokens, first, k - 1) && sharesHeadAfterAnd(tokens, first, k)) return false;
  const recognisedBefore = tokens[k - 1].entity !== undefined && tokens[k - 1].entity !== 'O';
  const listEndsBefore = token.entity === 'O' && listItemAt(tokens, first) && hasHead(tokens, first, k - 1);
  const inComplement = tokens.slice(first, k).some((item) => COMPLEMENTS.has(item.lower)) && !listItemAt(tokens, first) && !isWholeName(tokens, next, runAhead(tokens, next));
  if (token.lower === 'and' && (article || (recognisedBefore && ((tokens[k + 1]?.entity === 'B' && !inComplement) || listEndsBefore)))) return true;
  // "working with the Heron Institute on the Kestrel Project": an organisation's name does not run on over "on the" into
  // another whole name (a committee's may: "Commission on the Status of …").
  // ("… with the Lotus Institute of Ecology on the Kite River Survey": nor one whose head stands before its complement.)
  const heads = headsAt(tokens, first, last);
  const organisation = heads.length > 0 && heads.every((k) => HEADS[tokens[k].lower]?.type === EntityType.Institution && !/^(?:committee|commission|council|board)$/.test(tokens[k].lower));
  if (token.lower === 'on' && article && organisation && hasHead(tokens, next + 1, runAhead(tokens, next + 1))) return true;
  // "… Test Bed on Pulau Serai": "on" an island or a known place says where the thing is, not what it is about.
  if (token.lower === 'on' && (ISLAND_WORDS.has(tokens[next]?.lower ?? '') || countryNamed(tokens[next]?.text ?? '') !== undefined)) return true;
  // "Pakse for the Forum": "for" and "on" open a name's complement only after its head ("Center for", "Forum on"),
  // or inside a programme's name whose head comes last ("Clean Energy for Neighbouring Countries Programme").
  const programmeAhead = token.lower === 'for' && !article && PROGRAMME_TYPES.has(HEADS[tokens[runAhead(tokens, next)].lower]?.type);
  // "… Countries Programme of the Ministry of Science and Technology": a programme "of" an organisation is that
  // organisation's, and no part of its name.
  const owned = pastArticle(tokens, next);
  const ownedByBody = token.lower === 'of' && PROGRAMME_TYPES.has(HEADS[tokens[last].lower]?.type) && headRule(tokens[owned]?.lower ?? '', '')?.type === EntityType.Institution;
  if (ownedByBody) return true;
  if (['for', 'on'].includes(token.lower) && !hasHead(tokens, first, last) && !programmeAhead) return true;
  // "… Training Centre on DUTD's campus", "… on UTBB's Bukittinggi campus": an owner's possessive after "on", ending the
  // words or before the site they name, places the thing; it names no part of it ("Forum on China's Digital Economy" goes on).
  // ("… Laboratory on the Lao university's Dongdok campus": so does a described owner's, before the site.)
  if (token.lower !== 'on') return false;
  const possessive = (k: number) => /['’]s$/.test(tokens[k]?.text ?? '');
  const sitesAfter = (owner: number) => tokens.slice(owner + 1, owner + 4).some((item) => SITE_NOUNS.has(item.lower));
  const described = tokens.slice(next, next + 4).find((item) => possessive(item.index) || !plainGap(item));
  if (article && described && possessive(described.index) && sitesAfter(described.index)) return true;
  if (!isNameWord(tokens[next])) return false;
  const run = runAhead(tokens, next);
  return possessive(run) || (SITE_NOUNS.has(tokens[run + 1]?.lower ?? '') && tokens.slice(next, run).some((item) => possessive(item.index)));
}

/** Where ", Phase II" after a project's or programme's head (at `last`) ends, if the words from `k` are one. */
function phaseEnd(tokens: Token[], last: number, k: number): number | undefined {
  return tokens[k].lower === 'phase' && PROGRAMME_TYPES.has(HEADS[tokens[last].lower]?.type) && PHASE_NUMBER.test(tokens[k + 1]?.text ?? '') ? k + 1 : undefined;
}

/** Projects and programmes: names that may go on with a phase, hold a "for" before their head, and be "of" an owner. */
const PROGRAMME_TYPES = new Set<EntityType | undefined>([EntityType.Project, EntityType.Initiative]);
/** A phase's number: "II", "2", "Two". */
const PHASE_NUMBER = /^(?:[IVX]+|\d+|One|Two|Three|Four|Five)$/;

/** Nouns for the grounds an organisation has, which a possessive before them names: "on UTBB's Bukittinggi campus". */
const SITE_NOUNS = new Set(['campus', 'site', 'premises', 'grounds', 'compound']);

/** Where the courtesy title is, when the words at `k` are a post ("Rector", "Deputy Director") right before one and a person's name. */
function titleAfterPost(tokens: Token[], k: number): number | undefined {
  let end = k;
  while (isOfficeWord(tokens[end]) && plainGap(tokens[end])) end += 1;
  return end > k && isHonorific(tokens[end]) && personEnd(tokens, end) !== undefined ? end : undefined;
}

/** Where a person's name that a courtesy title opens ends ("Mr. Lin Tao", "Assoc. Prof. Anan Wong"), if one does at `index`. */
function personEnd(tokens: Token[], index: number): number | undefined {
  let k = index;
  while (isHonorific(tokens[k]) && isCapitalised(tokens[k])) k += 1;
  if (k === index || !isNameWord(tokens[k]) || HEADS[tokens[k].lower]) return undefined;
  // ("Dr. Maricel A. Reyes": a middle initial's full stop goes on with the name; "Dr. Aminah binti Yusof": so does the
  // word for "daughter of" or "son of" between a Malay person's names.)
  const initial = (token: Token) => /^\p{Lu}$/u.test(token.text) && /^\.\s+$/.test(token.post);
  const patronymic = (at: number) => PATRONYMIC_WORDS.has(tokens[at]?.text ?? '') && plainGap(tokens[at]) && isNameWord(tokens[at + 1]);
  while (tokens[k + 1] && (isNameWord(tokens[k + 1]) || initial(tokens[k + 1]) || patronymic(k + 1)) && (plainGap(tokens[k]) || initial(tokens[k])) && !HEADS[tokens[k + 1].lower]) k += 1;
  return k;
}

/** Malay words for "son of" and "daughter of" inside a person's name: "Ahmad bin Ismail", "Aminah binti Yusof". */
const PATRONYMIC_WORDS = new Set(['bin', 'binti', 'binte', 'bte']);

/** "Mr.", "Prof.", "Professor": a courtesy title before a person's name. */
export const isHonorific = (token: Token | undefined): boolean => !!token && HONORIFICS.has(token.lower.replace(/\.$/, ''));

/**
 * "Permanent Secretary of the Ministry of …", "President of Osprey University": where the organisation that the post
 * opening at `k` (before `until`) is of begins, after one of `prepositions` and an article, if a post opens there.
 */
export function afterPost(tokens: Token[], k: number, prepositions: string[] = ['of'], until = tokens.length): number | undefined {
  let office = k;
  while (office < until && isOfficeWord(tokens[office])) office += 1;
  if (office === k || !prepositions.includes(tokens[office]?.lower ?? '')) return undefined;
  // ("Secretary of State of the Ministry of …", "Minister of State for …": "of State" is part of the post.)
  if (tokens[office + 1]?.text === 'State' && ['of', 'for'].includes(tokens[office + 2]?.lower ?? '')) office += 2;
  return pastArticle(tokens, office + 1);
}

/** A word of a person's office, or a compound of them: "Minister", "Vice-President", "Director-General". */
export const isOfficeWord = (token: Token | undefined): boolean => !!token && token.lower.split('-').every((part) => OFFICE_WORDS.has(part));

/** "Deputy Director", "Senior Engineer", "Operations Manager": the words of an office, or up to four ending in a role's noun. */
export function isPostRun(tokens: Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1);
  return words.every(isOfficeWord) || (ROLE_NOUNS.has(tokens[last].lower) && words.length <= 4 && words.every(isCapitalised));
}

/** Whether the words from `first` to `last`, no name of an organisation or place, are set off by a post: ", president of". */
function describedByPost(tokens: Token[], first: number, last: number): boolean {
  if (last === first || last - first > 3 || !/^,\s*$/.test(tokens[last].post) || hasHead(tokens, first, last) || tokens.slice(first, last + 1).some((token) => isKnownPlace(token) || isAcronym(token))) return false;
  return afterPost(tokens, last + 1, ['of', 'at']) !== undefined;
}

/** The closing token of a quotation opened before `first`, if it closes within a phrase's length. */
function quoteEnd(tokens: Token[], first: number): number | undefined {
  for (let k = first; k < Math.min(tokens.length, first + 25); k += 1) {
    if (/["”]/.test(tokens[k].post)) return k;
  }
  return undefined;
}

/** What a name's head word and modifiers make of it. */
export function classify(words: string[]): { type: EntityType; kind: string; head: string } | undefined {
  const phrase = words.join(' ');
  const complement = words.findIndex((word, index) => index > 0 && COMPLEMENTS.has(word));
  const beforeComplement = complement > 0 ? words.slice(0, complement) : words;
  for (const candidates of [beforeComplement, words]) {
    for (let index = candidates.length - 1; index >= 0; index -= 1) {
      const rule = headRule(candidates[index], phrase);
      if (!rule) continue;
      const modifier = rule.byModifier?.find(([pattern]) => pattern.test(phrase));
      return { type: modifier?.[2] ?? rule.type, kind: modifier?.[1] ?? rule.kind, head: candidates[index] };
    }
  }
  return undefined;
}

function mention(text: string, sentence: Sentence, first: number, last: number, fields: Partial<Mention> & Pick<Mention, 'form' | 'confidence' | 'reason'>): Mention {
  return {
    sentence,
    first,
    last,
    start: sentence.tokens[first].start,
    end: sentence.tokens[last].end,
    text: tokenText(text, sentence, first, last),
    // "Co., Ltd.": an abbreviated legal form keeps its full stop; "… Company Limited." ends a sentence.
    name: displayName(tokenText(text, sentence, first, last) + (LEGAL_WORDS.has(sentence.tokens[last].lower) && sentence.tokens[last].lower !== 'limited' && sentence.tokens[last].post.startsWith('.') ? '.' : '')),
    type: undefined,
    kind: undefined,
    properties: {},
    nested: false,
    ...fields,
  };
}

/**
 * The name with official long forms of states and regions cut to their common names ("… of the People's
 * Republic of China" → "… of China", "… of Guangxi Zhuang Autonomous Region" → "… of Guangxi"); the text's
 * form stays as an alias.
 */
function shortOfficialName(name: string): string {
  const regional = withoutRegionDesignators(name);
  for (const of of regional.matchAll(/\bof\s+/g)) {
    const tail = regional.slice(of.index + of[0].length);
    // "of the People's Republic of China", "of the Lao People's Democratic Republic": a country's official form.
    const official = withoutStateDesignator(tail) !== tail || /\b(?:republic|kingdom|darussalam)$/i.test(tail);
    const country = official ? countryNamed(tail) : undefined;
    if (country) return `${regional.slice(0, of.index)}of ${country.name}`;
  }
  return regional;
}

/** Types a capitalised name from the gazetteers and its head word. */
/** Groupings of countries of the region, by the acronyms they go by. */
const COUNTRY_GROUPS = new Set(['ASEAN', 'APEC', 'BIMSTEC', 'RCEP', 'BRICS', 'G20', 'EU', 'SCO']);

function typeName(found: Mention, tokens: Token[]): void {
  const written = found.name.replace(/['’]s$/, '');
  found.name = shortOfficialName(written);
  // "Brisk University's Centre": the owner's head word carries the possessive.
  const words = tokens.slice(found.first, found.last + 1).map((token) => token.lower.replace(/['’]s$/, ''));
  const country = countryNamed(written);
  if (country) return void Object.assign(found, { type: EntityType.Country, kind: 'COUNTRY', name: country.name, properties: { isoCode: country.isoCode }, confidence: 0.95, reason: `a country (ISO ${country.isoCode})` });
  // ("Governor Maria Elena Reyes of Batangas Province": a post and a person "of" a region is no region.)
  if (found.name !== written && !classify(nameWords(found.name)) && !OFFICE_WORDS.has(words[0])) {
    return void Object.assign(found, { type: EntityType.Place, kind: 'REGION', confidence: 0.85, reason: "a region's official name" });
  }
  const next = tokens[found.last + 1]?.lower;
  // "members of ASEAN": the region's groupings of countries are known by name (no other kind of body is named so).
  if (found.first === found.last && COUNTRY_GROUPS.has(found.text)) {
    return void Object.assign(found, { type: EntityType.CountryGroup, kind: 'REGIONAL_ORGANIZATION', confidence: 0.9, reason: `a group of countries ("${found.text}")` });
  }
  if (found.first === found.last && isAcronym(tokens[found.first]) && ['countries', 'nations', 'member'].includes(next ?? '')) {
    return void Object.assign(found, { type: EntityType.CountryGroup, kind: 'REGIONAL_ORGANIZATION', confidence: 0.8, reason: `a group of countries ("${found.text} ${next}")` });
  }
  if (LEGAL_WORDS.has(words.at(-1) ?? '')) return void Object.assign(found, { type: EntityType.Institution, kind: 'COMPANY', confidence: 0.9, reason: 'a company name (legal suffix)' });
  if (legalPrefixAt(tokens, found.first, found.last)) return void Object.assign(found, { type: EntityType.Institution, kind: 'COMPANY', confidence: 0.9, reason: `a company name (legal form "${tokens[found.first].text}" before it)` });
  // "Yongjiang Conference Hall": a venue, whatever head its other words hold, is not the event held in it.
  // ("Davao Bayfront Convention Centre", "Nanning International Exhibition Center": a hall for events is a venue too.)
  if (isVenueName(words) || trainingVenue(tokens, found.first, found.last)) return;
  // "Pulau Serai", "Koh Kong": an island, as the region's languages name one; "Weizhou Island", "Bawean Island", as English does.
  if ((ISLAND_WORDS.has(words[0]) && words.length > 1 && !classify(words.slice(1))) || (/^islands?$/.test(words.at(-1)!) && words.length > 1 && !classify(words.slice(0, -1)))) {
    return void Object.assign(found, { type: EntityType.Place, kind: 'REGION', confidence: 0.75, reason: `an island named "${tokens[found.first].text} …"` });
  }
  // ("the Kinta Valley park management", "a Lotus Valley smart farming network": a name that qualifies the noun after it is a brand.)
  const endsPhrase = /^\s*[,.;:)]/.test(tokens[found.last].post) || next === undefined || FUNCTION_WORDS.has(next);
  if (LANDFORM_WORDS.has(words.at(-1)!) && words.length > 1 && endsPhrase && !classify(words.slice(0, -1))) {
    return void Object.assign(found, { type: EntityType.Place, kind: 'REGION', confidence: 0.75, reason: `a land named "… ${tokens[found.last].text}"` });
  }
  // "Port Salvacion", "Port Klang": a town; a port as a head comes last ("the Heron Innovation Port").
  if (words[0] === 'port' && words.length > 1 && !classify(words.slice(1))) {
    return void Object.assign(found, { type: EntityType.Place, kind: 'CITY', confidence: 0.75, reason: 'a town named "Port …"' });
  }
  const classified = classify(words);
  // "EMBASSY NEWS", "Space Information": a head word another word follows, with no complement, only modifies it.
  // ("… Demonstration Project, Phase II": a phase after the head says which part of it.)
  const at = classified ? words.lastIndexOf(classified.head) : -1;
  const phased = at === words.length - 3 && words[at + 1] === 'phase' && PROGRAMME_TYPES.has(classified?.type);
  const modifiesNext = at >= 0 && at < words.length - 1 && !phased && !NAME_CONNECTORS.has(words[at + 1]) && !COMPLEMENTS.has(words[at + 1]) && !LEADING_HEADS.has(classified!.head) && !LEGAL_WORDS.has(words.at(-1)!) && /^\p{L}+$/u.test(words[at + 1]);
  if (classified && !modifiesNext) {
    // "Vietnam's Ministry of Science and Technology": a body every country has a namesake of is named with its country,
    // unless its name says whose it is already (an "of <Name>" after its complement: "… of Guangxi").
    const possessive = /^(.+)['’]s$/.exec(tokens[found.first - 1]?.text ?? '');
    const owner = possessive && BODY_HEADS.has(classified.head) ? countryNamed(possessive[1]) : undefined;
    if (owner && !/\bof\s+(?:the\s+)?\p{Lu}/u.test(found.name.replace(/^.*?\b(?:of|for|on)\b/, ''))) found.name = `${found.name} of ${owner.name}`;
    return void Object.assign(found, { type: classified.type, kind: classified.kind, confidence: 0.85, reason: `a name whose head is "${classified.head}"` });
  }
  // "… Seaweed Biorefinery Pilot Plant", "… Demonstration Microgrid": a facility built to show or try out a method is a platform.
  if (words.length > 2 && ['demonstration', 'pilot'].includes(words.at(-2)!) && /^\p{L}+$/u.test(words.at(-1)!)) {
    return void Object.assign(found, { type: EntityType.Platform, kind: 'RESEARCH_CENTER', confidence: 0.75, reason: `a ${words.at(-2)} facility ("${words.slice(-2).join(' ')}")` });
  }
  const only = tokens[found.first];
  // ("any other country in Asia": a part of the world is no city, whatever town the gazetteer knows by its name.)
  if (((found.first === found.last && only.tags.has('City')) || cityOf(written)) && !WORLD_REGIONS.test(written)) {
    return void Object.assign(found, { type: EntityType.Place, kind: 'CITY', confidence: 0.8, reason: 'a city (gazetteer)' });
  }
}

/** Types whose class noun may introduce a title without a head of its own: "the project Mangrove Carbon Monitoring …". */
const TITLED_TYPES = new Set([EntityType.Project, EntityType.Platform, EntityType.Network, EntityType.Initiative, EntityType.Event]);

/**
 * The class noun a name is introduced by: "the project X", "its first project, X," "the Alliance's flagship project, X,"
 * (an apposition after a determined noun phrase). Such a name is a title: it may hold lowercase connectors ("… Monitoring
 * in the Beibu Gulf", "… Board for Low-Cost Housing", "… Schools for Safer Villages").
 */
function introducingNoun(tokens: Token[], index: number): HeadRule | undefined {
  const before = tokens[index - 1];
  if (!before || isCapitalised(before) || !(plainGap(before) || (/^,\s*$/.test(before.post) && determinedBefore(tokens, index - 1)))) return undefined;
  const rule = headRule(before.lower, before.lower);
  return rule && TITLED_TYPES.has(rule.type) ? rule : undefined;
}

/** Whether the class noun at `noun` ends a determined phrase: "its first project", "the Alliance's flagship project". */
function determinedBefore(tokens: Token[], noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(0, noun - 3); k -= 1) {
    if (!plainGap(tokens[k])) return false;
    // ("the project, Wairasa and the university": a list; a determiner alone before the noun opens no apposition.)
    if (['its', 'their', 'our'].includes(tokens[k].lower) || /['’]s$/.test(tokens[k].text)) return true;
    if (['the', 'a', 'an'].includes(tokens[k].lower)) return k < noun - 1;
    if (!['first', 'second', 'third', 'new', 'flagship', 'main', 'largest', 'latest', 'own'].includes(tokens[k].lower) && !/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text)) return false;
  }
  return false;
}

/** Whether another capitalised item follows the name ending at `last` after a comma, as in a list. */
const listGoesOn = (tokens: Token[], last: number) => /^,\s*$/.test(tokens[last].post) && isNameWord(tokens[last + 1]);

/** The reason a title typed by what it is said to be opens with: the phrase that says it is that title (readSentence). */
export const PREDICATED_TITLE = 'a title said to be';

/**
 * The class noun a headless title is then said to be: 'X (hereinafter "XR") is a three-year China-Indonesia cooperation
 * project in …' types X as a project. The noun ends its phrase (a preposition, a clause or punctuation follows it).
 */
function predicatedNoun(tokens: Token[], last: number): HeadRule | undefined {
  let k = last + 1;
  // Past a bracket the name defines an alias in.
  if (/\(\s*$/.test(tokens[last].post + (tokens[k]?.pre ?? ''))) {
    while (k < tokens.length && !/\)/.test(tokens[k].post)) k += 1;
    k += 1;
  }
  if (!['is', 'was'].includes(tokens[k]?.lower ?? '') || !['a', 'an'].includes(tokens[k + 1]?.lower ?? '')) return undefined;
  for (let noun = k + 2; noun < Math.min(tokens.length, k + 8); noun += 1) {
    const rule = headRule(tokens[noun].lower, tokens[noun].lower);
    const next = tokens[noun + 1];
    if (rule && TITLED_TYPES.has(rule.type) && (!next || !plainGap(tokens[noun]) || ['in', 'on', 'for', 'of', 'to', 'that', 'which', 'led', 'run', 'funded', 'with', 'between', 'among'].includes(next.lower))) return rule;
    if (!plainGap(tokens[noun])) return undefined;
  }
  return undefined;
}

/**
 * A title runs on over "of", "in", "on", "for", "to", "and", "into", "against" (and "the") while a capitalised word follows, not a
 * country alone, nor a city alone after "in" or "at" ("… in Agricultural Biotechnology in Beijing": where it was signed).
 */
function titleEnd(tokens: Token[], last: number): number {
  for (;;) {
    let k = last + 1;
    const connector = tokens[k]?.lower ?? '';
    if (!plainGap(tokens[last]) || !['of', 'in', 'on', 'for', 'to', 'and', 'into', 'against'].includes(connector)) return last;
    if (tokens[k + 1]?.lower === 'the' && plainGap(tokens[k])) k += 1;
    if (!plainGap(tokens[k]) || !isNameWord(tokens[k + 1])) return last;
    const end = nameEnd(tokens, k + 1);
    const alone = tokens[k + 1];
    if (end === k + 1 && (countryNamed(alone.text) || (connector === 'in' && (alone.tags.has('City') || capitalOf(alone.text))))) return last;
    // "… on Cooperation in Science, Technology and Innovation": a list of fields closed by "and" completes the complement
    // (not one of countries: "… in Science, Thailand and Viet Nam signed").
    const listEnd = /^,\s*$/.test(tokens[end].post) ? complementListEnd(tokens, end + 1) : undefined;
    const fields = listEnd !== undefined && !tokens.slice(end + 1, listEnd + 1).some((token) => countryNamed(token.text) !== undefined || isKnownPlace(token));
    last = fields ? listEnd : end;
  }
}

/**
 * "Agreement on Cooperation in …", "Memorandum of Understanding on …", "Implementing Arrangement on Cooperation in …": a name
 * that opens with an agreement's head, or with one word before it, is a title.
 */
const opensWithAgreementHead = (tokens: Token[], index: number) =>
  HEADS[tokens[index].lower]?.type === EntityType.Agreement || (plainGap(tokens[index]) && isNameWord(tokens[index + 1]) && HEADS[tokens[index + 1].lower]?.type === EntityType.Agreement && COMPLEMENTS.has(tokens[index + 2]?.lower ?? ''));

/** Capitalised names, quoted titles and slogans of one sentence, outermost first. */
export function findNames(text: string, sentence: Sentence, taken: Set<number>): Mention[] {
  const { tokens } = sentence;
  const found: Mention[] = [];
  const introduced = new Map<Mention, { rule: HeadRule; reason: string }>();
  const session = sessionTitle(tokens);
  for (let index = 0; index < tokens.length; index += 1) {
    if (taken.has(index)) continue;
    const quoted = quotedMention(text, sentence, index);
    if (quoted) {
      // ('under the theme "Roots of the Coast"', 'Her keynote, "Carbon Below the Waterline"', "Session 2: …": the title of
      // a work, a theme or a session names no entity.)
      if (quoted.form !== 'title' || !(titledAsWork(tokens, index) || within(session, index, index) || namesAThing(tokens, quoted))) found.push(quoted);
      index = quoted.last;
      continue;
    }
    // "Mr. Lin Tao", "Professor Anan Wong", "Rector Prof. Hendra Saputra": a person, who acts for an organisation but is none.
    const person = personEnd(tokens, titleAfterPost(tokens, index) ?? index);
    if (person !== undefined) {
      index = person;
      continue;
    }
    const designator = designatorEnd(tokens, index);
    if (designator !== undefined) {
      index = designator;
      continue;
    }
    if (!startsName(tokens, index)) continue;
    // "China's Dalian Harbour Engineering College", "Bangkok's Tern University": a country's or a known city's possessive
    // before a name places it, it is no part of it.
    if (/['’]s$/.test(tokens[index].text) && isKnownPlace({ ...tokens[index], text: tokens[index].text.replace(/['’]s$/, '') }) && startsName(tokens, index + 1) && plainGap(tokens[index])) {
      found.push(mention(text, sentence, index, index, { form: 'name', confidence: 0.5, reason: 'a capitalised name' }));
      continue;
    }
    const last = nameEnd(tokens, index);
    if (namesNothing(tokens, index, last)) {
      index = last;
      continue;
    }
    const after = nameAfterOf(tokens, index, last);
    if (after !== undefined) {
      if (after <= last) found.push(mention(text, sentence, after, last, { form: 'name', confidence: 0.5, reason: 'a capitalised name' }));
      index = last;
      continue;
    }
    // A demonym or a language alone ("Chinese and Thai …", "in English") describes; it names nothing.
    if (last === index && (tokens[index].tags.has('Demonym') || LANGUAGES.has(tokens[index].lower)) && !countryNamed(tokens[index].text)) continue;
    if (wordsOfATitle(tokens, index, last, session)) {
      index = titleEnd(tokens, last);
      continue;
    }
    const headless = !hasHead(tokens, index, last);
    const agreement = opensWithAgreementHead(tokens, index);
    const titleLast = headless || agreement ? titleEnd(tokens, last) : last;
    const noun = introducingNoun(tokens, index);
    const predicated = headless && !noun ? predicatedNoun(tokens, titleLast) : undefined;
    // ("the industrial park, Teluk Lestari Regency, Jiangbin and …": a list after the noun, no apposition to it.)
    const introducer = (noun ?? predicated) && headless && listGoesOn(tokens, titleLast) ? undefined : noun ?? predicated;
    const end = subtitleEnd(tokens, index, (introducer && headless) || agreement ? titleLast : last);
    const item = mention(text, sentence, index, end, { form: 'name', confidence: 0.5, reason: 'a capitalised name' });
    if (introducer) introduced.set(item, { rule: introducer, reason: predicated ? `${PREDICATED_TITLE} a ${predicated.kind.toLowerCase().replace(/_/g, ' ')}` : `a title the noun "${tokens[index - 1].text.replace(/,$/, '')}" introduces` });
    found.push(item);
    index = end;
  }
  const names = joinSpelledNames(text, sentence, found);
  typeNames(text, sentence, names, introduced);
  return names;
}

/**
 * "TRAINING COURSE ON BINARY-CYCLE PLANTS: DESIGN, OPERATION AND MAINTENANCE": an event's name that opens its line goes on
 * past a colon with its subtitle, words in capitals to the line's end. Else `last`.
 */
function subtitleEnd(tokens: Token[], first: number, last: number): number {
  const opensLine = first === 0 || /\n/.test(tokens[first - 1].post);
  const event = headsAt(tokens, first, last).some((k) => HEADS[tokens[k].lower].type === EntityType.Event);
  if (!opensLine || !event || !/^:[^\S\n]+$/.test(tokens[last].post)) return last;
  let end = last + 1;
  while (tokens[end + 1] && !/\n/.test(tokens[end].post)) end += 1;
  const words = tokens.slice(last + 1, end + 1);
  return words.length > 0 && words.every((token) => isCapitalised(token) || FUNCTION_WORDS.has(token.lower)) ? end : last;
}

/** Whether the capitalised run from `index` to `last` names nothing, whatever its words. */
function namesNothing(tokens: Token[], index: number, last: number): boolean {
  // ("from Kuantan Port", "between Vientiane South Station and …": a city's port or railway station is where goods pass, no
  // platform, nor a place of its own.)
  const cityPart = last === index + 1 || (last === index + 2 && /^(?:north|south|east|west|central)$/.test(tokens[index + 1].lower));
  const station = /^(?:port|station)$/.test(tokens[last].lower) && (isKnownPlace(tokens[index]) || cityOf(tokens[index].text) !== undefined) && cityPart;
  // "JADE RIVER UNIVERSITY NEWS": a heading, not a name.
  const heading = last - index >= 2 && tokens.slice(index, last + 1).every((token) => /^[\p{Lu}\d]+$/u.test(token.text));
  // ("in Bahasa Indonesia": a language named in its own tongue.)
  const language = tokens[index].lower === 'bahasa' && last > index;
  // ("UPT News | Research | 4 March 2027", "UTK Newsroom": a publication's masthead, no organisation.)
  const masthead = last > index && /^(?:news|newsroom|newsletter|bulletin)$/.test(tokens[last].lower);
  // ("… (Asia Mobility Wire) -- By Pimchanok Rattanakul, staff correspondent": a byline's name, with no head, is a person's.)
  const byline = tokens[index - 1]?.text === 'By' && (index === 1 || /\n|--|—|–/.test(tokens[index - 2].post)) && !hasHead(tokens, index, last);
  // ("Speaker: Operations Manager, Remork Power Co., Ltd.": a post names no organisation.)
  const post = isPostRun(tokens, index, last) && last > index;
  // "Lin Wenxun, president of Yunnan University": a name its apposition gives a post is a person's.
  return station || heading || language || masthead || byline || post || describedByPost(tokens, index, last);
}

/** A number or a letter that tells one of many apart: "305", "B", "40R", "NX70" (a year is none: "Expo 2027"). */
const DESIGNATOR = /^(?:\d+[A-Z]?|[A-Z]|[A-Z]{1,3}\d+[A-Z]?)$/;

/**
 * "Room 305", "Gate B", "Km 21 of Route 13", "SnowLine 40R containers", "grant No. TRLF-2027-041": one word before a
 * number or a letter designates one of many (a room, a gate, a kilometre post, a model) or abbreviates "number"; it
 * names nothing. Where the word at `index` is such, the last token of its designator.
 */
export function designatorEnd(tokens: Token[], index: number): number | undefined {
  const numbered = numberedCodeEnd(tokens, index);
  if (numbered !== undefined) return numbered;
  const [word, code] = [tokens[index], tokens[index + 1]];
  if (!code || !isCapitalised(word) || isAcronym(word) || isKnownPlace(word)) return undefined;
  // ("(bus leaves from Building 7)": a closing bracket may stay on the code's token.)
  const written = code.text.replace(/[)\]]+$/, '');
  return plainGap(word) && DESIGNATOR.test(written) && !/^(?:19|20)\d\d$/.test(written) ? codeEnd(tokens, index + 1) : undefined;
}

/** Nouns of a written work: a title they head names a publication, no project. */
const DOCUMENT_NOUNS = new Set(['guide', 'guidelines', 'guidebook', 'handbook', 'manual', 'report', 'primer', 'review', 'paper', 'brief', 'yearbook', 'book', 'toolkit']);

/**
 * '"Counting Cycles: A Field Guide to Swap-Pack Ageing"', 'the draft "Guidelines for the Take-Back of Swap Batteries"': a
 * quoted title whose head, after its subtitle's colon and before its first "to", "for", "of" or "on", is a written work's.
 */
function titlesADocument(tokens: Token[], title: Mention): boolean {
  const colons = tokens.slice(title.first, title.last).flatMap((token, n) => (/:/.test(token.post) ? [title.first + n + 1] : []));
  const from = colons.at(-1) ?? title.first;
  const complement = tokens.slice(from, title.last + 1).findIndex((token) => ['to', 'for', 'of', 'on'].includes(token.lower));
  const headWords = tokens.slice(from, complement < 0 ? title.last + 1 : from + complement);
  return headWords.some((token) => DOCUMENT_NOUNS.has(token.lower));
}

/** Types each name found by its head, the noun that introduced it, or as a quoted title; an event's edition and year. */
function typeNames(text: string, sentence: Sentence, names: Mention[], introduced: Map<Mention, { rule: HeadRule; reason: string }>): void {
  const { tokens } = sentence;
  for (const item of names) {
    // "the Workshop", "Institute", "the Joint Laboratory": a head word alone points back at a name, it is none.
    if (asReference(item)) continue;
    if (item.form === 'title' || item.form === 'name') typeName(item, tokens);
    const introducer = introduced.get(item);
    if (!item.type && introducer) Object.assign(item, { type: introducer.rule.type, kind: introducer.rule.kind, confidence: 0.6, reason: introducer.reason });
    if (item.form === 'title' && !item.type && !titlesADocument(tokens, item)) Object.assign(item, { type: EntityType.Project, kind: 'RESEARCH_PROJECT', confidence: 0.6, reason: 'a quoted title, proposed as a project' });
    const ordinal = /^(\d+)(?:st|nd|rd|th)\b/i.exec(item.text);
    if (ordinal && item.type === EntityType.Event) item.properties = { ...item.properties, edition: Number(ordinal[1]) };
    // "its 2026 General Assembly": an owner's yearly meeting is told from its others by the year, part of its name ("the
    // 2026 Heron Forum" is the Heron Forum, its year an edition).
    const year = tokens[item.first - 1];
    if (item.type === EntityType.Event && year && /^(?:19|20)\d\d$/.test(year.text) && plainGap(year) && ['its', 'their'].includes(tokens[item.first - 2]?.lower ?? '')) {
      Object.assign(item, { first: item.first - 1, start: year.start, text: tokenText(text, sentence, item.first - 1, item.last), name: `${year.text} ${item.name}` });
    }
  }
}

/** Nouns for works and themes, whose titles name no entity: "the theme", "her keynote", "a field manual". */
const WORK_NOUNS = /^(?:theme|slogan|motto|keynote|talk|speech|lecture|address|presentations?|paper|report|book|manual|handbook|guidebook|guidelines|textbook|film|documentary|article|poster|song|dataset|atlas)$/;

/** Whether a works noun introduces the title at `index` ("under the theme "…"", "Her keynote, "…"", "a manual titled …"). */
function titledAsWork(tokens: Token[], index: number): boolean {
  let k = index - 1;
  if (/^(?:titled|entitled|called)$/.test(tokens[k]?.lower ?? '') && plainGap(tokens[k])) k -= 1;
  const noun = tokens[k];
  return !!noun && !isCapitalised(noun) && WORK_NOUNS.test(noun.lower) && /^[,:]?\s*$/.test(noun.post);
}

/**
 * 'the "Cold Chain Rail Technician" certificate', 'named 2028 its "Year of the Cold Wagon"': a quoted title its kind
 * follows in small letters, when that kind is no entity's (a certificate, a label, an app), or a title that names a
 * year, names no entity.
 */
function namesAThing(tokens: Token[], quoted: Mention): boolean {
  const kind = tokens[quoted.last + 1];
  const thing = !!kind && /^["”]\s+$/.test(tokens[quoted.last].post) && /^\p{Ll}+$/u.test(kind.text) && kind.tags.has('Noun') && !HEADS[kind.lower];
  return thing || /^year$/.test(tokens[quoted.first].lower);
}

const within = (span: { first: number; last: number } | undefined, first: number, last: number) => !!span && first >= span.first && last <= span.last;

/** Whether the name from `index` to `last` is words of a work's or a session's title, which name no entity. */
function wordsOfATitle(tokens: Token[], index: number, last: number, session: { first: number; last: number } | undefined): boolean {
  // "a field manual, Counting Carbon in Mangrove Soils,"; "Session 4: Carbon Stock Accounting": a title without a head.
  const headless = !hasHead(tokens, index, last);
  if (headless && titledAsWork(tokens, index)) return true;
  // (In a session's title a plural head names no one thing either: "Practical: RTK Base Stations and Ground Control Points".)
  const plural = /\p{Ll}s$/u.test(tokens[last].text) && HEADS[tokens[last].lower.replace(/s$/, '')] !== undefined;
  // (A country, a known place or a place "in" the title is named: "Keynote: harmonising standards across ASEAN", "… in Fusui".)
  const placed = countryNamed(tokens.slice(index, last + 1).map((token) => token.text).join(' ')) !== undefined || (index === last && (isKnownPlace(tokens[index]) || ['in', 'at', 'across', 'from'].includes(tokens[index - 1]?.lower ?? '')));
  return (headless || plural) && !placed && within(session, index, last);
}

/** Labels of a programme's line whose title follows the colon: "Session 4:", "Practical:", "Group presentations:". */
const SESSION_LABELS = /^(?:session|panel|practical|keynote|plenary|module|presentations?|lecture|talk|discussion|exercise|demonstration|group|field|work|trip)$/;

/**
 * "09:00 Session 4: Carbon Stock Accounting under ISO 14064-2 -- Assoc. Prof. X, Y University": the words from the label's
 * colon to the dash, comma or "by" before the speaker are the session's title.
 */
function sessionTitle(tokens: Token[]): { first: number; last: number } | undefined {
  // (A time's colon, "09:00", is no label's.)
  const colon = tokens.findIndex((token, n) => n < 6 && /:/.test(token.post) && !/^\d/.test(tokens[n + 1]?.text ?? ''));
  if (colon < 0) return undefined;
  const label = tokens.slice(0, colon + 1).filter((token) => !/^[\d:.]+$/.test(token.text) && !/^[ivx]+$/i.test(token.text));
  if (label.length === 0 || !label.every((token) => SESSION_LABELS.test(token.lower))) return undefined;
  // It ends at a dash, a comma or "by" before the speaker ("Keynote: harmonising standards, by the X Institute").
  const end = tokens.findIndex((token, n) => n > colon && (/(?:--|—|–|,|\s-\s)/.test(token.post) || tokens[n + 1]?.lower === 'by'));
  return { first: colon + 1, last: end < 0 ? tokens.length - 1 : end };
}

/** A quoted name, title or slogan that opens at `index`, if one does. */
function quotedMention(text: string, sentence: Sentence, index: number): Mention | undefined {
  const { tokens } = sentence;
  // A quoted short name in brackets ('Heron Robotics Co., Ltd. ("Heron Robotics")') defines an alias: it is no title.
  const opensQuote = /["“]/.test(tokens[index].pre) && !/\(\s*["“]\s*$/.test(tokens[index].pre);
  const closing = opensQuote ? quoteEnd(tokens, index) : undefined;
  if (closing === undefined) return undefined;
  const inside = tokens.slice(index, closing + 1);
  const titled = inside.every((token) => isCapitalised(token) || FUNCTION_WORDS.has(token.lower) || NAME_CONNECTORS.has(token.lower));
  // A quoted part of a longer name: "the Belt and Road" Science, Technology and Innovation Action Plan.
  if (titled && isNameWord(tokens[closing + 1]) && /^["”]\s$/.test(tokens[closing].post)) return mention(text, sentence, index, nameEnd(tokens, closing + 1), { form: 'name', confidence: 0.8, reason: 'a name' });
  if (titled && inside.length > 1) return mention(text, sentence, index, closing, { form: 'title', confidence: 0.75, reason: 'a quoted title' });
  // (A slogan says what to do, "go global"; "a permanent bridge" names a thing, and '"ice-ice" disease' a kind of one.)
  const describesThing = ['a', 'an', 'the'].includes(inside[0].lower) || (/^["”]\s+$/.test(tokens[closing].post) && !!tokens[closing + 1]?.tags.has('Noun') && !tokens[closing + 1].tags.has('Preposition'));
  if (inside.length <= 4 && inside.every((token) => !isCapitalised(token)) && !describesThing) {
    return mention(text, sentence, index, closing, { form: 'slogan', type: EntityType.Initiative, kind: 'POLICY', confidence: 0.6, reason: 'a quoted slogan, proposed as a policy' });
  }
  return undefined;
}

/**
 * Where the name a capitalised run from `index` to `last` is "of" begins, when the run names something else by it: an act
 * ("Launch of the Golden Reed Sharing Platform", "Statement of the … network") or a post ("Permanent Secretary of the
 * Ministry of …", "President of Osprey University"). Past `last` when nothing is left to name.
 */
function nameAfterOf(tokens: Token[], index: number, last: number): number | undefined {
  // ("Republic of the Philippines" is a country's official name, no act of one.)
  const official = countryNamed(tokens.slice(index, last + 1).map((token) => token.text).join(' ')) !== undefined;
  if (!HEADS[tokens[index].lower] && tokens[index + 1]?.lower === 'of' && tokens[index + 2]?.lower === 'the' && index + 3 <= last && !official) return index + 3;
  // ("Vice-President for Research", "Deputy Director for International Affairs": a post's field names nothing.)
  if (afterPost(tokens, index, ['for'], last) !== undefined) return last + 1;
  return afterPost(tokens, index, ['of'], last);
}

/**
 * "Institute of Remote Sensing of the Tern Academy of Sciences", "Institute of Microbiology, Chinese Academy of Sciences":
 * a unit's name that ends in the name of the organisation it belongs to, after "of the" or a comma, names that one too.
 */
export function parentInName(text: string, outer: Mention): Mention | undefined {
  const { tokens } = outer.sentence;
  if (outer.form !== 'name' || ![EntityType.Institution, EntityType.Platform, EntityType.Event].includes(outer.type!)) return undefined;
  // "Sixth Annual Meeting of the Lancang-Mekong Smart Agriculture University Alliance": an event of a body names the body.
  const parents = outer.type === EntityType.Event ? [EntityType.Institution, EntityType.Network] : [EntityType.Institution];
  for (let k = outer.first + 1; k < outer.last; k += 1) {
    const start = tokens[k].lower === 'of' && tokens[k + 1]?.lower === 'the' ? k + 2 : /^,\s*$/.test(tokens[k - 1].post) && outer.type !== EntityType.Event ? k : -1;
    // ("Faculty of Pharmacy, Phnom Penh Medical University": a unit's word heads the part before the comma.)
    if (start < 0 || start > outer.last || !(hasHead(tokens, outer.first, k - 1) || UNIT_HEADS.has(tokens[outer.first].lower))) continue;
    const words = tokens.slice(start, outer.last + 1).map((token) => token.lower);
    const kind = classify(words);
    if (!kind || !parents.includes(kind.type)) continue;
    const reason = outer.type === EntityType.Event ? `the body whose event "${outer.name}" is` : `the organisation "${outer.name}" is a unit of`;
    return mention(text, outer.sentence, start, outer.last, { nested: true, form: 'name', type: kind.type, kind: kind.kind, confidence: 0.6, reason });
  }
  return undefined;
}

/** Words an acronym may spell or pass over: "Ministry of Science and Technology" is MOST or MST. */
const SPELLABLE_CONNECTORS = new Set([...NAME_CONNECTORS, 'the', 'in', 'at', 'to']);

/** Whether `acronym` spells the initials of `words` in order, connectors spelt or passed over ("China-ASEAN": C or CA). */
export function spells(acronym: string, words: string[]): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  const spellFrom = (w: number, at: number): boolean => {
    if (w === words.length) return at === letters.length;
    const word = words[w].toLowerCase();
    if (SPELLABLE_CONNECTORS.has(word) && spellFrom(w + 1, at)) return true;
    const initials = new Set([word[0], word.split('-').map((part) => part[0]).join('')]);
    return [...initials].some((spelt) => letters.startsWith(spelt, at) && spellFrom(w + 1, at + spelt.length));
  };
  return letters.length >= 3 && spellFrom(0, 0);
}

/** How far back from the brackets an acronym's words may start. */
const SPELT_NAME_WORDS = 15;

/**
 * "Thailand Institute of Scientific and Technological Research (TISTR)", "Institute of Microbiology, Chinese Academy of
 * Sciences (IMCAS)": an acronym in brackets whose letters are the initials of the words before it says where the name
 * begins; the pieces those words were read as ("and" or a comma cut them) are one name. It only joins: a name that
 * begins before the spelt words ("9th Formal ASEAN … Meeting … (AMMST)") keeps its first words.
 */
function joinSpelledNames(text: string, sentence: Sentence, found: Mention[]): Mention[] {
  const { tokens } = sentence;
  let names = found;
  for (let bracketed = 1; bracketed < tokens.length; bracketed += 1) {
    const acronym = tokens[bracketed];
    if (!/\(\s*$/.test(acronym.pre) || !/^\s*\)/.test(acronym.post) || !isAcronym(acronym)) continue;
    const end = bracketed - 1;
    const ending = names.find((name) => name.last === end && name.form === 'name');
    if (!ending) continue;
    for (let first = end - 1; first >= Math.max(0, end - SPELT_NAME_WORDS); first -= 1) {
      const word = tokens[first];
      // A country's possessive owns the name ("Indonesia's National … Agency (INRIA)"); it is not spelt into it.
      const owner = /['’]s$/.test(word.text) && isKnownPlace({ ...word, text: word.text.replace(/['’]s$/, '') });
      if (owner || !/^,?\s*$|^-$/.test(word.post) || (!isNameWord(word) && !SPELLABLE_CONNECTORS.has(word.lower))) break;
      // A start inside another name is none, but after its edition ("12th China-ASEAN Conference on People to …"): the
      // edition stays with the name the acronym spells.
      const crossing = names.find((name) => name.first < first && name.last >= first);
      const start = crossing && crossing.first === first - 1 && tokens[crossing.first].tags.has('Ordinal') ? crossing.first : first;
      if (first >= ending.first || !isNameWord(word) || (crossing && start === first)) continue;
      if (!spells(acronym.text, tokens.slice(first, end + 1).map((token) => token.text))) continue;
      const joined = mention(text, sentence, start, end, { form: 'name', confidence: 0.6, reason: `a name its acronym (${acronym.text}) spells` });
      names = [...names.filter((name) => name.last < start || name.first > end), joined].sort((a, b) => a.first - b.first);
      break;
    }
  }
  return names;
}

/**
 * "Tonle Basin University of Agriculture and Liuzhou Harvest Machinery announced …": a capitalised run whose part after
 * an "and" is a name the text gives elsewhere (`known`, by name key), and whose part before it has a head, is two names;
 * so is one that starts with an acronym the text gives before an "and" and a name with a head ("SUTD and Zhejiang University").
 */
export function splitKnownConjuncts(text: string, names: Mention[], known: Set<string>): Mention[] {
  return names.flatMap((name) => {
    const { sentence } = name;
    const { tokens } = sentence;
    for (let and = name.first + 1; name.form === 'name' && and < name.last; and += 1) {
      const right = pastArticle(tokens, and + 1);
      if (tokens[and].lower !== 'and' || name.last - right < 1) continue;
      const knownRight = hasHead(tokens, name.first, and - 1) && known.has(nameKey(tokenText(text, sentence, right, name.last)));
      const knownAcronymLeft = and === name.first + 1 && isAcronym(tokens[name.first]) && known.has(nameKey(tokens[name.first].text)) && hasHead(tokens, right, name.last);
      // "Siam Cellwise and Xiangjiang Recycling Co., Ltd.": a name the text gives by itself, before a company's, is another.
      const knownLeft = known.has(nameKey(tokenText(text, sentence, name.first, and - 1))) && LEGAL_WORDS.has(tokens[name.last].lower);
      // ("The sites, in Cyberjaya and Johor Bahru, …": two headless names in a place's slot are two places.)
      const headless = (first: number, last: number) => !hasHead(tokens, first, last) && tokens.slice(first, last + 1).every((token) => !FIELD_WORDS.has(token.lower) && !NAME_CONNECTORS.has(token.lower));
      const places = ['in', 'at'].includes(tokens[name.first - 1]?.lower ?? '') && headless(name.first, and - 1) && headless(right, name.last);
      if (!knownRight && !knownAcronymLeft && !knownLeft && !places) continue;
      return [typedName(text, sentence, name.first, and - 1), typedName(text, sentence, right, name.last)];
    }
    return [name];
  });
}

/**
 * Where two names either side of an "and" ("Secretariat of the Lotus Rice Genomics" and "Breeding Network") start the
 * name the text gives elsewhere (`known`) that together they end with, if they do.
 */
function knownJoin(text: string, left: Mention, right: Mention | undefined, known: Set<string>): number | undefined {
  const { tokens } = left.sentence;
  const adjacent = right && left.form === 'name' && right.form === 'name' && right.first === left.last + 2 && tokens[left.last + 1].lower === 'and' && plainGap(tokens[left.last]);
  if (!adjacent) return undefined;
  for (let first = left.first; first <= left.last; first += 1) if (known.has(nameKey(tokenText(text, left.sentence, first, right.last)))) return first;
  return undefined;
}

/**
 * "Statement by the Secretariat of the Lotus Rice Genomics and Breeding Network", where the text names "the Lotus Rice
 * Genomics and Breeding Network" elsewhere: two names either side of an "and" that together end with a name the text
 * gives (`known`) are that name; what stands before it keeps a name of its own only if two words or more are left
 * (here "Secretariat" is not).
 */
export function joinKnownConjuncts(text: string, names: Mention[], known: Set<string>): Mention[] {
  const joined: Mention[] = [];
  for (let n = 0; n < names.length; n += 1) {
    const left = names[n];
    const start = knownJoin(text, left, names[n + 1], known);
    if (start === undefined) {
      joined.push(left);
      continue;
    }
    const { tokens } = left.sentence;
    let end = start - 1;
    while (end >= left.first && ['of', 'the', 'for'].includes(tokens[end].lower)) end -= 1;
    if (end - left.first >= 1) joined.push(typedName(text, left.sentence, left.first, end));
    joined.push(typedName(text, left.sentence, start, names[n + 1].last));
    n += 1;
  }
  return joined;
}

/** The names of a sentence that are only the two halves of a name the text gives whole (see joinKnownConjuncts), by key. */
export function halvesOfKnownNames(text: string, names: Mention[], known: Set<string>): string[] {
  return names.flatMap((left, n) => (knownJoin(text, left, names[n + 1], known) === undefined ? [] : [nameKey(left.name), nameKey(names[n + 1].name)]));
}

/**
 * "the Borneo Rainforest Genomics Centre on Wild Fruit Genomes of Borneo, a three-year project": a name whose part
 * after "on" is described right after it as a thing of another type is two names, the second of that type.
 */
export function splitBeforeApposedClass(text: string, names: Mention[]): Mention[] {
  return names.flatMap((name) => {
    const { sentence } = name;
    const { tokens } = sentence;
    if (name.form !== 'name' || !/^,\s*$/.test(tokens[name.last].post) || !['a', 'an'].includes(tokens[name.last + 1]?.lower ?? '')) return [name];
    let noun = name.last + 2;
    while (noun < Math.min(tokens.length, name.last + 6) && !HEADS[tokens[noun].lower]) noun += 1;
    const described = HEADS[tokens[noun]?.lower ?? ''];
    const on = tokens.findIndex((token, index) => index > name.first && index < name.last && token.lower === 'on');
    if (!described || on < 0 || !hasHead(tokens, name.first, on - 1) || !isCapitalised(tokens[on + 1])) return [name];
    const owner = typedName(text, sentence, name.first, on - 1);
    if (owner.type === described.type) return [name];
    const titled = typedName(text, sentence, on + 1, name.last);
    if (titled.type !== described.type) Object.assign(titled, { type: described.type, kind: described.kind, confidence: 0.6, reason: `a title "${tokens[noun].text}" describes` });
    return [owner, titled];
  });
}

/** Head words that are never verbs: "the Guangxi university to link …" is the university, whatever follows. */
const NOUN_ONLY_HEADS = /^(?:universit(?:y|ies)|institutes?|academ(?:y|ies)|colleges?|ministr(?:y|ies)|laborator(?:y|ies)|cent(?:re|er)s?|foundations?|associations?|companies|company)$/;

/** Heads of a country's missions abroad, whose names end with where they are ("… in Brunei Darussalam"). */
export const REPRESENTATIONS = /^(?:embassy|consulate|consulate-general|mission)$/;

/** What a centre is for when it is a venue: "Convention Centre", "Exhibition Center". */
const EVENT_HALL_WORDS = new Set(['convention', 'exhibition', 'conference', 'congress', 'expo', 'trade', 'events']);

/** "Yongjiang Conference Hall", "Davao Bayfront Convention Centre": a venue's name, in lower-case words. */
export const isVenueName = (words: string[]): boolean => VENUE_NOUNS.has(words.at(-1) ?? '') || (/^cent(?:re|er)$/.test(words.at(-1) ?? '') && EVENT_HALL_WORDS.has(words.at(-2) ?? ''));

/**
 * "Venue: Haixing Training Centre, Jinsha Bay", "22-26 November 2027, Dianchi Lakeside Training Centre, Kunming": a training
 * centre given as an event's venue, on the venue's line or the dated line under the event's title, is where the event is,
 * as a hall is. One that is opened, built or joined is a platform ("will open a Vietnam-China IC Design Training Centre").
 */
function trainingVenue(tokens: Token[], first: number, last: number): boolean {
  if (!/^cent(?:re|er)$/.test(tokens[last].lower) || tokens[last - 1]?.lower !== 'training' || first === 0) return false;
  const venueLine = /^(?:venue|location)$/.test(tokens[0].lower) && /^\s*:/.test(tokens[0].post);
  const datedLine = isDateWord(tokens[0]) && /,\s*$/.test(tokens[first - 1].post);
  return venueLine || datedLine;
}

/** Whether the name from `first` to `last` is a venue's: a hall's or hotel's ("Golden Reed Hotel"), or a training centre given as one. */
export const isVenueAt = (tokens: Token[], first: number, last: number): boolean => VENUE_NOUNS.has(tokens[last].lower) || trainingVenue(tokens, first, last);

/** Heads of a body's organs: "the Executive Board of the X Alliance" is part of the alliance, which curators name. */
const ORGAN_HEADS = new Set(['board', 'secretariat', 'committee']);
// ("the Steering Committee", "the Project Steering Board"; a "Joint Steering Committee" of two parties is a body of its own.)
const ORGAN_MODIFIERS = new Set(['executive', 'advisory', 'governing', 'supervisory', 'management', 'standing', 'editorial', 'scientific', 'steering', 'project', 'technical', 'organising', 'organizing', 'coordinating']);
/** What "of" a named organisation names it: its organs, and its sites ("the Yanshan Campus of the Lijiang Institute of …"). */
const NAMING_ITS_BODY = new Set([...ORGAN_HEADS, 'campus']);

/**
 * "the Executive Board of the China-ASEAN Digital Agriculture Alliance": an organ of a named organisation names the
 * organisation (the board itself is no entity of the graph's kinds); "Board of Investment of Thailand" stays whole.
 * So does a campus: curators name the university, not its "Yanshan Campus".
 */
export function withoutOrgan(text: string, names: Mention[]): Mention[] {
  return names.flatMap((name) => {
    const { tokens } = name.sentence;
    // "Members will elect a new Executive Board": an organ named without its body is no entity.
    // ("the Cambodian Seed Board" says whose and of what: a body of its own.)
    if (name.form === 'name' && ORGAN_HEADS.has(tokens[name.last].lower) && tokens.slice(name.first, name.last).every((token) => ORGAN_MODIFIERS.has(token.lower))) return [];
    // "In May the General Assembly admitted two members": the members' assembly, with no edition, owner or year, names none.
    const assembly = ['assembly', 'meeting'].includes(tokens[name.last].lower) && name.last > name.first && tokens.slice(name.first, name.last).every((token) => ['general', 'annual'].includes(token.lower));
    if (name.form === 'name' && assembly && tokens[name.first - 1]?.lower === 'the' && !/^(?:19|20)\d\d$/.test(tokens[name.last + 1]?.text ?? '') && tokens[name.last + 1]?.lower !== 'of') return [];
    // "Azlan Hamid of the Terengganu Marine Technology Centre": a person's name before "of" is who speaks for the body.
    // (A person's name opens with a word the tagger knows as one: "Azlan", "Maria"; two or three words, none a head.)
    const personOf = !tokens[name.first].tags.has('Person') ? -1 : tokens.slice(name.first, name.last).findIndex((token, n) => n >= 2 && n <= 3 && token.lower === 'of' && tokens.slice(name.first, name.first + n).every((word) => isNameWord(word) && !HEADS[word.lower]));
    const of = personOf > 0 ? name.first + personOf : tokens.findIndex((token, index) => index > name.first && index < name.last && token.lower === 'of' && NAMING_ITS_BODY.has(tokens[index - 1].lower));
    if (name.form !== 'name' || of < 0) return [name];
    const owner = pastArticle(tokens, of + 1);
    const ownHead = tokens.slice(owner, name.last + 1).some((token) => HEADS[token.lower] && !NAMING_ITS_BODY.has(token.lower));
    return [owner <= name.last && ownHead && isWholeName(tokens, owner, name.last) ? typedName(text, name.sentence, owner, name.last) : name];
  });
}

/** "establishment", "joint establishment", "construction": what an agreement's title says it sets up follows "of". */
const FOUNDING_NOUNS = /^(?:establishment|construction|creation|founding|setting-up)$/;

/**
 * "Agreement on the Joint Establishment of the Cambodia-China Rice Straw Utilisation Centre": where an agreement's title
 * names what it sets up (a name with a head of its own), that name, typed.
 */
export function foundedInTitle(text: string, agreement: Mention): Mention | undefined {
  if (agreement.type !== EntityType.Agreement) return undefined;
  const { tokens } = agreement.sentence;
  // ("… on the establishment of X", "Agreement establishing the X Laboratory": a founding noun's "of", or its participle.)
  const noun = tokens.findIndex((token, n) => n > agreement.first && n < agreement.last && ((FOUNDING_NOUNS.test(token.lower) && tokens[n + 1]?.lower === 'of') || FOUNDING_PARTICIPLES.test(token.lower)));
  const named = noun < 0 ? -1 : FOUNDING_PARTICIPLES.test(tokens[noun].lower) ? pastArticle(tokens, noun + 1) : pastArticle(tokens, noun + 2);
  return noun < 0 ? undefined : nameClosingTitle(text, agreement, named, () => true, "what the agreement's title says it sets up");
}

/**
 * "the Agreement on the Tonle Sap Solar Ice-Making Demonstration Project": where an agreement's title is about a project
 * it names (right after "on"), that project, typed; its parties take part in it.
 */
export function projectInTitle(text: string, agreement: Mention): Mention | undefined {
  if (agreement.type !== EntityType.Agreement) return undefined;
  const { tokens } = agreement.sentence;
  const on = tokens.findIndex((token, n) => n > agreement.first && n < agreement.last && token.lower === 'on');
  if (on < 0 || HEADS[tokens[on - 1].lower]?.type !== EntityType.Agreement) return undefined;
  return nameClosingTitle(text, agreement, pastArticle(tokens, on + 1), (rule) => rule.type === EntityType.Project, "the project an agreement's title is about");
}

/** The name that closes an agreement's title from `first` on, typed, if its words make a name of a kind `accepted` takes. */
function nameClosingTitle(text: string, agreement: Mention, first: number, accepted: (rule: HeadRule) => boolean, reason: string): Mention | undefined {
  const words = agreement.sentence.tokens.slice(first, agreement.last + 1);
  if (first >= agreement.last || !words.every((token) => isNameWord(token) || NAME_CONNECTORS.has(token.lower))) return undefined;
  const rule = classify(words.map((token) => token.lower));
  return rule && accepted(rule) ? { ...typedName(text, agreement.sentence, first, agreement.last), nested: true, reason } : undefined;
}

/** A capitalised name from `first` to `last`, typed. */
function typedName(text: string, sentence: Sentence, first: number, last: number): Mention {
  const found = mention(text, sentence, first, last, { form: 'name', confidence: 0.5, reason: 'a capitalised name' });
  typeName(found, sentence.tokens);
  return found;
}

/** The head word of a name, singular ("Mekong Rice Genomics Joint Laboratory" → "laboratory"), if it has one. */
export function headOf(name: string): string | undefined {
  const head = classify(nameWords(name))?.head;
  // ("Universiti Pertanian Lembah Klang" is "the university".)
  return head && (ENGLISH_HEADS[head] ?? singular(head));
}

/** Head words written two ways ("the lab" for a laboratory). */
const SAME_HEADS: Record<string, string> = { lab: 'laboratory', centre: 'center', programme: 'program' };
/** One spelling of a head word: "lab" and "laboratory", "centre" and "center" are the same head. */
export const headKey = (word: string) => SAME_HEADS[word] ?? word;
export function singular(word: string): string {
  const one = /ies$/.test(word) ? word.replace(/ies$/, 'y') : /[^s]s$/.test(word) ? word.slice(0, -1) : word;
  return headKey(one);
}

/** Words that set one occurrence of a thing beside another: "the next workshop" is not the one named. */
/** Words that make a description another one of its kind: "the next forum" is not the forum named. */
export const SEQUENCE_WORDS = new Set(['next', 'previous', 'last', 'following', 'upcoming', 'coming', 'former']);

/** Determiners that make a description definite: "the center", "this platform", "both universities". */
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'both']);
/** How many a count word says: "the two universities", "both sides", "the three parties". */
export const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, both: 2 };
/** Words a definite description may hold before its head without describing anything new ("the new laboratory"). */
const DESCRIPTIVE = new Set(['new', 'same', 'above', 'aforementioned', 'said', 'newly', 'established', 'launched', 'founded', 'joint', ...Object.keys(NUMBER_WORDS)]);

/**
 * Whether the word after a head goes on describing ("the center for …", "the forum organisers met"): a
 * complement, a name, or a noun that no object follows (compromise reads "offers" in "the center offers
 * training" as a noun too).
 */
function continuesDescription(tokens: Token[], next: number): boolean {
  const word = tokens[next];
  if (!word) return false;
  // "the Hefei institute in 2015", "the forum on Tuesday": a time after the head says when, not which one.
  // ("fund the training base for three years": so is how long.)
  const time = tokens[next + 1] !== undefined && (/^\d/.test(tokens[next + 1].text) || isMonth(tokens[next + 1]) || (tokens[next + 1].tags.has('Value') && !!tokens[next + 2]?.tags.has('Duration')));
  // "build the centre in Kampong Thom Province": a place after a singular head says where it is, not which one ("the
  // farming enterprises in Vietnam" are a group that the place describes).
  const place = word.lower === 'in' && isNameWord(tokens[pastArticle(tokens, next + 1)]) && !tokens[next - 1]?.tags.has('Plural');
  if ((COMPLEMENTS.has(word.lower) && !(['in', 'on', 'at', 'for'].includes(word.lower) && (time || place))) || isNameWord(word)) return true;
  if (!word.tags.has('Noun') || word.tags.has('Verb')) return false;
  const after = tokens[next + 1];
  const objectFollows = plainGap(word) && !!after && (after.tags.has('Noun') || after.tags.has('Determiner') || after.tags.has('Value') || after.tags.has('Adjective')) && !isNameWord(after);
  return !objectFollows;
}

/** The words of the name a reference points at before its head ("the Beidou laboratory", "the Hon Lam centre"), and where the head is. */
function wordsBeforeHead(tokens: Token[], from: number): { specific: string[]; head: number } {
  let k = from;
  // "the Beidou laboratory": words of the name it points at, before a lower-case head.
  const specific: string[] = [];
  // "the Hon Lam centre": several capitalised words of the name it points at, then a lower-case head.
  let run = k;
  while (isNameWord(tokens[run]) && isCapitalised(tokens[run]) && !HEADS[tokens[run].lower] && plainGap(tokens[run])) run += 1;
  if (run > k + 1 && tokens[run] && !isCapitalised(tokens[run]) && headRule(tokens[run].lower, tokens[run].lower)) {
    specific.push(...tokens.slice(k, run).map((token) => token.lower));
    k = run;
  }
  // "the science park": words of the name it points at, before a lower-case head.
  // ("attended the Assembly as an observer": a capitalised head word before a lower-case one is the head.)
  // ("the training base": a gerund before a head word is one of its words.)
  const gerundBeforeHead = (token: Token) => /..ing$/.test(token.lower) && !isCapitalised(token) && !!HEADS[tokens[token.index + 1]?.lower ?? ''];
  while (k + 1 < tokens.length && plainGap(tokens[k]) && !isCapitalised(tokens[k + 1]) && ((isNameWord(tokens[k]) && !(specific.length === 0 && HEADS[tokens[k].lower])) || gerundBeforeHead(tokens[k]) || (nominal(tokens[k]) && !isCapitalised(tokens[k]) && !/['’]s$/.test(tokens[k].lower) && !HEADS[tokens[k].lower] && !HEADS[singular(tokens[k].lower)] && !COLLECTIVE_HEADS.has(tokens[k].lower) && !EVENT_ROLE_PLURALS[tokens[k].lower] && !['Verb', 'Ordinal', 'Value'].some((tag) => tokens[k].tags.has(tag))))) specific.push(tokens[k++].lower);
  // ("to the joint venture for fifteen years": "venture" is the head, though a lower-case word follows it.)
  if (specific.at(-1) === 'venture' && tokens[k - 2]?.lower === 'joint' && !headRule(tokens[k]?.lower ?? '', tokens[k]?.lower ?? '')) {
    specific.pop();
    k -= 1;
  }
  return { specific, head: k };
}

/**
 * Definite descriptions that point back at something the text named: "hosted the Forum", "the new
 * laboratory", "the two universities". The head must end the phrase: "the center for …" or "the forum
 * organisers" describe something else.
 */
export function findReferences(text: string, sentence: Sentence): Mention[] {
  const { tokens } = sentence;
  const found: Mention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (!DEFINITE.has(tokens[index].lower)) continue;
    // "gathered in the Malaysian capital": the country's capital, by name.
    const capital = tokens[index].lower === 'the' && tokens[index + 2]?.lower === 'capital' && isDemonym(tokens[index + 1]) && plainGap(tokens[index + 1]) ? capitalCityOf(countryOfDemonym(tokens[index + 1].text)!) : undefined;
    if (capital) {
      found.push(mention(text, sentence, index + 1, index + 2, { form: 'name', type: EntityType.Place, kind: 'CITY', name: capital, confidence: 0.75, reason: `"${tokenText(text, sentence, index, index + 2)}" is ${capital}` }));
      index += 2;
      continue;
    }
    let k = index + 1;
    for (;;) {
      // ("the newly admitted Vientiane institute": any participle after "newly" describes it.)
      const newlyDone = tokens[k - 1]?.lower === 'newly' && /ed$/.test(tokens[k]?.lower ?? '');
      if (k < tokens.length && (DESCRIPTIVE.has(tokens[k].lower) || /^\d+$/.test(tokens[k].text) || newlyDone) && plainGap(tokens[k - 1])) k += 1;
      // "the Nanning-based company": where it is based describes it, and is no word of its name.
      else if (/^-$/.test(tokens[k]?.post ?? '') && /^(?:based|headquartered)$/.test(tokens[k + 1]?.lower ?? '') && plainGap(tokens[k - 1])) k += 2;
      // "this year's Assembly", "this week's forum": the one of now, named before.
      else if (k === index + 1 && tokens[index].lower === 'this' && /^(?:year|week|month)['’]s$/.test(tokens[k]?.lower ?? '')) k += 1;
      else break;
    }
    // ("grants the venture a licence": "venture" right after the article is the head, whatever follows it.)
    const venture = k === index + 1 && tokens[k]?.lower.replace(/['’]s$/, '') === 'venture';
    const described = venture ? { specific: [] as string[], head: k } : wordsBeforeHead(tokens, k);
    const specific = described.specific;
    k = described.head;
    const head = tokens[k];
    // "the next workshop", "the previous forum": another occurrence, which the text does not name.
    if (!head || !plainGap(tokens[k - 1]) || specific.some((word) => SEQUENCE_WORDS.has(word))) continue;
    // ("the joint venture": the company a joint venture set up, as "the joint venture company" says in full; so does "the
    // venture" alone.)
    const jointVenture = head.lower.replace(/['’]s$/, '') === 'venture' && (tokens[k - 1]?.lower === 'joint' || specific.length === 0);
    const word = jointVenture ? 'company' : head.lower.replace(/['’]s$/, '');
    if (jointVenture) specific.push('venture');
    const words = tokens.slice(index + 1, k + 1).map((token) => token.lower);
    // ("the two ministries": a counted plural of a head word the lexicon lists in the singular.)
    const countedPlural = words.some((item) => NUMBER_WORDS[item] !== undefined) && singular(word) !== word && !!headRule(singular(word), singular(word));
    // ("the base", "the farm": a head word that names only with words before it, said alone, points back at such a name.)
    const bareHead = specific.length === 0 && words.length === 1 && HEADS[word]?.requires !== undefined;
    // ("The organisers said the next forum …": who speaks for an event acts for no one named.)
    const role = specific.length === 0 && EVENT_ROLE_PLURALS[word] !== undefined && !REPORTING_VERBS.test(tokens[k + 1]?.lower ?? '');
    if (!headRule(word, words.join(' ')) && !headRule(word, [...specific, word].join(' ')) && !COLLECTIVE_HEADS.has(word) && !PARTY_WORDS.has(word) && !countedPlural && !bareHead && !role) continue;
    if (!jointVenture && plainGap(head) && continuesDescription(tokens, k + 1)) continue;
    // "the partners plan to extend …", "the members plan their cruise": a head word followed by "to" and a verb, or
    // by an object after a plural, is a verb.
    // ("by MIHI and the Guangxi university to link …": a head word no verb shares its form with stays a noun.)
    if ((tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.tags.has('Verb') && !NOUN_ONLY_HEADS.test(word)) || (specific.length > 0 && verbOfPluralBeforeObject(tokens, k))) continue;
    // "the joint research, development and promotion of …": the head opens a list of nouns.
    const listed = tokens[k + 1] && !isCapitalised(tokens[k + 1]) && tokens[k + 1].tags.has('Noun') && (/^,\s*$/.test(head.post) || ['and', 'or'].includes(tokens[k + 1].lower));
    if (listed || (['and', 'or'].includes(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.tags.has('Noun') && !isCapitalised(tokens[k + 2]))) continue;
    // "the two institutes": a plural the lexicon lists only in the singular.
    const classified = (bareHead ? HEADS[word] : undefined) ?? classify([...specific, word]) ?? classify([singular(word)]) ?? { type: EntityType.Institution, kind: 'ENTERPRISE_GROUP' };
    const counted = words.map((item) => NUMBER_WORDS[item] ?? (/^\d+$/.test(item) ? Number(item) : undefined)).find((count) => count !== undefined) ?? (tokens[index].lower === 'both' ? 2 : undefined);
    const plural = /[^s]s$/.test(word) && singular(word) !== word;
    found.push(
      mention(text, sentence, index, k, {
        form: 'reference',
        type: classified.type,
        kind: classified.kind,
        name: role ? word : [...specific, singular(word)].join(' '),
        antecedents: counted ?? (plural ? undefined : 1),
        confidence: 0.6,
        reason: `"${tokenText(text, sentence, index, k)}" refers to the ${singular(word)} named before`,
      }),
    );
    index = k;
  }
  return found;
}

const REPORTING_VERBS = /^(?:said|says|say|told|added|noted|stated|announced|expects?|expected|hopes?|hoped)$/;

/** Words that add nothing to a head word: "the new laboratory", "the Joint Laboratory", "the two universities". */
const EMPTY_MODIFIERS = new Set([...GENERIC_MODIFIERS, ...DESCRIPTIVE, 'said', 'this', 'these', 'those']);

/**
 * A name or phrase that only repeats a head word ("the Joint Laboratory", "New laboratory") names nothing
 * new: it becomes a reference, resolved like "the center" to the entity named before. Returns whether it did.
 */
export function asReference(found: Mention): boolean {
  if (found.form !== 'name' && found.form !== 'phrase') return false;
  const words = found.text.toLowerCase().split(/[\s-]+/).filter((word) => word !== 'the');
  const head = singular(words.at(-1)!.replace(/['’]s$/, ''));
  const type = REFERENCE_HEADS[head];
  if (!type || words.length === 0 || !words.slice(0, -1).every((word) => EMPTY_MODIFIERS.has(word))) return false;
  const count = words.map((word) => NUMBER_WORDS[word]).find((value) => value !== undefined);
  const classified = classify([head]);
  Object.assign(found, { form: 'reference', type, kind: classified?.kind ?? found.kind, name: head, antecedents: count ?? (singular(words.at(-1)!) !== words.at(-1) ? undefined : 1), confidence: 0.6, reason: `"${found.text}" refers to the ${head} named before` });
  return true;
}

/** Countries, demonyms' countries and cities inside a longer name. */
/**
 * "Department of Science and Technology of Guangxi Zhuang Autonomous Region", "Bureau of Agriculture of Yunnan Province": a
 * public body's name that goes on, after its complement, with "of" and a name without a head word names the province or
 * region it serves (a country is found as any country is).
 */
function jurisdictionInName(text: string, outer: Mention): Mention | undefined {
  const { tokens } = outer.sentence;
  if (outer.kind !== 'GOVERNMENT_BODY' || outer.form !== 'name') return undefined;
  const ofs = tokens.slice(outer.first, outer.last + 1).flatMap((token) => (token.lower === 'of' ? [token.index] : []));
  if (ofs.length < 2) return undefined;
  const first = pastArticle(tokens, ofs.at(-1)! + 1);
  const words = tokens.slice(first, outer.last + 1);
  const written = text.slice(tokens[first].start, tokens[outer.last].end);
  if (words.length === 0 || !words.every(isNameWord) || hasHead(tokens, first, outer.last) || countryNamed(written)) return undefined;
  return mention(text, outer.sentence, first, outer.last, { nested: true, form: 'name', name: withoutRegionDesignators(written), type: EntityType.Place, kind: 'REGION', confidence: 0.6, reason: `the province or region "${outer.name}" serves` });
}

export function findNested(text: string, outer: Mention): Mention[] {
  const found: Mention[] = [];
  // "Papua New Guinea" names one country, not Guinea too.
  if (outer.type === EntityType.Country) return found;
  const { tokens } = outer.sentence;
  const parent = parentInName(text, outer);
  if (parent) found.push(parent);
  const jurisdiction = jurisdictionInName(text, outer);
  if (jurisdiction) found.push(jurisdiction);
  for (let index = outer.first; index <= outer.last; index += 1) {
    const token = tokens[index];
    if (!isCapitalised(token)) continue;
    const country = countryNamed(token.text) ?? (token.tags.has('Demonym') ? countryOfDemonym(token.text) : undefined);
    const base = { nested: true, form: 'name' as const };
    if (country) {
      const demonym = !countryNamed(token.text);
      found.push(
        mention(text, outer.sentence, index, index, {
          ...base,
          name: country.name,
          type: EntityType.Country,
          kind: 'COUNTRY',
          properties: { isoCode: country.isoCode },
          confidence: demonym ? 0.6 : 0.9,
          reason: demonym ? `"${token.text}" names ${country.name}` : `a country (ISO ${country.isoCode})`,
        }),
      );
    } else if (capitalOf(token.text)) {
      found.push(mention(text, outer.sentence, index, index, { ...base, type: EntityType.Place, kind: 'CITY', confidence: 0.75, reason: 'a city (gazetteer) named inside a name' }));
    }
  }
  return found;
}

/** Whether a lowercase word can be part of a noun phrase. */
// ("The firm operates six data centres": where the parser ran, a finite verb it reads is none, whatever compromise says.)
const nominal = (token: Token | undefined) =>
  !!token && !(/^VB[DZP]$/.test(token.pos ?? '') && !HEADS[token.lower]) && !FUNCTION_WORDS.has(token.lower) && !COMPLEMENTS.has(token.lower) && !['or', 'and', 'which', 'who', 'that', 'to'].includes(token.lower) && !token.tags.has('Adverb') && !(token.tags.has('PastTense') && !token.tags.has('Adjective')) && !token.tags.has('Pronoun') && !token.tags.has('Auxiliary') && !token.tags.has('Copula') && !token.tags.has('Conjunction');

/**
 * Lowercase noun phrases whose head says what they are ("a China-ASEAN technology transfer cooperation
 * network", "the telecommunication enterprises in the Philippines"), with their "of"/"in"/"at" complement
 * when the head is a group or a plan.
 */
/** Words that open an object: a head word before one is a verb ("plan a project"). */
export const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'this', 'these']);

/** "the members plan their cruise": a head word after a plural noun and before an object is that noun's verb. */
const verbOfPluralBeforeObject = (tokens: Token[], head: number) => !!tokens[head - 1]?.tags.has('Plural') && OBJECT_OPENERS.has(tokens[head + 1]?.lower ?? '');

/** "Thai", "Vietnamese", "Lao": a word that says which country something is of (compromise tags some as organisations). */
export const isDemonym = (token: Token) => isCapitalised(token) && countryOfDemonym(token.text) !== undefined;

/** Determiners that speak of any or none, never of one particular thing. */
const QUANTIFIERS = new Set(['no', 'every', 'each', 'any', 'all', 'some', 'many', 'most', 'several', 'few', 'another', 'other', 'more']);

export function findPhrases(text: string, sentence: Sentence, nameAt: (index: number) => Mention | undefined): Mention[] {
  const { tokens } = sentence;
  const found: Mention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const first = tokens[index];
    // compromise tags some nouns as verbs ("transfer", "centers"); only a phrase's first word must not be a verb.
    const afterModal = MODALS.has(tokens[index - 1]?.lower ?? '') || tokens[index - 1]?.lower === 'to';
    const verbal = first.tags.has('Verb') && !first.tags.has('Noun') && !first.tags.has('Adjective') && (!HEADS[first.lower] || afterModal);
    // "training centres", "testing stations": a gerund right before a head word names what the thing is for.
    const purpose = first.tags.has('Gerund') && plainGap(first) && !!HEADS[tokens[index + 1]?.lower ?? ''];
    if (!nameAt(index) && !purpose && (!nominal(first) || verbal || first.tags.has('Gerund'))) continue;
    const words = phraseWords(tokens, index, nameAt);
    const { heads } = words;
    let { last } = words;
    // "the genebanks, institute and company": a phrase ends in a word, not in the conjunction of what follows.
    while (last > index && ['and', 'or'].includes(tokens[last].lower)) last -= 1;
    if (last < index) continue;
    // "the Network's working group", "the Tern institute's laboratory": something a name (or a short reference to one)
    // owns, described, not named; the owner is read on its own. ("each participant's own laboratory": so is what a person has.)
    const owner = tokens.slice(index, last).findIndex((token) => /['’]s$/.test(token.text));
    const ownerWord = owner >= 0 ? tokens[index + owner].lower.replace(/['’]s$/, '') : '';
    const personOwns = PEOPLE_NOUNS.has(ownerWord) || PEOPLE_NOUNS.has(`${ownerWord}s`);
    if (owner >= 0 && (isCapitalised(tokens[index]) || personOwns)) {
      index = owner > 0 ? index + owner : last;
      continue;
    }
    const headIndex = heads.at(-1);
    if (headIndex === undefined) {
      const sites = spreadSites(text, sentence, index, last);
      if (sites) {
        if (!describedGroup(tokens, sites)) found.push(sites);
        index = sites.last;
        continue;
      }
    }
    // The head ends the phrase, or heads a list of nouns after it ("research, development and promotion").
    const tail = headIndex === undefined ? [] : tokens.slice(headIndex + 1, last + 1);
    if (headIndex === undefined || !tail.every((token) => ['and', 'or'].includes(token.lower) || (token.tags.has('Noun') && !isCapitalised(token)))) {
      index = Math.max(index, last);
      continue;
    }
    const head = tokens[headIndex];
    // "the partners plan to extend …": a head word followed by "to" and a verb is a verb itself.
    if (headIndex === last && tokens[last + 1]?.lower === 'to' && tokens[last + 2]?.tags.has('Verb')) {
      index = last;
      continue;
    }
    // "the forum secretariat", "the fair pavilions": a known head followed straight by a noun the lexicon does not
    // know only modifies it; the phrase is headed by that noun and names nothing.
    if (headIndex < last && /^\s*$|^-$/.test(head.post) && !['and', 'or'].includes(tokens[headIndex + 1].lower) && !nameAt(headIndex + 1)) {
      index = Math.max(index, last);
      continue;
    }
    // "A and the B Institute plan a project", "the members plan their first cruise": a head word right after a name or
    // a plural noun, before an article, is the verb of that name or noun.
    const afterName = nameEndsAt(index, headIndex - 1, nameAt) && OBJECT_OPENERS.has(tokens[last + 1]?.lower ?? '');
    if (headIndex === last && headIndex > index && (afterName || verbOfPluralBeforeObject(tokens, headIndex))) {
      index = last;
      continue;
    }
    if (namesNoOne(tokens, index, headIndex, last)) {
      index = last;
      continue;
    }
    const read = headedPhrase(text, sentence, { first: index, last, headIndex, heads }, nameAt);
    if (read.phrase && !describedGroup(tokens, read.phrase)) found.push(read.phrase);
    index = read.next;
  }
  return found;
}

/**
 * "at its laboratories in Chengdu", "their partner universities": an owner's things in the plural, none in particular;
 * "its research centre", "its Guangzhou laboratory", "its working group on …": one of its own, described in small letters
 * (and where it is), named elsewhere if at all.
 */
function ownersThings(tokens: Token[], first: number, headIndex: number): boolean {
  if (!POSSESSIVE_DETERMINERS.has(tokens[first - 1]?.lower ?? '')) return false;
  // ("at its Guangzhou laboratory": a known place says where its own one is.)
  return /[^s]s$/.test(tokens[headIndex].lower) || tokens.slice(first, headIndex + 1).every((token) => !isCapitalised(token) || (token.index < headIndex && isKnownPlace(token)));
}

/** Prepositions before which a group is where something happens or comes from, not something set up: "trials on rice farms in …". */
const SETTING_PREPOSITIONS = new Set(['on', 'at', 'from', 'across', 'among', 'around', 'throughout']);

/**
 * "the membership to 46 institutions and companies in nine countries", "straw from rice mills in five provinces", "field
 * trials on rice farms in three provinces": a group counted by its head, or placed after a preposition of setting, says how
 * many or where; only one that is built, set up or supported ("will set up training centres in three countries") is one.
 */
function describedGroup(tokens: Token[], group: Mention): boolean {
  if (!group.properties.collective) return false;
  const counted = (token: Token | undefined) => !!token && (token.tags.has('Value') || /^\d/.test(token.text));
  // ("runs more than 4,000 swapping stations", "has installed over 200 systems": a count put roughly says how big, not what
  // was made.)
  let first = group.first;
  while (APPROXIMATORS.has(tokens[first]?.lower ?? '')) first += 1;
  if (first > group.first || APPROXIMATORS.has(tokens[first - 1]?.lower ?? '')) return counted(tokens[first]);
  const count = counted(tokens[group.first]) ? group.first : counted(tokens[group.first - 1]) ? group.first - 1 : -1;
  // ("to establish 5 joint laboratories in 4 ASEAN countries": a count of what is made is a group made.)
  const verb = tokens[count - 1]?.lower === 'up' ? count - 2 : count - 1;
  if (count >= 0) return !MAKING_VERBS.test(tokens[verb]?.lower ?? '');
  // ("drones for coastal agencies in …", "checked against field plots in …", "officials of environment agencies in …": whom
  // something is for, what it is checked against, whom people come from.)
  const before = tokens[group.first - 1]?.lower ?? '';
  return SETTING_PREPOSITIONS.has(before) || ['for', 'against'].includes(before) || (before === 'of' && PEOPLE_NOUNS.has(tokens[group.first - 2]?.lower ?? ''));
}

/** Words that put a count roughly: "more than 200", "over 4,000", "nearly 50". */
const APPROXIMATORS = new Set(['more', 'than', 'over', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'approximately', 'least']);

/** Verbs that make or keep up what they count: "establish 5 joint laboratories", "set up 12 stations", "runs 3 centres". */
const MAKING_VERBS = /^(?:establish|set|build|built|open|create|launch|develop|found|support|fund|operat|run|install)/;

/** Places counted in the plural: what "in five coastal villages" spreads something over. */
const COUNTED_PLACES = /^(?:provinces|countries|villages|districts|cities|towns|regions|states|counties|municipalities|communes|prefectures)$/;
/** Words that qualify a count: "three more ASEAN countries", "two other provinces". */
const COUNT_QUALIFIERS = new Set(['more', 'other', 'further', 'additional']);

/** The tokens of a phrase that name the whole its counted places lie in ("… in three counties of Baise": Baise), if any. */
export function placesWholeSpan(tokens: Token[], phrase: { first: number; last: number }): { from: number; to: number } | undefined {
  for (let k = phrase.first; k < phrase.last; k += 1) {
    if (!COUNTED_PLACES.test(tokens[k].lower)) continue;
    const end = placesWholeEnd(tokens, k);
    if (end > k && end <= phrase.last) return { from: k + 2, to: end };
  }
  return undefined;
}

/**
 * Where a named whole that places counted in the plural lie in ends: "counties of Baise", "states of Malaysia", "provinces
 * of northern Laos and Viet Nam", "villages around Wairasa"; `places` itself when no such name follows.
 */
function placesWholeEnd(tokens: Token[], places: number): number {
  if (!plainGap(tokens[places]) || !/^(?:of|around|near)$/.test(tokens[places + 1]?.lower ?? '')) return places;
  let k = pastArticle(tokens, places + 2);
  let end = places;
  const capitalised = (at: number) => at < tokens.length && isCapitalised(tokens[at]);
  while (k < tokens.length) {
    if (DIRECTION_WORDS.has(tokens[k].lower) && capitalised(k + 1)) k += 1;
    if (!capitalised(k)) break;
    while (capitalised(k + 1) && plainGap(tokens[k])) k += 1;
    // ("… in three provinces of the Mekong Rice Alliance": a name with an organisation's head word is whose they are, no place.)
    if (HEADS[tokens[k].lower] || HEADS[singular(tokens[k].lower)]) break;
    end = k;
    // "… of northern Laos and Viet Nam": another name joined by "and".
    if (!plainGap(tokens[k]) || tokens[k + 1]?.lower !== 'and' || !capitalised(k + 2)) break;
    k += 2;
  }
  return end;
}

/**
 * "demonstration plots in four northern provinces", "service points in three provinces": things of a kind without a head
 * word the lexicon knows, spread over places it counts, are sites set up there; one entity for them, as for "training
 * centres in five countries". Only in this frame: as heads anywhere, "farms" would take "farm machinery" from its field.
 */
function spreadSites(text: string, sentence: Sentence, first: number, last: number): Mention | undefined {
  const { tokens } = sentence;
  const head = tokens[last];
  if (last <= first || isCapitalised(tokens[first]) || !/[^s]s$/.test(head.lower) || PEOPLE_NOUNS.has(head.lower) || PEOPLE_PLURAL.test(head.lower)) return undefined;
  const count = tokens[last + 2];
  if (QUANTIFIERS.has(tokens[first].lower) || tokens[last + 1]?.lower !== 'in' || !plainGap(head) || !count || !(count.tags.has('Value') || ['several', 'many'].includes(count.lower))) return undefined;
  let place = last + 3;
  while (place < Math.min(tokens.length, last + 6) && !COUNTED_PLACES.test(tokens[place].lower) && plainGap(tokens[place - 1])) place += 1;
  if (!COUNTED_PLACES.test(tokens[place]?.lower ?? '') || !plainGap(tokens[place - 1])) return undefined;
  // "cooperatives in two districts": a kind the lexicon knows in the singular keeps its type.
  const kind = HEADS[singular(head.lower)];
  const end = placesWholeEnd(tokens, place);
  const sites = mention(text, sentence, first, end, { form: 'phrase', type: kind?.type ?? EntityType.Platform, kind: kind?.kind ?? 'RESEARCH_CENTER', confidence: 0.6, reason: `sites ("${head.text}") spread over counted places` });
  sites.name = phraseName(sentence, first, end);
  sites.properties = { collective: true };
  return sites;
}

/**
 * Whether the words from `from` to `last` name nothing but where the thing is: small letters, demonyms, and the names of
 * places and countries ("the Jakarta office of X" is X's office in Jakarta, described, not named).
 */
function namesNoneButPlaces(tokens: Token[], from: number, last: number, nameAt: (index: number) => Mention | undefined): boolean {
  for (let k = from; k <= last; k += 1) {
    const name = nameAt(k);
    if (name && (name.type === EntityType.Place || name.type === EntityType.Country) && name.last <= last) k = name.last;
    else if (isCapitalised(tokens[k]) && !isDemonym(tokens[k])) return false;
  }
  return true;
}

/** Words that make research a joint work of its own: "joint research on X", "collaborative research". */
const JOINT_WORK_WORDS = new Set(['joint', 'cooperative', 'collaborative', 'cooperation']);

/** Whether the phrase from `index` headed at `headIndex` and ending at `last` speaks of no particular one. */
function namesNoOne(tokens: Token[], index: number, headIndex: number, last: number): boolean {
  // "No single lab can …", "Every partner university will …": a quantifier says of no particular one.
  if (QUANTIFIERS.has(tokens[index].lower) || ownersThings(tokens, index, headIndex)) return true;
  // "innovation platforms such as A, B and C": a class of things, not one.
  if (/^such$|^including$/.test(tokens[last + 1]?.lower ?? '')) return true;
  // "will jointly fund research on vaccines", "promotes research and standardisation": research described, not a work of
  // its own ("joint research on X" is one).
  return tokens[headIndex].lower === 'research' && !tokens.slice(index, headIndex).some((token) => JOINT_WORK_WORDS.has(token.lower));
}

/** Whether a name that starts between `from` and `at` ends at `at`. */
function nameEndsAt(from: number, at: number, nameAt: (index: number) => Mention | undefined): boolean {
  for (let k = at; k >= from; k -= 1) if (nameAt(k)) return nameAt(k)!.last === at;
  return false;
}

/** Words for the part organisations play in something: "partner universities", "member institutions". */
const ROLE_MODIFIERS = new Set(['partner', 'member', 'participating', 'founding']);

/** Where a phrase of organisations of a kind ends when it names no group of them; undefined when it names one. */
function unnamedGroupEnd(tokens: Token[], at: { index: number; headIndex: number; last: number; end: number }): number | undefined {
  // "universities and research institutes of the two sides": whose they are is only the pair the text is about.
  if (/^of\s+(?:the\s+)?(?:two|both)\s+(?:sides|countries|parties|governments)$/.test(lowerWords(tokens, at.last + 1, at.end).join(' '))) return at.end;
  // "visits to companies in the Chao Phraya Science Park": a kind alone, with no word to say whose or which.
  return at.headIndex === at.index && !isCapitalised(tokens[at.index]) ? at.end : undefined;
}

/**
 * Whether the phrase from `first` to `last` counts what it names: "monitoring stations in three provinces" are a group;
 * "liquid-cooled edge data centres in Malaysia", "the battery laboratories of X" are where work happens, no platform.
 */
const countsWhatItNames = (tokens: Token[], first: number, last: number) => tokens.slice(first, last + 1).some((token) => token.tags.has('Value') || COUNT_WORDS.has(token.lower));

/** "X, whose head office is in Kampot": what a relative word's phrase names is the antecedent's, no entity of its own. */
const afterRelativeWord = (tokens: Token[], index: number) => [tokens[index], tokens[index - 1]].some((token) => /^(?:whose|which|whom)$/.test(token?.lower ?? ''));

/**
 * "the research station", "the port authority", "the Thai university": one thing of a kind, singular and unnamed, points
 * at one the text names (or names nothing); it is never a new entity of its own. ("licenses … to Indonesian university",
 * "form joint venture at Luzon Bay park": nor is one without an article, in small letters but for where it is, a
 * headline's way of saying it.)
 */
function oneOfAKindUnnamed(tokens: Token[], at: { index: number; headIndex: number; last: number }, definite: boolean, nameAt: (index: number) => Mention | undefined): boolean {
  const { index, headIndex, last } = at;
  if (definite) return namesNoneButPlaces(tokens, tokens[index].lower === 'the' ? index + 1 : index, last, nameAt);
  const articleless = !['a', 'an'].includes(tokens[index - 1]?.lower ?? '') && !POSSESSIVE_DETERMINERS.has(tokens[index - 1]?.lower ?? '');
  return articleless && !isCapitalised(tokens[headIndex]) && tokens.slice(index, headIndex).some(isCapitalised) && namesNoneButPlaces(tokens, index, last, nameAt);
}

/**
 * "a public university", "the first project", "the next workshop", "a Hanoi company": described, not named (a place, or
 * one capitalised word nothing types, says where the thing described is, not which it is; "the next Steering Council
 * meeting" is another meeting of a body the text names, itself not named). ("a Singapore-based charitable trust": where
 * it is based may stand between the article and the words.)
 */
function describedNotNamed(tokens: Token[], index: number, last: number, nameAt: (index: number) => Mention | undefined): boolean {
  const first = tokens[index];
  const article = namesASeat(tokens, index - 2) ? index - 3 : index - 1;
  const described = ['a', 'an'].includes(tokens[article]?.lower ?? '') || first.tags.has('Ordinal') || first.tags.has('Value') || SEQUENCE_WORDS.has(first.lower);
  const naming = (name: Mention | undefined) => !!name && name.type !== EntityType.Place && name.type !== EntityType.Country && (name.type !== undefined || name.last > name.first);
  const anotherMeeting = SEQUENCE_WORDS.has(first.lower) && !isCapitalised(tokens[last]) && HEADS[tokens[last].lower]?.type === EntityType.Event;
  return described && (anotherMeeting || !Array.from({ length: last - index + 1 }, (_, n) => nameAt(index + n)).some(naming));
}

/** The phrase from `first` to `last` headed at `headIndex`, with its complement, unless it names nothing; and where reading goes on. */
function headedPhrase(text: string, sentence: Sentence, at: { first: number; last: number; headIndex: number; heads: number[] }, nameAt: (index: number) => Mention | undefined): { phrase?: Mention; next: number } {
  const { tokens } = sentence;
  const { first: index, last, headIndex, heads } = at;
  const first = tokens[index];
  const head = tokens[headIndex];
  const collective = COLLECTIVE_HEADS.has(head.lower);
  const classified = collective ? { type: EntityType.Institution, kind: 'ENTERPRISE_GROUP', head: head.lower } : classify(lowerWords(tokens, index, headIndex));
  if (!classified || afterRelativeWord(tokens, index)) return { next: index };
  // The complement that tells which ones: "of Guangxi", "in the Philippines", "at home and abroad", "of … resources".
  let end = last;
  const complement = tokens[last + 1]?.lower;
  const plural = head.tags.has('Plural') || /[^s]s$/.test(head.lower);
  const takesComplement = collective || plural || ['strategy', 'mechanism', 'research', 'development', 'plan', 'policy'].includes(head.lower);
  if (takesComplement && plainGap(tokens[last]) && (complement === 'of' || ((complement === 'in' || complement === 'at') && (collective || plural)))) {
    end = complementEnd(tokens, last + 2, nameAt);
  }
  // "the genebanks, institute and company": kinds listed, none named ("… of Guangxi" would say which, and so does "at
  // home and abroad"; "in Cambodia" after the list only says where such ones are: "links diagnostic laboratories,
  // universities and hatchery companies in Cambodia", "open to universities, research institutes and companies in China").
  if ((end === last || tokens[last + 1].lower === 'in') && heads.length > 1 && tokens.slice(heads[0], headIndex).some((token) => /,/.test(token.post) || token.lower === 'and') && !Array.from({ length: last - index + 1 }, (_, n) => nameAt(index + n)).some(Boolean)) {
    return { next: last };
  }
  // "partner universities in …", "member institutions": the part organisations play, said of the ones named beside it.
  if ((collective || plural) && tokens.slice(index, headIndex).some((token) => ROLE_MODIFIERS.has(token.lower))) {
    return { next: last };
  }
  // "the forum organisers": people, not the forum. ("to book wagon space", "laboratory space": room, in small letters, is
  // no platform; "the Innovation Space for …" is one's name.)
  if (PEOPLE_NOUNS.has(tokens[last].lower) || (/^spaces?$/.test(head.lower) && !isCapitalised(head))) {
    return { next: last };
  }
  // ("runs the SwapIn network for riders", "from its SwapGo network of 2,400 stations": one brand's word before "network" in
  // small letters names a company's stations or links, no cooperation network.)
  if (/^networks?$/.test(head.lower) && !isCapitalised(head) && headIndex === index + 1 && isCapitalised(first) && !nameAt(index)?.type) {
    return { next: last };
  }
  if (end === last && index === last) {
    // A bare head word ("the conference", "research") is a reference, not a name.
    return { next: index };
  }
  if (end === last && describedNotNamed(tokens, index, last, nameAt)) return { next: last };
  // "operates six data centres in Thailand": things counted in one place are described; "bases in three countries" are a group.
  if (end > last && first.tags.has('Value') && (collective || plural) && !tokens.slice(last + 1, end + 1).some((token) => token.tags.has('Value'))) {
    return { next: end };
  }
  const definite = tokens[index - 1]?.lower === 'the' || first.lower === 'the';
  if (end === last && !(collective || plural) && oneOfAKindUnnamed(tokens, { index, headIndex, last }, definite, nameAt)) {
    return { next: last };
  }
  // "at its October meeting", "the spring workshop": when it met says which meeting, but names none.
  if (end === last && headIndex > index && tokens.slice(index, headIndex).every((token) => token.tags.has('Month') || token.tags.has('WeekDay') || /^(?:spring|summer|autumn|fall|winter|annual|monthly|weekly)$/.test(token.lower))) {
    return { next: last };
  }
  // "… form joint venture to build edge-computing centre": a singular thing without an article after a verb is a
  // headline's way of describing one, never its name.
  const bare = !definite && !isCapitalised(first) && /^(?:VB\w?|TO|IN)$/.test(tokens[index - 1]?.pos ?? '') && !['a', 'an', 'the'].includes(tokens[index - 1]?.lower ?? '');
  if (end === last && bare && !(collective || plural) && classified.type === EntityType.Platform) {
    return { next: last };
  }
  const noGroup = collective ? unnamedGroupEnd(tokens, { index, headIndex, last, end }) : undefined;
  if (noGroup !== undefined) return { next: noGroup };
  // "technology transfer centers", "group projects": organisations or works of a kind, not named; "… in ASEAN countries" or
  // "… with two countries" says which.
  const counted = tokens[last + 1]?.lower === 'with' && (tokens[last + 2]?.tags.has('Value') || nameAt(last + 2) !== undefined);
  const ofAKind = [EntityType.Platform, EntityType.Institution, EntityType.Project].includes(classified.type);
  if (end === last && !counted && (collective || plural) && ofAKind) return { next: last };
  // ("rural primary schools in Laos and Cambodia", "edge data centres in Malaysia": where, uncounted, says which ones only.)
  if (end > last && plural && !collective && ofAKind && !countsWhatItNames(tokens, index, end)) return { next: end };
  const phrase = mention(text, sentence, index, end, {
    form: 'phrase',
    type: classified.type,
    kind: classified.kind,
    confidence: collective ? 0.7 : 0.65,
    reason: collective ? `a group of organisations ("${head.text}")` : `a phrase whose head is "${head.text}"`,
  });
  phrase.name = phraseName(sentence, index, end);
  if (collective || plural) phrase.properties = { collective: true };
  else phrase.describesOne = true;
  return { phrase, next: end };
}

/** The lower-case words from `first` to `last`. */
const lowerWords = (tokens: Token[], first: number, last: number) => tokens.slice(first, last + 1).map((token) => token.lower);

/** A phrase's words from `index`: nouns, adjectives, numbers and names, joined by "and"/"or" (commas in a list of groups); the head words among them. */
function phraseWords(tokens: Token[], index: number, nameAt: (index: number) => Mention | undefined): { last: number; heads: number[] } {
  let last = index - 1;
  let k = index;
  const heads: number[] = [];
  while (k < tokens.length) {
    const token = tokens[k];
    const name = nameAt(k);
    if (name) {
      last = name.last;
      k = name.last + 1;
    } else if (nominal(token) && !((token.tags.has('Gerund') || /ing$/.test(token.lower)) && heads.length > 0)) {
      const phrase = lowerWords(tokens, index, k).join(' ');
      if (!isCapitalised(token) && ((headRule(token.lower, phrase) && !NAME_ONLY_HEADS.has(token.lower)) || COLLECTIVE_HEADS.has(token.lower))) heads.push(k);
      last = k;
      k += 1;
    } else if ((token.lower === 'and' || token.lower === 'or') && last >= index && nominal(tokens[k + 1])) {
      k += 1;
      continue;
    } else break;
    // ("Work Package 4 (policy and training)": a bracket opens a gloss, no part of the phrase before it.)
    const gap = tokens[k - 1].post + (tokens[k]?.pre ?? '');
    if (/^\s*$|^-$/.test(gap)) continue;
    if (/^,\s*$/.test(gap) && nominal(tokens[k]) && !tokens[k].tags.has('Adjective') && heads.length > 0) continue;
    break;
  }
  return { last, heads };
}

/** "… in three countries next year": a time after the complement is no part of it. */
const endsWithTime = (tokens: Token[], at: number) => tokens[at].tags.has('Date') || (/^(?:next|last|this|every)$/.test(tokens[at].lower) && !!tokens[at + 1]?.tags.has('Date'));

/** "… in three provinces and help companies …", "… and exchange 20 students": after "and", a verb with its object opens another clause. */
const opensClause = (tokens: Token[], at: number) =>
  isVerb(tokens[at]) && !tokens[at].tags.has('Gerund') && !!tokens[at + 1] && (tokens[at + 1].tags.has('Value') || tokens[at + 1].tags.has('Determiner') || isCapitalised(tokens[at + 1]) || OBJECT_OPENERS.has(tokens[at + 1].lower) || tokens[at + 1].tags.has('Plural'));

/** The end of an "of …"/"in …" complement: names and nominal words, "and" between them, "home and abroad". */
function complementEnd(tokens: Token[], from: number, nameAt: (index: number) => Mention | undefined): number {
  let last = from - 2;
  let k = from;
  if (tokens[k]?.lower === 'the') k += 1;
  while (k < tokens.length) {
    const name = nameAt(k);
    if (name) {
      last = name.last;
      k = name.last + 1;
    } else if ((nominal(tokens[k]) || tokens[k].tags.has('Adverb')) && !['including', 'such', 'especially'].includes(tokens[k].lower) && !endsWithTime(tokens, k)) {
      last = k;
      k += 1;
    } else if (tokens[k].lower === 'and' && k > from && !opensClause(tokens, k + 1) && (nominal(tokens[k + 1]) || tokens[k + 1]?.tags.has('Adverb') || nameAt(k + 1))) {
      k += 1;
    } else if (tokens[k].lower === 'of' && k > from && [EntityType.Country, EntityType.Place].includes(nameAt(pastArticle(tokens, k + 1))?.type as EntityType)) {
      // "in three northern provinces of Laos": the country the places are in.
      k = pastArticle(tokens, k + 1);
    } else if (COUNT_QUALIFIERS.has(tokens[k].lower) && tokens[k - 1]?.tags.has('Value')) {
      // "in three more ASEAN countries": a word that qualifies the count.
      k += 1;
    } else if (k > from && COUNTED_PLACES.test(tokens[k - 1].lower) && placesWholeEnd(tokens, k - 1) > k - 1) {
      // "in three counties of Baise", "in six villages around Wairasa": the named whole the places lie in.
      last = placesWholeEnd(tokens, k - 1);
      k = last + 1;
    } else break;
    if (!plainGap(tokens[k - 1])) break;
  }
  return Math.max(last, from - 2);
}

/** A phrase as a name: no article, no counts or their qualifiers, first letter capitalised. */
function phraseName(sentence: Sentence, first: number, last: number): string {
  const kept = sentence.tokens
    .slice(first, last + 1)
    .filter((token, index, all) => !(index === 0 && ['the', 'a', 'an'].includes(token.lower)) && !/^[\d,.]+$/.test(token.text) && !(['more', 'than', 'over', 'some'].includes(token.lower) && /^[\d,.]+$/.test(all[index + 1]?.text ?? all[index + 2]?.text ?? '')));
  const words = kept.map((token, index) => token.text + (index < kept.length - 1 ? (token.post.trim() === '-' ? '-' : token.post.replace(/\s+/g, ' ').replace(/["”]/g, '')) : ''));
  const name = coreName(words.join(''));
  return name.charAt(0).toUpperCase() + name.slice(1);
}
