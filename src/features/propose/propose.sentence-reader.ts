import { EntityType, RelationType } from '../../engine/model/model';
import type { EntityRegistry, SentenceMentions } from './propose.registry';
import { COUNT_WORDS, EVENT_ROLE_PLURALS, HEADS, JOINT_NOUNS, LEGAL_WORDS, MODALS, PEOPLE_NOUNS, REFERENCE_HEADS, WORK_NOUNS } from './propose.lexicon';
import { NUMBER_WORDS, SEQUENCE_WORDS, headOf, isDemonym, singular, type Mention } from './propose.mentions';
import type { ProposedRelation } from './propose.model';
import { wordsOutsideBrackets } from './propose.signing';
import { beforeArticle, isCapitalised, isFiniteVerb, isHyphenedDuration, isVerb, pastArticle, plainGap, type Sentence, type Token } from './propose.text';
import { Antecedents } from './propose.antecedents';
import {
  ACTOR_TYPES,
  AUXILIARIES,
  BE,
  PARTNERSHIP_NOUNS,
  ATTENDEE_NOUNS,
  REPEATABLE_PREPOSITIONS,
  LISTING_WORDS,
  OCCASION_WORDS,
  CO_AGENT_WORDS,
  LIGHT_NOUNS,
  PREPOSITIONS,
  SKIPPABLE,
  SUPPORT_NOUNS,
  type Predicate,
  commaAfter,
  ROLE_AFTER_AS,
  isParticiple,
  isPersonNoun,
  actionOf,
} from './propose.frame-words';

/** What a supporter gives, which stands for the supporter in a list of them: "by A and by a grant from B". */
const GIFT_NOUNS = /^(?:grants?|loans?|donations?|contributions?)$/;
/** Plurals for the parties of something, which an apposition then names: "its two founding members, A and B". */
const PARTY_PLURALS = /^(?:members|partners|founders|parties|sides)$/;

/** Pronouns that open a relative clause set off by a comma: ", which …", ", who …". */
const RELATIVE_WORDS = new Set(['which', 'who', 'whose']);

/**
 * One sentence as the relation frames read it (propose.pattern-frames.ts, propose.relations.ts): its mentions by
 * position, lists and objects after a word, the subject before a verb, references back, clause bounds, and the
 * relations found so far.
 */
/** Phrases that open a clause with those it adds to a list: "Besides X, the partners are …". */
const BESIDES_OPENINGS = [['besides'], ['alongside'], ['in', 'addition', 'to'], ['apart', 'from']];

export class SentenceReader {
  readonly relations: ProposedRelation[] = [];

  protected readonly tokens: Token[];

  /** The sentence's leading participle phrase and what it is about; null until looked for. */
  private fronted: { end: number; target: Mention } | undefined | null = null;

  constructor(
    protected readonly text: string,
    protected readonly entry: SentenceMentions,
    protected readonly registry: EntityRegistry,
    protected readonly previousSubject: Mention[],
    /** The parties the text last named together: the signatories of an agreement, else a subject of two or more. */
    protected readonly previousParties: Mention[],
    protected readonly previousProject: Mention | undefined,
    protected readonly antecedents: Antecedents,
    /** The first names of the bullet lines that follow this sentence when it ends with a colon ("Three institutions joined: - A; - B"). */
    protected readonly bullets: Mention[] = [],
    /** For a bullet line under "the two sides will:", who will: the subject of every verb that opens the line. */
    protected readonly listSubject: Mention[] = [],
    /** For a bullet line under a line that is only a label ("Lecturers", "Speakers:"), that label's words; for a table's row, its header row. */
    protected readonly heading: Token[] = [],
  ) {
    this.tokens = entry.sentence.tokens;
  }

  protected get sentence(): Sentence {
    return this.entry.sentence;
  }

  protected mentionAt(index: number): Mention | undefined {
    return this.entry.top.find((mention) => mention.first <= index && index <= mention.last && mention.entityId);
  }

  protected typeOf(mention: Mention): EntityType | undefined {
    return this.registry.typeOf(mention);
  }

  add(type: RelationType, namedFrom: Mention, namedTo: Mention, at: { start: number; end: number }, confidence: number, reason: string, properties: Record<string, unknown> = {}): void {
    const [from, to] = [namedFrom, namedTo];
    const start = Math.min(from.start, to.start, at.start);
    const end = Math.max(from.end, to.end, at.end);
    // A subject far from its verb is left out of the quote: the quote starts at the verb.
    const [quoteStart, quoteEnd] = end - start > 320 ? [Math.min(at.start, to.start), Math.max(at.end, to.end)] : [start, end];
    if (!from.entityId || !to.entityId || from.entityId === to.entityId) return;
    this.relations.push({ type, from: from.entityId, to: to.entityId, properties, quote: this.text.slice(quoteStart, quoteEnd), span: { start: quoteStart, end: quoteEnd }, confidence, reason });
  }

  /** Where "Hanoi-based" ends (at "based"), when the words from `k` are a place and "-based": it places what follows. */
  protected basedPlaceEnd(k: number): number | undefined {
    const mention = this.mentionAt(k);
    return mention && mention.first >= k && this.tokens[mention.last].post === '-' && this.tokens[mention.last + 1]?.lower === 'based' ? mention.last + 1 : undefined;
  }

  /** Mentions joined to `first` by commas, "and", "or", "such as", "including": a list. */
  protected listFrom(first: Mention, afterVerb = false): Mention[] {
    const list = [first];
    let last = first.last;
    // "A and B, the C …": a list that "and" (or "or") has closed takes no further item after a comma.
    let closed = false;
    for (;;) {
      // "B of Singapore and C": the place that qualifies an item is no item of its own.
      const at = pastArticle(this.tokens, last + 2);
      const qualifier = ['of', 'in'].includes(this.tokens[last + 1]?.lower ?? '') && /^\.?\s*$/.test(this.tokens[last].post) ? this.mentionAt(at) : undefined;
      if (qualifier && qualifier.first === at && [EntityType.Place, EntityType.Country].includes(this.typeOf(qualifier)!)) last = qualifier.last;
      // "by A (USD 1.2 million) and by B": an aside in brackets after an item does not end the list.
      const aside = this.asideAfter(last) ?? this.appositionBeforeAnd(last);
      if (aside !== undefined) last = aside;
      let k = last + 1;
      // "by A and by a grant from B": what is given stands for who gives it (its words are not counted as a gap).
      let given = 0;
      for (;;) {
        // ("and the Guangxi university": a reference holds its article.)
        const opensReference = this.mentionAt(k)?.first === k;
        // ("A of the Philippines and Hanoi-based B": where the next item is based says where it is; the item follows.)
        const based = opensReference ? this.basedPlaceEnd(k) : undefined;
        if (based !== undefined) k = based + 1;
        else if (k < this.tokens.length && !opensReference && (['and', 'or', 'the', 'a', 'as', 'well', 'especially', 'including'].includes(this.tokens[k].lower) || /^\d/.test(this.tokens[k].text) || this.repeatedPreposition(k))) k += 1;
        else if (GIFT_NOUNS.test(this.tokens[k]?.lower ?? '') && this.tokens[k + 1]?.lower === 'from') [k, given] = [k + 2, given + 2 + (/^an?$/.test(this.tokens[k - 1].lower) ? 1 : 0)];
        else break;
      }
      // "A, B and two companies, C and D": the names a counted class noun announces go on with the list.
      const announced = this.announcedFrom(k);
      if (announced !== undefined && this.tokens.slice(last + 1, k).some((token) => token.lower === 'and')) {
        const rest = this.mentionAt(announced) ? this.listFrom(this.mentionAt(announced)!, afterVerb) : [];
        return [...list, ...rest].flatMap((item) => this.twins(item));
      }
      // A company's "Ltd." keeps its full stop.
      const gapOk = /^,?\s*$/.test(this.tokens[last].post) || (aside !== undefined && /^\),?\s*$/.test(this.tokens[last].post)) || /^["”],?\s*$/.test(this.tokens[last].post) || (/^\.,?\s*$/.test(this.tokens[last].post) && LEGAL_WORDS.has(this.tokens[last].lower));
      const next = this.mentionAt(k);
      const conjoined = this.tokens.slice(last + 1, k).some((token) => ['and', 'or'].includes(token.lower));
      // "A hosted the event, and B organised it": after a verb, ", and" before a name and its own verb joins two clauses.
      const newClause = afterVerb && conjoined && /,/.test(this.tokens[last].post) && !!next && isVerb(this.tokens[next.last + 1]);
      if (newClause || !gapOk || !next || next.first !== k || k - last - given > 4 || (k === last + 1 && !/,/.test(this.tokens[last].post)) || (closed && !conjoined)) {
        // "A, the B …" with no "and" to close it is a name and what follows it, not a list.
        return (closed ? list : list.slice(0, 1)).flatMap((item) => this.twins(item));
      }
      closed ||= conjoined;
      list.push(next);
      last = next.last;
    }
  }

  /** The last token of a short aside in brackets right after the token at `last` ("A (USD 1.2 million)"), if one follows. */
  private asideAfter(last: number): number | undefined {
    // (A company's "Ltd." keeps its full stop; a short name may be quoted: 'A Co., Ltd. ("AE")'.)
    if (!/^\.?\s*\(["“]?\s*$/.test(this.tokens[last].post + (this.tokens[last + 1]?.pre ?? ''))) return undefined;
    for (let k = last + 1; k < Math.min(this.tokens.length, last + 7); k += 1) {
      if (this.mentionAt(k)) return undefined;
      if (/\)/.test(this.tokens[k].post)) return k;
    }
    return undefined;
  }

  /**
   * "between A, a Nanning manufacturer of axle counters, and B": the last token of a lower-case apposition after the item at
   * `last`, set off by commas (a place may stand in it), when "and" or "or" goes on to the next item.
   */
  private appositionBeforeAnd(last: number): number | undefined {
    // (A company's "Ltd." keeps its full stop before the comma.)
    // ("A, which will develop sensors, and B": so does a relative clause, verb and all.)
    const relative = ['which', 'who'].includes(this.tokens[last + 1]?.lower ?? '');
    if (!/^\.?,\s*$/.test(this.tokens[last].post) || !(['a', 'an', 'the'].includes(this.tokens[last + 1]?.lower ?? '') || relative)) return undefined;
    for (let k = last + 2; k < Math.min(this.tokens.length - 1, last + 14); k += 1) {
      const token = this.tokens[k];
      const place = this.mentionAt(k) && [EntityType.Place, EntityType.Country].includes(this.typeOf(this.mentionAt(k)!)!);
      // (A verb of its own ends it; a gerund or participle may describe: "a maker of interlocking systems".)
      // ("A, a Thai start-up, and B": a demonym describes too; so does a body called by its head word: "A, the Institute's
      // alumni endowment, and B".)
      const bodysPossessive = /['’]s$/.test(token.text) && HEADS[token.lower.replace(/['’]s$/, '')] !== undefined;
      if ((this.mentionAt(k) && !place) || (isCapitalised(token) && !place && !isDemonym(token) && !bodysPossessive) || (isFiniteVerb(token) && !relative)) return undefined;
      if (/,/.test(token.post)) return ['and', 'or'].includes(this.tokens[k + 1].lower) ? k : undefined;
      if (!/^\s*$|^-$/.test(token.post)) return undefined;
    }
    return undefined;
  }

  /** "two companies, A and B", "three technology firms: A, …": where the names a counted class noun announces begin, if one does at `k`. */
  protected announcedFrom(k: number): number | undefined {
    const count = this.tokens[k];
    if (!count || !(COUNT_WORDS.has(count.lower) || /^\d+$/.test(count.text))) return undefined;
    for (let n = k + 1; n < Math.min(this.tokens.length, k + 4); n += 1) {
      if (isCapitalised(this.tokens[n])) return undefined;
      if (/^[,:]\s*$/.test(this.tokens[n].post)) return /s$/.test(this.tokens[n].lower) ? n + 1 : undefined;
    }
    return undefined;
  }

  /** "by A and by B", "representatives of A and of B": a conjunct that repeats its list's preposition. */
  private repeatedPreposition(index: number): boolean {
    return REPEATABLE_PREPOSITIONS.has(this.tokens[index].lower) && ['and', 'or'].includes(this.tokens[index - 1]?.lower ?? '');
  }

  /** The first mention after `from` (skipping articles, adverbs, light nouns and class nouns), with its list. */
  /**
   * Where the name apposed to the class noun at `noun` starts: "project, X", "laboratory for fruit genetics, the X"
   * (a lower-case complement of a few words between), when X is of the noun's `type`.
   */
  private apposedName(noun: number, type: EntityType): number | undefined {
    const tokens = this.tokens;
    let k = noun;
    while (k < noun + 8 && !/,/.test(tokens[k].post)) {
      const next = tokens[k + 1];
      if (!next || isCapitalised(next) || !/^\s*$/.test(tokens[k].post)) return undefined;
      k += 1;
    }
    if (!/^,\s*$/.test(tokens[k].post)) return undefined;
    const at = pastArticle(tokens, k + 1);
    const apposed = this.mentionAt(at);
    return apposed && apposed.first === at && this.typeOf(apposed) === type ? at : undefined;
  }

  protected objectsAfter(from: number, stopAt: number, domainsOnly = false): { objects: Mention[]; next: number } {
    let k = from;
    while (k < stopAt) {
      const mention = this.mentionAt(k);
      // "the Hong Kong-based Lotus Health Foundation": a place before "-based" says where the object is; the object follows.
      const based = this.basedPlaceEnd(k);
      if (based !== undefined) {
        k = based + 1;
        continue;
      }
      // "China's Dalian college": an owner names no object; what it owns does.
      if (mention && !/^['’]s/.test(this.tokens[mention.last].post) && !/['’]s$/.test(this.tokens[mention.last].text) && !this.tokens[mention.last + 1]?.text.startsWith("'")) {
        if (mention.first < k) return { objects: [], next: k };
        if (!domainsOnly || this.typeOf(mention) === EntityType.Domain) {
          const objects = this.listFrom(mention, true);
          return { objects, next: objects.at(-1)!.last + 1 };
        }
      }
      const token = this.tokens[k];
      if (mention) {
        k = mention.last + 1;
        continue;
      }
      if (SKIPPABLE.has(token.lower) || token.tags.has('Adverb') || token.tags.has('Adjective') || token.tags.has('Ordinal') || token.tags.has('Cardinal') || /^\d/.test(token.text)) {
        k += 1;
        continue;
      }
      if (LIGHT_NOUNS.has(token.lower) && this.tokens[k + 1]?.lower === 'of') {
        k += 2;
        continue;
      }
      // "representatives of A and of B", "experts from C": the people stand for the organisation they come from.
      if ((ATTENDEE_NOUNS.has(token.lower) || PEOPLE_NOUNS.has(token.lower)) && ['of', 'from'].includes(this.tokens[k + 1]?.lower ?? '')) {
        k += 2;
        continue;
      }
      // "founded by its two founding members, the A and B": a plural for the parties, set off by a comma, is named after it.
      if (PARTY_PLURALS.test(token.lower) && /^,\s*$/.test(token.post) && k > from) {
        k += 1;
        continue;
      }
      // "by a consortium of A, B and C", "a partnership comprising A and B": the group stands for its members.
      if (PARTNERSHIP_NOUNS.has(token.lower) && ['of', 'comprising', 'including'].includes(this.tokens[k + 1]?.lower ?? '')) {
        k += 2;
        continue;
      }
      // "its first project, Biomass Board for …", "a joint laboratory for fruit genetics, the Tern Genomics Laboratory,":
      // a class noun, with what it is for, and the name its apposition gives.
      const described = HEADS[token.lower] ? this.apposedName(k, HEADS[token.lower].type) : undefined;
      if (described !== undefined) {
        k = described;
        continue;
      }
      if ((token.lower === 'such' && this.tokens[k + 1]?.lower === 'as') || token.lower === 'including') {
        k += token.lower === 'such' ? 2 : 1;
        continue;
      }
      // "the application of advanced technological achievements in X": an action's own words, then its fields.
      if (domainsOnly && (token.tags.has('Noun') || PREPOSITIONS.has(token.lower) || token.lower === 'of')) {
        k += 1;
        continue;
      }
      if (token.tags.has('Noun') && !PREPOSITIONS.has(token.lower) && (this.tokens[k + 1]?.lower === 'such' || this.tokens[k + 1]?.lower === 'including' || (!this.tokens[k].tags.has('Plural') && this.tokens[k + 1]?.tags.has('Noun')))) {
        k += 1;
        continue;
      }
      if (token.tags.has('Noun') && this.tokens[k + 1]?.lower === 'such') {
        k += 1;
        continue;
      }
      return { objects: [], next: k };
    }
    return { objects: [], next: k };
  }

  /** The subject: the nearest mention of the clause before its first verb that is not inside a leading phrase ("Under the guidance of X,"). */
  protected subjectBefore(verbIndex: number, clauseStart: number): Mention[] {
    const before = this.tokens.slice(clauseStart, verbIndex);
    // ("Its research will focus on X": the work of what "its" points at.)
    // ("Work will focus on X": work with no owner, opening the sentence, is that of what the text is about.)
    const bareWork = (token: Token, n: number) => n === 0 && clauseStart === 0 && token.text !== token.lower && WORK_NOUNS.test(token.lower) && !this.mentionAt(clauseStart);
    const pronoun = before.findIndex((token, n) => token.lower === 'it' || token.lower === 'they' || (token.lower === 'its' && WORK_NOUNS.test(before[n + 1]?.lower ?? '')) || bareWork(token, n));
    if (pronoun >= 0) {
      // "A and B announced that they are partners", "A said it would help B": the pronoun is the subject named before it
      // in the sentence, if any.
      const named = this.subjectBefore(clauseStart + pronoun, clauseStart);
      const reported = /^(?:that|said|says|announced|stated|added|noted|confirmed)$/.test(this.tokens[clauseStart + pronoun - 1]?.lower ?? '');
      return named.length > 0 && reported ? named : this.previousSubject;
    }
    // "The two universities are partners", "the two sides will build": the parties the previous sentence named.
    // (Not inside a relative clause: "X, which introduced the two companies to each other, will help".)
    const inRelative = (n: number) => {
      const relative = before.map((token, r) => (r < n && RELATIVE_WORDS.has(token.lower) && /,/.test(before[r - 1]?.post ?? '') ? r : -1)).reduce((a, b) => Math.max(a, b), -1);
      return relative >= 0 && !before.slice(relative, n).some((token) => /,/.test(token.post));
    };
    // ("the three parties will set up": as many as signed last.)
    // ("the two hosts": those the text said hosted, which the words themselves were resolved to.)
    // ("makers of electric three-wheelers": a number joined to its noun by a hyphen names a kind, counts no parties.)
    const parties = before.findIndex((token, n) => NUMBER_WORDS[token.lower] !== undefined && token.post !== '-' && before[n + 1]?.tags.has('Plural') && !EVENT_ROLE_PLURALS[before[n + 1].lower] && !inRelative(n));
    const counted = parties >= 0 ? NUMBER_WORDS[before[parties].lower] : 0;
    // "The two universities are partners, and C will join": a name after them is the nearer subject (not what the words
    // "the two universities" themselves were resolved to).
    // ("the two ministries" are two ministries: the parties named last only if they are of that kind.)
    const kind = parties >= 0 ? headOf(singular(before[parties + 1].lower)) : undefined;
    const ofKind = !kind || !HEADS[kind] || this.previousParties.every((party) => headOf(party.name) === kind);
    const from = parties >= 0 ? clauseStart + parties - (ofKind || before[parties - 1]?.lower !== 'the' ? 0 : 1) : clauseStart;
    const candidates = this.entry.top.filter((mention) => mention.first >= from && mention.last < verbIndex && mention.entityId);
    const named = candidates.filter((mention) => mention.form !== 'reference' && !this.inApposition(mention) && !PREPOSITIONS.has(this.tokens[mention.first - 1]?.lower ?? ''));
    // ("A and B signed an agreement under which the two parties will open C": the parties of this sentence's own subject.)
    const own = parties >= 0 && named.length === 0 ? this.mainSubjectBefore(clauseStart + parties) : [];
    if (own.length > 0 && own.length === counted) return own;
    if (this.previousParties.length >= 2 && parties >= 0 && ofKind && (counted === 2 || this.previousParties.length === counted) && named.length === 0) return this.previousParties;
    for (let n = candidates.length - 1; n >= 0; n -= 1) {
      const mention = candidates[n];
      if (this.inApposition(mention) || this.inRelativeClause(mention, verbIndex) || this.seatInBrackets(mention)) continue;
      // ("the X Institute of China's Hainan Province": past an owner's possessive, "of" still makes it where X is.)
      let k = mention.first - 1;
      while (k >= 0 && (SKIPPABLE.has(this.tokens[k].lower) || /['’]s$/.test(this.tokens[k].text))) k -= 1;
      if (k >= 0 && (PREPOSITIONS.has(this.tokens[k].lower) || this.tokens[k].lower === 'of')) continue;
      // ("B Co., Ltd. of Guangzhou, China, announced": the country after a seat's town is the seat's too.)
      const town = candidates[n - 1];
      if (town && town.last === mention.first - 1 && /^,\s*$/.test(this.tokens[town.last].post) && [EntityType.Place, EntityType.Country].includes(this.typeOf(mention)!) && this.typeOf(town) === EntityType.Place) continue;
      return this.listEndingWith(mention);
    }
    return [];
  }

  /** The subject of the main clause that the relative clause ("under which", "whereby") opening at `parties` hangs on. */
  private mainSubjectBefore(parties: number): Mention[] {
    const relative = this.tokens[parties - 1]?.lower === 'the' ? parties - 2 : parties - 1;
    if (!/^(?:which|whereby)$/.test(this.tokens[relative]?.lower ?? '')) return [];
    const verb = this.tokens.findIndex((token, k) => k > 0 && k < relative && isVerb(token) && !this.mentionAt(k));
    return verb > 0 ? this.subjectBefore(verb, 0) : [];
  }

  /** "X, which groups A and B, met …", "X, whose members include A, met …": a mention inside a relative clause closed by a comma before the verb is not its subject. */
  private inRelativeClause(mention: Mention, verbIndex: number): boolean {
    const relative = (token: Token) => ['which', 'who', 'whose', 'where'].includes(token.lower);
    let k = mention.first - 1;
    while (k > 0 && !/,/.test(this.tokens[k - 1].post) && !relative(this.tokens[k])) k -= 1;
    if (k <= 0 || !relative(this.tokens[k]) || !/,/.test(this.tokens[k - 1].post)) return false;
    return this.tokens.slice(mention.last, verbIndex).some((token) => /,/.test(token.post));
  }

  /**
   * "X, a Hue company, joined …", "X, with offices in Hue and Vientiane, joined …", "X, Vietnam's largest polytechnic,
   * joined …": a mention inside a phrase set off by commas that opens with "a"/"an", "with" or an owner's possessive
   * describes the name before it.
   */
  /** "Quill Ocean College (Indonesia) joined": a place in brackets right after a name says where it is; it does nothing. */
  private seatInBrackets(mention: Mention): boolean {
    const place = [EntityType.Place, EntityType.Country].includes(this.typeOf(mention)!);
    const opened = /\(\s*$/.test((this.tokens[mention.first - 1]?.post ?? '') + this.tokens[mention.first].pre);
    return place && opened && /^\)/.test(this.tokens[mention.last].post) && !!this.mentionAt(mention.first - 1);
  }

  /** "the Center for Disease Control of Xishan Prefecture, China, and …": a country set after a name by commas is where that is. */
  protected seatAfterComma(mention: Mention): boolean {
    const before = this.mentionAt(mention.first - 1);
    return this.typeOf(mention) === EntityType.Country && !!before && before.last === mention.first - 1 && /^,\s*$/.test(this.tokens[before.last].post) && /^[,.;]|^$/.test(this.tokens[mention.last].post.trim());
  }

  private inApposition(mention: Mention): boolean {
    let k = mention.first;
    while (k > 0 && !/,/.test(this.tokens[k - 1].post) && mention.first - k < 8) k -= 1;
    if (k <= 0 || !/,/.test(this.tokens[k - 1].post) || !this.mentionAt(k - 1)) return false;
    const opener = this.tokens[k];
    const owner = this.mentionAt(k);
    return ['a', 'an', 'with'].includes(opener.lower) || (!!owner && owner !== mention && owner.last === k && /['’]s$/.test(opener.text)) || (owner === mention && /['’]s$/.test(this.tokens[mention.last].text));
  }

  /**
   * "Co-hosted by A and B, the Forum …", "Founded by A, the laboratory …": a sentence that opens with a participle
   * phrase; what it is about is the name (or reference: "the forum") right after the comma that closes it.
   */
  private frontedTarget(): { end: number; target: Mention } | undefined {
    if (this.fronted !== null) return this.fronted;
    this.fronted = undefined;
    // ("About the co-organisers: set up in 2022 by A and B, the X …": past a short label that heads the sentence.)
    const label = this.tokens.slice(0, 5).findIndex((token) => /^\s*:/.test(token.post));
    let k = label >= 0 && this.tokens[label + 1]?.text === this.tokens[label + 1]?.lower ? label + 1 : 0;
    // "Jointly organised by", "Co-hosted by" (the tagger splits "Co-").
    while (k < this.tokens.length && (this.tokens[k].tags.has('Adverb') || (this.tokens[k].lower === 'co' && this.tokens[k].post === '-'))) k += 1;
    const first = this.tokens[k];
    if (!first || !actionOf(this.tokens, k) || !isParticiple(first)) return undefined;
    for (let n = k + 1; n < Math.min(this.tokens.length - 1, k + 40); n += 1) {
      const mention = this.mentionAt(n);
      if (mention) n = this.listFrom(mention).at(-1)!.last;
      // ("Founded on the initiative of A, which hosts its secretariat, the Alliance …": a relative clause goes on to its comma.)
      if (!/,/.test(this.tokens[n].post) || RELATIVE_WORDS.has(this.tokens[n + 1].lower)) continue;
      const target = this.objectsAfter(n + 1, Math.min(this.tokens.length, n + 6)).objects[0] ?? this.referenceAt(n + 1)[0];
      this.fronted = target ? { end: n + 1, target } : undefined;
      return this.fronted;
    }
    return undefined;
  }

  /** Where the sentence's main clause starts when `index` is past a fronted participle phrase ("Founded by A, the Alliance promotes"). */
  protected pastFronted(index: number): number | undefined {
    const fronted = this.frontedTarget();
    return fronted && index >= fronted.end ? fronted.end : undefined;
  }

  /** The target of the fronted participle phrase `index` is in, if it is in one. */
  protected frontedAt(index: number): Mention | undefined {
    const fronted = this.frontedTarget();
    return fronted && index < fronted.end ? fronted.target : undefined;
  }

  /** The list a mention ends: "The A and the B were launched". */
  protected listEndingWith(mention: Mention): Mention[] {
    const candidates = this.entry.top.filter((item) => item.last < mention.first && item.entityId);
    const list = [mention];
    let conjoined = false;
    for (let m = candidates.length - 1; m >= 0; m -= 1) {
      // ("A (Philippines) and B": the seat in brackets is no item; the words between skip brackets.)
      if (this.seatInBrackets(candidates[m])) continue;
      const between = wordsOutsideBrackets(this.tokens, candidates[m].last + 1, list[0].first);
      // "A, a university in X, and B": X describes A and is no item; nor is a town or region before an organisation
      // ("A, a maker based in Liuzhou, Guangxi, and B").
      if (this.inApposition(candidates[m])) break;
      if (this.typeOf(candidates[m]) === EntityType.Place && this.typeOf(list[0]) !== EntityType.Place) break;
      const joined = between.every((word) => ['and', 'the', 'a', 'or'].includes(word)) && (between.some((word) => word === 'and' || word === 'or') || (conjoined && /,/.test(this.tokens[candidates[m].last].post)));
      // ("Under the project, A and B installed …": a leading phrase's object is no item.)
      const preposition = beforeArticle(this.tokens, candidates[m].first);
      const led = PREPOSITIONS.has(this.tokens[preposition]?.lower ?? '') && (preposition === 0 || /[,;]/.test(this.tokens[preposition - 1].post)) && /,/.test(this.tokens[candidates[m].last].post);
      if (!joined || led) break;
      // "A, B and C were …": commas join the items before the last "and".
      conjoined ||= between.some((word) => word === 'and' || word === 'or');
      list.unshift(candidates[m]);
    }
    // "A, a public university in X, and B": the item before an apposition.
    const and = beforeArticle(this.tokens, list[0].first);
    if (this.tokens[and]?.lower === 'and' && /,/.test(this.tokens[and - 1]?.post ?? '')) {
      // (Past its short name in brackets: 'A ("AE"), a battery maker in X, and B'.)
      const end = (candidate: Mention) => this.asideAfter(candidate.last) ?? candidate.last;
      const closed = (candidate: Mention) => end(candidate) === candidate.last ? commaAfter(this.tokens[candidate.last]) : /^["”]?\),\s*$/.test(this.tokens[end(candidate)].post);
      const item = candidates.filter((candidate) => end(candidate) < and && closed(candidate) && ['a', 'an', 'the'].includes(this.tokens[end(candidate) + 1]?.lower ?? '')).at(-1);
      const apposition = item ? this.tokens.slice(end(item) + 1, and) : [];
      // "A, a company based in X, and B": a participle may describe; a verb of its own ends the list.
      if (item && apposition.length <= 12 && !apposition.some((token) => token.tags.has('Verb') && !token.tags.has('Adjective') && !isParticiple(token))) list.unshift(...this.listEndingWith(item));
    }
    return [...new Set(list.flatMap((item) => this.twins(item)))];
  }

  /** "the two universities" stands for two entities at one place of the text: every mention there. */
  private twins(mention: Mention): Mention[] {
    const same = this.entry.top.filter((item) => item.first === mention.first && item.last === mention.last && item.entityId);
    return same.length > 1 ? same : [mention];
  }

  /** The last word before the verb at `index` that is no auxiliary or adverb ("which has also", "it will now be"); with `be`, no form of "be" either. */
  protected beforeAuxiliaries(index: number, be = false): number {
    let k = index - 1;
    while (k >= 0 && (AUXILIARIES.has(this.tokens[k].lower) || this.tokens[k].tags.has('Adverb') || (be && BE.includes(this.tokens[k].lower)))) k -= 1;
    return k;
  }

  /** "A, which set up B" ("A, which will be based in C" with `be`): the mention a relative pronoun just before the verb stands for. */
  protected relativeAntecedent(index: number, be = false): Mention | undefined {
    const k = this.beforeAuxiliaries(index, be);
    if (!['which', 'who', 'that'].includes(this.tokens[k]?.lower ?? '') || !/,/.test(this.tokens[k - 1]?.post ?? '')) return undefined;
    return this.mentionAt(k - 1);
  }

  /**
   * "at the conference", "hosted it", "partners in the lab": the entity the text named last among `types`
   * (any type for "the …"), when "it", or "the" (or "this") and a word for its type, refer back to it.
   */
  protected referenceAt(from: number, ...types: EntityType[]): Mention[] {
    return this.referenceBesides(from, types, []);
  }

  /**
   * As referenceAt, to an entity other than `besides`: "the CATTC Center … will help the centre" is another centre. With
   * `possessive`, the word for it is an owner's ("the centre's equipment").
   */
  protected referenceBesides(from: number, types: EntityType[], besides: Mention[], possessive = false): Mention[] {
    const first = this.tokens[from];
    if (!first || this.mentionAt(from)) return [];
    if (first.lower === 'it') {
      const last = this.antecedents.last(types);
      return last ? [this.pointer(last, from, from)] : [];
    }
    if (!['the', 'this', 'that'].includes(first.lower)) return [];
    const wordOf = (token: Token) => (possessive ? token.lower.replace(/['’]s$/, '') : token.lower);
    const typeOfWord = (token: Token | undefined) => (token && (types.length === 0 || types.includes(REFERENCE_HEADS[wordOf(token)])) ? REFERENCE_HEADS[wordOf(token)] : undefined);
    let noun = from + 1;
    // "the two-day forum", "the four-day expo" (the tagger splits "four-day"), "the annual expo".
    const describes = (token: Token) => token.tags.has('Adjective') || /^\d|-day$/.test(token.lower) || (token.tags.has('Value') && token.post === '-') || isHyphenedDuration(this.tokens, token.index);
    while (noun < from + 4 && this.tokens[noun] && !typeOfWord(this.tokens[noun]) && describes(this.tokens[noun])) noun += 1;
    // "the next forum" is another forum than the one named.
    if (this.tokens.slice(from + 1, noun).some((token) => SEQUENCE_WORDS.has(token.lower))) return [];
    const type = typeOfWord(this.tokens[noun]);
    if (!type || this.mentionAt(noun)) return [];
    const last = this.antecedents.last([type], wordOf(this.tokens[noun]), new Set(besides.map((mention) => mention.entityId)));
    // ("the 4th symposium" after "the 3rd … Symposium": another edition than the one named.)
    const edition = this.tokens.slice(from + 1, noun).find((token) => token.tags.has('Ordinal'));
    if (last && edition && !last.name.toLowerCase().split(/\s+/).includes(edition.lower)) return [];
    return last ? [this.pointer(last, from, noun)] : [];
  }

  /**
   * "A opened a joint laboratory with B … The China-Thailand Joint Laboratory for … occupies …": an indefinite class noun
   * that the next sentence names, the first entity of that head named after this sentence, if it comes right after.
   */
  protected namedNext(from: number): Mention[] {
    if (!['a', 'an'].includes(this.tokens[from]?.lower ?? '')) return [];
    let noun = from + 1;
    while (noun < from + 4 && this.tokens[noun] && !REFERENCE_HEADS[this.tokens[noun].lower] && !this.mentionAt(noun) && plainGap(this.tokens[noun - 1])) noun += 1;
    const type = REFERENCE_HEADS[this.tokens[noun]?.lower ?? ''];
    if (!type || this.mentionAt(noun)) return [];
    const head = headOf(this.tokens[noun].text);
    const after = (entity: { mentions: { start: number }[] }) => Math.min(...entity.mentions.map((span) => span.start).filter((start) => start > this.sentence.end));
    const next = this.registry.entities
      .filter((entity) => entity.type === type && headOf(entity.name) === head && entity.mentions.every((span) => span.start > this.sentence.end))
      .sort((a, b) => after(a) - after(b))[0];
    // Only in the sentence right after: a name further on may be another one of its kind.
    const nextSentenceEnd = this.text.indexOf('.', this.sentence.end + 2);
    if (!next || after(next) > (nextSentenceEnd < 0 ? this.text.length : nextSentenceEnd)) return [];
    const [start, end] = [this.tokens[from].start, this.tokens[noun].end];
    return [{ sentence: this.sentence, first: from, last: noun, start, end, text: this.text.slice(start, end), name: next.name, type: next.type, kind: next.kind, properties: {}, confidence: 0.6, reason: `"${this.text.slice(start, end)}", named in the next sentence`, form: 'reference', nested: false, entityId: next.id }];
  }

  /** `target`, as the words from `first` to `last` of this sentence refer to it. */
  protected pointer(target: Mention, first: number, last: number): Mention {
    const [from, to] = [this.tokens[first], this.tokens[last]];
    return { ...target, sentence: this.sentence, first, last, start: from.start, end: to.end, text: this.text.slice(from.start, to.end) };
  }

  /** Where the clause that holds `index` starts: after the last semicolon before it. */
  /**
   * Where the clause holding `index` starts: after a semicolon, or after ", and" (", but") that joins a clause with a verb
   * of its own to one with a subject of its own ("A hosted the event, and B organised it"; not "A, B, and C signed").
   */
  protected clauseStart(index: number): number {
    const tokens = this.tokens;
    let start = 0;
    for (let k = index - 1; k >= 0; k -= 1) {
      if (/;/.test(tokens[k].post)) {
        start = k + 1;
        break;
      }
    }
    for (let k = index - 1; k > start; k -= 1) {
      if (!['and', 'but'].includes(tokens[k].lower) || !/,/.test(tokens[k - 1].post)) continue;
      const subject = this.mentionAt(pastArticle(tokens, k + 1));
      // The name after "and" is a subject only when its verb follows it ("and B organised it"; not "…, and C to serve …").
      const verbAfter = subject && (isVerb(tokens[subject.last + 1]) || (!!tokens[subject.last + 1]?.tags.has('Adverb') && isVerb(tokens[subject.last + 2])));
      // (A clause before it has a finite verb: "A, the state-owned provider, and B presented" is one clause.)
      if (subject && verbAfter && subject.last < index && tokens.slice(start, k).some((token, n) => !this.mentionAt(start + n) && isFiniteVerb(token))) return k + 1;
    }
    return start;
  }

  /** The mention a participle or passive verb follows: "the forum, held in …", "X, based in …", "it was hosted by …". */
  /** The last token of the name an apposition "…, a/an …," ending at `last` describes, if it is one. */
  private apposedFrom(last: number): number | undefined {
    for (let j = last - 1; j > 0 && j > last - 25; j -= 1) {
      // (A comma inside a name, "Co., Ltd.", is no edge of the apposition.)
      const inName = (this.mentionAt(j)?.last ?? j) > j;
      if (!/,/.test(this.tokens[j].post) || inName) continue;
      return ['a', 'an'].includes(this.tokens[j + 1]?.lower ?? '') && (this.mentionAt(j) || /\)/.test(this.tokens[j].post)) ? j : undefined;
    }
    return undefined;
  }

  protected mentionJustBefore(index: number): Mention | undefined {
    let k = index - 1;
    // ("X, to be operated by …": an infinitive's "to be" as well.)
    // ("The laboratory will be run by …": a modal before "be" as well.)
    const infinitive = (token: Token) => (token.lower === 'to' || MODALS.has(token.lower)) && this.tokens[token.index + 1]?.lower === 'be';
    while (k >= 0 && (BE.includes(this.tokens[k].lower) || SKIPPABLE.has(this.tokens[k].lower) || this.tokens[k].tags.has('Adverb') || infinitive(this.tokens[k]))) k -= 1;
    // ("X (MCOL), an open data platform built by A and B, was launched": what the apposition describes, not its last name.)
    if (k > 0 && /,/.test(this.tokens[k].post)) k = this.apposedFrom(k) ?? k;
    // "The Lotus Consortium (LMC) was founded by": the short name in brackets is the one before it.
    if (k > 0 && /\)/.test(this.tokens[k].post) && !this.mentionAt(k)) {
      while (k > 0 && !/\(/.test(this.tokens[k].pre) && !/\(\s*$/.test(this.tokens[k - 1].post)) k -= 1;
      k -= 1;
    }
    return k >= 0 ? this.mentionAt(k) : undefined;
  }

  /** The event a passive or intransitive verb is about: the one it follows, the one a coordinated verb before was about, the subject, or "it". */
  protected eventBefore(index: number, subject: Mention[], previous: Predicate | undefined): Mention[] {
    const isEvent = (mention: Mention) => this.typeOf(mention) === EntityType.Event;
    const before = this.mentionJustBefore(index);
    if (before && isEvent(before)) return [before];
    const clauseStart = this.clauseStart(index);
    if (previous && previous.events.length > 0 && previous.verb.index >= clauseStart && this.tokens[index - 1]?.lower !== 'it') return previous.events;
    const events = subject.filter(isEvent);
    if (events.length > 0) return events;
    for (let k = clauseStart; k < index; k += 1) {
      const reference = this.referenceAt(k, EntityType.Event);
      if (reference.length > 0) return reference;
    }
    return [];
  }

  /** The event after an active verb: one the clause names, or "it" / "the forum"; for attending, else the last event named. */
  protected eventAfter(from: number, end: number, orLast: boolean): Mention[] {
    for (let k = from; k < end; k += 1) {
      const mention = this.mentionAt(k);
      if (mention && this.typeOf(mention) === EntityType.Event) return [mention];
      const reference = this.referenceAt(k, EntityType.Event);
      if (reference.length > 0) return reference;
    }
    const last = this.antecedents.last([EntityType.Event]);
    return orLast && last ? [this.pointer(last, from - 1, from - 1)] : [];
  }

  /** "… were launched on the first day: A, which …, and B": the names listed after the colon that ends the verb's clause. */
  protected listedAfterColon(verb: number): Mention[] {
    const colon = this.tokens.findIndex((token, k) => k >= verb && /:\s*$/.test(token.post));
    if (colon < 0 || this.tokens.slice(verb, colon).some((token) => /[;.]/.test(token.post))) return [];
    const top = this.entry.top.filter((mention) => mention.first > colon && mention.entityId);
    // Each item opens the list or follows a comma and, maybe, "and" ("… support, and the B"), or "and" right after an item
    // ("A, B and C"): not the names inside its clause.
    const listed: Mention[] = [];
    for (const mention of top) {
      let k = mention.first - 1;
      if (this.tokens[k]?.lower === 'the') k -= 1;
      const and = this.tokens[k]?.lower === 'and';
      if (and) k -= 1;
      if (k === colon || /,\s*$/.test(this.tokens[k]?.post ?? '') || (and && listed.at(-1)?.last === k)) listed.push(mention);
    }
    return listed;
  }

  /** The event something was launched at: one the sentence names, "at the forum", or "on its first day" of the event named last. */
  protected occasionEvent(exclude: Mention[]): Mention[] {
    const named = this.entry.top.filter((mention) => mention.entityId && this.typeOf(mention) === EntityType.Event && !exclude.includes(mention)).slice(-1);
    if (named.length > 0) return named;
    for (let k = 0; k < this.tokens.length; k += 1) {
      // "at the expo", "during the forum", "used the expo to launch X".
      // ("chose the expo to unveil X".)
      const reference = ['at', 'during', 'used', 'uses', 'use', 'chose', 'chooses', 'choose'].includes(this.tokens[k].lower) ? this.referenceAt(k + 1, EntityType.Event) : [];
      if (reference.length > 0) return reference;
    }
    // ("On Thursday CATTC and the university will launch X", in a story of an event: a day of it.)
    const occasion = this.tokens.findIndex((token) => OCCASION_WORDS.has(token.lower) || token.tags.has('WeekDay'));
    const last = occasion >= 0 ? this.antecedents.last([EntityType.Event]) : undefined;
    return last ? [this.pointer(last, occasion, occasion)] : [];
  }

  /** "founded in 2019 by A and B": the actors after a "by" among the verb's own words. */
  protected byAt(from: number, end: number): Mention[] {
    // ("inaugurated on 21 June in Cam Ranh, Viet Nam, by A": a date and a place with its country may come first.)
    for (let k = from; k < Math.min(end, from + 12); k += 1) {
      const token = this.tokens[k];
      // "founded in 2021 on the initiative of A": whose initiative it was acted as "by" says.
      const initiative = token.lower === 'on' && this.tokens.slice(k + 1, k + 4).map((item) => item.lower).join(' ') === 'the initiative of';
      if (token.lower === 'by' || initiative) {
        const actors = initiative ? k + 4 : k + 1;
        // "by its two founding members, the A and B": the names come after the comma that ends the role noun.
        const role = this.tokens.findIndex((item, n) => n > k && n < end + 1 && PARTY_PLURALS.test(item.lower) && /^,\s*$/.test(item.post));
        const objects = this.objectsAfter(actors, role > 0 ? this.nextClauseEnd(role + 1) : end).objects;
        return [...objects, ...this.andBy(objects)];
      }
      // "set up in Davao City by A": where it was done stands before "by".
      const mention = this.mentionAt(k);
      const before = this.mentionAt(k - 1);
      const placed = ['in', 'at'].includes(this.tokens[k - 1]?.lower ?? '') || (!!before && /^,\s*$/.test(this.tokens[k - 1].post) && [EntityType.Place, EntityType.Country].includes(this.typeOf(before)!));
      if (mention && placed && [EntityType.Place, EntityType.Country].includes(this.typeOf(mention)!)) {
        k = mention.last;
        continue;
      }
      if (mention || (token.tags.has('Verb') && !token.tags.has('Adjective'))) return [];
    }
    return [];
  }

  /**
   * "funded by A, which granted 6 million yuan, and by B", "by A and by B": the actors of a second "by" coordinated with
   * the first, past a relative clause that describes the last of the first.
   */
  protected andBy(objects: Mention[]): Mention[] {
    const last = objects.at(-1);
    if (!last) return [];
    let k = last.last + 1;
    if (/^,\s*$/.test(this.tokens[last.last].post) && RELATIVE_WORDS.has(this.tokens[k]?.lower ?? '')) {
      // The relative clause runs to the comma before "and by", within the sentence.
      while (k < this.tokens.length - 2 && !(/^,\s*$/.test(this.tokens[k].post) && this.tokens[k + 1].lower === 'and' && this.tokens[k + 2].lower === 'by') && !/[;.]/.test(this.tokens[k].post)) k += 1;
      k += 1;
    }
    if (this.tokens[k]?.lower !== 'and' || this.tokens[k + 1]?.lower !== 'by') return [];
    return this.objectsAfter(k + 2, this.nextClauseEnd(k + 2)).objects;
  }

  /** A "with" that adds actors to a frame: "together with", "jointly with", "in partnership (cooperation) with". */
  protected sharedWith(withAt: number): boolean {
    const before = this.tokens[withAt - 1]?.lower ?? '';
    // ("formed a joint venture with B": B forms it too.)
    const venture = before === 'venture' && this.tokens[withAt - 2]?.lower === 'joint';
    return CO_AGENT_WORDS.has(before) || (JOINT_NOUNS.has(before) && this.tokens[withAt - 2]?.lower === 'in') || venture;
  }

  /** "hosted by A and B", "jointly organised by A": the actors after "by". */
  protected byPhrase(from: number, end: number): Mention[] {
    let k = from;
    while (k < end && (SKIPPABLE.has(this.tokens[k].lower) || this.tokens[k].tags.has('Adverb'))) k += 1;
    if (this.tokens[k]?.lower !== 'by') return [];
    const objects = this.objectsAfter(k + 1, end).objects;
    return [...objects, ...this.andBy(objects)];
  }

  /**
   * "The network unites A and B", "the project involves C", "the alliance admitted D", "the lab brings together E":
   * a network's members, a project's or platform's partners; the places and fields a project involves it covers.
   */
  protected grouped(whole: Mention, part: Mention, verb: Token, confidence: number, because: (what: string) => string): void {
    const wholeType = this.typeOf(whole);
    const partType = this.typeOf(part);
    if (!partType || !wholeType) return;
    const actor = ACTOR_TYPES.has(partType) && partType !== EntityType.Place;
    if (wholeType === EntityType.Network && actor) this.add(RelationType.MEMBER_OF, part, whole, verb, confidence, because('its members'));
    else if ((wholeType === EntityType.Project || wholeType === EntityType.Platform) && actor && partType !== EntityType.Country) this.add(RelationType.PARTICIPATES_IN, part, whole, verb, confidence, because('its partners'), { role: 'partner' });
    else if (wholeType === EntityType.Project && [EntityType.Place, EntityType.Country, EntityType.Domain].includes(partType)) this.add(RelationType.COVERS, whole, part, verb, confidence, because('what it covers'));
  }

  /** The place after "in" or "at" in the verb's own words (before another verb): "opened in Da Nang on Monday". */
  protected placeAfter(from: number, end: number): Mention[] {
    for (let k = from; k < end; k += 1) {
      const mention = this.mentionAt(k);
      if (mention) {
        k = mention.last;
        continue;
      }
      if (this.tokens[k].tags.has('Verb') && !this.tokens[k].tags.has('Adjective') && k > from) return [];
      if (!['in', 'at'].includes(this.tokens[k].lower)) continue;
      const place = this.objectsAfter(k + 1, end).objects[0];
      if (place && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!)) return [place];
    }
    return [];
  }

  /** Who attended: the countries and organisations named from `from` to `to` ("delegates from A and B attended"), or the subject. */
  protected attendees(from: number, to: number, subject: Mention[]): Mention[] {
    const named = this.entry.top.filter((mention) => {
      if (mention.first < from || mention.last >= to || !mention.entityId) return false;
      const type = this.typeOf(mention);
      let k = mention.first - 1;
      while (k >= 0 && SKIPPABLE.has(this.tokens[k].lower)) k -= 1;
      // "a researcher of A spoke": of whom the people are; "the opening of X", "at X" are no attendees.
      const ofPeople = this.tokens[k]?.lower === 'of' && isPersonNoun(this.tokens[k - 1]);
      // "Vietnam's Quang Nam Institute sent an observer": the owner of the one who came did not come.
      const owner = /['’]s$/.test(this.tokens[mention.last].text) && this.entry.top.some((other) => other.first === mention.last + 1);
      return !!type && ACTOR_TYPES.has(type) && type !== EntityType.Place && !owner && (ofPeople || !['at', 'in', 'on', 'during', 'of'].includes(this.tokens[k]?.lower ?? ''));
    });
    return named.length > 0 ? named : subject;
  }

  /** Where the clause a verb opens ends: at the next semicolon or the sentence's end. */
  protected nextClauseEnd(from: number): number {
    const semicolon = this.tokens.findIndex((token, n) => n >= from && /;/.test(token.post));
    return semicolon >= 0 ? semicolon + 1 : this.tokens.length;
  }

  /** The whole a role noun's complement names from `from`: "in the laboratory", "of the network". */
  protected wholeAfter(from: number, end: number, wanted: EntityType[]): Mention | undefined {
    const isWhole = (mention: Mention) => wanted.includes(this.typeOf(mention)!);
    return this.objectsAfter(from, end).objects.find(isWhole) ?? wanted.map((type) => this.referenceAt(from, type)[0]).find(Boolean);
  }

  /** "A, a member", "A, a founding member", "A, an associate partner": the name such an apposition describes, within `reach` words. */
  protected appositiveOf(index: number, reach = 4): Mention | undefined {
    // ("X, one of the network's founding members,": "one of" and an owner open it as "a" does.)
    const opens = (k: number) => ['a', 'an'].includes(this.tokens[k]?.lower ?? '') || (this.tokens[k]?.lower === 'one' && this.tokens[k + 1]?.lower === 'of');
    let k = index - 1;
    const owner = (n: number) => /['’]s$/.test(this.tokens[this.mentionAt(n)!.last].text);
    while (k > index - reach - 2 && k > 0 && !opens(k) && (!this.mentionAt(k) || owner(k)) && !/[,;]/.test(this.tokens[k].post)) k -= 1;
    const far = index - k > reach && this.tokens[k]?.lower !== 'one';
    return opens(k) && !far && /,/.test(this.tokens[k - 1]?.post ?? '') ? this.mentionAt(k - 1) : undefined;
  }

  /** "… in P, <apposition>, include A and B": the items a verb of listing names after the whole, if one follows it. */
  protected listedAfter(from: number, end: number): Mention[] | undefined {
    for (let k = from; k < end; k += 1) {
      if (LISTING_WORDS.has(this.tokens[k].lower) && !['among', 'them', 'such', 'as', 'like'].includes(this.tokens[k].lower)) return this.objectsAfter(k + 1, end).objects;
      if (this.tokens[k].tags.has('Verb') && !this.mentionAt(k)) return undefined;
    }
    return undefined;
  }

  /** "together with A and B", "along with A": actors that share the frame before. */
  protected togetherWith(from: number, end: number): Mention[] {
    const withAt = this.tokens.findIndex((token, n) => n > from && n < end && token.lower === 'with' && this.sharedWith(n));
    return withAt < 0 || this.roleAfterWith(withAt, end) ? [] : this.objectsAfter(withAt + 1, end).objects;
  }

  /** "Besides the two universities, the laboratory's partners are …", "In addition to A, …": those the opening phrase names, up to its comma, before `index`. */
  protected besides(index: number): Mention[] {
    const start = this.clauseStart(index);
    const opening = BESIDES_OPENINGS.find((words) => words.every((word, n) => this.tokens[start + n]?.lower === word))?.length ?? 0;
    const comma = this.tokens.findIndex((token, n) => n >= start + opening && n < index && /,/.test(token.post));
    return opening === 0 || comma < 0 ? [] : this.objectsAfter(start + opening, comma + 1).objects;
  }

  /** "which IAPA set up with CATTC's support": who gives support after "with" shares no part in the verb. */
  protected givesSupport(mention: Mention): boolean {
    const owner = this.text.slice(this.tokens[mention.last].start, this.tokens[mention.last + 1]?.start ?? this.text.length).trim();
    return /['’]s$/.test(owner) && this.tokens.slice(mention.last + 1, mention.last + 3).some((token) => SUPPORT_NOUNS.has(token.lower));
  }

  /** "with C, a paint maker, as its industrial partner": what "with" names has a role of its own, not a share in the verb. */
  protected roleAfterWith(withAt: number, end: number): boolean {
    return this.tokens.some((token, n) => n > withAt && n < end && token.lower === 'as' && this.tokens.slice(n + 1, n + 4).some((next) => ROLE_AFTER_AS.test(next.lower)));
  }

  /** The parties of the sentence's last signing, as resolved mentions. */
  signatories(): Mention[] {
    return this.entry.signings.at(-1)?.parties ?? [];
  }

  /** The event the sentence names: the last one before `index`, else its first. */
  protected namedEvent(index: number): Mention | undefined {
    const events = this.entry.top.filter((mention) => mention.entityId && this.typeOf(mention) === EntityType.Event);
    return events.filter((mention) => mention.last < index).at(-1) ?? events[0];
  }

  /** The event a sentence names (the one before `index` first), or the one the text named last. */
  protected sentenceEvent(index: number): Mention | undefined {
    const named = this.namedEvent(index);
    const earlier = named ? undefined : this.antecedents.last([EntityType.Event]);
    return named ?? (earlier && this.pointer(earlier, index, index));
  }

  /** The entity a predicate noun describes: the name an apposition follows ("X, a partnership …") or the subject of "is" ("X is a partnership …"). */
  protected describedBy(index: number, types: EntityType[]): Mention | undefined {
    const wanted = (mention: Mention | undefined) => (mention && types.includes(this.typeOf(mention)!) ? mention : undefined);
    let k = index - 1;
    // "a joint venture", "a three-year collaboration": the words before the noun that only describe it.
    const describes = (token: Token) => SKIPPABLE.has(token.lower) || token.tags.has('Adjective') || token.tags.has('Adverb') || token.tags.has('Value') || token.lower === 'joint';
    while (k >= 0 && !/,/.test(this.tokens[k].post) && !BE.includes(this.tokens[k].lower) && describes(this.tokens[k])) k -= 1;
    if (k < 0) return undefined;
    if (/,/.test(this.tokens[k].post)) return wanted(this.mentionAt(k));
    return BE.includes(this.tokens[k].lower) ? this.subjectBefore(k, this.clauseStart(k)).map(wanted).find(Boolean) : undefined;
  }
}
