import { EntityType, RelationType } from '../../engine/model/model';
import { DIRECTION_WORDS, LEGAL_WORDS, MODALS, PEOPLE_NOUNS } from './propose.lexicon';
import type { Mention } from './propose.mentions';
import type { Token } from './propose.text';

/*
 * The words relation frames are read by (propose.relations.ts): verbs by what they do, the nouns of roles,
 * partnerships, support and attendance, programme labels, and the small words frames skip or stop at.
 */

/** What a verb does, by its stem; the relation type also depends on what its object is. */
/** Verbs whose object is the fields themselves: "will study X and Y" (their object is read as fields, see findDomainLists). */
export const STUDY_VERBS = /^stud(?:y|ies|ied)$/;

export enum Action {
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
  /** "the project receives 4.2 million yuan from A": A supports it (read as SUPPORT with the roles turned round). */
  RECEIVE = 'RECEIVE',
}

const VERBS: [RegExp, Action][] = [
  // ("installed 46 monitoring stations", "a portal developed by A and B": what is installed or developed is set up.)
  [/^(?:co-?)?(?:establish|found|creat|buil[dt]|install|develop)/, Action.ESTABLISH],
  // ("A and B have formed a joint venture": what they form together, they set up.)
  [/^(?:form|formed|forms|forming)$/, Action.ESTABLISH],
  [/^(?:set)$/, Action.ESTABLISH],
  // "A and B announced the X Center": what is announced by name is launched.
  [/^(?:launch|unveil|announc)/, Action.LAUNCH],
  // ("brokered the agreement": who brings the parties to a deal supports it.)
  // ("The licence was matched through the Platform": who matches the parties supports the deal too.)
  [/^(?:help|support|strengthen|assist|fund|financ|sponsor|back|aid|donat|contribut|equip|suppl(?:y|ies|ied|ying)$|lend|lent$|broker(?:s|ed|ing)?$|match(?:es|ed)?$|facilitat)/, Action.SUPPORT],
  [/^receiv/, Action.RECEIVE],
  [/^(?:promot|encourag|advanc|enhanc|foster|boost|accelerat)/, Action.PROMOTE],
  [/^(?:implement|execut|conduct|undertak)/, Action.IMPLEMENT],
  // ("will study X and Y": what it works on is the verb's object.)
  [new RegExp(`^(?:focus|concentrat|speciali[sz])|${STUDY_VERBS.source}`), Action.FOCUS],
  [/^(?:cooperat|collaborat|partner|connect|work|team)/, Action.COOPERATE],
  [/^(?:cover|span)/, Action.COVER],
  [/^serv/, Action.SERVE],
  // ("A and B belong to the network": members of it.)
  [/^(?:join|participat|carr(?:y|ied)|belong)/, Action.PARTICIPATE],
  // ("A and B will co-lead the first trial": those who lead together.)
  // ("Spearheaded by A, the project …": who spearheads it leads it.)
  [/^(?:run|ran|operat|manag|coordinat|led|lead|maintain|co-?lead|co-?led|spearhead)/, Action.RUN],
  // ("The 3rd Symposium closed in Nanning on Wednesday": where an event ends, it was held.)
  [/^(?:inaugurat|held|hold|convened?|open|took|tak(?:e|es|ing)|kick|stag|met$|meet|clos(?:e|es|ed)$)/, Action.HOLD],
  // ("The joint venture was incorporated in Cebu", "was registered in Surabaya": a company is where it is incorporated.)
  [/^(?:locat|based|headquarter|situat|occup(?:y|ies|ied)|incorporated$|registered$)/, Action.LOCATE],
  [/^(?:co-?)?host/, Action.HOST],
  [/^(?:co-?)?organi[sz]/, Action.ORGANIZE],
  [/^(?:attend|spoke|speak)/, Action.ATTEND],
  [/^(?:visit|address)/, Action.ATTEND],
  // "presented the results at the Forum", "exhibited at the Expo": whoever shows work at an event takes part in it.
  [/^(?:present(?:s|ed|ing)?$|showcas|exhibit(?:s|ed|ing)?$)/, Action.ATTEND],
  [/^(?:drew|draw|attract|gather|brought|bring)/, Action.GATHER],
  // ("A and B were welcomed into the network": admitted.)
  [/^(?:groups?|grouped|grouping|unit(?:e|es|ed|ing)|compris|involv|admit|accept(?:s|ed|ing)?$|welcomed$|includ(?:e|es|ed)$|counts?$|counted|adds?$|added|adding)/, Action.GROUP],
];

/** The roles an event's verb gives the actors it names. */
export const EVENT_ROLES: Partial<Record<Action, RelationType>> = { [Action.HOST]: RelationType.HOSTED, [Action.ORGANIZE]: RelationType.ORGANIZED, [Action.ATTEND]: RelationType.ATTENDED, [Action.GATHER]: RelationType.ATTENDED };
/** What can host, organise or attend an event. */
export const ACTOR_TYPES = new Set([EntityType.Institution, EntityType.Country, EntityType.CountryGroup, EntityType.Place, EntityType.Platform, EntityType.Network]);
export const BE = ['was', 'were', 'been', 'is', 'are', 'be'];
/** Words between a subject and its verb that are no part of either: "which has also", "it will now be". */
export const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'jointly', 'now', 'once', 'previously']);
/** Verbs whose actors may follow "by" after what they act on ("founded in 2019 by A", "is funded by B"). */
export const BY_ACTIONS = new Set([Action.ESTABLISH, Action.SUPPORT, Action.PARTICIPATE, Action.RUN, Action.PROMOTE, Action.LAUNCH, Action.IMPLEMENT]);
/** Verbs several actors share ("co-founded X with B", "manages X together with A"). */
export const CO_AGENT_ACTIONS = new Set([Action.ESTABLISH, Action.RUN, Action.HOST, Action.ORGANIZE, Action.PARTICIPATE, Action.IMPLEMENT]);
/** What has partners or members: "the project brings together A and B", "X, a collaboration of A and B". */
export const WHOLE_TYPES = [EntityType.Platform, EntityType.Project, EntityType.Network];
/** What can be somewhere. */
export const LOCATED_TYPES = new Set([EntityType.Institution, EntityType.Platform, EntityType.Place]);
/** Nouns whose "between" lists the partners of what they describe ("a partnership between A and B"). */
export const PARTNERSHIP_NOUNS = new Set(['partnership', 'collaboration', 'venture', 'consortium', 'group', 'alliance', 'coalition', 'effort', 'initiative', 'undertaking']);
/** Nouns whose "from" names a supporter ("with support from", "with a grant from"). */
export const SUPPORT_NOUNS = new Set(['support', 'grant', 'grants', 'funding', 'co-funding', 'financing', 'co-financing', 'backing', 'sponsorship', 'help', 'assistance']);
/** Words for money or a share of it: "the budget came from", "60 per cent came from A and 25 per cent from B". */
export const MONEY_NOUNS = new Set(['budget', 'funds', 'financing', 'investment', 'money', 'cent', 'percent', '%', 'remainder', 'rest']);
/** People sent to an event: "delegations from A and B", "panellists from C", "instructors from D". */
export const ATTENDEE_NOUNS = new Set(['delegations', 'delegation', 'delegates', 'officials', 'speakers', 'representatives', 'ministers', 'participants', 'experts', 'observers', 'guests', 'panellists', 'panelists', 'instructors', 'lecturers', 'trainers', 'presenters', 'moderators', 'facilitators']);
/** What is said at an event, by whom after "by": "opening remarks by A", "a keynote by B". */
export const SPEECH_NOUNS = new Set(['remarks', 'keynote', 'keynotes', 'address', 'addresses', 'speech', 'speeches', 'presentation', 'presentations', 'lecture', 'lectures', 'talk', 'talks', 'briefing']);
/** Words that give a name: "the memorandum, called X", "known as X". */
export const CALLING_WORDS = /^(?:called|named|titled|dubbed|known as)\b/;
/** Prepositions a conjunct may repeat: "funded by A and by B", "representatives of A and of B". */
export const REPEATABLE_PREPOSITIONS = new Set(['by', 'of', 'from', 'with']);
/** Words between a member word and the members it lists: "members, among them A", "member institutions include A". */
export const LISTING_WORDS = new Set(['among', 'them', 'including', 'such', 'as', 'include', 'includes', 'included', 'are', 'were', 'like', 'comprise', 'comprises']);
/** Parts of an event that say something happened at it: "on its first day", "on the sidelines". */
export const OCCASION_WORDS = new Set(['day', 'opening', 'sidelines', 'ceremony', 'session', 'closing']);
/** Words between a verb and the role noun it gives its subject: "are its co-organisers", "became new members". */
export const DETERMINERS = new Set(['its', 'their', 'the', 'new', 'co', 'founding', 'main', 'official', 'two', 'three', 'both']);
/** Verbs that give their subject the role "as" names: "A serves as the coordinator", "B acted as host". */
export const SERVES_AS = /^(?:act|acts|acted|acting|serve|serves|served|serving)$/;
/** Verbs that make their subject members: "A became members", "A and B are partners". */
export const BECOME_WORDS = new Set(['became', 'become', 'becomes', 'are', 'were', 'remain', 'remains', 'is', 'was']);
/**
 * Nouns for the part actors play in a whole, the wholes they apply to, and the relation: "A and B are partners in P",
 * "members include A", "A, a founding member", "among the signatories of X was A", "organisers included A and B".
 */
export type RoleNounFrame = [RegExp, EntityType[], RelationType];
/** Nouns of joining, whose "of" names who joins, not the whole: "the accession of A and B (to N)". */
export const JOINING_NOUNS = /^(?:accession|admission|addition)$/;
export const ROLE_NOUN_FRAMES: RoleNounFrame[] = [
  // ("A, the coordinator of P,": who coordinates a project is one of its partners.)
  [/^(?:partners?|coordinators?)$/, [EntityType.Platform, EntityType.Project, EntityType.Initiative], RelationType.PARTICIPATES_IN],
  [new RegExp(`^(?:members?|newcomers|membership)$|${JOINING_NOUNS.source}`), [EntityType.Network, EntityType.CountryGroup], RelationType.MEMBER_OF],
  [/^signator(?:y|ies)$/, [EntityType.Agreement], RelationType.SIGNED],
  [/^(?:co-?)?organi[sz]ers?$/, [EntityType.Event], RelationType.ORGANIZED],
  [/^(?:co-?)?hosts$/, [EntityType.Event], RelationType.HOSTED],
  [/^(?:speakers|participants|attendees|exhibitors|guests)$/, [EntityType.Event], RelationType.ATTENDED],
  // ("Zuojiang Harvester Works Co., Ltd., a wholly owned subsidiary of Hongyun Equipment Group": a company's part.)
  [/^(?:subsidiar(?:y|ies)|affiliates?)$/, [EntityType.Institution], RelationType.PART_OF],
];
/** What a supporter funds of a project rather than a thing of its own: "the first three years", "its second phase". */
export const FUNDED_SPANS = /^(?:year|month|phase|stage|cost|operation|running|construction|expansion|equipment|building|instrument|facility)$/;
/** Parts of an event a sponsor pays for: "is sponsoring the field visits", "funds the gala dinner". */
export const EVENT_PARTS = /^(?:visit|dinner|lunch|reception|tour|trip|excursion|session|prize|award|banquet|gala)$/;
/** The role "as" gives what "with" names: "with C as its industrial partner". */
export const ROLE_AFTER_AS = /^(?:partners?|co-?partners?|members?|observers?|sponsors?|advis[eo]rs?)$/;
/** Words before "with" that make its object a co-agent. */
export const CO_AGENT_WORDS = new Set(['together', 'jointly', 'along']);

/** Nouns that only carry an action to its object: "the construction of X", "the application of … in X". */
export const LIGHT_NOUNS = new Set(['construction', 'establishment', 'development', 'application', 'implementation', 'building', 'creation', 'use', 'promotion']);
export const PREPOSITIONS = new Set(['in', 'at', 'with', 'through', 'for', 'to', 'between', 'under', 'from', 'by', 'on', 'into', 'among', 'across']);
/** "cooperation in X", "research on X": joint work, then the fields it is in. */
export const fieldWorkAt = (tokens: Token[], k: number): boolean => /^(?:cooperation|collaboration|research|innovation|exchanges?)$/.test(tokens[k]?.lower ?? '') && ['in', 'on'].includes(tokens[k + 1]?.lower ?? '');

export const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'also', 'actively', 'officially', 'jointly', 'successfully', 'further', 'especially', 'particularly', 'up', 'out', ...DIRECTION_WORDS]);

export interface Predicate {
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
  /** The text says its agents act together: "co-developed", "jointly run", "developed by A together with B". */
  jointly?: boolean;
}

/** A verb its agents do together: "co-developed", "jointly run", "co organised". */
export const saidJointly = (tokens: Token[], verb: number) => /^co-/.test(tokens[verb].lower) || ['jointly', 'co'].includes(tokens[verb - 1]?.lower ?? '');

/** A comma after a word, or after a legal form's full stop ("Greenleaf Resins Bhd., a manufacturer in Johor"). */
export const commaAfter = (token: Token) => /^,\s*$/.test(token.post) || (/^\.,\s*$/.test(token.post) && LEGAL_WORDS.has(token.lower));

/** "Hosted", "co-founded", "led": a past participle that can open a sentence. */
export const isParticiple = (token: Token) => token.tags.has('PastTense') || token.tags.has('Participle') || /ed$/.test(token.lower) || ['led', 'held', 'built', 'set', 'run'].includes(token.lower);

/** "hosted by", "organised jointly with": a participle by its frame, whatever part of speech the tagger gave it. */
const passiveParticiple = (tokens: Token[], index: number) =>
  isParticiple(tokens[index]) &&
  (tokens[index + 1]?.lower === 'by' ||
    (['together', 'jointly'].includes(tokens[index + 1]?.lower ?? '') && ['with', 'by'].includes(tokens[index + 2]?.lower ?? '')) ||
    // ("X, to be run with A and B": the tagger reads "run" as a noun.)
    (['be', 'been', 'is', 'are', 'was', 'were'].includes(tokens[index - 1]?.lower ?? '') && tokens[index + 1]?.lower === 'with'));

/** A word for people: "delegates", "a professor", "researchers". */
export const isPersonNoun = (token: Token | undefined) => !!token && (PEOPLE_NOUNS.has(token.lower) || ATTENDEE_NOUNS.has(token.lower) || /^(?:professor|researcher|scientist|engineer|minister|team|official|expert|delegate|observer|representative|geologist|modeller|modeler|forecaster|doctor|lecturer|specialist|analyst|chief)s?$/.test(token.lower));

/** The forms of "sign", which joins only with its particle ("signed up"). */
const SIGN_FORMS = /^sign(?:s|ed|ing)?$/;
/** Verbs of joining something, which may leave it unnamed ("two more signed up", "C joined in May"). */
export const JOINING_VERBS = new RegExp(`^join(?:s|ed|ing)?$|${SIGN_FORMS.source}`);

/** Verbs of attending whose event must be named after them ("visited the expo"), never taken from before. */
export const NAMED_EVENT_ATTENDANCE = /^(?:visit|address)/;

export function actionOf(tokens: Token[], index: number): Action | undefined {
  const token = tokens[index];
  // "to fund", "which groups A and B": a word the tagger read as a noun is a verb after "to" or a relative pronoun.
  const verbal = token.tags.has('Noun') && (tokens[index - 1]?.lower === 'to' || (['which', 'that', 'who'].includes(tokens[index - 1]?.lower ?? '') && /,/.test(tokens[index - 2]?.post ?? '')));
  // ("is playing host this week to": the tagger may read the idiom's verb as a noun.)
  const idiom = /^play(?:s|ed|ing)?$/.test(token.lower) && /^(?:co-?)?host$/.test(tokens[index + 1]?.lower ?? '');
  if (!token.tags.has('Verb') && !verbal && !idiom && !passiveParticiple(tokens, index)) return undefined;
  if (token.tags.has('Auxiliary') || token.tags.has('Copula')) return undefined;
  // "the state-owned provider", "a Chinese-funded plant": a participle fused to the word before describes a noun ("co-hosted" acts).
  if (tokens[index - 1]?.post === '-' && tokens[index - 1].lower !== 'co' && /(?:ed|en)$/.test(token.lower)) return undefined;
  return verbAction(tokens, index, token.lower);
}

/** What the verb `word` (at `index`: its form or its lemma) does, with the particles some verbs need ("set up", "took place"). */
/** "Its work will centre on X", "centred on X": the noun "centre" is a verb before "on", after a modal or in a verb's form. */
export function centresOn(tokens: Token[], index: number): boolean {
  const word = tokens[index]?.lower ?? '';
  const verbal = /(?:s|d)$/.test(word) || MODALS.has(tokens[index - 1]?.lower ?? '') || tokens[index - 1]?.lower === 'to';
  return /^cent(?:re|er)(?:s|d|ed)?$/.test(word) && tokens[index + 1]?.lower === 'on' && verbal;
}

export function verbAction(tokens: Token[], index: number, word: string): Action | undefined {
  const next = tokens[index + 1]?.lower ?? '';
  // "sent delegations to the forum", "will send experts": an organisation attends through its people.
  // ("sent an eighteen-member delegation": the count may stand between.)
  // ("sent more than 40 of its members": and a count's words.)
  if (/^(?:send|sends|sent|sending)$/.test(word)) return tokens.slice(index + 1, index + 8).some(isPersonNoun) ? Action.ATTEND : undefined;
  // "Laos and Cambodia were represented by observers": a country or body is present through its people.
  if (/^represented$/.test(word) && next === 'by' && tokens.slice(index + 2, index + 5).some(isPersonNoun)) return Action.ATTEND;
  // ("A, B and C were also represented": so without saying by whom, where the clause ends or says where.)
  const be = ['also', 'too'].includes(tokens[index - 1]?.lower ?? '') ? index - 2 : index - 1;
  if (/^represented$/.test(word) && /^(?:were|was|are|is|be|been)$/.test(tokens[be]?.lower ?? '') && (next === '' || /[.;,]/.test(tokens[index].post) || ['at', 'in', 'too'].includes(next))) return Action.ATTEND;
  // "The park lies in Vientiane Province", "the station sits on the coast of Kampot": where it is.
  if (/^(?:lies|lay|lie|sits|sat|stands)$/.test(word) && ['in', 'on', 'at', 'near'].includes(next)) return Action.LOCATE;
  // "will pay for laboratory equipment", "is paying for the building", "was paid for by the Fund": who pays supports it.
  if (/^(?:pay|pays|paid|paying)$/.test(word) && next === 'for') return Action.SUPPORT;
  // "The alliance consists of A and B", "is made up of A and B": who it is made of are its members.
  if ((/^consist/.test(word) && next === 'of') || (word === 'made' && next === 'up' && tokens[index + 2]?.lower === 'of')) return Action.GROUP;
  // ("co-funded", "co-developed": a verb shared with others does what the verb does.)
  const shared = word.replace(/^co-(?=\p{Ll})/u, '');
  const found = VERBS.find(([pattern]) => pattern.test(word) || pattern.test(shared))?.[1];
  // "promotes cooperation in X", "advances research on X": the fields it works in.
  if (found === Action.PROMOTE && fieldWorkAt(tokens, index + 1)) return Action.FOCUS;
  if (found === Action.ESTABLISH && word === 'set' && next !== 'up') return undefined;
  if (found === Action.PARTICIPATE && /^carr/.test(word) && next !== 'out') return undefined;
  // "signed up during the launch": joining, said with a particle.
  if (SIGN_FORMS.test(word) && next === 'up') return Action.PARTICIPATE;
  if (found === Action.COOPERATE && /^work/.test(word) && ['on', 'in'].includes(next)) return Action.FOCUS;
  if (centresOn(tokens, index)) return Action.FOCUS;
  // "joined forces with B", "joined hands with B": an idiom for working together, not joining something.
  if (found === Action.PARTICIPATE && /^join/.test(word) && ['forces', 'hands'].includes(next)) return Action.COOPERATE;
  // "Hanoi is playing host to the forum": a light verb and its role noun say what the role's verb says.
  if (/^play(?:s|ed|ing)?$/.test(word) && /^(?:co-?)?host$/.test(next)) return Action.HOST;
  // ("switched on the X Centre": what is switched on is launched.)
  if (/^switch(?:es|ed|ing)?$/.test(word) && next === 'on') return Action.LAUNCH;
  // ("Officials of A took part, as did B", "researchers from C joined online": without saying in what, at the event spoken of.)
  if (found === Action.HOLD && /^(?:took|tak)/.test(word) && next === 'part') return !tokens[index + 2] || /[.;,]/.test(tokens[index + 1].post) ? Action.ATTEND : Action.PARTICIPATE;
  if (/^join(?:s|ed|ing)?$/.test(word) && /^(?:online|remotely|virtually)$/.test(next)) return Action.ATTEND;
  // "took place", "kicked off": only with their particle.
  if (found === Action.HOLD && /^(?:took|tak)/.test(word) && next !== 'place') return undefined;
  if (found === Action.HOLD && /^kick/.test(word) && next !== 'off') return undefined;
  return found;
}

/**
 * Labels of a programme's or fact sheet's lines ("Hosts: A; B", "Delegations: C, D"): the relation each
 * item has with the event (or agreement, platform, network) the text named last.
 */
export const LINE_LABELS: [RegExp, RelationType, EntityType[]][] = [
  [/^(?:co-?)?host(?:s|ed)?$/, RelationType.HOSTED, [EntityType.Event]],
  [/^(?:co-?)?organi[sz](?:ers?|ing|ed)$/, RelationType.ORGANIZED, [EntityType.Event]],
  // "Chair:", "Keynote:", "Remarks:", "Session 2: …, A": who chairs a session, speaks in it or gives the keynote takes part in the event;
  // so do "Observers:".
  [/^(?:delegations?|delegates?|participants?|attendees?|observers?|participating|trainees?|speakers?|chairs?|chaired|moderators?|keynote|panels?|panell?ists?|sessions?|remarks|address(?:es)?|presenters?|lecturers?|instructors?|trainers?|facilitators?|tutors?)$/, RelationType.ATTENDED, [EntityType.Event]],
  [/^(?:venue|location)$/, RelationType.HELD_IN, [EntityType.Event]],
  // "Trial sites: Kampong Speu, Cambodia; Lampung, Indonesia": where the project (platform) named last works.
  [/^(?:sites|locations)$/, RelationType.LOCATED_IN, [EntityType.Project, EntityType.Platform]],
  // "Field: new energy; rural electrification": what the project (platform, event) named last works on.
  [/^(?:fields?|sectors?|domains?|topics?)$/, RelationType.IN_DOMAIN, [EntityType.Project, EntityType.Platform, EntityType.Event]],
  [/^(?:signatories|parties)$/, RelationType.SIGNED, [EntityType.Agreement]],
  // "Coordinator: A", "Partners: B; C": who carries out the project (runs the platform) named last.
  [/^(?:partners?|coordinators?|coordinated|coordinating|lead)$/, RelationType.PARTICIPATES_IN, [EntityType.Project, EntityType.Platform]],
  [/^(?:new\s)?members?$/, RelationType.MEMBER_OF, [EntityType.Network]],
  // "With the support of:", "Sponsors:", "Funded by:": who backs the event, project or platform named last.
  [/^(?:support|supported|supporters?|sponsors?|sponsored|funders?|funded|funding)$/, RelationType.SUPPORTS, [EntityType.Event, EntityType.Project, EntityType.Platform]],
];
/** Whether a word is a line's label ("Venue", "Lecturers", "Co-organisers"). */
export const isLineLabel = (word: string): boolean => LINE_LABELS.some(([pattern]) => pattern.test(word));
