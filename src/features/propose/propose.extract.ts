import { EntityType, RelationType } from '../../engine/model/model';
import { countryNamed, countryOfDemonym } from './propose.gazetteer';
import { COLLECTIVE_HEADS, COMMON_ACRONYMS, FUNCTION_WORDS, COMPLEMENTS, COUNT_WORDS, DIRECTION_WORDS, EVENT_ROLE_PLURALS, FIELD_WORDS, GENERIC_MODIFIERS, BODY_HEADS, HEADS, LEGAL_WORDS, NAME_CONNECTORS, FIELD_NOUNS, NAME_ONLY_HEADS, OFFICE_WORDS, PEOPLE_NOUNS, PEOPLE_PLURAL, POSSESSIVE_DETERMINERS, PLACE_KINDS, PLACE_LIST_KINDS, ROLE_WORDS, SEAT_NOUNS, UNIT_HEADS, WORLD_REGIONS } from './propose.lexicon';
import { asReference, classify, designatorEnd, onlyDescribes, foundedInTitle, projectInTitle, isDemonym, isVenueName, findNames, halvesOfKnownNames, SEQUENCE_WORDS, joinKnownConjuncts, findNested, findPhrases, parentInName, placesWholeSpan, findReferences, headOf, headRule, isHonorific, isNameWord, PREDICATED_TITLE, singular, spells, splitBeforeApposedClass, splitKnownConjuncts, isVenueAt, withoutOrgan, type Mention } from './propose.mentions';
import { findDates, findQuantities } from './propose.measures';
import type { Extraction, ProposedEntity, ProposedRelation } from './propose.model';
import { displayName, nameKey, nameWords } from './propose.names';
import { clauseAround, EntityRegistry, type SentenceMentions } from './propose.registry';
import { nameTheUnnamed } from './propose.named-later';
import { findRelations } from './propose.relations';
import { findSignings, type Signing } from './propose.signing';
import { ACTOR_TYPES, Action, centresOn, fieldWorkAt, STUDY_VERBS, verbAction } from './propose.frame-words';
import type { Parse } from './propose.parser';
import { beforeArticle, inOriginalLetters, isAcronym, isCapitalised, pastArticle, plainGap, readingCopy, readText, type Sentence, type Token } from './propose.text';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/** "NANNING, China, Sept. 27, 2021 /PRNewswire/", "HANOI, Viet Nam, 9 May 2026" or "…, 18 April 2033 (Mekong Newswire) --". */
const DATELINE = new RegExp(
  // ("CHANTHABURI, Thailand, March 17 (Fictional Wire Service) - …": a wire's date may leave out the year, its dash be one hyphen.)
  `(?:^|\\s)([A-Z][A-Z .'-]*[A-Z]),\\s+([A-Z][A-Za-z .'-]*?),\\s+(${MONTH}\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2}\\b)(?:\\s*\\/([^/\\n]{2,40})\\/|\\s*\\(([^()\\n]{2,40})\\)(?=\\s*(?:--|–|—|-\\s)))?`,
);

/** "Kuching, Malaysia, 15 December 2027" on a line of its own, under a report's title: a dateline in ordinary letters. */
const DATELINE_LINE = new RegExp(`(?:^|\\n)([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\\s+([A-Z][A-Za-z .'-]*?),\\s+(${MONTH}\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})[ \\t]*(?=\\n|$)`);

const titleCase = (word: string) => word.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** A dateline's city and what it is in, as the dateline writes it ("NANNING, China"). */
interface DatelinePlace {
  city: string;
  cityStart: number;
  quote: string;
  /** What the city is in, as the dateline writes it: its country ("HANOI, Vietnam") or its province or state ("NANNING, Guangxi"). */
  wider: string;
  start: number;
}

/** "NANNING, China, Sept. 27, 2021 /PRNewswire/": where and when a press release was issued, and by which wire. */
interface Dateline extends DatelinePlace {
  date: string;
  publisher: string | null;
  end: number;
  /** A joint release's first place: "KUNMING, China and SURABAYA, Indonesia, May 13, 2041". */
  partner?: DatelinePlace;
}

/** The first of a joint release's two places, right before the dateline's own: "KUNMING, China and ". */
const PARTNER_PLACE = /([A-Z][A-Z .'-]*[A-Z]),\s+([A-Z][A-Za-z .'-]*?)\s+and\s+$/;

/** A dateline's wider place is a country or, as datelines write it, a province or state in a word or two. */
const isDatelineWider = (words: string) => !!countryNamed(words) || /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(words);

function readDateline(text: string): Dateline | undefined {
  const match = DATELINE.exec(text.slice(0, 400)) ?? DATELINE_LINE.exec(text.slice(0, 400));
  if (!match || !isDatelineWider(match[2])) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  const before = PARTNER_PLACE.exec(text.slice(Math.max(0, start - 80), start));
  const partnerStart = before ? Math.max(0, start - 80) + before.index : 0;
  const partner = before && isDatelineWider(before[2]) ? { city: titleCase(before[1]), cityStart: partnerStart, quote: `${before[1]}, ${before[2]}`, wider: before[2], start: partnerStart } : undefined;
  // (A date with no year says no day of the calendar.)
  const date = /\d{4}/.test(match[3]) ? new Date(`${match[3].replace('Sept', 'Sep').replace('.', '')} UTC`) : new Date(Number.NaN);
  return {
    city: titleCase(match[1]),
    cityStart: start,
    quote: `${match[1]}, ${match[2]}, ${match[3]}`,
    wider: match[2],
    date: Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10),
    // (The wire's name in slashes, or in brackets before the dash: the agency that reports, no entity of the graph.)
    publisher: (match[4] ?? match[5])?.trim() ?? null,
    start,
    end: match.index + match[0].length,
    partner,
  };
}

/**
 * Words that give a thing another name: "also called", "known locally as", "hereinafter referred to as", "hereafter",
 * "abbreviated as", "formerly".
 */
const ANOTHER_NAME = String.raw`(?:(?:also|locally|commonly|widely|popularly|better|formerly)\s+)?(?:called|known(?:\s+(?:locally|here|commonly|widely))?\s+as|referred\s+to\s+as|dubbed|nicknamed)|here(?:in)?after(?:\s+(?:referred\s+to\s+as|called|as))?|abbreviated\s+as|formerly`;

/**
 * "X (CATTC)", "X (hereinafter referred to as "CATTC")", "X (known locally as …)", "X (formerly …)", 'X ("Siam Lotus"; SET:
 * SLD)', 'X (hereinafter "the Heritage Lab")': a name the text defines; group 1 holds the words that introduce it, if any.
 */
const ALIAS_DEFINITION = new RegExp(String.raw`^\s*\((?:(${ANOTHER_NAME})|or)?\s*["“]?(?:the\s+(?=\p{Lu}))?([^"”();]{2,60}?)["”]?\s*(?:;[^()]{0,40})?\)`, 'iu');

/**
 * "X, also called the Y Forum,", "X, which is also known as Y.", "X, known locally as Y,", "X, or XY,": another name of X,
 * set off by commas ("or" only before an acronym: "A, or B, …" may list two).
 */
const APPOSITION = new RegExp(String.raw`^\s*,\s*(?:(?:which|that)\s+is\s+)?(?:${ANOTHER_NAME}|or(?=\s+["“]?[\p{Lu}]{2,}[\p{Lu}\d&-]*["”]?\s*,))\s+["“]?(?:the\s+)?([^"”(),;]{2,80}?)["”]?(?=\s*(?:[,;.)]|$))`, 'iu');

/** Capitalised words, with the connectors names hold ("Lotus Forum on Rice Data"). */
const NAME_LIKE = /^[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s(?:of|on|for|and|&|[\p{Lu}\d][\p{L}\d&.'’-]*)){0,9}$/u;

function aliasAfter(text: string, mention: Mention): { alias: string; quote: string; span: { start: number; end: number } } | undefined {
  // 'Hongda Lithium Energy Technology Co., Ltd. ("Hongda Lithium")': the legal form's full stop comes before the brackets.
  const abbreviated = LEGAL_WORDS.has(mention.sentence.tokens[mention.last].lower) && text[mention.end] === '.' ? 1 : 0;
  const following = text.slice(mention.end + abbreviated, mention.end + abbreviated + 160);
  // "Hong Kong University of Science and Technology or HKUST": an acronym after "or" that spells the name is its short name.
  const spelt = /^\s+or\s+(\p{Lu}[\p{Lu}\d]+)\b/u.exec(following);
  if (spelt && spells(spelt[1], mention.text.split(/[\s,]+/))) {
    const end = mention.end + abbreviated + spelt[0].length;
    return { alias: spelt[1], quote: text.slice(mention.start, end), span: { start: mention.start, end } };
  }
  const bracketed = ALIAS_DEFINITION.exec(following);
  const appositive = bracketed ? undefined : APPOSITION.exec(following);
  const match = bracketed ?? appositive;
  if (!match) return undefined;
  const alias = (bracketed ? bracketed[2] : match[1]).trim();
  // "Beijing (VNA) – …": a dateline's brackets name the agency that reports, not the place.
  if (bracketed && /^\s*[–—-]\s/.test(following.slice(match[0].length))) return undefined;
  // In brackets, a shorter name (an acronym, or a few capitalised words) unless words introduce it ("formerly …"); set off
  // by commas, any name.
  if (!NAME_LIKE.test(alias) || (bracketed && !bracketed[1] && (alias.length >= mention.name.length || alias.split(/\s+/).length > 5))) return undefined;
  // "the Mindoro State University (Philippines)": a country in brackets says where the name is; it is no other name for it.
  // ("Pingxiang Border Cold Store Co., Ltd. (Guangxi)": so does one capitalised word that is no word of the name.)
  const where = bracketed && !bracketed[1] && /^\p{Lu}\p{Ll}+$/u.test(alias) && !nameWords(mention.name).includes(alias.toLowerCase());
  if (countryNamed(alias) || where) return undefined;
  // "Nanning Institute of Agro-Mechatronics (Chinese Academy of Sciences)": a full name of another kind in brackets says whose
  // the name is; it is no other name for it.
  const aliasHead = headOf(alias);
  if (bracketed && !bracketed[1] && alias.includes(' ') && aliasHead && HEADS[aliasHead] && aliasHead !== headOf(mention.name)) return undefined;
  const end = mention.end + abbreviated + match[0].length;
  return { alias, quote: text.slice(mention.start, end), span: { start: mention.start, end } };
}

/** Domains a platform's or project's own name states: "… Center for Big Earth Data", "Joint Beidou Application Laboratory". */
function domainsInName(mention: Mention, inner: Mention[], brands: Set<string>): string[] {
  if (mention.form !== 'name' && mention.form !== 'title') return [];
  const tokens = mention.sentence.tokens.slice(mention.first, mention.last + 1);
  // ("Post-harvest": a word the text hyphenates keeps its hyphen in the field; `spoken` joins it back.)
  const words = tokens.map((token) => (token.post === '-' ? `${token.text}-` : token.text));
  const lower = tokens.map((token) => token.lower);
  const innerTokens = new Set(inner.flatMap((item) => Array.from({ length: item.last - item.first + 1 }, (_, n) => item.first + n - mention.first)));
  const keep = (from: number, to: number) => {
    const picked = words.slice(from, to).filter((_, n) => !innerTokens.has(from + n) && !tokens[from + n].tags.has('Demonym'));
    // A brand several names of the text start with ("Lotus Valley …") is not the field.
    const brand = [2, 1].find((length) => from === 0 && picked.length > length && brands.has(picked.slice(0, length).join(' ').toLowerCase()));
    if (brand) picked.splice(0, brand);
    while (picked.length > 0 && GENERIC_MODIFIERS.has(picked[0].toLowerCase())) picked.shift();
    while (picked.length > 0 && GENERIC_MODIFIERS.has(picked.at(-1)!.toLowerCase())) picked.pop();
    return picked;
  };
  const found: string[] = [];
  if (mention.type === EntityType.Project) {
    // "Research on X Based on Y": the topic and the basis.
    const on = lower.indexOf('on');
    const based = lower.findIndex((word, n) => word === 'based' && lower[n + 1] === 'on');
    if (on > 0 && headRule(lower[0], lower.join(' '))) found.push(keep(on + 1, based > on ? based : words.length).join(' '));
    if (based > 0) found.push(keep(based + 2, words.length).join(' '));
  } else if (mention.type === EntityType.Platform) {
    const purpose = lower.indexOf('for');
    if (purpose > 0 && !PEOPLE_NOUNS.has(lower.at(-1)!)) found.push(keep(purpose + 1, words.length).join(' '));
    const head = lower.findIndex((word, n) => n > 0 && headRule(word, lower.join(' ')) && (purpose < 0 || n < purpose));
    // "China-Malaysia Joint Beidou Application Laboratory": the field stands after what names the platform's
    // owners, place or brand; in "Saeng River Battery Laboratory" nothing tells the name from the field.
    const explained = innerTokens.has(0) || GENERIC_MODIFIERS.has(lower[0]) || tokens[0].tags.has('Demonym') || [1, 2].some((length) => brands.has(lower.slice(0, length).join(' ')));
    if (head > 0 && explained) {
      const modifiers = keep(0, head).filter((word) => !headRule(word.toLowerCase(), '') && !NON_FIELD_MODIFIERS.has(word.toLowerCase()));
      if (modifiers.length >= 2 && modifiers.every((word) => !/^[\p{Lu}]{2,}$/u.test(word))) found.push(modifiers.join(' '));
    }
  }
  const spoken = (name: string) => name.replace(/-\s+/g, '-').replace(/-$/, '');
  return found.map(spoken).filter((name) => name.split(/\s+/).length >= 2 || /\w{6,}/.test(name));
}

/** Words before a platform's head that say what kind of place it is, not its field ("… Biochar Demonstration Station"). */
const NON_FIELD_MODIFIERS = new Set(['research', 'trading', 'talent', 'talents', 'innovation', 'demonstration', 'pilot', 'experimental', 'trial']);

/** Verbs whose "on"/"in" introduces the fields something works in. */
const FOCUS_VERBS = /^(?:focus|work|concentrat|specialis|specializ)/;
/** Nouns of an action, which take what they act on with "of": "standardisation", "screening", "management". */
const NOMINAL_ENDING = /(?:tion|sion|ment|ing)$/;
/** The last word of a field's name: an action's noun, or a discipline's ("precision agriculture", "marine robotics", "soil science"). */
const FIELD_ENDING = /(?:tion|sion|ment|ing|culture|ics|ogy|ience|iences|medicine|energy)$/;

const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);

/** Prepositions that end a field in a list: "crop monitoring and flood mapping along the Mekong". */
const FIELD_ENDS = new Set(['in', 'for', 'to', 'with', 'at', 'by', 'between', 'through', 'along', 'across', 'around', 'near', 'within']);

/** Lengths of time, which "of" follows: "three days of talks". */
const TIME_UNITS = /^(?:hours?|days?|weeks?|months?|years?|decades?)$/;

/** Counts and quantifiers before a partitive "of": "three of the members", "some of them", "each of the partners". */
const PARTITIVE_WORDS = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|several|each|all|both|none|few)$/;

/** Enumerations of three or more subjects after "in" or "of": "in modern agriculture, new energy, … and chemical engineering". */
function findDomainLists(text: string, sentence: Sentence, names: Mention[]): Mention[] {
  const { tokens } = sentence;
  const lists: Mention[] = [];
  const nameAt = (index: number) => names.find((name) => name.first === index);
  for (let index = 0; index < tokens.length; index += 1) {
    // "Qinzhou Institute of Forestry Chemistry, the laboratory …": an "of" inside a name opens no list.
    if (names.some((name) => name.first < index && index < name.last)) continue;
    // "will focus on X and Y", "works on X and Y", "specialises in X and Y": two fields are a list already.
    // ("worked in two fields: X and Y": a colon after fields introduces them.)
    const introduced = FIELD_NOUNS.has(tokens[index].lower) && /^:\s*$/.test(tokens[index].post);
    // "will study grid load forecasting and …": the verb takes its fields whole.
    const studied = STUDY_VERBS.test(tokens[index].lower) && /^VB/.test(tokens[index].pos ?? '');
    // ("promotes cooperation in X and Y": the joint work a verb promotes, then its fields.)
    const promotedWork = fieldWorkAt(tokens, index - 1) && verbAction(tokens, index - 2, tokens[index - 2]?.lower ?? '') === Action.FOCUS;
    // ("Its work will centre on X and Y": a verb "centre" focuses too.)
    const focused = (['on', 'in'].includes(tokens[index].lower) && FOCUS_VERBS.test(tokens[index - 1]?.lower ?? '')) || centresOn(tokens, index - 1) || introduced || studied || promotedWork;
    if (!['in', 'of'].includes(tokens[index].lower) && !focused) continue;
    // "a maker of drones based in Zhuhai, signed …": where something is, never its fields.
    if (/^(?:based|located|headquartered|registered)$/.test(tokens[index - 1]?.lower ?? '')) continue;
    // "Three of the newcomers, the Lao institute, A and …": "of" after a count picks some of those named, no fields.
    if (tokens[index].lower === 'of' && PARTITIVE_WORDS.test(tokens[index - 1]?.lower ?? '')) continue;
    // ("after three days of talks on A, B and C": a length of time, no field, is what "of" follows.)
    if (tokens[index].lower === 'of' && TIME_UNITS.test(tokens[index - 1]?.lower ?? '')) continue;
    const items: [number, number][] = [];
    let first = index + 1;
    let k = first;
    let closed = false;
    while (k < tokens.length && k - first <= 5) {
      const name = nameAt(k);
      const token = tokens[k];
      if (name && name.type && name.type !== EntityType.Domain) break;
      // ("sandstone conservation, starting with …": a participle after the comma opens a clause, not another field.)
      // ("cold-chain preservation, ripening control and …": a gerund before a noun names a field.)
      const fieldNoun = plainGap(token) && !!tokens[k + 1]?.tags.has('Noun') && !tokens[k + 1].tags.has('Determiner') && !tokens[k + 1].tags.has('Preposition');
      if (k === first && items.length > 0 && token.tags.has('Gerund') && /,/.test(tokens[k - 1].post) && !fieldNoun) break;
      const end = name ? name.last : k;
      // ("the standardisation of herbal extracts": an action's noun takes what it acts on.)
      // ("chemical fingerprinting of the herbs used": not what "the" makes particular.)
      const actedOn = token.lower === 'of' && k > first && NOMINAL_ENDING.test(tokens[k - 1].lower) && !nameAt(k + 1) && tokens[k + 1]?.lower !== 'the';
      if (FIELD_ENDS.has(token.lower) || (token.lower === 'of' && !name && !actedOn)) break;
      // A bracket opening before the next word ("… and Innovation (COSTI)") ends the item as other punctuation does.
      const bracket = /\(/.test(tokens[end + 1]?.pre ?? '');
      // ("Field: new energy; rural electrification": a labelled line may list with semicolons.)
      const separator = introduced ? /^[,;]\s*$/ : /^,\s*$/;
      const lineEnds = introduced && /\n/.test(tokens[end].post);
      const joined = tokens[end + 1]?.lower === 'and';
      const particular = tokens[end + 1]?.lower === 'of' && tokens[end + 2]?.lower === 'the';
      if (separator.test(tokens[end].post) || lineEnds || joined || !/^\s*$|^-$/.test(tokens[end].post) || bracket || particular || FIELD_ENDS.has(tokens[end + 1]?.lower ?? '')) {
        items.push([first, end]);
        if (joined && items.length >= (focused ? 1 : 2)) {
          first = end + 2;
          k = first;
          closed = true;
          continue;
        }
        if (closed || bracket || !separator.test(tokens[end].post)) break;
        first = end + 1;
        k = first;
        continue;
      }
      k = end + 1;
    }
    // "Field: new energy; rural electrification": a labelled line's last item ends with the line.
    if (introduced && items.length >= 2 && !closed) closed = /\n/.test(tokens[items.at(-1)![1]].post) || items.at(-1)![1] === tokens.length - 1;
    const single = focused && !introduced && items.length === 1 ? singleField(tokens, items[0]) : undefined;
    if (single) lists.push(fieldMention(text, sentence, single, `the one field after "${tokens[index - 1].text} ${tokens[index].text}"`));
    if (!closed || items.length < (focused ? 2 : 3)) continue;
    const trimmed = items.map(([from, to]) => [pastArticle(tokens, from), to] as [number, number]);
    if (trimmed.filter(([from, to]) => to > from).length * 2 < trimmed.length) continue;
    const fields = fieldsOfList(tokens, trimmed, focused);
    if (!fields) continue;
    for (const field of fields) lists.push(fieldMention(text, sentence, field, `one of ${items.length} fields the text lists after "${tokens[index].text}"`));
    index = trimmed.at(-1)![1];
  }
  return lists;
}

/** The items of a list read after "in", "of" or a verb of focus that name fields, or none when the list names none. */
function fieldsOfList(tokens: Token[], trimmed: [number, number][], focused: boolean): [number, number][] | undefined {
  // (A number counts things, no field; "3D laser scanning" is one.)
  if (trimmed.some(([from, to]) => tokens.slice(from, to + 1).some((token) => COLLECTIVE_HEADS.has(token.lower) || /^\d+(?:[.,]\d+)*%?$/.test(token.text)))) return undefined;
  // ("48 members in eight countries, from swap operators and vehicle makers to recyclers": a count of things, or a range
  // "from" one kind "to" another, lists who, no fields.)
  if (trimmed.some(([from]) => COUNT_WORDS.has(tokens[from].lower) || tokens[from].lower === 'from')) return undefined;
  // A field is a noun phrase: an item starting a clause ("which will test rice", "and will work on …") ends the
  // list, what follows belongs to the clause; an item holding one ("Qelvar that opened last year") is left out.
  // (compromise tags nouns such as "crop" as verbs, so a plain verb is not a sign.)
  // ("… and traditional medicine, and plans to publish …": a verb that takes an infinitive opens one too.)
  const takesInfinitive = (to: number) => tokens[to + 1]?.lower === 'to' && !!tokens[to + 2]?.tags.has('Verb') && !tokens[to + 2].tags.has('Noun');
  // ("… of the alliance, helped broker the contract", "… and is due to open": a finite verb the parser reads is one.)
  // (A past form only before a verb or an article: "engineered bamboo" is a field.)
  const finiteVerb = (at: number) => /^(?:VBZ|VBP|MD)$/.test(tokens[at].pos ?? '') || tokens[at].tags.has('Copula') || (tokens[at].pos === 'VBD' && /^(?:VB|DT)/.test(tokens[at + 1]?.pos ?? ''));
  const opensClause = ([from, to]: [number, number]) => ['Conjunction', 'Modal', 'Auxiliary'].some((tag) => tokens[from].tags.has(tag)) || finiteVerb(from) || RELATIVE_WORDS.has(tokens[from].lower) || takesInfinitive(to);
  // ("age in warm, salty water": adjectives listed before one noun describe it; none is a field.)
  const adjectiveOnly = ([from, to]: [number, number]) => tokens.slice(from, to + 1).every((token) => (token.pos ? /^JJ/.test(token.pos) : token.tags.has('Adjective') && !token.tags.has('Noun')));
  if (trimmed.some(adjectiveOnly)) return undefined;
  // ("will study how harvesters, loaders and planters can be adapted": a question studied is a clause, its nouns no fields.)
  if (/^(?:how|what|why|whether|where|when|which|who)$/.test(tokens[trimmed[0][0]].lower) || trimmed.some(([from, to]) => tokens.slice(from + 1, to + 1).some((token) => token.tags.has('Modal')))) return undefined;
  const clauseAt = trimmed.findIndex(opensClause);
  const fields = (clauseAt < 0 ? trimmed : trimmed.slice(0, clauseAt)).filter(([from, to]) => !tokens.slice(from, to + 1).some((token) => RELATIVE_WORDS.has(token.lower)));
  return fields.length < (focused ? 2 : 3) - (clauseAt < 0 ? 0 : 1) ? undefined : fields;
}

/** A field of work the words from `from` to `to` name. */
function fieldMention(text: string, sentence: Sentence, [from, to]: [number, number], reason: string): Mention {
  const { tokens } = sentence;
  const words = text.slice(tokens[from].start, tokens[to].end);
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  return { sentence, first: from, last: to, start: tokens[from].start, end: tokens[to].end, text: words, name, type: EntityType.Domain, kind: 'TECHNOLOGY_DOMAIN', properties: {}, confidence: 0.6, reason, form: 'domain', nested: false };
}

/**
 * "will focus on volcano monitoring." (or "… and on the use of …"): one field after a verb of focus, when it reads as a
 * field's name: two lower-case words or more, the last an activity's noun ("monitoring", "electrification").
 */
function singleField(tokens: Token[], [from, to]: [number, number]): [number, number] | undefined {
  const words = tokens.slice(from, to + 1);
  // ("will work on sandstone conservation, starting with …": a comma before a participle ends it too.)
  const ends = to === tokens.length - 1 || /\./.test(tokens[to].post) || (tokens[to + 1]?.lower === 'and' && tokens[to + 2]?.lower === 'on') || (/,/.test(tokens[to].post) && !!tokens[to + 1]?.tags.has('Gerund'));
  const named = words.length >= 2 && words.every((token) => !isCapitalised(token) && /^\p{L}+$/u.test(token.text) && !FUNCTION_WORDS.has(token.lower));
  return ends && named && FIELD_ENDING.test(tokens[to].lower) ? [from, to] : undefined;
}


/**
 * Reads a text into entities, relations, quantities and dates, each with its confidence and reason.
 * Everything comes from the text's own structure and the country packages; the graph is not consulted
 * here (see propose.service.ts for linking).
 */
export function extract(original: string, publishedOn?: string, sentences: Sentence[] = readText(original), parses?: Parse[]): Extraction {
  // Read as readText read it; every quote is given back in the text's own letters at the end.
  const text = readingCopy(original);
  const registry = new EntityRegistry();
  const relations: ProposedRelation[] = [];
  const dateline = readDateline(text);
  const perSentence: SentenceMentions[] = [];

  // What the parser read of each token, where it ran: where its recogniser puts names (it tells "… Institute of Ecology
  // and Osprey Analytics", two, from "Ministry of Agriculture and Rural Development", one) and its part of speech.
  for (const sentence of sentences) {
    const parse = parses?.[sentence.index];
    sentence.tokens.forEach((token, index) => Object.assign(token, { entity: parse?.entities?.[index], entityLabel: parse?.labels?.[index], pos: parse?.tags[index] }));
    sentence.tokens.forEach((token, index) => {
      if (!parse || !headlineVerb(sentence.tokens, index)) return;
      // The parse hangs the name before it on it as a compound and the one after as an apposition: subject and object.
      token.pos = parse.tags[index] = 'VBZ';
      parse.heads.forEach((head, child) => {
        if (head === index && child < index && parse.deps[child] === 'compound') parse.deps[child] = 'nsubj';
        if (head === index && child > index && parse.deps[child] === 'appos') parse.deps[child] = 'dobj';
      });
    });
  }
  // The names the text gives, by key: a run of capitalised words that holds one of them after an "and" is two names.
  const found = sentences.map((sentence) => findNames(text, sentence, new Set()).filter((name) => name.form === 'name'));
  const given = new Set(found.flat().map((name) => nameKey(name.name)));
  // The halves a headline's "and" split a name into, which the text gives whole elsewhere, are no names of their own.
  const halves = new Set(found.flatMap((names) => halvesOfKnownNames(text, names, given)));
  const known = new Set([...given].filter((key) => !halves.has(key)));
  const reportTitle = findReportTitle(text);
  for (const sentence of sentences) perSentence.push({ ...readSentence(text, sentence, dateline, known, reportTitle), parse: parses?.[sentence.index] });

  for (const place of dateline ? [dateline.partner, dateline] : []) if (place) addDateline(text, place, sentences, registry, relations);
  // ("… March 17 (Fictional Wire Service) - …": the wire that reports names no entity of the graph.)
  const wire = dateline?.publisher ? { start: text.indexOf(dateline.publisher, dateline.start), length: dateline.publisher.length } : undefined;
  if (wire) for (const { top } of perSentence) for (let n = top.length - 1; n >= 0; n -= 1) if (top[n].start >= wire.start && top[n].end <= wire.start + wire.length) top.splice(n, 1);
  nameEditionsByBody(perSentence);
  nameEventsByTopicLine(text, perSentence);

  registerMentions(text, perSentence, registry);
  addInnerNames(text, perSentence, registry);
  nameTheUnnamed(text, perSentence, registry);

  relations.push(...findRelations(text, perSentence, registry));
  if (dateline) relations.push(...heldHere(text, dateline, perSentence, registry));
  const quantities = findQuantities(text, perSentence, registry);
  const dates = findDates(text, perSentence, registry, dateline?.date || publishedOn);
  const unresolved = perSentence.flatMap(({ top }) => top.filter((mention) => !mention.entityId && mention.form === 'name').map((mention) => ({ name: mention.name, span: { start: mention.start, end: mention.end } })));
  const quoted = (quote: string) => inOriginalLetters(quote, text, original);
  for (const entity of registry.entities) {
    entity.quotes = entity.quotes.map(quoted);
    for (const alias of entity.aliases) alias.quote = quoted(alias.quote);
  }
  for (const relation of relations) relation.quote = quoted(relation.quote);
  return {
    entities: registry.entities,
    describedOnly: registry.describedOnly(),
    unresolved,
    relations: dedupeRelations(relations),
    quantities,
    dates,
    dateline: dateline ? { place: `${dateline.city}, ${dateline.wider}`, date: dateline.date || null, publisher: dateline.publisher } : null,
  };
}

/**
 * "Cambodia hosts 20th ASEAN Ministerial Meeting …": a headline drops the article, and the parser reads its verb as a
 * plural noun; a frame verb's "-s" form between a name and the start of another is the verb.
 */
function headlineVerb(tokens: Token[], index: number): boolean {
  const [before, token, after] = [tokens[index - 1], tokens[index], tokens[index + 1]];
  if (token.pos !== 'NNS' || !/[^s]s$/.test(token.lower) || !before || !after || !verbAction(tokens, index, token.lower)) return false;
  return /^NNPS?$/.test(before.pos ?? '') && plainGap(before) && plainGap(token) && (/^NNP/.test(after.pos ?? '') || /^\d+(?:st|nd|rd|th)$/i.test(after.text));
}

/** "3.1 billion U.S. dollars", "two million Brunei dollars": a country's name before its currency names no country. */
const CURRENCY_NOUNS = /^(?:dollars?|yuan|renminbi|baht|ringgit|rupiah|pesos?|dong|kip|riels?|kyats?|yen|euros?)$/;

/**
 * "FOR IMMEDIATE RELEASE", "Press Release", "Training Course Programme", "MID-TERM SUMMARY REPORT", "UNIVERSITY NEWS": a
 * release's, a programme's, a report's or a news page's furniture, which names nothing.
 */
const RELEASE_BOILERPLATE = new RegExp(
  [
    String.raw`^(?:for\s+)?(?:immediate|press|news|media)\s+release$`,
    String.raw`^(?:(?:provisional|draft|tentative|final|detailed|full|fictional|revised|course|workshop|training|forum|conference|meeting|event|seminar|symposium)\s+){1,2}(?:programme|program|agenda|schedule)$`,
    String.raw`^(?:(?:mid-?\s?term|final|annual|interim|progress|completion|inception|summary)\s+){0,2}report(?::?\s+summary)?$`,
    String.raw`^(?:(?:university|campus|college|faculty|company|corporate|institute|member|alliance|network|project)\s+)?(?:news|newsletter|news\s+bulletin)$`,
    // ("COMMUNIQUE" over a network's statement: the kind of document, no body.)
    String.raw`^(?:final\s+|press\s+)?(?:communiqu[eé]|statement|announcement|notice)$`,
  ].join('|'),
  'i',
);

/** '("Siam Lotus"; SET: SLD)': an exchange's code and a listing's ticker inside brackets, which name no entity. */
function isTicker(text: string, name: Mention): boolean {
  const open = text.lastIndexOf('(', name.start);
  const close = text.indexOf(')', name.end);
  if (open < 0 || close < 0 || text.lastIndexOf(')', name.start) > open) return false;
  const listing = /\b([A-Z]{2,6})\s*:\s*([A-Z0-9][A-Z0-9.]{1,7})\b/.exec(text.slice(open, close));
  return !!listing && [listing[1], listing[2]].includes(name.text);
}

/** Words that say which of a body's meetings an event is, and nothing of whose: "General Assembly", "Annual Meeting". */
const isGenericMeetingWord = (word: string) => word === 'general' || word === 'annual' || GENERIC_MODIFIERS.has(word);

/** One sentence read into its mentions: names, phrases, references, domain lists and signings. */
function readSentence(text: string, sentence: Sentence, dateline: Dateline | undefined, known: Set<string>, reportTitle?: Span): SentenceMentions {
  const taken = new Set(dateline ? sentence.tokens.filter((token) => token.start < dateline.end && token.end > (dateline.partner ?? dateline).start - 20 && sentence.index === 0).map((token) => token.index) : []);
  const described = findReferences(text, sentence);
  // "The next General Assembly will take place in Kunming": another one, which the text does not name.
  // ("Next Assembly" as a heading: the sequence word opens the name.)
  const generic = (words: string[]) => words.every(isGenericMeetingWord);
  const anotherOne = (name: Mention) =>
    (SEQUENCE_WORDS.has(sentence.tokens[name.first - 1]?.lower ?? '') && name.type === EntityType.Event && generic(nameWords(name.name).slice(0, -1))) ||
    (SEQUENCE_WORDS.has(sentence.tokens[name.first].lower) && HEADS[sentence.tokens[name.last].lower]?.type === EntityType.Event && generic(nameWords(name.name).slice(1, -1)));
  const given = titledProject(text, sentence) ?? placesListedWithKind(text, sentence, withoutOrgan(text, splitBeforeApposedClass(text, splitKnownConjuncts(text, joinKnownConjuncts(text, findNames(text, sentence, taken), known), known)))).filter((name) => !described.some((reference) => reference.first <= name.first && name.last <= reference.last) && !anotherOne(name) && !isTicker(text, name) && !RELEASE_BOILERPLATE.test(name.text) && !CURRENCY_NOUNS.test(sentence.tokens[name.last + 1]?.lower ?? ''));
  const names = withReportTitle(withBodysMeeting(given, bodysMeeting(text, sentence)), reportTitleIn(text, sentence, reportTitle));
  const nameAt = (index: number) => names.find((name) => name.first === index);
  // A phrase that starts inside a reference ("the center offers …") misread where the reference ends.
  // ('X (hereinafter "XR") is a three-year cooperation project in …': the class phrase a title is said to be is that title.)
  const predicateOfName = (phrase: Mention) => names.some((name) => name.reason.startsWith(PREDICATED_TITLE) && name.type === phrase.type && name.last < phrase.first && phrase.first - name.last <= 12);
  const found = findPhrases(text, sentence, nameAt).filter((phrase) => !described.some((reference) => reference.first <= phrase.first && phrase.first <= reference.last) && !RELEASE_BOILERPLATE.test(phrase.name) && !predicateOfName(phrase) && !isFieldLabel(text, phrase));
  // "New laboratory", "the joint laboratory": a phrase that only repeats a head word is a reference too.
  const repeated = found.filter(asReference);
  const phrases = found.filter((phrase) => !repeated.includes(phrase));
  // ("the Alliance's flagship project, Kite Roofs for Safer Villages,": a description the title in apposition names.)
  const namedInApposition = (reference: Mention) => names.some((name) => name.first === reference.last + 1 && name.type === reference.type && /^,\s*$/.test(sentence.tokens[reference.last].post));
  const references = [...described.filter((reference) => !phrases.some((phrase) => phrase.first <= reference.last && reference.first <= phrase.last) && !namedInApposition(reference)), ...repeated];
  const inPhrase = (name: Mention) => phrases.some((phrase) => phrase.first <= name.first && name.last <= phrase.last);
  const topNames = names.filter((name) => !inPhrase(name));
  const domainLists = findDomainLists(text, sentence, topNames);
  const top = [...topNames.filter((name) => !domainLists.some((item) => item.first <= name.first && name.last <= item.last)), ...phrases, ...domainLists, ...references].sort((a, b) => a.first - b.first);
  const nested = new Map<Mention, Mention[]>();
  for (const phrase of phrases) nested.set(phrase, names.filter((name) => phrase.first <= name.first && name.last <= phrase.last));
  // The body an event's name names ("Annual Meeting of the X Alliance") is known before references are resolved: "the Alliance".
  // So is what an agreement's title says it sets up: "the centre" after "Agreement on the Establishment of the X Centre".
  for (const name of topNames) {
    const inner = name.type === EntityType.Event ? parentInName(text, name) : (foundedInTitle(text, name) ?? projectInTitle(text, name));
    if (inner) nested.set(name, [...(nested.get(name) ?? []), inner]);
  }
  return { sentence, top, nested, signings: findSignings(text, sentence, top) };
}

/** "Fifth Annual Meeting of the X Network": an edition's ordinal, the meeting's words, and the body it is of. */
const BODYS_EDITION = /^(\S+) ((?:[\p{Lu}][\p{Ll}]+ )*?(?:Meeting|Assembly|Conference|Congress|Session|Forum|Summit))(?: of (.+))?$/u;

/**
 * "The Tenth Annual Assembly will be held in Nanning", after "the Ninth Annual Assembly of the X Network": a body's meeting
 * named by its edition alone is the body's too, so it takes the body's name (the same edition is the same meeting).
 */
function nameEditionsByBody(perSentence: SentenceMentions[]): void {
  const events = perSentence.flatMap(({ top }) => top.filter((mention) => mention.type === EntityType.Event && mention.form === 'name'));
  const edition = (mention: Mention) => {
    const match = BODYS_EDITION.exec(mention.name);
    return match && isOrdinalWord(match[1]) ? { ordinal: match[1], meeting: match[2], body: match[3] } : undefined;
  };
  const ofBodies = events.map(edition).filter((item) => item?.body);
  for (const mention of events) {
    const bare = edition(mention);
    const full = bare && !bare.body ? ofBodies.find((item) => item!.meeting === bare.meeting) : undefined;
    if (full) mention.name = `${bare!.ordinal} ${bare!.meeting} of ${full.body}`;
  }
}

/**
 * "REGIONAL TRAINING COURSE" over "Dosimetry and Quality Control in Sterile Fruit Fly Production": a line that is only an
 * event's kind, over a line of title-case words that names nothing, names the event on the topic that line gives.
 */
function nameEventsByTopicLine(text: string, perSentence: SentenceMentions[]): void {
  perSentence.forEach(({ sentence, top }, n) => {
    const { tokens } = sentence;
    const event = top.find((mention) => mention.type === EntityType.Event && mention.form === 'name' && mention.first === 0 && mention.last === tokens.length - 1);
    const next = perSentence[n + 1];
    if (!event || !next || /\s(?:on|of|for|in)\s/.test(event.name) || !/\n/.test(tokens.at(-1)!.post)) return;
    const words = next.sentence.tokens;
    const titled = words.length >= 2 && /\n/.test(words.at(-1)!.post) && !/^\d/.test(words[0].text) && words.every((token) => isCapitalised(token) || FUNCTION_WORDS.has(token.lower));
    if (titled && next.top.every((mention) => !mention.type || mention.type === EntityType.Domain)) event.name = `${event.name} on ${text.slice(words[0].start, words.at(-1)!.end)}`;
  });
}

/** "Fifth", "10th": an ordinal of an edition. */
const isOrdinalWord = (word: string) => /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+tieth)$/iu.test(word);

interface Span {
  start: number;
  end: number;
}

/** A report's label: "Final report", "Mid-term summary report", "Project completion summary", "Year 1 progress report". */
const REPORT_LABEL = /\b(?:report|summary)\b/i;

/**
 * The title of the work a report is about, when a line says the text is a report: the line above its label ("CANE HARVESTING FOR
 * SMALLHOLDERS (CCHS)" over "Final report: …"), the line under a label alone ("MID-TERM SUMMARY REPORT" over the title), or the
 * words after the label's dash or colon ("Mid-term report summary, 30 August 2027 -- Second-Life Batteries for Island Microgrids").
 */
function findReportTitle(text: string): Span | undefined {
  const lines = [...text.matchAll(/[^\n]+/g)].slice(0, 3).map((match) => ({ start: match.index!, line: match[0] }));
  const [first, second] = lines;
  // (A report whose fact sheet gives the project's title, "Project: …", reports on that one: its headline's title, whatever
  // its words, is no other work.)
  const labelled = [...text.matchAll(/^([^:\n]{1,40}):\s/gm)].slice(0, 8).some((line) => PROJECT_TITLE_LABEL.test(line[1].trim()));
  if (!first || labelled) return undefined;
  const labelOnly = (line: string) => REPORT_LABEL.test(line) && line.split(/\s+/).length <= 8 && !/\s(?:--|–|—)\s|:\s+\p{Lu}\p{Ll}/u.test(line);
  const titleOf = (start: number, line: string): Span | undefined => {
    // The title ends at its short name in brackets, a sentence's full stop, or a comma before its dates.
    const end = line.search(/\s*\(|\.\s|\.$|,\s*(?:\d|year|phase|reporting|period|covering|from)/i);
    const title = end < 0 ? line : line.slice(0, end);
    const words = title.trim().split(/\s+/);
    return /^\p{Lu}/u.test(title.trim()) && words.length >= 2 && words.length <= 16 && !REPORT_LABEL.test(title) && !/fictional/i.test(title) ? { start: start + line.indexOf(title.trim()), end: start + line.indexOf(title.trim()) + title.trim().length } : undefined;
  };
  const after = /^(.{0,80}?\b(?:report|summary)\b[^\n]{0,40}?)(?:\s+(?:--|–|—)\s+|:\s+)(?=\p{Lu})/iu.exec(first.line);
  if (after) return titleOf(first.start + after[0].length, first.line.slice(after[0].length));
  if (!second) return undefined;
  // (A labelled line under the label, "Project title: X", is titledProject's.)
  if (labelOnly(first.line)) return /^[^:]{1,30}:\s/.test(second.line) ? undefined : titleOf(second.start, second.line);
  // (The label is a line of its own, short; the title above it is no dateline and no sentence.)
  const titleLine = !/\s(?:--|–|—)\s|\.\s|\d{4}/.test(first.line) && first.line.split(/\s+/).length <= 16;
  const labelLine = REPORT_LABEL.test(second.line.split(/\s+/).slice(0, 4).join(' ')) && second.line.split(/\s+/).length <= 14 && !/\.\s/.test(second.line);
  if (titleLine && labelLine) return titleOf(first.start, first.line);
  return undefined;
}

/** The report's title as a project, if the sentence holds it and no head word types it otherwise. */
function reportTitleIn(text: string, sentence: Sentence, title: Span | undefined): Mention | undefined {
  if (!title) return undefined;
  const tokens = sentence.tokens.filter((token) => token.start >= title.start && token.end <= title.end);
  if (tokens.length < 2 || tokens[0].start !== title.start) return undefined;
  const [first, last] = [tokens[0].index, tokens.at(-1)!.index];
  const typed = classify(tokens.map((token) => token.lower))?.type;
  if (typed !== undefined && typed !== EntityType.Project) return undefined;
  const words = text.slice(title.start, tokens.at(-1)!.end);
  return { sentence, first, last, start: title.start, end: tokens.at(-1)!.end, text: words, name: words, type: EntityType.Project, kind: 'COOPERATION_PROJECT', properties: {}, confidence: 0.7, reason: "the report's title: the work it reports on", form: 'name', nested: false };
}

/** The sentence's names with the report's title in place of those inside it. */
function withReportTitle(names: Mention[], title: Mention | undefined): Mention[] {
  if (!title) return names;
  return [...names.filter((name) => name.last < title.first || name.first > title.last), title].sort((a, b) => a.first - b.first);
}

/** The sentence's names with a body's meeting in place of the names inside it. */
function withBodysMeeting(names: Mention[], meeting: Mention | undefined): Mention[] {
  if (!meeting) return names;
  return [...names.filter((name) => name.last < meeting.first || name.first > meeting.last), meeting].sort((a, b) => a.first - b.first);
}

/**
 * "The X Alliance held the third meeting of its Council in Nanning": a numbered meeting of a body of the one that holds it
 * is an event, named as curators name it ("Third meeting of the Council of the X Alliance") once the owner is known (see
 * nameAfterOwningBody).
 */
function bodysMeeting(text: string, sentence: Sentence): Mention | undefined {
  const { tokens } = sentence;
  const at = tokens.findIndex((token, n) => /^(?:meeting|session)$/.test(token.lower) && tokens[n - 1]?.tags.has('Ordinal') && tokens[n + 1]?.lower === 'of' && tokens[n + 2]?.lower === 'its' && isNameWord(tokens[n + 3]));
  if (at < 0) return undefined;
  let last = at + 3;
  while (isNameWord(tokens[last + 1]) && plainGap(tokens[last])) last += 1;
  const ordinal = tokens[at - 1].text;
  const body = text.slice(tokens[at + 3].start, tokens[last].end);
  return { sentence, first: at - 1, last, start: tokens[at - 1].start, end: tokens[last].end, text: text.slice(tokens[at - 1].start, tokens[last].end), name: `${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)} ${tokens[at].lower} of the ${body}`, type: EntityType.Event, kind: 'CONFERENCE', properties: {}, confidence: 0.6, reason: `a numbered meeting of its ${body}`, form: 'name', nested: false };
}

/** A report's fact-sheet label that gives the project's title: "Project:", "Project title:", "Name of the project:". */
const PROJECT_TITLE_LABEL = /^(?:project(?:\s+(?:title|name))?|(?:title|name)\s+of\s+the\s+project)$/i;

/**
 * "Project: Solar Drying for Coffee, Cocoa and Cassava in the Mekong Highlands (SolarDry Mekong)": a labelled line that
 * gives a project's title names that project, whole, to the end of the line or to the short name in brackets, whatever
 * commas and capitals it holds. The line's only name then; undefined for any other line.
 */
function titledProject(text: string, sentence: Sentence): Mention[] | undefined {
  const { tokens } = sentence;
  const colon = tokens.slice(0, 5).findIndex((token) => /^\s*:/.test(token.post));
  if (colon < 0 || !PROJECT_TITLE_LABEL.test(tokens.slice(0, colon + 1).map((token) => token.lower).join(' '))) return undefined;
  let last = colon + 1;
  while (last + 1 < tokens.length && !/\n/.test(tokens[last].post) && !/\(/.test(tokens[last].post + tokens[last + 1].pre)) last += 1;
  const first = colon + 1;
  if (last - first < 1 || !isNameWord(tokens[first])) return undefined;
  const words = text.slice(tokens[first].start, tokens[last].end);
  return [{ sentence, first, last, start: tokens[first].start, end: tokens[last].end, text: words, name: words, type: EntityType.Project, kind: 'COOPERATION_PROJECT', properties: {}, confidence: 0.8, reason: `the title under "${tokens.slice(0, colon + 1).map((token) => token.text).join(' ')}:"`, form: 'name', nested: false }];
}

/**
 * "three border provinces of Laos (Phoukhao, Nam Sai and Boun Tai)", "… provinces of Laos: A, B and C.", "in Pursat, Battambang and
 * Kampong Chhnang provinces": the names listed in brackets or after a colon after a plural kind of place, or right before it, are places of that kind, one per item,
 * whatever the recogniser made of them ("Nam Sai and Boun Tai" as one name).
 */
function placesListedWithKind(text: string, sentence: Sentence, names: Mention[]): Mention[] {
  const { tokens } = sentence;
  const listed: Mention[] = [];
  for (const kindWord of tokens.filter((token) => PLACE_LIST_KINDS[token.lower])) {
    const kind = PLACE_LIST_KINDS[kindWord.lower];
    // The bracket opens after the kind, or after the country it is "of".
    const country = tokens[kindWord.index + 1]?.lower === 'of' ? names.find((name) => name.first === kindWord.index + 2 && name.type === EntityType.Country) : undefined;
    const before = country ? tokens[country.last] : kindWord;
    const close = tokens.findIndex((token) => token.index > before.index && /\)/.test(token.post));
    if (/\(\s*$/.test(before.post + (tokens[before.index + 1]?.pre ?? '')) && close > 0) listed.push(...listedPlaces(text, sentence, before.index + 1, close, kindWord, kind));
    // ("three northern provinces of Laos: Luang Prabang, Oudomxay and Phongsaly.": or after a colon, to the sentence's end.)
    if (/:\s*$/.test(before.post) && before.index < tokens.length - 1) listed.push(...listedPlaces(text, sentence, before.index + 1, tokens.length - 1, kindWord, kind));
    // ("A, B and C provinces": a list of two or more that ends right before the kind.)
    let start = kindWord.index;
    while (start > 0 && (isNameWord(tokens[start - 1]) || tokens[start - 1].lower === 'and') && /^(?:\s*|,\s*)$/.test(tokens[start - 1].post)) start -= 1;
    const items = start < kindWord.index ? listedPlaces(text, sentence, start, kindWord.index - 1, kindWord, kind) : [];
    if (items.length >= 2) listed.push(...items);
  }
  if (listed.length === 0) return names;
  const inside = (name: Mention) => listed.some((place) => place.start <= name.end && name.start <= place.end);
  return [...names.filter((name) => !inside(name)), ...listed].sort((a, b) => a.first - b.first);
}

/** The places a list from `from` to `to` names, one per item between commas and "and"; none when a word is no name or an item is a country. */
function listedPlaces(text: string, sentence: Sentence, from: number, to: number, kindWord: Token, kind: string): Mention[] {
  const { tokens } = sentence;
  const items: Mention[] = [];
  let first: number | undefined;
  for (let k = from; k <= to; k += 1) {
    if (tokens[k].lower === 'and') continue;
    if (!isNameWord(tokens[k])) return [];
    first ??= k;
    if (k < to && !/,/.test(tokens[k].post) && tokens[k + 1]?.lower !== 'and') continue;
    const item = text.slice(tokens[first].start, tokens[k].end);
    // ("countries (Thailand, Laos)" are countries, named as such; "five Cambodian and Lao provinces" are theirs.)
    if (countryNamed(item) || (first === k && isDemonym(tokens[k]))) return [];
    items.push({ sentence, first, last: k, start: tokens[first].start, end: tokens[k].end, text: item, name: item, type: EntityType.Place, kind, properties: {}, confidence: 0.75, reason: `one of the ${kindWord.lower} the text lists`, form: 'name', nested: false });
    first = undefined;
  }
  return items;
}

/** A dateline's city and its country (or province), and that the one is in the other. */
function addDateline(text: string, dateline: DatelinePlace, sentences: Sentence[], registry: EntityRegistry, relations: ProposedRelation[]): void {
  const sentence = sentences.find((item) => item.end >= dateline.cityStart) ?? sentences[0];
  const city: Mention = { sentence, first: 0, last: 0, start: dateline.cityStart, end: dateline.cityStart + dateline.city.length, text: text.slice(dateline.cityStart, dateline.cityStart + dateline.city.length), name: dateline.city, type: EntityType.Place, kind: 'CITY', properties: {}, confidence: 0.8, reason: "the dateline's city", form: 'dateline', nested: false };
  const place = registry.add(city, text)!;
  place.quotes = [dateline.quote];
  const country = countryNamed(dateline.wider);
  const span = { start: city.end + 2, end: city.end + 2 + dateline.wider.length };
  const wider = country
    ? registry.add({ ...city, ...span, name: country.name, type: EntityType.Country, kind: 'COUNTRY', properties: { isoCode: country.isoCode }, reason: `a country (ISO ${country.isoCode})`, confidence: 0.95 }, text)!
    : registry.add({ ...city, ...span, text: dateline.wider, name: dateline.wider, kind: 'REGION', reason: "the dateline's province or state", confidence: 0.7 }, text)!;
  wider.quotes = [dateline.quote];
  relations.push({ type: RelationType.LOCATED_IN, from: place.id, to: wider.id, properties: {}, quote: dateline.quote, span: { start: dateline.start, end: dateline.start + dateline.quote.length }, confidence: 0.8, reason: `the dateline names the city and its ${country ? 'country' : 'province or state'}` });
}

/** "opened here", "was held here", "kicked off here": what an event did where the wire story is filed. */
const HELD_HERE = /^(?:(?:is|was|were|has been)\s+)?(?:opened|opens|held|began|begins|convened|convenes|started|starts|closed|closes|took place|takes place|kicked off|kicks off|got under way|gets under way)\s+here$/;

/** Nouns a story uses for the town it is filed from: "in this former royal capital", "in this port city". */
const DATELINE_TOWN_NOUNS = /^(?:city|capital|town|port|village|resort)$/;
/** Verbs for coming together somewhere: "gathered in this …", "met in this …". */
const GATHERED = /^(?:gathered|met|convened|assembled|opened|began|were|was)$/;

/**
 * "The 3rd … Forum opened here on Tuesday": in a story under a dateline, "here" is the dateline's city; the event the
 * sentence names before the verb is held there. So is "in this former royal capital", after a verb of gathering: the
 * event the sentence names is held in the town the story is filed from.
 */
function heldHere(text: string, dateline: Dateline, perSentence: SentenceMentions[], registry: EntityRegistry): ProposedRelation[] {
  const city = registry.entities.find((entity) => entity.mentions.some((span) => span.start === dateline.cityStart));
  if (!city) return [];
  return perSentence.flatMap(({ sentence, top }) => {
    const tokens = sentence.tokens;
    const events = top.filter((mention) => mention.entityId && mention.type === EntityType.Event);
    const here = tokens.findIndex((token) => token.lower === 'here');
    const before = events.filter((mention) => mention.last < here).at(-1);
    const reason = `"here" in a story filed in ${city.name}`;
    if (before && here - before.last <= 5 && HELD_HERE.test(tokens.slice(before.last + 1, here + 1).map((token) => token.lower).join(' '))) return [heldIn(text, before, tokens[here], city.id, reason)];
    const town = tokens.findIndex((token, k) => token.lower === 'this' && tokens[k - 1]?.lower === 'in' && GATHERED.test(tokens[k - 2]?.lower ?? '') && tokens.slice(k + 1, k + 5).some((word) => DATELINE_TOWN_NOUNS.test(word.lower)));
    const event = town < 0 ? undefined : (events.find((mention) => mention.first > town) ?? events.at(-1));
    return event ? [heldIn(text, event, tokens[town], city.id, `"in this ${tokens[town + 1].lower} …" in a story filed in ${city.name}`)] : [];
  });
}

/** The event held in the dateline's city, quoted from the event's name to the word that says where. */
function heldIn(text: string, event: Mention, where: Token, city: string, reason: string): ProposedRelation {
  const span = { start: Math.min(event.start, where.start), end: Math.max(event.end, where.end) };
  return { type: RelationType.HELD_IN, from: event.entityId!, to: city, properties: {}, quote: text.slice(span.start, span.end), span, confidence: 0.65, reason };
}

/** Registers the typed mentions, their aliases and longer forms; resolves references; types what is left where it can. */
function registerMentions(text: string, perSentence: SentenceMentions[], registry: EntityRegistry): void {
  // Typed mentions first, so aliases and places can be resolved against them.
  const pending: { mention: Mention; entry: SentenceMentions }[] = [];
  const ownersUnits = new Set<string>();
  for (const entry of perSentence) {
    const { top, nested } = entry;
    for (const mention of [...top]) {
      if (ownedByBodyNamedByHead(mention)) {
        top.splice(top.indexOf(mention), 1);
        continue;
      }
      if (mention.form === 'reference') {
        if (resolveReference(mention, entry, registry, text, false)) pending.push({ mention, entry });
        continue;
      }
      if (unitBeforeItsBody(mention, top) || possessedUnit(mention, ownersUnits) || onlyInContactLine(mention, registry, text)) {
        top.splice(top.indexOf(mention), 1);
        continue;
      }
      // ("Tawau Cocoa Breeding Station of Malaysia": a platform's country, too, is where it is.)
      if (mention.type === EntityType.Platform && mention.form === 'name') splitTrailingCountry(mention);
      if (mention.type === EntityType.Institution && mention.form === 'name') {
        splitTrailingCountry(mention);
        namedInFullAfterHeadline(mention, registry, text);
      }
      nameAfterOwningBody(mention, registry);
      const described = describedName(mention, registry) ?? namedBeforeWithCountry(mention, registry);
      if (described) {
        registry.refer(described, mention, text);
        continue;
      }
      registry.add(mention, text);
      for (const inner of nested.get(mention) ?? []) registry.add(inner, text);
      const defined = aliasAfter(text, mention);
      const entity = mention.entityId ? registry.get(mention.entityId) : undefined;
      if (defined && entity) {
        registry.addAlias(entity, { ...defined, confidence: 0.9, reason: 'the text defines it in parentheses' });
        // The short name inside the parentheses is part of the definition, not another mention (nor a subject).
        for (let n = top.length - 1; n >= 0; n -= 1) if (top[n] !== mention && top[n].start > mention.end && top[n].end <= defined.span.end) top.splice(n, 1);
      }
      // "China's": a possessive is no other form of the name.
      const written = displayName(mention.text.replace(/['’]s$/, ''));
      if (entity && mention.name !== written && nameKey(written) !== nameKey(mention.name) && mention.form === 'name') {
        registry.addAlias(entity, { alias: written, quote: clauseAround(text, mention), span: { start: mention.start, end: mention.end }, confidence: 0.7, reason: 'the longer form the text uses' });
      }
      // "2027 International Training Course …": the year before an event names its edition; a curator may keep either form.
      const year = mention.sentence.tokens[mention.first - 1];
      if (entity && mention.type === EntityType.Event && year && /^(?:19|20)\d\d$/.test(year.text) && year.post === ' ') {
        const span = { start: year.start, end: mention.end };
        registry.addAlias(entity, { alias: `${year.text} ${mention.name}`, quote: text.slice(span.start, span.end), span, confidence: 0.7, reason: 'the edition year the text puts before it' });
      }
    }
  }
  for (const { mention, entry } of pending) resolveReference(mention, entry, registry, text, true);
  resolveUntyped(perSentence, registry, text);
}

/** The words of a body's organ that a meeting's name may hold and still not say whose it is: "Third Council Meeting". */
const ORGAN_WORDS = new Set(['council', 'board', 'steering', 'executive', 'governing', 'committee', 'plenary', 'members', 'ministerial']);
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** The organisation or network named last before `mention`: whose "its" is. */
function lastNamedBody(mention: Mention, registry: EntityRegistry): ProposedEntity | undefined {
  const lastBefore = (entity: ProposedEntity) => Math.max(-1, ...entity.mentions.filter((span) => span.end <= mention.start).map((span) => span.start));
  const bodies = registry.entities.filter((entity) => [EntityType.Network, EntityType.Institution].includes(entity.type) && lastBefore(entity) >= 0);
  return bodies.sort((a, b) => lastBefore(b) - lastBefore(a))[0];
}

/**
 * "the Alliance's 3rd General Assembly", "LMRA's Annual Meeting", "its Third Council Meeting": an event whose name says only which one of a body's
 * meetings it is takes the body's name ("3rd General Assembly of the Lotus Marine Robotics Alliance").
 */
function nameAfterOwningBody(mention: Mention, registry: EntityRegistry): void {
  const { tokens } = mention.sentence;
  // "held the third meeting of its Council": "its" is the body named last before it (bodysMeeting).
  if (mention.type === EntityType.Event && tokens[mention.first + 2]?.lower === 'of' && tokens[mention.first + 3]?.lower === 'its') {
    const holder = lastNamedBody(mention, registry);
    if (holder) mention.name = `${mention.name} of the ${holder.name}`;
    return;
  }
  // ("the Network's fifth General Assembly": the edition may be written in small letters between.)
  const edition = tokens[mention.first - 1]?.tags.has('Ordinal') ? tokens[mention.first - 1] : undefined;
  const owner = tokens[mention.first - (edition ? 2 : 1)];
  // ("held its Third Council Meeting": "its" is the body named last before it.)
  const pronoun = ['its', 'their'].includes(owner?.lower ?? '');
  if (mention.type !== EntityType.Event || mention.form !== 'name' || !owner || !(/['’]s$/.test(owner.text) || pronoun)) return;
  const words = nameWords(mention.name);
  const isOrdinal = (word: string) => /^\d+(?:st|nd|rd|th)$/.test(word) || ORDINAL_WORDS.has(word);
  if (!words.slice(0, -1).every((word) => isGenericMeetingWord(word) || isOrdinal(word) || SEQUENCE_WORDS.has(word) || ORGAN_WORDS.has(word))) return;
  // The owner as written ("CAMRA's"), or the body "the Alliance's" points back at: the one body of that head named before.
  const written = owner.text.replace(/['’]s$/, '');
  const bodies = registry.entities.filter((entity) => [EntityType.Network, EntityType.Institution].includes(entity.type) && entity.mentions.some((span) => span.end <= mention.start));
  const named = pronoun ? lastNamedBody(mention, registry) : registry.find(written);
  const pointed = tokens[owner.index - 1]?.lower === 'the' ? bodies.filter((entity) => headOf(entity.name) === headOf(written)) : [];
  const body = named && bodies.includes(named) ? named : pointed.length === 1 ? pointed[0] : undefined;
  const ordinal = edition ? `${edition.text.charAt(0).toUpperCase()}${edition.text.slice(1)} ` : '';
  if (body) mention.name = `${ordinal}${mention.name} of the ${body.name}`;
}

/**
 * "the service station" after "CATTC Hanoi Service Station", "the flood sensing centre" after "… Flood Sensing Centre": a
 * definite phrase whose words end the name of an entity of its type named before points back at it.
 */
function describedName(mention: Mention, registry: EntityRegistry): ProposedEntity | undefined {
  const { tokens } = mention.sentence;
  const described = mention.form === 'phrase' && ['the', 'this', 'that'].includes(tokens[mention.first - 1]?.lower ?? '');
  if ((!described && mention.form !== 'name') || !mention.type) return undefined;
  const words = nameKey(mention.text);
  if (words.split(' ').length < 2) return undefined;
  // "China-ASEAN Technology Transfer Center Bangkok Innovation Center", then "the Bangkok Innovation Center": a unit
  // named after its parent organisation is named again without it.
  const parentNamed = (prefix: string) => registry.entities.some((entity) => [EntityType.Institution, EntityType.Platform].includes(entity.type) && nameKey(entity.name) === prefix && prefix.includes(' '));
  // "the Red River Institute of Crop Genetics" then "the Red River institute", "the Stung Treng Biodiversity Centre" then
  // "the Stung Treng centre", "CATTC Khon Sai Technology Service Station" then "the Khon Sai station": words of the name
  // that tell it apart, and its head word.
  const said = words.split(' ').slice(0, -1).join(' ');
  const opening = (entity: ProposedEntity) => described && /\p{Lu}/u.test(mention.text) && ` ${nameKey(entity.name)} `.includes(` ${said} `) && headOf(entity.name) === headOf(mention.text);
  const fits = (entity: ProposedEntity) => (nameKey(entity.name).endsWith(` ${words}`) && (described || parentNamed(nameKey(entity.name).slice(0, -words.length - 1)))) || opening(entity);
  const named = registry.entities.filter((entity) => entity.type === mention.type && entity.mentions.some((span) => span.end <= mention.start) && fits(entity));
  return named.length === 1 ? named[0] : undefined;
}

/** The names inside each name (countries, places, known names) and the fields a name states. */
function addInnerNames(text: string, perSentence: SentenceMentions[], registry: EntityRegistry): void {
  const brands = brandPrefixes(perSentence);
  for (const entry of perSentence) {
    for (const mention of entry.top) {
      if (!mention.entityId) continue;
      const inner = [...(entry.nested.get(mention) ?? []), ...findNested(text, mention), ...knownInside(mention, registry)];
      const unique = inner.filter((item, n) => item.first >= mention.first && item.last <= mention.last && inner.findIndex((other) => other.first === item.first && other.last === item.last) === n);
      // A demonym inside a name ("Chinese Academy", "Chinese Medicine") speaks of no country; "China-Malaysia …" and "… of Singapore" do.
      const spokenOf = (item: Mention) => item.type !== EntityType.Country || registry.find(item.name, EntityType.Country) || countryNamed(item.text) !== undefined;
      for (const item of unique) if (!item.entityId && spokenOf(item)) registry.add(item, text);
      entry.nested.set(mention, unique.filter((item) => item.entityId && item.entityId !== mention.entityId));
      for (const domain of domainsInName(mention, unique, brands)) {
        const within = text.slice(mention.start, mention.end);
        const words = domain.split(/\s+/);
        const from = within.indexOf(words[0]);
        const to = within.lastIndexOf(words.at(-1)!) + words.at(-1)!.length;
        const span = from >= 0 && to > from ? { start: mention.start + from, end: mention.start + to } : { start: mention.start, end: mention.end };
        const domainMention: Mention = { ...mention, ...span, text: text.slice(span.start, span.end), name: domain.charAt(0).toUpperCase() + domain.slice(1), type: EntityType.Domain, kind: 'TECHNOLOGY_DOMAIN', properties: {}, confidence: 0.55, reason: `a field named in "${mention.name}"`, form: 'domain', nested: true, entityId: undefined };
        registry.add(domainMention, text);
        entry.nested.set(mention, [...entry.nested.get(mention)!, domainMention]);
      }
    }
  }
}

/** The first one or two words that two or more different names of the text begin with: a brand, not a subject. */
function brandPrefixes(perSentence: SentenceMentions[]): Set<string> {
  const namesByPrefix = new Map<string, Set<string>>();
  for (const { top } of perSentence) {
    for (const mention of top) {
      if (mention.form !== 'name' || !mention.entityId) continue;
      const words = mention.sentence.tokens.slice(mention.first, mention.last + 1).filter((token) => !token.tags.has('Ordinal')).map((token) => token.lower);
      for (const length of [1, 2]) {
        if (words.length <= length + 1) continue;
        const prefix = words.slice(0, length).join(' ');
        namesByPrefix.set(prefix, (namesByPrefix.get(prefix) ?? new Set()).add(mention.name));
      }
    }
  }
  return new Set([...namesByPrefix].filter(([, names]) => names.size >= 2).map(([prefix]) => prefix));
}

/**
 * "Mahidol University of Thailand" → "Mahidol University", located in Thailand (the relation rules add that).
 * "National University of Laos" and "Ministry of Science and Technology of Thailand" keep their country:
 * without it their words name no one in particular.
 */
/**
 * "Press statement of the Ministry of X" over "The Ministry of X of the Lao People's Democratic Republic (MHESTD) …": the
 * body a headline names short is the one the text then names with its country; the full name becomes its name.
 */
function namedInFullAfterHeadline(mention: Mention, registry: EntityRegistry, text: string): void {
  const of = mention.name.lastIndexOf(' of ');
  if (of < 0 || !countryNamed(mention.name.slice(of + 4)) || registry.find(mention.name, mention.type)) return;
  const short = registry.find(mention.name.slice(0, of), mention.type);
  if (!short || nameKey(short.name) !== nameKey(mention.name.slice(0, of)) || short.mentions.some((span) => span.start >= text.indexOf('\n'))) return;
  const headline = short.mentions[0];
  registry.rename(short, mention.name, { start: mention.start, end: mention.end }, text);
  registry.addAlias(short, { alias: text.slice(headline.start, headline.end), quote: text.slice(headline.start, headline.end), span: headline, confidence: 0.7, reason: 'the headline names it without its country' });
}

/**
 * "Host: Ministry of Rural Energy of the Kingdom of Cambodia", then "remarks by the Ministry of Rural Energy": a body named
 * before with its country, which the text then names without it, or with the country's demonym ("the Lao Ministry of Health"
 * after "the Ministry of Health of the Lao People's Democratic Republic").
 */
function namedBeforeWithCountry(mention: Mention, registry: EntityRegistry): ProposedEntity | undefined {
  if (mention.type !== EntityType.Institution || mention.form !== 'name' || registry.find(mention.name, mention.type)) return undefined;
  const [demonym, ...rest] = mention.name.split(' ');
  const country = rest.length > 1 ? countryOfDemonym(demonym) : undefined;
  const withCountry = country && nameKey(`${rest.join(' ')} of ${country.name}`);
  const named = withCountry ? registry.entities.find((entity) => entity.type === mention.type && nameKey(entity.name) === withCountry) : undefined;
  if (named) return named;
  const prefix = `${nameKey(mention.name)} of `;
  const longer = registry.entities.filter((entity) => entity.type === mention.type && nameKey(entity.name).startsWith(prefix) && countryNamed(entity.name.slice(mention.name.length + 4)) !== undefined);
  return longer.length === 1 ? longer[0] : undefined;
}

function splitTrailingCountry(mention: Mention): void {
  const of = mention.name.lastIndexOf(' of ');
  if (of < 0 || !countryNamed(mention.name.slice(of + 4))) return;
  const base = mention.name.slice(0, of);
  const words = nameWords(base);
  const head = words.findIndex((word) => HEADS[word]);
  // ("Department of Science and Technology of Guangxi … of the People's Republic of China": a body that names its province
  // already is named without the country it is in.)
  const placedBefore = base.split(' of ').length > 2;
  // ("Royal Coastal University of Cambodia": a head right before the country, after words that only describe, keeps it.)
  const described = head === words.length - 1 && words.slice(0, head).every(onlyDescribes);
  if ((head > 0 && words.slice(0, head).some((word) => !GENERIC_MODIFIERS.has(word)) && !described) || placedBefore) mention.name = base;
}

/**
 * Points a definite description at the nearest entities of its type named before it with its head word
 * ("the laboratory" → "Mekong Rice Genomics Joint Laboratory"), else of its kind; "the two universities"
 * at the last two. "The Beidou laboratory" may point forward, at the one name of the text that holds
 * Beidou (`anywhere`, once every name is known). A singular one with words of its own ("the new dual-cycle
 * pattern") that points at nothing describes a new one; any other is dropped: it names nothing new. Returns whether it stays to be resolved later.
 */
/** Legal forms a reference may use as its head: "the Tay Nguyen company" for "Tay Nguyen Agro-Machinery Company". */
const LEGAL_HEADS = new Set(['company', 'corporation', 'cooperative']);

/**
 * Whether a reference's head word is the entity's head; with words of its name said ("the Tay Nguyen company"), the head
 * may be the legal form that closes the name, which headOf sets aside.
 */
function hasHead(entity: ProposedEntity, head: string | undefined, named: boolean): boolean {
  if (headOf(entity.name) === head) return true;
  return named && entity.type === EntityType.Institution && LEGAL_HEADS.has(head ?? '') && entity.name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).at(-1) === head;
}

function resolveReference(reference: Mention, entry: SentenceMentions, registry: EntityRegistry, text: string, anywhere: boolean): boolean {
  const { top } = entry;
  const defined = definedAs(reference, registry, text);
  if (defined) {
    Object.assign(reference, { name: defined.name, kind: defined.kind });
    registry.refer(defined, reference, text);
    return false;
  }
  // "The CATTC Center, which …, will help the centre find partners": a description later in the sentence is not its subject.
  const { tokens } = reference.sentence;
  const opening = tokens[tokens[0]?.lower === 'the' ? 1 : 0];
  const isSubject = (entity: ProposedEntity) => reference.antecedents === 1 && reference.first > 2 && !!opening && entity.mentions.some((span) => span.start === opening.start);
  const ordered = referableAs(reference, registry.entities)
    .filter((entity) => !isSubject(entity))
    .map((entity) => ({ entity, at: Math.max(-1, ...entity.mentions.filter((span) => anywhere || span.end <= reference.start).map((span) => span.start)) }))
    .filter((item) => item.at >= 0)
    .sort((a, b) => b.at - a.at)
    .map((item) => item.entity);
  // The reference's name is its head, after any words of the name it points at ("beidou laboratory").
  const words = reference.name.split(' ');
  const head = words.pop();
  // "the Thai university", "the Vietnamese institute": a demonym says whose it is, not what it is called.
  const demonyms = new Set(reference.sentence.tokens.slice(reference.first, reference.last).filter(isDemonym).map((token) => token.lower));
  const countries = [...demonyms].map((word) => countryOfDemonym(word)!.name.toLowerCase());
  const said = words.filter((word) => !demonyms.has(word));
  // "the Beidou laboratory" by a word of its name, "the MekDNA project" by its short name.
  // "the Nanning exhibition": the one the text placed there ("the … Exhibition in Nanning").
  // ("the Guangzhou institute": "… Institute of Estuarine Engineering, based in Guangzhou".)
  // ("the Champasak association": "- Khone Falls Community Fisheries Association, Champasak, Laos".)
  const placedIn = (entity: ProposedEntity, word: string) => entity.mentions.some((span) => new RegExp(`^(?:(?:,?\\s+(?:based|located|headquartered))?\\s+(?:in|at)|\\.?,)\\s+(?:the\\s+)?${word.replace(/[^\p{L}-]/gu, '')}\\b`, 'iu').test(text.slice(span.end, span.end + 50)));
  const fits = (entity: ProposedEntity) => said.every((word) => [entity.name, ...entity.aliases.map((alias) => alias.alias)].some((name) => nameWords(name).includes(word)) || placedIn(entity, word));
  const ofHead = ordered.filter((entity) => hasHead(entity, head, said.length > 0) && fits(entity));
  // Several of that head: the one whose name says the country, if one does.
  const ofCountry = ofHead.filter((entity) => [...demonyms, ...countries].some((word) => entity.name.toLowerCase().includes(word)));
  const byHead = demonyms.size > 0 && ofHead.length > 1 ? ofCountry : ofHead;
  if (demonyms.size > 0 && said.length === 0 && byHead.length !== 1) {
    // Which one it is cannot be told here; a demonym and a head name nothing new either.
    top.splice(top.indexOf(reference), 1);
    return false;
  }
  const count = reference.antecedents;
  // "The project was coordinated by A. … The coordinating institute presented …": the one who did what the role says.
  const role = said.find((word) => /..ing$/.test(word));
  const doer = role && count === 1 ? doerOf(role, text, reference.start, registry) : undefined;
  if (doer && doer.type === reference.type) {
    Object.assign(reference, { name: doer.name, kind: doer.kind });
    registry.refer(doer, reference, text);
    return false;
  }
  // "On the second day the two hosts launched X": who the text said hosted ("co-hosted by A and B"), not the last two named.
  const roleSaid = EVENT_ROLE_PLURALS[reference.name];
  const holders = roleSaid ? roleHolders(roleSaid, text, reference.start, registry) : [];
  if (holders.length > 0 && (count === undefined || holders.length === count)) return resolveTo(reference, entry, holders, registry, text);
  // "the two sides", "both institutions": the organisations named last, whatever their kind.
  const parties = reference.kind === 'ENTERPRISE_GROUP' && count !== undefined;
  // "the ministry" is a ministry named before, never an agency of the same kind; "the company" is any of its kind, and so
  // is "the joint venture company" (words of a role; "the two host institutions" are the hosts, not the last two named).
  const roleOnly = count === 1 && words.length > 0 && words.every((word) => ROLE_WORDS.has(word)) && byHead.length === 0;
  // ("the two universities" after "A and B … at the A College of Medicine": a unit of one named is no other party.)
  const candidates = withoutUnits((byHead.length > 0 || words.length > 0 || BODY_HEADS.has(head ?? '')) && !roleOnly ? byHead : ofItsKind(reference, ordered, top, parties, said, text), count);
  const named = reference.sentence.tokens.slice(reference.first, reference.last).some((token) => isNameWord(token));
  if (count === undefined || candidates.length < count) {
    // "the Tern laboratory", "the service station": a name or a described one may be named later in the text.
    if ((named || words.length > 0) && !anywhere) return true;
    if (!signedUnnamed(reference, entry)) describeNew(reference, entry, registry, text, words, head);
    return false;
  }
  if (count === 1) {
    // Resolved in place: whoever holds the mention (a signing's parties, a frame) sees the entity. One the sentence names
    // before it, even inside another name ("the UPLK Smart Paddy Demonstration Farm, set up by the university"), comes first.
    const chosen = namedEarlierIn(reference, candidates, text) ?? candidates[0];
    Object.assign(reference, { name: chosen.name, kind: chosen.kind, type: chosen.type });
    registry.refer(chosen, reference, text);
    return false;
  }
  // ("A and B today announced C, a joint venture. The two companies signed …": the founders, not the venture they founded.)
  const founders = said.includes('venture') ? candidates : candidates.filter((entity) => !isVenture(entity, text));
  return resolveTo(reference, entry, (founders.length >= count ? founders : candidates).slice(0, count).reverse(), registry, text);
}

/** A company the text calls a joint venture where it names it ("C, a joint venture that …") or sets it up ("formed C"). */
function isVenture(entity: ProposedEntity, text: string): boolean {
  return entity.mentions.some((span) => FOUNDED_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start)) || /^\.?,?\s+(?:a|the)\s+(?:new\s+)?joint[- ]venture\b/i.test(text.slice(span.end, span.end + 40)));
}

/** The entities of the reference's type; for "the initiative", "the programme", a project when the text named no initiative. */
function referableAs(reference: Mention, entities: ProposedEntity[]): ProposedEntity[] {
  const ofType = entities.filter((entity) => entity.type === reference.type);
  return ofType.length > 0 || reference.type !== EntityType.Initiative ? ofType : entities.filter((entity) => entity.type === EntityType.Project);
}

/** Puts a pointer to each of `entities` (in the text's order) in the reference's place. */
function resolveTo(reference: Mention, entry: SentenceMentions, entities: ProposedEntity[], registry: EntityRegistry, text: string): false {
  const resolved = entities.map((entity) => {
    const pointer: Mention = { ...reference, name: entity.name, kind: entity.kind };
    registry.refer(entity, pointer, text);
    return pointer;
  });
  replaceMention(entry, reference, resolved);
  return false;
}

/** The actors of the last passive that `said` matches before `before` ("co-hosted by A and B"), in the text's order. */
function roleHolders(said: RegExp, text: string, before: number, registry: EntityRegistry): ProposedEntity[] {
  const match = [...text.slice(0, before).matchAll(said)].at(-1);
  if (!match) return [];
  const from = match.index + match[0].length;
  // The actors run to the clause's end: a full stop, a semicolon, "with", or another verb's participle.
  const stop = /[.;]\s|,\s+with\b|,?\s+(?:and\s+)?(?:co-?)?\p{Ll}+ed\s+by\b/u.exec(text.slice(from, before));
  const to = from + (stop ? stop.index : before - from);
  const firstIn = (entity: ProposedEntity) => Math.min(...entity.mentions.filter((span) => span.start >= from && span.start < to).map((span) => span.start));
  return registry.entities
    .filter((entity) => ACTOR_TYPES.has(entity.type) && Number.isFinite(firstIn(entity)))
    .sort((a, b) => firstIn(a) - firstIn(b));
}

/**
 * 'a delegation of the Department of X (hereinafter referred to as "the Department")': the entity the text defined the
 * reference's words for, however many of its kind it names since.
 */
function definedAs(reference: Mention, registry: EntityRegistry, text: string): ProposedEntity | undefined {
  const written = reference.text.replace(/^the\s+/i, '');
  if (!/^\p{Lu}/u.test(written) || reference.antecedents !== 1) return undefined;
  const quoted = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const definition = new RegExp(`\\(\\s*hereinafter(?:\\s+(?:referred\\s+to\\s+as|called))?\\s+["“]the\\s+${quoted}["”]\\s*\\)`, 'u').exec(text.slice(0, reference.start));
  if (!definition) return undefined;
  const defined = registry.entities.filter((entity) => entity.type === reference.type && entity.mentions.some((span) => span.end <= definition.index && definition.index - span.end <= 2));
  return defined.length === 1 ? defined[0] : undefined;
}

/** For a counted reference, the candidates less any whose name is another's followed by a unit's words ("A College of Medicine"). */
function withoutUnits(candidates: ProposedEntity[], count: number | undefined): ProposedEntity[] {
  if (count === undefined || count < 2) return candidates;
  // (Only a unit's head after the whole's name: "Sanya Institute … of the Chinese Academy of Sciences" is no unit of "Sanya Institute …".)
  const unitOf = (entity: ProposedEntity) =>
    candidates.some((other) => other !== entity && nameKey(entity.name).startsWith(`${nameKey(other.name)} `) && UNIT_HEADS.has(nameWords(entity.name)[nameWords(other.name).length] ?? ''));
  const wholes = candidates.filter((entity) => !unitOf(entity));
  return wholes.length >= count ? wholes : candidates;
}

/**
 * The entities a reference by its kind may point at, nearest first: of its kind ("the company"), or any ("the two
 * sides", `parties`); never one it is listed with ("Xiangjiang Recycling and the joint venture company signed"); for
 * "the joint venture company", the companies the text says were set up, before any other.
 */
function ofItsKind(reference: Mention, ordered: ProposedEntity[], top: Mention[], parties: boolean, said: string[], text: string): ProposedEntity[] {
  const listedWith = new Set(top.filter((mention) => mention !== reference && (listedTogether(mention, reference) || listedTogether(reference, mention))).map((mention) => nameKey(mention.name)));
  // (A project "the initiative" points at is of another type, so of any kind.)
  const ofKind = ordered.filter((entity) => (parties || entity.kind === reference.kind || entity.type !== reference.type) && !listedWith.has(nameKey(entity.name)));
  const ventures = said.includes('venture') ? ofKind.filter((entity) => isVenture(entity, text)) : [];
  return ventures.length > 0 ? ventures : ofKind;
}

/**
 * "will set up Cellwise Circular Co., Ltd.", "formed a joint venture, Delta Materials", "The joint venture company, BSB
 * Huanan Bioplastics Sdn. Bhd., will …": words that found, or name as the venture, what follows them.
 */
const FOUNDED_BEFORE = /\b(?:set up|form(?:s|ed)?|establish(?:es|ed)?|creat(?:es?|ed)|incorporat(?:es?|ed))\s+(?:(?:a|the)\s+(?:new\s+)?joint[- ]venture(?:\s+company)?,?\s+(?:(?:named|called)\s+)?)?$|\bjoint[- ]venture(?:\s+company)?,\s*$/i;

/** The one candidate whose name or alias the reference's sentence writes before it, if exactly one. */
function namedEarlierIn(reference: Mention, candidates: ProposedEntity[], text: string): ProposedEntity | undefined {
  const before = ` ${text.slice(reference.sentence.start, reference.start)} `;
  const written = (name: string) => new RegExp(`[^\\p{L}\\d]${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\p{L}\\d]`, 'u').test(before);
  const named = candidates.filter((entity) => [entity.name, ...entity.aliases.map((alias) => alias.alias)].some(written));
  return named.length === 1 ? named[0] : undefined;
}

/** Past forms that do not start with their "-ing" form's stem. */
const IRREGULAR_PAST: Record<string, string> = { lead: 'led', run: 'ran', hold: 'held', build: 'built' };

/** Who the text said did what a role participle names ("coordinating" ← "was coordinated by A"), the last one before `before`. */
function doerOf(participle: string, text: string, before: number, registry: EntityRegistry): ProposedEntity | undefined {
  const stem = participle.replace(/ing$/, '').replace(/[^\p{L}-]/gu, '');
  const forms = [`${stem}\\w*`, ...(IRREGULAR_PAST[stem] ? [IRREGULAR_PAST[stem]] : [])].join('|');
  const said = [...text.slice(0, before).matchAll(new RegExp(`\\b(?:${forms})\\s+by\\s+(?:the\\s+)?`, 'gi'))].at(-1);
  const at = said ? said.index + said[0].length : -1;
  return at < 0 ? undefined : registry.entities.find((entity) => entity.mentions.some((span) => span.start === at));
}

/** Puts what a reference resolved to in its place, in the sentence's mentions and in its signings' parties ("the two institutions signed …"). */
/** "Enquiries: Training Office, LISNA", "Chair: Director, International Cooperation Office, LISNA": an office set before its organisation is a unit of it, no entity of its own. */
function unitBeforeItsBody(mention: Mention, top: Mention[]): boolean {
  const { tokens } = mention.sentence;
  if (mention.type !== EntityType.Institution || tokens[mention.last].lower !== 'office' || mention.name.includes(' of ') || !/^,\s*$/.test(tokens[mention.last].post)) return false;
  const body = top.find((other) => other.first === mention.last + 1);
  return !!body && (body.type === EntityType.Institution || isAcronym(tokens[body.first]));
}

/** A line that says whom to ask, who issued the text or whom to thank for a picture: "Contact: …", "Issued by …", "Credit: …". */
const CONTACT_LINE = /^(?:(?:media|press)\s+)?(?:contacts?|enquiries|inquiries)\s*:|^(?:photo\s+)?credits?\s*:|^(?:prepared|issued) by\b|^for (?:more|further) information\b/i;

/** The words of an office that answers for its body: "Office of Communications", "LMCRA Secretariat", "X Corporate Communications", "Investor Relations". */
const OFFICE_UNITS = /^(?:office|secretariat|division|desk|section|unit|team|communications|relations)$/;

/**
 * "Contact: Office of Communications, news@…", "Credit: LMCRA Secretariat", "Prepared by Dr X, coordinator, LMRCD Project
 * Office": a line of whom to ask names an office that answers for a body, no entity of its own; a name the text gave
 * before is still linked there, and a body or a place is still one ("Contact: the X Institute, Kunming").
 */
function onlyInContactLine(mention: Mention, registry: EntityRegistry, text: string): boolean {
  // (Its line, or its sentence where a caption's line goes on: "Photo: Delegates in Bangkok. Credit: LMCRA Secretariat".)
  const openings = [text.lastIndexOf('\n', mention.start) + 1, mention.sentence.tokens[0].start];
  // (Its words before "of", or its last: "General Office of the Commission", "SPN Corporate Communications".)
  const words = mention.name.toLowerCase().split(/\s+/);
  const beforeOf = words.includes('of') ? words.slice(0, words.indexOf('of')) : [];
  const office = [...beforeOf, words.at(-1)].some((word) => OFFICE_UNITS.test(word ?? ''));
  return office && openings.some((opening) => CONTACT_LINE.test(text.slice(opening, mention.start))) && !registry.find(mention.name);
}

/** Units named only for what they do, that many organisations have: "College of Engineering", "Steering Council". */
const GENERIC_UNIT = /^(?:(?:College|Faculty|School) of [\p{L} ,-]+|(?:(?:Steering|Executive|Advisory|Management|Standing|Governing|Scientific|Technical) )?(?:Council|Committee|Board|Secretariat))$/u;

/**
 * "the university's College of Engineering building", "its Steering Council, meeting in Vientiane": a unit named only for
 * what it does, after its owner's possessive, is a part of the owner, no entity of its own; nor is it when the text
 * names it again ("The Steering Council thanked …"). `owned` keeps the names of those met so.
 */
function possessedUnit(mention: Mention, owned: Set<string>): boolean {
  const { tokens } = mention.sentence;
  const owner = tokens[mention.first - 1];
  const possessive = !!owner && (/['’]s$/.test(owner.text) || ['its', 'their'].includes(owner.lower));
  if (mention.type !== EntityType.Institution || !GENERIC_UNIT.test(mention.name) || !(possessive || owned.has(mention.name))) return false;
  owned.add(mention.name);
  return true;
}

/**
 * "the Network's Steering Council", "The Institute's alumni endowment", "the Alliance's online training platform": what a
 * body the text calls by its head word has, said in small letters or as a unit named only for what it does, is the
 * body's, no entity of its own.
 */
function ownedByBodyNamedByHead(mention: Mention): boolean {
  const { tokens } = mention.sentence;
  const at = pastArticle(tokens, mention.first);
  const owner = tokens[at];
  const head = owner.lower.replace(/['’]s$/, '');
  if (at >= mention.last || head === owner.lower || !isCapitalised(owner) || !HEADS[head] || ![EntityType.Institution, EntityType.Platform, EntityType.Network].includes(HEADS[head].type)) return false;
  const rest = tokens.slice(at + 1, mention.last + 1);
  return rest.every((token) => !isCapitalised(token)) || GENERIC_UNIT.test(rest.map((token) => token.text).join(' '));
}

/** "the Tern laboratory", "the new dual-cycle pattern": a reference to none such in the text describes a new one. */
function describeNew(reference: Mention, entry: SentenceMentions, registry: EntityRegistry, text: string, words: string[], head: string | undefined): void {
  const name = displayName(reference.text);
  // "the coordinating institute", "the leading company": a role it plays is no name of a new one.
  const ownWords = words.filter((word) => !/..ing$/.test(word));
  // ("the cloud platform that monitors …", "the working group": one never named, in small letters, is no entity to curate;
  // a policy is written so: "the new dual-cycle pattern". Nor is "the TSAA ground receiving station": its one capitalised
  // word names its owner.)
  const capitalised = reference.text.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && !/^the$/i.test(word));
  const named = capitalised.some((word) => !registry.find(word)) || reference.type === EntityType.Initiative;
  // ("the Rapid Shrimp Pathogen Test project": a name in capitals, then its kind in small letters, which is no part of it.)
  const kindAfterName = /^\p{Ll}/u.test(reference.sentence.tokens[reference.last].text) && capitalised.length >= 2 && capitalised.length === reference.last - reference.first - (/^the$/i.test(reference.sentence.tokens[reference.first].text) ? 1 : 0);
  const shown = kindAfterName ? capitalised.join(' ') : name.charAt(0).toUpperCase() + name.slice(1);
  const described: Mention[] = named && ownWords.length > 0 && reference.antecedents === 1 && !NAME_ONLY_HEADS.has(head ?? '') ? [{ ...reference, form: 'phrase', name: shown }] : [];
  for (const item of described) registry.add(item, text);
  replaceMention(entry, reference, described);
}

/**
 * "The joint-venture agreement was signed by A and B", none named before: the signing names it after its parties. As for
 * any unnamed agreement, two parties at least ("The memorandum was signed by A's president" is one named before, or none).
 */
function signedUnnamed(reference: Mention, entry: SentenceMentions): boolean {
  const signing = entry.signings.find((held) => held.agreement === reference && held.parties.reduce((sum, party) => sum + (party.form === 'reference' ? party.antecedents ?? 1 : 1), 0) >= 2);
  if (!signing) return false;
  const phrase = displayName(reference.text.replace(/^the\s+/i, ''));
  const reason = `"${reference.text}" refers to no agreement named before: it is named after its parties`;
  Object.assign(signing, { unnamed: true, agreement: { ...reference, form: 'phrase', name: phrase.charAt(0).toUpperCase() + phrase.slice(1), reason } });
  replaceMention(entry, reference, []);
  return true;
}

function replaceMention(entry: SentenceMentions, reference: Mention, by: Mention[]): void {
  // (A short name in brackets may have left the sentence's mentions already.)
  if (entry.top.includes(reference)) entry.top.splice(entry.top.indexOf(reference), 1, ...by);
  for (const signing of entry.signings) if (signing.parties.includes(reference)) signing.parties.splice(signing.parties.indexOf(reference), 1, ...by);
}

/** Names of the draft's entities that stand inside a longer name ("ASEAN" in "China-ASEAN …", "Guangxi" in "Guangxi University"). */
function knownInside(mention: Mention, registry: EntityRegistry): Mention[] {
  const tokens = mention.sentence.tokens;
  const found: Mention[] = [];
  for (let from = mention.first; from <= mention.last; from += 1) {
    for (let to = mention.last; to >= from; to -= 1) {
      if (from === mention.first && to === mention.last) continue;
      if (!isNameWord(tokens[from]) || !isNameWord(tokens[to])) continue;
      // "Guangxi University" in "Guangxi University of Chinese Medicine" is the start of another name, not that one.
      if (to < mention.last && NAME_CONNECTORS.has(tokens[to + 1].lower)) continue;
      const words = tokens.slice(from, to + 1).map((token, n, all) => token.text + (n < all.length - 1 ? token.post : '')).join('');
      const entity = registry.find(words);
      if (entity && entity.id !== mention.entityId) {
        found.push({ ...mention, first: from, last: to, start: tokens[from].start, end: tokens[to].end, text: words, name: entity.name, type: entity.type, kind: entity.kind, properties: {}, nested: true, entityId: entity.id, confidence: 0.7, reason: `"${entity.name}" named inside a longer name`, form: 'name' });
        from = to;
        break;
      }
    }
  }
  return found;
}

/** What a place can hold: "an office in …", "a company in …". */
const ORGANISATION_TYPES = new Set([EntityType.Institution, EntityType.Platform]);
/** "a liaison office", "a data company": one organisation of a kind, unnamed, whose "in" says where it is. */
function isOneOrganisationOfAKind(tokens: Token[], head: number): boolean {
  const rule = HEADS[tokens[head]?.lower ?? ''];
  if (!rule || !ORGANISATION_TYPES.has(rule.type) || /s$/.test(tokens[head].lower)) return false;
  return tokens.slice(Math.max(0, head - 3), head).some((token) => ['a', 'an'].includes(token.lower));
}

/** Verbs whose "in" or "at" names a place: where an event is held, where an organisation is based. */
const PLACE_VERBS = /^(?:held|based|located|headquartered|opened|place|off|convened|hosted|staged|inaugurated)$/;

/** "Acting Minister", "Secretary-General": a name made of the words of an office names a post, whoever holds it. */
const namesAnOffice = (mention: Mention) => mention.sentence.tokens.slice(mention.first, mention.last + 1).every((token) => token.lower.split('-').every((word) => OFFICE_WORDS.has(word)));

/** "Parent programme: …", "Case study: …": a phrase that opens its line and ends at a colon labels the field after it. */
function isFieldLabel(text: string, phrase: Mention): boolean {
  const { tokens } = phrase.sentence;
  const lineStart = text.lastIndexOf('\n', tokens[phrase.first].start - 1) + 1;
  return /^\s*:/.test(tokens[phrase.last].post) && /^[\s\-*•–]*$/.test(text.slice(lineStart, tokens[phrase.first].start));
}

/** "herb demonstration bases in three counties of Baise": the named whole that a group's counted places lie in is a place. */
function placeWholesOfGroups(perSentence: SentenceMentions[], registry: EntityRegistry, text: string): void {
  for (const { sentence, top, nested } of perSentence) {
    for (const group of top.filter((mention) => mention.form === 'phrase' && mention.properties.collective)) {
      const whole = placesWholeSpan(sentence.tokens, group);
      if (!whole) continue;
      for (const name of nested.get(group) ?? []) {
        if (name.type || name.first < whole.from || name.last > whole.to) continue;
        Object.assign(name, { type: EntityType.Place, kind: 'REGION', confidence: 0.5, reason: `the named whole that "${group.name}" lie in` });
        registry.add(name, text);
      }
    }
  }
}

/**
 * A name that says no place, whatever preposition stands before it: a genus named as biology names a species ("glued from
 * Dendrocalamus asper", "of Kappaphycus alvarezii", "Dendrocalamus species"), or an acronym before a number, a standard's
 * code ("a design standard in ISO 22156"), whatever the recogniser reads.
 */
function namesNoPlace(tokens: Token[], mention: Mention): boolean {
  const next = tokens[mention.last + 1];
  if (!next || !plainGap(tokens[mention.last])) return false;
  if (isAcronym(tokens[mention.last])) return /^\d/.test(next.text);
  if (mention.first !== mention.last) return false;
  // ("bus leaves from Building 7": one word before a number designates one of many.)
  if (designatorEnd(tokens, mention.first) !== undefined) return true;
  if (!/(?:us|um|a)$/.test(mention.name)) return false;
  return /^(?:species|spp)$/.test(next.text) || (LATIN_EPITHET.test(next.text) && !['Adverb', 'Adjective', 'Preposition', 'Conjunction', 'Verb'].some((tag) => next.tags.has(tag)));
}

/**
 * Untyped capitalised names: an acronym the text defined is its entity; a word the text uses as a
 * place ("of Guangxi", "between Guangxi and ASEAN") is proposed as a region.
 */
function resolveUntyped(perSentence: SentenceMentions[], registry: EntityRegistry, text: string): void {
  const placeUses = new Map<string, number>();
  const beforePlaces: { mention: Mention; right: Mention }[] = [];
  for (const { sentence, top } of perSentence) {
    for (const mention of top) {
      if (mention.type || mention.form !== 'name' || namesAnOffice(mention)) continue;
      const known = registry.find(mention.name);
      if (known) {
        Object.assign(mention, { type: known.type, kind: known.kind, name: known.name, confidence: 0.8, reason: isAcronym(sentence.tokens[mention.first]) ? 'an alias the text defines' : 'a name already proposed' });
        registry.add(mention, text);
        continue;
      }
      // "the Mekong Microgrid Operators' Exchange …. The Exchange was launched": the last word of one name, capitalised.
      const ended = lastWordOf(mention, registry);
      if (ended) {
        Object.assign(mention, { type: ended.type, kind: ended.kind, name: ended.name, form: 'reference', confidence: 0.7, reason: `"the ${mention.text}" ends the name of ${ended.name}` });
        registry.refer(ended, mention, text);
        continue;
      }
      if (referToCompanyNamedShort(mention, registry, text)) continue;
      const { tokens } = sentence;
      if (typeByApposition(mention, registry, text)) continue;
      // "in southern Ho Chi Minh City": a direction between "in" and a name leaves the name in the place's slot.
      const before = tokens[DIRECTION_WORDS.has(tokens[mention.first - 1]?.lower ?? '') ? mention.first - 2 : mention.first - 1]?.lower ?? '';
      const single = mention.first === mention.last && !isAcronym(tokens[mention.first]);
      // "Viet Nam's Mekong Delta": a name a country owns is a place in it.
      // ("Malaysia's Science, Technology and Innovation (MOSTI) Ministry": a word that opens a comma list names no place.)
      const opensList = mention.first === mention.last && /^,\s*$/.test(tokens[mention.last].post);
      const ownedByCountry = /['’]s$/.test(before) && !opensList && top.some((other) => other.last === mention.first - 1 && other.type === EntityType.Country);
      // ("Central Highlands University in Buon Ma Thuot": a name right after an organisation's "in" is its seat.)
      const seatOfNamed = before === 'in' && top.some((other) => other.last === mention.first - 2 && ORGANISATION_TYPES.has(other.type as EntityType));
      // ("village plots around Luang Namtha": "around" and "near" say where, whatever the name's length.)
      const placeSlot = inPlaceSlot(mention, before, text) || seatOfNamed || ['around', 'near'].includes(before);
      // "the dean of Crestwater's medical school": an owner, not a place.
      const possessive = /['’]s$/.test(tokens[mention.last].text) || /^['’]s/.test(tokens[mention.last].post + (tokens[mention.last + 1]?.text ?? ''));
      const cityOfCountry = followedByItsCountry(mention, top, single);
      // "in Sarawak and West Kalimantan": the conjunct of a place is one.
      // ("based in Liuzhou, Guangxi, and …": so is the region after a place and a comma, closed by punctuation or by the end
      // of its line: "Venue: Heron Hall, Nanning, Guangxi".)
      const closed = /^[,.;]/.test(tokens[mention.last].post) || mention.last === tokens.length - 1;
      const afterComma = /^,\s*$/.test(tokens[mention.first - 1]?.post ?? '') && closed ? top.find((other) => other.last === mention.first - 1) : undefined;
      const left = before === 'and' ? top.find((other) => other.last === mention.first - 2) : afterComma;
      const besidePlace = !!left && (left.type === EntityType.Place || (!left.type && placeUses.has(nameKey(left.name))));
      // A name before "and" and another that may turn out a place (judged below, once every place use is known).
      const rightAt = tokens[mention.last + 1]?.lower === 'and' ? mention.last + (tokens[mention.last + 2]?.lower === 'in' ? 3 : 2) : -1;
      const right = top.find((other) => other.first === rightAt);
      if (['in', 'on', 'near', 'around', 'across'].includes(before) && right && !possessive) beforePlaces.push({ mention, right });
      const academicField = before === 'of' && ACADEMIC_POSTS.has(tokens[mention.first - 2]?.lower ?? '');
      // ("plots of Rhizophora", "each hectare of Sonneratia forest": what things or a measure are "of" is what they are made of.)
      // (Not people's or a place's parts: "farmers of Kampot", "parts of Sumatra".)
      const ofWhat = tokens[mention.first - 2];
      const madeOf = before === 'of' && !!ofWhat && /^\p{Ll}/u.test(ofWhat.text) && (MEASURE_NOUNS.test(ofWhat.lower) || (ofWhat.tags.has('Plural') && !PEOPLE_NOUNS.has(ofWhat.lower) && !PEOPLE_PLURAL.test(ofWhat.lower) && !PLACE_PARTS.test(ofWhat.lower)));
      // "in Precision Agriculture": a field of work, whatever the recogniser makes of it.
      const fieldOfWork = FIELD_WORDS.has(tokens[mention.last].lower);
      // "to Champasak province", "in Ninh Thuan and Binh Thuan provinces": a name its kind of place follows in small letters.
      const kindAfter = plainGap(tokens[mention.last]) && !isDemonym(tokens[mention.last]) && /^(?:provinces?|districts?|county|counties|prefectures?|municipality)$/.test(tokens[mention.last + 1]?.text ?? '');
      const bracketed = single && whereInBrackets(mention, top);
      if (namesNoPlace(tokens, mention)) continue;
      if ((((single && ['of', 'in', 'between', 'across', 'from', 'at'].includes(before) && !academicField && !madeOf) || placeSlot || besidePlace || ownedByCountry || cityOfCountry || kindAfter) && !possessive && !fieldOfWork && !modifiesNoun(tokens, mention.last)) || bracketed) placeUses.set(nameKey(mention.name), (placeUses.get(nameKey(mention.name)) ?? 0) + 1);
    }
  }
  // "near Sandakan and Kudat", "in Central Java and in Guangxi": before a place, after a place's preposition, one too.
  for (const { mention, right } of beforePlaces) if (right.type === EntityType.Place || (!right.type && placeUses.has(nameKey(right.name)))) placeUses.set(nameKey(mention.name), 1);
  for (const { top } of perSentence) {
    for (const mention of top) {
      if (mention.type || !placeUses.has(nameKey(mention.name)) || WORLD_REGIONS.test(mention.name)) continue;
      Object.assign(mention, { type: EntityType.Place, kind: 'REGION', confidence: 0.5, reason: `used as a place ("of/in/between ${mention.name}") and named by no gazetteer` });
      registry.add(mention, text);
    }
  }
  placeWholesOfGroups(perSentence, registry, text);
  // Last, a name used as no place that is listed beside organisations, or that the parser's recogniser reads as one.
  const brands = brandPrefixes(perSentence);
  for (const { top, signings } of perSentence) {
    for (const mention of top) {
      if (mention.type || mention.form !== 'name' || namesAnOffice(mention)) continue;
      typeByMembers(mention, registry, text) || typeByCoordination(mention, top, registry, text) || typeByAnnouncingNoun(mention, top, registry, text) || typeByRecogniser(mention, registry, text, brands) || typeBySigning(mention, signings, registry, text);
    }
  }
}

/**
 * "- Pingxiang Border Cold Store Co., Ltd. (Guangxi)": a name alone in brackets right after an organisation's, and no word
 * of it, says where the organisation is, as "(Malaysia)" does.
 */
function whereInBrackets(mention: Mention, top: Mention[]): boolean {
  const { tokens } = mention.sentence;
  const organisation = top.find((other) => other.last === mention.first - 1 && ORGANISATION_TYPES.has(other.type as EntityType));
  return !!organisation && /\(\s*$/.test(tokens[organisation.last].post + tokens[mention.first].pre) && /^\s*\)/.test(tokens[mention.last].post) && !nameWords(organisation.name).includes(tokens[mention.first].lower);
}

/** "held in Da Nang", "based in Hai Phong", "Da Nang-based": a name in a place's slot, whatever its length. */
function inPlaceSlot(mention: Mention, before: string, text: string): boolean {
  const { tokens } = mention.sentence;
  return (
    (['in', 'at'].includes(before) && tokens.slice(Math.max(0, mention.first - 9), mention.first - 1).some((token) => PLACE_VERBS.test(token.lower))) ||
    // "a liaison office in Luang Prabang", "a data company in Kuching": where an organisation of a kind is.
    (before === 'in' && isOneOrganisationOfAKind(tokens, mention.first - 2)) ||
    // "a state-owned yard in Thuy Nguyen", "on its campus in Shah Alam": a name the parser's recogniser marks, after "in".
    (before === 'in' && tokens[mention.first].entity === 'B') ||
    // ("Drone-based pest surveillance": a word the text also writes in small letters is a common noun, no seat.)
    (tokens[mention.last].post === '-' && tokens[mention.last + 1]?.lower === 'based' && !inSmallLetters(text, mention.text)) ||
    // "host city Pakse": the kind the text gives it.
    (['city', 'province', 'town'].includes(before) && tokens[mention.first - 2]?.lower === 'host') ||
    // ("the northern Cambodian province of Preah Sangkum": or that a kind of place is "of" it.)
    (before === 'of' && PLACE_KINDS.has(tokens[mention.first - 2]?.lower ?? '')) ||
    // ("which hosts its secretariat in Kuching", "at its laboratories in Chengdu": where a body's seat is.)
    (before === 'in' && SEAT_NOUNS.has(tokens[mention.first - 2]?.lower ?? '') && tokens.slice(Math.max(0, mention.first - 5), mention.first - 2).some((token) => ['its', 'their'].includes(token.lower)))
  );
}

/**
 * "Guilin, China", "(Guilin, China)": a name its country follows, as in a dateline; "Siquijor and Camiguin (Philippines)":
 * or a one-word name its country in brackets ("- Savannakhet Provincial Health Service (Laos)" is a member listed with its
 * country). "MIGHT, Indonesia's National … Agency": a country's possessive opens another name.
 */
function followedByItsCountry(mention: Mention, top: Mention[], single: boolean): boolean {
  const { tokens } = mention.sentence;
  // ("12-23 November, Liujiang Riverside Hotel, Liuzhou, Guangxi": the town of a venue's address, after it and a comma.)
  const venue = top.find((other) => other.last === mention.first - 1 && /^,\s*$/.test(tokens[other.last].post) && isVenueName(tokens.slice(other.first, other.last + 1).map((token) => token.lower)));
  if (venue && single && /^\s*[,.;\n]/.test(tokens[mention.last].post)) return true;
  // ("Da Lat, Lam Dong Province, Viet Nam": a town before its province, named with its kind, is a place in it.)
  const province = top.find((other) => other.first === mention.last + 1 && other.type === EntityType.Place && /^(?:province|region|state|prefecture|county|regency)$/.test(tokens[other.last].lower));
  const country = province ?? top.find((other) => other.first === mention.last + 1 && other.type === EntityType.Country);
  if (!country || /['’]s$/.test(tokens[country.last].text) || ['and', 'or'].includes(tokens[country.last + 1]?.lower ?? '')) return false;
  const bracketed = single && /\(\s*$/.test(tokens[mention.last].post + (tokens[mention.last + 1]?.pre ?? '')) && /^\)/.test(tokens[country.last].post);
  return /^,\s*$/.test(tokens[mention.last].post) || bracketed;
}

/** "Dean of Engineering", "Professor of Hydrology": what an academic post is "of" is a field, never a place. */
const ACADEMIC_POSTS = new Set(['dean', 'professor', 'provost', 'lecturer', 'faculty', 'school']);

/** Nouns a place's name comes before: "in Yunnan province", "in Kuching city". */
const PLACE_KIND_NOUNS = new Set(['province', 'provinces', 'city', 'town', 'county', 'district', 'region', 'state', 'area', 'prefecture', 'municipality', 'village', 'island', 'islands', 'capital']);

/** Parts of a place, in the plural: "parts of Sumatra", "the coasts of Palawan". */
const PLACE_PARTS = /^(?:parts|areas|regions|provinces|districts|coasts|islands|villages|towns|cities|communities|shores|banks|outskirts|suburbs|uplands|lowlands|highlands|waters)$/;

/** A species' epithet after its genus, in small letters: "asper", "alvarezii", "arabica", "brasiliensis". */
const LATIN_EPITHET = /^(?=[a-z]{5,}$)[a-z]{2,}(?:us|um|ii|ae|ensis|oides|atus|ata|icus|ica|icum|iana|er)$/;

/** Nouns of measure: "each hectare of …", "two tonnes of …". */
const MEASURE_NOUNS = /^(?:hectares?|acres?|tonnes?|tons?|kilograms?|kg|litres?|liters?|metres?|meters?|kilometres?|kilometers?|km)$/;

/**
 * "an interest in BeiDou applications": a name a common noun follows modifies it, unless that noun is a kind of place or
 * the parser's recogniser reads the name as one ("in Guangxi laboratories").
 */
const modifiesNoun = (tokens: Token[], last: number): boolean => {
  const next = tokens[last + 1];
  return !!next && plainGap(tokens[last]) && !['GPE', 'LOC'].includes(tokens[last].entityLabel ?? '') && !!next.pos?.startsWith('NN') && !next.pos.startsWith('NNP') && /^\p{Ll}/u.test(next.text) && !PLACE_KIND_NOUNS.has(next.lower);
};

/** The one entity named before whose name ends in the single word "the" introduces here. */
function lastWordOf(mention: Mention, registry: EntityRegistry): ProposedEntity | undefined {
  const { tokens } = mention.sentence;
  if (mention.first !== mention.last || tokens[mention.first - 1]?.lower !== 'the' || isAcronym(tokens[mention.first])) return undefined;
  const word = nameKey(mention.text);
  const ending = registry.entities.filter((entity) => nameKey(entity.name).endsWith(` ${word}`) && entity.mentions.some((span) => span.end <= mention.start));
  return ending.length === 1 ? ending[0] : undefined;
}

/** Whether the text also writes `word` (or its plural) in small letters, as a common noun: "drones" beside "Drone-based". */
function inSmallLetters(text: string, word: string): boolean {
  const lower = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return lower !== word && new RegExp(`\\b${lower}s?\\b`).test(text);
}

/** Words after a company's own name that say what it is or what trade it is in: "Yunling Sensing Technology Co., Ltd.". */
const TRADE_WORDS = new Set(['technology', 'technologies', 'tech', 'group', 'holdings', 'holding', 'corporation', 'company', 'industries', 'industry', 'international', 'enterprise', 'enterprises']);

/**
 * "Yunling Sensing Technology Co., Ltd. … Yunling Sensing installed": an untyped name that is the one company named before
 * without the words of its trade or form is that company, and a short name of it. Returns whether it was.
 */
function referToCompanyNamedShort(mention: Mention, registry: EntityRegistry, text: string): boolean {
  const words = nameWords(mention.name);
  if (words.length === 1 && mention.sentence.tokens[mention.first].tags.has('Place')) return false;
  const longer = registry.entities.filter((entity) => {
    const full = nameWords(entity.name);
    return entity.kind === 'COMPANY' && full.length > words.length && words.every((word, n) => full[n] === word) && full.slice(words.length).every((word) => TRADE_WORDS.has(word) || LEGAL_WORDS.has(word)) && entity.mentions.some((span) => span.end <= mention.start);
  });
  if (longer.length !== 1) return false;
  const [company] = longer;
  const short = mention.name;
  Object.assign(mention, { type: company.type, kind: company.kind, name: company.name, confidence: 0.7, reason: `the first words of ${company.name}, named before` });
  registry.refer(company, mention, text);
  registry.addAlias(company, { alias: short, quote: clauseAround(text, mention), span: { start: mention.start, end: mention.end }, confidence: 0.7, reason: 'the short name the text uses' });
  return true;
}

/** "HERONTEC signed a memorandum with …": an untyped acronym that signs an agreement is an organisation. */
function typeBySigning(mention: Mention, signings: Signing[], registry: EntityRegistry, text: string): boolean {
  if (mention.first !== mention.last || !isOrganisationAcronym(mention.sentence.tokens[mention.first]) || !signings.some((signing) => signing.parties.includes(mention))) return false;
  Object.assign(mention, { type: EntityType.Institution, kind: 'COMPANY', confidence: 0.5, reason: 'an acronym that signs an agreement' });
  registry.add(mention, text);
  return true;
}

/**
 * "BIOTEC", "KESTREL": a word in capitals of three letters or more that no gazetteer knows may be an organisation's
 * short name, where the text treats it as one (beside organisations, or as the recogniser reads it); "MOU", "ICT" and
 * the like are kinds of things, and the lexicon knows them.
 */
const isOrganisationAcronym = (token: Token) => isAcronym(token) && token.text.length >= 3 && !COMMON_ACRONYMS.has(token.lower) && !countryNamed(token.text);

/** Whether `right` follows `left` in one list: "A, B", "A and the B", "A (AA) and B". */
function listedTogether(left: Mention | undefined, right: Mention | undefined): boolean {
  if (!left || !right || right.first <= left.last) return false;
  const { tokens } = left.sentence;
  // "Heron Robotics Company (HRC) and Osprey Analytics": the short name in brackets after a conjunct stands aside.
  const bracketEnd = /\(/.test(tokens[left.last + 1]?.pre ?? '') ? tokens.findIndex((token, n) => n > left.last && n < right.first && /\)/.test(token.post)) : -1;
  const last = bracketEnd >= 0 ? bracketEnd : left.last;
  const gap = tokens.slice(last + 1, right.first).map((token) => token.lower);
  return gap.every((word) => ['and', 'or', 'the'].includes(word)) && (/,/.test(tokens[last].post) || gap.includes('and') || gap.includes('or'));
}

/** "Brisk University, Quarry Analytics and the Arlen Institute": an untyped name of two words or more listed beside an organisation is one. */
function typeByCoordination(mention: Mention, top: Mention[], registry: EntityRegistry, text: string): boolean {
  const { tokens } = mention.sentence;
  if (mention.first === mention.last && !isOrganisationAcronym(tokens[mention.first])) return false;
  // "Venue: Lijiang Hall, Yanshan Campus of …": a hall is where things happen, not one of the organisations.
  // ("… Rector Prof. Hendra Saputra and …": a person, whom a courtesy title names, is none either.)
  if (isVenueAt(tokens, mention.first, mention.last) || isHonorific(tokens[mention.first - 1])) return false;
  const index = top.indexOf(mention);
  const organisation = [listedTogether(top[index - 1], mention) ? top[index - 1] : undefined, listedTogether(mention, top[index + 1]) ? top[index + 1] : undefined].find((item) => item?.type === EntityType.Institution);
  if (!organisation) return false;
  Object.assign(mention, { type: EntityType.Institution, kind: 'COMPANY', confidence: 0.55, reason: `listed with ${organisation.name}, an organisation` });
  registry.add(mention, text);
  return true;
}

/**
 * "in collaboration with Heron Robotics": an untyped name of two words or more that the parser's recogniser reads, whole
 * and alone, as one organisation (its first word begins that name, its last ends it) is a company. Its labels for places
 * and other kinds added wrong relations on the development sets and found nothing new, so only this one types a name.
 */
function typeByRecogniser(mention: Mention, registry: EntityRegistry, text: string, brands: Set<string>): boolean {
  const { tokens } = mention.sentence;
  const words = tokens.slice(mention.first, mention.last + 1);
  const whole = (words.length > 1 || isOrganisationAcronym(words[0])) && words.every((token, n) => token.entityLabel === 'ORG' && token.entity === (n === 0 ? 'B' : 'I')) && tokens[mention.last + 1]?.entity !== 'I';
  if (!whole) return false;
  // "Golden Reed Hotel": a venue, where things happen, not who does them; "held its 2026 General Assembly": what an owner has.
  let before = mention.first - 1;
  while (before >= 0 && /^\d/.test(tokens[before].text)) before -= 1;
  if (isVenueAt(tokens, mention.first, mention.last) || POSSESSIVE_DETERMINERS.has(tokens[before]?.lower ?? '')) return false;
  // "a Vice Minister of Science and Technology of China": a post's field, no organisation of its own (but "Secretary
  // General of ASEAN": an acronym names one).
  if (words.length > 1 && tokens[mention.first - 1]?.lower === 'of' && OFFICE_WORDS.has(tokens[mention.first - 2]?.lower ?? '')) return false;
  // ("Decree No. 31 on Plant Quarantine", "a seminar on Food Safety": what something is on is its topic.)
  if (tokens[before]?.lower === 'on') return false;
  // "Silver Heron" when the text also names the Silver Heron Summit and the Silver Heron Ocean Robotics Centre: the brand
  // its names share; "the Lotus Valley organisations": a name used to qualify a noun.
  const next = tokens[mention.last + 1];
  if (brands.has(words.map((token) => token.lower).join(' ')) || (next && plainGap(tokens[mention.last]) && /^NNS?$/.test(next.pos ?? ''))) return false;
  // "under ISO 14064-2", "IEC 61850": an acronym before a number that is no year designates a standard.
  if (words.length === 1 && next && plainGap(words[0]) && /^\d[\d.:-]*$/.test(next.text) && !/^(?:19|20)\d\d$/.test(next.text)) return false;
  if (words.length === 1 && termAmongThings(tokens, mention.first)) return false;
  Object.assign(mention, { type: EntityType.Institution, kind: 'COMPANY', confidence: 0.5, reason: "read as an organisation by the parser's recogniser" });
  registry.add(mention, text);
  return true;
}

/**
 * "replace firewood and LPG", "ORC, heat-pump and waste-heat product lines", "DCS and SCADA alarms": an acronym listed
 * with things in small letters, or with another before the noun they both qualify, names a kind of thing, no body.
 */
function termAmongThings(tokens: Token[], at: number): boolean {
  const joins = (token: Token | undefined) => !!token && (token.lower === 'and' || token.lower === 'or');
  const thing = (token: Token | undefined) => !!token && /^\p{Ll}/u.test(token.text) && !FUNCTION_WORDS.has(token.lower) && !token.tags.has('Verb');
  const left = joins(tokens[at - 1]) ? tokens[at - 2] : /^,\s*$/.test(tokens[at - 1]?.post ?? '') ? tokens[at - 1] : undefined;
  const right = joins(tokens[at + 1]) ? tokens[at + 2] : /^,\s*$/.test(tokens[at].post) ? tokens[at + 1] : undefined;
  const sharedNoun = joins(tokens[at + 1]) && isAcronym(tokens[at + 2]) && plainGap(tokens[at + 2]) && thing(tokens[at + 3]) && tokens[at + 3].tags.has('Noun');
  return thing(left) || thing(right) || sharedNoun;
}

/** Nouns an apposition may describe an untyped name with, beyond the name heads: "Sundalab Analytics, a Bandung start-up". */
const APPOSITION_NOUNS: [RegExp, EntityType, string][] = [
  [/^(?:start-?up|firm|company|manufacturer|maker|supplier|developer|producer|operator|recycler|distributor)s?$/, EntityType.Institution, 'COMPANY'],
  [/^(?:town|city|village|municipality|port)$/, EntityType.Place, 'CITY'],
  [/^(?:province|region|district|county|state|prefecture)$/, EntityType.Place, 'REGION'],
  // "the Mekong Rubber Technology Exchange, an online marketplace for …": a market for technology is a trading platform.
  [/^(?:marketplace|market-?place|exchange|portal)$/, EntityType.Platform, 'TRADING_PLATFORM'],
];

/** The type and kind a class noun gives a name: a head word's (by `headWord`, its singular for a plural), else an apposition noun's. */
function classNounType(word: string, headWord = word): [EntityType, string] | undefined {
  const head = headRule(headWord, headWord);
  if (head) return [head.type, head.kind];
  const noun = APPOSITION_NOUNS.find(([pattern]) => pattern.test(word));
  return noun && [noun[1], noun[2]];
}

/**
 * "The Silver Fern Partnership, whose members include A and B", "The Jade Compact's members are …": a name said to have
 * members is a network, whatever its head word.
 */
function typeByMembers(mention: Mention, registry: EntityRegistry, text: string): boolean {
  const after = `${/['’]s$/.test(mention.text) ? "'s" : ''}${text.slice(mention.end, mention.end + 40)}`;
  if (!/^(?:['’]s|,\s+whose)\s+(?:\p{Ll}+\s+)?members\b/u.test(after)) return false;
  Object.assign(mention, { type: EntityType.Network, kind: 'COOPERATION_NETWORK', confidence: 0.6, reason: 'the text names its members' });
  registry.add(mention, text);
  return true;
}

/**
 * "… and two companies, Heron Feeds and Lark Hatcheries", "brings together two technology firms, A and B": a counted class
 * noun before a comma or colon announces the names listed after it, and gives them its type.
 */
function typeByAnnouncingNoun(mention: Mention, top: Mention[], registry: EntityRegistry, text: string): boolean {
  const { tokens } = mention.sentence;
  let first = top.indexOf(mention);
  while (first > 0 && listedTogether(top[first - 1], top[first])) first -= 1;
  const opener = beforeArticle(tokens, top[first].first);
  const noun = tokens[opener];
  if (!noun || !/^[,:]\s*$/.test(noun.post)) return false;
  const before = tokens.slice(Math.max(0, opener - 3), opener);
  const typed = classNounType(noun.lower, singular(noun.lower));
  if (!typed) return false;
  // "two companies, A and B": organisations a count announces.
  const counted = /[^s]s$/.test(noun.lower) && before.some((token) => COUNT_WORDS.has(token.lower) || /^\d+$/.test(token.text)) && [EntityType.Institution, EntityType.Platform].includes(typed[0]);
  // "the alliance's first project, the Carp Genome Atlas, will …": the one thing an owner's class noun is, set off by commas.
  const owned = !/[^s]s$/.test(noun.lower) && mention === top[first] && before.some((token) => /['’]s$/.test(token.text) || POSSESSIVE_DETERMINERS.has(token.lower)) && /^,\s*$/.test(tokens[mention.last].post);
  if (!counted && !owned) return false;
  Object.assign(mention, { type: typed[0], kind: typed[1], confidence: 0.55, reason: `announced as one of "${tokens.slice(opener - 1, opener + 1).map((token) => token.text).join(' ')}"` });
  registry.add(mention, text);
  return true;
}

/**
 * "Sundalab Analytics, a Bandung start-up,", "Ban Saeng, a river town in …", "the Mekong Cold-Chain Data
 * Exchange, a platform …": an untyped name takes the type of the noun that heads its apposition.
 */
function typeByApposition(mention: Mention, registry: EntityRegistry, text: string): boolean {
  const { tokens } = mention.sentence;
  // ("the Groundwater Data Commons, the open data portal that the Network launched": a definite one describes it too.)
  if (!/^,\s*$/.test(tokens[mention.last].post) || !['a', 'an', 'the'].includes(tokens[mention.last + 1]?.lower ?? '')) return false;
  for (let k = mention.last + 2; k < Math.min(tokens.length, mention.last + 7); k += 1) {
    const word = tokens[k].post === '-' ? `${tokens[k].lower}-${tokens[k + 1]?.lower ?? ''}` : tokens[k].lower;
    // ("the X Help Desk, an online service of CATTC": a service that ends its phrase is what it offers, online; a "service provider" is none.)
    const endsPhrase = !/^\s*$/.test(tokens[k].post) || COMPLEMENTS.has(tokens[k + 1]?.lower ?? '') || ['that', 'which'].includes(tokens[k + 1]?.lower ?? '');
    const typed = word === 'service' ? (endsPhrase ? ([EntityType.Platform, 'INNOVATION_CENTER'] as [EntityType, string]) : undefined) : classNounType(word);
    // ("Tianlan, the forum and the organisations named in it": a list, not an apposition.)
    if (typed && tokens[mention.last + 1].lower === 'the' && ['and', 'or'].includes(tokens[k + 1]?.lower ?? '')) return false;
    // ("Saigon Swap Energy, a Ho Chi Minh City operator,": a place's name before the noun says where, the noun what.)
    const placeModifier = typed?.[0] === EntityType.Place && plainGap(tokens[k]) && !!tokens[k + 1]?.tags.has('Noun') && !isCapitalised(tokens[k + 1]);
    // ("Legazpi, a port city on …": a class noun before another is its modifier; the last one heads the phrase.)
    const nounModifier = plainGap(tokens[k]) && !!tokens[k + 1] && !isCapitalised(tokens[k + 1]) && classNounType(tokens[k + 1].lower) !== undefined;
    if (typed && !placeModifier && !nounModifier) {
      Object.assign(mention, { type: typed[0], kind: typed[1], confidence: 0.6, reason: `described as "${tokens.slice(mention.last + 1, k + 1).map((token) => token.text).join(' ')}"` });
      registry.add(mention, text);
      return true;
    }
    if (COMPLEMENTS.has(tokens[k].lower) || /[,;.]/.test(tokens[k].post) || tokens[k].tags.has('Verb') && !tokens[k].tags.has('Noun')) return false;
  }
  return false;
}

/** One relation per ends and type (the surest), none from an entity to itself, and no attendance of whoever runs the event. */
export function dedupeRelations(relations: ProposedRelation[]): ProposedRelation[] {
  const byKey = new Map<string, ProposedRelation>();
  for (const relation of relations) {
    if (relation.from === relation.to) continue;
    const key = `${relation.from} ${relation.type} ${relation.to}`;
    const held = byKey.get(key);
    if (!held || relation.confidence > held.confidence) byKey.set(key, held ? { ...relation, properties: { ...held.properties, ...relation.properties } } : relation);
  }
  // A host or organiser that also speaks at its event is its host or organiser: its attendance says nothing more.
  const runs = (relation: ProposedRelation) => [RelationType.HOSTED, RelationType.ORGANIZED].some((type) => byKey.has(`${relation.from} ${type} ${relation.to}`));
  return [...byKey.values()].filter((relation) => relation.type !== RelationType.ATTENDED || !runs(relation));
}

