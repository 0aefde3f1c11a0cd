import { EntityType } from '../../engine/model/model';
import { FOUNDING_PARTICIPLES, LEGAL_WORDS, MODALS, OFFICE_WORDS, PEOPLE_NOUNS } from './propose.lexicon';
import { afterPost, classify, isHonorific, type Mention } from './propose.mentions';
import { beforeArticle, isAcronym, isCapitalised, isHyphenedDuration, isVerb, numberedItem, pastArticle, type Sentence, type Token } from './propose.text';

/** "A signed a memorandum of understanding with B": the agreement and the parties that signed it. */
export interface Signing {
  verb: Token;
  agreement: Mention;
  parties: Mention[];
  /** The text names no agreement, only its kind ("a cooperation agreement"): its name is made from the parties. */
  unnamed: boolean;
  /** The kind's phrase names it by what it is about ("an agreement on the X Centre"): that is its name, not its parties. */
  titled?: boolean;
  /**
   * "They also signed a data licence with C": the subject is a pronoun this sentence names nothing for, so the parties
   * it stands for are the previous sentence's subject, which the relation reader adds ('it' one party, 'they' several).
   */
  pronoun?: 'it' | 'they';
}

/** "an agreement on the Kestrel Drone Centre": the named thing an agreement's phrase says it is about, right after "on". */
function topicAfter(top: Mention[], tokens: Token[], last: number): Mention | undefined {
  // ("an agreement establishing the X Laboratory": what it sets up names it as its topic does.)
  if (!(tokens[last + 1]?.lower === 'on' || FOUNDING_PARTICIPLES.test(tokens[last + 1]?.lower ?? '')) || !/^\s*$/.test(tokens[last].post)) return undefined;
  const first = pastArticle(tokens, last + 2);
  return top.find((mention) => mention.first === first && mention.form === 'name' && mention.type !== undefined && mention.type !== EntityType.Agreement);
}

/** An agreement's kind alone, capitalised as a title or a line's start writes it ("Memorandum of Understanding between A and B"): no name. */
const GENERIC_AGREEMENT = /^(?:mous?|(?:(?:framework|cooperation|collaboration|partnership|licen[cs]e|joint[- ]venture)\s+)?(?:agreement|memorandum of understanding|contract|letter of intent))$/i;

/** Mentions that can sign: organisations, countries, groups (an untyped name too, resolved later). */
const PARTY_TYPES = new Set<EntityType | undefined>([EntityType.Institution, EntityType.Country, EntityType.CountryGroup, EntityType.Platform, EntityType.Network, EntityType.Place, undefined]);
const ARTICLES = new Set(['a', 'an', 'the', 'two', 'three', 'several', 'new', 'its', 'their']);
const PARTY_PREPOSITIONS = new Set(['with', 'between', 'by', 'among']);
const isParty = (mention: Mention) => PARTY_TYPES.has(mention.type) && mention.form !== 'slogan' && mention.form !== 'domain';
// "concluded an agreement with", "inked a memorandum": the agreement after the verb says it is a signing.
// ("an agreement that A and B exchanged", "A entered into a contract with B": the agreement exchanged or entered into is signed.)
const isSignVerb = (tokens: Token[], index: number) =>
  /^(?:sign(?:ed|s)?|conclude[ds]?|ink(?:ed|s)?|exchanged)$/.test(tokens[index].lower) ||
  // ("have put pen to a memorandum", "put their names to the agreement": the idioms of signing.)
  (/^puts?$/.test(tokens[index].lower) && (tokens[index + 1]?.lower === 'pen' || /^names?$/.test(tokens[index + 2]?.lower ?? '')) && tokens.slice(index + 2, index + 4).some((token) => token.lower === 'to')) ||
  (/^enter(?:s|ed)?$/.test(tokens[index].lower) && tokens[index + 1]?.lower === 'into') ||
  (/^(?:signing|conclusion)$/.test(tokens[index].lower) && tokens[index + 1]?.lower === 'of');
/** The complement that completes an agreement's kind after its head: "memorandum of understanding", "letter of intent". */
const KIND_COMPLEMENTS: Record<string, string> = { memorandum: 'understanding', memoranda: 'understanding', letter: 'intent', letters: 'intent' };
const completedAt = (tokens: Token[], head: number) => tokens[head + 1]?.lower === 'of' && KIND_COMPLEMENTS[tokens[head]?.lower ?? ''] === tokens[head + 2]?.lower;
/**
 * Whether the word at `k` heads an agreement ("agreement", "MoU"; "letter" only in "letter of intent"). A licence is one
 * where it is signed ("signed a data licence with C"), unless a head follows it ("a licence agreement").
 */
const isAgreementHead = (tokens: Token[], k: number): boolean => {
  const token = tokens[k];
  if (!token) return false;
  // ("Jinhe will license its strains": the verb is none.)
  if (/^licen[cs]es?$/.test(token.lower)) return !token.tags.has('Verb') && !isAgreementHead(tokens, k + 1);
  return classify([token.lower])?.type === EntityType.Agreement || PLURAL_AGREEMENTS.test(token.lower) || (/^letters?$/.test(token.lower) && completedAt(tokens, k));
};
/** The head of the agreement whose words end at `k`: `k` itself, or the head of "… of understanding" / "… of intent" ending there; else -1. */
const agreementEndingAt = (tokens: Token[], k: number) => (isAgreementHead(tokens, k) ? k : completedAt(tokens, k - 2) ? k - 2 : -1);

/** The parties listed from `from` on: mentions joined by commas and "and". */
function partiesFrom(top: Mention[], tokens: Token[], from: number, end: number): Mention[] {
  const parties: Mention[] = [];
  // Past "and", "the", "by", "as well as" to the next item.
  const pastSeparators = (at: number) => {
    let next = at;
    for (let skip = separatorAt(tokens, next); next < end && skip > 0; skip = separatorAt(tokens, next)) next += skip;
    return next;
  };
  let k = from;
  while (k < end) {
    // ("by Huang Wenjie on behalf of the Department": the person's name is no party, the organisation is.)
    const onBehalf = onBehalfFrom(tokens, k);
    if (onBehalf !== undefined) {
      // ("on behalf of the Department": a reference keeps its article, a name does not.)
      k = top.find((item) => item.first === onBehalf)?.first ?? pastArticle(tokens, onBehalf);
      continue;
    }
    // ("by the Department and the Board": a reference keeps the article the separators skipped.)
    const mention = top.find((item) => item.first === k) ?? (tokens[k - 1]?.lower === 'the' ? top.find((item) => item.first === k - 1 && item.form === 'reference') : undefined);
    // ("by the Minister of Higher Education, Science and Technology and by B": an untyped name after a post's "of" is its remit.)
    if (mention && mention.type === undefined && !isAcronym(tokens[k]) && tokens[k - 1]?.lower === 'of' && OFFICE_WORDS.has(tokens[k - 2]?.lower ?? '')) {
      k = pastSeparators(mention.last + 1);
      continue;
    }
    if (mention && isParty(mention)) {
      parties.push(mention);
      // "National University of Singapore (NUS) and …": the short name in brackets stands aside.
      const bracketed = /\(/.test(tokens[mention.last].post + (tokens[mention.last + 1]?.pre ?? ''));
      const closing = bracketed ? tokens.findIndex((token, n) => n > mention.last && n <= mention.last + 6 && /\)/.test(token.post)) : -1;
      // ("Skyplough Co., Ltd. of Nanning and B": the party's seat after "of" stands aside too.)
      const seat = tokens[mention.last + 1]?.lower === 'of' ? top.find((item) => item.first === mention.last + 2 && (item.type === EntityType.Place || item.type === EntityType.Country)) : undefined;
      const last = closing > 0 ? closing : seat ? seat.last : mention.last;
      // ("between A, a swap operator based in Nanning, and B": a description set off by commas stands between two parties.)
      const described = /,\s*$/.test(tokens[last].post.replace(/^\./, '')) && ['a', 'an'].includes(tokens[last + 1]?.lower ?? '') ? range(last + 2, Math.min(end, last + 16)).find((n) => /,\s*$/.test(tokens[n].post) && tokens[n + 1]?.lower === 'and') : undefined;
      k = pastSeparators((described ?? last) + 1);
      // ("Skyplough Co., Ltd. and B": an abbreviated legal form's full stop goes on to the next party.)
      const gap = LEGAL_WORDS.has(tokens[last].lower) ? tokens[last].post.replace(/^\./, '') : tokens[last].post;
      if (!/^\)?,?\s*$/.test(gap)) break;
      continue;
    }
    // "signed with Mr. Lin Tao, Director of the Brisk Bureau": the person signs for the organisation.
    const represented = representedFrom(tokens, k);
    if (represented !== undefined) {
      k = represented;
      continue;
    }
    // "signed by the Director-General of the Department and the President of B": a post signs for its organisation.
    const ofPost = afterPost(tokens, k);
    // ("of the Department": a reference keeps its article; "of GDER": a short name is typed later.)
    const organisation = ofPost === undefined ? undefined : top.find((mention) => (mention.first === ofPost || mention.first === ofPost - 1) && (mention.type !== undefined || isAcronym(tokens[mention.first])));
    if (organisation) {
      k = organisation.first;
      continue;
    }
    // "signed by the rectors of A and B": the people sign for the organisations they come from.
    // ("the chief executives of A and B": a title's first word leads to its people noun.)
    const people = PEOPLE_NOUNS.has(tokens[k].lower) || /^(?:rectors?|presidents?|ministers?|heads?|chairs?|deans?|mayors?|governors?|executives?|chief|senior|vice)$/.test(tokens[k].lower);
    if (parties.length > 0 || !(ARTICLES.has(tokens[k].lower) || people || (tokens[k].lower === 'of' && k > from))) break;
    k += 1;
  }
  return parties;
}

/** Whether the token at `index` stands in brackets opened at or after `from`. */
function inBrackets(tokens: Token[], from: number, index: number): boolean {
  let depth = 0;
  for (let k = from; k <= index; k += 1) {
    if (/\(/.test(tokens[k].pre) || (k > from && /\(/.test(tokens[k - 1].post))) depth += 1;
    if (k === index) break;
    if (/\)/.test(tokens[k].post)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, n) => from + n);

/** The words from `from` to `to` that are not in brackets: 'A (hereinafter "MOST") and B' → "and". */
export function wordsOutsideBrackets(tokens: Token[], from: number, to: number): string[] {
  return tokens.slice(from, to).filter((_, n) => !inBrackets(tokens, from, from + n)).map((token) => token.lower);
}

/**
 * Where an apposition set off by commas right before `verb` starts (", a university based in Hue,", ", based in Hue,",
 * ", Indonesia's largest maker of three-wheelers,", ", the largest recycler in Guangxi,"), if one does.
 */
function appositionStart(tokens: Token[], from: number, verb: number): number | undefined {
  if (!/,/.test(tokens[verb - 1]?.post ?? '')) return undefined;
  for (let k = verb - 2; k >= from; k -= 1) {
    // ", a university based in Hue,", ", based in Yunnan University,": a description or where the party is.
    const opener = tokens[k + 1];
    const describes = ['a', 'an', 'the', 'which', 'who', 'one', 'based', 'headquartered', 'located'].includes(opener?.lower ?? '') || /['’]s$/.test(opener?.text ?? '');
    if (/,/.test(tokens[k].post)) return describes ? k + 1 : undefined;
  }
  return undefined;
}

/**
 * Where the organisation a person signs for starts, if a person and their post open at `k`: "Mr. Lin Tao, Director of
 * the Brisk Marine Bureau", "Professor Anan Wong, Permanent Secretary of the Ministry of …".
 */
function representedFrom(tokens: Token[], k: number): number | undefined {
  const onBehalf = onBehalfFrom(tokens, k);
  if (onBehalf !== undefined) return onBehalf;
  let at = k;
  while (isHonorific(tokens[at])) at += 1;
  if (!isCapitalised(tokens[at] ?? tokens[k]) || at >= tokens.length) return undefined;
  while (at < tokens.length - 1 && !/,/.test(tokens[at].post) && isCapitalised(tokens[at + 1])) at += 1;
  // "Professor He Daming of the AIRC": a person of an organisation, without a post.
  if (at > k && tokens[at + 1]?.lower === 'of' && at - k <= 4 && isHonorific(tokens[k])) return pastArticle(tokens, at + 2);
  if (!/,/.test(tokens[at].post) || at - k > 5) return undefined;
  return afterPost(tokens, at + 1);
}

/**
 * Where the organisation starts that a person, named with or without a post, acts for "on behalf of": "Huang Wenjie on
 * behalf of the Department", "Secretary of State Chea Sophal on behalf of MPSRI".
 */
function onBehalfFrom(tokens: Token[], k: number): number | undefined {
  for (let at = k; at < k + 9 && at < tokens.length - 3; at += 1) {
    if (at > k && tokens[at].lower === 'on' && tokens[at + 1].lower === 'behalf' && tokens[at + 2].lower === 'of') return at + 3;
    if (!(isCapitalised(tokens[at]) || isHonorific(tokens[at]) || (at > k && tokens[at].lower === 'of')) || /[,;:]/.test(tokens[at].post)) return undefined;
  }
  return undefined;
}

/** Where the party `mention` is written from: its own first word, or the person who signs for it. */
function partyStart(tokens: Token[], mention: Mention): number {
  for (let k = Math.max(0, mention.first - 12); k < mention.first; k += 1) if (representedFrom(tokens, k) === mention.first) return k;
  return mention.first;
}

/**
 * Whether the token at `index` is inside a description set off by commas between two parties: "A, a manufacturer based
 * in Fangchenggang, Guangxi, and B" (from ", a" to the comma before "and").
 */
function inApposition(tokens: Token[], from: number, index: number): boolean {
  for (let k = index - 1; k >= from; k -= 1) {
    if (!/,/.test(tokens[k].post)) continue;
    if (!['a', 'an'].includes(tokens[k + 1]?.lower ?? '')) continue;
    const close = tokens.findIndex((token, n) => n >= index && /,/.test(token.post) && tokens[n + 1]?.lower === 'and');
    return close >= index;
  }
  return false;
}

/** Words that may stand between the parties and the verb they sign with: "A and B have also formally signed". */
const BEFORE_SIGN_VERB = new Set(['also', 'jointly', 'have', 'has', 'had', 'officially', 'formally', 'today', 'then']);

/** The list of parties that ends nearest before `before` ("A and B signed"), not inside a prepositional phrase. */
function partiesBefore(top: Mention[], tokens: Token[], from: number, verb: number): Mention[] {
  // "A, a public university based in Hue, signed": the apposition describes the party, it names none (", has signed" too).
  let verbGroup = verb;
  while (verbGroup > from && BEFORE_SIGN_VERB.has(tokens[verbGroup - 1].lower)) verbGroup -= 1;
  const before = appositionStart(tokens, from, verbGroup) ?? verb;
  // "the Embassy of Brisk in the Kingdom of Osprey, and …": where a party is says nothing of the list, nor signs; nor do
  // the words of a description between two parties ("A, a maker based in Fangchenggang, Guangxi, and B").
  // ("A of Yunnan and B concluded …": so is where a party is "of", right after its name, the gazetteer's or not.)
  const placeOf = (mention: Mention) => tokens[beforeArticle(tokens, mention.first)]?.lower === 'of' && top.some((party) => party.last === beforeArticle(tokens, mention.first) - 1 && isParty(party) && party.type !== EntityType.Place && party.type !== EntityType.Country);
  const isPlace = (mention: Mention) => mention.type === EntityType.Place || mention.type === EntityType.Country;
  const after = top.filter((mention) => (isPlace(mention) && tokens[beforeArticle(tokens, mention.first)]?.lower === 'in') || ((isPlace(mention) || mention.type === undefined) && placeOf(mention)));
  // (… and the wider place after it: "of Jiangbin, China".)
  const locatives = [...after, ...top.filter((mention) => isPlace(mention) && after.some((first) => first.last === mention.first - 1 && /^,\s*$/.test(tokens[first.last].post)))];
  const located = (k: number) => locatives.some((place) => beforeArticle(tokens, place.first) <= k && k <= place.last) || inApposition(tokens, from, k);
  // A name in brackets defines an alias ("(hereinafter "MOST")"): it is no party of its own.
  // "Indonesia's Sulawesi Institute …": an owner's possessive names where the party is, not another party.
  const owner = (mention: Mention) => /['’]s$/.test(tokens[mention.last].text) && top.some((other) => other.first === mention.last + 1);
  const owners = top.filter(owner);
  // ("TELUK LESTARI, Indonesia -- A and B signed": a dateline's places, before its dash, are no parties.)
  const dash = Math.max(-1, ...range(from, before).filter((k) => /^\s*(?:--|—|–)\s*$/.test(tokens[k].post)));
  const candidates = top.filter((mention) => mention.first >= from && mention.first > dash && mention.last < before && isParty(mention) && !inBrackets(tokens, from, mention.first) && !locatives.includes(mention) && !owners.includes(mention) && !inApposition(tokens, from, mention.first));
  const list: Mention[] = [];
  for (let n = candidates.length - 1; n >= 0; n -= 1) {
    const end = list[0] ? partyStart(tokens, list[0]) : before;
    // A word of the person or post that signs for the next party.
    if (candidates[n].last >= end) continue;
    const start = candidates[n].last + 1;
    // (A bracket may open right after the name: 'A ("Siam Lotus")'.)
    const outside = range(start, end).filter((k) => !located(k) && !owners.some((item) => item.first <= k && k <= item.last) && !inBrackets(tokens, start - 1, k));
    const gap = outside.map((k) => tokens[k].lower);
    // "A, a Thai provider of network services, and B signed": a description set off by commas stands between two parties.
    const described = list.length > 0 && ['a', 'an'].includes(gap[0]) && /,/.test(tokens[outside[0] - 1].post) && gap.at(-1) === 'and' && /,/.test(tokens[outside.at(-1)! - 1].post);
    if (list.length > 0 && !described && !gap.every((word) => ['and', 'the'].includes(word))) break;
    if (list.length === 0 && gap.some((word) => !BEFORE_SIGN_VERB.has(word))) break;
    list.unshift(candidates[n]);
  }
  const opener = tokens[(list[0] ? partyStart(tokens, list[0]) : 0) - 1]?.lower ?? '';
  if (list.length === 0) return pronounSubject(top, tokens, from, before);
  // "On 8 June in Bandar Seri Begawan, A and B signed": a place the sentence opens with, set off by a comma, is no party.
  const adjunct = list.length > 2 && /,/.test(tokens[list[0].last].post);
  if (adjunct && ['at', 'in'].includes(opener)) return list.slice(1);
  return ['of', 'at', 'in', 'from', 'on', 'for', 'to'].includes(opener) ? [] : list;
}

/**
 * "The Brisk Ministry (BM) is pleased to announce that it has concluded an agreement with …": "it" right before the
 * verb is the party that opens the sentence, or the first organisation after a dateline ("RAYONG, Thailand, 3 November
 * 2026 -- Siam Cellwise …, a Thai maker of …, today announced that it has signed").
 */
function pronounSubject(top: Mention[], tokens: Token[], from: number, verb: number): Mention[] {
  const k = subjectBeforeVerb(tokens, from, verb);
  if (tokens[k]?.lower !== 'it' && tokens[k]?.lower !== 'they') return [];
  const opening = top.find((mention) => isParty(mention) && mention.type !== undefined && (mention.first === from || (mention.first === from + 1 && tokens[from].lower === 'the')));
  const dateline = tokens.findIndex((token, n) => n >= from && n < k && /^\s*(?:--|—|–)\s*$/.test(token.post));
  const afterDateline = dateline >= 0 ? top.find((mention) => isParty(mention) && mention.first === pastArticle(tokens, dateline + 1) && mention.last < k && SIGNING_BODIES.has(mention.type)) : undefined;
  const named = opening ?? afterDateline;
  if (tokens[k].lower === 'it') return named ? [named] : [];
  // (For "they", the first organisation of the sentence opens the list, whatever word before it its name lost.)
  const party = named ?? top.find((mention) => mention.last < k && SIGNING_BODIES.has(mention.type) && !inBrackets(tokens, from, mention.first));
  if (!party) return [];
  // "A ("Jinhe"), a maker of enzymes, and B ("CAB") today announced that they have signed": the party it opens with and
  // the one an "and" adds to it, outside brackets, before "they".
  const second = top.find((mention) => mention.first > party.last && mention.last < k && isParty(mention) && SIGNING_BODIES.has(mention.type) && !inBrackets(tokens, party.last, mention.first) && tokens[beforeArticle(tokens, mention.first)]?.lower === 'and');
  return second ? [party, second] : [];
}

/** Where the word before a signing verb is, past the words that may stand between them ("it has now formally signed"). */
function subjectBeforeVerb(tokens: Token[], from: number, verb: number): number {
  let k = verb - 1;
  while (k > from && (BEFORE_SIGN_VERB.has(tokens[k].lower) || ['will', 'now'].includes(tokens[k].lower))) k -= 1;
  return k;
}

/** The subject pronoun right before the verb and the words that may stand with it ("They have also signed"), if that is what the clause opens with. */
function pronounBefore(tokens: Token[], from: number, verb: number): 'it' | 'they' | undefined {
  const k = subjectBeforeVerb(tokens, from, verb);
  const word = tokens[k]?.lower;
  const opens = k === from || /,/.test(tokens[k - 1]?.post ?? '');
  return opens && (word === 'it' || word === 'they') ? word : undefined;
}

/** Parties that open a release after its dateline: organisations, not the places the dateline names. */
const SIGNING_BODIES = new Set<EntityType | undefined>([EntityType.Institution, EntityType.Platform, EntityType.Network]);

/** The words that name an unnamed agreement, as written: "cooperation agreement", "memorandum of understanding". */
function agreementPhrase(tokens: Token[], head: number): { first: number; last: number } {
  let first = head;
  // ("a five-year cooperation agreement": how long it runs is no word of its kind.)
  // ("a separate technology licence agreement": which one of several is no word of its kind.)
  const kindWord = (token: Token | undefined) => !!token && !ARTICLES.has(token.lower) && !/^(?:separate|further|additional|another|same|formal|new)$/.test(token.lower) && /^\s*$|^-$/.test(token.post) && ((token.tags.has('Noun') || token.tags.has('Adjective')) && !token.tags.has('Verb') || (token.tags.has('Gerund') && token.lower !== 'signing')) && !isHyphenedDuration(tokens, token.index);
  for (;;) {
    if (first > 0 && kindWord(tokens[first - 1])) first -= 1;
    // ("a supply and training agreement": two kinds joined by "and" before the head.)
    else if (first > 1 && first < head + 1 && tokens[first - 1].lower === 'and' && kindWord(tokens[first - 2]) && ARTICLES.has(tokens[first - 3]?.lower ?? '')) first -= 2;
    else break;
  }
  const last = completedAt(tokens, head) ? head + 2 : head;
  return { first, last };
}

/** The head of an agreement in the clause before `verb` that a "between" (or "with", "among") names the parties of, before `verb`; else -1. */
function agreementBefore(top: Mention[], tokens: Token[], clauseStart: number, verb: number): number {
  for (let k = clauseStart; k < verb; k += 1) {
    if (!isAgreementHead(tokens, k) || top.some((mention) => mention.first <= k && k <= mention.last && mention.type !== EntityType.Agreement)) continue;
    const between = tokens.findIndex((token, n) => n > k && n < verb && ['between', 'among', 'with'].includes(token.lower));
    if (between >= 0 && partiesFrom(top, tokens, between + 1, verb).length >= 2) return k;
  }
  return -1;
}

/**
 * "1. a Memorandum of Understanding on …, signed by A and B;", "3. an agreement establishing the X Laboratory, signed by …":
 * the agreement that opens the sentence (past a list item's number and an article), when ", signed by" follows; its head
 * (or a word of its name), else -1.
 */
function openingAgreement(top: Mention[], tokens: Token[], verb: number): number {
  if (!/,\s*$/.test(tokens[verb - 1]?.post ?? '')) return -1;
  const marker = numberedItem(tokens);
  const first = /^(?:an?|the)$/.test(tokens[marker]?.lower ?? '') ? marker + 1 : marker;
  if (top.some((mention) => mention.first === first && mention.type === EntityType.Agreement)) return first;
  const head = range(first, Math.min(verb, first + 4)).find((k) => isAgreementHead(tokens, k) && !top.some((mention) => mention.first <= k && k <= mention.last));
  return head ?? -1;
}

/** The subject of the clause's first verb, when the agreement from `first` is what it acts "in", "under" or "through". */
function subjectActingUnder(top: Mention[], tokens: Token[], clauseStart: number, first: number): Mention[] {
  const article = /^(?:an?|the)$/.test(tokens[first - 1]?.lower ?? '') ? first - 1 : first;
  if (!/^(?:in|under|through)$/.test(tokens[article - 1]?.lower ?? '')) return [];
  // ("Under a licence agreement concluded with A in 2033, B will build …": the subject after the fronted phrase.)
  const comma = article - 1 === clauseStart ? tokens.findIndex((token, n) => n > first && /,\s*$/.test(token.post)) : -1;
  if (comma > 0) return top.filter((mention) => mention.first === pastArticle(tokens, comma + 1) && isParty(mention));
  const verb = tokens.findIndex((token, n) => n > clauseStart && n < article && isVerb(token) && !top.some((mention) => mention.first <= n && n <= mention.last));
  return verb > 0 ? partiesBefore(top, tokens, clauseStart, verb) : [];
}

/**
 * Whether the word at `v`, outside every name, says a signing: a verb of signing, or "between" right after an agreement
 * ("a memorandum of understanding between A and B": the parties an agreement is between signed it, with no verb said).
 */
function saysSigning(tokens: Token[], top: Mention[], v: number): boolean {
  if (top.some((mention) => mention.first <= v && v <= mention.last)) return false;
  if (tokens[v].lower !== 'between') return isSignVerb(tokens, v);
  return agreementEndingAt(tokens, v - 1) >= 0 || top.some((mention) => mention.type === EntityType.Agreement && mention.last === v - 1);
}

/**
 * The parties named after the signing verb at `v`, from `from` to the clause's end: those after "with", "between", "by",
 * "among"; and those "on behalf of" whom it is signed ("The memorandum, signed on behalf of A by its chairman, … and on
 * behalf of B by its director": whom the signers act for signs too).
 */
function partiesAfter(top: Mention[], tokens: Token[], v: number, from: number, end: number): Mention[] {
  const behalf = range(from, end)
    .filter((n) => tokens[n].lower === 'behalf' && tokens[n - 1]?.lower === 'on' && tokens[n + 1]?.lower === 'of')
    .map((n) => top.find((mention) => (mention.first === n + 2 || mention.first === pastArticle(tokens, n + 2)) && isParty(mention)))
    .filter((party): party is Mention => party !== undefined);
  const preposition = tokens[v].lower === 'between' ? v : tokens.findIndex((token, n) => n >= from && n < end && PARTY_PREPOSITIONS.has(token.lower));
  const named = preposition >= 0 ? partiesFrom(top, tokens, preposition + 1, end) : [];
  return [...behalf, ...named.filter((party) => !behalf.includes(party))];
}

/** Where the clause that holds the word at `v` ends: after its semicolon, else at the sentence's end. */
const clauseEndFrom = (tokens: Token[], v: number): number => tokens.findIndex((token, n) => n >= v && /;/.test(token.post)) + 1 || tokens.length;

/** "a letter of intent whose signatories are A, B and C": the parties the agreement's own relative clause lists. */
function whoseSignatories(text: string, sentence: Sentence, top: Mention[], v: number): Signing | undefined {
  const { tokens } = sentence;
  if (tokens[v].lower !== 'whose' || !/^signator(?:y|ies)$/.test(tokens[v + 1]?.lower ?? '') || !/^(?:are|were|include|included)$/.test(tokens[v + 2]?.lower ?? '')) return undefined;
  const named = top.find((mention) => mention.type === EntityType.Agreement && mention.last === v - 1 && !GENERIC_AGREEMENT.test(mention.name));
  const head = named ? -1 : agreementEndingAt(tokens, v - 1);
  if (!named && head < 0) return undefined;
  const parties = partiesFrom(top, tokens, v + 3, clauseEndFrom(tokens, v));
  if (parties.length < (named ? 1 : 2)) return undefined;
  const agreement = named ?? unnamedAgreement(text, sentence, top, agreementPhrase(tokens, head), undefined, tokens[v + 1]);
  return { verb: tokens[v + 1], agreement, parties, unnamed: !named };
}

/**
 * "Snowpeak granted the joint venture a ten-year technology licence", "A has granted a licence for its process to B": a
 * licence granted is one the licensor and the licensee agreed, whatever verb of signing the text gives or leaves out.
 */
function grantedLicence(text: string, sentence: Sentence, top: Mention[], clauseStart: number, v: number): Signing | undefined {
  const { tokens } = sentence;
  if (!/^(?:grant(?:s|ed)?|gave|gives?|awarded)$/.test(tokens[v].lower) || top.some((mention) => mention.first <= v && v <= mention.last)) return undefined;
  const end = clauseEndFrom(tokens, v);
  const head = range(v + 1, Math.min(end, v + 16)).find((k) => /^licen[cs]es?$/.test(tokens[k].lower) && !tokens[k].tags.has('Verb'));
  // ("Under the agreement, the institute grants B a licence", "… an agreement, under which A grants B …": the terms of
  // an agreement named before, no other; but "Under a separate technology licence agreement signed the same day, A grants
  // B …" opens the licence's own.)
  const under = range(clauseStart, v).find((k) => tokens[k].lower === 'under');
  // ("Under a technology licence agreement that A and B signed the same day, …": one whose signing the text tells names its parties itself.)
  const toldSigned = under !== undefined && range(under, v).some((k) => ['that', 'which'].includes(tokens[k].lower));
  const own = under !== undefined && !toldSigned && ['a', 'an'].includes(tokens[under + 1]?.lower ?? '') ? range(under + 2, Math.min(v, under + 8)).find((k) => isAgreementHead(tokens, k)) : undefined;
  if (head === undefined || (under !== undefined && own === undefined)) return undefined;
  const licence = agreementPhrase(tokens, head);
  const licensor = partiesBefore(top, tokens, clauseStart, v);
  // The licensee: between the verb and the licence ("granted B a licence"), else after "to" ("a licence … to B").
  const to = range(licence.last + 1, end).find((k) => tokens[k].lower === 'to');
  // ("grants the joint venture a licence to its LX-400 design": with the licensee named before it, "to" gives what is licensed.)
  const between = partiesFrom(top, tokens, v + 1, licence.first);
  const licensee = between.length > 0 || to === undefined ? between : partiesFrom(top, tokens, to + 1, end);
  if (licensor.length !== 1 || licensee.length !== 1) return undefined;
  const span = own === undefined ? licence : agreementPhrase(tokens, own);
  return { verb: tokens[v], agreement: unnamedAgreement(text, sentence, top, span, undefined, tokens[v]), parties: [...licensor, ...licensee], unnamed: true };
}

/**
 * "A signed a framework agreement with B and a letter of intent with C": a second unnamed agreement the same verb governs,
 * after "and", with the parties after its "with"; `from` is where its "and" stands.
 */
function alsoSigned(top: Mention[], tokens: Token[], after: number, end: number): { from: number; span: { first: number; last: number }; others: Mention[] } | undefined {
  for (const and of range(after, end).filter((k) => tokens[k].lower === 'and')) {
    const head = range(and + 1, Math.min(end, and + 5)).find((k) => isAgreementHead(tokens, k));
    if (head === undefined || top.some((mention) => mention.first <= head && head <= mention.last && mention.type === EntityType.Agreement)) continue;
    const span = agreementPhrase(tokens, head);
    if (span.first <= and || tokens[span.last + 1]?.lower !== 'with') continue;
    const others = partiesFrom(top, tokens, span.last + 2, end);
    if (others.length > 0) return { from: and, span, others };
  }
  return undefined;
}

/**
 * The mention of an agreement the text does not name ("a framework agreement", "an MoU on …"), taken out of the sentence's
 * mentions with the acronym in brackets after it; named once its parties are known.
 */
function unnamedAgreement(text: string, sentence: Sentence, top: Mention[], span: { first: number; last: number }, topic: { end: number } | undefined, verb: Token): Mention {
  const { tokens } = sentence;
  // The generic phrase and the acronym in brackets after it ("(MoU)") name nothing on their own.
  const acronymAt = /\(/.test(tokens[span.last].post) || /\(/.test(tokens[span.last + 1]?.pre ?? '') ? span.last + 1 : -1;
  for (let n = top.length - 1; n >= 0; n -= 1) if ((top[n].first <= span.last && top[n].last >= span.first) || top[n].first === acronymAt) top.splice(n, 1);
  const words = text.slice(tokens[span.first].start, topic ? topic.end : tokens[span.last].end);
  const kind = classify(tokens.slice(span.first, span.last + 1).map((token) => token.lower))?.kind ?? 'COOPERATION_AGREEMENT';
  const article = /^(?:an?|the)$/.test(tokens[span.first - 1]?.lower ?? '') ? `${tokens[span.first - 1].text} ` : '';
  return {
    sentence,
    first: span.first,
    last: span.last,
    start: tokens[span.first].start,
    end: tokens[span.last].end,
    text: words,
    name: words.charAt(0).toUpperCase() + words.slice(1),
    type: EntityType.Agreement,
    kind,
    properties: {},
    confidence: 0.7,
    reason: `"${verb.text}" ${article}${words}, named after its parties`,
    form: 'phrase',
    nested: false,
  };
}

/**
 * Finds the signings of one sentence and takes their agreements out of its mentions: a named agreement
 * stays a mention; an unnamed one ("an MoU") becomes the signing's own mention, named once its parties are known.
 */
export function findSignings(text: string, sentence: Sentence, top: Mention[]): Signing[] {
  const { tokens } = sentence;
  const signings: Signing[] = [];
  let clauseStart = 0;
  for (let v = 0; v < tokens.length; v += 1) {
    // ('("Siam Lotus"; SET: SLD)': a semicolon in brackets ends no clause.)
    if (v > 0 && /;/.test(tokens[v - 1].post) && !inBrackets(tokens, 0, v - 1)) clauseStart = v;
    const listed = whoseSignatories(text, sentence, top, v) ?? grantedLicence(text, sentence, top, clauseStart, v);
    if (listed) signings.push(listed);
    if (!saysSigning(tokens, top, v)) continue;
    const clauseEnd = clauseEndFrom(tokens, v);
    const passive = ['was', 'were', 'been', 'be', 'is', 'are'].includes(tokens[v - 1]?.lower ?? '');
    // The agreement: after an active verb, before a passive one.
    let head = -1;
    if (passive) {
      for (let k = v - 2; k >= clauseStart && head < 0; k -= 1) if (isAgreementHead(tokens, k)) head = k;
    } else {
      for (let k = v + 1; k < Math.min(clauseEnd, v + 8) && head < 0; k += 1) {
        // "signed in Bangkok the memorandum": where it was signed stands between the verb and the agreement.
        if (top.some((mention) => mention.first <= k && k <= mention.last && isParty(mention) && mention.type && tokens[mention.first - 1]?.lower !== 'in')) break;
        if (isAgreementHead(tokens, k)) head = k;
      }
    }
    // "a separate technology licence agreement signed the same day (by A and B)": the participle follows its agreement.
    // ("The Memorandum of Understanding on … Cooperation, signed by A and B": after a named agreement's last word too.)
    const afterNamedAgreement = top.some((mention) => mention.type === EntityType.Agreement && mention.last === v - 1 && /^,?\s*$/.test(tokens[v - 1].post));
    const participle = head < 0 && !passive && (agreementEndingAt(tokens, v - 1) >= 0 || afterNamedAgreement);
    if (participle) head = agreementEndingAt(tokens, v - 1) >= 0 ? agreementEndingAt(tokens, v - 1) : v - 1;
    // "a cooperation agreement that the two universities signed": the parties stand between the relative word and the verb.
    const relative = head < 0 && !passive ? Math.max(-1, ...range(clauseStart + 1, v).filter((n) => ['that', 'which'].includes(tokens[n].lower) && agreementEndingAt(tokens, n - 1) >= 0)) : -1;
    // ("2. an agreement on a station between A and B (AB), signed by …": the participle ends an item naming it and its parties.)
    // ("1. a Memorandum of Understanding on …, signed by the Department and the Board;": or one that opens the item.)
    const itemAgreement = head < 0 && relative < 0 && !passive && tokens[v + 1]?.lower === 'by' ? Math.max(agreementBefore(top, tokens, clauseStart, v), openingAgreement(top, tokens, v)) : -1;
    head = relative > 0 ? agreementEndingAt(tokens, relative - 1) : itemAgreement >= 0 ? itemAgreement : head;
    if (head < 0) continue;
    // ("The Agreement was signed …": a reference to an agreement named before is that agreement.)
    const named = top.find((mention) => mention.first <= head && head <= mention.last && mention.type === EntityType.Agreement && ['name', 'title', 'reference'].includes(mention.form) && !GENERIC_AGREEMENT.test(mention.name));
    const span = named ?? agreementPhrase(tokens, head);
    // The parties: the subject of an active verb, and those after "with", "between", "by", "among".
    const parties = passive || participle || itemAgreement >= 0 ? [] : relative > 0 ? partiesFrom(top, tokens, relative + 1, v) : partiesBefore(top, tokens, clauseStart, Math.min(v, span.first));
    const after = itemAgreement >= 0 ? span.last + 1 : Math.max(v, span.last) + 1;
    const subject = [...parties];
    const also = passive || participle ? undefined : alsoSigned(top, tokens, after, clauseEnd);
    parties.push(...partiesAfter(top, tokens, v, after, also?.from ?? clauseEnd).filter((party) => !parties.includes(party)));
    // "Under a separate technology licence agreement signed the same day, A will license its process to B": licensor and licensee.
    if (parties.length === 0) parties.push(...licenceParties(top, tokens, span.last + 1, tokens[head]));
    // "The two universities agreed to found the laboratory in a memorandum of understanding signed in Nanning": the
    // clause's subject signed the agreement it acts "in" or "under".
    if (parties.length < 2 && participle && !named) parties.push(...subjectActingUnder(top, tokens, clauseStart, span.first).filter((party) => !parties.includes(party)));
    // ("the two universities": one reference for two parties.)
    const counted = parties.reduce((sum, party) => sum + (party.form === 'reference' ? party.antecedents ?? 1 : 1), 0);
    const pronoun = subject.length === 0 && !passive && !participle && relative < 0 && itemAgreement < 0 ? pronounBefore(tokens, clauseStart, Math.min(v, span.first)) : undefined;
    if (pronoun ? parties.length === 0 && !named : parties.length === 0 || (!named && counted < 2)) continue;
    const topic = named ? undefined : topicAfter(top, tokens, span.last);
    const agreement = named ?? unnamedAgreement(text, sentence, top, span, topic, tokens[v]);
    // "the signing of MOUs between A and B, C and D, as well as E and F": an agreement for each pair.
    const pairs = !named && PLURAL_AGREEMENTS.test(tokens[head].lower) ? pairsOf(tokens, parties) : undefined;
    if (pairs) for (const pair of pairs) signings.push({ verb: tokens[v], agreement: { ...agreement, name: agreement.name.replace(/s$/i, '') }, parties: pair, unnamed: true });
    else signings.push({ verb: tokens[v], agreement, parties, unnamed: !named, titled: topic !== undefined, pronoun });
    if (also && subject.length > 0) {
      const alsoTopic = topicAfter(top, tokens, also.span.last);
      signings.push({ verb: tokens[v], agreement: unnamedAgreement(text, sentence, top, also.span, alsoTopic, tokens[v]), parties: [...subject, ...also.others], unnamed: true, titled: alsoTopic !== undefined });
    }
  }
  return signings;
}

/**
 * The parties of a licence the sentence grants after its agreement: the one that licenses (the name right before the verb,
 * past "will", "has") and the one it licenses to (the name after "to"). None unless the agreement is a licence.
 */
function licenceParties(top: Mention[], tokens: Token[], from: number, head: Token): Mention[] {
  if (!/^licen[cs]e$/.test(tokens[head.index - 1]?.lower ?? '') && !/^licen[cs]e$/.test(head.lower)) return [];
  const verb = tokens.findIndex((token, n) => n >= from && /^licen[cs](?:es|ed|ing|e)$/.test(token.lower) && n > head.index + 1);
  if (verb < 0) return [];
  let before = verb - 1;
  while (before > from && (MODALS.has(tokens[before].lower) || ['has', 'have', 'had'].includes(tokens[before].lower))) before -= 1;
  // (The licensor is often its short name, which only the registry types: "Huanan has licensed".)
  const licensor = top.find((mention) => mention.last === before && (isParty(mention) || (mention.form === 'name' && !mention.type)));
  const to = tokens.findIndex((token, n) => n > verb && n <= verb + 8 && token.lower === 'to');
  const named = pastArticle(tokens, to + 1);
  const licensee = to < 0 ? undefined : top.find((mention) => mention.first <= named && named <= mention.last && isParty(mention));
  return licensor && licensee && licensor !== licensee ? [licensor, licensee] : [];
}

/** How many words of a list's separator stand at `k`: "and", "the", "by", or "as well as". */
const separatorAt = (tokens: Token[], k: number): number =>
  tokens.slice(k, k + 3).map((token) => token.lower).join(' ') === 'as well as' ? 3 : ['and', 'the', 'by'].includes(tokens[k]?.lower ?? '') ? 1 : 0;
/** Agreements in the plural, signed pair by pair: "MOUs", "memoranda", "agreements". */
const PLURAL_AGREEMENTS = /^(?:mous|mou's|memoranda|memorandums|agreements)$/;

/** The parties in pairs, where "and" joins each pair and a comma or "as well as" the next: A and B, C and D. */
function pairsOf(tokens: Token[], parties: Mention[]): Mention[][] | undefined {
  if (parties.length < 4 || parties.length % 2 === 1) return undefined;
  const pairs: Mention[][] = [];
  for (let n = 0; n < parties.length; n += 2) {
    const [left, right] = [parties[n], parties[n + 1]];
    const joined = wordsOutsideBrackets(tokens, left.last + 1, right.first).every((word) => ['and', 'the'].includes(word)) && tokens.slice(left.last, right.first).every((token) => !/,/.test(token.post));
    if (!joined) return undefined;
    pairs.push([left, right]);
  }
  return pairs;
}

/** "Memorandum of understanding between A and B": an unnamed agreement's name, from the phrase as written and its parties' names. */
export function agreementName(phrase: string, parties: string[]): string {
  const listed = parties.length > 2 ? `${parties.slice(0, -1).join(', ')} and ${parties.at(-1)}` : parties.join(' and ');
  return `${phrase} between ${listed}`;
}
