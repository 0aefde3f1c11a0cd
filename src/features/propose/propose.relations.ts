import { EntityType, RelationType } from '../../engine/model/model';
import type { EntityRegistry, SentenceMentions } from './propose.registry';
import { HEADS, JOINT_NOUNS, LEGAL_WORDS, NAME_CONNECTORS, PEOPLE_NOUNS, REFERENCE_HEADS } from './propose.lexicon';
import { headKey, SEQUENCE_WORDS, type Mention } from './propose.mentions';
import type { ProposedRelation } from './propose.model';
import { agreementName, wordsOutsideBrackets } from './propose.signing';
import { DependencyReader, type ParsedClause } from './propose.dependencies';
import type { Parse } from './propose.parser';
import { isCapitalised, type Sentence, type Token } from './propose.text';

/** What a verb does, by its stem; the relation type also depends on what its object is. */
enum Action {
  ESTABLISH = 'ESTABLISH',
  SUPPORT = 'SUPPORT',
  PROMOTE = 'PROMOTE',
  IMPLEMENT = 'IMPLEMENT',
  COOPERATE = 'COOPERATE',
  COVER = 'COVER',
  SERVE = 'SERVE',
  PARTICIPATE = 'PARTICIPATE',
  HOLD = 'HOLD',
  LAUNCH = 'LAUNCH',
  LOCATE = 'LOCATE',
  HOST = 'HOST',
  ORGANIZE = 'ORGANIZE',
  ATTEND = 'ATTEND',
  /** "the forum drew delegates from A and B": the event is the subject, those who attended follow. */
  GATHER = 'GATHER',
  /** "will focus on X and Y", "works on X": the fields it works in. */
  FOCUS = 'FOCUS',
  /** "jointly run by A and B", "manages the park": organisers of an event, partners in a platform or project. */
  RUN = 'RUN',
  /** "the alliance, which groups A and B", "the network unites A and B": a network's members. */
  GROUP = 'GROUP',
}

const VERBS: [RegExp, Action][] = [
  [/^(?:co-?)?(?:establish|found|creat|buil[dt])/, Action.ESTABLISH],
  [/^(?:set)$/, Action.ESTABLISH],
  // "A and B announced the X Center": what is announced by name is launched.
  [/^(?:launch|unveil|announc)/, Action.LAUNCH],
  [/^(?:help|support|strengthen|assist|fund|financ|sponsor|back|aid|donat|equip)/, Action.SUPPORT],
  [/^(?:promot|encourag|advanc|enhanc|foster|boost|accelerat)/, Action.PROMOTE],
  [/^(?:implement|execut)/, Action.IMPLEMENT],
  [/^(?:focus|concentrat|speciali[sz])/, Action.FOCUS],
  [/^(?:cooperat|collaborat|partner|connect|work|team)/, Action.COOPERATE],
  [/^(?:cover|span)/, Action.COVER],
  [/^serv/, Action.SERVE],
  [/^(?:join|participat|carr(?:y|ied))/, Action.PARTICIPATE],
  [/^(?:run|ran|operat|manag|coordinat|led|lead)/, Action.RUN],
  [/^(?:inaugurat|held|hold|convened?|open|took|tak(?:e|es|ing)|kick|stag|met$|meet)/, Action.HOLD],
  [/^(?:locat|based|headquarter)/, Action.LOCATE],
  [/^(?:co-?)?host/, Action.HOST],
  [/^(?:co-?)?organi[sz]/, Action.ORGANIZE],
  [/^(?:attend|spoke|speak)/, Action.ATTEND],
  [/^(?:visit|address)/, Action.ATTEND],
  [/^(?:drew|draw|attract|gather|brought|bring)/, Action.GATHER],
  [/^(?:groups?|grouped|grouping|unit(?:e|es|ed|ing)|compris|involv|admit|counts?$|counted)/, Action.GROUP],
];

/** The roles an event's verb gives the actors it names. */
const EVENT_ROLES: Partial<Record<Action, RelationType>> = { [Action.HOST]: RelationType.HOSTED, [Action.ORGANIZE]: RelationType.ORGANIZED, [Action.ATTEND]: RelationType.ATTENDED, [Action.GATHER]: RelationType.ATTENDED };
/** What can host, organise or attend an event. */
const ACTOR_TYPES = new Set([EntityType.Institution, EntityType.Country, EntityType.CountryGroup, EntityType.Place, EntityType.Platform, EntityType.Network]);
const BE = ['was', 'were', 'been', 'is', 'are', 'be'];
/** Verbs whose actors may follow "by" after what they act on ("founded in 2019 by A", "is funded by B"). */
const BY_ACTIONS = new Set([Action.ESTABLISH, Action.SUPPORT, Action.PARTICIPATE, Action.RUN, Action.PROMOTE, Action.LAUNCH]);
/** Verbs several actors share ("co-founded X with B", "manages X together with A"). */
const CO_AGENT_ACTIONS = new Set([Action.ESTABLISH, Action.RUN, Action.HOST, Action.ORGANIZE, Action.PARTICIPATE]);
/** What has partners or members: "the project brings together A and B", "X, a collaboration of A and B". */
const WHOLE_TYPES = [EntityType.Platform, EntityType.Project, EntityType.Network];
/** What can be somewhere. */
const LOCATED_TYPES = new Set([EntityType.Institution, EntityType.Platform, EntityType.Place]);
/** Nouns whose "between" lists the partners of what they describe ("a partnership between A and B"). */
const PARTNERSHIP_NOUNS = new Set(['partnership', 'collaboration', 'venture', 'consortium', 'group', 'alliance', 'coalition', 'effort']);
/** Nouns whose "from" names a supporter ("with support from", "with a grant from"). */
const SUPPORT_NOUNS = new Set(['support', 'grant', 'grants', 'funding', 'backing', 'sponsorship', 'help', 'assistance']);
/** People sent to an event: "delegations from A and B". */
const ATTENDEE_NOUNS = new Set(['delegations', 'delegation', 'delegates', 'officials', 'speakers', 'representatives', 'ministers', 'participants', 'experts']);
/** What is said at an event, by whom after "by": "opening remarks by A", "a keynote by B". */
const SPEECH_NOUNS = new Set(['remarks', 'keynote', 'address', 'speech', 'speeches', 'presentation', 'presentations', 'lecture', 'talk', 'talks', 'briefing']);
/** Words that give a name: "the memorandum, called X", "known as X". */
const CALLING_WORDS = /^(?:called|named|titled|dubbed|known as)\b/;
/** Prepositions a conjunct may repeat: "funded by A and by B", "representatives of A and of B". */
const REPEATABLE_PREPOSITIONS = new Set(['by', 'of', 'from', 'with']);
/** Words between a member word and the members it lists: "members, among them A", "member institutions include A". */
const LISTING_WORDS = new Set(['among', 'them', 'including', 'such', 'as', 'include', 'includes', 'included', 'are', 'were', 'like', 'comprise', 'comprises']);
/** Parts of an event that say something happened at it: "on its first day", "on the sidelines". */
const OCCASION_WORDS = new Set(['day', 'opening', 'sidelines', 'ceremony', 'session', 'closing']);
/** Words between a verb and the role noun it gives its subject: "are its co-organisers", "became new members". */
const DETERMINERS = new Set(['its', 'their', 'the', 'new', 'co', 'founding', 'main', 'official', 'two', 'three', 'both']);
/** Verbs that make their subject members: "A became members", "A and B are partners". */
const BECOME_WORDS = new Set(['became', 'become', 'becomes', 'are', 'were', 'remain', 'remains']);
/**
 * Nouns for the part actors play in a whole, the wholes they apply to, and the relation: "A and B are partners in P",
 * "members include A", "A, a founding member", "among the signatories of X was A", "organisers included A and B".
 */
type RoleNounFrame = [RegExp, EntityType[], RelationType];
const ROLE_NOUN_FRAMES: RoleNounFrame[] = [
  [/^partners?$/, [EntityType.Platform, EntityType.Project], RelationType.PARTICIPATES_IN],
  [/^(?:members?|newcomers)$/, [EntityType.Network, EntityType.CountryGroup], RelationType.MEMBER_OF],
  [/^signator(?:y|ies)$/, [EntityType.Agreement], RelationType.SIGNED],
  [/^(?:co-?)?organi[sz]ers?$/, [EntityType.Event], RelationType.ORGANIZED],
  [/^(?:co-?)?hosts$/, [EntityType.Event], RelationType.HOSTED],
  [/^(?:speakers|participants|attendees|exhibitors|guests)$/, [EntityType.Event], RelationType.ATTENDED],
];
/** Words before "with" that make its object a co-agent. */
const CO_AGENT_WORDS = new Set(['together', 'jointly', 'along']);

/** Nouns that only carry an action to its object: "the construction of X", "the application of … in X". */
const LIGHT_NOUNS = new Set(['construction', 'establishment', 'development', 'application', 'implementation', 'building', 'creation', 'use', 'promotion']);
const PREPOSITIONS = new Set(['in', 'at', 'with', 'through', 'for', 'to', 'between', 'under', 'from', 'by', 'on', 'into', 'among', 'across']);
const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'also', 'actively', 'officially', 'jointly', 'successfully', 'further', 'especially', 'particularly', 'up', 'out']);

interface Predicate {
  verb: Token;
  action: Action;
  passive: boolean;
  agents: Mention[];
  objects: Mention[];
  /** Partners after "with" (cooperation), places after "in", events after "at". */
  partners: Mention[];
  /** The event a verb of events is about: what was held, hosted, organised or attended. */
  events: Mention[];
  /** Introduced by "to V" or a bare verb after "help X". */
  infinitive: boolean;
}

/** A comma after a word, or after a legal form's full stop ("Greenleaf Resins Bhd., a manufacturer in Johor"). */
const commaAfter = (token: Token) => /^,\s*$/.test(token.post) || (/^\.,\s*$/.test(token.post) && LEGAL_WORDS.has(token.lower));

/** "Hosted", "co-founded", "led": a past participle that can open a sentence. */
const isParticiple = (token: Token) => token.tags.has('PastTense') || token.tags.has('Participle') || /ed$/.test(token.lower) || ['led', 'held', 'built', 'set', 'run'].includes(token.lower);

/** "hosted by", "organised jointly with": a participle by its frame, whatever part of speech the tagger gave it. */
const passiveParticiple = (tokens: Token[], index: number) =>
  isParticiple(tokens[index]) && (tokens[index + 1]?.lower === 'by' || (['together', 'jointly'].includes(tokens[index + 1]?.lower ?? '') && ['with', 'by'].includes(tokens[index + 2]?.lower ?? '')));

/** A word for people: "delegates", "a professor", "researchers". */
const isPersonNoun = (token: Token | undefined) => !!token && (PEOPLE_NOUNS.has(token.lower) || ATTENDEE_NOUNS.has(token.lower) || /^(?:professor|researcher|scientist|engineer|minister|team|official|expert|delegate)s?$/.test(token.lower));

/** Verbs of attending whose event must be named after them ("visited the expo"), never taken from before. */
const NAMED_EVENT_ATTENDANCE = /^(?:visit|address)/;

function actionOf(tokens: Token[], index: number): Action | undefined {
  const token = tokens[index];
  // "to fund", "which groups A and B": a word the tagger read as a noun is a verb after "to" or a relative pronoun.
  const verbal = token.tags.has('Noun') && (tokens[index - 1]?.lower === 'to' || (['which', 'that', 'who'].includes(tokens[index - 1]?.lower ?? '') && /,/.test(tokens[index - 2]?.post ?? '')));
  if (!token.tags.has('Verb') && !verbal && !passiveParticiple(tokens, index)) return undefined;
  if (token.tags.has('Auxiliary') || token.tags.has('Copula')) return undefined;
  return verbAction(tokens, index, token.lower);
}

/** What the verb `word` (at `index`: its form or its lemma) does, with the particles some verbs need ("set up", "took place"). */
function verbAction(tokens: Token[], index: number, word: string): Action | undefined {
  const found = VERBS.find(([pattern]) => pattern.test(word))?.[1];
  const next = tokens[index + 1]?.lower ?? '';
  if (found === Action.ESTABLISH && word === 'set' && next !== 'up') return undefined;
  if (found === Action.PARTICIPATE && /^carr/.test(word) && next !== 'out') return undefined;
  if (found === Action.COOPERATE && /^work/.test(word) && ['on', 'in'].includes(next)) return Action.FOCUS;
  // "took place", "kicked off": only with their particle.
  if (found === Action.HOLD && /^(?:took|tak)/.test(word) && next === 'part') return Action.PARTICIPATE;
  if (found === Action.HOLD && /^(?:took|tak)/.test(word) && next !== 'place') return undefined;
  if (found === Action.HOLD && /^kick/.test(word) && next !== 'off') return undefined;
  return found;
}

/**
 * Labels of a programme's or fact sheet's lines ("Hosts: A; B", "Delegations: C, D"): the relation each
 * item has with the event (or agreement, platform, network) the text named last.
 */
const LINE_LABELS: [RegExp, RelationType, EntityType][] = [
  [/^(?:co-?)?hosts?$/, RelationType.HOSTED, EntityType.Event],
  [/^(?:co-?)?organi[sz](?:ers?|ing)$/, RelationType.ORGANIZED, EntityType.Event],
  [/^(?:delegations?|participants?|attendees?|participating)$/, RelationType.ATTENDED, EntityType.Event],
  [/^(?:venue|location)$/, RelationType.HELD_IN, EntityType.Event],
  [/^(?:signatories|parties)$/, RelationType.SIGNED, EntityType.Agreement],
  [/^partners?$/, RelationType.PARTICIPATES_IN, EntityType.Platform],
  [/^(?:new\s)?members?$/, RelationType.MEMBER_OF, EntityType.Network],
];

/**
 * The entities the text has named so far, in order, for the words that refer back to one and that extraction
 * left as words ("it", "hosted it", "the forum" inside a verb's frame); definite descriptions that extraction
 * read as mentions were resolved there (propose.extract.ts, resolveReference), once.
 */
class Antecedents {
  private readonly named: { mention: Mention; type: EntityType; words: string[] }[] = [];

  constructor(private readonly registry: EntityRegistry) {}

  private typeOf(mention: Mention): EntityType | undefined {
    return this.registry.typeOf(mention);
  }

  private wordsOf(mention: Mention): string[] {
    return mention.name.toLowerCase().split(/[\s-]+/).map(headKey);
  }

  note(mention: Mention): void {
    const type = mention.entityId && mention.form !== 'domain' ? this.typeOf(mention) : undefined;
    if (type) this.named.push({ mention, type, words: this.wordsOf(mention) });
  }

  /** The last entity of one of `types` named, preferring one whose name holds `head` ("the lab" → "… Joint Laboratory"). */
  last(types: EntityType[], head?: string, except: Set<string | undefined> = new Set()): Mention | undefined {
    const candidates = this.named.filter((item) => types.includes(item.type) && !except.has(item.mention.entityId));
    const byHead = head ? candidates.filter((item) => item.words.includes(headKey(head))).at(-1) : undefined;
    return (byHead ?? candidates.at(-1))?.mention;
  }
}

/** Builds the relations of one sentence from its predicates, and the patterns that need no verb. */
class SentenceRelations {
  readonly relations: ProposedRelation[] = [];
  private readonly tokens: Token[];
  /** The sentence's leading participle phrase and what it is about; null until looked for. */
  private fronted: { end: number; target: Mention } | undefined | null = null;

  constructor(
    private readonly text: string,
    private readonly entry: SentenceMentions,
    private readonly registry: EntityRegistry,
    private readonly previousSubject: Mention[],
    /** The parties the previous sentence named together: the signatories of its agreement, else its subject. */
    private readonly previousParties: Mention[],
    private readonly previousProject: Mention | undefined,
    private readonly antecedents: Antecedents,
    /** The first names of the bullet lines that follow this sentence when it ends with a colon ("Three institutions joined: - A; - B"). */
    private readonly bullets: Mention[] = [],
  ) {
    this.tokens = entry.sentence.tokens;
  }

  private get sentence(): Sentence {
    return this.entry.sentence;
  }

  private mentionAt(index: number): Mention | undefined {
    return this.entry.top.find((mention) => mention.first <= index && index <= mention.last && mention.entityId);
  }

  private typeOf(mention: Mention): EntityType | undefined {
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

  /** Mentions joined to `first` by commas, "and", "or", "such as", "including": a list. */
  private listFrom(first: Mention): Mention[] {
    const list = [first];
    let last = first.last;
    // "A and B, the C …": a list that "and" (or "or") has closed takes no further item after a comma.
    let closed = false;
    for (;;) {
      // "B of Singapore and C": the place that qualifies an item is no item of its own.
      const at = this.tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2;
      const qualifier = ['of', 'in'].includes(this.tokens[last + 1]?.lower ?? '') && /^\.?\s*$/.test(this.tokens[last].post) ? this.mentionAt(at) : undefined;
      if (qualifier && qualifier.first === at && [EntityType.Place, EntityType.Country].includes(this.typeOf(qualifier)!)) last = qualifier.last;
      let k = last + 1;
      while (k < this.tokens.length && (['and', 'or', 'the', 'a', 'as', 'well', 'especially', 'including'].includes(this.tokens[k].lower) || /^\d/.test(this.tokens[k].text) || this.repeatedPreposition(k))) k += 1;
      // A company's "Ltd." keeps its full stop.
      const gapOk = /^,?\s*$/.test(this.tokens[last].post) || /^["”],?\s*$/.test(this.tokens[last].post) || (/^\.,?\s*$/.test(this.tokens[last].post) && LEGAL_WORDS.has(this.tokens[last].lower));
      const next = this.mentionAt(k);
      const conjoined = this.tokens.slice(last + 1, k).some((token) => ['and', 'or'].includes(token.lower));
      if (!gapOk || !next || next.first !== k || k - last > 4 || (k === last + 1 && !/,/.test(this.tokens[last].post)) || (closed && !conjoined)) {
        // "A, the B …" with no "and" to close it is a name and what follows it, not a list.
        return (closed ? list : list.slice(0, 1)).flatMap((item) => this.twins(item));
      }
      closed ||= conjoined;
      list.push(next);
      last = next.last;
    }
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
    const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const apposed = this.mentionAt(at);
    return apposed && apposed.first === at && this.typeOf(apposed) === type ? at : undefined;
  }

  private objectsAfter(from: number, stopAt: number, domainsOnly = false): { objects: Mention[]; next: number } {
    let k = from;
    while (k < stopAt) {
      const mention = this.mentionAt(k);
      // "China's Dalian college": an owner names no object; what it owns does.
      if (mention && !/^['’]s/.test(this.tokens[mention.last].post) && !/['’]s$/.test(this.tokens[mention.last].text) && !this.tokens[mention.last + 1]?.text.startsWith("'")) {
        if (mention.first < k) return { objects: [], next: k };
        if (!domainsOnly || this.typeOf(mention) === EntityType.Domain) {
          const objects = this.listFrom(mention);
          return { objects, next: objects.at(-1)!.last + 1 };
        }
      }
      const token = this.tokens[k];
      if (mention) {
        k = mention.last + 1;
        continue;
      }
      if (SKIPPABLE.has(token.lower) || token.tags.has('Adverb') || token.tags.has('Adjective') || token.tags.has('Ordinal') || /^\d/.test(token.text)) {
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
  private subjectBefore(verbIndex: number, clauseStart: number): Mention[] {
    const before = this.tokens.slice(clauseStart, verbIndex);
    const pronoun = before.findIndex((token) => token.lower === 'it' || token.lower === 'they');
    if (pronoun >= 0) {
      // "A and B announced that they are partners": the pronoun is the subject named before it in the sentence, if any.
      const named = this.subjectBefore(clauseStart + pronoun, clauseStart);
      return named.length > 0 && this.tokens[clauseStart + pronoun - 1]?.lower === 'that' ? named : this.previousSubject;
    }
    // "The two universities are partners", "the two sides will build": the parties the previous sentence named.
    const parties = before.findIndex((token, n) => ['two', 'both'].includes(token.lower) && before[n + 1]?.tags.has('Plural'));
    // "The two universities are partners, and C will join": a name after them is the nearer subject.
    const from = parties >= 0 ? clauseStart + parties : clauseStart;
    const candidates = this.entry.top.filter((mention) => mention.first >= from && mention.last < verbIndex && mention.entityId);
    if (this.previousParties.length >= 2 && parties >= 0 && !candidates.some((mention) => !this.inApposition(mention) && !PREPOSITIONS.has(this.tokens[mention.first - 1]?.lower ?? ''))) return this.previousParties;
    for (let n = candidates.length - 1; n >= 0; n -= 1) {
      const mention = candidates[n];
      if (this.inApposition(mention) || this.inRelativeClause(mention, verbIndex)) continue;
      let k = mention.first - 1;
      while (k >= 0 && SKIPPABLE.has(this.tokens[k].lower)) k -= 1;
      if (k >= 0 && (PREPOSITIONS.has(this.tokens[k].lower) || this.tokens[k].lower === 'of')) continue;
      return this.listEndingWith(mention);
    }
    return [];
  }

  /** "X, which groups A and B, met …", "X, whose members include A, met …": a mention inside a relative clause closed by a comma before the verb is not its subject. */
  private inRelativeClause(mention: Mention, verbIndex: number): boolean {
    const relative = (token: Token) => ['which', 'who', 'whose', 'where'].includes(token.lower);
    let k = mention.first - 1;
    while (k > 0 && !/,/.test(this.tokens[k - 1].post) && !relative(this.tokens[k])) k -= 1;
    if (k <= 0 || !relative(this.tokens[k]) || !/,/.test(this.tokens[k - 1].post)) return false;
    return this.tokens.slice(mention.last, verbIndex).some((token) => /,/.test(token.post));
  }

  /** "X, a Hue company, joined …": a mention inside an apposition set off by a comma and "a"/"an" describes the name before it. */
  private inApposition(mention: Mention): boolean {
    let k = mention.first - 1;
    while (k > 0 && !this.mentionAt(k) && !/,/.test(this.tokens[k - 1].post) && mention.first - k < 8) k -= 1;
    return k > 0 && ['a', 'an'].includes(this.tokens[k].lower) && /,/.test(this.tokens[k - 1].post) && !!this.mentionAt(k - 1);
  }

  /**
   * "Co-hosted by A and B, the Forum …", "Founded by A, the laboratory …": a sentence that opens with a participle
   * phrase; what it is about is the name (or reference: "the forum") right after the comma that closes it.
   */
  private frontedTarget(): { end: number; target: Mention } | undefined {
    if (this.fronted !== null) return this.fronted;
    this.fronted = undefined;
    let k = 0;
    // "Jointly organised by", "Co-hosted by" (the tagger splits "Co-").
    while (k < this.tokens.length && (this.tokens[k].tags.has('Adverb') || (this.tokens[k].lower === 'co' && this.tokens[k].post === '-'))) k += 1;
    const first = this.tokens[k];
    if (!first || !actionOf(this.tokens, k) || !isParticiple(first)) return undefined;
    for (let n = k + 1; n < Math.min(this.tokens.length - 1, k + 40); n += 1) {
      const mention = this.mentionAt(n);
      if (mention) n = this.listFrom(mention).at(-1)!.last;
      if (!/,/.test(this.tokens[n].post)) continue;
      const target = this.objectsAfter(n + 1, Math.min(this.tokens.length, n + 6)).objects[0] ?? this.referenceAt(n + 1)[0];
      this.fronted = target ? { end: n + 1, target } : undefined;
      return this.fronted;
    }
    return undefined;
  }

  /** The target of the fronted participle phrase `index` is in, if it is in one. */
  private frontedAt(index: number): Mention | undefined {
    const fronted = this.frontedTarget();
    return fronted && index < fronted.end ? fronted.target : undefined;
  }

  /** The list a mention ends: "The A and the B were launched". */
  private listEndingWith(mention: Mention): Mention[] {
    const candidates = this.entry.top.filter((item) => item.last < mention.first && item.entityId);
    const list = [mention];
    let conjoined = false;
    for (let m = candidates.length - 1; m >= 0; m -= 1) {
      const between = wordsOutsideBrackets(this.tokens, candidates[m].last + 1, list[0].first);
      // "A, a university in X, and B": X describes A and is no item.
      if (this.inApposition(candidates[m])) break;
      const joined = between.every((word) => ['and', 'the', 'a', 'or'].includes(word)) && (between.some((word) => word === 'and' || word === 'or') || (conjoined && /,/.test(this.tokens[candidates[m].last].post)));
      if (!joined) break;
      // "A, B and C were …": commas join the items before the last "and".
      conjoined ||= between.some((word) => word === 'and' || word === 'or');
      list.unshift(candidates[m]);
    }
    // "A, a public university in X, and B": the item before an apposition.
    const and = list[0].first - (this.tokens[list[0].first - 1]?.lower === 'the' ? 2 : 1);
    if (this.tokens[and]?.lower === 'and' && /,/.test(this.tokens[and - 1]?.post ?? '')) {
      const item = candidates.filter((candidate) => candidate.last < and && commaAfter(this.tokens[candidate.last]) && ['a', 'an', 'the'].includes(this.tokens[candidate.last + 1]?.lower ?? '')).at(-1);
      const apposition = item ? this.tokens.slice(item.last + 1, and) : [];
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

  /** "A, which set up B": the mention a relative pronoun just before the verb stands for. */
  private relativeAntecedent(index: number): Mention | undefined {
    let k = index - 1;
    while (k >= 0 && (['has', 'have', 'had', 'will', 'would', 'also', 'jointly', 'once', 'previously'].includes(this.tokens[k].lower) || this.tokens[k].tags.has('Adverb'))) k -= 1;
    if (!['which', 'who', 'that'].includes(this.tokens[k]?.lower ?? '') || !/,/.test(this.tokens[k - 1]?.post ?? '')) return undefined;
    return this.mentionAt(k - 1);
  }

  run(): Mention[] {
    const predicates: Predicate[] = [];
    let firstSubject: Mention[] | undefined;
    let subject: Mention[] = [];
    let subjectClause = -1;
    for (let index = 0; index < this.tokens.length; index += 1) {
      if (this.mentionAt(index)) continue;
      const action = actionOf(this.tokens, index);
      if (!action) continue;
      // A clause with a subject of its own ("A hosted it; B organised it") has it; one without ("…; promoted X") keeps the last.
      const clauseStart = this.clauseStart(index);
      if (clauseStart !== subjectClause) {
        const own = this.subjectBefore(index, clauseStart);
        subject = own.length > 0 || subjectClause < 0 ? own : subject;
        subjectClause = clauseStart;
        firstSubject ??= subject;
      }
      const verb = this.tokens[index];
      const passive = BE.includes(this.tokens[index - 1]?.lower ?? '') || BE.includes(this.tokens[index - 2]?.lower ?? '');
      const previous = predicates.at(-1);
      const infinitive = this.tokens[index - 1]?.lower === 'to' || (!!previous && previous.action === Action.SUPPORT && previous.objects.length > 0 && previous.objects.at(-1)!.last === index - 1);
      const relative = this.relativeAntecedent(index);
      // "the A and the B were unveiled": a passive verb's subject is the list right before it.
      const passiveSubject = passive && action === Action.LAUNCH ? this.mentionJustBefore(index) : undefined;
      let agents = relative ? [relative] : passiveSubject ? this.listEndingWith(passiveSubject) : subject;
      if (infinitive && previous && previous.objects.length > 0 && previous.objects.every((object) => this.typeOf(object) !== EntityType.Domain)) {
        agents = previous.action === Action.COOPERATE ? [...previous.agents, ...previous.partners] : previous.objects;
      } else if (infinitive && previous?.action === Action.COOPERATE) agents = [...previous.agents, ...previous.partners];
      const after = this.argumentsStart(action, index);
      const end = this.nextClauseEnd(after);
      const predicate: Predicate = { verb, action, passive, agents, objects: [], partners: [], events: [], infinitive };
      this.fill(predicate, { index, after, end, clauseStart }, previous);
      this.reframe(predicate, index, after, end);
      predicates.push(predicate);
      this.relate(predicate, previous);
    }
    this.patterns(firstSubject ?? []);
    if (this.entry.parse) this.parsedFrames(this.entry.parse, firstSubject ?? []);
    return firstSubject && firstSubject.length > 0 ? firstSubject : this.previousSubject;
  }

  /**
   * The same verbs and role nouns read off the sentence's dependency parse: the grammar gives each its subject,
   * object, agent and prepositional groups however many words stand between them, so frames the patterns above
   * never saw still come out. Relations both find are one (dedupeRelations).
   */
  private parsedFrames(parse: Parse, subject: Mention[]): void {
    // A pronoun subject is the previous sentence's subject; "it" as an object is the last whole the text named;
    // "the forum" is the last forum named.
    const refer = (index: number, dep: string, determiner: number | undefined) => {
      if (determiner !== undefined) {
        // The parse gives the description's head noun, whatever stands between ("the two-day forum").
        const type = REFERENCE_HEADS[this.tokens[index].lower];
        const last = type && this.antecedents.last([type], this.tokens[index].lower);
        return last ? [this.pointer(last, determiner, index)] : [];
      }
      if (/^nsubj/.test(dep)) return subject.length > 0 && subject[0].last < index ? subject : this.previousSubject;
      const last = this.tokens[index].lower === 'it' ? this.antecedents.last([EntityType.Network, EntityType.Platform, EntityType.Project, EntityType.Event, EntityType.Agreement]) : undefined;
      return last ? [this.pointer(last, index, index)] : [];
    };
    const reader = new DependencyReader(this.tokens, parse, (index) => this.mentionAt(index), refer, (mention) => this.listFrom(mention));
    const actionAt = (index: number) => verbAction(this.tokens, index, parse.lemmas[index] ?? this.tokens[index].lower);
    for (const clause of reader.clauses((index) => actionAt(index) !== undefined)) {
      // "Three institutions joined the alliance this year:" and a bullet line for each: the lines name the subject.
      if (clause.subjects.length === 0 && clause.agents.length === 0 && this.bullets.length > 0) clause.subjects = this.bullets;
      const predicate = this.parsedPredicate(clause, actionAt(clause.verb)!);
      this.relate(predicate, undefined);
      // "A has teamed up with B and C on P": each of them takes part in the project or platform P.
      const wholes = predicate.action === Action.COOPERATE ? [...(clause.preps.get('on') ?? []), ...(clause.preps.get('in') ?? [])].filter((mention) => [EntityType.Project, EntityType.Platform].includes(this.typeOf(mention)!)) : [];
      for (const whole of wholes) for (const partner of [...predicate.agents, ...predicate.partners]) this.add(RelationType.PARTICIPATES_IN, partner, whole, predicate.verb, 0.65, `"${predicate.verb.text}" … on it`, { role: 'partner' });
      // "The project worked jointly with B": B takes part in the project or platform that works with it.
      if (predicate.action === Action.COOPERATE) {
        for (const agent of predicate.agents.filter((mention) => [EntityType.Project, EntityType.Platform].includes(this.typeOf(mention)!))) {
          for (const partner of predicate.partners) if (this.typeOf(partner) === EntityType.Institution) this.add(RelationType.PARTICIPATES_IN, partner, agent, predicate.verb, 0.6, `"${predicate.verb.text}" with it`, { role: 'partner' });
        }
      }
    }
    for (const { owner, thing } of reader.owned()) this.ownership(owner, thing);
    for (const role of reader.roles((index) => ROLE_NOUN_FRAMES.some(([pattern]) => pattern.test(this.tokens[index].lower)))) {
      const [, wanted, relation] = ROLE_NOUN_FRAMES.find(([pattern]) => pattern.test(this.tokens[role.noun].lower))!;
      // The whole is never one of the members ("The X Consortium … became an associate member": of the network before).
      const members = role.members.length > 0 ? role.members : this.bullets;
      if (members.length === 0) continue;
      const memberIds = new Set(members.map((member) => member.entityId));
      const isWhole = (mention: Mention) => wanted.includes(this.typeOf(mention)!) && !memberIds.has(mention.entityId);
      const earlier = this.antecedents.last(wanted, undefined, memberIds);
      const whole = role.wholes.find(isWhole) ?? this.entry.top.filter((mention) => mention.last < role.noun && mention.entityId && isWhole(mention)).at(-1) ?? (earlier && this.pointer(earlier, role.noun, role.noun));
      if (!whole) continue;
      for (const member of members) {
        if (!ACTOR_TYPES.has(this.typeOf(member)!) || member.entityId === whole.entityId) continue;
        this.add(relation, member, whole, this.tokens[role.noun], 0.6, `one of the "${this.tokens[role.noun].text}" of ${whole.name}, by the sentence's grammar`, relation === RelationType.PARTICIPATES_IN ? { role: 'partner' } : {});
      }
    }
  }

  /** A parsed clause as the predicate `relate` reads: who acts, on what, with whom, where and at which event. */
  private parsedPredicate(clause: ParsedClause, action: Action): Predicate {
    const isEvent = (mention: Mention) => this.typeOf(mention) === EntityType.Event;
    const isPlace = (mention: Mention) => [EntityType.Place, EntityType.Country].includes(this.typeOf(mention)!);
    const withs = clause.preps.get('with') ?? [];
    const places = [...(clause.preps.get('in') ?? []), ...(clause.preps.get('at') ?? [])].filter(isPlace);
    const actors = (mentions: Mention[]) => mentions.filter((mention) => ACTOR_TYPES.has(this.typeOf(mention)!) && !isPlace(mention));
    let agents = clause.passive ? clause.agents : clause.subjects;
    let objects = clause.passive ? clause.subjects : clause.objects;
    let partners: Mention[] = [];
    let events: Mention[] = [];
    // "A and B have opened the X Joint Laboratory": what is opened and is no event is established.
    if (action === Action.HOLD && !clause.passive && objects.length > 0 && !objects.some(isEvent)) action = Action.ESTABLISH;
    if (action === Action.COOPERATE) partners = withs;
    else if (CO_AGENT_ACTIONS.has(action)) agents = [...agents, ...actors(withs)];
    if (action === Action.GATHER) [agents, events] = [clause.objects, clause.subjects.filter(isEvent)];
    else if (EVENT_ROLES[action] || action === Action.HOLD) {
      events = [...objects, ...(clause.preps.get('at') ?? []), ...(clause.preps.get('for') ?? [])].filter(isEvent);
      objects = objects.filter((object) => !isEvent(object));
      partners = places;
    } else if (action === Action.LOCATE || (action === Action.LAUNCH && clause.passive)) partners = [...places, ...(clause.preps.get('at') ?? []).filter(isEvent)];
    // "the project was carried out together with B": what the co-agents take part in.
    if (action === Action.PARTICIPATE && clause.passive && objects.length === 0) [objects, agents] = [clause.subjects, actors(withs)];
    if (action === Action.LOCATE && agents.length === 0) agents = clause.subjects;
    return { verb: this.tokens[clause.verb], action, passive: clause.passive, agents, objects, partners, events, infinitive: false };
  }

  /**
   * "at the conference", "hosted it", "partners in the lab": the entity the text named last among `types`
   * (any type for "the …"), when "it", or "the" (or "this") and a word for its type, refer back to it.
   */
  private referenceAt(from: number, ...types: EntityType[]): Mention[] {
    const first = this.tokens[from];
    if (!first || this.mentionAt(from)) return [];
    if (first.lower === 'it') {
      const last = this.antecedents.last(types);
      return last ? [this.pointer(last, from, from)] : [];
    }
    if (!['the', 'this', 'that'].includes(first.lower)) return [];
    const typeOfWord = (token: Token | undefined) => (token && (types.length === 0 || types.includes(REFERENCE_HEADS[token.lower])) ? REFERENCE_HEADS[token.lower] : undefined);
    let noun = from + 1;
    // "the two-day forum", "the annual expo".
    while (noun < from + 3 && this.tokens[noun] && !typeOfWord(this.tokens[noun]) && (this.tokens[noun].tags.has('Adjective') || /^\d|-day$/.test(this.tokens[noun].lower))) noun += 1;
    // "the next forum" is another forum than the one named.
    if (this.tokens.slice(from + 1, noun).some((token) => SEQUENCE_WORDS.has(token.lower))) return [];
    const type = typeOfWord(this.tokens[noun]);
    if (!type || this.mentionAt(noun)) return [];
    const last = this.antecedents.last([type], this.tokens[noun].lower);
    return last ? [this.pointer(last, from, noun)] : [];
  }

  /** `target`, as the words from `first` to `last` of this sentence refer to it. */
  private pointer(target: Mention, first: number, last: number): Mention {
    const [from, to] = [this.tokens[first], this.tokens[last]];
    return { ...target, sentence: this.sentence, first, last, start: from.start, end: to.end, text: this.text.slice(from.start, to.end) };
  }

  /** Where the clause that holds `index` starts: after the last semicolon before it. */
  private clauseStart(index: number): number {
    for (let k = index - 1; k >= 0; k -= 1) if (/;/.test(this.tokens[k].post)) return k + 1;
    return 0;
  }

  /** The mention a participle or passive verb follows: "the forum, held in …", "X, based in …", "it was hosted by …". */
  private mentionJustBefore(index: number): Mention | undefined {
    let k = index - 1;
    while (k >= 0 && (BE.includes(this.tokens[k].lower) || SKIPPABLE.has(this.tokens[k].lower) || this.tokens[k].tags.has('Adverb'))) k -= 1;
    return k >= 0 ? this.mentionAt(k) : undefined;
  }

  /** The event a passive or intransitive verb is about: the one it follows, the one a coordinated verb before was about, the subject, or "it". */
  private eventBefore(index: number, subject: Mention[], previous: Predicate | undefined): Mention[] {
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
  private eventAfter(from: number, end: number, orLast: boolean): Mention[] {
    for (let k = from; k < end; k += 1) {
      const mention = this.mentionAt(k);
      if (mention && this.typeOf(mention) === EntityType.Event) return [mention];
      const reference = this.referenceAt(k, EntityType.Event);
      if (reference.length > 0) return reference;
    }
    const last = this.antecedents.last([EntityType.Event]);
    return orLast && last ? [this.pointer(last, from - 1, from - 1)] : [];
  }

  /** The event something was launched at: one the sentence names, "at the forum", or "on its first day" of the event named last. */
  private occasionEvent(exclude: Mention[]): Mention[] {
    const named = this.entry.top.filter((mention) => mention.entityId && this.typeOf(mention) === EntityType.Event && !exclude.includes(mention)).slice(-1);
    if (named.length > 0) return named;
    for (let k = 0; k < this.tokens.length; k += 1) {
      const reference = ['at', 'during'].includes(this.tokens[k].lower) ? this.referenceAt(k + 1, EntityType.Event) : [];
      if (reference.length > 0) return reference;
    }
    const occasion = this.tokens.findIndex((token) => OCCASION_WORDS.has(token.lower));
    const last = occasion >= 0 ? this.antecedents.last([EntityType.Event]) : undefined;
    return last ? [this.pointer(last, occasion, occasion)] : [];
  }

  /** Where a verb's own words start: after its particle ("set up", "carried out", "took part in", "focus on"). */
  private argumentsStart(action: Action, index: number): number {
    let after = index + 1;
    if (['up', 'out', 'with'].includes(this.tokens[after]?.lower ?? '') && !(action === Action.COOPERATE && this.tokens[after].lower === 'with')) after += 1;
    else if (action === Action.FOCUS && ['on', 'in'].includes(this.tokens[after]?.lower ?? '')) after += 1;
    else if (action === Action.PARTICIPATE && this.tokens[after]?.lower === 'part') after += this.tokens[after + 1]?.lower === 'in' ? 2 : 1;
    return after;
  }

  /** A predicate's arguments, by what its verb does: partners, events, places, objects. */
  private fill(predicate: Predicate, at: { index: number; after: number; end: number; clauseStart: number }, previous: Predicate | undefined): void {
    const { index, after, end, clauseStart } = at;
    const { action, passive, agents } = predicate;
    if (action === Action.COOPERATE || (this.tokens[after]?.lower === 'cooperation' && this.tokens[after + 1]?.lower === 'with')) {
      const withAt = this.tokens.findIndex((token, n) => n >= after && n < end && token.lower === 'with');
      if (withAt >= 0) predicate.partners = this.objectsAfter(withAt + 1, end).objects;
      predicate.action = Action.COOPERATE;
    } else if (passive && action === Action.LAUNCH) {
      const at = this.tokens.findIndex((token, n) => n >= after && n < end && ['in', 'at'].includes(token.lower));
      if (at >= 0) predicate.partners = this.objectsAfter(at + 1, end).objects;
      if (at >= 0 && predicate.partners.length === 0) predicate.partners = this.referenceAt(at + 1, EntityType.Event);
      // "… opened on March 2, and A was unveiled on its first day": the event the sentence names, or the occasion it speaks of.
      if (at < 0) predicate.partners = this.occasionEvent(agents);
    } else if (action === Action.HOLD) {
      // "Vietnam held the forum in Hanoi"; "the forum opened in Hanoi"; "the forum, held in Hanoi,".
      const objects = this.objectsAfter(after, end).objects;
      const held = objects.filter((object) => this.typeOf(object) === EntityType.Event);
      predicate.events = held.length > 0 ? held : this.eventBefore(index, agents, previous);
      // "officials met in Manila for the Forum": the event people gathered for.
      const forAt = this.tokens.findIndex((token, n) => n >= after && n < end && token.lower === 'for');
      if (predicate.events.length === 0 && forAt >= 0) predicate.events = this.objectsAfter(forAt + 1, end).objects.filter((object) => this.typeOf(object) === EntityType.Event).slice(0, 1);
      predicate.partners = this.placeAfter(after, end);
      // "A and B have opened the X Joint Laboratory": what is opened and is no event is established.
      if (held.length === 0 && objects.length > 0 && !passive) Object.assign(predicate, { action: Action.ESTABLISH, objects, events: [] });
    } else if (EVENT_ROLES[action]) {
      const by = this.byPhrase(after, end);
      const gathers = action === Action.GATHER;
      if (gathers && agents.some((agent) => WHOLE_TYPES.includes(this.typeOf(agent)!))) {
        // "The project brings together A, B and C": no event gathers them, the project does: they are its partners.
        Object.assign(predicate, { action: Action.GROUP, objects: this.objectsAfter(after, end).objects });
      } else if (gathers) {
        predicate.events = this.eventBefore(index, agents, previous);
        predicate.agents = predicate.events.length > 0 ? this.attendees(index + 1, end, []) : [];
      } else if (by.length > 0 || passive || this.frontedAt(index)) {
        // "hosted by A and co-organised by B and C": the actors follow "by", the event comes before (or after a fronted phrase).
        const fronted = this.frontedAt(index);
        predicate.passive = true;
        // "Hosted by A and organised jointly with B, the forum …": without "by", the actors of the participle before.
        predicate.agents = by.length > 0 || !fronted || !previous || !this.frontedAt(previous.verb.index) ? by : previous.agents;
        predicate.events = fronted && this.typeOf(fronted) === EntityType.Event ? [fronted] : this.eventBefore(index, agents, previous);
      } else {
        predicate.events = this.eventAfter(after, end, action === Action.ATTEND && !NAMED_EVENT_ATTENDANCE.test(this.tokens[index].lower));
        if (action === Action.ATTEND) predicate.agents = this.attendees(clauseStart, index, agents);
      }
      predicate.partners = this.placeAfter(after, end);
    } else if (action === Action.LOCATE) {
      const located = this.mentionJustBefore(index);
      if (located) predicate.agents = [located];
      predicate.partners = this.placeAfter(after, end);
    } else {
      const domainsOnly = action === Action.PROMOTE && this.tokens.slice(after, after + 3).some((token) => LIGHT_NOUNS.has(token.lower) && token.lower !== 'promotion');
      predicate.objects = this.objectsAfter(after, end, domainsOnly && this.objectsAfter(after, end).objects.length === 0).objects;
      if (predicate.objects.length === 0 && domainsOnly) predicate.objects = this.objectsAfter(after, end, true).objects;
      // "set up the network", "joined it": the entity named before (what "it" can be joined: a network, platform or project).
      if (predicate.objects.length === 0) predicate.objects = this.tokens[after]?.lower !== 'it' ? this.referenceAt(after) : action === Action.PARTICIPATE ? this.referenceAt(after, EntityType.Network, EntityType.Platform, EntityType.Project) : [];
    }
  }

  /**
   * What a verb's frame adds to its subject and object: "founded in 2019 by A and B" (the actors follow "by",
   * what stands before the verb is its object), "co-founded X with B", "manages X together with A" (co-agents),
   * "joined the network this year: A, B and C" (the agents follow a colon).
   */
  private reframe(predicate: Predicate, index: number, after: number, end: number): void {
    const { action } = predicate;
    if (BY_ACTIONS.has(action)) {
      const by = this.byAt(after, end);
      const target = by.length > 0 ? (this.frontedAt(index) ?? this.passiveTarget(index)) : undefined;
      if (target) Object.assign(predicate, { agents: by, objects: [target], passive: true });
      // "jointly launched by A and B": what someone launched, and is no event, they established.
      if (target && action === Action.LAUNCH && this.typeOf(target) !== EntityType.Event) predicate.action = Action.ESTABLISH;
    }
    if (CO_AGENT_ACTIONS.has(action)) predicate.agents = [...predicate.agents, ...this.coAgents(index, after, end)];
    // "the project was carried out together with B and C": the passive subject is what the co-agents take part in.
    const wholes = predicate.agents.filter((mention) => [EntityType.Project, EntityType.Platform].includes(this.typeOf(mention)!));
    if (action === Action.PARTICIPATE && predicate.passive && predicate.objects.length === 0 && wholes.length > 0) Object.assign(predicate, { objects: wholes, agents: this.coAgents(index, after, end) });
    if (predicate.agents.length === 0 && action === Action.PARTICIPATE) {
      const colon = this.tokens.findIndex((token, n) => n >= after && n < end && /:/.test(token.post));
      if (colon >= 0) predicate.agents = this.objectsAfter(colon + 1, end).objects;
    }
  }

  /** "founded in 2019 by A and B": the actors after a "by" among the verb's own words. */
  private byAt(from: number, end: number): Mention[] {
    for (let k = from; k < Math.min(end, from + 6); k += 1) {
      const token = this.tokens[k];
      if (token.lower === 'by') return this.objectsAfter(k + 1, end).objects;
      if (this.mentionAt(k) || (token.tags.has('Verb') && !token.tags.has('Adjective'))) return [];
    }
    return [];
  }

  /** What a passive verb is about: the mention it follows ("the centre was co-founded by"), or the name an apposition describes ("X, a platform jointly run by"). */
  private passiveTarget(index: number): Mention | undefined {
    const before = this.mentionJustBefore(index);
    if (before) return before;
    for (let k = index - 1; k >= Math.max(0, index - 6); k -= 1) {
      const token = this.tokens[k];
      if (/,/.test(token.post)) return this.mentionAt(k);
      if (token.tags.has('Verb') && !token.tags.has('Adjective')) return undefined;
    }
    return undefined;
  }

  /** "together with A", "jointly with A", and for a verb of its own ("co-founded … with A") a plain "with A": actors that share the verb. */
  private coAgents(verb: number, from: number, end: number): Mention[] {
    const joint = /^co-/.test(this.tokens[verb].lower) || ['jointly', 'co'].includes(this.tokens[verb - 1]?.lower ?? '');
    const withAt = this.tokens.findIndex((token, n) => n >= from && n < end && token.lower === 'with' && (joint || this.sharedWith(n)));
    if (withAt < 0) return [];
    return this.objectsAfter(withAt + 1, end).objects.filter((mention) => ACTOR_TYPES.has(this.typeOf(mention)!) && this.typeOf(mention) !== EntityType.Place);
  }

  /** A "with" that adds actors to a frame: "together with", "jointly with", "in partnership (cooperation) with". */
  private sharedWith(withAt: number): boolean {
    const before = this.tokens[withAt - 1]?.lower ?? '';
    return CO_AGENT_WORDS.has(before) || (JOINT_NOUNS.has(before) && this.tokens[withAt - 2]?.lower === 'in');
  }

  /** "hosted by A and B", "jointly organised by A": the actors after "by". */
  private byPhrase(from: number, end: number): Mention[] {
    let k = from;
    while (k < end && (SKIPPABLE.has(this.tokens[k].lower) || this.tokens[k].tags.has('Adverb'))) k += 1;
    return this.tokens[k]?.lower === 'by' ? this.objectsAfter(k + 1, end).objects : [];
  }

  /**
   * "The network unites A and B", "the project involves C", "the alliance admitted D", "the lab brings together E":
   * a network's members, a project's or platform's partners; the places and fields a project involves it covers.
   */
  private grouped(whole: Mention, part: Mention, verb: Token, confidence: number, because: (what: string) => string): void {
    const wholeType = this.typeOf(whole);
    const partType = this.typeOf(part);
    if (!partType || !wholeType) return;
    const actor = ACTOR_TYPES.has(partType) && partType !== EntityType.Place;
    if (wholeType === EntityType.Network && actor) this.add(RelationType.MEMBER_OF, part, whole, verb, confidence, because('its members'));
    else if ((wholeType === EntityType.Project || wholeType === EntityType.Platform) && actor && partType !== EntityType.Country) this.add(RelationType.PARTICIPATES_IN, part, whole, verb, confidence, because('its partners'), { role: 'partner' });
    else if (wholeType === EntityType.Project && [EntityType.Place, EntityType.Country, EntityType.Domain].includes(partType)) this.add(RelationType.COVERS, whole, part, verb, confidence, because('what it covers'));
  }

  /** The place after "in" or "at" in the verb's own words (before another verb): "opened in Da Nang on Monday". */
  private placeAfter(from: number, end: number): Mention[] {
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
  private attendees(from: number, to: number, subject: Mention[]): Mention[] {
    const named = this.entry.top.filter((mention) => {
      if (mention.first < from || mention.last >= to || !mention.entityId) return false;
      const type = this.typeOf(mention);
      let k = mention.first - 1;
      while (k >= 0 && SKIPPABLE.has(this.tokens[k].lower)) k -= 1;
      // "a researcher of A spoke": of whom the people are; "the opening of X", "at X" are no attendees.
      const ofPeople = this.tokens[k]?.lower === 'of' && isPersonNoun(this.tokens[k - 1]);
      return !!type && ACTOR_TYPES.has(type) && type !== EntityType.Place && (ofPeople || !['at', 'in', 'on', 'during', 'of'].includes(this.tokens[k]?.lower ?? ''));
    });
    return named.length > 0 ? named : subject;
  }

  /** Where the clause a verb opens ends: at the next semicolon or the sentence's end. */
  private nextClauseEnd(from: number): number {
    const semicolon = this.tokens.findIndex((token, n) => n >= from && /;/.test(token.post));
    return semicolon >= 0 ? semicolon + 1 : this.tokens.length;
  }

  private relate(predicate: Predicate, previous: Predicate | undefined): void {
    const { verb, action, agents, objects, partners } = predicate;
    const activity = { activity: verb.text };
    const confidence = predicate.infinitive ? 0.6 : 0.7;
    const because = (what: string) => `"${verb.text}" ${what}`;
    for (const agent of agents) {
      if (action === Action.COOPERATE) for (const partner of partners) this.add(RelationType.COOPERATES_WITH, agent, partner, verb, confidence, because('with a partner'), activity);
      if (action === Action.LAUNCH && predicate.passive) {
        for (const where of partners) if (this.typeOf(where) === EntityType.Event) this.add(RelationType.LAUNCHED_AT, agent, where, verb, 0.75, because('at an event'));
      }
      const role = EVENT_ROLES[action];
      if (role && ACTOR_TYPES.has(this.typeOf(agent)!)) for (const event of predicate.events) this.add(role, agent, event, verb, 0.7, because(`an event (${role.toLowerCase()})`));
      if (action === Action.LOCATE) for (const where of partners) this.add(RelationType.LOCATED_IN, agent, where, verb, 0.75, because('a place'));
      for (const object of objects) {
        const type = this.typeOf(object);
        const policyLike = type === EntityType.Domain || type === EntityType.Initiative;
        if ((action === Action.ESTABLISH || (action === Action.LAUNCH && !predicate.passive)) && type && [EntityType.Platform, EntityType.Network, EntityType.Agreement, EntityType.Institution, EntityType.Project].includes(type)) {
          this.add(RelationType.ESTABLISHED, agent, object, verb, confidence, because('what it names'), activity);
          // "A opened the X Laboratory on its campus in Haikou": what is opened somewhere is there.
          if (type !== EntityType.Agreement) for (const where of partners) if ([EntityType.Place, EntityType.Country].includes(this.typeOf(where)!)) this.add(RelationType.LOCATED_IN, object, where, verb, 0.65, because('in a place'));
          // "At the forum, A unveiled B": what is launched at an event.
          if (action === Action.LAUNCH && type !== EntityType.Agreement) for (const event of this.occasionEvent([agent, object])) this.add(RelationType.LAUNCHED_AT, object, event, verb, 0.65, because('at an event'));
          if (previous?.action === Action.SUPPORT && predicate.infinitive) for (const helper of previous.agents) this.add(RelationType.SUPPORTS, helper, object, previous.verb, 0.6, `"${previous.verb.text}" someone to establish it`, { activity: `${previous.verb.text} establish` });
        } else if (action === Action.SUPPORT || action === Action.PROMOTE) {
          this.add(policyLike ? RelationType.PROMOTES : RelationType.SUPPORTS, agent, object, verb, confidence, because(policyLike ? 'a field or policy' : 'an actor or work'), activity);
        } else if (action === Action.IMPLEMENT && type === EntityType.Initiative) {
          this.add(RelationType.IMPLEMENTS, agent, object, verb, confidence, because('a plan'));
        } else if (action === Action.COVER) {
          this.add(RelationType.COVERS, agent, object, verb, confidence, because('what it covers'));
        } else if (action === Action.RUN && type === EntityType.Event) {
          this.add(RelationType.ORGANIZED, agent, object, verb, confidence, because('an event'));
        } else if (action === Action.RUN && (type === EntityType.Platform || type === EntityType.Project)) {
          this.add(RelationType.PARTICIPATES_IN, agent, object, verb, confidence, because('a platform or project'), { role: 'partner' });
        } else if (action === Action.FOCUS && type === EntityType.Domain) {
          this.add(RelationType.IN_DOMAIN, agent, object, verb, confidence, because('a field'));
        } else if (action === Action.SERVE && (type === EntityType.Initiative || type === EntityType.Domain)) {
          this.add(RelationType.SERVES, agent, object, verb, confidence, because('a strategy or initiative'));
        } else if (action === Action.PARTICIPATE && type === EntityType.Event) {
          this.add(RelationType.ATTENDED, agent, object, verb, confidence, because('an event'));
        } else if (action === Action.PARTICIPATE && (type === EntityType.Project || type === EntityType.Platform)) {
          this.add(RelationType.PARTICIPATES_IN, agent, object, verb, confidence, because('a project or platform'), { role: type === EntityType.Platform ? 'partner' : 'participant' });
          if (previous?.action === Action.SUPPORT && predicate.infinitive) for (const helper of previous.agents) this.add(RelationType.SUPPORTS, helper, object, previous.verb, 0.6, `"${previous.verb.text}" others to carry it out`, { activity: `${previous.verb.text} carry out` });
        } else if (action === Action.PARTICIPATE && (type === EntityType.Network || type === EntityType.CountryGroup)) {
          this.add(RelationType.MEMBER_OF, agent, object, verb, confidence, because('a network or group'));
        } else if (action === Action.GROUP) {
          this.grouped(agent, object, verb, confidence, because);
        }
      }
    }
    // "The nursery will open in Hue", "Opened in Hue, the hub …": a platform or organisation that opens somewhere is there.
    if (action === Action.HOLD && predicate.events.length === 0) {
      const fronted = this.frontedAt(verb.index);
      for (const located of fronted ? [fronted] : agents) {
        const type = this.typeOf(located);
        if (type && LOCATED_TYPES.has(type) && type !== EntityType.Place) for (const where of partners) this.add(RelationType.LOCATED_IN, located, where, verb, 0.65, because('in a place'));
      }
    }
    // Where an event was held: "opened in Da Nang", "hosted in Hanoi by A".
    if (action === Action.HOLD || EVENT_ROLES[action]) for (const event of predicate.events) for (const where of partners) this.add(RelationType.HELD_IN, event, where, verb, 0.75, because('in a place'));
    // "encouraged … to "go global" through A and B": A and B serve the goal.
    if (action === Action.PROMOTE) this.throughServes(predicate);
  }

  private throughServes(predicate: Predicate): void {
    const from = predicate.verb.index;
    const end = this.nextClauseEnd(from);
    const goal = this.entry.top.find((mention) => mention.first > from && mention.first < end && mention.form === 'slogan' && mention.entityId);
    if (!goal) return;
    if (!predicate.objects.includes(goal)) for (const agent of predicate.agents) this.add(RelationType.PROMOTES, agent, goal, predicate.verb, 0.6, `"${predicate.verb.text}" … to "${goal.name}"`, { activity: predicate.verb.text });
    const through = this.tokens.findIndex((token, n) => n > goal.last && n < end && token.lower === 'through');
    if (through < 0) return;
    for (const means of this.objectsAfter(through + 1, end).objects) this.add(RelationType.SERVES, means, goal, this.tokens[through], 0.6, `"through" it, the goal is pursued`);
  }

  /**
   * "partners in/of P" and "members of/in N", "partner universities in P include A and B", "A, a founding member",
   * "A and B, which became members", "its member institutions include A", "new members, among them A and B":
   * each participates in P (a platform or project) or is a member of N; "together with C" adds C.
   */
  private membership(index: number, subject: Mention[], frame: RoleNounFrame): void {
    const tokens = this.tokens;
    const [, wanted, relation] = frame;
    const isWhole = (mention: Mention | undefined) => !!mention && wanted.includes(this.typeOf(mention)!);
    const end = this.nextClauseEnd(index);
    // "member institutions", "partner universities": the plural noun the member word qualifies.
    const head = tokens[index + 1]?.tags.has('Plural') && !this.mentionAt(index + 1) && !PREPOSITIONS.has(tokens[index + 1].lower) ? index + 1 : index;
    // "partners in P", "members of N": a complement that names the whole ("members in 2023" names none).
    const complementWhole = ['in', 'of', 'to'].includes(tokens[head + 1]?.lower ?? '') ? this.wholeAfter(head + 2, end, wanted) : undefined;
    const complement = complementWhole !== undefined;
    const earlier = () => {
      const last = this.antecedents.last(wanted);
      return last && this.pointer(last, index, index);
    };
    const namedWhole = () => subject.find(isWhole) ?? this.entry.top.filter((mention) => mention.last < index && isWhole(mention)).at(-1) ?? earlier();
    const appositive = this.appositiveOf(index);
    // "A and B are its co-organisers", "which became new members": the verb before the noun and its determiners.
    let before = index - 1;
    while (before > 0 && before > index - 4 && (DETERMINERS.has(tokens[before].lower) || tokens[before].tags.has('Adjective'))) before -= 1;
    const become = BECOME_WORDS.has(tokens[before]?.lower ?? '') ? before : -1;
    let members: Mention[];
    let whole: Mention | undefined;
    if (appositive && !complement) {
      // "Mahidol University, a member since 2019, …": of the network (platform) the text named last.
      [members, whole] = [[appositive], earlier()];
    } else if (complement) {
      whole = complementWhole;
      members = (whole && this.listedAfter(whole.last + 1, end)) ?? (appositive ? [appositive] : this.subjectBefore(index, this.clauseStart(index)));
    } else if (become >= 0) {
      // "A and B, which became members last year", "A and B are members".
      const relative = this.relativeAntecedent(become);
      [members, whole] = [relative ? this.listEndingWith(relative) : this.subjectBefore(become, this.clauseStart(become)), namedWhole()];
    } else {
      // "the network welcomed new members, among them A and B", "its member institutions include A": the whole is the subject, or the last one named.
      let k = head + 1;
      while (k < tokens.length && LISTING_WORDS.has(tokens[k].lower)) k += 1;
      if (k === head + 1) return;
      [members, whole] = [this.objectsAfter(k, end).objects, namedWhole()];
    }
    if (!whole) return;
    for (const member of [...members, ...this.togetherWith(index, end)]) {
      if (!ACTOR_TYPES.has(this.typeOf(member)!) || member.entityId === whole.entityId) continue;
      this.add(relation, member, whole, tokens[index], 0.65, `one of the "${tokens[index].text}" of ${whole.name}`, relation === RelationType.PARTICIPATES_IN ? { role: 'partner' } : {});
    }
  }

  /** The whole a role noun's complement names from `from`: "in the laboratory", "of the network". */
  private wholeAfter(from: number, end: number, wanted: EntityType[]): Mention | undefined {
    const isWhole = (mention: Mention) => wanted.includes(this.typeOf(mention)!);
    return this.objectsAfter(from, end).objects.find(isWhole) ?? wanted.map((type) => this.referenceAt(from, type)[0]).find(Boolean);
  }

  /** "A, a member", "A, a founding member", "A, an associate partner": the name such an apposition describes. */
  private appositiveOf(index: number): Mention | undefined {
    let k = index - 1;
    while (k > index - 4 && k > 0 && !['a', 'an'].includes(this.tokens[k].lower) && !this.mentionAt(k) && !/[,;]/.test(this.tokens[k].post)) k -= 1;
    return ['a', 'an'].includes(this.tokens[k]?.lower ?? '') && /,/.test(this.tokens[k - 1]?.post ?? '') ? this.mentionAt(k - 1) : undefined;
  }

  /** "… in P, <apposition>, include A and B": the items a verb of listing names after the whole, if one follows it. */
  private listedAfter(from: number, end: number): Mention[] | undefined {
    for (let k = from; k < end; k += 1) {
      if (LISTING_WORDS.has(this.tokens[k].lower) && !['among', 'them', 'such', 'as', 'like'].includes(this.tokens[k].lower)) return this.objectsAfter(k + 1, end).objects;
      if (this.tokens[k].tags.has('Verb') && !this.mentionAt(k)) return undefined;
    }
    return undefined;
  }

  /** "together with A and B", "along with A": actors that share the frame before. */
  private togetherWith(from: number, end: number): Mention[] {
    const withAt = this.tokens.findIndex((token, n) => n > from && n < end && token.lower === 'with' && this.sharedWith(n));
    return withAt < 0 ? [] : this.objectsAfter(withAt + 1, end).objects;
  }

  /** The parties of the sentence's last signing, as resolved mentions. */
  signatories(): Mention[] {
    return this.entry.signings.at(-1)?.parties ?? [];
  }

  /**
   * "Hosts: A; B", "Participating countries: C, D": a labelled line lists the actors of the event (agreement,
   * platform, network) named last. A label of up to three words says the role in any of them ("Host institution").
   */
  private labelledLine(): void {
    const end = this.tokens.slice(0, 3).findIndex((token) => /^\s*:/.test(token.post));
    const words = this.tokens.slice(0, end + 1);
    const rule = end >= 0 ? LINE_LABELS.find(([pattern]) => words.some((word) => pattern.test(word.lower))) : undefined;
    const whole = rule && this.antecedents.last([rule[2]]);
    if (!rule || !whole) return;
    const type = rule[1];
    const label = words.at(-1)!;
    const about = this.pointer(whole, 0, 0);
    for (const item of this.entry.top.filter((mention) => mention.entityId && mention.first > end)) {
      const itemType = this.typeOf(item);
      const place = itemType === EntityType.Place || itemType === EntityType.Country;
      if (type === RelationType.HELD_IN ? !place : !ACTOR_TYPES.has(itemType!)) continue;
      const listed = `listed under "${words.map((word) => word.text).join(' ')}:" for ${whole.name}`;
      if (type === RelationType.HELD_IN) this.add(type, about, item, label, 0.7, listed);
      else this.add(type, item, about, label, 0.7, listed, type === RelationType.PARTICIPATES_IN ? { role: 'partner' } : {});
    }
  }

  /** "<Event title>" then a line "10-11 September 2026, Golden Reed Hotel, Nanning": where the event is held. */
  private eventDateLine(): void {
    const first = this.tokens[0];
    const event = this.antecedents.last([EntityType.Event]);
    if (!first || !event || event.sentence.index !== this.sentence.index - 1 || !(/^\d/.test(first.text) || first.tags.has('Month'))) return;
    if (event.last !== event.sentence.tokens.length - 1) return;
    const place = this.entry.top.filter((mention) => mention.entityId && this.typeOf(mention) === EntityType.Place).at(-1);
    if (place) this.add(RelationType.HELD_IN, event, place, first, 0.65, 'the line under the event\'s title gives its dates and place');
  }

  /** Patterns without a relation verb. */
  private patterns(subject: Mention[]): void {
    const tokens = this.tokens;
    this.labelledLine();
    this.eventDateLine();
    this.signings();
    this.agreementCalled();
    this.frontedCoAgent(subject);
    this.frontedVenue();
    for (let index = 0; index < tokens.length; index += 1) {
      const word = tokens[index].lower;
      this.nounFrames(index, subject);
      // "Under the guidance of X, S …": an institution works under X's guidance; an event has X's support.
      if (word === 'guidance' || word === 'leadership' || word === 'auspices') {
        const guide = tokens[index + 1]?.lower === 'of' ? this.objectsAfter(index + 2, tokens.length).objects[0] : undefined;
        // "Under the auspices of X, the event drew …": the subject may be a reference to the event.
        const guided = subject.length > 0 ? subject : this.eventAfter(index + 2, this.nextClauseEnd(index), false);
        for (const agent of guide ? guided : []) {
          if (this.typeOf(agent) === EntityType.Event) this.add(RelationType.SUPPORTS, guide!, agent, tokens[index], 0.65, `the event is held under the ${word} of ${guide!.name}`, { activity: word });
          else this.add(RelationType.GUIDED_BY, agent, guide!, tokens[index], 0.7, `works under the ${word} of ${guide!.name}`);
        }
      }
      // "X and Y are partners in the platform", "A became a member of the network", "new members, among them A and B".
      const frame = ROLE_NOUN_FRAMES.find(([pattern]) => pattern.test(word));
      if (frame && tokens[index].tags.has('Noun') && !this.mentionAt(index)) this.membership(index, subject, frame);
      this.placeFrames(index);
      this.wholeFrames(index);
    }
    // "For example, …": a project that illustrates the one before.
    if (/^for example|^for instance/i.test(this.text.slice(this.sentence.start, this.sentence.start + 12)) && this.previousProject) {
      const project = this.entry.top.find((mention) => mention.entityId && this.typeOf(mention) === EntityType.Project);
      if (project) this.add(RelationType.PART_OF, project, this.previousProject, { start: this.sentence.start, end: this.sentence.start + 12 }, 0.45, 'given "for example" of the work the previous sentence names');
    }
    this.nameRelations();
  }

  /** Frames a noun opens: "a partnership between A and B", "with support from C", "delegations from A and B". */
  private nounFrames(index: number, subject: Mention[]): void {
    const word = this.tokens[index].lower;
    const next = this.tokens[index + 1]?.lower ?? '';
    if (PARTNERSHIP_NOUNS.has(word) && (next === 'between' || (next === 'of' && !this.mentionAt(index)))) this.partnershipBetween(index);
    const withBefore = this.tokens.slice(Math.max(0, index - 4), index).some((token) => token.lower === 'with');
    if (SUPPORT_NOUNS.has(word) && ['from', 'of'].includes(next) && withBefore) {
      const supporters = this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects.filter((mention) => ACTOR_TYPES.has(this.typeOf(mention)!));
      const supported = subject.filter((mention) => ![EntityType.Place, EntityType.Country].includes(this.typeOf(mention)!));
      for (const supporter of supporters) for (const item of supported) this.add(RelationType.SUPPORTS, supporter, item, this.tokens[index], 0.6, `"with ${word} from" it`, { activity: word });
    }
    if (ATTENDEE_NOUNS.has(word) && next === 'from') this.attendeesFrom(index);
    this.participation(index);
    this.speechBy(index);
    this.asPartners(index);
  }

  /** "Opening remarks by A", "a keynote by B": who speaks at the event of the sentence, or the one named last, attended it. */
  private speechBy(index: number): void {
    if (!SPEECH_NOUNS.has(this.tokens[index].lower) || this.tokens[index + 1]?.lower !== 'by') return;
    const event = this.sentenceEvent(index);
    if (!event) return;
    for (const speaker of this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects) {
      const type = this.typeOf(speaker);
      if (ACTOR_TYPES.has(type!) && type !== EntityType.Place && speaker.entityId !== event.entityId) this.add(RelationType.ATTENDED, speaker, event, this.tokens[index], 0.6, `"${this.tokens[index].text} by" it at ${event.name}`);
    }
  }

  /** "with the participation of A, B and C": they attended the event of the sentence, or the one named last. */
  private participation(index: number): void {
    if (this.tokens[index].lower !== 'participation' || this.tokens[index + 1]?.lower !== 'of') return;
    const event = this.sentenceEvent(index);
    if (!event) return;
    for (const actor of this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects) {
      if (ACTOR_TYPES.has(this.typeOf(actor)!) && this.typeOf(actor) !== EntityType.Place) this.add(RelationType.ATTENDED, actor, event, this.tokens[index], 0.6, `"with the participation of" it at ${event.name}`);
    }
  }

  /** The event a sentence names (the one before `index` first), or the one the text named last. */
  private sentenceEvent(index: number): Mention | undefined {
    const events = this.entry.top.filter((mention) => mention.entityId && this.typeOf(mention) === EntityType.Event);
    const named = events.filter((mention) => mention.last < index).at(-1) ?? events[0];
    const earlier = named ? undefined : this.antecedents.last([EntityType.Event]);
    return named ?? (earlier && this.pointer(earlier, index, index));
  }

  /** "X, a partnership between A and B", "X is a partnership between A and B": each is a partner in X. */
  private partnershipBetween(index: number): void {
    const whole = this.describedBy(index, WHOLE_TYPES);
    if (!whole) return;
    for (const party of this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects) {
      if (party.entityId !== whole.entityId) this.grouped(whole, party, this.tokens[index], 0.65, () => `a party of the ${this.tokens[index].text} that ${whole.name} is`);
    }
  }

  /** "P, with A and B as partners": the parties named between "with" and "as" are partners (members) of the whole the clause names before. */
  private asPartners(index: number): void {
    const tokens = this.tokens;
    if (tokens[index - 1]?.lower !== 'as' || !/^(?:partners|members|co-?partners)$/.test(tokens[index].lower)) return;
    const start = this.clauseStart(index);
    let withAt = index - 2;
    while (withAt > start && tokens[withAt].lower !== 'with') withAt -= 1;
    if (tokens[withAt]?.lower !== 'with') return;
    const whole = this.entry.top.filter((mention) => mention.entityId && mention.last < withAt && WHOLE_TYPES.includes(this.typeOf(mention)!)).at(-1);
    if (!whole) return;
    for (const party of this.objectsAfter(withAt + 1, index - 1).objects) this.grouped(whole, party, tokens[index], 0.6, () => `named "as ${tokens[index].text}" of ${whole.name}`);
  }

  /** The entity a predicate noun describes: the name an apposition follows ("X, a partnership …") or the subject of "is" ("X is a partnership …"). */
  private describedBy(index: number, types: EntityType[]): Mention | undefined {
    const wanted = (mention: Mention | undefined) => (mention && types.includes(this.typeOf(mention)!) ? mention : undefined);
    let k = index - 1;
    // "a joint venture", "a three-year collaboration": the words before the noun that only describe it.
    const describes = (token: Token) => SKIPPABLE.has(token.lower) || token.tags.has('Adjective') || token.tags.has('Adverb') || token.tags.has('Value') || token.lower === 'joint';
    while (k >= 0 && !/,/.test(this.tokens[k].post) && !BE.includes(this.tokens[k].lower) && describes(this.tokens[k])) k -= 1;
    if (k < 0) return undefined;
    if (/,/.test(this.tokens[k].post)) return wanted(this.mentionAt(k));
    return BE.includes(this.tokens[k].lower) ? this.subjectBefore(k, this.clauseStart(k)).map(wanted).find(Boolean) : undefined;
  }

  /** "delegations from A, B and C", "officials from six countries, among them A and B": they attended the event of the sentence, or the one named last. */
  private attendeesFrom(index: number): void {
    const end = this.nextClauseEnd(index);
    let listed = this.objectsAfter(index + 2, end).objects;
    const intro = listed.length > 0 ? -1 : this.tokens.findIndex((token, n) => n > index + 1 && n < index + 8 && ['among', 'including', 'such'].includes(token.lower));
    if (intro >= 0) listed = this.objectsAfter(intro + (this.tokens[intro].lower === 'including' ? 1 : 2), end).objects;
    const named = this.entry.top.find((mention) => mention.entityId && this.typeOf(mention) === EntityType.Event);
    // "a delegation from A toured the B Center": a visit to something else than an event.
    const visit = this.tokens.findIndex((token, n) => n > index && /^(?:visit|tour)/.test(token.lower) && token.tags.has('Verb'));
    const elsewhere = visit >= 0 && this.objectsAfter(visit + 1, end).objects.some((object) => this.typeOf(object) !== EntityType.Event);
    const earlier = named || elsewhere ? undefined : this.antecedents.last([EntityType.Event]);
    const event = named ?? (earlier && this.pointer(earlier, index, index));
    if (!event) return;
    for (const item of listed) {
      if ([EntityType.Country, EntityType.Institution, EntityType.CountryGroup].includes(this.typeOf(item)!)) this.add(RelationType.ATTENDED, item, event, this.tokens[index], 0.6, `"${this.tokens[index].text} from" it at ${event.name}`);
    }
  }

  /** "In Hanoi on 7 September, the Forum brought together …": a sentence that opens with its place, and whose subject is an event. */
  private frontedVenue(): void {
    const place = this.mentionAt(1);
    if (!['in', 'at'].includes(this.tokens[0]?.lower ?? '') || !place || place.first !== 1 || ![EntityType.Place, EntityType.Country].includes(this.typeOf(place)!)) return;
    const comma = this.tokens.findIndex((token, n) => n >= place.last && n < place.last + 8 && /,/.test(token.post));
    if (comma < 0) return;
    const event = this.objectsAfter(comma + 1, Math.min(this.tokens.length, comma + 6)).objects[0] ?? this.referenceAt(comma + 1, EntityType.Event)[0];
    if (event && this.typeOf(event) === EntityType.Event) this.add(RelationType.HELD_IN, event, place, this.tokens[0], 0.65, `the sentence opens with its place, "${this.tokens[0].text} ${place.text}"`);
  }

  /** "Together with X, S …", "In cooperation with X, it …": S cooperates with X. */
  private frontedCoAgent(subject: Mention[]): void {
    const [first, second, third] = this.tokens.map((token) => token.lower);
    const withAt = second === 'with' && CO_AGENT_WORDS.has(first) ? 1 : third === 'with' && first === 'in' && /^(?:cooperation|partnership|collaboration)$/.test(second ?? '') ? 2 : -1;
    const comma = withAt < 0 ? -1 : this.tokens.findIndex((token, n) => n > withAt && /,/.test(token.post));
    if (comma < 0) return;
    const partners = this.objectsAfter(withAt + 1, comma + 1).objects;
    const pronoun = ['it', 'they'].includes(this.tokens[comma + 1]?.lower ?? '');
    const main = pronoun ? this.previousSubject : this.objectsAfter(comma + 1, this.tokens.length).objects.slice(0, 1);
    for (const agent of main.length > 0 ? main : subject) for (const partner of partners) this.add(RelationType.COOPERATES_WITH, agent, partner, this.tokens[withAt], 0.6, `"${this.tokens.slice(0, withAt + 1).map((token) => token.text).join(' ')}" it`);
  }

  /**
   * "The memorandum, called the Nha Trang-Guangdong Seaweed Partnership, runs …": the name the text gives an agreement
   * it named before by its kind alone (named after its parties until then), or another name of a named one.
   */
  private agreementCalled(): void {
    const tokens = this.tokens;
    for (let k = 1; k < tokens.length - 2; k += 1) {
      if (!['the', 'this'].includes(tokens[k - 1].lower) || HEADS[tokens[k].lower]?.type !== EntityType.Agreement || !/^,\s*$/.test(tokens[k].post)) continue;
      const naming = CALLING_WORDS.exec(tokens.slice(k + 1, k + 3).map((token) => token.lower).join(' '));
      if (!naming) continue;
      let first = k + 1 + naming[0].split(' ').length;
      if (tokens[first]?.lower === 'the') first += 1;
      let last = first;
      while (last + 1 < tokens.length && !/[,;.]/.test(tokens[last].post) && (isCapitalised(tokens[last + 1]) || (NAME_CONNECTORS.has(tokens[last + 1].lower) && isCapitalised(tokens[last + 2])))) last += 1;
      if (!isCapitalised(tokens[first]) || this.entry.top.some((mention) => mention.first <= last && mention.last >= first && mention.type)) continue;
      const agreement = this.registry.entities.filter((entity) => entity.type === EntityType.Agreement && entity.mentions.some((span) => span.end <= tokens[k].start)).at(-1);
      if (!agreement) continue;
      const name = this.text.slice(tokens[first].start, tokens[last].end);
      const span = { start: tokens[k - 1].start, end: tokens[last].end };
      if (agreement.namedAfter) this.registry.rename(agreement, name, span, this.text);
      else this.registry.addAlias(agreement, { alias: name, quote: this.text.slice(span.start, span.end), span, confidence: 0.8, reason: `the text says the ${tokens[k].text} is ${naming[0]} so` });
    }
  }

  /** "A and B signed a memorandum": each party signed it; an unnamed agreement is named after its parties. */
  private signings(): void {
    for (const signing of this.entry.signings) {
      if (signing.unnamed && !signing.agreement.entityId) {
        const phrase = signing.agreement.name;
        signing.agreement.name = agreementName(phrase, signing.parties.map((party) => party.name));
        const agreement = this.registry.add(signing.agreement, this.text);
        const parties = signing.parties.map((party) => party.entityId).filter((id): id is string => !!id);
        if (agreement && parties.length === signing.parties.length) agreement.namedAfter = { phrase, parties };
      }
      for (const party of signing.parties) this.add(RelationType.SIGNED, party, signing.agreement, signing.verb, 0.75, `"${signing.verb.text}" ${signing.agreement.name}`);
    }
  }

  /** "the Hanoi-based X", "X in Jakarta", "X of the Philippines", "Riverbend, Vietnam": where a named organisation or place is. */
  private placeFrames(index: number): void {
    const tokens = this.tokens;
    const word = tokens[index].lower;
    this.apposedPlace(index);
    // "The lab is in Ban Saeng": the subject of "is" is where the place after "in" is.
    if (word === 'in' && BE.includes(tokens[index - 1]?.lower ?? '')) {
      const place = this.objectsAfter(index + 1, Math.min(index + 3, tokens.length)).objects[0];
      const located = this.subjectBefore(index - 1, this.clauseStart(index))[0];
      if (place && located && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!) && LOCATED_TYPES.has(this.typeOf(located)!)) this.add(RelationType.LOCATED_IN, located, place, tokens[index], 0.65, `"${tokens[index - 1].text} in" ${place.name}`);
    }
    // "the Hanoi-based Kite Labs": where it is.
    if (word === 'based' && tokens[index - 1]?.post === '-') {
      const place = this.mentionAt(index - 1);
      const located = this.objectsAfter(index + 1, tokens.length).objects[0];
      if (place && located && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!)) this.add(RelationType.LOCATED_IN, located, place, tokens[index], 0.7, `"${place.text}-based"`);
    }
    // "Heron Bay University in Jakarta", "Kestrel Navigation Co., Ltd. of the Philippines": a named organisation and its place.
    const named = this.mentionAt(index - 1);
    const organisation = named && named.last === index - 1 && named.form === 'name' && [EntityType.Institution, EntityType.Platform].includes(this.typeOf(named)!);
    if (organisation && (word === 'in' || (word === 'of' && this.typeOf(named) === EntityType.Institution))) {
      const place = this.objectsAfter(index + 1, Math.min(index + 3, tokens.length)).objects[0];
      if (place && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!)) this.add(RelationType.LOCATED_IN, named, place, tokens[index], 0.6, `"${named.name} ${word} ${place.name}"`);
    }
    // "Guangxi Lijiang Water Research Institute (Guilin, China)": a bracket after a name says where it is.
    const bracketed = this.mentionAt(index);
    const owner = bracketed && bracketed.first === index && /\(\s*$/.test(`${tokens[index - 1]?.post ?? ''}${tokens[index].pre}`) ? this.mentionAt(index - 1) : undefined;
    if (bracketed && owner && LOCATED_TYPES.has(this.typeOf(owner)!) && this.typeOf(owner) !== EntityType.Place && [EntityType.Place, EntityType.Country].includes(this.typeOf(bracketed)!)) this.add(RelationType.LOCATED_IN, owner, bracketed, bracketed, 0.6, `"${owner.text} (${bracketed.text}"`);
    // "Riverbend, Vietnam": a place and its country (not a list: "Riverbend, Vietnam and Laos").
    const city = this.mentionAt(index);
    if (city && city.last === index && this.typeOf(city) === EntityType.Place && /^,\s*$/.test(tokens[index].post)) {
      const country = this.mentionAt(index + 1);
      if (country && this.typeOf(country) === EntityType.Country && !['and', 'or'].includes(tokens[country.last + 1]?.lower ?? '')) this.add(RelationType.LOCATED_IN, city, country, city, 0.65, `"${city.text}, ${country.text}"`);
    }
    this.siteAndTown(index);
    this.possessedName(index);
  }

  /**
   * "Venue: Lao-China Science Park, Vientiane": a site named alone, then a place that ends the line or clause, is in
   * that place. Not in a list ("A, B, Vientiane and C"): nothing is listed before the site, nothing after the place.
   */
  private siteAndTown(index: number): void {
    const tokens = this.tokens;
    const site = this.mentionAt(index);
    if (!site || site.last !== index || !/^,\s*$/.test(tokens[index].post) || ![EntityType.Institution, EntityType.Platform].includes(this.typeOf(site)!)) return;
    const place = this.mentionAt(index + 1);
    if (!place || place.first !== index + 1 || this.typeOf(place) !== EntityType.Place) return;
    const listedBefore = site.first > 0 && /,/.test(tokens[site.first - 1].post);
    const endsClause = place.last === tokens.length - 1 || /[;.]/.test(tokens[place.last].post);
    if (!listedBefore && endsClause) this.add(RelationType.LOCATED_IN, site, place, place, 0.6, `"${site.text}, ${place.text}"`);
  }

  /**
   * "China's Dalian Harbour Engineering College": an organisation a country or place owns is there; "Brisk University's
   * Centre for Soil Science": one an organisation owns is part of it.
   */
  private ownership(owner: Mention, thing: Mention): void {
    const [ownerType, thingType] = [this.typeOf(owner), this.typeOf(thing)];
    if (!ownerType || !thingType || ![EntityType.Institution, EntityType.Platform].includes(thingType) || owner.entityId === thing.entityId) return;
    if ([EntityType.Country, EntityType.Place].includes(ownerType)) this.add(RelationType.LOCATED_IN, thing, owner, owner, 0.6, `"${owner.text}" owns it`);
    else if (ownerType === EntityType.Institution) this.add(RelationType.PART_OF, thing, owner, owner, 0.6, `"${owner.text}" owns it`);
  }

  /** "Brisk University's Centre for Soil Science": a name written with its owner's possessive right before it. */
  private possessedName(index: number): void {
    const owner = this.mentionAt(index);
    const possessive = owner && owner.last === index && (/['’]s$/.test(this.tokens[index].text) || /^['’]s/.test(this.tokens[index].post));
    const thing = possessive ? this.mentionAt(index + 1) : undefined;
    if (owner && thing && thing.first === index + 1) this.ownership(owner, thing);
  }

  /** "Ban Saeng, a river town in Thailand", "Sundalab Analytics, a Bandung start-up": the place an apposition names is where its name is. */
  private apposedPlace(index: number): void {
    const named = this.mentionAt(index);
    if (!named || named.last !== index || !commaAfter(this.tokens[index]) || !['a', 'an'].includes(this.tokens[index + 1]?.lower ?? '') || !LOCATED_TYPES.has(this.typeOf(named)!)) return;
    for (let k = index + 2; k < Math.min(this.tokens.length, index + 10); k += 1) {
      const place = this.mentionAt(k);
      if (place && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!) && place.entityId !== named.entityId) {
        this.add(RelationType.LOCATED_IN, named, place, this.tokens[index + 1], 0.6, `described as "${this.text.slice(this.tokens[index + 1].start, place.end)}"`);
        return;
      }
      if (place || /[,;.]/.test(this.tokens[k].post)) return;
    }
  }

  /** Parts and wholes: "part of Y", "cooperation between X and Y", "N ASEAN countries including A", "a network covering X", "X under Y". */
  private wholeFrames(index: number): void {
    const tokens = this.tokens;
    const word = tokens[index].lower;
    // "X is part of Y", "X, the Vietnamese branch of Y": a part and its whole.
    if ((word === 'part' || word === 'branch') && tokens[index + 1]?.lower === 'of') {
      const whole = this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects[0];
      let k = index - 1;
      while (k >= 0 && !this.mentionAt(k) && (SKIPPABLE.has(tokens[k].lower) || tokens[k].tags.has('Adjective') || tokens[k].tags.has('Copula'))) k -= 1;
      const part = k >= 0 ? this.mentionAt(k) : undefined;
      if (whole && part && this.typeOf(whole) === this.typeOf(part)) this.add(RelationType.PART_OF, part, whole, tokens[index], 0.6, `"${word} of" ${whole.name}`);
    }
    // "cooperation between X and Y", "the joint research … between X and Y".
    if (word === 'between') {
      const parties = this.objectsAfter(index + 1, tokens.length).objects;
      const before = this.entry.top.filter((mention) => mention.last < index && mention.entityId).at(-1);
      const projectBefore = before && this.typeOf(before) === EntityType.Project && !tokens.slice(before.last + 1, index).some((token) => token.tags.has('Verb')) ? before : undefined;
      const cooperation = tokens.slice(Math.max(0, index - 8), index).some((token) => /^cooperat|^collaborat/.test(token.lower)) || projectBefore;
      if (parties.length >= 2 && cooperation) {
        this.add(RelationType.COOPERATES_WITH, parties[0], parties[1], tokens[index], 0.65, '"between" the two parties of a cooperation', projectBefore ? { activity: projectBefore.name.toLowerCase() } : {});
      }
      if (projectBefore) for (const party of parties) this.add(RelationType.PARTICIPATES_IN, party, projectBefore, tokens[index], 0.6, 'a party "between" whom the work is done', { role: 'participant' });
    }
    // "N ASEAN countries including A, B and C": members; "M with N ASEAN countries": what M covers.
    const group = this.mentionAt(index);
    if (group && group.first === index && this.typeOf(group) === EntityType.CountryGroup && tokens[group.last + 1]?.lower === 'countries') {
      const after = group.last + 2;
      const members = ['including', 'such'].includes(tokens[after]?.lower ?? '') ? this.objectsAfter(after, tokens.length).objects.filter((member) => this.typeOf(member) === EntityType.Country) : [];
      for (const member of members) this.add(RelationType.MEMBER_OF, member, group, tokens[after], 0.7, `one of the ${group.name} countries the text lists`);
      let k = group.first - 1;
      while (k >= 0 && (/^\d/.test(tokens[k].text) || ['more', 'than', 'some', 'over'].includes(tokens[k].lower))) k -= 1;
      if (k >= 0 && ['with', 'covering', 'in'].includes(tokens[k].lower)) {
        const owner = this.entry.top.filter((mention) => mention.last < k && mention.entityId).at(-1);
        const ownerType = owner && this.typeOf(owner);
        if (owner && ownerType && [EntityType.Agreement, EntityType.Network, EntityType.Platform].includes(ownerType) && owner.last >= k - 1 - 3) {
          if (tokens[k].lower !== 'in') for (const covered of [group, ...members]) this.add(RelationType.COVERS, owner, covered, tokens[k], 0.65, `"${tokens[k].text}" the countries it reaches`);
        }
      }
    }
    // "a network covering X and Y".
    if (/^cover/.test(word) && !tokens[index].tags.has('PastTense')) {
      const owner = this.entry.top.filter((mention) => mention.last === index - 1 && mention.entityId)[0];
      if (owner) for (const covered of this.objectsAfter(index + 1, tokens.length).objects) this.add(RelationType.COVERS, owner, covered, tokens[index], 0.65, `"${tokens[index].text}" what it reaches`);
    }
    // "X under Y": a mechanism within a larger policy.
    if (word === 'under') {
      const inner = this.entry.top.filter((mention) => mention.last === index - 1 && mention.entityId)[0];
      const outer = this.objectsAfter(index + 1, tokens.length).objects[0];
      if (inner && outer && this.typeOf(inner) === EntityType.Initiative && this.typeOf(outer) === EntityType.Initiative) this.add(RelationType.PART_OF, inner, outer, tokens[index], 0.55, '"under" a larger policy');
    }
  }

  /** What a name states: the countries a platform covers, where an institution is, the fields it works in, whose branch it is. */
  private nameRelations(): void {
    for (const mention of this.entry.top) {
      const type = this.typeOf(mention);
      if (!mention.entityId || !type) continue;
      const inner = this.entry.nested.get(mention) ?? [];
      const parent = inner.find((item) => item.first === mention.first && this.typeOf(item) === type);
      if (parent) this.add(RelationType.PART_OF, mention, parent, mention, 0.55, `its name starts with "${parent.name}"`);
      for (const item of inner) {
        const itemType = this.typeOf(item) ?? item.type;
        if (item === parent) continue;
        const quote = { start: mention.start, end: mention.end };
        const atEnd = item.last === mention.last && this.tokens[item.first - 1]?.lower === 'of';
        const inComplement = mention.form === 'phrase' && this.tokens.slice(mention.first, item.first).some((token) => ['of', 'in', 'at'].includes(token.lower));
        if (itemType === EntityType.Domain && mention.form !== 'domain') this.add(RelationType.IN_DOMAIN, mention, item, quote, 0.55, `its name names the field "${item.name}"`);
        else if ((itemType === EntityType.Country || itemType === EntityType.CountryGroup) && !parent && [EntityType.Platform, EntityType.Network, EntityType.Agreement].includes(type) && !inComplement) {
          this.add(RelationType.COVERS, mention, item, quote, 0.55, `its name names ${item.name}`);
        } else if ((itemType === EntityType.Place || itemType === EntityType.Country || itemType === EntityType.CountryGroup) && (type === EntityType.Institution || type === EntityType.Platform)) {
          const placeWord = itemType === EntityType.Place || atEnd || inComplement || (item.first === mention.first && this.tokens[item.first].tags.has('Demonym'));
          if (placeWord) this.add(RelationType.LOCATED_IN, mention, item, quote, 0.6, `its name places it in ${item.name}`);
        }
      }
      // An institution named "X of <Country>" whose name the proposer shortened.
      const last = this.tokens[mention.last];
      if (type === EntityType.Institution && mention.form === 'name' && this.tokens[mention.last - 1]?.lower === 'of') {
        const country = this.registry.find(last.text, EntityType.Country);
        if (country) this.add(RelationType.LOCATED_IN, mention, { ...mention, entityId: country.id }, mention, 0.7, `"of ${last.text}" in its name`);
      }
    }
  }
}

/** Relations of every sentence; a pronoun subject ("it has helped") is the previous sentence's subject. */
export function findRelations(text: string, sentences: SentenceMentions[], registry: EntityRegistry): ProposedRelation[] {
  const relations: ProposedRelation[] = [];
  let previousSubject: Mention[] = [];
  let previousParties: Mention[] = [];
  let previousProject: Mention | undefined;
  const antecedents = new Antecedents(registry);
  const typeOf = (mention: Mention) => registry.typeOf(mention);
  sentences.forEach((entry, index) => {
    for (const mention of entry.top) antecedents.note(mention);
    const reader = new SentenceRelations(text, entry, registry, previousSubject, previousParties, previousProject, antecedents, bulletsAfter(sentences, index));
    previousSubject = reader.run();
    const signatories = reader.signatories();
    previousParties = signatories.length >= 2 ? signatories : previousSubject;
    relations.push(...reader.relations);
    previousProject = entry.top.filter((mention) => mention.entityId && typeOf(mention) === EntityType.Project).at(-1) ?? previousProject;
  });
  return relations;
}

/** The first name of each bullet line ("- A;", "• B") right after sentence `index` when it ends with a colon. */
function bulletsAfter(sentences: SentenceMentions[], index: number): Mention[] {
  const last = sentences[index].sentence.tokens.at(-1);
  if (!last || !/:/.test(last.post)) return [];
  const bullets: Mention[] = [];
  for (const entry of sentences.slice(index + 1)) {
    if (!/^\s*[-•*–]\s/.test(entry.sentence.tokens[0]?.pre ?? '')) break;
    const first = entry.top.find((mention) => mention.entityId && mention.first <= 1);
    if (first) bullets.push(first);
  }
  return bullets;
}

