import { EntityType, RelationType } from '../graph/model';
import type { EntityRegistry, SentenceMentions } from './propose.extract';
import { HEADS } from './propose.lexicon';
import type { Mention } from './propose.mentions';
import type { ProposedRelation } from './propose.model';
import type { Sentence, Token } from './propose.text';

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
}

const VERBS: [RegExp, Action][] = [
  [/^(?:establish|found|creat|buil[dt])/, Action.ESTABLISH],
  [/^(?:set)$/, Action.ESTABLISH],
  [/^launch/, Action.LAUNCH],
  [/^(?:help|support|strengthen|assist|fund|sponsor|back|aid)/, Action.SUPPORT],
  [/^(?:promot|encourag|advanc|enhanc|foster|boost|accelerat)/, Action.PROMOTE],
  [/^(?:implement|execut)/, Action.IMPLEMENT],
  [/^(?:cooperat|collaborat|partner|connect|work|team)/, Action.COOPERATE],
  [/^(?:cover|span|involv)/, Action.COVER],
  [/^serv/, Action.SERVE],
  [/^(?:join|participat|carr(?:y|ied))/, Action.PARTICIPATE],
  [/^(?:inaugurat|held|hold|convened?|open)/, Action.HOLD],
  [/^(?:locat|based|headquarter)/, Action.LOCATE],
];

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
  /** Introduced by "to V" or a bare verb after "help X". */
  infinitive: boolean;
}

function actionOf(tokens: Token[], index: number): Action | undefined {
  const token = tokens[index];
  if (!token.tags.has('Verb') && !(token.tags.has('Noun') && tokens[index - 1]?.lower === 'to')) return undefined;
  if (token.tags.has('Auxiliary') || token.tags.has('Copula')) return undefined;
  const found = VERBS.find(([pattern]) => pattern.test(token.lower))?.[1];
  if (found === Action.ESTABLISH && token.lower === 'set' && tokens[index + 1]?.lower !== 'up') return undefined;
  if (found === Action.PARTICIPATE && /^carr/.test(token.lower) && tokens[index + 1]?.lower !== 'out') return undefined;
  return found;
}

/** Builds the relations of one sentence from its predicates, and the patterns that need no verb. */
class SentenceRelations {
  readonly relations: ProposedRelation[] = [];
  private readonly tokens: Token[];

  constructor(
    private readonly text: string,
    private readonly entry: SentenceMentions,
    private readonly registry: EntityRegistry,
    private readonly previousSubject: Mention[],
    private readonly previousProject: Mention | undefined,
    private readonly lastEvent: Mention | undefined,
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
    return this.registry.entities.find((entity) => entity.id === mention.entityId)?.type;
  }


  add(type: RelationType, from: Mention, to: Mention, at: { start: number; end: number }, confidence: number, reason: string, properties: Record<string, unknown> = {}): void {
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
    for (;;) {
      let k = last + 1;
      while (k < this.tokens.length && (['and', 'or', 'the', 'a', 'as', 'well', 'especially', 'including'].includes(this.tokens[k].lower) || /^\d/.test(this.tokens[k].text))) k += 1;
      const gapOk = /^,?\s*$/.test(this.tokens[last].post) || /^["”],?\s*$/.test(this.tokens[last].post);
      const next = this.mentionAt(k);
      if (!gapOk || !next || next.first !== k || k - last > 4 || (k === last + 1 && !/,/.test(this.tokens[last].post))) return list;
      list.push(next);
      last = next.last;
    }
  }

  /** The first mention after `from` (skipping articles, adverbs, light nouns and class nouns), with its list. */
  private objectsAfter(from: number, stopAt: number, domainsOnly = false): { objects: Mention[]; next: number } {
    let k = from;
    while (k < stopAt) {
      const mention = this.mentionAt(k);
      if (mention && !/^['’]s/.test(this.tokens[mention.last].post) && !this.tokens[mention.last + 1]?.text.startsWith("'")) {
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
      if (SKIPPABLE.has(token.lower) || token.tags.has('Adverb') || token.tags.has('Adjective') || /^\d/.test(token.text)) {
        k += 1;
        continue;
      }
      if (LIGHT_NOUNS.has(token.lower) && this.tokens[k + 1]?.lower === 'of') {
        k += 2;
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

  /** The subject: the nearest mention before the first verb that is not inside a leading phrase ("Under the guidance of X,"). */
  private subjectBefore(verbIndex: number): Mention[] {
    if (this.tokens.slice(0, verbIndex).some((token) => token.lower === 'it' || token.lower === 'they')) return this.previousSubject;
    const candidates = this.entry.top.filter((mention) => mention.last < verbIndex && mention.entityId);
    for (let n = candidates.length - 1; n >= 0; n -= 1) {
      const mention = candidates[n];
      let k = mention.first - 1;
      while (k >= 0 && SKIPPABLE.has(this.tokens[k].lower)) k -= 1;
      if (k >= 0 && (PREPOSITIONS.has(this.tokens[k].lower) || this.tokens[k].lower === 'of')) continue;
      // The list it ends: "The A and the B were launched".
      const list = [mention];
      for (let m = n - 1; m >= 0; m -= 1) {
        const between = this.tokens.slice(candidates[m].last + 1, list[0].first).map((token) => token.lower);
        if (between.length > 0 && between.every((word) => ['and', 'the', 'a', 'or'].includes(word))) list.unshift(candidates[m]);
        else break;
      }
      return list;
    }
    return [];
  }

  run(): Mention[] {
    const predicates: Predicate[] = [];
    let subject: Mention[] | undefined;
    for (let index = 0; index < this.tokens.length; index += 1) {
      if (this.mentionAt(index)) continue;
      const action = actionOf(this.tokens, index);
      if (!action) continue;
      subject ??= this.subjectBefore(index);
      const verb = this.tokens[index];
      const passive = ['was', 'were', 'been', 'is', 'are', 'be'].includes(this.tokens[index - 1]?.lower ?? '') || ['was', 'were', 'been', 'is', 'are'].includes(this.tokens[index - 2]?.lower ?? '');
      const previous = predicates.at(-1);
      const infinitive = this.tokens[index - 1]?.lower === 'to' || (!!previous && previous.action === Action.SUPPORT && previous.objects.length > 0 && previous.objects.at(-1)!.last === index - 1);
      let agents = subject;
      if (infinitive && previous && previous.objects.length > 0 && previous.objects.every((object) => this.typeOf(object) !== EntityType.Domain)) {
        agents = previous.action === Action.COOPERATE ? [...previous.agents, ...previous.partners] : previous.objects;
      } else if (infinitive && previous?.action === Action.COOPERATE) agents = [...previous.agents, ...previous.partners];
      let after = index + 1;
      if (['up', 'out', 'with'].includes(this.tokens[after]?.lower ?? '') && !(action === Action.COOPERATE && this.tokens[after].lower === 'with')) after += 1;
      const end = this.nextClauseEnd(after);
      const predicate: Predicate = { verb, action, passive, agents, objects: [], partners: [], infinitive };
      if (action === Action.COOPERATE || (this.tokens[after]?.lower === 'cooperation' && this.tokens[after + 1]?.lower === 'with')) {
        const withAt = this.tokens.findIndex((token, n) => n >= after && n < end && token.lower === 'with');
        if (withAt >= 0) predicate.partners = this.objectsAfter(withAt + 1, end).objects;
        predicate.action = Action.COOPERATE;
      } else if (passive && (action === Action.HOLD || action === Action.LAUNCH)) {
        const at = this.tokens.findIndex((token, n) => n >= after && n < end && ['in', 'at'].includes(token.lower));
        if (at >= 0) predicate.partners = this.objectsAfter(at + 1, end).objects;
        if (at >= 0 && predicate.partners.length === 0) predicate.partners = this.eventReference(at + 1);
      } else {
        const domainsOnly = action === Action.PROMOTE && this.tokens.slice(after, after + 3).some((token) => LIGHT_NOUNS.has(token.lower) && token.lower !== 'promotion');
        predicate.objects = this.objectsAfter(after, end, domainsOnly && this.objectsAfter(after, end).objects.length === 0).objects;
        if (predicate.objects.length === 0 && domainsOnly) predicate.objects = this.objectsAfter(after, end, true).objects;
      }
      predicates.push(predicate);
      this.relate(predicate, previous);
    }
    this.patterns(subject ?? []);
    return subject && subject.length > 0 ? subject : this.previousSubject;
  }

  /** "at the conference": the event the text named last, when "the" and an event word refer back to it. */
  private eventReference(from: number): Mention[] {
    const [article, noun] = [this.tokens[from], this.tokens[from + 1]];
    if (!this.lastEvent || article?.lower !== 'the' || !noun || HEADS[noun.lower]?.type !== EntityType.Event) return [];
    return [{ ...this.lastEvent, sentence: this.sentence, first: from, last: from + 1, start: article.start, end: noun.end, text: this.text.slice(article.start, noun.end) }];
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
      if ((action === Action.HOLD || action === Action.LAUNCH) && predicate.passive) {
        for (const where of partners) {
          const type = this.typeOf(where);
          if (action === Action.HOLD && (type === EntityType.Place || type === EntityType.Country) && this.typeOf(agent) === EntityType.Event) this.add(RelationType.HELD_IN, agent, where, verb, 0.75, because('in a place'));
          if (action === Action.LAUNCH && type === EntityType.Event) this.add(RelationType.LAUNCHED_AT, agent, where, verb, 0.75, because('at an event'));
        }
      }
      for (const object of objects) {
        const type = this.typeOf(object);
        const policyLike = type === EntityType.Domain || type === EntityType.Initiative;
        if ((action === Action.ESTABLISH || (action === Action.LAUNCH && !predicate.passive)) && type && [EntityType.Platform, EntityType.Network, EntityType.Agreement, EntityType.Institution, EntityType.Project].includes(type)) {
          this.add(RelationType.ESTABLISHED, agent, object, verb, confidence, because('what it names'), activity);
          if (previous?.action === Action.SUPPORT && predicate.infinitive) for (const helper of previous.agents) this.add(RelationType.SUPPORTS, helper, object, previous.verb, 0.6, `"${previous.verb.text}" someone to establish it`, { activity: `${previous.verb.text} establish` });
        } else if (action === Action.SUPPORT || action === Action.PROMOTE) {
          this.add(policyLike ? RelationType.PROMOTES : RelationType.SUPPORTS, agent, object, verb, confidence, because(policyLike ? 'a field or policy' : 'an actor or work'), activity);
        } else if (action === Action.IMPLEMENT && type === EntityType.Initiative) {
          this.add(RelationType.IMPLEMENTS, agent, object, verb, confidence, because('a plan'));
        } else if (action === Action.COVER) {
          this.add(RelationType.COVERS, agent, object, verb, confidence, because('what it covers'));
        } else if (action === Action.SERVE && (type === EntityType.Initiative || type === EntityType.Domain)) {
          this.add(RelationType.SERVES, agent, object, verb, confidence, because('a strategy or initiative'));
        } else if (action === Action.PARTICIPATE && (type === EntityType.Project || type === EntityType.Event)) {
          this.add(RelationType.PARTICIPATES_IN, agent, object, verb, confidence, because('a project or event'), { role: 'participant' });
          if (previous?.action === Action.SUPPORT && predicate.infinitive) for (const helper of previous.agents) this.add(RelationType.SUPPORTS, helper, object, previous.verb, 0.6, `"${previous.verb.text}" others to carry it out`, { activity: `${previous.verb.text} carry out` });
        } else if (action === Action.PARTICIPATE && (type === EntityType.Network || type === EntityType.CountryGroup)) {
          this.add(RelationType.MEMBER_OF, agent, object, verb, confidence, because('a network or group'));
        } else if (action === Action.LOCATE && (type === EntityType.Place || type === EntityType.Country)) {
          this.add(RelationType.LOCATED_IN, agent, object, verb, 0.75, because('a place'));
        }
      }
    }
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

  /** Patterns without a relation verb. */
  private patterns(subject: Mention[]): void {
    const tokens = this.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      const word = tokens[index].lower;
      // "Under the guidance of X, S …"
      if (word === 'guidance' || word === 'leadership' || word === 'auspices') {
        const guide = tokens[index + 1]?.lower === 'of' ? this.objectsAfter(index + 2, tokens.length).objects[0] : undefined;
        if (guide) for (const agent of subject) this.add(RelationType.GUIDED_BY, agent, guide, tokens[index], 0.7, `works under the ${word} of ${guide.name}`);
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
    // "For example, …": a project that illustrates the one before.
    if (/^for example|^for instance/i.test(this.text.slice(this.sentence.start, this.sentence.start + 12)) && this.previousProject) {
      const project = this.entry.top.find((mention) => mention.entityId && this.typeOf(mention) === EntityType.Project);
      if (project) this.add(RelationType.PART_OF, project, this.previousProject, { start: this.sentence.start, end: this.sentence.start + 12 }, 0.45, 'given "for example" of the work the previous sentence names');
    }
    this.nameRelations();
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
  let previousProject: Mention | undefined;
  let lastEvent: Mention | undefined;
  const typeOf = (mention: Mention) => registry.entities.find((entity) => entity.id === mention.entityId)?.type;
  for (const entry of sentences) {
    lastEvent = entry.top.filter((mention) => mention.entityId && typeOf(mention) === EntityType.Event).at(-1) ?? lastEvent;
    const reader = new SentenceRelations(text, entry, registry, previousSubject, previousProject, lastEvent);
    previousSubject = reader.run();
    relations.push(...reader.relations);
    previousProject = entry.top.filter((mention) => mention.entityId && typeOf(mention) === EntityType.Project).at(-1) ?? previousProject;
  }
  return relations;
}

