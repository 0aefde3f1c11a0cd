import { EntityType, RelationType } from '../../engine/model/model';
import type { EntityRegistry, SentenceMentions } from './propose.registry';
import { FIELD_NOUNS, PEOPLE_NOUNS, REFERENCE_HEADS } from './propose.lexicon';
import { beforeArticle, cellOf, isFiniteVerb, isTableRow, isVerb, numberedItem, pastArticle, type Token } from './propose.text';
import { OBJECT_OPENERS, type Mention } from './propose.mentions';
import type { ProposedRelation } from './propose.model';
import { DependencyReader, type ParsedClause } from './propose.dependencies';
import type { Parse } from './propose.parser';
import { Antecedents } from './propose.antecedents';
import {
  Action,
  EVENT_ROLES,
  ACTOR_TYPES,
  BE,
  BY_ACTIONS,
  CO_AGENT_ACTIONS,
  FUNDED_SPANS,
  EVENT_PARTS,
  WHOLE_TYPES,
  LOCATED_TYPES,
  PREPOSITIONS,
  ROLE_NOUN_FRAMES,
  fieldWorkAt,
  LIGHT_NOUNS,
  type Predicate,
  NAMED_EVENT_ATTENDANCE,
  JOINING_VERBS,
  actionOf,
  isLineLabel,
  saidJointly,
  verbAction,
} from './propose.frame-words';
import { PatternFrames } from './propose.pattern-frames';

/** What organisations run or take part in: projects, platforms, and programmes ("the survey programme, to be run by A"). */
const WORKED_TYPES = new Set([EntityType.Project, EntityType.Platform, EntityType.Initiative]);

/** What can receive what a supporter gives. */
const RECEIVING_TYPES = [EntityType.Institution, EntityType.Platform, EntityType.Project, EntityType.Network, EntityType.Event];

/** Where a verb stands in its sentence: its index, where its own words start and end, and where its clause starts. */
interface VerbAt {
  index: number;
  after: number;
  end: number;
  clauseStart: number;
}

/** A verb after "be" (one word between at most); one in -ing is progressive ("is playing host", "are organising"), not passive. */
const passiveAt = (tokens: Token[], index: number) => (BE.includes(tokens[index - 1]?.lower ?? '') || BE.includes(tokens[index - 2]?.lower ?? '')) && !/ing$/.test(tokens[index].lower);

/** A body's organs, which act for it: "the Alliance secretariat", "the network's board". */
const ORGAN_WORDS = new Set(['secretariat', 'board', 'council', 'office', 'bureau']);

/**
 * Builds the relations of one sentence: its verbs' predicates (from the parse where there is one, else by the
 * patterns' reading of subject and object), then the frames that need no verb (propose.pattern-frames.ts).
 */
class SentenceRelations extends PatternFrames {
  run(): Mention[] {
    const predicates: Predicate[] = [];
    let firstSubject: Mention[] | undefined;
    let subject: Mention[] = [];
    let subjectClause = -1;
    let lastRelative: Mention | undefined;
    for (let index = 0; index < this.tokens.length; index += 1) {
      if (this.mentionAt(index)) continue;
      const action = actionOf(this.tokens, index);
      if (!action) continue;
      // A clause with a subject of its own ("A hosted it; B organised it") has it; one without ("…; promoted X") keeps the last.
      // A relative clause's verb ("X, which B leads, involves C") leaves the clause's subject to the main verb.
      // ("Founded in 2023 by A and B, the Alliance promotes …": the main clause starts after the fronted phrase.)
      const clauseStart = Math.max(this.clauseStart(index), this.pastFronted(index) ?? -1);
      // ("X, which will be based in C": where a thing is, said in the passive, is said of it.) "X, which … and will work on
      // D": a verb coordinated with a relative clause's verb has its antecedent too.
      const coordinated = this.tokens[this.beforeAuxiliaries(index, true)]?.lower === 'and';
      const relative = this.relativeAntecedent(index, action === Action.LOCATE) ?? (coordinated ? lastRelative : undefined);
      lastRelative = relative;
      // "The project, which Brisk University leads, …": the relative pronoun is the verb's object, the name its subject.
      const objectRelative = relative ? undefined : this.objectRelative(index);
      if (clauseStart !== subjectClause && !relative && !objectRelative) {
        const own = this.subjectBefore(index, clauseStart);
        if (own.length === 0 && index <= 1 + numberedItem(this.tokens)) own.push(...this.listSubject);
        subject = own.length > 0 || subjectClause < 0 ? own : subject;
        subjectClause = clauseStart;
        firstSubject ??= subject;
      } else if (!relative && !objectRelative && isFiniteVerb(this.tokens[index])) {
        // "A, a maker based in X, and B announced C": the participle's subject was A; the finite verb's is the whole list.
        const own = this.subjectBefore(index, clauseStart);
        if (own.length > subject.length && subject.every((mention) => own.includes(mention))) {
          if (firstSubject === subject) firstSubject = own;
          subject = own;
        }
      }
      const verb = this.tokens[index];
      const passive = passiveAt(this.tokens, index);
      const previous = predicates.at(-1);
      const infinitive = this.tokens[index - 1]?.lower === 'to' || (!!previous && previous.action === Action.SUPPORT && previous.objects.length > 0 && previous.objects.at(-1)!.last === index - 1);
      // "the A and the B were unveiled": a passive verb's subject is the list right before it.
      const passiveSubject = passive && action === Action.LAUNCH ? this.mentionJustBefore(index) : undefined;
      let agents = relative ? [relative] : objectRelative ? objectRelative.subject : passiveSubject ? this.listEndingWith(passiveSubject) : subject;
      // "Two platforms were launched on the first day: the A, which …, and the B": what was launched follows the colon.
      if (passive && action === Action.LAUNCH && agents.length === 0) agents = this.listedAfterColon(index);
      // "X, a provincial research institute based in Wuzhou": a participle right after a common noun places what the noun
      // describes, not the sentence's subject.
      if (action === Action.LOCATE && !passive && this.tokens[index - 1]?.tags.has('Noun') && !this.mentionAt(index - 1)) {
        const described = this.passiveTarget(index);
        agents = described ? [described] : [];
      }
      // "A, together with B, will run X": a co-agent set off between the subject and its verb.
      if (!relative && agents.length > 0 && agents.at(-1)!.last < index) agents = [...agents, ...this.togetherWith(agents.at(-1)!.last, index).filter((mention) => !agents.includes(mention))];
      // ("A chose the expo to unveil X": an event chosen is the occasion; the infinitive is the subject's.)
      if (infinitive && previous && previous.objects.length > 0 && previous.objects.every((object) => this.typeOf(object) !== EntityType.Domain) && !previous.objects.every((object) => this.typeOf(object) === EntityType.Event)) {
        agents = previous.action === Action.COOPERATE ? [...previous.agents, ...previous.partners] : previous.objects;
      } else if (infinitive && previous?.action === Action.COOPERATE) agents = [...previous.agents, ...previous.partners];
      const after = this.argumentsStart(action, index);
      const end = this.nextClauseEnd(after);
      // "The conference, which runs in Sri Lamphun": an event that runs somewhere is held there.
      const eventRuns = action === Action.RUN && !passive && this.tokens[index + 1]?.lower === 'in' && agents.length > 0 && agents.every((agent) => this.typeOf(agent) === EntityType.Event);
      const predicate: Predicate = { verb, action: eventRuns ? Action.HOLD : action, passive, agents, objects: [], partners: [], events: [], infinitive };
      this.fill(predicate, { index, after, end, clauseStart }, previous);
      this.reframe(predicate, index, after, end);
      // An event role's object is its event ("the forum, which B co-organised").
      const relativeIsEvent = objectRelative && this.typeOf(objectRelative.antecedent) === EntityType.Event;
      if (objectRelative && predicate.objects.length === 0 && predicate.events.length === 0) predicate[relativeIsEvent && EVENT_ROLES[predicate.action] ? 'events' : 'objects'] = [objectRelative.antecedent];
      // "the Jinsha Bay Monitoring Station, which the service center opened in 2024": what it opened, and is no event, it founded.
      if (objectRelative && predicate.action === Action.HOLD && !relativeIsEvent && predicate.objects.includes(objectRelative.antecedent)) predicate.action = Action.ESTABLISH;
      predicates.push(predicate);
      // "A did not attend", "neither A nor B signed": a denial states no relation.
      if (!this.negated(index, clauseStart)) this.relate(predicate, previous);
    }
    this.patterns(firstSubject ?? []);
    if (this.entry.parse) this.parsedFrames(this.entry.parse, firstSubject ?? []);
    this.ellipsisActors();
    // "Brisk University is a public university in Hue. It co-founded …": a sentence without a verb of the lexicon still
    // has a subject, for the pronoun of the next.
    firstSubject ??= this.copulaSubject();
    return firstSubject && firstSubject.length > 0 ? firstSubject : this.previousSubject;
  }

  /**
   * "Under the agreement, the two sides will:", "The partners agreed to:", "the two sides agreed on the following
   * actions:": who the bullet (or numbered) lines after it are about.
   */
  colonSubject(): Mention[] {
    const last = this.tokens.length - 1;
    if (last < 1 || !/:/.test(this.tokens[last].post)) return [];
    if (/^(?:will|shall|can|to|would|must)$/.test(this.tokens[last].lower)) return this.subjectBefore(last, this.clauseStart(last));
    const following = this.tokens.findIndex((token) => token.lower === 'following');
    const verb = this.tokens.findIndex((token, index) => index < following && !this.mentionAt(index) && isVerb(token));
    return following > 0 && verb > 0 ? this.subjectBefore(verb, this.clauseStart(verb)) : [];
  }

  /**
   * The same verbs and role nouns read off the sentence's dependency parse: the grammar gives each its subject,
   * object, agent and prepositional groups however many words stand between them, so frames the patterns above
   * never saw still come out. Relations both find are one (dedupeRelations).
   */
  /**
   * The whole list a mention the parse points at stands in: the parser may hang the items before the last one elsewhere
   * ("welcomed A and B as new members": A as a modifier of B).
   */
  private wholeList(mention: Mention): Mention[] {
    // (A place before it qualifies an item, "the institute in Guangxi, Mahidol University and C"; it is no item.)
    const place = (item: Mention) => [EntityType.Place, EntityType.Country].includes(this.typeOf(item)!);
    const before = this.listEndingWith(mention).filter((item) => item.first < mention.first && place(item) === place(mention));
    return [...new Set([...before, ...this.listFrom(mention)])];
  }

  private parsedFrames(parse: Parse, subject: Mention[]): void {
    // A pronoun subject is the previous sentence's subject; "it" as an object is the last whole the text named;
    // "the forum" is the last forum named.
    const refer = (index: number, dep: string, determiner: number | undefined) => {
      if (determiner !== undefined) {
        // "coordinated by the Alliance secretariat": a body's organ acts for the body named right before it.
        const owner = ORGAN_WORDS.has(this.tokens[index].lower) ? this.mentionAt(index - 1) : undefined;
        if (owner?.entityId) return [owner];
        // The parse gives the description's head noun, whatever stands between ("the two-day forum").
        const head = this.tokens[index].lower.replace(/['’]s$/, '');
        const type = REFERENCE_HEADS[head];
        const last = type && this.antecedents.last([type], head);
        return last ? [this.pointer(last, determiner, index)] : [];
      }
      if (/^nsubj/.test(dep)) return subject.length > 0 && subject[0].last < index ? subject : this.previousSubject;
      const last = this.tokens[index].lower === 'it' ? this.antecedents.last([EntityType.Network, EntityType.Platform, EntityType.Project, EntityType.Event, EntityType.Agreement]) : undefined;
      return last ? [this.pointer(last, index, index)] : [];
    };
    const reader = new DependencyReader(this.tokens, parse, (index) => this.mentionAt(index), refer, (mention) => this.wholeList(mention));
    const actionAt = (index: number) => verbAction(this.tokens, index, parse.lemmas[index] ?? this.tokens[index].lower);
    for (const clause of reader.clauses((index) => actionAt(index) !== undefined && !this.negated(index, this.clauseStart(index)))) {
      // "Three institutions joined the alliance this year:" and a bullet line for each: the lines name the subject, or
      // the object of a verb that takes members and has none ("the council admitted:").
      const admits = actionAt(clause.verb) === Action.GROUP && !clause.passive && clause.objects.length === 0;
      if (clause.subjects.length === 0 && clause.agents.length === 0 && this.bullets.length > 0 && !admits) clause.subjects = this.bullets;
      // "the two sides will:" and a line "- set up a Joint Committee": the line's verb is theirs.
      if (clause.subjects.length === 0 && clause.agents.length === 0 && clause.verb <= 1 + numberedItem(this.tokens)) clause.subjects = this.listSubject;
      const predicate = this.parsedPredicate(clause, actionAt(clause.verb)!);
      // ("The Department will fund the centre's equipment, … and X will …": whose equipment it is, where the text says, is
      // what it supports, whatever else the parse hangs on the verb.)
      const owner = predicate.action === Action.SUPPORT ? this.ownerOfFundedSpan(clause, parse) : undefined;
      if (owner) predicate.objects = [owner];
      if (predicate.action === Action.SUPPORT && predicate.objects.length === 0) predicate.objects = this.supportedUnnamed(clause, parse, reader);
      this.relate(predicate, undefined);
      // "A has teamed up with B and C on P": each of them takes part in the project or platform P.
      // The parse may hang "in P" on the partner ("is collaborating with B in P"): a project right after a partner is one too.
      const wholes = predicate.action === Action.COOPERATE ? [...(clause.preps.get('on') ?? []), ...(clause.preps.get('in') ?? []), ...predicate.partners.flatMap((partner) => this.projectAfter(partner) ?? [])].filter((mention) => [EntityType.Project, EntityType.Platform].includes(this.typeOf(mention)!)) : [];
      for (const whole of wholes) for (const partner of [...predicate.agents, ...predicate.partners]) this.add(RelationType.PARTICIPATES_IN, partner, whole, predicate.verb, 0.65, `"${predicate.verb.text}" … on it`, { role: 'partner' });
      // "The project worked jointly with B", "the project will add a site, in partnership with B": B takes part in the
      // project or platform that works with it.
      const withWhole = predicate.action === Action.COOPERATE ? predicate.partners : predicate.passive ? [] : (clause.preps.get('jointly') ?? []);
      for (const agent of predicate.agents.filter((mention) => [EntityType.Project, EntityType.Platform].includes(this.typeOf(mention)!))) {
        for (const partner of withWhole) if (this.typeOf(partner) === EntityType.Institution) this.add(RelationType.PARTICIPATES_IN, partner, agent, predicate.verb, 0.6, `"${predicate.verb.text}" with it`, { role: 'partner' });
      }
    }
    for (const { owner, thing } of reader.owned()) this.ownership(owner, thing);
    for (const role of reader.roles((index) => ROLE_NOUN_FRAMES.some(([pattern]) => pattern.test(this.tokens[index].lower)))) {
      // "It is not a member of the network": a role denied is none.
      if (this.negated(role.noun, this.clauseStart(role.noun))) continue;
      const [, wanted, relation] = ROLE_NOUN_FRAMES.find(([pattern]) => pattern.test(this.tokens[role.noun].lower))!;
      // The whole is never one of the members ("The X Consortium … became an associate member": of the network before).
      // ("- A (Chinese Academy of Sciences), coordinator": the name in brackets says whose A is; the role is A's.)
      const members = (role.members.length > 0 ? role.members : this.bullets).map((member) => this.bracketOwner(member) ?? member);
      if (members.length === 0) continue;
      const memberIds = new Set(members.map((member) => member.entityId));
      const isWhole = (mention: Mention) => wanted.includes(this.typeOf(mention)!) && !memberIds.has(mention.entityId);
      const last = this.antecedents.last(wanted, undefined, memberIds);
      // ("Funding comes from A and from the B Center. C joined as a partner": of the work funded, not the funder.)
      const source = last && last.sentence.tokens[beforeArticle(last.sentence.tokens, last.first)]?.lower === 'from';
      const earlier = source ? this.antecedents.topic(wanted, memberIds) : last;
      // "a member of both the A Network and the B Consortium": every whole the complement names.
      const named = role.wholes.filter(isWhole);
      // ("The two companies will be partners in the venture": a whole the complement names, of another kind, is no earlier one.)
      const complement = ['in', 'of'].includes(this.tokens[role.noun + 1]?.lower ?? '') && this.tokens[role.noun + 2]?.lower === 'the' ? this.tokens[role.noun + 3] : undefined;
      const complementNamed = complement && this.mentionAt(complement.index);
      if (named.length === 0 && complement && (complementNamed ? !wanted.includes(this.typeOf(complementNamed)!) : REFERENCE_HEADS[complement.lower] === undefined)) continue;
      const nearest = this.entry.top.filter((mention) => mention.last < role.noun && mention.entityId && isWhole(mention)).at(-1) ?? (earlier && this.pointer(earlier, role.noun, role.noun));
      const wholes = named.length > 0 ? named : nearest ? [nearest] : [];
      for (const whole of wholes) {
        for (const member of members) {
          // ("A | Vietnam | Coordinator; …": a table's cells are read apart, whatever the parse makes of them.)
          if (!this.mayHoldRole(member, whole) || cellOf(this.tokens, member.first) !== cellOf(this.tokens, role.noun)) continue;
          this.add(relation, member, whole, this.tokens[role.noun], 0.6, `one of the "${this.tokens[role.noun].text}" of ${whole.name}, by the sentence's grammar`, relation === RelationType.PARTICIPATES_IN ? { role: 'partner' } : {});
        }
      }
    }
  }

  /**
   * What a support verb with no named object supports: the project or platform spoken of for a span of its work ("is
   * funding the first three years"), the event for a part of it ("is sponsoring the field visits"), who receives ("will
   * supply the centre's station"), or the work the text is about for what is given to no one named ("contributes sensors").
   */
  private supportedUnnamed(clause: ParsedClause, parse: Parse, reader: DependencyReader): Mention[] {
    const dobj = (test: RegExp) => parse.heads.findIndex((head, child) => head === clause.verb && parse.deps[child] === 'dobj' && test.test(parse.lemmas[child] ?? ''));
    // ("will pay for laboratory equipment", "Equipment worth … was paid for by the Fund": what is paid for, or the passive's subject.)
    const paidFor = (test: RegExp) =>
      parse.heads.findIndex((head, child) => test.test(parse.lemmas[child] ?? '') && ((parse.deps[child] === 'pobj' && parse.heads[head] === clause.verb && this.tokens[head]?.lower === 'for') || (head === clause.verb && parse.deps[child] === 'nsubjpass')));
    const span = Math.max(dobj(FUNDED_SPANS), paidFor(FUNDED_SPANS));
    const part = dobj(EVENT_PARTS);
    const spoken = span >= 0 ? this.antecedents.last([EntityType.Project, EntityType.Platform]) : part >= 0 ? this.antecedents.last([EntityType.Event]) : undefined;
    if (spoken) return [this.pointer(spoken, Math.max(span, part), Math.max(span, part))];
    const recipients = reader.recipients(clause.verb).filter((mention) => RECEIVING_TYPES.includes(this.typeOf(mention)!));
    if (recipients.length > 0) return recipients;
    // ("B contributes hive sensors in kind": not to one this sentence names in another part, "provided by X, while B has donated …".)
    const given = /^(?:contribut|donat)/.test(parse.lemmas[clause.verb] ?? '') && dobj(/./) >= 0;
    const work = given ? this.antecedents.topic([EntityType.Project, EntityType.Platform, EntityType.Network, EntityType.Event], new Set(this.entry.top.map((mention) => mention.entityId))) : undefined;
    return work ? [this.pointer(work, clause.verb, clause.verb)] : [];
  }

  /**
   * Whose the span of work or thing the verb's object names is, by a possessive right before it: a name ("the X Centre's
   * equipment"), or "the" and a word for it ("the centre's equipment").
   */
  private ownerOfFundedSpan(clause: ParsedClause, parse: Parse): Mention | undefined {
    const k = parse.heads.findIndex((head, child) => head === clause.verb && parse.deps[child] === 'dobj' && FUNDED_SPANS.test(parse.lemmas[child] ?? ''));
    const owner = this.tokens[k - 1];
    if (!owner || !/['’]s$/.test(owner.text)) return undefined;
    // (Named before it: not one this sentence names after it.)
    return this.mentionAt(k - 1) ?? this.referenceBesides(k - 2, [], this.entry.top.filter((mention) => mention.first > k), true)[0];
  }

  /** The project or platform "in" or "on" introduces right after `mention` ("with B in the X Project"). */
  private projectAfter(mention: Mention): Mention | undefined {
    if (!['in', 'on'].includes(this.tokens[mention.last + 1]?.lower ?? '')) return undefined;
    return this.wholeAfter(mention.last + 2, this.nextClauseEnd(mention.last + 1), [EntityType.Project, EntityType.Platform]);
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
    // "A opened a joint laboratory with B. The X Joint Laboratory …": what the next sentence names.
    if ([Action.HOLD, Action.ESTABLISH, Action.LAUNCH].includes(action) && !clause.passive && objects.length === 0) objects = this.namedNext(clause.verb + 1).filter((object) => !isEvent(object));
    // "A and B have opened the X Joint Laboratory": what is opened and is no event is established; an event that holds
    // people ("the forum convened experts from A") gathers them.
    // ("A holds 51 per cent of its shares and B 49 per cent": what is held, and no event, is owned, not established.)
    const owned = /^(?:hold|held)/.test(this.tokens[clause.verb].lower) && !agents.some(isEvent);
    if (action === Action.HOLD && !clause.passive && objects.length > 0 && !objects.some(isEvent) && !owned) action = agents.some(isEvent) ? Action.GATHER : Action.ESTABLISH;
    // "the Heron Seed Centre, opened by the institute in 2025": what someone opened, and is no event, they established
    // (an inauguration is a ceremony: whoever performs it need not have set the thing up).
    if (action === Action.HOLD && clause.passive && /^open/.test(this.tokens[clause.verb].lower) && objects.length > 0 && !objects.some(isEvent) && agents.length > 0 && !agents.some(isEvent)) action = Action.ESTABLISH;
    if (action === Action.RECEIVE) [action, agents, objects] = [Action.SUPPORT, actors(clause.preps.get('from') ?? []), clause.passive ? [] : clause.subjects];
    // ("The licence was brokered through the Platform": the go-between, said with "through", is who supports it.)
    if (action === Action.SUPPORT && clause.passive && agents.length === 0) agents = actors(clause.preps.get('through') ?? []);
    // "HANOI, 14 September -- A opened a lab": a dateline's city founds nothing.
    if (action === Action.ESTABLISH) agents = agents.filter((agent) => this.typeOf(agent) !== EntityType.Place);
    if (action === Action.COOPERATE) partners = withs;
    // ("established by A and B, with C as its industrial partner": C has a role of its own.)
    else if (CO_AGENT_ACTIONS.has(action)) agents = [...agents, ...actors(withs).filter((mention) => !this.roleAfterWith(mention.first - 1, this.tokens.length) && !this.givesSupport(mention))];
    // "The centre brings together two firms, A and B": no event gathers them, the centre does: they are its partners.
    if (action === Action.GATHER && !clause.passive && !agents.some(isEvent) && agents.some((agent) => WHOLE_TYPES.includes(this.typeOf(agent)!))) action = Action.GROUP;
    if (action === Action.GATHER) {
      // "The forum drew 300 experts"; "300 experts gathered in Hanoi for the forum": the event they came for is held there.
      const cameFor = clause.subjects.some(isEvent) ? [] : [...(clause.preps.get('for') ?? []), ...(clause.preps.get('at') ?? [])].filter(isEvent);
      [agents, events, partners] = [clause.objects, [...clause.subjects.filter(isEvent), ...cameFor], cameFor.length > 0 ? places : partners];
    }
    else if (EVENT_ROLES[action] || action === Action.HOLD) {
      events = [...objects, ...(clause.preps.get('at') ?? []), ...(clause.preps.get('for') ?? [])].filter(isEvent);
      objects = objects.filter((object) => !isEvent(object));
      partners = places;
    } else if (action === Action.LOCATE || (action === Action.LAUNCH && clause.passive)) partners = [...places, ...(clause.preps.get('at') ?? []).filter(isEvent)];
    // "Two more signed up during the launch": joining with nothing named joins the network last spoken of.
    if (action === Action.PARTICIPATE && !clause.passive && objects.length === 0 && JOINING_VERBS.test(this.tokens[clause.verb].lower)) {
      const network = this.antecedents.last([EntityType.Network]);
      if (network) objects = [this.pointer(network, clause.verb, clause.verb)];
    }
    // "At its meeting the council admitted:" and a bullet line for each: the members admitted, into the network last
    // spoken of when the subject names no whole (a body of it: "the council", "the board").
    if (action === Action.GROUP && !clause.passive && objects.length === 0 && this.bullets.length > 0) {
      objects = this.bullets;
      const network = agents.some((agent) => WHOLE_TYPES.includes(this.typeOf(agent)!)) ? undefined : this.antecedents.last([EntityType.Network]);
      if (network) agents = [this.pointer(network, clause.verb, clause.verb)];
    }
    // "A and B were admitted (added) to the alliance": the whole follows "to".
    if (action === Action.GROUP && clause.passive && agents.length === 0) [agents, objects] = [[...(clause.preps.get('to') ?? []), ...(clause.preps.get('into') ?? [])], clause.subjects];
    // "the project was carried out together with B": what the co-agents take part in.
    if (action === Action.PARTICIPATE && clause.passive && objects.length === 0) [objects, agents] = [clause.subjects, actors(withs)];
    if (action === Action.LOCATE && agents.length === 0) agents = clause.subjects;
    return { verb: this.tokens[clause.verb], action, passive: clause.passive, agents, objects, partners, events, infinitive: false };
  }

  /** Where a verb's own words start: after its particle ("set up", "carried out", "took part in", "focus on"). */
  /** "X, which A and B lead, …": the name before ", which" and the subject between the pronoun and the verb at `index`. */
  private objectRelative(index: number): { antecedent: Mention; subject: Mention[] } | undefined {
    const k = this.beforeAuxiliaries(index);
    const last = this.mentionAt(k);
    if (!last || last.last !== k) return undefined;
    const subject = this.listEndingWith(last);
    const pronoun = beforeArticle(this.tokens, subject[0].first);
    if (!['which', 'that'].includes(this.tokens[pronoun]?.lower ?? '')) return undefined;
    if (!/,/.test(this.tokens[pronoun - 1]?.post ?? '')) {
      // "X, a two-square-kilometre living lab that the institute runs": the name an apposition describes, when the
      // pronoun follows the apposition.
      const described = this.appositiveOf(pronoun, 10);
      return described ? { antecedent: described, subject } : undefined;
    }
    const nearest = this.mentionAt(pronoun - 1);
    // "the X Station in Luang Namtha Province, which CATTC will run": where the thing is closes its noun phrase; the
    // pronoun is the thing.
    const placed = nearest && [EntityType.Place, EntityType.Country].includes(this.typeOf(nearest)!) ? this.tokens[nearest.first - 1] : undefined;
    const antecedent = placed && ['in', 'at', 'on'].includes(placed.lower) ? (this.mentionAt(placed.index - 1) ?? nearest) : nearest;
    return antecedent ? { antecedent, subject } : undefined;
  }

  /** "did not attend", "has never hosted", "neither A nor B attended" (not "not only … but also"): the verb at `index` is denied. */
  private negated(index: number, clauseStart: number): boolean {
    const before = this.tokens.slice(clauseStart, index).map((token) => token.lower);
    const near = before.slice(-3);
    const not = near.findIndex((word) => word === 'not' || word === 'never' || /n['’]t$/.test(word));
    return before.includes('neither') || (not >= 0 && near[not + 1] !== 'only');
  }

  /** The subject of the sentence's first verb, whatever the verb ("is", "began"), when no verb of the lexicon gave one. */
  private copulaSubject(): Mention[] | undefined {
    const verb = this.tokens.findIndex((token, index) => !this.mentionAt(index) && isVerb(token));
    return verb > 0 ? this.subjectBefore(verb, this.clauseStart(verb)) : undefined;
  }

  private argumentsStart(action: Action, index: number): number {
    let after = index + 1;
    if (['up', 'out', 'with'].includes(this.tokens[after]?.lower ?? '') && !(action === Action.COOPERATE && this.tokens[after].lower === 'with')) after += 1;
    // ("switched on the X Centre".)
    else if (/^switch/.test(this.tokens[index].lower) && this.tokens[after]?.lower === 'on') after += 1;
    else if (action === Action.FOCUS && ['on', 'in'].includes(this.tokens[after]?.lower ?? '')) {
      after += 1;
      // "worked in two fields: X and Y": the fields follow the colon.
      const fields = [after, after + 1].find((k) => FIELD_NOUNS.has(this.tokens[k]?.lower ?? '') && /^:\s*$/.test(this.tokens[k].post));
      if (fields !== undefined) after = fields + 1;
    }
    else if (action === Action.PARTICIPATE && this.tokens[after]?.lower === 'part') after += this.tokens[after + 1]?.lower === 'in' ? 2 : 1;
    // ("participates in X", "participated in X": what it takes part in follows "in".)
    // ("belong to N": what they are members of follows "to".)
    else if (action === Action.PARTICIPATE && ((/^participat/.test(this.tokens[index].lower) && this.tokens[after]?.lower === 'in') || (/^belong/.test(this.tokens[index].lower) && this.tokens[after]?.lower === 'to'))) after += 1;
    // ("consists of A and B", "is made up of A and B".)
    if (action === Action.GROUP && this.tokens[after]?.lower === 'of') after += 1;
    // ("signed up to the network", "signed up for it": what one joins follows the particle's preposition.)
    if (action === Action.PARTICIPATE && this.tokens[after - 1]?.lower === 'up' && ['to', 'for', 'with'].includes(this.tokens[after]?.lower ?? '')) after += 1;
    return after;
  }

  /** A predicate's arguments, by what its verb does: partners, events, places, objects. */
  private fill(predicate: Predicate, at: VerbAt, previous: Predicate | undefined): void {
    const { index, after, end } = at;
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
      // "Vietnam held the forum in Hanoi"; "the forum opened in Hanoi"; "the forum, held in Hanoi,"; "A opened a joint
      // laboratory with B. The X Joint Laboratory …".
      const named = this.objectsAfter(after, end).objects;
      const objects = named.length > 0 ? named : this.namedNext(after).filter((object) => this.typeOf(object) !== EntityType.Event);
      const held = objects.filter((object) => this.typeOf(object) === EntityType.Event);
      predicate.events = held.length > 0 ? held : this.eventBefore(index, agents, previous);
      // "officials met in Manila for the Forum": the event people gathered for.
      const forAt = this.tokens.findIndex((token, n) => n >= after && n < end && token.lower === 'for');
      if (predicate.events.length === 0 && forAt >= 0) predicate.events = this.objectsAfter(forAt + 1, end).objects.filter((object) => this.typeOf(object) === EntityType.Event).slice(0, 1);
      predicate.partners = this.placeAfter(after, end);
      // "A and B have opened the X Joint Laboratory": what is opened and is no event is established.
      // "The forum convened experts from A and B": an event that holds people gathers them; it establishes nothing.
      const eventAgents = agents.filter((agent) => this.typeOf(agent) === EntityType.Event);
      if (held.length === 0 && objects.length > 0 && !passive && eventAgents.length > 0) Object.assign(predicate, { action: Action.ATTEND, agents: objects, objects: [], events: eventAgents });
      else if (held.length === 0 && objects.length > 0 && !passive) {
        // "A opened a joint laboratory with B": B opened it too.
        const withAt = this.tokens.findIndex((token, n) => n >= after && n < end && token.lower === 'with');
        const coAgents = withAt < 0 ? [] : this.objectsAfter(withAt + 1, end).objects.filter((mention) => ACTOR_TYPES.has(this.typeOf(mention)!) && this.typeOf(mention) !== EntityType.Place);
        Object.assign(predicate, { action: Action.ESTABLISH, agents: [...agents, ...coAgents.filter((mention) => !agents.includes(mention))], objects, events: [] });
      }
    } else if (EVENT_ROLES[action]) {
      this.fillEventRole(predicate, at, previous);
    } else if (action === Action.RECEIVE) {
      // "The project receives 4.2 million yuan from A, and a further US$600,000 from B": each giver supports it.
      const givers = this.tokens.flatMap((token, n) => (n > index && n < end && token.lower === 'from' ? this.objectsAfter(n + 1, end).objects : []));
      Object.assign(predicate, { action: Action.SUPPORT, agents: passive ? [] : givers, objects: passive ? [] : agents });
    } else if (action === Action.LOCATE) {
      const located = this.mentionJustBefore(index);
      if (located) predicate.agents = [located];
      predicate.partners = this.placeAfter(after, end);
    } else {
      const domainsOnly = (action === Action.PROMOTE && this.tokens.slice(after, after + 3).some((token) => LIGHT_NOUNS.has(token.lower) && token.lower !== 'promotion')) || (action === Action.FOCUS && fieldWorkAt(this.tokens, after));
      predicate.objects = this.objectsAfter(after, end, domainsOnly && this.objectsAfter(after, end).objects.length === 0).objects;
      if (predicate.objects.length === 0 && domainsOnly) predicate.objects = this.objectsAfter(after, end, true).objects;
      // "set up the network", "joined it": the entity named before (what "it" can be joined: a network, platform or project).
      if (predicate.objects.length === 0) predicate.objects = this.tokens[after]?.lower !== 'it' ? this.referenceBesides(after, [], agents) : action === Action.PARTICIPATE ? this.referenceAt(after, EntityType.Network, EntityType.Platform, EntityType.Project) : [];
      if (predicate.objects.length === 0 && (action === Action.ESTABLISH || action === Action.LAUNCH)) predicate.objects = this.namedNext(after);
      // ("The network admitted three new members: A, B and C": those it admits follow a colon.)
      if (predicate.objects.length === 0 && action === Action.GROUP) predicate.objects = this.listedAfterColon(index);
      // "X, set up in Davao City by A": where it was set up.
      if (action === Action.ESTABLISH) predicate.partners = this.placeAfter(after, end);
    }
  }

  /** An event role's actors and event: "hosted by A", "A and B organised it", "officials spoke at the forum". */
  private fillEventRole(predicate: Predicate, at: VerbAt, previous: Predicate | undefined): void {
    const { index, after, end, clauseStart } = at;
    const { action, passive, agents } = predicate;
    const by = this.byPhrase(after, end);
    const gathers = action === Action.GATHER;
    if (this.tokens[index].lower === 'represented') {
      // "Laos and Cambodia were represented by observers": the names before the verb were there, at the event spoken of.
      const event = this.sentenceEvent(index);
      const represented = this.mentionJustBefore(index);
      predicate.events = event ? [event] : [];
      predicate.agents = represented ? this.listEndingWith(represented) : agents;
    } else if (gathers && agents.some((agent) => WHOLE_TYPES.includes(this.typeOf(agent)!))) {
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
      // "The Exchange … is hosted by the Kampong Thom institute": a platform someone hosts, it supports.
      if (action === Action.HOST && predicate.events.length === 0 && by.length > 0) predicate.objects = agents.filter((agent) => WHOLE_TYPES.includes(this.typeOf(agent)!));
    } else {
      predicate.events = this.eventAfter(after, end, action === Action.ATTEND && !NAMED_EVENT_ATTENDANCE.test(this.tokens[index].lower));
      if (action === Action.ATTEND) {
        predicate.agents = this.attendees(clauseStart, index, agents);
        // "Officials from six countries spoke at the forum, including representatives of A": whom the tail names attend too.
        const including = this.tokens.findIndex((token, n) => n > index && n < end && token.lower === 'including');
        if (including >= 0) predicate.agents = [...predicate.agents, ...this.attendees(including + 1, end, []).filter((mention) => !predicate.agents.includes(mention))];
      }
    }
    predicate.partners = this.placeAfter(after, end);
  }

  /**
   * What a verb's frame adds to its subject and object: "founded in 2019 by A and B" (the actors follow "by",
   * what stands before the verb is its object), "co-founded X with B", "manages X together with A" (co-agents),
   * "joined the network this year: A, B and C" (the agents follow a colon).
   */
  private reframe(predicate: Predicate, index: number, after: number, end: number): void {
    const { action } = predicate;
    // ("The laboratory was inaugurated … by A and B": what is inaugurated, and is no event, its inaugurators established.)
    const inaugurated = action === Action.HOLD && /^inaugurat/.test(this.tokens[index].lower);
    if (BY_ACTIONS.has(action) || inaugurated) {
      // ("the X Centre, to be run with A and B": who runs it with the founders named before, after a plain "with".)
      const runWith = predicate.passive && (action === Action.RUN || action === Action.IMPLEMENT) && this.tokens[index + 1]?.lower === 'with';
      const by = runWith ? this.objectsAfter(index + 2, end).objects : this.byAt(after, end);
      const passiveTarget = by.length > 0 ? (this.frontedAt(index) ?? this.passiveTarget(index)) : undefined;
      const target = inaugurated && passiveTarget && this.typeOf(passiveTarget) === EntityType.Event ? undefined : passiveTarget;
      if (target) Object.assign(predicate, { agents: by, objects: [target], passive: true });
      // "… and it is funded by C": the pronoun before the passive stands for the subject it was resolved to.
      else if (by.length > 0 && this.pronounBeforePassive(index) && predicate.agents.length > 0) Object.assign(predicate, { agents: by, objects: predicate.agents, passive: true });
      // ("The coating was developed by A together with B", "a kit co-developed by A and B": what no entity names, those
      // after "by" did.)
      else if (by.length > 0 && predicate.objects.length === 0) Object.assign(predicate, { agents: by, passive: true });
      // "jointly launched by A and B": what someone launched, and is no event, they established.
      if (target && (action === Action.LAUNCH || inaugurated) && this.typeOf(target) !== EntityType.Event) predicate.action = Action.ESTABLISH;
    }
    // ("the project is led by A with B": who runs or carries out a thing by someone's side shares the work.)
    // ("It is carried out by A with B and C": "carried out" reads as taking part, and shares it as running does.)
    const carriedOut = predicate.passive && (action === Action.RUN || action === Action.IMPLEMENT || (action === Action.PARTICIPATE && /^carr/.test(this.tokens[index].lower)));
    const coAgents = CO_AGENT_ACTIONS.has(action) ? this.coAgents(index, after, end, carriedOut) : [];
    predicate.agents = [...predicate.agents, ...coAgents];
    predicate.jointly = coAgents.length > 0 || saidJointly(this.tokens, index);
    // "the project was carried out together with B and C": the passive subject is what the co-agents take part in.
    const wholes = predicate.agents.filter((mention) => [EntityType.Project, EntityType.Platform].includes(this.typeOf(mention)!));
    if (action === Action.PARTICIPATE && predicate.passive && predicate.objects.length === 0 && wholes.length > 0) Object.assign(predicate, { objects: wholes, agents: this.coAgents(index, after, end) });
    // "A and B were admitted (accepted) into the alliance": the whole follows "to" or "into"; the subject are its members.
    if (action === Action.GROUP && predicate.passive && ['to', 'into'].includes(this.tokens[after]?.lower ?? '')) {
      // ("were admitted into the network": the one named before.)
      const named = this.objectsAfter(after + 1, end).objects.filter((mention) => WHOLE_TYPES.includes(this.typeOf(mention)!));
      const wholes = named.length > 0 ? named : [this.wholeAfter(after + 1, end, [EntityType.Network])].filter((mention): mention is Mention => mention !== undefined);
      // ("the department announced that three bodies had been accepted into the network: A, B and C": counted before the
      // verb, the members are named after a colon.)
      const listed = this.listedAfterColon(index).filter((mention) => !wholes.includes(mention));
      if (wholes.length > 0) Object.assign(predicate, { agents: wholes, objects: listed.length > 0 ? listed : predicate.agents });
    }
    if (predicate.agents.length === 0 && action === Action.PARTICIPATE) {
      const colon = this.tokens.findIndex((token, n) => n >= after && n < end && /:/.test(token.post));
      if (colon >= 0) predicate.agents = this.objectsAfter(colon + 1, end).objects;
    }
  }

  /** Whether the verb at `verb` takes an object: a noun phrase right after it and its adverbs ("held talks in"), not a preposition ("opened on 3 May in", "will open at the farm in"). */
  private hasObject(verb: number): boolean {
    // "open, by the end of 2027, the X Station": an aside between commas stands between the verb and its object.
    const aside = /,/.test(this.tokens[verb].post) ? this.tokens.findIndex((token, n) => n > verb && n <= verb + 8 && /,/.test(token.post)) : -1;
    let k = (aside > 0 ? aside : verb) + 1;
    while (k < this.tokens.length && (this.tokens[k].tags.has('Adverb') || ['up', 'out', 'officially', 'jointly'].includes(this.tokens[k].lower))) k += 1;
    const next = this.tokens[k];
    return !!next && !PREPOSITIONS.has(next.lower) && !next.tags.has('Date') && (next.tags.has('Noun') || OBJECT_OPENERS.has(next.lower));
  }

  /** "it is funded", "they were founded", "it has been run": a subject pronoun right before a passive verb. */
  private pronounBeforePassive(index: number): boolean {
    const k = this.beforeAuxiliaries(index, true);
    return k < index - 1 && ['it', 'they'].includes(this.tokens[k]?.lower ?? '');
  }

  /** What a passive verb is about: the mention it follows ("the centre was co-founded by"), or the name an apposition describes ("X, a platform jointly run by"). */
  private passiveTarget(index: number): Mention | undefined {
    // ("Delegates visited X, which was founded by A": the relative pronoun's antecedent, whatever opens the sentence.)
    const before = this.relativeAntecedent(index, true) ?? this.mentionJustBefore(index);
    if (before) return before;
    // ("X, an online marketplace for diagnosis services and tapping tools built by": a gerund may describe a noun there.)
    for (let k = index - 1; k >= Math.max(0, index - 10); k -= 1) {
      const token = this.tokens[k];
      if (/,/.test(token.post)) return this.mentionAt(k);
      // ("X, to be run with A and B": the passive infinitive's own words.)
      if (['to', 'be'].includes(token.lower) && k >= index - 2) continue;
      if (token.tags.has('Verb') && !token.tags.has('Adjective') && !(token.tags.has('Gerund') && this.tokens[k + 1]?.tags.has('Noun'))) return this.openingSubject(index);
    }
    return undefined;
  }

  /**
   * "A joint laboratory for growing corals on land was inaugurated": the subject that opens the sentence, past what it is
   * for, right before the passive's auxiliary (not "…, and is funded by", whose subject is another clause's).
   */
  private openingSubject(index: number): Mention | undefined {
    const opening = this.mentionAt(pastArticle(this.tokens, 0));
    if (!opening || !/^(?:was|were|is|are)$/.test(this.tokens[index - 1]?.lower ?? '')) return undefined;
    const between = this.tokens.slice(opening.last + 1, index - 1);
    const purpose = (token: Token, n: number) => token.tags.has('Gerund') && between[n - 1]?.lower === 'for';
    return between.every((token, n) => !/[,;]/.test(token.post) && (!token.tags.has('Verb') || purpose(token, n))) ? opening : undefined;
  }

  /** "together with A", "jointly with A", and for a verb of its own ("co-founded … with A") a plain "with A": actors that share the verb. */
  private coAgents(verb: number, from: number, end: number, plainWith = false): Mention[] {
    const joint = saidJointly(this.tokens, verb);
    // (A plain "with" shares the verb only before a name: "led by A with B", not "with support from B".)
    const named = (n: number) => {
      const next = pastArticle(this.tokens, n + 1);
      return plainWith && this.mentionAt(next)?.first === next;
    };
    // ("hosted by A and organised by B together with C": C shares the verb coordinated with this one, not this one.)
    // ("Jointly hosted by A, the forum is organised by B together with C": nor the main clause's passive verb.)
    const nextVerb = this.tokens.findIndex((_, n) => n > verb && n < end && (this.tokens[n - 1].lower === 'and' || BE.includes(this.tokens[n - 1].lower)) && !this.mentionAt(n) && actionOf(this.tokens, n) !== undefined);
    const withAt = this.tokens.findIndex((token, n) => n >= from && n < (nextVerb > 0 ? nextVerb : end) && token.lower === 'with' && (joint || this.sharedWith(n) || named(n)));
    // "jointly organised the seminar, with 70 participants from A": who came, not who organised.
    const people = this.tokens.slice(withAt + 1, withAt + 4).some((token) => PEOPLE_NOUNS.has(token.lower) || /^participants?$|^attendees?$/.test(token.lower));
    // "jointly established by A and B, with C as its industrial partner": C has a role of its own (see asPartners).
    if (withAt < 0 || people || this.roleAfterWith(withAt, end)) return [];
    return this.objectsAfter(withAt + 1, end).objects.filter((mention) => ACTOR_TYPES.has(this.typeOf(mention)!) && this.typeOf(mention) !== EntityType.Place && !this.seatAfterComma(mention) && !this.givesSupport(mention));
  }

  /** "headquartered in Cyberjaya, Selangor": the region after a comma that ends the list holds the place before it; it is not where the subject is. */
  private containerOf(place: Mention, places: Mention[]): boolean {
    const afterComma = places.some((other) => other.last + 1 === place.first && /^,\s*$/.test(this.tokens[other.last].post));
    return afterComma && !places.some((other) => other.first > place.last);
  }

  /**
   * "A and B have cooperated since 2015": two who cooperate with no one else named cooperate with each other. ("A and B
   * will co-lead the first trial": leading together something no entity is cooperating; "A and B have worked together
   * since 2020": so is working together; "A and B co-developed a field test kit", "was developed by A together with B":
   * so is developing together what no entity names.)
   */
  private withEachOther({ verb, action, agents, objects, partners, jointly }: Predicate): boolean {
    const together = /^work/.test(verb.lower) && this.tokens[verb.index + 1]?.lower === 'together';
    const developed = action === Action.ESTABLISH && /^(?:co-?)?develop/.test(verb.lower) && !!jointly;
    const cooperated = action === Action.COOPERATE && (/^(?:cooperat|collaborat|partner)/.test(verb.lower) || together);
    return partners.length === 0 && objects.length === 0 && agents.length === 2 && (cooperated || (action === Action.RUN && /^co-?le[ad]/.test(verb.lower)) || developed);
  }

  private relate(predicate: Predicate, previous: Predicate | undefined): void {
    const { verb, action, agents, objects, partners } = predicate;
    const activity = { activity: verb.text };
    const confidence = predicate.infinitive ? 0.6 : 0.7;
    const because = (what: string) => `"${verb.text}" ${what}`;
    if (this.withEachOther(predicate) && agents.every((agent) => this.typeOf(agent) === EntityType.Institution)) this.add(RelationType.COOPERATES_WITH, agents[0], agents[1], verb, confidence, because('with each other'), activity);
    for (const agent of agents) {
      if (action === Action.COOPERATE) for (const partner of partners) this.add(RelationType.COOPERATES_WITH, agent, partner, verb, confidence, because('with a partner'), activity);
      if (action === Action.LAUNCH && predicate.passive) {
        for (const where of partners) if (this.typeOf(where) === EntityType.Event) this.add(RelationType.LAUNCHED_AT, agent, where, verb, 0.75, because('at an event'));
      }
      const role = EVENT_ROLES[action];
      // ("Nanning hosted the forum", "Hue played host to it": a town that hosts an event is where it was held.)
      const townHosts = role === RelationType.HOSTED && this.typeOf(agent) === EntityType.Place;
      if (townHosts) for (const event of predicate.events) this.add(RelationType.HELD_IN, event, agent, verb, 0.7, because('an event, as the town it is held in'));
      else if (role && ACTOR_TYPES.has(this.typeOf(agent)!)) for (const event of predicate.events) this.add(role, agent, event, verb, 0.7, because(`an event (${role.toLowerCase()})`));
      if (action === Action.LOCATE) for (const where of partners.filter((place) => !this.containerOf(place, partners))) this.add(RelationType.LOCATED_IN, agent, where, verb, 0.75, because('a place'));
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
        } else if (action === Action.SUPPORT || action === Action.PROMOTE || (action === Action.HOST && predicate.passive && WHOLE_TYPES.includes(type!))) {
          this.add(policyLike ? RelationType.PROMOTES : RelationType.SUPPORTS, agent, object, verb, confidence, because(policyLike ? 'a field or policy' : 'an actor or work'), activity);
        } else if (action === Action.IMPLEMENT && type === EntityType.Initiative) {
          this.add(RelationType.IMPLEMENTS, agent, object, verb, confidence, because('a plan'));
        } else if (action === Action.IMPLEMENT && (type === EntityType.Project || type === EntityType.Platform) && ACTOR_TYPES.has(this.typeOf(agent)!)) {
          // "The project is jointly implemented by A and B": who carries out a project takes part in it.
          this.add(RelationType.PARTICIPATES_IN, agent, object, verb, confidence, because('a project or platform'), { role: 'partner' });
        } else if (action === Action.COVER) {
          this.add(RelationType.COVERS, agent, object, verb, confidence, because('what it covers'));
        } else if (action === Action.RUN && type === EntityType.Event) {
          this.add(RelationType.ORGANIZED, agent, object, verb, confidence, because('an event'));
        } else if (action === Action.RUN && WORKED_TYPES.has(type!)) {
          this.add(RelationType.PARTICIPATES_IN, agent, object, verb, confidence, because('a platform or project'), { role: 'partner' });
        } else if (action === Action.FOCUS && type === EntityType.Domain) {
          this.add(RelationType.IN_DOMAIN, agent, object, verb, confidence, because('a field'));
        } else if (action === Action.SERVE && (type === EntityType.Initiative || type === EntityType.Domain)) {
          this.add(RelationType.SERVES, agent, object, verb, confidence, because('a strategy or initiative'));
        } else if (action === Action.PARTICIPATE && type === EntityType.Event) {
          this.add(RelationType.ATTENDED, agent, object, verb, confidence, because('an event'));
        } else if (action === Action.PARTICIPATE && WORKED_TYPES.has(type!)) {
          this.add(RelationType.PARTICIPATES_IN, agent, object, verb, confidence, because('a project or platform'), { role: type === EntityType.Platform ? 'partner' : 'participant' });
          if (previous?.action === Action.SUPPORT && predicate.infinitive) for (const helper of previous.agents) this.add(RelationType.SUPPORTS, helper, object, previous.verb, 0.6, `"${previous.verb.text}" others to carry it out`, { activity: `${previous.verb.text} carry out` });
        } else if (action === Action.PARTICIPATE && (type === EntityType.Network || type === EntityType.CountryGroup)) {
          // (Who joins a network is an organisation, a platform or another network; who joins a group, a country; a place neither.)
          const joins = type === EntityType.Network ? [EntityType.Institution, EntityType.Platform, EntityType.Network] : [EntityType.Country];
          if (joins.includes(this.typeOf(agent)!)) this.add(RelationType.MEMBER_OF, agent, object, verb, confidence, because('a network or group'));
        } else if (action === Action.GROUP) {
          this.grouped(agent, object, verb, confidence, because);
        }
      }
    }
    // "The nursery will open in Hue", "Opened in Hue, the hub …": a platform or organisation that opens somewhere is there;
    // one that holds something there ("held talks in Hanoi") or meets there ("A and B met in Nanning") only went there.
    if (action === Action.HOLD && predicate.events.length === 0 && !/^(?:met|meet|meets|meeting|convened?|convenes)$/.test(verb.lower)) {
      const fronted = this.frontedAt(verb.index);
      for (const located of fronted ? [fronted] : agents) {
        const type = this.typeOf(located);
        if (!type || !LOCATED_TYPES.has(type) || type === EntityType.Place) continue;
        if (!this.hasObject(verb.index) && predicate.objects.length === 0) for (const where of partners) this.add(RelationType.LOCATED_IN, located, where, verb, 0.65, because('in a place'));
      }
    }
    // Where an event was held: "opened in Da Nang", "hosted in Hanoi by A"; "the forum, first held in Nanning in 2022,"
    // says where an earlier edition was.
    const earlier = /^(?:first|previously|last|once|originally)$/.test(this.tokens[verb.index - 1]?.lower ?? '');
    if ((action === Action.HOLD || EVENT_ROLES[action]) && !earlier) for (const event of predicate.events) for (const where of partners) this.add(RelationType.HELD_IN, event, where, verb, 0.75, because('in a place'));
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
}

/** Relations of every sentence; a pronoun subject ("it has helped") is the previous sentence's subject. */
export function findRelations(text: string, sentences: SentenceMentions[], registry: EntityRegistry): ProposedRelation[] {
  const relations: ProposedRelation[] = [];
  let previousSubject: Mention[] = [];
  let previousParties: Mention[] = [];
  let previousProject: Mention | undefined;
  const antecedents = new Antecedents(registry);
  const typeOf = (mention: Mention) => registry.typeOf(mention);
  let listSubject: Mention[] = [];
  sentences.forEach((entry, index) => {
    for (const mention of entry.top) antecedents.note(mention);
    if (!isBulletLine(entry)) listSubject = [];
    const heading = isBulletLine(entry) ? headingAbove(sentences, index) : isTableRow(entry.sentence.tokens) ? tableHeader(sentences, index) : [];
    const reader = new SentenceRelations(text, entry, registry, previousSubject, previousParties, previousProject, antecedents, bulletsAfter(sentences, index), listSubject, heading);
    const subject = reader.run();
    // An unnamed agreement a signing named ("a technology licence agreement") is one "the agreement" may point back at.
    for (const signing of entry.signings) if (signing.unnamed) antecedents.note(signing.agreement);
    // (A sentence with no subject of its own hands on the previous one's, which names no new parties.)
    const ownSubject = subject !== previousSubject;
    previousSubject = subject;
    if (!isBulletLine(entry)) listSubject = reader.colonSubject();
    const signatories = reader.signatories();
    // "The two sides" are the pair named last: a sentence about one of them (a witness, a ceremony) leaves them as they were.
    previousParties = signatories.length >= 2 ? signatories : ownSubject && subject.length >= 2 ? subject : previousParties;
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
  const following = sentences.slice(index + 1);
  for (const [n, entry] of following.entries()) {
    // ("The new members are:", then "Producer organisations" over its bullet lines: a heading that sorts them.)
    if (!isBulletLine(entry) && isSubheading(entry) && following[n + 1] && isBulletLine(following[n + 1])) continue;
    if (!isBulletLine(entry)) break;
    const first = entry.top.find((mention) => mention.entityId && mention.first <= 1);
    if (first) bullets.push(first);
  }
  return bullets;
}

/** The words of the label line ("Lecturers", "Speakers:") over the bullet lines that sentence `index` is one of, if one is. */
function headingAbove(sentences: SentenceMentions[], index: number): Token[] {
  let above = index - 1;
  while (above >= 0 && isBulletLine(sentences[above])) above -= 1;
  const line = sentences[above];
  const tokens = line?.sentence.tokens ?? [];
  const alone = tokens.length > 0 && tokens.length <= 3 && /\n/.test(tokens.at(-1)!.post + (sentences[above + 1]?.sentence.tokens[0]?.pre ?? '')) && line.top.every((mention) => !mention.entityId);
  return alone && isLineLabel(tokens.at(-1)!.lower) ? tokens : [];
}

/** The header row over the table's row at `index` ("Partner | Country | Role"): the table's first row, when it names no entity. */
function tableHeader(sentences: SentenceMentions[], index: number): Token[] {
  let top = index;
  while (top > 0 && isTableRow(sentences[top - 1].sentence.tokens)) top -= 1;
  const header = sentences[top];
  return top < index && header.top.every((mention) => !mention.entityId) ? header.sentence.tokens : [];
}

/** A short line of its own that names no entity and ends in no punctuation: "Research and extension bodies". */
function isSubheading(entry: SentenceMentions): boolean {
  const { tokens } = entry.sentence;
  return tokens.length > 0 && tokens.length <= 6 && /\n/.test(tokens.at(-1)!.post) && !/[.:;!?]/.test(tokens.at(-1)!.post) && entry.top.every((mention) => !mention.entityId);
}

/** A line that opens with a bullet ("- ", "• ") or an item's number ("1. ", "(a) "). */
const isBulletLine = (entry: SentenceMentions) => /^\s*[-•*–]\s/.test(entry.sentence.tokens[0]?.pre ?? '') || numberedItem(entry.sentence.tokens) > 0;

