import { EntityType, RelationType } from '../../engine/model/model';
import { RELATION_FIELDS } from '../../engine/model/relations';
import { countryNamed, countryOfDemonym } from './propose.gazetteer';
import { DIRECTION_WORDS, FOUNDING_PARTICIPLES, HEADS, HONORIFICS, NAME_CONNECTORS, PEOPLE_NOUNS, PEOPLE_PLURAL, PLACE_KINDS, PLACE_LIST_KINDS, ROLE_NOUNS, SEAT_MODIFIERS, SEAT_NOUNS, UNIT_HEADS } from './propose.lexicon';
import { CURRENCY_CODES, REPRESENTATIONS, foundedInTitle, projectInTitle, headOf, isDemonym, isHonorific, isOfficeWord, isVenueName, namesASeat, type Mention } from './propose.mentions';
import { agreementName, type Signing } from './propose.signing';
import { beforeArticle, cellsOf, isCapitalised, isDateWord, isFiniteVerb, isVerb, numberedCodeEnd, pastArticle, plainGap, type Token } from './propose.text';
import {
  ACTOR_TYPES,
  BE,
  WHOLE_TYPES,
  LOCATED_TYPES,
  PARTNERSHIP_NOUNS,
  MONEY_NOUNS,
  SUPPORT_NOUNS,
  ATTENDEE_NOUNS,
  SPEECH_NOUNS,
  CALLING_WORDS,
  LISTING_WORDS,
  DETERMINERS,
  BECOME_WORDS,
  SERVES_AS,
  type RoleNounFrame,
  ROLE_NOUN_FRAMES,
  CO_AGENT_WORDS,
  FUNDED_SPANS,
  PREPOSITIONS,
  SKIPPABLE,
  commaAfter,
  LINE_LABELS,
  Action,
  actionOf,
  isPersonNoun,
} from './propose.frame-words';
import { nameKey } from './propose.names';
import { SentenceReader } from './propose.sentence-reader';


/** Days of the week as a programme abbreviates them (the tagger reads "Tue" as a noun and "Wed" as a verb). */
const WEEKDAY_ABBREVIATIONS = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$/;

/** Words that make an event another, earlier one: "the previous forum in Hanoi", "last year's expo". */
const EARLIER_WORDS = /^(?:previous|last|former|earlier|past|inaugural)$/;

/** The verbs an ellipsis repeats a clause with: "…, as did B", "…, as are representatives of C". */
const ELLIPSIS_VERBS = /^(?:did|do|does|are|were|is|was|have|has|had)$/;

/** What may sign an agreement: the model's signatories of one. */
const PARTY_TYPES = new Set(RELATION_FIELDS[EntityType.Agreement].signatories.targets);

/** The roles an ellipsis gives those it names, as the clause before it gave its own actors. */
const SHARED_ROLES = new Set([RelationType.ATTENDED, RelationType.PARTICIPATES_IN, RelationType.MEMBER_OF, RelationType.SUPPORTS, RelationType.HOSTED, RelationType.ORGANIZED, RelationType.SIGNED]);

/** Verbs for what a network holds together: "brings together", "unites", "links". */
const GATHERING_VERBS = /^(?:brings|brought|unites|united|links|linked|connects|connected|groups)$/;
/** Verbs of people meeting: "… from A and B met in Kunming for the Forum". */
const MEETING_VERBS = /^(?:met|meet|gathered|gather|convened|assembled)$/;

/** What makes a site one more of a project's: "a third site in X", "a new site in Y". */
const SITE_ORDINALS = /^(?:second|third|fourth|fifth|new|further|another|additional)$/;

/** A site an organisation has somewhere: "its campus in X", "the company's plant in Y". */
const OWNED_SITES = /^(?:campus|plant|factory|farm|station|laboratory|laboratories|workshop|premises)$/;

/** Sites that say where their organisation is: "the university's campus in Nanning", "its plant in Rayong". */
const SEAT_SITES = /^(?:campus|plant|factory)$/;

/** Where a site is, after its word: "campus in Nanning", "farm outside Kampot", "station near Hue". */
const SITE_PLACINGS = /^(?:in|outside|near)$/;

/** Sites on which an organisation puts a platform it opens: "on the university's campus", "on its experimental farm". */
const HOUSING_SITES = /^(?:campus|farm|station|premises)$/;

/** Verbs for giving things to a work: "were supplied by", "were donated by". */
const SUPPLY_VERBS = /^(?:supplied|donated|provided|lent|contributed|loaned)$/;

/** Who hears a speaker at an event: "told the session", "addressed the delegates". */
/** What people do who present work at an event: "described field trials", "presented the model". */
const PRESENTATION_VERBS = /^(?:described|presented|outlined|explained|showed|demonstrated|reported|shared|introduced|showcased|discussed)$/;

/** What is done to an item of a programme by who runs it: "chaired by", "presented by". */
const SESSION_PARTICIPLES = /^(?:chaired|co-chaired|moderated|presented|facilitated|delivered|given|conducted|led)$/;

/** What an organisation is described as, which a place before the word may qualify: "a Guangxi company", "a Kunming manufacturer". */
const DESCRIBED_KINDS = /^(?:company|companies|firm|manufacturer|maker|supplier|processor|producer|exporter|importer|developer|operator|distributor|start-up|startup|enterprise|cooperative|group|trader)$/;

/** Winning a prize or a place: "won the top award", "shared third place", "took first prize". */
const WINNING_VERBS = /^(?:won|wins|win|took|takes|shared|shares|claimed|claims|received|receives|scooped|earned|bagged)$/;
const PRIZE_NOUNS = /^(?:awards?|prizes?|medals?|trophy|trophies|place)$/;

/** Those taking part, of any kind: "participating institutions", "attending companies", "exhibiting firms". */
const ATTENDING_PARTICIPLES = /^(?:participating|attending|exhibiting|visiting)$/;
const ATTENDEE_FRAME = ROLE_NOUN_FRAMES.find(([, , relation]) => relation === RelationType.ATTENDED)!;

/** How a sentence opens that tells who opened or closed the event spoken of: "Opening the forum, Dr S …". */
const OPENING_PARTICIPLES = /^(?:opening|closing|welcoming|addressing)$/;

const EVENT_AUDIENCES = /^(?:session|sessions|forum|meeting|audience|delegates|participants|plenary|conference|symposium|workshop|assembly|dialogue|expo|summit|gathering|seminar|attendees)$/;

/** Verbs for keeping a body's office: "hosts the secretariat", "houses the Secretariat". */
const HOUSING_VERBS = /^(?:host|hosts|hosted|hosting|house|houses|housed|housing)$/;

/** What "host …" calls a host before its name: "host country Laos", "host city Vientiane". */
const HOST_KINDS = /^(?:country|nation|city|province|government|university|institution|organi[sz]ation)$/;

/** Roles an organisation plays for another that make it no part of it: "a member of", "a partner of". */
const UNIT_ROLE_NOUNS = /^(?:members?|partners?|founders?|co-?founders?|sponsors?|clients?|customers?|suppliers?|shareholders?|signator(?:y|ies)|hosts?|organi[sz]ers?|supporters?|funders?|friends?|alumni|observers?)$/;

/** The frames that need no verb: programme labels, role and partnership nouns, places, ownership, agreements' names. */
export class PatternFrames extends SentenceReader {
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
    // ("member states": the tagger may read "states" as a verb.)
    const plural = tokens[index + 1]?.tags.has('Plural') || /^(?:states|countries|nations)$/.test(tokens[index + 1]?.lower ?? '');
    const head = plural && !this.mentionAt(index + 1) && !PREPOSITIONS.has(tokens[index + 1].lower) ? index + 1 : index;
    // "partners in P", "members of N": a complement that names the whole ("members in 2023" names none).
    const complementWhole = ['in', 'of', 'to'].includes(tokens[head + 1]?.lower ?? '') ? this.wholeAfter(head + 2, end, wanted) : undefined;
    const complement = complementWhole !== undefined;
    // (Never one of those listed: in "Its partners are the X Laboratory, which …, and B" the laboratory is a partner.)
    // (Organisations listed are members of a network, never of a group of countries named after it: "… eight ASEAN countries.")
    const wholeTypes = (listed: Mention[]) => (listed.length > 0 && listed.every((mention) => this.typeOf(mention) !== EntityType.Country) ? wanted.filter((type) => type !== EntityType.CountryGroup) : wanted);
    const earlier = (listed: Mention[] = []) => {
      const last = this.antecedents.last(wholeTypes(listed), undefined, new Set(listed.map((mention) => mention.entityId)));
      return last && this.pointer(last, index, index);
    };
    const fits = (listed: Mention[]) => (mention: Mention) => wholeTypes(listed).includes(this.typeOf(mention)!) && !listed.includes(mention);
    const namedWhole = (listed: Mention[] = []) => subject.find(fits(listed)) ?? this.entry.top.filter((mention) => mention.last < index && fits(listed)(mention)).at(-1) ?? earlier(listed);
    // ("A, B and C, all members of ASEAN,": a quantifier opens the apposition too.)
    const quantified = /^(?:all|both)$/.test(tokens[index - 1]?.lower ?? '') && /,/.test(tokens[index - 2]?.post ?? '') ? this.mentionAt(index - 2) : undefined;
    // ("A, the coordinator of P,", "A, the project's lead partner,": a definite role said of the name before the comma.)
    let the = index - 1;
    while (the > 0 && the > index - 4 && this.tokens[the].lower !== 'the' && !/,/.test(this.tokens[the].post)) the -= 1;
    const definite = this.tokens[the]?.lower === 'the' && /,\s*$/.test(tokens[the - 1]?.post ?? '') && !/s$/.test(tokens[index].lower) ? this.mentionAt(the - 1) : undefined;
    const appositive = this.appositiveOf(index) ?? quantified ?? definite ?? this.ownedListBefore(index);
    // "A and B are its co-organisers", "which became new members": the verb before the noun and its determiners.
    let before = index - 1;
    // ("A is one of the network's 12 members": a described owner's possessive stands where "its" would.)
    const describedOwner = (k: number) => /^\p{Ll}+['’]s$/u.test(tokens[k].text) && tokens[k - 1]?.lower === 'the';
    while (before > 0 && before > index - 5 && (DETERMINERS.has(tokens[before].lower) || tokens[before].tags.has('Adjective') || tokens[before].tags.has('Value') || describedOwner(before))) before -= describedOwner(before) ? 2 : 1;
    // ("A is one of its 20 members": the verb before "one of".)
    const oneOf = tokens[before]?.lower === 'of' && tokens[before - 1]?.lower === 'one';
    if (oneOf) before -= 2;
    // ("A serves as the coordinator of P", "B acts as its partner": the verb before "as".)
    if (tokens[before]?.lower === 'as' && SERVES_AS.test(tokens[before - 1]?.lower ?? '')) before -= 1;
    const become = BECOME_WORDS.has(tokens[before]?.lower ?? '') || SERVES_AS.test(tokens[before]?.lower ?? '') ? before : -1;
    let members: Mention[];
    let whole: Mention | undefined;
    if (appositive && !complement) {
      // "Mahidol University, a member since 2019, …": of the network (platform) the text named last. ("… by A and B, its two
      // founding members": a plural said of a list is said of each item.)
      const plural = /s$/.test(tokens[index].lower) && appositive !== quantified;
      [members, whole] = [plural ? this.listEndingWith(appositive) : [appositive], earlier()];
    } else if (complement) {
      whole = complementWhole;
      members = (whole && this.listedAfter(whole.last + 1, end)) ?? (quantified ? this.listEndingWith(quantified) : appositive ? [appositive] : this.subjectBefore(index, this.clauseStart(index)));
    } else if (become >= 0) {
      // "A and B, which became members last year", "A and B are members".
      const relative = this.relativeAntecedent(become);
      [members, whole] = [relative ? this.listEndingWith(relative) : this.subjectBefore(become, this.clauseStart(become)), namedWhole()];
    } else {
      // "the network welcomed new members, among them A and B", "its member institutions include A": the whole is the subject, or the last one named.
      let k = head + 1;
      while (k < tokens.length && LISTING_WORDS.has(tokens[k].lower)) k += 1;
      // ("by its two founding members, A and B": the list is set off by a comma after the counted noun.)
      const preceding = tokens.slice(Math.max(0, index - 3), index);
      // ("the network's newest member, the Lotus Institute, …": or an owner's one member, named after a comma.)
      const ownerBefore = preceding.some((token) => token.lower === 'its' || /^\p{Ll}+['’]s$/u.test(token.text) || (/['’]s$/.test(token.text) && !!this.mentionAt(token.index)));
      const counted = k === head + 1 && /^,\s*$/.test(tokens[head].post) && ownerBefore && (preceding.some((token) => token.tags.has('Value')) || !/s$/.test(tokens[head].lower));
      // ("ASEAN member states Thailand, Viet Nam and Laos": the whole right before the noun, its members right after.)
      const owner = this.mentionAt(index - 1);
      const namedBefore = k === head + 1 && head > index && isWhole(owner) ? owner : undefined;
      // ("The new members are:" and a bullet line for each.)
      const below = this.objectsAfter(k, end).objects.length === 0 && /:\s*$/.test(tokens.at(-1)!.post) ? this.bullets : [];
      if (k === head + 1 && !counted && !namedBefore && below.length === 0) return;
      const listed = below.length > 0 ? below : this.objectsAfter(k, end).objects;
      [members, whole] = [listed, namedBefore ?? namedWhole(listed)];
    }
    if (!whole) return;
    for (const member of [...members, ...this.togetherWith(index, end), ...this.besides(index)]) {
      if (!this.mayHoldRole(member, whole)) continue;
      this.add(relation, member, whole, tokens[index], 0.65, `one of the "${tokens[index].text}" of ${whole.name}`, relation === RelationType.PARTICIPATES_IN ? { role: 'partner' } : {});
    }
  }

  /**
   * "founded by A and the B Institute of Vietnam, its two founding members": the last item (past its seat) of a list that a
   * comma and "its" set a plural role noun after.
   */
  private ownedListBefore(index: number): Mention | undefined {
    const tokens = this.tokens;
    let its = index - 1;
    while (its > index - 4 && its > 0 && tokens[its].lower !== 'its' && !/,/.test(tokens[its].post)) its -= 1;
    if (tokens[its]?.lower !== 'its' || !/,\s*$/.test(tokens[its - 1]?.post ?? '') || !/s$/.test(tokens[index].lower)) return undefined;
    const last = this.mentionAt(its - 1);
    const seat = !!last && (this.isSeat(last) || ([EntityType.Place, EntityType.Country].includes(this.typeOf(last)!) && tokens[last.first - 1]?.lower === 'of'));
    return seat ? this.entry.top.filter((mention) => mention.last < last.first).at(-1) : last;
  }

  /**
   * Whether `member` may be one of the partners, members, hosts … of `whole`: an actor other than the whole, not listed as
   * an observer or guest, and for a group of countries a country ("joint laboratories with several ASEAN members, including
   * the X laboratory" names no member).
   */
  protected mayHoldRole(member: Mention, whole: Mention): boolean {
    if (!ACTOR_TYPES.has(this.typeOf(member)!) || member.entityId === whole.entityId) return false;
    // "the Nanning-based Zuoyou Academy": the place says where the member is; so does "Mekong Delta Institute …, Vietnam".
    if (namesASeat(member.sentence.tokens, member.last) || this.isSeat(member)) return false;
    // "the member states, Timor-Leste as an observer, and …": listed beside the members in another part.
    if (this.tokens[member.last + 1]?.lower === 'as' && this.tokens.slice(member.last + 2, member.last + 4).some((token) => /^(?:observers?|guests?)$/.test(token.lower))) return false;
    return this.typeOf(whole) !== EntityType.CountryGroup || this.typeOf(member) === EntityType.Country;
  }

  /**
   * "Hosts: A; B", "Participating countries: C, D": a labelled line lists the actors of the event (agreement,
   * platform, network; for support, the event, else the project, else the platform) named last. A label of up to
   * four words says the role in any of them ("Host institution", "With the support of").
   */
  private labelledLine(): void {
    // ("Mon 20 July 09:45 Keynote: …": a programme line's label follows its day and time.)
    const from = this.timePrefixEnd();
    const colon = this.tokens.slice(0, from + 4).findIndex((token, k) => k >= from && /^\s*:/.test(token.post));
    // ("Lecturers" over "- Prof. A, B Institute": a bullet line under a label line of its own is listed under that label.)
    const headed = colon < 0 && this.heading.length > 0;
    const end = headed ? -1 : colon;
    // ("Partner | Country | Role" over "Mahidol University | Thailand | …": a table's first column is listed under its header.)
    const words = headed ? cellsOf(this.heading)[0] : this.tokens.slice(0, end + 1);
    // ("About the co-organisers: set up in 2022 by A and B, the X …": a label that opens a clause heads prose, no list.)
    const opener = this.tokens[end + 1];
    // ("About the parties: CAIH builds …": an "About" label heads a release's description of who is who, never a role list.)
    const prose = (!!opener && opener.text === opener.lower && opener.tags.has('Verb')) || words[from]?.lower === 'about';
    const rule = (end >= 0 || headed) && !prose ? LINE_LABELS.find(([pattern]) => words.some((word) => pattern.test(word.lower))) : undefined;
    // The first type the label can be about that the text has named: a programme's lines are about its event.
    // ("Partners: A, Laos; B": what the line lists is none of what it is about.)
    const listed = new Set(this.entry.top.filter((mention) => mention.first > end).map((mention) => mention.entityId));
    // ("New full members" under a network's statement: the members of the network the text is about, not of one it named
    // last in passing.)
    const named = (type: EntityType) => (rule![1] === RelationType.MEMBER_OF ? this.antecedents.topic([type], listed) : this.antecedents.last([type], undefined, listed));
    const whole = rule && rule[2].map(named).find((mention) => mention !== undefined);
    if (!rule || !whole) return;
    this.addListed(rule, words, whole, end, headed ? cellsOf(this.tokens)[0].length : this.tokens.length);
    if (headed) this.tableSeat();
  }

  /** "Mahidol University | Thailand | …" under "Partner | Country | Role": the place in a column of places is where the row's first name is. */
  private tableSeat(): void {
    const header = cellsOf(this.heading);
    const column = header.findIndex((cell) => cell.some((token) => /^(?:countries|country|city|province|location|seat|based)$/.test(token.lower)));
    const cells = cellsOf(this.tokens);
    if (column <= 0 || !cells[column]) return;
    const inCell = (cell: Token[]) => this.entry.top.find((mention) => mention.entityId && cell.includes(this.tokens[mention.first]));
    const [owner, place] = [inCell(cells[0]), inCell(cells[column])];
    const where = place && this.typeOf(place);
    if (owner && place && ACTOR_TYPES.has(this.typeOf(owner)!) && (where === EntityType.Place || where === EntityType.Country)) {
      this.add(RelationType.LOCATED_IN, owner, place, this.tokens[place.first], 0.7, `in the "${header[column].map((token) => token.text).join(' ')}" column of its row`);
    }
  }

  /**
   * "- Calibration of balances (lecturer: Heron Instruments Co., Ltd.)": a label in brackets inside a programme's line
   * lists the actors of the event named last, as a line's label does, up to the closing bracket.
   */
  private bracketedLabels(): void {
    this.tokens.forEach((token, open) => {
      if (!/\(\s*$/.test(token.post + (this.tokens[open + 1]?.pre ?? '')) || open + 1 >= this.tokens.length) return;
      const colon = this.tokens.slice(open + 1, open + 4).findIndex((word) => /^\s*:/.test(word.post)) + open + 1;
      const close = this.tokens.findIndex((word, k) => k > colon && /\)/.test(word.post));
      const words = this.tokens.slice(open + 1, colon + 1);
      const rule = colon > open && close > colon ? LINE_LABELS.find(([pattern]) => words.some((word) => pattern.test(word.lower))) : undefined;
      const whole = rule && rule[2].map((type) => this.antecedents.last([type])).find((named) => named !== undefined);
      if (rule && whole) this.addListed(rule, words, whole, colon, close + 1);
    });
  }

  /** Adds the relation a label's `rule` says between `whole` and each actor (place, field) listed after `end`, before `until`. */
  private addListed(rule: (typeof LINE_LABELS)[number], words: Token[], whole: Mention, end: number, until: number): void {
    const type = rule[1];
    const label = words.at(-1)!;
    const about = this.pointer(whole, 0, 0);
    const items = this.entry.top.filter((mention) => mention.entityId && mention.first > end && mention.last < until);
    for (const [n, item] of items.entries()) {
      const itemType = this.typeOf(item);
      const place = itemType === EntityType.Place || itemType === EntityType.Country;
      // "Sarawak Rural Health Network (Malaysia)": the country in brackets says where the one before it is; "Davao City,
      // Philippines": the country after a city is the city's.
      // ("- Chiang Rai Bamboo Factory (Thailand)": so does a place in brackets after a name the proposer did not read.)
      const previous = items[n - 1];
      const inBrackets = /\(\s*$/.test((this.tokens[item.first - 1]?.post ?? '') + this.tokens[item.first].pre);
      const bracketed = inBrackets && (place || (!!previous && previous.last === item.first - 1));
      // ("…, Nanning, Guangxi": so is the region after a town.)
      const cityCountry = place && !!previous && previous.last === item.first - 1 && this.typeOf(previous) === EntityType.Place && commaAfter(this.tokens[previous.last]);
      // "Keynote: harmonising herbal standards across ASEAN, by …": a place the talk is about takes no part in the event.
      const before = this.tokens[beforeArticle(this.tokens, item.first)];
      // ("Trainees: technicians from laboratories in Laos, Cambodia …": after "from", "in" says where they come from.)
      const origin = before?.lower === 'in' && this.tokens.slice(end + 1, before.index).some((token) => token.lower === 'from');
      // ("- Village groups in four districts of Houaphanh Province, Laos": nor a place that says where the listed ones are.)
      const topic = type !== RelationType.HELD_IN && (/^(?:in|across|on|about|for|within|among|between|at|to)$/.test(before?.lower ?? '') || (place && before?.lower === 'of')) && before.index > end && !origin;
      if (bracketed || topic || this.isSeat(item) || cityCountry) continue;
      const where = type === RelationType.HELD_IN || type === RelationType.LOCATED_IN;
      const fits = where ? place : type === RelationType.IN_DOMAIN ? itemType === EntityType.Domain : ACTOR_TYPES.has(itemType!);
      if (!fits) continue;
      const listed = `listed under "${words.map((word) => word.text).join(' ')}:" for ${whole.name}`;
      if (where || type === RelationType.IN_DOMAIN) this.add(type, about, item, label, 0.7, listed);
      else this.add(type, item, about, label, 0.7, listed, type === RelationType.PARTICIPATES_IN ? { role: 'partner' } : {});
    }
  }

  /** "Universiti Geomatik Johor (UGJ), Malaysia": whether `mention` is a country that says where the organisation before it is. */
  private isSeat(mention: Mention): boolean {
    const before = this.entry.top.filter((other) => other.entityId && other.last < mention.first).at(-1);
    return this.typeOf(mention) === EntityType.Country && !!before && this.seatOf(before, mention);
  }

  /**
   * Whether `place` follows `named`, an organisation, right after a comma (and its short name in brackets): where it is.
   * ("Sabai Herbal Products Co., Ltd., Thailand", "…, the Philippines", "Universiti Teknikal Semenanjung (UTS) of Malaysia".)
   */
  private seatOf(named: Mention, place: Mention): boolean {
    const namedType = this.typeOf(named);
    if (namedType === EntityType.Place || namedType === EntityType.Country || !ACTOR_TYPES.has(namedType!)) return false;
    return /^\.?\s*(?:(?:\([^()]*\)\s*)?,\s*|\([^()]*\)\s*of\s+)(?:the\s+)?$/.test(this.text.slice(named.end, place.start));
  }

  /**
   * "<Event title>" then a line "10-11 September 2026, Golden Reed Hotel, Nanning" or "Bangkok, 21-25 June 2027":
   * where the event is held.
   */
  private eventDateLine(): void {
    const event = this.titleAbove();
    const first = this.tokens[0];
    if (!event || !first) return;
    const places = this.entry.top.filter((mention) => mention.entityId && this.typeOf(mention) === EntityType.Place);
    // The line opens with its dates, or with its place (and its country; or places joined by "and") and then, after a
    // comma, its dates.
    const joined = places.filter((place, n) => n === 0 || (place.first === places[n - 1].last + 2 && this.tokens[place.first - 1].lower === 'and'));
    const lead = joined.length > 1 ? joined : places.slice(0, 1);
    const country = lead.length === 1 && places[0] && this.mentionAt(places[0].last + 1);
    const placeEnd = country && this.typeOf(country) === EntityType.Country ? country.last : lead.at(-1)?.last;
    const placeFirst = places[0]?.first === 0 && /^,/.test(this.tokens[placeEnd!].post) && isDateWord(this.tokens[placeEnd! + 1] ?? first);
    if (!isDateWord(first) && !placeFirst) return;
    // ("…, Silver Strand Hotel, Beihai, Guangxi, China": the town, the first of the places that close the line, each in the next.)
    let town = places.length - 1;
    while (town > 0 && places[town].first === places[town - 1].last + 1 && /^,\s*$/.test(this.tokens[places[town - 1].last].post)) town -= 1;
    for (const place of placeFirst ? lead : places.slice(town, town + 1)) this.add(RelationType.HELD_IN, event, place, first, 0.65, 'the line under the event\'s title gives its dates and place');
  }

  /** The event whose title is the sentence before this one (a year after it is its edition: "Training Course on …, 2027"). */
  private titleAbove(): Mention | undefined {
    const event = this.antecedents.last([EntityType.Event]);
    const titleEnds = !!event && event.sentence.tokens.slice(event.last + 1).every((token) => /^(?:19|20)\d\d$/.test(token.text));
    // (Or two lines up, over the line of the topic its name took: "REGIONAL TRAINING COURSE", then "Dosimetry and …".)
    const above = this.sentence.index - (event && event.name.endsWith(` on ${this.lineAbove()}`) ? 2 : 1);
    return event && event.sentence.index === above && titleEnds ? event : undefined;
  }

  /**
   * "…, with support from A", "with the financial support of A and B", "which A set up with B's support": they support what
   * the sentence is about, its subject where that is an event, project or platform, else the one the text named last.
   */
  private supportFrom(index: number, subject: Mention[]): void {
    const tokens = this.tokens;
    // ("…, with matching funds from B", "with a grant from B": money given with it is support too.)
    if (!/^(?:support|funds|funding|grants?)$/.test(tokens[index].lower)) return;
    let opener = index - 1;
    while (opener > 0 && ['the', 'a', 'financial', 'technical', 'generous', 'strong', 'matching', 'additional', 'further'].includes(tokens[opener].lower)) opener -= 1;
    // ("With the support of:" opens a programme's line: labelledLine reads it.)
    const after = ['from', 'of'].includes(tokens[index + 1]?.lower ?? '') && !/:/.test(tokens[index + 1].post);
    const owner = this.mentionAt(opener);
    const owned = !after && owner?.last === opener && /['’]s$/.test(tokens[opener].text) ? owner : undefined;
    if (owned) opener = beforeArticle(tokens, owned.first);
    if ((!after && !owned) || tokens[opener]?.lower !== 'with') return;
    const backed = [EntityType.Event, EntityType.Project, EntityType.Platform];
    const supporters = (owned ? [owned] : this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects).filter((mention) => ACTOR_TYPES.has(this.typeOf(mention)!));
    const before = (mention: Mention) => mention.entityId !== undefined && mention.last < opener && backed.includes(this.typeOf(mention)!);
    const spoken = subject.filter(before);
    const named = this.entry.top.filter(before).at(-1);
    // Else the one named last that is no supporter.
    const earlier = this.antecedents.last(backed, undefined, new Set(supporters.map((supporter) => supporter.entityId)));
    const supported = spoken.length > 0 ? spoken : named ? [named] : earlier ? [this.pointer(earlier, index, index)] : [];
    for (const supporter of supporters) for (const what of supported) this.add(RelationType.SUPPORTS, supporter, what, tokens[index], 0.65, `"with ${tokens[index].lower} from" it`);
  }

  /**
   * "B, which houses the alliance's secretariat", "its secretariat is hosted by B", "coordinated from its secretariat at B":
   * who hosts a network's secretariat supports the network.
   */
  private secretariatHost(index: number): void {
    const tokens = this.tokens;
    if (tokens[index].lower !== 'secretariat') return;
    // The network: written before the word ("the CADAA secretariat", "the Alliance's"), else the one named last.
    const before = this.mentionAt(index - 1);
    const owner = before && this.typeOf(before) === EntityType.Network ? before : undefined;
    const last = this.antecedents.last([EntityType.Network]);
    const network = owner ?? (last && this.pointer(last, index, index));
    if (!network) return;
    const verbAt = [1, 2, 3, 4, 5].map((back) => index - back).find((k) => k >= 0 && HOUSING_VERBS.test(tokens[k].lower)) ?? -1;
    const isHost = (mention: Mention) => [EntityType.Institution, EntityType.Platform].includes(this.typeOf(mention)!);
    // "hosted by B", "at B" after the word; else who hosts or houses it, named before the verb.
    // (Not past another verb: "coordinated by the Alliance secretariat and funded by B" is no host.)
    const housed = (k: number) => tokens.slice(index + 1, k).every((token) => !['and', 'or', ','].includes(token.lower) && !/,/.test(token.post) && (HOUSING_VERBS.test(token.lower) || token.tags.has('Copula') || token.tags.has('Auxiliary') || ['is', 'was', 'be', 'will', 'based', 'located'].includes(token.lower)));
    const after = ['by', 'at'].map((word) => tokens.findIndex((token, k) => k > index && k <= index + 4 && token.lower === word && housed(k))).filter((k) => k > 0);
    // ("The Beibu Gulf centre, based in Nanning, hosts …": the verb's subject, past the apposition that says where it is;
    // "A, B and C, which has hosted …": the one a relative pronoun stands for.)
    const relative = verbAt >= 0 ? this.relativeAntecedent(verbAt) : undefined;
    const subject = relative ? [relative] : verbAt >= 0 ? this.subjectBefore(verbAt, this.clauseStart(verbAt)).filter(isHost) : [];
    const named = after.length > 0 ? this.objectsAfter(Math.min(...after) + 1, this.nextClauseEnd(index)).objects : subject.length > 0 ? subject : this.entry.top.filter((mention) => mention.entityId && mention.last < verbAt).slice(-1);
    for (const host of named.filter(isHost)) if (host.entityId !== network.entityId) this.add(RelationType.SUPPORTS, host, network, tokens[index], 0.6, 'hosts its secretariat');
  }

  /**
   * "Keynote speeches on the first morning were given by researchers from A and by B": who gave a talk (led a session or a
   * delegation) attended the event the sentence names, else the one the text named last.
   */
  private talksGivenBy(index: number): void {
    const tokens = this.tokens;
    // ("Sessions on landslides were led by geologists of B": who leads a session speaks at the event; "the Lao delegation was
    // led by officials of C": who leads a delegation to it attends it.)
    if (!(SPEECH_NOUNS.has(tokens[index].lower) || /^(?:sessions?|panels?|discussions?|seminars?|delegations?)$/.test(tokens[index].lower)) || this.mentionAt(index)) return;
    const end = this.nextClauseEnd(index);
    const by = tokens.findIndex((token, n) => n > index && n < Math.min(end, index + 8) && token.lower === 'by' && /^(?:given|delivered|made|led|chaired|moderated)$/.test(tokens[n - 1].lower));
    const event = by < 0 ? undefined : this.sentenceEvent(index);
    if (!event) return;
    const speakers = tokens.flatMap((token, n) => (n >= by && n < end && token.lower === 'by' ? this.speakersAfter(n, end) : []));
    // (The body an event is of does not attend it: "given by the Chair of the Network" at the Network's assembly.)
    const led = /^delegations?$/.test(tokens[index].lower) ? 'a delegation' : 'a talk';
    for (const speaker of new Set(speakers)) {
      if (ACTOR_TYPES.has(this.typeOf(speaker)!) && this.typeOf(speaker) !== EntityType.Event && !event.name.includes(speaker.name)) this.add(RelationType.ATTENDED, speaker, event, tokens[by - 1], 0.6, `${led} "${tokens[by - 1].text} by" it`);
    }
  }

  /**
   * Who speaks after the "by" (or "from") at `at`: "by researchers from A and by the chief engineer of B" (each "by" names
   * speakers); "by Professor X of A", "from Azlan Hamid of B", "by a deputy director-general of C": a person, or a post,
   * speaks for the organisation it is of.
   */
  private speakersAfter(at: number, end: number): Mention[] {
    const { objects } = this.objectsAfter(at + 1, end);
    if (objects.length > 0) return objects;
    const word = this.tokens[at].lower;
    const until = this.tokens.findIndex((token, n) => n > at && (token.lower === word || n >= end));
    return this.entry.top.filter((mention) => mention.first > at && mention.last < (until < 0 ? end : until) && mention.entityId && ['of', 'from'].includes(this.tokens[beforeArticle(this.tokens, mention.first)]?.lower ?? '')).slice(0, 1);
  }

  /** Patterns without a relation verb. */
  protected patterns(subject: Mention[]): void {
    const tokens = this.tokens;
    this.labelledLine();
    this.speakerUnderSession();
    this.bracketedLabels();
    this.eventDateLine();
    this.signings();
    this.agreementCalled();
    this.frontedCoAgent(subject);
    this.frontedVenue();
    this.speakerInProse();
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
      this.supportFrom(index, subject);
      this.talksGivenBy(index);
      this.secretariatHost(index);
      this.jointVentureNamed(index);
      // "X and Y are partners in the platform", "A became a member of the network", "new members, among them A and B".
      // ("Participating institutions included A and B", "among the exhibiting companies": those taking part, of any kind.)
      const taking = ATTENDING_PARTICIPLES.test(tokens[index - 1]?.lower ?? '') && /s$/.test(word) ? ATTENDEE_FRAME : undefined;
      const frame = ROLE_NOUN_FRAMES.find(([pattern]) => pattern.test(word)) ?? taking;
      if (frame && tokens[index].tags.has('Noun') && !this.mentionAt(index)) this.membership(index, subject, frame);
      this.placeFrames(index);
      this.placedByDescription(index);
      this.wholeFrames(index);
      this.ownEvent(index, subject);
      this.workedInWhich(index);
    }
    // "For example, …": a project that illustrates the one before.
    if (/^for example|^for instance/i.test(this.text.slice(this.sentence.start, this.sentence.start + 12)) && this.previousProject) {
      const project = this.entry.top.find((mention) => mention.entityId && this.typeOf(mention) === EntityType.Project);
      if (project) this.add(RelationType.PART_OF, project, this.previousProject, { start: this.sentence.start, end: this.sentence.start + 12 }, 0.45, 'given "for example" of the work the previous sentence names');
    }
    this.nameRelations();
  }

  /**
   * "… signed a joint venture agreement with B. The joint venture, C Co., Ltd., will be registered in …": the company the
   * text names as the joint venture is set up by the parties of the joint venture agreement it named before.
   */
  private jointVentureNamed(index: number): void {
    const tokens = this.tokens;
    if (tokens[index].lower !== 'venture' || tokens[index - 1]?.lower !== 'joint' || tokens[index - 2]?.lower !== 'the' || !/^,\s*$/.test(tokens[index].post)) return;
    const company = this.mentionAt(index + 1);
    if (!company || company.first !== index + 1 || company.form !== 'name' || this.typeOf(company) !== EntityType.Institution) return;
    const agreement = this.registry.entities.filter((entity) => entity.type === EntityType.Agreement && entity.namedAfter && /joint[- ]venture/i.test(entity.namedAfter.phrase)).at(-1);
    for (const id of agreement?.namedAfter?.parties ?? []) {
      const party = this.registry.get(id);
      if (party?.type === EntityType.Institution && id !== company.entityId) this.add(RelationType.ESTABLISHED, { ...this.pointer(company, index - 1, index), entityId: id, name: party.name }, company, tokens[index], 0.6, `a party to ${agreement!.name}, whose joint venture it is`);
    }
  }

  /**
   * "the Battery Passport Pilot, a two-year project in which A and the Penang institute will trace …": those who do the
   * work "in which" a project or platform (or the kind its apposition names) is done take part in it.
   */
  private workedInWhich(index: number): void {
    const tokens = this.tokens;
    if (tokens[index].lower !== 'in' || tokens[index + 1]?.lower !== 'which') return;
    const workedIn = [EntityType.Project, EntityType.Platform];
    // The thing named right before, or before the apposition that describes it (", a two-year project").
    const comma = Math.max(-1, ...tokens.slice(Math.max(0, index - 8), index).filter((token) => /,/.test(token.post)).map((token) => token.index));
    const named = this.mentionAt(index - 1) ?? (comma >= 0 && ['a', 'an'].includes(tokens[comma + 1]?.lower ?? '') ? this.mentionAt(comma) : undefined);
    if (!named || !workedIn.includes(this.typeOf(named)!)) return;
    const first = this.objectsAfter(index + 2, Math.min(tokens.length, index + 5)).objects[0];
    if (!first || first.first > index + 3) return;
    for (const worker of this.listFrom(first)) {
      if (ACTOR_TYPES.has(this.typeOf(worker)!)) this.add(RelationType.PARTICIPATES_IN, worker, named, tokens[index + 1], 0.6, `does the work "in which" ${named.name} is done`, { role: 'participant' });
    }
  }

  /**
   * "The Alliance, founded by A, held its 2026 General Assembly", "At its Council Meeting, …": an organisation's own
   * meeting is one it organises; "its" is the subject's, else the organisation named last.
   */
  private ownEvent(index: number, subject: Mention[]): void {
    // ("held its seventh General Assembly": an ordinal in small letters may stand before the meeting's name.)
    const its = this.tokens[index].lower === 'its';
    const event = its ? (this.mentionAt(index + 1) ?? (this.tokens[index + 1]?.tags.has('Ordinal') ? this.mentionAt(index + 2) : undefined)) : undefined;
    // "A hosted its …": the verb says the role.
    if (!event || this.typeOf(event) !== EntityType.Event || this.tokens.slice(0, index).some((_, k) => actionOf(this.tokens, k) === Action.HOST)) return;
    const owners = [EntityType.Network, EntityType.Institution, EntityType.CountryGroup];
    const isOwner = (mention: Mention) => !!mention.entityId && mention.last < index && owners.includes(this.typeOf(mention)!);
    const named = subject.length === 1 && isOwner(subject[0]) ? subject[0] : this.entry.top.filter(isOwner).at(-1);
    // Not one this sentence names only after "its" ("At its meeting, hosted by B, …"): the antecedents hold the whole sentence.
    const later = new Set(this.entry.top.filter((mention) => mention.first > index).map((mention) => mention.entityId));
    const earlier = named ? undefined : this.antecedents.last(owners, undefined, later);
    const owner = named ?? (earlier && this.pointer(earlier, index, index));
    if (owner) this.add(RelationType.ORGANIZED, owner, event, this.tokens[index], 0.6, `"its ${event.text}": its own meeting`);
  }

  /**
   * "Delegations from A attended, as did B, a Thai start-up, and C": those an ellipsis after the clause names do what the
   * clause says its actors did, to the same event or work (attend, take part, sponsor, sign …).
   */
  protected ellipsisActors(): void {
    const tokens = this.tokens;
    const at = tokens.findIndex((token, k) => token.lower === 'as' && ELLIPSIS_VERBS.test(tokens[k + 1]?.lower ?? '') && /,/.test(tokens[k - 1]?.post ?? ''));
    if (at < 0) return;
    const listed = this.objectsAfter(at + 2, this.nextClauseEnd(at + 2)).objects.filter((mention) => ACTOR_TYPES.has(this.typeOf(mention)!));
    if (listed.length === 0) return;
    const stated = this.relations.filter((relation) => SHARED_ROLES.has(relation.type) && relation.span.end <= tokens[at].start);
    for (const relation of stated.filter((one, n) => stated.findIndex((other) => other.type === one.type && other.to === one.to) === n)) {
      // The target as the clause's relation quotes it.
      const target = { ...listed[0], entityId: relation.to, start: relation.span.start, end: relation.span.end };
      for (const item of listed) this.add(relation.type, item, target, tokens[at + 1], relation.confidence, `"as ${tokens[at + 1].lower}" it: ${relation.reason}`, relation.properties);
    }
  }

  /** Frames a noun opens: "a partnership between A and B", "with support from C", "delegations from A and B". */
  private nounFrames(index: number, subject: Mention[]): void {
    const word = this.tokens[index].lower;
    const next = this.tokens[index + 1]?.lower ?? '';
    // ("X is a joint project of A and B": what is joint is the parties' shared work.)
    const jointWork = this.tokens[index - 1]?.lower === 'joint' && WHOLE_TYPES.includes(HEADS[word]?.type as EntityType) && this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects.length >= 2;
    if ((PARTNERSHIP_NOUNS.has(word) || jointWork) && (next === 'between' || (next === 'of' && !this.mentionAt(index)))) this.partnershipBetween(index);
    // ("is supported by grant No. TRLF-2027-041 of the X Foundation": a grant's number between it and its giver.)
    // ("with co-financing of USD 1.8 million from C": so is its amount; "funded with MYR 4.2 million from B": an amount
    // given with it is support, as a grant is.)
    const numbered = numberedCodeEnd(this.tokens, index + 1);
    const amount = word === 'with' ? amountEnd(this.tokens, index + 1) : next === 'of' ? amountEnd(this.tokens, index + 2) : undefined;
    const giverAt = numbered !== undefined ? numbered + 1 : amount !== undefined && this.tokens[amount + 1]?.lower === 'from' ? amount + 1 : index + 1;
    const withBefore = word === 'with' || this.tokens.slice(Math.max(0, index - 4), index).some((token) => token.lower === 'with' || (token.lower === 'by' && giverAt > index + 1));
    const given = SUPPORT_NOUNS.has(word) || (word === 'with' && giverAt > index + 1);
    if (given && ['from', 'of'].includes(this.tokens[giverAt]?.lower ?? '') && withBefore) {
      const supporters = this.objectsAfter(giverAt + 1, this.nextClauseEnd(index)).objects.filter((mention) => ACTOR_TYPES.has(this.typeOf(mention)!));
      const supported = subject.filter((mention) => ![EntityType.Place, EntityType.Country].includes(this.typeOf(mention)!));
      const what = word === 'with' ? 'money' : word;
      for (const supporter of supporters) for (const item of supported) this.add(RelationType.SUPPORTS, supporter, item, this.tokens[index], 0.6, `"with ${what} from" it`, { activity: what });
    }
    if (/^(?:comes?|came)$/.test(word) && next === 'from' && this.moneyBefore(index)) this.supportComesFrom(index + 1);
    if (/^(?:funded|financed)$/.test(word) && next === 'by') this.fundedWork(index);
    if (SUPPLY_VERBS.test(word)) this.suppliedThings(index);
    // ("Delegations from A took part, as did representatives of B and C": those the ellipsis names took part too; so
    // "… are taking part, as are representatives of B".)
    const asDid = ELLIPSIS_VERBS.test(this.tokens[index - 1]?.lower ?? '') && this.tokens[index - 2]?.lower === 'as';
    // ("…, as did researchers from A and B": any people the ellipsis names stand for where they come from; so do those
    // "Among them were …", after those taking part: "Among them were researchers of A and B, and an engineer of C".)
    const amongThem = this.tokens[0]?.lower === 'among' && ['them', 'these', 'those'].includes(this.tokens[1]?.lower ?? '');
    // ("Rail operators and fruit traders from A and B met in Kunming for the Forum": people who meet for an event attend it.)
    const metFor = next === 'from' && /^\p{Ll}+s$/u.test(word) && (PEOPLE_NOUNS.has(word) || PEOPLE_PLURAL.test(word)) && this.tokens.some((token, n) => n > index && MEETING_VERBS.test(token.lower) && token.tags.has('Verb'));
    // ("Delegations came from A, B and C": so do those who came from them.)
    const cameFrom = next === 'from' && /^(?:came|come|comes|travelled|traveled|arrived)$/.test(word) && ATTENDEE_NOUNS.has(this.tokens[index - 1]?.lower ?? '');
    if ((ATTENDEE_NOUNS.has(word) && (next === 'from' || (next === 'of' && asDid))) || ((asDid || amongThem) && PEOPLE_NOUNS.has(word) && ['from', 'of'].includes(next)) || metFor || cameFrom) this.attendeesFrom(index);
    this.participation(index);
    this.openingOf(index);
    this.speechBy(index);
    this.talkSpeaker(index);
    this.bracketedSpeaker(index);
    this.asPartners(index);
    this.ventureWith(index);
    this.jointlyBy(index);
    this.projectSites(index);
    this.networkReach(index);
    this.frontedMembership(index);
    this.partnerOfOrganisation(index);
    this.capitalOf(index);
    this.hostNamed(index);
    this.invitedBy(index);
    this.sponsoredBy(index);
    this.speakerAtEvent(index);
    this.presenterFor(index);
    this.prizeWinner(index);
    this.membersAdmitted(index);
    this.roleNamedAs(index);
    this.stagedBy(index);
    this.dutyGivenTo(index);
    this.presentAt(index);
    this.unitOf(index);
    this.licensedTerritory(index);
  }

  /**
   * "… a technology licence agreement under which A grants the joint venture exclusive rights to its process in Malaysia,
   * Thailand and Brunei", "Under the licence, A grants B the right to make … in Cambodia and Laos": the countries a licence
   * is granted for are what its agreement covers.
   */
  private licensedTerritory(index: number): void {
    const tokens = this.tokens;
    if (!/^grant(?:s|ed|ing)?$/.test(tokens[index].lower)) return;
    const end = this.nextClauseEnd(index);
    const isAgreement = (mention: Mention) => !!mention.entityId && this.typeOf(mention) === EntityType.Agreement;
    const named = [...this.entry.top, ...this.entry.signings.map((signing) => signing.agreement)].filter((mention) => mention.last < index && isAgreement(mention)).at(-1);
    // ("Under the licence, …", "Under the agreement, …": the one the text named before.)
    const under = tokens[0]?.lower === 'under' && /^(?:licen[cs]e|agreement|contract)$/.test(tokens[pastArticle(tokens, 1)]?.lower ?? '');
    const earlier = !named && under ? this.antecedents.last([EntityType.Agreement]) : undefined;
    const agreement = named ?? (earlier && this.pointer(earlier, 0, pastArticle(tokens, 1)));
    // ("… an exclusive licence, for Indonesia and Malaysia, to its process": a licence's agreement is for them, as in them.)
    const licence = !!agreement && /licen[cs]e/i.test(agreement.name);
    const at = tokens.findIndex((token, k) => k > index && k < end && (token.lower === 'in' || (token.lower === 'for' && licence)) && !!this.mentionAt(k + 1) && [EntityType.Country, EntityType.CountryGroup].includes(this.typeOf(this.mentionAt(k + 1)!)!));
    if (!agreement || at < 0) return;
    const countries = this.objectsAfter(at + 1, end).objects;
    if (!countries.every((country) => [EntityType.Country, EntityType.CountryGroup].includes(this.typeOf(country)!))) return;
    for (const country of countries) this.add(RelationType.COVERS, agreement, country, tokens[index], 0.6, `"${tokens[index].text}" for ${country.name}`);
  }

  /**
   * "the X Help Desk, an online service of CATTC", "the Y Station, a field station of Z University": a platform or
   * organisation set off as one of an organisation's own is part of it (not "a member of", "a partner of").
   */
  private unitOf(index: number): void {
    const tokens = this.tokens;
    if (tokens[index].lower !== 'of' || this.mentionAt(index)) return;
    let k = index - 1;
    while (k > Math.max(0, index - 5) && /^\p{Ll}+$/u.test(tokens[k].text) && !['a', 'an'].includes(tokens[k].lower) && plainGap(tokens[k])) k -= 1;
    if (!['a', 'an'].includes(tokens[k]?.lower ?? '') || k === index - 1 || UNIT_ROLE_NOUNS.test(tokens[index - 1].lower)) return;
    const unit = /^,\s*$/.test(tokens[k - 1]?.post ?? '') ? this.mentionAt(k - 1) : undefined;
    const owner = this.mentionAt(pastArticle(tokens, index + 1));
    const kinds = [EntityType.Platform, EntityType.Institution];
    // ("At the invitation of X, a delegation of Y visited …": people sent, and a clause's subject, are no apposition.)
    const people = ATTENDEE_NOUNS.has(tokens[index - 1].lower) || isPersonNoun(tokens[index - 1]) || /^(?:teams?|groups?)$/.test(tokens[index - 1].lower);
    const subject = !!owner && !!tokens[owner.last + 1] && isFiniteVerb(tokens[owner.last + 1]);
    if (unit && owner && !people && !subject && kinds.includes(this.typeOf(unit)!) && kinds.includes(this.typeOf(owner)!)) this.add(RelationType.PART_OF, unit, owner, tokens[index], 0.6, `set off as "${tokens[index - 1].text} of" ${owner.name}`);
  }

  /**
   * "the Pearl River Institute, Greenpoly's research partner since 2018,", "A, a partner of B,", "A and B are long-time
   * partners": organisations called each other's partners cooperate (a project's or platform's partners are membership's).
   */
  private partnerOfOrganisation(index: number): void {
    const tokens = this.tokens;
    if (!/^partners?$/.test(tokens[index].lower) || this.mentionAt(index)) return;
    let k = index - 1;
    while (k > 0 && (tokens[k].tags.has('Adjective') || /^(?:research|industrial|strategic|main|key|long|time|standing|long-?time|long-standing|close|trusted)$/.test(tokens[k].lower)) && !this.mentionAt(k)) k -= 1;
    const isOrganisation = (mention: Mention | undefined) => !!mention?.entityId && this.typeOf(mention) === EntityType.Institution;
    const owner = /['’]s$/.test(tokens[k]?.text ?? '') ? this.mentionAt(k) : undefined;
    const described = (at: number) => (/,/.test(tokens[at - 1]?.post ?? '') ? this.mentionAt(at - 1) : undefined);
    let pair: [Mention | undefined, Mention | undefined] = [undefined, undefined];
    // ("A and B will be partners in the venture": a whole the text does not name, or a company (their venture), leaves them
    // each other's partners.)
    const inWhole = this.mentionAt(index + 3);
    const unnamedWhole = tokens[index + 1]?.lower === 'in' && tokens[index + 2]?.lower === 'the' && (!inWhole || this.typeOf(inWhole) === EntityType.Institution);
    // ("A and its partner B opened a lab": the name after the noun, and the one "its" follows.)
    const itsNamed = tokens[k]?.lower === 'its' && tokens[k - 1]?.lower === 'and' ? [this.mentionAt(k - 2), this.mentionAt(pastArticle(tokens, index + 1))] : undefined;
    if (owner) pair = [described(owner.first), owner];
    else if (itsNamed) pair = [itsNamed[0], itsNamed[1]];
    else if (['a', 'an'].includes(tokens[k]?.lower ?? '') && tokens[index + 1]?.lower === 'of') pair = [described(k), this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects[0]];
    else if ((/^(?:are|were)$/.test(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'be' && tokens[k - 1]?.tags.has('Modal'))) && (!['in', 'of', 'to', 'on'].includes(tokens[index + 1]?.lower ?? '') || unnamedWhole)) {
      const subject = this.subjectBefore(k, this.clauseStart(k));
      if (subject.length === 2) pair = [subject[0], subject[1]];
    }
    const [one, other] = pair;
    if (isOrganisation(one) && isOrganisation(other) && one!.entityId !== other!.entityId) this.add(RelationType.COOPERATES_WITH, one!, other!, tokens[index], 0.6, `called ${other!.name}'s "${tokens[index].text}"`);
  }

  /** "signed in Muang Sayphou, the provincial capital,": a capital is in the province named before; "X, the capital of Y": in Y. */
  private capitalOf(index: number): void {
    const tokens = this.tokens;
    if (tokens[index].lower !== 'capital') return;
    const level = /^(?:provincial|regional|state|district|county|prefectural)$/.test(tokens[index - 1]?.lower ?? '') ? 1 : 0;
    const the = index - 1 - level;
    const town = tokens[the]?.lower === 'the' && /^,\s*$/.test(tokens[the - 1]?.post ?? '') ? this.mentionAt(the - 1) : undefined;
    if (!town || this.typeOf(town) !== EntityType.Place) return;
    const named = tokens[index + 1]?.lower === 'of' ? this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects[0] : undefined;
    const earlier = named || !level ? undefined : this.antecedents.last([EntityType.Place], undefined, new Set([town.entityId]));
    const region = named ?? (earlier?.kind === 'REGION' ? this.pointer(earlier, index, index) : undefined);
    if (region && [EntityType.Place, EntityType.Country].includes(this.typeOf(region)!) && region.entityId !== town.entityId) {
      this.add(RelationType.LOCATED_IN, town, region, tokens[index], 0.6, `"${tokens.slice(the, index + 1).map((token) => token.text).join(' ')}" of ${region.name}`);
    }
  }

  /**
   * "As members of the X Alliance, A and B will share data", "A founding member of the Network, C hosted the meeting": the main
   * clause's subject are members of X.
   */
  private frontedMembership(index: number): void {
    const tokens = this.tokens;
    if (!/^members?$/.test(tokens[index].lower) || tokens[index + 1]?.lower !== 'of' || !['as', 'a', 'an'].includes(tokens[0]?.lower ?? '') || index > 3) return;
    const network = this.wholeAfter(index + 2, this.nextClauseEnd(index), [EntityType.Network]);
    if (!network || !/,/.test(tokens[network.last].post)) return;
    const first = this.mentionAt(pastArticle(tokens, network.last + 1));
    if (!first) return;
    for (const member of this.listFrom(first)) this.grouped(network, member, tokens[index], 0.6, () => `named "as ${tokens[index].text} of" ${network.name}`);
  }

  /**
   * "Host country Laos is expected to lead the talks", "as host city, Vientiane …": a country or organisation called the
   * host hosted the event of the sentence, or the one named last; a city called so is where it was held.
   */
  private hostNamed(index: number): void {
    if (this.tokens[index].lower !== 'host' || !HOST_KINDS.test(this.tokens[index + 1]?.lower ?? '')) return;
    const host = this.mentionAt(index + 2);
    const event = this.sentenceEvent(index);
    if (host && event) this.hostOf(host, event, this.tokens[index], `"${this.tokens[index].text} ${this.tokens[index + 1].text}" ${host.name}`);
  }

  /**
   * "The Meeting approved the following organisations as full members of the Network:" and a bullet line for each, "admitted
   * A and B as associate members", "granted associate membership to C": those admitted are members of the network the
   * sentence names, or of the one named last.
   */
  private membersAdmitted(index: number): void {
    const tokens = this.tokens;
    const word = tokens[index].lower;
    const end = this.nextClauseEnd(index);
    let members: Mention[] = [];
    if (word === 'membership') {
      const granted = tokens.slice(Math.max(0, index - 3), index).some((token) => /^(?:grant|offer|award|extend|gave|give)/.test(token.lower));
      const to = tokens.findIndex((token, n) => n > index && n < Math.min(end, index + 8) && token.lower === 'to');
      if (!granted || to < 0) return;
      members = this.objectsAfter(to + 1, end).objects;
    } else if (word === 'member' && this.mentionAt(index + 1)?.first === index + 1 && HEADS[tokens[index - 1]?.lower ?? '']?.type === EntityType.Network) {
      // ("Fellow consortium member A": a title before the name, of the network its word points back at.)
      const network = this.antecedents.last([EntityType.Network], tokens[index - 1].lower);
      const member = this.mentionAt(index + 1)!;
      if (network && this.mayHoldRole(member, network)) this.add(RelationType.MEMBER_OF, member, this.pointer(network, index - 1, index - 1), tokens[index], 0.6, `"${tokens[index - 1].text} member" ${member.name}`);
      return;
    } else if (/^members?$/.test(word)) {
      let asAt = index - 1;
      while (asAt > index - 4 && asAt > 0 && tokens[asAt].lower !== 'as' && (tokens[asAt].tags.has('Adjective') || /^(?:full|associate|new|founding|observer|affiliate)$/.test(tokens[asAt].lower))) asAt -= 1;
      const verb = tokens.slice(this.clauseStart(index), asAt).findIndex((token) => /^(?:approv|admit|accept|welcom|elect|confirm|enrol|regist)/.test(token.lower) && token.tags.has('Verb'));
      // ("The meeting admitted three new members:" and a bullet line for each.)
      const listedBelow = verb >= 0 && tokens[asAt]?.lower !== 'as' && index >= tokens.length - 2 && /:\s*$/.test(tokens.at(-1)!.post);
      if ((tokens[asAt]?.lower !== 'as' && !listedBelow) || verb < 0) return;
      const start = this.clauseStart(index) + verb + 1;
      members = listedBelow ? [] : this.objectsAfter(start, asAt).objects;
      if (members.length === 0 && /:\s*$/.test(tokens.at(-1)!.post)) members = this.bullets;
    } else return;
    const network = (tokens[index + 1]?.lower === 'of' ? this.wholeAfter(index + 2, end, [EntityType.Network]) : undefined) ?? this.entry.top.find((mention) => mention.entityId && this.typeOf(mention) === EntityType.Network);
    const earlier = network ? undefined : this.antecedents.last([EntityType.Network]);
    const whole = network ?? (earlier && this.pointer(earlier, index, index));
    if (!whole) return;
    for (const member of members) if (this.mayHoldRole(member, whole)) this.add(RelationType.MEMBER_OF, member, whole, tokens[index], 0.6, `admitted as one of the ${word} of ${whole.name}`);
  }

  /**
   * "…," Maria Santos, chief forecaster at A, told the session', "B's Professor Chen opened the programme with a lecture", "In
   * an address to the plenary, the president of C described …": the organisations whose people speak at the event attend it.
   */
  private speakerAtEvent(index: number): void {
    const tokens = this.tokens;
    const word = tokens[index].lower;
    const end = this.nextClauseEnd(index);
    const heard = (k: number) => !!tokens[k] && (EVENT_AUDIENCES.test(tokens[k].lower) || this.typeOf(this.mentionAt(k) ?? ({} as Mention)) === EntityType.Event);
    const object = pastArticle(tokens, index + 1);
    const told = /^(?:told|tells|addressed|addresses)$/.test(word) && (heard(object) || heard(object + 1) || heard(object + 2));
    const spoke = /^(?:opened|closed|gave|delivered|made)$/.test(word) && tokens.slice(index + 1, Math.min(end, index + 7)).some((token) => SPEECH_NOUNS.has(token.lower) || token.lower === 'keynote');
    const addressed = SPEECH_NOUNS.has(word) && tokens[index + 1]?.lower === 'to' && tokens[index - 2]?.lower === 'in';
    if (!told && !spoke && !addressed) return;
    // The speaker's words: after a closing quotation mark, else the clause; for "In an address to …," the subject after the comma.
    const comma = addressed ? tokens.findIndex((token, n) => n > index && /,\s*$/.test(token.post)) : -1;
    const verb = addressed ? tokens.findIndex((token, n) => n > comma && token.tags.has('Verb') && !this.mentionAt(n)) : index;
    const quoted = tokens.slice(0, index).map((token, n) => (/["”]/.test(token.post) ? n : -1)).filter((n) => n >= 0).at(-1);
    const from = addressed ? comma + 1 : Math.max(this.clauseStart(index), (quoted ?? -1) + 1);
    if ((addressed && (comma < 0 || verb < 0)) || from >= (addressed ? verb : index)) return;
    const event = this.sentenceEvent(index);
    if (!event) return;
    for (const speaker of this.entry.top.filter((mention) => mention.entityId && mention.first >= from && mention.last < (addressed ? verb : index))) {
      const type = this.typeOf(speaker);
      if ([EntityType.Institution, EntityType.Platform, EntityType.Country].includes(type!) && speaker.entityId !== event.entityId && !['in', 'on', 'during'].includes(tokens[speaker.first - 1]?.lower ?? '')) {
        this.add(RelationType.ATTENDED, speaker, event, tokens[index], 0.55, `its people spoke at ${event.name} ("${tokens[index].text}")`);
      }
    }
  }

  /**
   * "Zhou Lanying, deputy director-general of the Department of …, described the region's funding", "Engineers from A and B
   * described field trials", "Opening the forum, Dr S, Vice-President for Research at C, warned …": people a sentence opens
   * with, named by their post or as people of an organisation, who present work at the event spoken of (or open or close
   * it) speak for that organisation, which attends.
   */
  private presenterFor(index: number): void {
    const tokens = this.tokens;
    const opens = index === 0 && OPENING_PARTICIPLES.test(tokens[0].lower);
    if (!opens && !(PRESENTATION_VERBS.test(tokens[index].lower) && tokens[index].tags.has('Verb'))) return;
    // The people after "Opening the forum," when the sentence opens so; else the sentence's subject, right before the verb.
    const from = opens ? tokens.findIndex((token) => /,\s*$/.test(token.post)) + 1 : 0;
    const people = from > 0 || !opens ? this.peopleOfOrganisations(from) : undefined;
    if (!people || (!opens && people.next !== index)) return;
    const event = this.sentenceEvent(index);
    for (const speaker of people.objects) {
      const type = this.typeOf(speaker);
      if (event && speaker.entityId !== event.entityId && ACTOR_TYPES.has(type!) && type !== EntityType.Place) this.add(RelationType.ATTENDED, speaker, event, tokens[index], 0.55, `its people ${opens ? `"${tokens[0].text}" it` : `"${tokens[index].text}" work`} at ${event.name}`);
    }
  }

  /**
   * "A student team from A won the top award at the fourth B Expo", "Second prize went to C", "D and E shared third
   * place": who wins a prize at an event, or a place in its ranking, took part in it. A prize with no event in its
   * sentence is the last event's only when it ranks ("second prize", "top award"): an award alone may be any year's.
   */
  private prizeWinner(index: number): void {
    const tokens = this.tokens;
    const word = tokens[index].lower;
    const end = this.nextClauseEnd(index);
    const prizeAt = (from: number, to: number) => tokens.slice(Math.max(0, from), Math.min(end, to)).findIndex((token) => PRIZE_NOUNS.test(token.lower));
    let winners: Mention[] = [];
    let prize = -1;
    if (WINNING_VERBS.test(word) && tokens[index].tags.has('Verb') && (prize = prizeAt(index + 1, index + 5)) >= 0) {
      prize += index + 1;
      const from = this.clauseStart(index);
      const people = this.peopleOfOrganisations(from);
      winners = people && people.next === index ? people.objects : this.subjectBefore(index, from);
    } else if (word === 'went' && tokens[index + 1]?.lower === 'to' && (prize = prizeAt(index - 3, index)) >= 0) {
      prize += Math.max(0, index - 3);
      winners = this.objectsAfter(index + 2, end).objects;
    }
    if (winners.length === 0) return;
    const ranked = tokens.slice(Math.max(0, prize - 2), prize).some((token) => token.tags.has('Ordinal') || /^(?:top|grand|first|best)$/.test(token.lower));
    const named = this.entry.top.find((mention) => mention.entityId && this.typeOf(mention) === EntityType.Event);
    const event = named ?? (ranked ? this.sentenceEvent(index) : undefined);
    for (const winner of winners) {
      const type = this.typeOf(winner);
      if (event && winner.entityId !== event.entityId && ACTOR_TYPES.has(type!) && type !== EntityType.Place) this.add(RelationType.ATTENDED, winner, event, tokens[prize], 0.55, `won "${tokens[prize].text}" at ${event.name}`);
    }
  }

  /**
   * From `from`: a person's name and a comma (optional), then their post or what people they are, then "of", "at" or
   * "from" and the organisations: "Zhou Lanying, deputy director-general of A", "Engineers from B and C", "A senior
   * researcher of D". The organisations named, and where the words after them go on.
   */
  private peopleOfOrganisations(from: number): { objects: Mention[]; next: number } | undefined {
    const tokens = this.tokens;
    let k = from;
    const named = tokens.slice(from, from + 6).findIndex((token) => /,\s*$/.test(token.post));
    if (named >= 0 && tokens.slice(from, from + named + 1).every((token) => (isCapitalised(token) || /^\p{Lu}\.?$/u.test(token.text)) && !this.mentionAt(token.index))) k = from + named + 1;
    const personWord = (token: Token) => isOfficeWord(token) || ROLE_NOUNS.has(token.lower) || PEOPLE_NOUNS.has(token.lower) || PEOPLE_PLURAL.test(token.lower) || /^teams?$/.test(token.lower);
    let post = false;
    for (let end = k; end < Math.min(tokens.length, k + 7); end += 1) {
      const token = tokens[end];
      if (post && ['of', 'at', 'from'].includes(token.lower)) {
        const people = this.objectsAfter(pastArticle(tokens, end + 1), tokens.length);
        return people.objects.length > 0 ? { objects: people.objects, next: people.next } : undefined;
      }
      if (this.mentionAt(end) || !plainGap(token)) return undefined;
      post ||= personWord(token);
    }
    return undefined;
  }

  /**
   * "The Assembly acknowledges the sponsorship of A", "made possible by a grant from B", "with C footing part of the bill", "D
   * provided funding for the dialogue", "The expo's title sponsor, E,": who pays for an event (or the work spoken of) supports it.
   */
  private sponsoredBy(index: number): void {
    const tokens = this.tokens;
    const word = tokens[index].lower;
    const end = this.nextClauseEnd(index);
    const acknowledged = tokens.slice(Math.max(0, index - 4), index).some((token) => /^(?:acknowledg|thank|possible|receiv|secur|obtain|won$|win$)/.test(token.lower));
    let supporters: Mention[] = [];
    if (SUPPORT_NOUNS.has(word) && ['of', 'from'].includes(tokens[index + 1]?.lower ?? '') && acknowledged) supporters = this.objectsAfter(index + 2, end).objects;
    // ("with A footing part of the bill": the name between "with" and the verb.)
    else if (/^(?:footing|foots|footed|pick(?:ed|ing|s)?)$/.test(word) && tokens.slice(index + 1, index + 6).some((token) => /^(?:bill|costs?|tab)$/.test(token.lower))) supporters = [this.mentionJustBefore(index)].filter((mention): mention is Mention => !!mention);
    else if (/^(?:provided|provides|provide|gave|gives|offered|offers)$/.test(word) && SUPPORT_NOUNS.has(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.lower === 'for') {
      const supported = this.objectsAfter(index + 3, end).objects[0] ?? this.referenceAt(index + 3, EntityType.Event, EntityType.Project, EntityType.Platform)[0];
      for (const supporter of this.subjectBefore(index, this.clauseStart(index))) if (supported) this.supportOf(supporter, supported, tokens[index]);
      return;
    } else if (/^(?:sponsor|co-?sponsor|funder|backer)$/.test(word) && /^,\s*$/.test(tokens[index].post) && !this.mentionAt(index)) supporters = [this.mentionAt(pastArticle(tokens, index + 1))].filter((mention): mention is Mention => !!mention);
    if (supporters.length === 0) return;
    const event = this.sentenceEvent(index);
    if (event) for (const supporter of supporters) this.supportOf(supporter, event, tokens[index]);
  }

  private supportOf(supporter: Mention, supported: Mention, token: Token): void {
    const type = this.typeOf(supporter);
    if (ACTOR_TYPES.has(type!) && type !== EntityType.Place && supporter.entityId !== supported.entityId && [EntityType.Event, EntityType.Project, EntityType.Platform].includes(this.typeOf(supported)!)) {
      this.add(RelationType.SUPPORTS, supporter, supported, token, 0.6, `"${token.text}": it pays for ${supported.name}`, { activity: token.text });
    }
  }

  /** The event the sentence itself names, right before `index` first: a frame that names none of its own names no event. */
  private eventOfSentence(index: number): Mention | undefined {
    return this.namedEvent(index) ?? this.subjectBefore(index, this.clauseStart(index)).find((mention) => this.typeOf(mention) === EntityType.Event);
  }

  /** A host of an event: an organisation hosted it; a town or region that hosts it is where it was held. */
  private hostOf(host: Mention, event: Mention, token: Token, reason: string): void {
    const type = this.typeOf(host);
    if (host.entityId === event.entityId || !ACTOR_TYPES.has(type!)) return;
    if (type === EntityType.Place) this.add(RelationType.HELD_IN, event, host, token, 0.6, reason);
    else this.add(RelationType.HOSTED, host, event, token, 0.6, reason);
  }

  /** "The Tenth Assembly will be held in Nanning at the invitation of A": who invites others to an event hosts it. */
  private invitedBy(index: number): void {
    if (this.tokens[index].lower !== 'invitation' || this.tokens[index + 1]?.lower !== 'of') return;
    const event = this.eventOfSentence(index);
    if (!event) return;
    for (const host of this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects) this.hostOf(host, event, this.tokens[index], `"at the invitation of" it, ${event.name}`);
  }

  /**
   * A role noun in the singular, said of one actor: "its host, A, and its co-host, B", "with A as local host", "As host of
   * the expo, B …", "C acted as organiser": A and B host, C organises the event the sentence names (or that "of" names; for
   * "acted as", the event spoken of).
   */
  private roleNamedAs(index: number): void {
    const tokens = this.tokens;
    const word = tokens[index].lower;
    const role = /^(?:co-?)?host$/.test(word) ? RelationType.HOSTED : /^(?:co-?)?organi[sz]er$/.test(word) ? RelationType.ORGANIZED : undefined;
    if (!role || this.mentionAt(index) || tokens[index].tags.has('Verb')) return;
    const ofEvent = tokens[index + 1]?.lower === 'of' ? this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects.find((mention) => this.typeOf(mention) === EntityType.Event) : undefined;
    let asAt = index - 1;
    while (asAt > index - 4 && asAt >= 0 && tokens[asAt].lower !== 'as' && !this.mentionAt(asAt) && !/,/.test(tokens[asAt].post)) asAt -= 1;
    // ("The forum opened in Beihai. B acted as host institution": a role a clause of its own gives is in the event spoken of.)
    const servesAs = tokens[asAt]?.lower === 'as' && SERVES_AS.test(tokens[asAt - 1]?.lower ?? '');
    const event = ofEvent ?? this.eventOfSentence(index) ?? (servesAs ? this.sentenceEvent(index) : undefined);
    if (!event) return;
    let actors: Mention[] = [];
    if (tokens[asAt]?.lower === 'as') {
      const start = this.clauseStart(asAt);
      const withAt = tokens.findIndex((token, n) => n >= start && n < asAt && token.lower === 'with');
      // "with A as host"; "As host of the expo, B …" (the subject after the phrase); "B acted (served) as host".
      if (withAt >= 0) actors = this.objectsAfter(withAt + 1, asAt).objects;
      else if (asAt === 0) {
        const comma = tokens.findIndex((token, n) => n >= index && /,\s*$/.test(token.post));
        const subject = comma > 0 ? this.mentionAt(pastArticle(tokens, comma + 1)) : undefined;
        if (subject) actors = [subject];
      }
      else if (servesAs) actors = this.subjectBefore(asAt - 1, this.clauseStart(asAt - 1));
    } else if (/^,\s*$/.test(tokens[index].post) && ['its', 'their', 'the'].includes(tokens[index - 1]?.lower ?? '')) {
      // "its host, A,": the name the apposition gives.
      const named = this.mentionAt(pastArticle(tokens, index + 1));
      if (named) actors = [named];
    }
    for (const actor of actors) {
      if (role === RelationType.HOSTED) this.hostOf(actor, event, tokens[index], `named its ${word}`);
      else if (ACTOR_TYPES.has(this.typeOf(actor)!) && this.typeOf(actor) !== EntityType.Place && actor.entityId !== event.entityId) this.add(role, actor, event, tokens[index], 0.6, `named its ${word}`);
    }
  }

  /** "The meeting is being staged by A and B", "The Network convened the Assembly": who stages or convenes an event organises it. */
  private stagedBy(index: number): void {
    const tokens = this.tokens;
    if (!/^(?:stag(?:e|es|ed|ing)|conven(?:e|es|ed|ing))$/.test(tokens[index].lower) || this.mentionAt(index)) return;
    const end = this.nextClauseEnd(index);
    // ("The assembly was hosted by A and jointly convened with B": who convenes it with the organiser named before organises it too.)
    const convenedWith = tokens[index + 1]?.lower === 'with' && /^(?:jointly|co|also|was|were|is|been)$/.test(tokens[index - 1]?.lower ?? '');
    const passive = tokens[index + 1]?.lower === 'by' || convenedWith;
    const organisers = passive ? this.objectsAfter(index + 2, end).objects : this.subjectBefore(index, this.clauseStart(index));
    const events = passive ? [this.eventOfSentence(index) ?? this.eventBefore(index, this.subjectBefore(index, this.clauseStart(index)), undefined)[0]] : this.objectsAfter(index + 1, end).objects.slice(0, 1).concat(this.referenceAt(pastArticle(tokens, index + 1), EntityType.Event));
    const event = events.find((mention) => mention && this.typeOf(mention) === EntityType.Event);
    if (!event) return;
    for (const organiser of organisers) {
      const type = this.typeOf(organiser);
      if (ACTOR_TYPES.has(type!) && type !== EntityType.Place && type !== EntityType.Country && organiser.entityId !== event.entityId) this.add(RelationType.ORGANIZED, organiser, event, tokens[index], 0.6, `"${tokens[index].text}" it`);
    }
  }

  /** "Organisation of the Dialogue was entrusted to A", "Hosting duties fell to B": the duty's role goes to whom it is given. */
  private dutyGivenTo(index: number): void {
    const tokens = this.tokens;
    const role = /^organi[sz]ation$/.test(tokens[index].lower) ? RelationType.ORGANIZED : tokens[index].lower === 'hosting' ? RelationType.HOSTED : undefined;
    if (!role || this.mentionAt(index)) return;
    const end = this.nextClauseEnd(index);
    const given = tokens.findIndex((token, n) => n > index && n < Math.min(end, index + 10) && ((/^(?:entrusted|fell|falls|given|assigned|left)$/.test(token.lower) && tokens[n + 1]?.lower === 'to') || (/^(?:handled|undertaken)$/.test(token.lower) && tokens[n + 1]?.lower === 'by')));
    if (given < 0) return;
    const ofEvent = tokens[index + 1]?.lower === 'of' ? this.objectsAfter(index + 2, given).objects.find((mention) => this.typeOf(mention) === EntityType.Event) : undefined;
    const event = ofEvent ?? this.referenceAt(pastArticle(tokens, index + 2), EntityType.Event)[0] ?? this.eventOfSentence(index) ?? this.sentenceEvent(index);
    if (!event) return;
    for (const actor of this.objectsAfter(given + 2, end).objects) {
      if (role === RelationType.HOSTED) this.hostOf(actor, event, tokens[index], `${tokens[index].lower} ${tokens[given].lower} to it`);
      else if (ACTOR_TYPES.has(this.typeOf(actor)!) && this.typeOf(actor) !== EntityType.Place && actor.entityId !== event.entityId) this.add(role, actor, event, tokens[index], 0.6, `${tokens[index].lower} ${tokens[given].lower} ${tokens[given + 1].lower} it`);
    }
  }

  /**
   * "Attending were engineers from A, B and C", "Also present were representatives of D", "Representatives of E were
   * present as observers", "Among the 180 participants were modellers from F": those there attended the event spoken of.
   */
  private presentAt(index: number): void {
    const tokens = this.tokens;
    const word = tokens[index].lower;
    const end = this.nextClauseEnd(index);
    let attendees: Mention[] = [];
    if ((word === 'attending' || word === 'present') && BE.includes(tokens[index + 1]?.lower ?? '') && index <= 1) attendees = this.attendees(index + 2, end, []);
    else if (word === 'present' && BE.includes(tokens[index - 1]?.lower ?? '')) attendees = this.attendees(this.clauseStart(index), index - 1, []);
    else if (index === 0 && word === 'among') {
      const noun = tokens.findIndex((token, n) => n > index && n < index + 5 && (ATTENDEE_NOUNS.has(token.lower) || /^(?:attendees|exhibitors|speakers)$/.test(token.lower)));
      if (noun > 0 && BE.includes(tokens[noun + 1]?.lower ?? '')) attendees = this.attendees(noun + 2, end, []);
    }
    if (attendees.length === 0) return;
    const event = this.sentenceEvent(index);
    if (!event) return;
    for (const attendee of attendees) if (attendee.entityId !== event.entityId) this.add(RelationType.ATTENDED, attendee, event, tokens[index], 0.6, `"${tokens[index].text}" at ${event.name}`);
  }

  /**
   * "Opening remarks by A", "a keynote by B": who speaks at the event of the sentence, or the one named last, attended it.
   * A programme's line gives a talk's title first: "09:30 Keynote: harmonising standards, by A", "14:00 Pest control, by B".
   */
  private speechBy(index: number): void {
    const word = this.tokens[index].lower;
    const spoken = SPEECH_NOUNS.has(this.tokens[index - 1]?.lower ?? '');
    // ("14:00 Round table of national agencies, chaired by A", "Case study: river sensors, presented by B": who runs an
    // item of a programme, after a comma, speaks at the event.)
    // (Not "Closing ceremony and certificates, presented by C": who hands out certificates or prizes gives no talk.)
    const handedOut = this.tokens.slice(0, index).some((token) => PRIZE_NOUNS.test(token.lower) || /^(?:certificates?|diplomas?)$/.test(token.lower));
    const conducted = SESSION_PARTICIPLES.test(this.tokens[index - 1]?.lower ?? '') && /,\s*$/.test(this.tokens[index - 2]?.post ?? '') && !handedOut;
    const programme = () => this.isProgrammeLine() || this.tokens.slice(0, 3).some((token) => /^\s*:/.test(token.post));
    if (!((word === 'by' && (spoken || ((/,\s*$/.test(this.tokens[index - 1]?.post ?? '') || conducted) && programme()))) || (word === 'from' && spoken))) return;
    const event = this.sentenceEvent(index);
    if (!event) return;
    // ("keynote speeches from A, director of B, and from C of D": each "from" names a speaker.)
    const end = this.nextClauseEnd(index);
    const speakers = word === 'from' ? this.tokens.flatMap((token, n) => (n >= index && n < end && token.lower === 'from' ? this.speakersAfter(n, end) : [])) : this.objectsAfter(index + 1, end).objects;
    for (const speaker of speakers) {
      const type = this.typeOf(speaker);
      if (ACTOR_TYPES.has(type!) && type !== EntityType.Place && speaker.entityId !== event.entityId) this.add(RelationType.ATTENDED, speaker, event, this.tokens[index], 0.6, `"${this.tokens[index - 1].text} ${this.tokens[index].text}" it at ${event.name}`);
    }
  }

  /**
   * "Dr A of the X Institute said in her keynote address …", "In his speech, Professor B of Y …": a speaker the sentence
   * names with a title, of an organisation, giving a talk it speaks of (her, his or their keynote, speech, remarks) speaks
   * at the event spoken of, so the organisation attends it.
   */
  private speakerInProse(): void {
    const tokens = this.tokens;
    // ("her keynote", "his opening speech": the talk is a noun of the sentence, not a programme's label.)
    const talk = tokens.findIndex((token, k) => SPEECH_NOUNS.has(token.lower) && (/^(?:her|his|their|a|the)$/.test(tokens[k - 1]?.lower ?? '') || /^(?:her|his|their)$/.test(tokens[k - 2]?.lower ?? '')));
    if (talk < 0 || this.isProgrammeLine()) return;
    const titled = (of: number) => tokens.slice(Math.max(0, of - 5), of).some((token, n, before) => HONORIFICS.has(token.lower.replace(/\.$/, '')) && before.slice(n + 1).every(isCapitalised));
    const speakers = this.entry.top.filter((mention) => mention.entityId && tokens[beforeArticle(tokens, mention.first)]?.lower === 'of' && titled(beforeArticle(tokens, mention.first)));
    const event = speakers.length > 0 ? this.sentenceEvent(talk) : undefined;
    for (const speaker of speakers) {
      const type = this.typeOf(speaker);
      if (event && speaker.entityId !== event.entityId && ACTOR_TYPES.has(type!) && type !== EntityType.Place && type !== EntityType.Country) this.add(RelationType.ATTENDED, speaker, event, tokens[talk], 0.6, `its speaker's "${tokens[talk].text}" at ${event.name}`);
    }
  }

  /**
   * "10:30 White root disease in young plantations -- Dr Li Wenjun, Kite Institute": a programme line gives a talk's title,
   * a dash, then its speaker and the organisation they speak for, which attends the event.
   */
  private talkSpeaker(index: number): void {
    if (!/^\s+(?:--|-|–|—)\s+$/.test(this.tokens[index - 1]?.post ?? '') || !this.isProgrammeLine()) return;
    const event = this.sentenceEvent(index);
    const speaker = this.entry.top.find((mention) => mention.first >= index && mention.entityId && ACTOR_TYPES.has(this.typeOf(mention)!) && this.typeOf(mention) !== EntityType.Place && this.typeOf(mention) !== EntityType.Country);
    if (event && speaker && speaker.entityId !== event.entityId) this.add(RelationType.ATTENDED, speaker, event, this.tokens[index], 0.6, `speaks at ${event.name}, after the talk's title`);
  }

  /**
   * "14:00 Lecture: Spraying standards and flight safety (South China Agricultural Aviation Association)", "Evening lecture: …
   * (Can Tho Institute of Crop Protection)": the organisation in brackets that closes a talk's line gives the talk, so attends.
   */
  private bracketedSpeaker(index: number): void {
    const tokens = this.tokens;
    const speaker = this.mentionAt(index);
    if (!speaker || speaker.first !== index || speaker.last !== tokens.length - 1 || !/\(\s*$/.test((tokens[index - 1]?.post ?? '') + tokens[index].pre) || !/^\)/.test(tokens[speaker.last].post)) return;
    const from = this.timePrefixEnd();
    const talk = tokens.slice(from, from + 3).some((token) => SPEECH_NOUNS.has(token.lower) && /^\s*:/.test(token.post));
    const event = talk ? this.sentenceEvent(index) : undefined;
    const type = this.typeOf(speaker);
    if (event && speaker.entityId !== event.entityId && ACTOR_TYPES.has(type!) && type !== EntityType.Place && type !== EntityType.Country) this.add(RelationType.ATTENDED, speaker, event, tokens[index], 0.6, `gives a talk at ${event.name}, in brackets after its title`);
  }

  /** A line of a programme: it opens with a time of day ("09:30", "Mon 20 July 09:00") or a talk's label ("Keynote:"). */
  private isProgrammeLine(): boolean {
    const from = this.timePrefixEnd();
    const [first, second] = this.tokens.slice(from);
    const label = (token: Token | undefined) => token !== undefined && SPEECH_NOUNS.has(token.lower) && /^\s*:/.test(token.post);
    return from > 0 || label(first) || (/^\d/.test(first?.text ?? '') && label(second));
  }

  /**
   * "09:30  Session 1 - Why sterile flies?" over "       Dr. Tan Hui, NSIIC": a person's line under a programme's session
   * line (or under another such person's) names, after the comma, the body the speaker comes from, which takes part.
   */
  private speakerUnderSession(): void {
    const tokens = this.tokens;
    if (!isHonorific(tokens[0])) return;
    const comma = tokens.findIndex((token, k) => k > 0 && k < 8 && /^,\s*$/.test(token.post));
    const body = comma < 0 ? undefined : this.mentionAt(pastArticle(tokens, comma + 1));
    const lineAbove = this.lineAbove();
    const underSession = /^\d{1,2}[:.]\d{2}\s/.test(lineAbove) || HONORIFICS.has(lineAbove.split(/\s+/)[0].toLowerCase().replace(/\.$/, ''));
    const event = this.antecedents.last([EntityType.Event]);
    if (!body || !event || !underSession || !ACTOR_TYPES.has(this.typeOf(body)!) || this.typeOf(body) === EntityType.Country) return;
    this.add(RelationType.ATTENDED, body, this.pointer(event, 0, 0), tokens[0], 0.6, `a speaker's line under a session of ${event.name}`);
  }

  /** The text of the line above the one this sentence starts on, trimmed. */
  private lineAbove(): string {
    const lineStart = this.text.lastIndexOf('\n', this.sentence.start - 1);
    return this.text.slice(this.text.lastIndexOf('\n', lineStart - 1) + 1, Math.max(0, lineStart)).trim();
  }

  /** Where a line's words start after the day and time it opens with ("Mon 20 July 09:00 …", "09:30 …"); 0 if it opens with no time. */
  private timePrefixEnd(): number {
    let k = 0;
    const dayWord = (token: Token) => token.tags.has('Date') || /^\d{1,2}$/.test(token.text) || WEEKDAY_ABBREVIATIONS.test(token.text);
    const timeOfDay = (token: Token | undefined) => /^\d{1,2}[:.]\d{2}$/.test(token?.text ?? '');
    while (k < 4 && this.tokens[k] && !timeOfDay(this.tokens[k]) && dayWord(this.tokens[k])) k += 1;
    // ("Tue 9 July  Glued laminated bamboo -- …": a weekday and its date open a line of a programme without a time, too.)
    const dated = k >= 2 && WEEKDAY_ABBREVIATIONS.test(this.tokens[0]?.text ?? '');
    return timeOfDay(this.tokens[k]) ? k + 1 : dated ? k : 0;
  }

  /**
   * "Joining us from Vietnam is X", "From the Philippines comes X", "and from Cambodia the sensor maker X": an
   * organisation the text presents as coming from a place is there (not "experts from Laos", who only come from it).
   */
  private comesFrom(index: number): void {
    const place = this.mentionAt(pastArticle(this.tokens, index + 1));
    if (!place || ![EntityType.Place, EntityType.Country].includes(this.typeOf(place)!) || commaAfter(this.tokens[place.last])) return;
    if (isPersonNoun(this.tokens[index - 1])) return;
    let k = place.last + 1;
    if (/^(?:comes?|came|is|are|joins?|joined)$/.test(this.tokens[k]?.lower ?? '')) k += 1;
    while (k < Math.min(this.tokens.length, place.last + 7) && !this.mentionAt(k) && /^\p{Ll}/u.test(this.tokens[k].text) && !isVerb(this.tokens[k]) && !PREPOSITIONS.has(this.tokens[k].lower)) k += 1;
    const named = this.mentionAt(k);
    if (named && named.first === k && [EntityType.Institution, EntityType.Platform].includes(this.typeOf(named)!)) this.add(RelationType.LOCATED_IN, named, place, this.tokens[index], 0.6, `presented as coming "from ${place.name}"`);
  }

  /** "Funding of RM12 million comes from", "60 per cent came from": money is what the clause before "comes from" speaks of. */
  private moneyBefore(index: number): boolean {
    const words = this.tokens.slice(this.clauseStart(index), index).map((token) => token.lower);
    return words.some((word) => SUPPORT_NOUNS.has(word) || MONEY_NOUNS.has(word));
  }

  /**
   * "Funding comes from A and from B", "60 per cent came from A and 25 per cent from B": they support the project,
   * platform or event spoken of. `from` is the first "from".
   */
  private supportComesFrom(from: number): void {
    const spoken = this.antecedents.topic([EntityType.Project, EntityType.Platform, EntityType.Event, EntityType.Network]);
    if (!spoken) return;
    const supported = this.pointer(spoken, from, from);
    // ("… comes from A, which covers 70 per cent, and from B, which pays for training": past A's relative clause.)
    const shares = this.tokens.flatMap((token, k) => (k > from && token.lower === 'from' && (MONEY_NOUNS.has(this.tokens[k - 1].lower) || this.tokens[k - 1].lower === 'and') ? [k] : []));
    for (const at of [from, ...shares]) {
      for (const supporter of this.objectsAfter(at + 1, this.nextClauseEnd(at)).objects) {
        if (ACTOR_TYPES.has(this.typeOf(supporter)!) && this.typeOf(supporter) !== EntityType.Place) this.add(RelationType.SUPPORTS, supporter, supported, this.tokens[at], 0.6, `money "${this.tokens[from - 1].text} from" it for ${spoken.name}`, { activity: 'funding' });
      }
    }
  }

  /**
   * "Construction and the first three years of operation are funded by A and by B": money for work, not for a named
   * actor, supports what the text is about. (A named or pronoun subject is read by the verb frames.)
   */
  private fundedWork(index: number): void {
    const work = this.tokens.slice(this.clauseStart(index), index).some((token) => FUNDED_SPANS.test(token.lower.replace(/s$/, '')));
    if (work) this.supportsSpokenWork(index, index + 1, 'funding');
  }

  /** "Satellite data were supplied free of charge by A", "its test engines were donated by B": they support what the text is about. */
  private suppliedThings(index: number): void {
    const by = [1, 2, 3, 4].map((ahead) => index + ahead).find((k) => this.tokens[k]?.lower === 'by');
    const passive = BE.includes(this.tokens[index - 1]?.lower ?? '');
    if (by !== undefined && passive) this.supportsSpokenWork(index, by, 'supply');
  }

  /** The actors after "by" at `by` support the project, platform, event or network the text is about, when the clause names none before the verb. */
  private supportsSpokenWork(index: number, by: number, activity: string): void {
    const named = this.entry.top.some((mention) => mention.entityId && mention.first >= this.clauseStart(index) && mention.last < index);
    const spoken = named ? undefined : this.antecedents.topic([EntityType.Project, EntityType.Platform, EntityType.Event, EntityType.Network]);
    if (!spoken) return;
    const supported = this.pointer(spoken, index, index);
    for (const supporter of this.objectsAfter(by + 1, this.nextClauseEnd(index)).objects) {
      if (ACTOR_TYPES.has(this.typeOf(supporter)!) && this.typeOf(supporter) !== EntityType.Place) this.add(RelationType.SUPPORTS, supporter, supported, this.tokens[index], 0.6, `"${this.tokens[index].text} by" it, for the work of ${spoken.name}`, { activity });
    }
  }

  /** "The forum also marked the opening of the X Laboratory": what an event saw opened was launched at it. */
  private openingOf(index: number): void {
    if (!/^(?:opening|launch|launching|inauguration|unveiling|debut)$/.test(this.tokens[index].lower) || this.tokens[index + 1]?.lower !== 'of') return;
    const opened = this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects[0];
    const type = opened && this.typeOf(opened);
    if (!type || ![EntityType.Platform, EntityType.Project, EntityType.Initiative, EntityType.Network].includes(type)) return;
    // "11:00 Launch of the X Hub" in a programme: at the programme's event.
    const programmeEvent = this.isProgrammeLine() ? this.antecedents.last([EntityType.Event]) : undefined;
    // ("The symposium also saw the debut of X": or the event the subject points back at.)
    const event = this.entry.top.filter((mention) => mention.entityId && mention.last < index && this.typeOf(mention) === EntityType.Event).at(-1) ?? (programmeEvent && this.pointer(programmeEvent, index, index)) ?? this.eventBefore(index, this.subjectBefore(index, this.clauseStart(index)), undefined)[0];
    if (event) this.add(RelationType.LAUNCHED_AT, opened, event, this.tokens[index], 0.6, `the ${this.tokens[index].text} of it at ${event.name}`);
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

  /** "X, a partnership between A and B", "X is a partnership between A and B": each is a partner in X. */
  private partnershipBetween(index: number): void {
    const whole = this.describedBy(index, WHOLE_TYPES);
    // ("The partnership between A and B began in 2019": with no whole, the two are partners of each other.)
    const parties = whole ? [] : this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects;
    if (!whole && this.tokens[index + 1]?.lower === 'between' && parties.length === 2 && parties.every((party) => this.typeOf(party) === EntityType.Institution)) {
      this.add(RelationType.COOPERATES_WITH, parties[0], parties[1], this.tokens[index], 0.6, `"${this.tokens[index].text} between" the two`);
    }
    if (!whole) return;
    for (const party of this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects) {
      if (party.entityId !== whole.entityId) this.grouped(whole, party, this.tokens[index], 0.65, () => `a party of the ${this.tokens[index].text} that ${whole.name} is`);
    }
  }

  /**
   * "The project works in orchards around A and B, in Pahang, and at a laboratory in C", "A third site in D was
   * surveyed", "the project will add a new site in E": the places a project (or platform) works in are where it is; a
   * region set off after a town only says where the town is.
   */
  private projectSites(index: number): void {
    const tokens = this.tokens;
    const word = tokens[index].lower;
    const works = /^(?:works?|worked|operates?|operated)$/.test(word) && /^(?:in|at|around|across)$/.test(tokens[index + 1]?.lower ?? '');
    const site = word === 'site' && SITE_ORDINALS.test(tokens[index - 1]?.lower ?? '') && tokens[index + 1]?.lower === 'in';
    if (!works && !site) return;
    const isWork = (mention: Mention) => [EntityType.Project, EntityType.Platform].includes(this.typeOf(mention)!);
    const subject = this.subjectBefore(index, this.clauseStart(index));
    const topic = site ? this.antecedents.topic([EntityType.Project]) : undefined;
    const project = subject.find(isWork) ?? (topic && this.pointer(topic, index, index));
    if (!project) return;
    const end = site ? Math.min(this.nextClauseEnd(index), index + 6) : this.nextClauseEnd(index);
    const places = this.entry.top.filter((mention) => mention.entityId && mention.first > index && mention.last < end && this.typeOf(mention) === EntityType.Place);
    // ("around Raub and Bentong, in Pahang", "in Betong, Thailand": the region after a town's comma is the town's.)
    const container = (place: Mention) => places.some((other) => other.last < place.first && /,\s*$/.test(tokens[other.last].post) && place.first - other.last <= 2);
    for (const place of places.filter((item) => !container(item))) this.add(RelationType.LOCATED_IN, project, place, tokens[index], 0.6, site ? `a site of it in ${place.name}` : `"${word} ${tokens[index + 1].lower}" ${place.name}`);
  }

  /**
   * "the Network brings together 58 universities and companies in China, Laos and Thailand": a network whose members are
   * in the countries listed reaches them.
   */
  private networkReach(index: number): void {
    const tokens = this.tokens;
    if (!GATHERING_VERBS.test(tokens[index].lower)) return;
    const network = this.subjectBefore(index, this.clauseStart(index)).find((mention) => this.typeOf(mention) === EntityType.Network);
    const end = this.nextClauseEnd(index);
    const at = tokens.findIndex((token, k) => k > index && k < end && token.lower === 'in');
    if (!network || at < 0) return;
    const countries = this.objectsAfter(at + 1, end).objects;
    if (countries.length < 2 || !countries.every((country) => this.typeOf(country) === EntityType.Country)) return;
    for (const country of countries) this.add(RelationType.COVERS, network, country, tokens[index], 0.6, `"${tokens[index].lower} …" members in ${country.name}`);
  }

  /** "A has formed a joint venture with B", "A entered into a partnership with B": A cooperates with B. */
  private ventureWith(index: number): void {
    const tokens = this.tokens;
    const noun = tokens[index].lower;
    // ("…, extending a collaboration with B that began in 2030": so does one who keeps up a collaboration with B.)
    if (!((noun === 'venture' && tokens[index - 1]?.lower === 'joint') || /^(?:partnership|collaboration|cooperation)$/.test(noun)) || tokens[index + 1]?.lower !== 'with') return;
    const verb = this.tokens.slice(this.clauseStart(index), index).map((token) => token.index).filter((k) => isVerb(tokens[k]) && !this.mentionAt(k)).at(-1);
    if (verb === undefined) return;
    const partners = this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects.filter((mention) => this.typeOf(mention) === EntityType.Institution);
    // (A participle after a comma shares the main clause's subject, the organisation its people come from included.)
    const participle = /ing$/.test(tokens[verb].lower) && /,\s*$/.test(tokens[verb - 1]?.post ?? '');
    const main = participle ? tokens.findIndex((token, k) => k < verb && isFiniteVerb(token) && !this.mentionAt(k)) : -1;
    const subject = main > 0 ? this.attendees(this.clauseStart(main), main, []) : this.subjectBefore(verb, this.clauseStart(verb));
    const agents = subject.filter((mention) => this.typeOf(mention) === EntityType.Institution);
    for (const agent of agents) for (const partner of partners) if (agent.entityId !== partner.entityId) this.add(RelationType.COOPERATES_WITH, agent, partner, tokens[index], 0.65, `a ${tokens.slice(index - (noun === 'venture' ? 1 : 0), index + 2).map((token) => token.lower).join(' ')} it`, { activity: noun === 'venture' ? 'joint venture' : noun });
  }

  /**
   * "two papers on durian ripening, written jointly by A and B": those who do a piece of work together, the work itself
   * no entity, cooperate (a named event, platform or agreement done so has its own frame).
   */
  private jointlyBy(index: number): void {
    const tokens = this.tokens;
    if (tokens[index].lower !== 'jointly' || tokens[index + 1]?.lower !== 'by' || !isVerb(tokens[index - 1])) return;
    const start = this.clauseStart(index);
    if (this.entry.top.some((mention) => mention.entityId && mention.first >= start && mention.last < index && this.typeOf(mention) !== EntityType.Domain)) return;
    const [first, ...others] = this.objectsAfter(index + 2, this.nextClauseEnd(index)).objects.filter((mention) => this.typeOf(mention) === EntityType.Institution);
    for (const other of others) this.add(RelationType.COOPERATES_WITH, first, other, tokens[index], 0.6, `"${tokens[index - 1].lower} jointly by" both`, { activity: `${tokens[index - 1].lower} jointly` });
  }

  /**
   * "P, with A and B as partners", "with C, a maker of paints, as its industrial partner": the parties named between
   * "with" and "as" are partners (members) of the whole the clause names before.
   */
  private asPartners(index: number): void {
    const tokens = this.tokens;
    if (!/^(?:partners?|members?|co-?partners?)$/.test(tokens[index].lower)) return;
    let asAt = index - 1;
    // ("as its Cambodian partners": a demonym only describes them.)
    while (asAt > index - 4 && asAt > 0 && tokens[asAt].lower !== 'as' && (!isCapitalised(tokens[asAt]) || isDemonym(tokens[asAt]))) asAt -= 1;
    if (tokens[asAt]?.lower !== 'as') return;
    const start = this.clauseStart(index);
    // ("P will have A as lead partner, and B and C as its partners": what has them as partners is the subject.)
    const introduces = (token: Token) => /^(?:with|have|has|had|having)$/.test(token.lower);
    let withAt = asAt - 1;
    while (withAt > start && !introduces(tokens[withAt])) withAt -= 1;
    if (!tokens[withAt] || !introduces(tokens[withAt])) return;
    // ("Its partners are A and B, with C as industrial partner": what "its" points at, named before.)
    const its = tokens.findIndex((token, n) => n >= start && n < withAt && token.lower === 'its');
    const earlier = its >= 0 ? this.antecedents.last(WHOLE_TYPES) : undefined;
    const whole = this.entry.top.filter((mention) => mention.entityId && mention.last < withAt && WHOLE_TYPES.includes(this.typeOf(mention)!)).at(-1) ?? (earlier && this.pointer(earlier, its, its));
    if (!whole) return;
    // ("…, and B and C as its partners": the list right before this "as", past an earlier one's.)
    const justBefore = this.mentionJustBefore(asAt);
    const listed = [...this.objectsAfter(withAt + 1, asAt).objects, ...(justBefore && justBefore.first > withAt ? this.listEndingWith(justBefore) : [])];
    // ("as its Cambodian partners": the demonym says where they are.)
    const demonym = tokens.slice(asAt + 1, index).find(isDemonym);
    const country = demonym && this.countryNamedBy(demonym);
    for (const party of listed.filter((mention, n) => listed.indexOf(mention) === n)) {
      if (country && [EntityType.Institution, EntityType.Platform].includes(this.typeOf(party)!)) this.add(RelationType.LOCATED_IN, party, country, demonym, 0.55, `one of its "${demonym.text}" ${tokens[index].text}`);
    }
    for (const party of listed.filter((mention, n) => listed.indexOf(mention) === n)) this.grouped(whole, party, tokens[index], 0.6, () => `named "as ${tokens[index].text}" of ${whole.name}`);
  }

  /** "delegations from A, B and C", "officials from six countries, among them A and B": they attended the event of the sentence, or the one named last. */
  private attendeesFrom(index: number): void {
    const end = this.nextClauseEnd(index);
    let listed = this.objectsAfter(index + 2, end).objects;
    const intro = listed.length > 0 ? -1 : this.tokens.findIndex((token, n) => n > index + 1 && n < index + 8 && ['among', 'including', 'such'].includes(token.lower));
    if (intro >= 0) listed = this.objectsAfter(intro + (this.tokens[intro].lower === 'including' ? 1 : 2), end).objects;
    // ("Speakers from A, an operator that runs 900 cabinets, and from B said": each ", and from" after them names another.)
    const more = this.tokens.flatMap((token, k) => (k > index + 2 && token.lower === 'from' && this.tokens[k - 1].lower === 'and' && /,\s*$/.test(this.tokens[k - 2]?.post ?? '') ? [k] : []));
    for (const at of more) listed = [...listed, ...this.objectsAfter(at + 1, this.nextClauseEnd(at)).objects.filter((item) => !listed.includes(item))];
    const named = this.entry.top.find((mention) => mention.entityId && this.typeOf(mention) === EntityType.Event);
    // "a delegation from A toured the B Center": a visit to something else than an event.
    const visit = this.tokens.findIndex((token, n) => n > index && /^(?:visit|tour)/.test(token.lower) && token.tags.has('Verb'));
    const elsewhere = visit >= 0 && this.objectsAfter(visit + 1, end).objects.some((object) => this.typeOf(object) !== EntityType.Event);
    const earlier = named || elsewhere ? undefined : this.antecedents.last([EntityType.Event]);
    const event = named ?? (earlier && this.pointer(earlier, index, index));
    if (!event) return;
    for (const item of listed) {
      // ("researchers of the Surabaya Energy Laboratory": a laboratory people come from is a body that takes part.)
      if ([EntityType.Country, EntityType.Institution, EntityType.CountryGroup, EntityType.Platform].includes(this.typeOf(item)!)) this.add(RelationType.ATTENDED, item, event, this.tokens[index], 0.6, `"${this.tokens[index].text} ${this.tokens[index + 1].lower}" it at ${event.name}`);
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
    // ("…, the Guangxi institute will also run …": the subject may point back at one named before.)
    const named = this.mentionAt(pastArticle(this.tokens, comma + 1));
    const main = pronoun ? this.previousSubject : named ? [named] : this.referenceAt(comma + 1, EntityType.Institution, EntityType.Platform, EntityType.Network);
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

  /**
   * "The centre, to be built in Battambang, will …", "The plant will be built in Rayong": what is built in a place is
   * there, the subject of the verb or the sentence's first name the infinitive is set off from.
   */
  private builtIn(index: number): void {
    const tokens = this.tokens;
    if (tokens[index].lower !== 'in' || !/^(?:built|constructed|sited|housed|located)$/.test(tokens[index - 1]?.lower ?? '') || !/^(?:be|been|being)$/.test(tokens[index - 2]?.lower ?? '')) return;
    const place = this.objectsAfter(index + 1, Math.min(index + 4, tokens.length)).objects[0];
    const infinitive = tokens[index - 3]?.lower === 'to' && /,\s*$/.test(tokens[index - 4]?.post ?? '');
    const built = infinitive ? this.entry.top.find((mention) => mention.last === index - 4 && mention.entityId) : this.subjectBefore(index - 2, this.clauseStart(index))[0];
    if (place && built && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!) && LOCATED_TYPES.has(this.typeOf(built)!)) this.add(RelationType.LOCATED_IN, built, place, tokens[index - 1], 0.6, `"${tokens[index - 1].text} in" ${place.name}`);
  }

  /**
   * "on UPT's main campus in Teluk Semanis", "at its campus in Muang Thamsai", "on UTBB's Bukittinggi campus", "at the SIIAS
   * campus in Catbalogan", "at the company's plant in Tagum City": the campus's (plant's) owner is in the place, and so is
   * the laboratory or centre the clause puts on a campus.
   */
  private ownedSite(index: number): void {
    const tokens = this.tokens;
    const placed = (mention: Mention | undefined) => !!mention && [EntityType.Place, EntityType.Country].includes(this.typeOf(mention)!);
    // ("the Sukolilo campus of Institut Teknologi Kalimas (ITK) in Surabaya": whose campus, after "of", and then where.)
    const of = tokens[index + 1]?.lower === 'of' ? this.mentionAt(pastArticle(tokens, index + 2)) : undefined;
    const ofOwner = of && this.typeOf(of) === EntityType.Institution ? of : undefined;
    const inAt = ofOwner ? tokens.findIndex((token, n) => n > ofOwner.last && n <= ofOwner.last + 5 && token.lower === 'in') : index + 1;
    // ("the university's experimental farm outside Battambang": a site just outside a town is the town's.)
    const after = SITE_PLACINGS.test(tokens[inAt]?.lower ?? '') ? this.objectsAfter(inAt + 1, Math.min(inAt + 4, tokens.length)).objects[0] : undefined;
    if (ofOwner && placed(after)) this.add(RelationType.LOCATED_IN, ofOwner, after!, tokens[index], 0.6, `its campus in ${after!.name}`);
    if (ofOwner) return;
    let k = index - 1;
    const named = this.mentionAt(k);
    const place = placed(after) ? after : named && named.last === k && placed(named) ? named : undefined;
    if (!place) return;
    if (place === named) k = named.first - 1;
    // ("main", "coastal", "new Bukit Damai": what kind of campus, or its own name, between the owner and the word.)
    while (k > 0 && !/['’]s$/.test(tokens[k].text) && !this.mentionAt(k) && !['its', 'their', 'the', 'a'].includes(tokens[k].lower) && k > index - 5) k -= 1;
    const owned = this.mentionAt(k);
    const ownerWord = tokens[k]?.lower;
    // "its campus": the organisation the clause is about, else the one named last.
    const pointed = () => this.subjectBefore(k, this.clauseStart(k)).find((mention) => this.typeOf(mention) === EntityType.Institution) ?? this.antecedents.last([EntityType.Institution]);
    // ("the university's campus in Shah Alam": the one of that kind named last.)
    const kind = ownerWord?.replace(/['’]s$/, '');
    const kindOwner = !owned && kind !== ownerWord && tokens[k - 1]?.lower === 'the' ? this.antecedents.last([EntityType.Institution], kind) : undefined;
    // (Not when the sentence names two of that kind before it: "A University and B University opened … on the university's campus".)
    // ("the company's plant": a company is one of the company kind, whatever its name ends with.)
    const isOfKind = (mention: Mention) => headOf(mention.name) === kind || (!!kind && !!HEADS[kind]?.kind && mention.kind === HEADS[kind].kind);
    const ofKind = new Set(this.entry.top.filter((mention) => mention.last < k && mention.entityId && isOfKind(mention)).map((mention) => mention.entityId));
    const byKind = kindOwner && isOfKind(kindOwner) && ofKind.size <= 1 ? this.pointer(kindOwner, k, k) : undefined;
    // ("at its plant in X": a plant's "its" may be any company the clause names; only a campus's is the subject's.)
    const owner = owned && owned.last === k && owned !== place ? owned : ownerWord === 'its' && tokens[index].lower === 'campus' ? pointed() : byKind;
    if (!owner || this.typeOf(owner) !== EntityType.Institution) return;
    // (A campus or a plant is where its organisation is; a farm, a field station or a laboratory in a town need not be.)
    if (SEAT_SITES.test(tokens[index].lower)) this.add(RelationType.LOCATED_IN, owner, place, tokens[index], 0.6, `its ${tokens[index].lower} in ${place.name}`);
    // What the clause puts on the campus: the laboratory, centre or station named last before "at"/"on" it.
    const at = beforeArticle(tokens, owned && owned.last === k ? owned.first : k);
    if (!['at', 'on'].includes(tokens[at]?.lower ?? '') || !HOUSING_SITES.test(tokens[index].lower)) return;
    const site = this.entry.top.filter((mention) => mention.last < at && mention.entityId && this.typeOf(mention) === EntityType.Platform).at(-1);
    if (site && site.entityId !== owner.entityId) this.add(RelationType.LOCATED_IN, site, place, tokens[index], 0.6, `on ${owner.name}'s campus in ${place.name}`);
  }

  /**
   * "A signed an agreement with B on the joint establishment of the X Laboratory": those who sign an agreement said to be on
   * setting something up set it up (as when the agreement's title says so, below).
   */
  private establishedBySigning(signing: { agreement: Mention; parties: Mention[]; verb: Token }): void {
    const { tokens } = this;
    let k = signing.agreement.last + 1;
    const other = tokens[k]?.lower === 'with' ? this.mentionAt(pastArticle(tokens, k + 1)) : undefined;
    if (other) k = other.last + 1;
    // ("an agreement establishing the X Laboratory, signed by A and B": the participle says what it sets up.)
    const participle = FOUNDING_PARTICIPLES.test(tokens[k]?.lower ?? '');
    if (tokens[k]?.lower !== 'on' && !participle) return;
    k = pastArticle(tokens, k + 1);
    if (tokens[k]?.lower === 'joint') k += 1;
    if (!participle && (!/^(?:establishment|creation|founding)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of')) return;
    const founded = this.mentionAt(participle ? k : pastArticle(tokens, k + 2));
    if (!founded || ![EntityType.Platform, EntityType.Network, EntityType.Institution, EntityType.Project].includes(this.typeOf(founded)!)) return;
    for (const party of signing.parties) this.add(RelationType.ESTABLISHED, party, founded, signing.verb, 0.65, `signed an agreement on setting up ${founded.name}`);
  }

  /**
   * "A and B opened a laboratory. They also signed an MoU with C": the parties a pronoun subject stands for are the previous
   * sentence's subject, one for "it", two or more for "they" (else the pair named last); without them there is no signing.
   */
  private withPronounParties(signing: Signing): boolean {
    const others = (mentions: Mention[]) => mentions.filter((mention) => PARTY_TYPES.has(this.typeOf(mention)!) && !signing.parties.some((party) => party.entityId === mention.entityId));
    const subject = others(this.previousSubject);
    // ("The laboratory will be run by A and B. They also signed …": a subject of one is not "they"; the pair named last is.)
    const previous = signing.pronoun === 'it' || subject.length >= 2 ? subject : others(this.previousParties);
    if (signing.pronoun === 'it' ? previous.length !== 1 : previous.length < 2) return false;
    signing.parties.unshift(...previous);
    return !signing.unnamed || signing.parties.length >= 2;
  }

  /**
   * An unnamed agreement is named after its parties ("Memorandum of understanding between A and B"). ("… signed a
   * memorandum of understanding. The memorandum was signed on behalf of A and of B": one "the" points back at, which the
   * same parties signed before, is that one.)
   */
  private registerUnnamed(signing: Signing): void {
    const phrase = signing.agreement.name;
    const parties = signing.parties.map((party) => party.entityId).filter((id): id is string => !!id);
    const all = parties.length === signing.parties.length;
    const distinct = new Set(parties);
    const sameParties = (ids: string[]) => ids.length === distinct.size && ids.every((id) => distinct.has(id));
    const definite = [signing.agreement.first, signing.agreement.first - 1].some((k) => this.tokens[k]?.lower === 'the');
    const earlier = definite && all ? this.registry.entities.find((entity) => entity.type === EntityType.Agreement && entity.namedAfter && sameParties(entity.namedAfter.parties) && headOf(entity.namedAfter.phrase) === headOf(phrase)) : undefined;
    if (earlier) {
      signing.agreement.name = earlier.name;
      this.registry.refer(earlier, signing.agreement, this.text);
      return;
    }
    if (!signing.titled) signing.agreement.name = agreementName(phrase, signing.parties.map((party) => party.name));
    // ("The two companies signed the joint venture agreement. … The joint venture agreement was signed by their chairmen":
    // the agreement another sentence describes by the same words, no parties named, is this one.)
    const described = this.registry.entities.find((entity) => entity.type === EntityType.Agreement && !entity.namedAfter && nameKey(entity.name) === nameKey(phrase));
    if (described) this.registry.rename(described, signing.agreement.name, signing.agreement, this.text);
    const agreement = this.registry.add(signing.agreement, this.text);
    if (agreement && !signing.titled && all) agreement.namedAfter = { phrase, parties };
  }

  /** "A and B signed a memorandum": each party signed it; an unnamed agreement is named after its parties. */
  private signings(): void {
    for (const signing of this.entry.signings) {
      if (signing.pronoun && !this.withPronounParties(signing)) continue;
      // ("Heron and the joint venture signed a licence agreement" with no joint venture named: a reference that resolved to
      // the other party signs nothing with it.)
      if (signing.unnamed && signing.parties.length === 2 && signing.parties[0].entityId === signing.parties[1].entityId) continue;
      if (signing.unnamed && !signing.agreement.entityId) this.registerUnnamed(signing);
      for (const party of signing.parties) this.add(RelationType.SIGNED, party, signing.agreement, signing.verb, 0.75, `"${signing.verb.text}" ${signing.agreement.name}`);
      this.establishedBySigning(signing);
      // "signed an Agreement on the Joint Establishment of the X Centre": those who sign it set the centre up; "signed the
      // Agreement on the X Project": they take part in the project.
      const titled = [
        { named: foundedInTitle(this.text, signing.agreement), type: RelationType.ESTABLISHED, confidence: 0.65, because: 'signed the agreement that sets up' },
        { named: projectInTitle(this.text, signing.agreement), type: RelationType.PARTICIPATES_IN, confidence: 0.6, because: 'signed the agreement on' },
      ];
      for (const { named, type, confidence, because } of titled) {
        const inner = named && this.entry.nested.get(signing.agreement)?.find((item) => item.first === named.first && item.entityId);
        for (const party of inner ? signing.parties : []) this.add(type, party, inner!, signing.verb, confidence, `${because} ${inner!.name}`);
      }
    }
  }

  /**
   * "The joint venture will have its registered seat in Phnom Penh", "Kite Labs keeps its head office in Hue": a seat the
   * subject has is where the subject is.
   */
  private seatIn(index: number): void {
    const tokens = this.tokens;
    if (!SEAT_NOUNS.has(tokens[index - 1]?.lower ?? '')) return;
    let owner = index - 2;
    while (owner > 0 && SEAT_MODIFIERS.has(tokens[owner].lower)) owner -= 1;
    // ("X, which hosts its secretariat in Kuching", "IGO will host students at its laboratories in Chengdu".)
    const before = owner - 1;
    if (!['its', 'their'].includes(tokens[owner]?.lower ?? '') || !(isVerb(tokens[before]) || ['at', 'in'].includes(tokens[before]?.lower ?? ''))) return;
    const place = this.objectsAfter(index + 1, Math.min(index + 3, tokens.length)).objects[0];
    // The verb whose subject owns the seat: right before "its", or the last one before "at its …".
    let verb = before;
    if (!isVerb(tokens[verb])) do verb -= 1; while (verb >= 0 && !(isVerb(tokens[verb]) && !this.mentionAt(verb)));
    if (verb < 0) return;
    const located = this.relativeAntecedent(verb) ?? this.subjectBefore(verb, this.clauseStart(verb))[0];
    if (place && located && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!) && LOCATED_TYPES.has(this.typeOf(located)!)) {
      this.add(RelationType.LOCATED_IN, located, place, tokens[index - 1], 0.65, `"its ${tokens[index - 1].text} in" ${place.name}`);
    }
  }

  /**
   * "the northern Cambodian province of Preah Sangkum" (a demonym's kind of place, "of" its name), "in Hat Yai, in the south
   * of the Kingdom of Thailand" (a part of a country after a place): the place is in that country.
   */
  private placeOfCountry(index: number): void {
    const tokens = this.tokens;
    const kind = tokens[index - 1];
    const place = this.mentionAt(pastArticle(tokens, index + 1));
    const demonym = tokens[index - 2];
    if (place && place.first === pastArticle(tokens, index + 1) && PLACE_KINDS.has(kind?.lower ?? '') && demonym && isDemonym(demonym) && this.typeOf(place) === EntityType.Place) {
      const country = this.countryNamedBy(demonym);
      if (country) this.add(RelationType.LOCATED_IN, place, country, tokens[index], 0.65, `"the ${demonym.text} ${kind.text} of ${place.name}"`);
      return;
    }
    // "in Hat Yai, in the south of Thailand", "Chanthaburi, the centre of Thailand's durian trade".
    const part = /^(?:north|south|east|west|centre|center|heart|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)$/.test(kind?.lower ?? '');
    const opened = tokens[index - 2]?.lower === 'the' && tokens[index - 3]?.lower === 'in' && /^,\s*$/.test(tokens[index - 4]?.post ?? '');
    const apposed = tokens[index - 2]?.lower === 'the' && /^,\s*$/.test(tokens[index - 3]?.post ?? '');
    const located = opened ? this.mentionAt(index - 4) : apposed ? this.mentionAt(index - 3) : undefined;
    const wider = place && [EntityType.Country, EntityType.Place].includes(this.typeOf(place)!) ? place : undefined;
    if (part && located && wider && this.typeOf(located) === EntityType.Place && located.entityId !== wider.entityId) this.add(RelationType.LOCATED_IN, located, wider, tokens[index], 0.65, `"${located.name}, … the ${kind.text} of ${wider.name}"`);
  }

  /** "in Kampong Thom and Preah Vihear provinces, Cambodia": the places a kind's plural closes are in the country after it. */
  private placesOfKindIn(index: number): void {
    const tokens = this.tokens;
    const country = /^,\s*$/.test(tokens[index].post) ? this.mentionAt(pastArticle(tokens, index + 1)) : undefined;
    const last = this.mentionAt(index - 1);
    if (!country || this.typeOf(country) !== EntityType.Country || !last || last.last !== index - 1 || this.typeOf(last) !== EntityType.Place) return;
    for (const place of this.listEndingWith(last).filter((item) => this.typeOf(item) === EntityType.Place)) this.add(RelationType.LOCATED_IN, place, country, tokens[index], 0.6, `"${place.name} … ${tokens[index].text}, ${country.name}"`);
  }

  /** "Vientiane, the Lao capital", "gathered in the Malaysian capital": the capital a demonym names is in that country. */
  private capitalOfCountry(index: number): void {
    const capital = this.mentionAt(index);
    const demonym = this.tokens[index - 1];
    const country = capital && capital.first === index - 1 && this.typeOf(capital) === EntityType.Place ? this.countryNamedBy(demonym) : undefined;
    if (capital && country) this.add(RelationType.LOCATED_IN, capital, country, capital, 0.7, `"the ${demonym.text} capital"`);
  }

  /** The country a demonym names ("Cambodian" → Cambodia), as a mention of it at the demonym, if it names one. */
  private countryNamedBy(demonym: Token): Mention | undefined {
    const country = countryOfDemonym(demonym.text);
    if (!country) return undefined;
    const mention: Mention = { sentence: this.sentence, first: demonym.index, last: demonym.index, start: demonym.start, end: demonym.end, text: demonym.text, name: country.name, type: EntityType.Country, kind: 'COUNTRY', properties: { isoCode: country.isoCode }, confidence: 0.6, reason: `"${demonym.text}" names ${country.name}`, form: 'name', nested: true };
    return this.registry.add(mention, this.text) ? mention : undefined;
  }

  /**
   * "Beihai Sterile Insect Co., Ltd., a Guangxi company,", "a Kunming manufacturer, Dianxi Agro-Machinery Co., Ltd.", "A,
   * the Zhanjiang-based maker of weather radars", "B is a Surabaya-based supplier": a place in what an organisation is
   * described as says where it is.
   */
  private placedByDescription(index: number): void {
    const tokens = this.tokens;
    const place = this.mentionAt(index);
    const article = index - 1;
    if (!place || place.first !== index || this.typeOf(place) !== EntityType.Place || !['a', 'an', 'the'].includes(tokens[article]?.lower ?? '')) return;
    let noun = (this.basedPlaceEnd(index) ?? place.last) + 1;
    // ("a Kunming machinery maker": one word in small letters may say what it makes.)
    if (!DESCRIBED_KINDS.test(tokens[noun]?.lower ?? '') && /^\p{Ll}+$/u.test(tokens[noun]?.text ?? '') && DESCRIBED_KINDS.test(tokens[noun + 1]?.lower ?? '')) noun += 1;
    if (!DESCRIBED_KINDS.test(tokens[noun]?.lower ?? '') || this.mentionAt(noun)) return;
    const before = this.mentionAt(article - 1);
    const apposed = before && before.last === article - 1 && /,\s*$/.test(tokens[article - 1].post) ? before : undefined;
    const after = /,\s*$/.test(tokens[noun].post) ? this.mentionAt(noun + 1) : undefined;
    const subject = BE.includes(tokens[article - 1]?.lower ?? '') ? this.subjectBefore(article - 1, this.clauseStart(article - 1))[0] : undefined;
    const described = [apposed, after && after.first === noun + 1 ? after : undefined, subject].find((mention) => mention && this.typeOf(mention) === EntityType.Institution);
    if (described) this.add(RelationType.LOCATED_IN, described, place, tokens[noun], 0.6, `described as a ${place.name} ${tokens[noun].lower}`);
  }

  /** "the Hanoi-based X", "X in Jakarta", "X of the Philippines", "Riverbend, Vietnam": where a named organisation or place is. */
  private placeFrames(index: number): void {
    const tokens = this.tokens;
    const word = tokens[index].lower;
    this.apposedPlace(index);
    if (word === 'at') this.venueNamedForPlace(index);
    if (word === 'from') this.comesFrom(index);
    // "The lab is in Ban Saeng": the subject of "is" is where the place after "in" is.
    if (word === 'in' && BE.includes(tokens[index - 1]?.lower ?? '')) {
      const place = this.objectsAfter(index + 1, Math.min(index + 3, tokens.length)).objects[0];
      const located = this.subjectBefore(index - 1, this.clauseStart(index))[0];
      if (place && located && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!) && LOCATED_TYPES.has(this.typeOf(located)!)) this.add(RelationType.LOCATED_IN, located, place, tokens[index], 0.65, `"${tokens[index - 1].text} in" ${place.name}`);
    }
    this.builtIn(index);
    if (word === 'in') this.seatIn(index);
    if (OWNED_SITES.test(word) && !this.mentionAt(index)) this.ownedSite(index);
    if (word === 'capital') this.capitalOfCountry(index);
    if (word === 'of') this.placeOfCountry(index);
    if (PLACE_LIST_KINDS[word]) this.placesOfKindIn(index);
    // "the Hanoi-based Kite Labs": where it is.
    if (word === 'based' && tokens[index - 1]?.post === '-') {
      const place = this.mentionAt(index - 1);
      const located = this.objectsAfter(index + 1, tokens.length).objects[0];
      if (place && located && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!)) this.add(RelationType.LOCATED_IN, located, place, tokens[index], 0.7, `"${place.text}-based"`);
    }
    // "at the 2nd Lancang-Mekong Rural Energy Forum in Vientiane in May 2026": a named event and where it is held.
    const event = this.mentionAt(index - 1);
    if (word === 'in' && event && event.last === index - 1 && event.form === 'name' && this.typeOf(event) === EntityType.Event && !EARLIER_WORDS.test(this.tokens[event.first - 1]?.lower ?? '')) {
      const place = this.objectsAfter(index + 1, Math.min(index + 3, tokens.length)).objects[0];
      if (place && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!)) this.add(RelationType.HELD_IN, event, place, tokens[index], 0.6, `"${event.name} in ${place.name}"`);
    }
    // "Heron Bay University in Jakarta", "Kestrel Navigation Co., Ltd. of the Philippines", "Universiti Teknikal Semenanjung
    // (UTS) of Malaysia": a named organisation (and its short name) and its place.
    // ("the Mekong Delta University of Technology (MDUT) in Can Tho": in it too.)
    const shortNamed = ['of', 'in'].includes(word) && /\)\s*$/.test(tokens[index - 1]?.post ?? '') ? this.beforeBracket(index - 1) : undefined;
    const named = shortNamed ?? this.mentionAt(index - 1);
    // ("hosted by the Chao Phraya institute in Bangkok": a reference by words of its name is placed as the name would be;
    // "hosted by the Department in Nanning" says where it hosted.)
    const byWordsOfName = named?.form === 'reference' && word === 'in' && tokens.slice(named.first, named.last).some((token) => isCapitalised(token) && token.lower !== 'the');
    const organisation = named && (named.last === index - 1 || shortNamed) && (named.form === 'name' || byWordsOfName) && [EntityType.Institution, EntityType.Platform].includes(this.typeOf(named)!);
    // ("the Songkhla Peat Swamp Research Station of Thailand": a platform "of" a country is in it.)
    if (organisation && (word === 'in' || word === 'of')) {
      const place = this.objectsAfter(index + 1, Math.min(index + 3, tokens.length)).objects[0];
      const placeTypes = word === 'of' && this.typeOf(named) === EntityType.Platform ? [EntityType.Country] : [EntityType.Place, EntityType.Country];
      if (place && placeTypes.includes(this.typeOf(place)!)) this.add(RelationType.LOCATED_IN, named, place, tokens[index], 0.6, `"${named.name} ${word} ${place.name}"`);
    }
    // "Port Salvacion in the southern Philippines", "Kunming in Yunnan": a town in its country or region.
    const town = named && named.last === index - 1 && this.typeOf(named) === EntityType.Place && word === 'in';
    if (town) {
      let k = index + 1;
      while (tokens[k] && (tokens[k].lower === 'the' || DIRECTION_WORDS.has(tokens[k].lower))) k += 1;
      const wider = this.mentionAt(k);
      // ("around Raub and Bentong, in Pahang": set off by a comma, the region is every listed town's.)
      const towns = /,\s*$/.test(tokens[index - 1].post) ? this.listEndingWith(named).filter((item) => this.typeOf(item) === EntityType.Place) : [named];
      if (wider && wider.first === k && (this.typeOf(wider) === EntityType.Country || wider.kind === 'REGION')) for (const item of towns) this.add(RelationType.LOCATED_IN, item, wider, tokens[index], 0.6, `"${item === named ? item.name : `${item.name} …`} in" ${wider.name}`);
    }
    this.placeInBrackets(index);
    // "Riverbend, Vietnam": a place and its country (not a list: "Riverbend, Vietnam and Laos"); "Nakhon Si Thammarat
    // province, Thailand": the kind of place may stand between them in small letters.
    const end = PLACE_KINDS.has(tokens[index].lower) && !isCapitalised(tokens[index]) ? index - 1 : index;
    const city = this.mentionAt(end);
    if (city && city.last === end && this.typeOf(city) === EntityType.Place && /^,\s*$/.test(tokens[index].post)) {
      // ("Davao City, the Philippines".)
      // ("Namsai Province, northern Laos": a direction before the country says which part of it.)
      const first = pastArticle(tokens, index + 1);
      const country = this.mentionAt(DIRECTION_WORDS.has(tokens[first]?.lower ?? '') ? first + 1 : first);
      if (country && this.typeOf(country) === EntityType.Country && !this.placeListedAfter(country)) this.add(RelationType.LOCATED_IN, city, country, city, 0.65, `"${city.text}, ${country.text}"`);
      else if (country) this.placeInRegion(city, country);
    }
    this.siteAndTown(index);
    this.seatFrames(index);
    this.listedPlacesOf(index);
    this.possessedName(index);
    this.describedAsIn(index);
  }

  /** "Guangxi Lijiang Water Research Institute (Guilin, China)": a bracket after a name says where it is. */
  private placeInBrackets(index: number): void {
    const { tokens } = this;
    // ("Cebu Robotics Training Centre, Inc. (the Philippines)": an article may open the bracket.)
    const bracketed = this.mentionAt(index);
    const open = tokens[index - 1]?.lower === 'the' ? index - 1 : index;
    const owner = bracketed && bracketed.first === index && /\(\s*$/.test(`${tokens[open - 1]?.post ?? ''}${tokens[open].pre}`) ? this.mentionAt(open - 1) : undefined;
    // (A network's seat too: "Sarawak Rural Health Network (Malaysia)".)
    const seated = owner && (LOCATED_TYPES.has(this.typeOf(owner)!) || this.typeOf(owner) === EntityType.Network);
    if (bracketed && owner && seated && this.typeOf(owner) !== EntityType.Place && [EntityType.Place, EntityType.Country].includes(this.typeOf(bracketed)!)) this.add(RelationType.LOCATED_IN, owner, bracketed, bracketed, 0.6, `"${owner.text} (${bracketed.text}"`);
    // ("Siquijor and Camiguin (Philippines)": places, and the country they are in.)
    if (bracketed && owner && this.typeOf(owner) === EntityType.Place && this.typeOf(bracketed) === EntityType.Country) {
      for (const place of this.listEndingWith(owner).filter((item) => this.typeOf(item) === EntityType.Place)) this.add(RelationType.LOCATED_IN, place, bracketed, bracketed, 0.6, `"${place.text} … (${bracketed.text})"`);
    }
  }

  /** Where a body's seat is, what town a region has, where a fronted participle places the subject. */
  private seatFrames(index: number): void {
    this.seatAfterSlash(index);
    this.seatSaidOf(index);
    this.townOfRegion(index);
    if (index === 0) this.frontedSeat();
  }

  /**
   * "X, whose head office is in Kampot", "Y, whose Bangkok headquarters houses …", "its secretariat sits in Kunming", "Bacolod
   * City, where Z has had its head office": a body is where its seat is.
   */
  private seatSaidOf(index: number): void {
    const tokens = this.tokens;
    if (!SEAT_NOUNS.has(tokens[index].lower) || this.mentionAt(index)) return;
    let k = index - 1;
    while (k > 0 && SEAT_MODIFIERS.has(tokens[k].lower)) k -= 1;
    const isPlace = (mention: Mention | undefined) => !!mention && [EntityType.Place, EntityType.Country].includes(this.typeOf(mention)!);
    const named = this.mentionAt(k);
    const placeBefore = isPlace(named) ? named : undefined;
    if (placeBefore) k = placeBefore.first - 1;
    const owner = tokens[k]?.lower;
    if (!['whose', 'its', 'their'].includes(owner ?? '')) return;
    let after = index + 1;
    while (tokens[after] && (BE.includes(tokens[after].lower) || /^(?:sits|lies|stands|located|based|now|still)$/.test(tokens[after].lower))) after += 1;
    const placeAfter = tokens[after]?.lower === 'in' && after > index + 1 ? this.objectsAfter(after + 1, Math.min(after + 4, tokens.length)).objects.find(isPlace) : undefined;
    // ("Bacolod City, where Z has had its head office": the place before "where".)
    const where = tokens.slice(this.clauseStart(k), k).findIndex((token) => token.lower === 'where');
    const whereAt = where >= 0 ? this.clauseStart(k) + where : -1;
    const placeOfWhere = whereAt > 0 && /,\s*$/.test(tokens[whereAt - 1].post) ? this.mentionAt(whereAt - 1) : undefined;
    const place = placeBefore ?? placeAfter ?? (isPlace(placeOfWhere) ? placeOfWhere : undefined);
    if (!place) return;
    const located = owner === 'whose' ? (/,\s*$/.test(tokens[k - 1]?.post ?? '') ? this.mentionAt(k - 1) : undefined) : whereAt >= 0 ? this.mentionAt(pastArticle(tokens, whereAt + 1)) : this.subjectBefore(index, 0).find((mention) => mention.first < k);
    if (located && located.entityId !== place.entityId && (LOCATED_TYPES.has(this.typeOf(located)!) || this.typeOf(located) === EntityType.Network) && this.typeOf(located) !== EntityType.Place) {
      this.add(RelationType.LOCATED_IN, located, place, tokens[index], 0.6, `its ${tokens[index].text} in ${place.name}`);
    }
  }

  /** "Udon Cane Estates Co., Ltd. / Udon Thani, Thailand": a table's row gives an organisation, a slash, then its town. */
  private seatAfterSlash(index: number): void {
    const named = this.mentionAt(index);
    if (!named || named.last !== index || this.tokens[index + 1]?.text !== '/') return;
    const place = this.mentionAt(index + 2);
    if (place && [EntityType.Institution, EntityType.Platform].includes(this.typeOf(named)!) && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!)) this.add(RelationType.LOCATED_IN, named, place, place, 0.6, `"${named.name} / ${place.name}"`);
  }

  /**
   * "the central Guangxi city of Laibin", "the Lao province of Savannakhet": a town or region of the place named before the
   * kind. Before a country it is the other way round: "Dien Bien province of Vietnam", "Luang Namtha and Oudomxay
   * provinces of Laos" are places in the country.
   */
  private townOfRegion(index: number): void {
    const tokens = this.tokens;
    const kind = tokens[index].lower;
    const plural = PLACE_LIST_KINDS[kind] !== undefined;
    if (!(PLACE_KINDS.has(kind) || plural) || tokens[index + 1]?.lower !== 'of') return;
    const before = this.mentionAt(index - 1);
    const after = this.mentionAt(pastArticle(tokens, index + 2));
    if (!before || !after || before.last !== index - 1 || after.entityId === before.entityId || ![EntityType.Place, EntityType.Country].includes(this.typeOf(before)!)) return;
    if (this.typeOf(before) === EntityType.Place && this.typeOf(after) === EntityType.Country) {
      const places = plural ? this.listEndingWith(before).filter((item) => this.typeOf(item) === EntityType.Place) : [before];
      for (const place of places) this.add(RelationType.LOCATED_IN, place, after, tokens[index], 0.6, `"${place === before ? place.name : `${place.name} …`} ${tokens[index].text} of" ${after.name}`);
    } else if (!plural && this.typeOf(after) === EntityType.Place) this.add(RelationType.LOCATED_IN, after, before, tokens[index], 0.6, `"the ${before.text} ${tokens[index].text} of" ${after.name}`);
  }

  /** "Located in the city's Xingbin district, the centre …", "Founded in 2019 in Zhanjiang, Guangdong, X designs …": where the subject is. */
  private frontedSeat(): void {
    const tokens = this.tokens;
    if (!/^(?:located|based|headquartered|situated|founded|established|registered)$/.test(tokens[0]?.lower ?? '') || tokens[1]?.lower !== 'in') return;
    // ("Founded in 2019 in Zhanjiang": a year first.)
    const at = /^\d{4}$/.test(tokens[2]?.text ?? '') && tokens[3]?.lower === 'in' ? 4 : 2;
    const comma = tokens.findIndex((token, n) => n >= at && /,\s*$/.test(token.post) && !this.placeAfterCommaAt(n));
    if (comma < 0) return;
    const place = this.entry.top.find((mention) => mention.first >= at && mention.last <= comma && [EntityType.Place, EntityType.Country].includes(this.typeOf(mention)!));
    const subject = this.mentionAt(pastArticle(tokens, comma + 1)) ?? this.referenceAt(comma + 1, EntityType.Institution, EntityType.Platform)[0];
    if (place && subject && LOCATED_TYPES.has(this.typeOf(subject)!) && this.typeOf(subject) !== EntityType.Place) this.add(RelationType.LOCATED_IN, subject, place, tokens[0], 0.6, `"${tokens[0].text} in" ${place.name}, before it`);
  }

  /** Whether the comma after token `n` only sets off the region of the place before it ("in Zhanjiang, Guangdong, X …"). */
  private placeAfterCommaAt(n: number): boolean {
    const next = this.mentionAt(n + 1);
    return !!next && next.first === n + 1 && [EntityType.Place, EntityType.Country].includes(this.typeOf(next)!) && /,\s*$/.test(this.tokens[next.last].post);
  }

  /** "The fair, which runs at the Lamthong International Convention Centre": an event at a venue named for a place is held there. */
  private venueNamedForPlace(index: number): void {
    const tokens = this.tokens;
    const first = pastArticle(tokens, index + 1);
    let last = first;
    while (last + 1 < tokens.length && isCapitalised(tokens[last + 1]) && /^\s+$/.test(tokens[last].post)) last += 1;
    if (last === first || !tokens[first] || !isCapitalised(tokens[first]) || !isVenueName(tokens.slice(first, last + 1).map((token) => token.lower))) return;
    const place = this.registry.find(tokens[first].text, EntityType.Place);
    const event = place && this.sentenceEvent(index);
    if (place && event) this.add(RelationType.HELD_IN, event, { ...this.pointer(event, first, first), entityId: place.id, name: place.name }, tokens[index], 0.6, `at a venue named for ${place.name}`);
  }

  /** "three border provinces of Laos (Phoukhao, Nam Sai and Boun Tai)", "… of Laos: A, B and C.": each place listed is in the country. */
  private listedPlacesOf(index: number): void {
    const tokens = this.tokens;
    if (!PLACE_LIST_KINDS[tokens[index].lower] || tokens[index + 1]?.lower !== 'of') return;
    // ("46 stations in three provinces of Laos: …": the country may be inside the phrase the kind ends.)
    const holder = this.mentionAt(index + 2);
    const country = holder?.first === index + 2 ? holder : holder && this.entry.nested.get(holder)?.find((inner) => inner.first === index + 2 && inner.entityId);
    if (!country || this.typeOf(country) !== EntityType.Country) return;
    // ("… provinces of Laos: A, B and C.": or after a colon, to the sentence's end.)
    const colon = /:\s*$/.test(tokens[country.last].post);
    const close = colon ? tokens.length - 1 : tokens.findIndex((token) => token.index > country.last && /\)/.test(token.post));
    if (close < 0 || !(colon || /\(\s*$/.test(tokens[country.last].post + (tokens[country.last + 1]?.pre ?? '')))) return;
    for (const place of this.entry.top.filter((mention) => mention.first > country.last && mention.last <= close && this.typeOf(mention) === EntityType.Place)) {
      this.add(RelationType.LOCATED_IN, place, country, tokens[index], 0.65, `one of the ${tokens[index].lower} of ${country.name} the text lists`);
    }
  }

  /** "Brisk University is a public university in Hue": the kind of thing a name is said to be, and where. */
  private describedAsIn(index: number): void {
    const noun = this.tokens[index - 1];
    if (this.tokens[index].lower !== 'in' || !noun || !HEADS[noun.lower] || this.mentionAt(index - 1)) return;
    const described = this.describedBy(index - 1, [...LOCATED_TYPES].filter((type) => type !== EntityType.Place));
    const place = this.objectsAfter(index + 1, Math.min(index + 3, this.tokens.length)).objects[0];
    if (described && place && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!)) this.add(RelationType.LOCATED_IN, described, place, this.tokens[index], 0.6, `described as a ${noun.text} in ${place.name}`);
  }

  /**
   * "Venue: Lao-China Science Park, Vientiane", "- Merapi Volcano Institute, Indonesia;": a site named alone, then a
   * place or country that ends the line or clause, is in it. Not in a list ("A, B, Vientiane and C"): nothing is
   * listed before the site, nothing after the place.
   */
  private siteAndTown(index: number): void {
    const tokens = this.tokens;
    const site = this.mentionAt(index);
    if (!site || site.last !== index || ![EntityType.Institution, EntityType.Platform].includes(this.typeOf(site)!)) return;
    // ("- Institute of Tropical Mycology, Universitas Lembah Hijau, Bogor, Indonesia": a unit, then the organisation it is
    // part of, then where both are.)
    const parent = this.entry.top.find((mention) => mention.entityId && mention.first === index + 1 && /^,\s*$/.test(tokens[index].post) && this.typeOf(mention) === EntityType.Institution);
    const unit = !!parent && UNIT_HEADS.has(headOf(site.name) ?? '') && parent.entityId !== site.entityId;
    const seated = unit ? parent! : site;
    // ("Universiti Geomatik Johor (UGJ), Malaysia": its short name in brackets may come between.)
    const place = this.entry.top.find((mention) => mention.entityId && mention.first > seated.last && this.seatOf(seated, mention));
    if (!place || ![EntityType.Place, EntityType.Country].includes(this.typeOf(place)!)) return;
    // ("Chair: Prof. Tan Wei Ling, Universiti …": a person before the comma lists no other site.)
    const listedBefore = site.first > 0 && /,/.test(tokens[site.first - 1].post) && !!this.mentionAt(site.first - 1);
    const ends = (mention: Mention) => mention.last === tokens.length - 1 || /[;.]/.test(tokens[mention.last].post);
    // ("…, Cebu City, Philippines", "…, Ningde, Fujian, China": the town's own region and country after it end the line.)
    let wider = place;
    for (let next = this.placeAfterComma(wider); next; next = this.placeAfterComma(wider)) wider = next;
    // (A venue's hall or convention centre is where events are, not a site the graph places: "Venue: Marina Hall, X Convention Centre, Davao City, Philippines".)
    const endsClause = ends(place) || (wider !== place && ends(wider) && !isVenueName(site.name.toLowerCase().split(/\s+/)));
    if (listedBefore || !endsClause) return;
    this.add(RelationType.LOCATED_IN, site, place, place, 0.6, `"${site.text}, ${place.text}"`);
    if (unit) this.add(RelationType.PART_OF, site, parent!, parent!, 0.6, `"${site.text}, ${parent!.text}": a unit, then its organisation`);
  }

  /** The place or country right after `place` and a comma: "Ningde, Fujian", "Fujian, China". */
  private placeAfterComma(place: Mention): Mention | undefined {
    if (!/^,\s*$/.test(this.tokens[place.last].post)) return undefined;
    return this.entry.top.find((mention) => mention.entityId && mention.first === place.last + 1 && [EntityType.Place, EntityType.Country].includes(this.typeOf(mention)!));
  }

  /**
   * "China's Dalian Harbour Engineering College": an organisation a country or place owns is there; "Brisk University's
   * Centre for Soil Science": one an organisation owns is part of it.
   */
  protected ownership(owner: Mention, thing: Mention): void {
    const [ownerType, thingType] = [this.typeOf(owner), this.typeOf(thing)];
    if (!ownerType || !thingType || owner.entityId === thing.entityId) return;
    // ("Indonesia's Lampung Province", "Viet Nam's Mekong Delta": a country's place is in it.)
    if (thingType === EntityType.Place && ownerType === EntityType.Country) this.add(RelationType.LOCATED_IN, thing, owner, owner, 0.6, `"${owner.text}" owns it`);
    if (![EntityType.Institution, EntityType.Platform].includes(thingType)) return;
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
    // ('Siam Lotus Digital Public Company Limited ("Siam Lotus"; SET: SLD), a Thai provider': past the brackets to the name.)
    const bracketed = /\)\s*,\s*$/.test(this.tokens[index].post);
    const named = bracketed ? this.beforeBracket(index) : this.mentionAt(index);
    // (A network's seat too: "the Blue Ledger Research Network, a Xiamen-based alliance".)
    const seated = (mention: Mention) => LOCATED_TYPES.has(this.typeOf(mention)!) || this.typeOf(mention) === EntityType.Network;
    if (!named || (!bracketed && (named.last !== index || !commaAfter(this.tokens[index]))) || !seated(named)) return;
    if (this.typeOf(named) === EntityType.Institution && this.demonymApposition(index, named)) return;
    // "X, Vietnam's largest polytechnic,", "X, one of Indonesia's largest producers of …": a place's possessive opens the
    // apposition; "X, Singapore's Ministry of Y" lists another name, whose place that is.
    const opener = this.tokens[index + 1]?.lower === 'one' && this.tokens[index + 2]?.lower === 'of' ? index + 3 : index + 1;
    const owner = this.mentionAt(opener);
    const owned = owner && this.mentionAt(owner.last + 1);
    if (owner && owner.first === opener && /['’]s$/.test(this.tokens[owner.last].text) && [EntityType.Place, EntityType.Country].includes(this.typeOf(owner)!) && owner.entityId !== named.entityId && !(owned && owned.first === owner.last + 1)) {
      this.add(RelationType.LOCATED_IN, named, owner, owner, 0.6, `described as "${this.tokens[owner.last].text} …"`);
      return;
    }
    // "X, with offices in Hue and Vientiane,": where it has them.
    const withOffices = this.tokens[index + 1]?.lower === 'with' && /^(?:offices?|campus(?:es)?|branch(?:es)?|headquarters|sites?)$/.test(this.tokens[index + 2]?.lower ?? '') && this.tokens[index + 3]?.lower === 'in';
    if (withOffices) for (const place of this.objectsAfter(index + 4, this.nextClauseEnd(index)).objects) if ([EntityType.Place, EntityType.Country].includes(this.typeOf(place)!)) this.add(RelationType.LOCATED_IN, named, place, this.tokens[index + 2], 0.6, `"with ${this.tokens[index + 2].text} in" ${place.name}`);
    // "Vientiane, the capital of the Lao PDR,", "Kunming, the provincial capital of Yunnan": a city in what it is the capital of.
    const capital = this.tokens.findIndex((token, k) => k > index && k <= index + 3 && token.lower === 'capital' && this.tokens[k + 1]?.lower === 'of');
    const opensCapital = capital > 0 && this.tokens.slice(index + 1, capital).every((token) => token.lower === 'the' || token.tags.has('Adjective'));
    const whole = opensCapital ? this.objectsAfter(capital + 2, this.nextClauseEnd(capital)).objects[0] : undefined;
    if (whole && this.typeOf(named) === EntityType.Place && [EntityType.Place, EntityType.Country].includes(this.typeOf(whole)!) && whole.entityId !== named.entityId) {
      this.add(RelationType.LOCATED_IN, named, whole, this.tokens[capital], 0.65, `described as "the capital of ${whole.name}"`);
    }
    // ("X, the first member from Myanmar,": a definite description says where it is only by "from" or "in".)
    const definite = this.tokens[index + 1]?.lower === 'the';
    if (!['a', 'an'].includes(this.tokens[index + 1]?.lower ?? '') && !definite) return;
    for (let k = index + 2; k < Math.min(this.tokens.length, index + 10); k += 1) {
      const place = this.mentionAt(k);
      const placed = !definite || ['from', 'in'].includes(this.tokens[k - 1]?.lower ?? '');
      if (place && placed && [EntityType.Place, EntityType.Country].includes(this.typeOf(place)!) && place.entityId !== named.entityId) {
        this.add(RelationType.LOCATED_IN, named, place, this.tokens[index + 1], 0.6, `described as "${this.text.slice(this.tokens[index + 1].start, place.end)}"`);
        return;
      }
      if (place || /[,;.]/.test(this.tokens[k].post)) return;
    }
  }

  /**
   * "PT Nusantara Offshore Coatings, an Indonesian maker of protective paints": an organisation described by its country's
   * demonym is in that country (the country named or not elsewhere in the text).
   */
  private demonymApposition(index: number, named: Mention): boolean {
    const tokens = this.tokens;
    if (!['a', 'an'].includes(tokens[index + 1]?.lower ?? '') || !tokens[index + 2] || !isDemonym(tokens[index + 2]) || !plainGap(tokens[index + 2])) return false;
    const demonym = tokens[index + 2];
    const country = this.countryNamedBy(demonym);
    if (!country) return false;
    this.add(RelationType.LOCATED_IN, named, country, demonym, 0.6, `described as "${tokens[index + 1].text} ${demonym.text} …"`);
    return true;
  }

  /**
   * "Wuzhou, Guangxi, China", "Si Racha, Chonburi Province", "Sumbara, East Nusa Tenggara": a place and, after a comma, the
   * region it is in. Not a list ("Pursat, Battambang and Kampong Chhnang"): the region closes the phrase, and the place
   * opens it.
   */
  private placeInRegion(place: Mention, region: Mention): void {
    const tokens = this.tokens;
    const kind = region.entityId ? this.registry.get(region.entityId)?.kind : undefined;
    if (this.typeOf(region) !== EntityType.Place || kind !== 'REGION' || region.entityId === place.entityId) return;
    const next = this.mentionAt(region.last + 1);
    const listed = this.placeListedAfter(region) || (/^,\s*$/.test(tokens[region.last].post) && !!next && this.typeOf(next) === EntityType.Place);
    const before = this.entry.top.find((mention) => mention.last === place.first - 1 && mention.entityId);
    if (listed || (before && /,\s*$/.test(tokens[before.last].post) && this.typeOf(before) === EntityType.Place)) return;
    this.add(RelationType.LOCATED_IN, place, region, place, 0.6, `"${place.text}, ${region.text}"`);
  }

  /**
   * "Riverbend, Vietnam and Laos": another place joined to the place at `place` makes both items of a list, not the
   * place of what comes before ("based in Liuzhou, Guangxi, and Tonle Mekong Shipping of Cambodia" joins a company).
   */
  private placeListedAfter(place: Mention): boolean {
    if (!['and', 'or'].includes(this.tokens[place.last + 1]?.lower ?? '')) return false;
    const at = pastArticle(this.tokens, place.last + 2);
    const joined = this.mentionAt(at);
    // ("based in Guilin, Guangxi, and makes coatings": a verb after "and" opens a predicate, no list.)
    if (!joined) return !isFiniteVerb(this.tokens[at] ?? this.tokens[place.last]);
    return [EntityType.Place, EntityType.Country].includes(this.typeOf(joined)!);
  }

  /** The mention a bracket closing at `close` follows: "X (MERU)" → X. */
  /** The name a mention stands in brackets after ("A (B)" gives A for B), if it does. */
  protected bracketOwner(mention: Mention): Mention | undefined {
    return mention.sentence === this.sentence && /^\)/.test(this.tokens[mention.last].post) ? this.beforeBracket(mention.last) : undefined;
  }

  private beforeBracket(close: number): Mention | undefined {
    let open = close;
    // ('("Siam Lotus"; SET: SLD)': the bracket may open on a quotation mark.)
    while (open > 0 && !/\(\s*["“]?$/.test(this.tokens[open - 1].post + this.tokens[open].pre)) open -= 1;
    return open > 0 && close - open < 4 ? this.entry.top.find((mention) => mention.last === open - 1 && mention.entityId) : undefined;
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
      // ("A is part of the X Network": an organisation that is part of a network is one of its members.)
      else if (whole && part && word === 'part' && this.typeOf(whole) === EntityType.Network && this.typeOf(part) === EntityType.Institution) this.add(RelationType.MEMBER_OF, part, whole, tokens[index], 0.6, `"part of" ${whole.name}`);
    }
    // "the Mekong Entomology Research Unit (MERU) of Vinh Thuy University": a unit, its short name, then the organisation it
    // belongs to (inside one name, "of" is the name's own).
    const unit = word === 'of' && /\)\s*$/.test(tokens[index - 1]?.post ?? '') ? this.beforeBracket(index - 1) : undefined;
    if (unit && UNIT_HEADS.has(headOf(unit.name) ?? '') && [EntityType.Institution, EntityType.Platform].includes(this.typeOf(unit)!)) {
      const whole = this.mentionAt(pastArticle(tokens, index + 1));
      if (whole && this.typeOf(whole) === EntityType.Institution && whole.entityId !== unit.entityId) this.add(RelationType.PART_OF, unit, whole, tokens[index], 0.6, `"${unit.text} (…) of" ${whole.name}`);
    }
    // "Nanning Institute of Agro-Mechatronics (Chinese Academy of Sciences)": an organisation in brackets after another is its parent.
    const inBrackets = this.mentionAt(index);
    const bracketed = inBrackets?.first === index ? this.bracketOwner(inBrackets) : undefined;
    if (bracketed && this.typeOf(bracketed) === EntityType.Institution && this.typeOf(inBrackets!) === EntityType.Institution && inBrackets!.entityId !== bracketed.entityId) {
      this.add(RelationType.PART_OF, bracketed, inBrackets!, tokens[index], 0.55, `${inBrackets!.name} in brackets after its name`);
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
      // "A Memorandum of Understanding on … between the Department and IPCSTI": an agreement's parties are its signatories.
      const agreement = before && before.last === index - 1 && this.typeOf(before) === EntityType.Agreement ? before : undefined;
      if (agreement && parties.length >= 2) for (const party of parties) if (this.mayHoldRole(party, agreement)) this.add(RelationType.SIGNED, party, agreement, tokens[index], 0.6, `a party "between" whom ${agreement.name} is`);
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
  /** "Ministry of … of the Lao People's Democratic Republic" → "… of Laos": located in the country its name ends with. */
  private ofCountry(mention: Mention): void {
    const of = this.tokens.slice(mention.first, mention.last).map((token) => token.lower).lastIndexOf('of') + mention.first;
    // (The name as written: a trailing "of the Philippines" may have been cut from the name the mention carries.)
    const tail = /.* of (?:the )?([^,]+)$/.exec(mention.text)?.[1];
    const named = tail !== undefined && of > mention.first ? countryNamed(tail) : undefined;
    if (!named) return;
    const start = pastArticle(this.tokens, of + 1);
    const written = this.text.slice(this.tokens[start].start, this.tokens[mention.last].end);
    const country = this.registry.find(named.name, EntityType.Country) ?? this.registry.add({ ...mention, first: start, start: this.tokens[start].start, text: written, name: named.name, type: EntityType.Country, kind: 'COUNTRY', properties: { isoCode: named.isoCode }, nested: true, entityId: undefined, confidence: 0.9, reason: `a country (ISO ${named.isoCode})` }, this.text);
    if (country) this.add(RelationType.LOCATED_IN, mention, { ...mention, entityId: country.id }, mention, 0.7, `"of ${written}" in its name`);
  }

  /** "the Embassy of China in Thailand": an embassy or consulate is of one country and in another. */
  private representsAbroad(mention: Mention): boolean {
    return REPRESENTATIONS.test(this.tokens[mention.first].lower);
  }

  private nameRelations(): void {
    for (const mention of this.entry.top) {
      const type = this.typeOf(mention);
      if (!mention.entityId || !type) continue;
      const inner = this.entry.nested.get(mention) ?? [];
      const parent = inner.find((item) => item.first === mention.first && this.typeOf(item) === type);
      if (parent) this.add(RelationType.PART_OF, mention, parent, mention, 0.55, `its name starts with "${parent.name}"`);
      // "Institute of Remote Sensing of the Tern Academy of Sciences": a unit of the organisation its name ends with.
      const owner = inner.find((item) => item !== parent && item.last === mention.last && item.first > mention.first && this.typeOf(item) === EntityType.Institution && type !== EntityType.Agreement);
      if (owner) this.add(RelationType.PART_OF, mention, owner, mention, 0.55, `its name ends with "${owner.name}"`);
      for (const item of inner) {
        const itemType = this.typeOf(item) ?? item.type;
        if (item === parent) continue;
        const quote = { start: mention.start, end: mention.end };
        const atEnd = item.last === mention.last && ['of', 'in'].includes(this.tokens[item.first - 1]?.lower ?? '');
        const inComplement = mention.form === 'phrase' && this.tokens.slice(mention.first, item.first).some((token) => ['of', 'in', 'at'].includes(token.lower));
        if (itemType === EntityType.Domain && mention.form !== 'domain') this.add(RelationType.IN_DOMAIN, mention, item, quote, 0.55, `its name names the field "${item.name}"`);
        // ("the Tawau Cocoa Breeding Station of Malaysia": a platform's country after its name's last "of" is where it is.)
        else if ((itemType === EntityType.Country || itemType === EntityType.CountryGroup) && !parent && [EntityType.Platform, EntityType.Network, EntityType.Agreement].includes(type) && !inComplement && !(atEnd && type === EntityType.Platform && itemType === EntityType.Country)) {
          this.add(RelationType.COVERS, mention, item, quote, 0.55, `its name names ${item.name}`);
        } else if ((itemType === EntityType.Place || itemType === EntityType.Country || itemType === EntityType.CountryGroup) && (type === EntityType.Institution || type === EntityType.Platform)) {
          const placeWord = itemType === EntityType.Place || atEnd || inComplement || (item.first === mention.first && this.tokens[item.first].tags.has('Demonym'));
          // "UPT-Wuzhou Joint Institute": a hyphened pair names the partners, not where it is.
          const pairedWith = (item.first > mention.first && this.tokens[item.first - 1].post === '-') || (item.last < mention.last && this.tokens[item.last].post === '-');
          // "Embassy of China in Brunei": a mission is where its name's "in" says, not in the country it represents.
          const abroad = this.representsAbroad(mention) && this.tokens[beforeArticle(this.tokens, item.first)]?.lower !== 'in';
          if (placeWord && !pairedWith && !abroad) this.add(RelationType.LOCATED_IN, mention, item, quote, 0.6, `its name places it in ${item.name}`);
        }
      }
      // An institution named "X of <Country>" whose name the proposer shortened ("… of the Lao People's Democratic Republic").
      if (type === EntityType.Institution && mention.form === 'name' && !this.representsAbroad(mention)) this.ofCountry(mention);
    }
  }
}

/** The last word of an amount of money that starts at `k` ("MYR 4.2 million", "2 billion yuan", "USD 150"), if one does. */
function amountEnd(tokens: Token[], k: number): number | undefined {
  let end = tokens[k]?.tags.has('Currency') || CURRENCY_CODES.has(tokens[k]?.text ?? '') ? k + 1 : k;
  if (!/^\d/.test(tokens[end]?.text ?? '')) return undefined;
  while (tokens[end + 1]?.tags.has('Value') && /^[\p{L}\d.,]+$/u.test(tokens[end + 1].text) && tokens[end + 1].lower !== 'and') end += 1;
  if (tokens[end + 1]?.tags.has('Currency')) end += 1;
  return end > k || tokens[k].tags.has('Currency') ? end : undefined;
}
