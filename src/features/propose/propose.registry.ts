import type { EntityType } from '../../engine/model/model';
import type { Mention } from './propose.mentions';
import type { ProposedAlias, ProposedEntity } from './propose.model';
import { nameKey, slug, wordsKey } from './propose.names';
import type { Parse } from './propose.parser';
import type { Signing } from './propose.signing';
import type { Sentence } from './propose.text';

/**
 * The draft's entities and the per-sentence mentions every reading step shares (extraction, relations,
 * measures); kept apart from them so that none of those modules imports another in a circle.
 */

/** One sentence's mentions: names, phrases, domain lists; the names a phrase holds are nested in it. */
export interface SentenceMentions {
  sentence: Sentence;
  top: Mention[];
  nested: Map<Mention, Mention[]>;
  signings: Signing[];
  /** The sentence's dependency parse, when a parser ran (propose.parser.ts). */
  parse?: Parse;
}

/**
 * The entities of a draft, found by name key, alias key or (same type) reordered words. Every look-up is
 * a map access, so a long text that names the same few entities again and again stays linear.
 */
export class EntityRegistry {
  readonly entities: ProposedEntity[] = [];
  private readonly byKey = new Map<string, ProposedEntity>();
  private readonly byWords = new Map<string, ProposedEntity[]>();
  private readonly byId = new Map<string, ProposedEntity>();
  /** The entities only ever described, never named (`Mention.describesOne`): see `Extraction.describedOnly`. */
  private readonly onlyDescribed = new Set<ProposedEntity>();

  /** The entity with this id. */
  get(id: string | undefined): ProposedEntity | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** The ids of the entities the text only describes, never names. */
  describedOnly(): string[] {
    return [...this.onlyDescribed].map((entity) => entity.id);
  }

  /** The type of the entity a mention was resolved to. */
  typeOf(mention: Pick<Mention, 'entityId'>): EntityType | undefined {
    return this.get(mention.entityId)?.type;
  }

  find(name: string, type?: EntityType): ProposedEntity | undefined {
    const exact = this.byKey.get(nameKey(name));
    if (exact && (!type || exact.type === type)) return exact;
    const words = wordsKey(name);
    return words === undefined ? undefined : this.byWords.get(words)?.find((entity) => !type || entity.type === type);
  }

  /** The entity a typed mention names, created on first sight; the mention gets its id. */
  add(mention: Mention, text: string): ProposedEntity | undefined {
    if (!mention.type || !mention.kind) return undefined;
    let entity = this.find(mention.name, mention.type);
    if (!entity) {
      let id = slug(mention.name);
      for (let n = 2; this.byId.has(id); n += 1) id = `${slug(mention.name)}-${n}`;
      entity = { id, type: mention.type, kind: mention.kind, name: mention.name, aliases: [], properties: {}, mentions: [], quotes: [], confidence: mention.confidence, reason: mention.reason };
      this.entities.push(entity);
      this.byId.set(id, entity);
      this.byKey.set(nameKey(mention.name), entity);
      this.indexWords(mention.name, entity);
      if (mention.describesOne) this.onlyDescribed.add(entity);
    }
    if (!mention.describesOne) this.onlyDescribed.delete(entity);
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

  /**
   * The name the text gives an entity it named before only by its kind ("the memorandum, called X"): it replaces the
   * made-up name, and the words that give it are evidence for the entity.
   */
  rename(entity: ProposedEntity, name: string, span: { start: number; end: number }, text: string): void {
    if (this.byKey.get(nameKey(entity.name)) === entity) this.byKey.delete(nameKey(entity.name));
    entity.name = name;
    delete entity.namedAfter;
    this.onlyDescribed.delete(entity);
    this.byKey.set(nameKey(name), entity);
    this.indexWords(name, entity);
    entity.mentions.push(span);
    const quote = text.slice(span.start, span.end);
    if (!entity.quotes.includes(quote)) entity.quotes.push(quote);
  }

  addAlias(entity: ProposedEntity, alias: ProposedAlias): void {
    if (nameKey(alias.alias) === nameKey(entity.name) || entity.aliases.some((known) => known.alias === alias.alias)) return;
    entity.aliases.push(alias);
    this.onlyDescribed.delete(entity);
    if (!this.byKey.has(nameKey(alias.alias))) this.byKey.set(nameKey(alias.alias), entity);
    this.indexWords(alias.alias, entity);
  }

  private indexWords(name: string, entity: ProposedEntity): void {
    const words = wordsKey(name);
    if (words === undefined) return;
    const known = this.byWords.get(words) ?? [];
    if (!known.includes(entity)) this.byWords.set(words, [...known, entity]);
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
