import { EntityType, RelationType } from '../../engine/model/model';
import { countryNamed } from './propose.gazetteer';
import { COLLECTIVE_HEADS, GENERIC_MODIFIERS, HEADS, NAME_CONNECTORS, PEOPLE_NOUNS } from './propose.lexicon';
import { findNames, findNested, findPhrases, findReferences, headOf, headRule, isNameWord, type Mention } from './propose.mentions';
import { findDates, findQuantities } from './propose.measures';
import type { Extraction, ProposedAlias, ProposedEntity, ProposedRelation } from './propose.model';
import { displayName, nameKey, nameWords, slug, wordsKey } from './propose.names';
import { findRelations } from './propose.relations';
import { findSignings, type Signing } from './propose.signing';
import { isAcronym, readText, type Sentence } from './propose.text';

const DATELINE =
  /(?:^|\s)([A-Z][A-Z .'-]*[A-Z]),\s+([A-Z][A-Za-z .'-]*?),\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})(?:\s*\/([^/\n]{2,40})\/)?/;

const titleCase = (word: string) => word.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** The entities of a draft, found by name key, alias key or (same type) reordered words. */
export class EntityRegistry {
  readonly entities: ProposedEntity[] = [];
  private readonly byKey = new Map<string, ProposedEntity>();

  find(name: string, type?: EntityType): ProposedEntity | undefined {
    const exact = this.byKey.get(nameKey(name));
    if (exact && (!type || exact.type === type)) return exact;
    const words = wordsKey(name);
    return words === undefined ? undefined : this.entities.find((entity) => (!type || entity.type === type) && [entity.name, ...entity.aliases.map((alias) => alias.alias)].some((known) => wordsKey(known) === words));
  }

  /** The entity a typed mention names, created on first sight; the mention gets its id. */
  add(mention: Mention, text: string): ProposedEntity | undefined {
    if (!mention.type || !mention.kind) return undefined;
    let entity = this.find(mention.name, mention.type);
    if (!entity) {
      let id = slug(mention.name);
      for (let n = 2; this.entities.some((other) => other.id === id); n += 1) id = `${slug(mention.name)}-${n}`;
      entity = { id, type: mention.type, kind: mention.kind, name: mention.name, aliases: [], properties: {}, mentions: [], quotes: [], confidence: mention.confidence, reason: mention.reason };
      this.entities.push(entity);
      this.byKey.set(nameKey(mention.name), entity);
    }
    mention.entityId = entity.id;
    entity.properties = { ...mention.properties, ...entity.properties };
    entity.confidence = Math.max(entity.confidence, mention.confidence);
    if (!entity.mentions.some((span) => span.start === mention.start && span.end === mention.end)) entity.mentions.push({ start: mention.start, end: mention.end });
    if (entity.quotes.length < 2) {
      const quote = clauseAround(text, mention);
      if (!entity.quotes.includes(quote)) entity.quotes.push(quote);
    }
    return entity;
  }

  /** A reference to the entity ("the center"): its clause is evidence for it. */
  refer(entity: ProposedEntity, reference: Mention, text: string): void {
    reference.entityId = entity.id;
    const quote = clauseAround(text, reference);
    if (!entity.quotes.includes(quote)) entity.quotes.push(quote);
  }

  addAlias(entity: ProposedEntity, alias: ProposedAlias): void {
    if (nameKey(alias.alias) === nameKey(entity.name) || entity.aliases.some((known) => known.alias === alias.alias)) return;
    entity.aliases.push(alias);
    if (!this.byKey.has(nameKey(alias.alias))) this.byKey.set(nameKey(alias.alias), entity);
  }
}

/** The clause a mention stands in, as evidence: from the previous to the next comma or semicolon, at most ~200 characters. */
export function clauseAround(text: string, mention: Pick<Mention, 'start' | 'end' | 'sentence'>): string {
  const { sentence } = mention;
  const boundary = /[,;:]\s|[.!?]\s*$/;
  const before = sentence.tokens.filter((token) => token.end <= mention.start && boundary.test(token.post)).at(-1);
  const start = before ? Math.max(before.end + before.post.length, mention.start - 160) : Math.max(sentence.start, mention.start - 160);
  const after = sentence.tokens.find((token) => token.start >= mention.end && boundary.test(token.post));
  // A closing bracket or quote right after the clause's last word belongs to it.
  const closing = after ? (/^[)"”\]]*/.exec(after.post)?.[0].length ?? 0) : 0;
  const end = after ? Math.min(after.end + closing, mention.end + 160) : Math.min(sentence.end, mention.end + 160);
  return trimToWords(text, start, end, mention);
}

/** Cuts a span to whole words that still hold the mention. */
function trimToWords(text: string, start: number, end: number, keep: { start: number; end: number }): string {
  let from = start;
  let to = end;
  const inWord = (at: number) => /\w/.test(text[at - 1] ?? '') && /\w/.test(text[at] ?? '');
  while (from < keep.start && inWord(from)) from += 1;
  while (to > keep.end && inWord(to)) to -= 1;
  return text.slice(from, to).trim();
}

/** "NANNING, China, Sept. 27, 2021 /PRNewswire/": where and when a press release was issued, and by which wire. */
function readDateline(text: string): { city: string; cityStart: number; quote: string; country: string; date: string; publisher: string | null; start: number; end: number } | undefined {
  const match = DATELINE.exec(text.slice(0, 400));
  if (!match || !countryNamed(match[2])) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  const date = new Date(`${match[3].replace('Sept', 'Sep').replace('.', '')} UTC`);
  return {
    city: titleCase(match[1]),
    cityStart: start,
    quote: `${match[1]}, ${match[2]}, ${match[3]}`,
    country: match[2],
    date: Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10),
    publisher: match[4]?.trim() ?? null,
    start,
    end: match.index + match[0].length,
  };
}

/** "X (CATTC)", "X (hereinafter referred to as "CATTC")", "X (also known as …)": a short name the text defines. */
const ALIAS_DEFINITION = /^\s*\((?:hereinafter(?:\s+(?:referred\s+to\s+as|called|as))?|also\s+(?:known\s+as|called)|abbreviated\s+as|or)?\s*["“]?([^"”()]{2,60}?)["”]?\s*\)/;

/** "X, also called the Y Forum,", "X, which is also known as Y.": another name of X, set off by commas. */
const APPOSITION = /^\s*,\s*(?:(?:which|that)\s+is\s+)?(?:also\s+(?:called|known\s+as|referred\s+to\s+as)|hereinafter(?:\s+referred\s+to\s+as|\s+called)?|abbreviated\s+as)\s+["“]?(?:the\s+)?([^"”(),;]{2,80}?)["”]?(?=\s*(?:[,;.)]|$))/i;

/** Capitalised words, with the connectors names hold ("Lotus Forum on Rice Data"). */
const NAME_LIKE = /^[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s(?:of|on|for|and|&|[\p{Lu}\d][\p{L}\d&.'’-]*)){0,9}$/u;

function aliasAfter(text: string, mention: Mention): { alias: string; quote: string; span: { start: number; end: number } } | undefined {
  const following = text.slice(mention.end, mention.end + 160);
  const bracketed = ALIAS_DEFINITION.exec(following);
  const appositive = bracketed ? undefined : APPOSITION.exec(following);
  const match = bracketed ?? appositive;
  if (!match) return undefined;
  const alias = match[1].trim();
  // In brackets, a shorter name (an acronym, or a few capitalised words); set off by commas, any name.
  if (!NAME_LIKE.test(alias) || (bracketed && (alias.length >= mention.name.length || alias.split(/\s+/).length > 5))) return undefined;
  const end = mention.end + match[0].length;
  return { alias, quote: text.slice(mention.start, end), span: { start: mention.start, end } };
}

/** Domains a platform's or project's own name states: "… Center for Big Earth Data", "Joint Beidou Application Laboratory". */
function domainsInName(mention: Mention, inner: Mention[], brands: Set<string>): string[] {
  if (mention.form !== 'name' && mention.form !== 'title') return [];
  const tokens = mention.sentence.tokens.slice(mention.first, mention.last + 1);
  const words = tokens.map((token) => token.text);
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
    if (head > 0) {
      const modifiers = keep(0, head).filter((word) => !headRule(word.toLowerCase(), '') && !['research', 'trading', 'talent', 'talents', 'innovation'].includes(word.toLowerCase()));
      if (modifiers.length >= 2 && modifiers.every((word) => !/^[\p{Lu}]{2,}$/u.test(word))) found.push(modifiers.join(' '));
    }
  }
  return found.filter((name) => name.split(/\s+/).length >= 2 || /\w{6,}/.test(name));
}

const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);

/** Enumerations of three or more subjects after "in" or "of": "in modern agriculture, new energy, … and chemical engineering". */
function findDomainLists(text: string, sentence: Sentence, nameAt: (index: number) => Mention | undefined): Mention[] {
  const { tokens } = sentence;
  const lists: Mention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (!['in', 'of'].includes(tokens[index].lower)) continue;
    const items: [number, number][] = [];
    let first = index + 1;
    let k = first;
    let closed = false;
    while (k < tokens.length && k - first <= 5) {
      const name = nameAt(k);
      const token = tokens[k];
      if (name && name.type && name.type !== EntityType.Domain) break;
      const end = name ? name.last : k;
      if (['in', 'for', 'to', 'with', 'at', 'by', 'between', 'through'].includes(token.lower) || (token.lower === 'of' && !name)) break;
      if (/^,\s*$/.test(tokens[end].post) || tokens[end + 1]?.lower === 'and' || !/^\s*$|^-$/.test(tokens[end].post) || ['in', 'for', 'to', 'with', 'at', 'by'].includes(tokens[end + 1]?.lower ?? '')) {
        items.push([first, end]);
        if (tokens[end + 1]?.lower === 'and' && items.length >= 2) {
          first = end + 2;
          k = first;
          closed = true;
          continue;
        }
        if (closed || !/^,\s*$/.test(tokens[end].post)) break;
        first = end + 1;
        k = first;
        continue;
      }
      k = end + 1;
    }
    if (!closed || items.length < 3) continue;
    const trimmed = items.map(([from, to]) => [tokens[from].lower === 'the' ? from + 1 : from, to] as [number, number]);
    if (trimmed.filter(([from, to]) => to > from).length * 2 < trimmed.length) continue;
    if (trimmed.some(([from, to]) => tokens.slice(from, to + 1).some((token) => COLLECTIVE_HEADS.has(token.lower) || /^\d/.test(token.text)))) continue;
    for (const [from, to] of trimmed) {
      // A field is a noun phrase: an item holding a relative clause ("… that opened last year") or starting
      // with a conjunction or an auxiliary ("and will work on …") is a clause the list ran into, not a field.
      // (compromise tags nouns such as "crop" as verbs, so a plain verb is not a sign.)
      const opener = tokens[from];
      const verbal = opener.tags.has('Conjunction') || opener.tags.has('Modal') || opener.tags.has('Auxiliary');
      if (verbal || tokens.slice(from + 1, to + 1).some((token) => RELATIVE_WORDS.has(token.lower))) continue;
      const words = text.slice(tokens[from].start, tokens[to].end);
      lists.push({
        sentence,
        first: from,
        last: to,
        start: tokens[from].start,
        end: tokens[to].end,
        text: words,
        name: words.charAt(0).toUpperCase() + words.slice(1),
        type: EntityType.Domain,
        kind: 'TECHNOLOGY_DOMAIN',
        properties: {},
        confidence: 0.6,
        reason: `one of ${items.length} fields the text lists after "${tokens[index].text}"`,
        form: 'domain',
        nested: false,
      });
    }
    index = trimmed.at(-1)![1];
  }
  return lists;
}

/** One sentence's mentions: names, phrases, domain lists; the names a phrase holds are nested in it. */
export interface SentenceMentions {
  sentence: Sentence;
  top: Mention[];
  nested: Map<Mention, Mention[]>;
  signings: Signing[];
}

/**
 * Reads a text into entities, relations, quantities and dates, each with its confidence and reason.
 * Everything comes from the text's own structure and the country packages; the graph is not consulted
 * here (see propose.service.ts for linking).
 */
export function extract(text: string, publishedOn?: string): Extraction {
  const sentences = readText(text);
  const registry = new EntityRegistry();
  const relations: ProposedRelation[] = [];
  const dateline = readDateline(text);
  const perSentence: SentenceMentions[] = [];

  for (const sentence of sentences) {
    const taken = new Set(dateline ? sentence.tokens.filter((token) => token.start < dateline.end && token.end > dateline.start - 20 && sentence.index === 0).map((token) => token.index) : []);
    const described = findReferences(text, sentence);
    const names = findNames(text, sentence, taken).filter((name) => !described.some((reference) => reference.first <= name.first && name.last <= reference.last));
    const nameAt = (index: number) => names.find((name) => name.first === index);
    // A phrase that starts inside a reference ("the center offers …") misread where the reference ends.
    const phrases = findPhrases(text, sentence, nameAt).filter((phrase) => !described.some((reference) => reference.first <= phrase.first && phrase.first <= reference.last));
    const references = described.filter((reference) => !phrases.some((phrase) => phrase.first <= reference.last && reference.first <= phrase.last));
    const inPhrase = (name: Mention) => phrases.some((phrase) => phrase.first <= name.first && name.last <= phrase.last);
    const topNames = names.filter((name) => !inPhrase(name));
    const domainLists = findDomainLists(text, sentence, (index) => topNames.find((name) => name.first === index));
    const top = [...topNames.filter((name) => !domainLists.some((item) => item.first <= name.first && name.last <= item.last)), ...phrases, ...domainLists, ...references].sort((a, b) => a.first - b.first);
    const nested = new Map<Mention, Mention[]>();
    for (const phrase of phrases) nested.set(phrase, names.filter((name) => phrase.first <= name.first && name.last <= phrase.last));
    perSentence.push({ sentence, top, nested, signings: findSignings(text, sentence, top) });
  }

  if (dateline) {
    const sentence = sentences.find((item) => item.end >= dateline.cityStart) ?? sentences[0];
    const city: Mention = { sentence, first: 0, last: 0, start: dateline.cityStart, end: dateline.cityStart + dateline.city.length, text: text.slice(dateline.cityStart, dateline.cityStart + dateline.city.length), name: dateline.city, type: EntityType.Place, kind: 'CITY', properties: {}, confidence: 0.8, reason: "the dateline's city", form: 'dateline', nested: false };
    const place = registry.add(city, text)!;
    place.quotes = [dateline.quote];
    const country = countryNamed(dateline.country)!;
    const countryEntity = registry.add({ ...city, start: city.end + 2, end: city.end + 2 + dateline.country.length, name: country.name, type: EntityType.Country, kind: 'COUNTRY', properties: { isoCode: country.isoCode }, reason: `a country (ISO ${country.isoCode})`, confidence: 0.95 }, text)!;
    countryEntity.quotes = [dateline.quote];
    relations.push({ type: RelationType.LOCATED_IN, from: place.id, to: countryEntity.id, properties: {}, quote: dateline.quote, span: { start: dateline.start, end: dateline.start + dateline.quote.length }, confidence: 0.8, reason: 'the dateline names the city and its country' });
  }

  // Typed mentions first, so aliases and places can be resolved against them.
  const pending: { mention: Mention; top: Mention[] }[] = [];
  for (const { top, nested } of perSentence) {
    for (const mention of [...top]) {
      if (mention.form === 'reference') {
        if (resolveReference(mention, top, registry, text, false)) pending.push({ mention, top });
        continue;
      }
      if (mention.type === EntityType.Institution && mention.form === 'name') splitTrailingCountry(mention);
      registry.add(mention, text);
      for (const inner of nested.get(mention) ?? []) registry.add(inner, text);
      const defined = aliasAfter(text, mention);
      const entity = mention.entityId ? registry.entities.find((item) => item.id === mention.entityId) : undefined;
      if (defined && entity) {
        registry.addAlias(entity, { ...defined, confidence: 0.9, reason: 'the text defines it in parentheses' });
        // The short name inside the parentheses is part of the definition, not another mention (nor a subject).
        for (let n = top.length - 1; n >= 0; n -= 1) if (top[n] !== mention && top[n].start > mention.end && top[n].end <= defined.span.end) top.splice(n, 1);
      }
      if (entity && mention.name !== displayName(mention.text) && nameKey(mention.text) !== nameKey(mention.name) && mention.form === 'name') {
        registry.addAlias(entity, { alias: displayName(mention.text), quote: clauseAround(text, mention), span: { start: mention.start, end: mention.end }, confidence: 0.7, reason: 'the longer form the text uses' });
      }
    }
  }
  for (const { mention, top } of pending) resolveReference(mention, top, registry, text, true);
  resolveUntyped(perSentence, registry, text);

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

  relations.push(...findRelations(text, perSentence, registry));
  const quantities = findQuantities(text, perSentence, registry);
  const dates = findDates(text, perSentence, registry, dateline?.date || publishedOn);
  const unresolved = perSentence.flatMap(({ top }) => top.filter((mention) => !mention.entityId && mention.form === 'name').map((mention) => ({ name: mention.name, span: { start: mention.start, end: mention.end } })));
  return {
    entities: registry.entities,
    unresolved,
    relations: dedupeRelations(relations),
    quantities,
    dates,
    dateline: dateline ? { place: `${dateline.city}, ${dateline.country}`, date: dateline.date || null, publisher: dateline.publisher } : null,
  };
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
function splitTrailingCountry(mention: Mention): void {
  const of = mention.name.lastIndexOf(' of ');
  if (of < 0 || !countryNamed(mention.name.slice(of + 4))) return;
  const base = mention.name.slice(0, of);
  const words = nameWords(base);
  const head = words.findIndex((word) => HEADS[word]);
  if (head > 0 && words.slice(0, head).some((word) => !GENERIC_MODIFIERS.has(word))) mention.name = base;
}

/**
 * Points a definite description at the nearest entities of its type named before it with its head word
 * ("the laboratory" → "Mekong Rice Genomics Joint Laboratory"), else of its kind; "the two universities"
 * at the last two. "The Beidou laboratory" may point forward, at the one name of the text that holds
 * Beidou (`anywhere`, once every name is known). A singular one with words of its own ("the new dual-cycle
 * pattern") that points at nothing describes a new one; any other is dropped: it names nothing new. Returns whether it stays to be resolved later.
 */
function resolveReference(reference: Mention, top: Mention[], registry: EntityRegistry, text: string, anywhere: boolean): boolean {
  const ordered = registry.entities
    .filter((entity) => entity.type === reference.type)
    .map((entity) => ({ entity, at: Math.max(-1, ...entity.mentions.filter((span) => anywhere || span.end <= reference.start).map((span) => span.start)) }))
    .filter((item) => item.at >= 0)
    .sort((a, b) => b.at - a.at)
    .map((item) => item.entity);
  // The reference's name is its head, after any words of the name it points at ("beidou laboratory").
  const words = reference.name.split(' ');
  const head = words.pop();
  const fits = (entity: ProposedEntity) => words.every((word) => nameWords(entity.name).includes(word));
  const byHead = ordered.filter((entity) => headOf(entity.name) === head && fits(entity));
  const candidates = byHead.length > 0 || words.length > 0 ? byHead : ordered.filter((entity) => entity.kind === reference.kind);
  const count = reference.antecedents;
  const named = reference.sentence.tokens.slice(reference.first, reference.last).some((token) => isNameWord(token));
  if (count === undefined || candidates.length < count) {
    if (named && !anywhere) return true;
    // "the Tern laboratory", "the new dual-cycle pattern": with none such in the text, it describes a new one.
    const name = displayName(reference.text);
    const described: Mention[] = words.length > 0 && count === 1 ? [{ ...reference, form: 'phrase', name: name.charAt(0).toUpperCase() + name.slice(1) }] : [];
    for (const item of described) registry.add(item, text);
    top.splice(top.indexOf(reference), 1, ...described);
    return false;
  }
  const resolved = candidates
    .slice(0, count)
    .reverse()
    .map((entity) => {
      const pointer: Mention = { ...reference, name: entity.name, kind: entity.kind };
      registry.refer(entity, pointer, text);
      return pointer;
    });
  top.splice(top.indexOf(reference), 1, ...resolved);
  return false;
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

/** Verbs whose "in" or "at" names a place: where an event is held, where an organisation is based. */
const PLACE_VERBS = /^(?:held|based|located|headquartered|opened|place|off|convened|hosted|staged|inaugurated)$/;

/**
 * Untyped capitalised names: an acronym the text defined is its entity; a word the text uses as a
 * place ("of Guangxi", "between Guangxi and ASEAN") is proposed as a region.
 */
function resolveUntyped(perSentence: SentenceMentions[], registry: EntityRegistry, text: string): void {
  const placeUses = new Map<string, number>();
  for (const { sentence, top } of perSentence) {
    for (const mention of top) {
      if (mention.type || mention.form !== 'name') continue;
      const known = registry.find(mention.name);
      if (known) {
        Object.assign(mention, { type: known.type, kind: known.kind, name: known.name, confidence: 0.8, reason: isAcronym(sentence.tokens[mention.first]) ? 'an alias the text defines' : 'a name already proposed' });
        registry.add(mention, text);
        continue;
      }
      const { tokens } = sentence;
      const before = tokens[mention.first - 1]?.lower ?? '';
      const single = mention.first === mention.last && !isAcronym(tokens[mention.first]);
      // "held in Da Nang", "based in Hai Phong", "Da Nang-based": a place whatever its length.
      const placeSlot = (['in', 'at'].includes(before) && tokens.slice(Math.max(0, mention.first - 9), mention.first - 1).some((token) => PLACE_VERBS.test(token.lower))) || (tokens[mention.last].post === '-' && tokens[mention.last + 1]?.lower === 'based');
      if ((single && ['of', 'in', 'between', 'and', 'across', 'from'].includes(before)) || placeSlot) placeUses.set(nameKey(mention.name), (placeUses.get(nameKey(mention.name)) ?? 0) + 1);
    }
  }
  for (const { top } of perSentence) {
    for (const mention of top) {
      if (mention.type || !placeUses.has(nameKey(mention.name))) continue;
      Object.assign(mention, { type: EntityType.Place, kind: 'REGION', confidence: 0.5, reason: `used as a place ("of/in/between ${mention.name}") and named by no gazetteer` });
      registry.add(mention, text);
    }
  }
}

function dedupeRelations(relations: ProposedRelation[]): ProposedRelation[] {
  const byKey = new Map<string, ProposedRelation>();
  for (const relation of relations) {
    if (relation.from === relation.to) continue;
    const key = `${relation.from} ${relation.type} ${relation.to}`;
    const held = byKey.get(key);
    if (!held || relation.confidence > held.confidence) byKey.set(key, held ? { ...relation, properties: { ...held.properties, ...relation.properties } } : relation);
  }
  return [...byKey.values()];
}

