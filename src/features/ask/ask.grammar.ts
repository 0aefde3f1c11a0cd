import { Direction } from '../../engine/model/enums';
import { EntityType, RelationType } from '../../engine/model/model';
import type { LinkedMention } from './ask.linking';

/** What a question asks, as the grammar (or a model's plan) reads it. */
export enum AskIntent {
  PARTICIPANTS = 'PARTICIPANTS',
  LOCATION = 'LOCATION',
  LAUNCHED_AT = 'LAUNCHED_AT',
  HELD_IN = 'HELD_IN',
  GUIDED_BY = 'GUIDED_BY',
  GUIDES = 'GUIDES',
  COOPERATES_WITH = 'COOPERATES_WITH',
  FOUNDERS = 'FOUNDERS',
  ESTABLISHED = 'ESTABLISHED',
  SUPPORTED = 'SUPPORTED',
  COVERS = 'COVERS',
  DOMAINS = 'DOMAINS',
  WORKS_ON_DOMAIN = 'WORKS_ON_DOMAIN',
  PART_OF = 'PART_OF',
  PARTS = 'PARTS',
  ABOUT = 'ABOUT',
  PARTNERS = 'PARTNERS',
  COMMON_PARTNERS = 'COMMON_PARTNERS',
  CONNECTION = 'CONNECTION',
  IN_PLACE = 'IN_PLACE',
  COUNT = 'COUNT',
  SINCE = 'SINCE',
}

/** An intent answered by one entity's relationships of some types, one way round. */
export interface RelationIntent {
  types: RelationType[];
  direction: Direction;
  /** How the reading is said, with {x} for the entity. */
  reading: string;
}

const R = RelationType;
export const RELATION_INTENTS: Partial<Record<AskIntent, RelationIntent>> = {
  [AskIntent.PARTICIPANTS]: { types: [R.PARTICIPATES_IN, R.ATTENDED, R.SIGNED, R.MEMBER_OF], direction: Direction.IN, reading: 'who takes part in {x}' },
  [AskIntent.LOCATION]: { types: [R.LOCATED_IN, R.HELD_IN], direction: Direction.OUT, reading: 'where {x} is' },
  [AskIntent.LAUNCHED_AT]: { types: [R.LAUNCHED_AT], direction: Direction.BOTH, reading: 'what was launched at {x}' },
  [AskIntent.HELD_IN]: { types: [R.HELD_IN, R.HOSTED], direction: Direction.IN, reading: 'what was held in {x}' },
  [AskIntent.GUIDED_BY]: { types: [R.GUIDED_BY], direction: Direction.OUT, reading: 'who guides {x}' },
  [AskIntent.GUIDES]: { types: [R.GUIDED_BY], direction: Direction.IN, reading: 'whom {x} guides' },
  [AskIntent.COOPERATES_WITH]: { types: [R.COOPERATES_WITH], direction: Direction.BOTH, reading: 'who cooperates with {x}' },
  [AskIntent.FOUNDERS]: { types: [R.ESTABLISHED, R.SUPPORTS], direction: Direction.IN, reading: 'who established or supports {x}' },
  [AskIntent.ESTABLISHED]: { types: [R.ESTABLISHED], direction: Direction.OUT, reading: 'what {x} established' },
  [AskIntent.SUPPORTED]: { types: [R.SUPPORTS, R.PROMOTES], direction: Direction.OUT, reading: 'what {x} supports' },
  [AskIntent.COVERS]: { types: [R.COVERS], direction: Direction.BOTH, reading: 'what {x} covers' },
  [AskIntent.DOMAINS]: { types: [R.IN_DOMAIN, R.PROMOTES], direction: Direction.OUT, reading: 'which domains {x} works in or promotes' },
  [AskIntent.WORKS_ON_DOMAIN]: { types: [R.IN_DOMAIN, R.PROMOTES], direction: Direction.IN, reading: 'what works on {x}' },
  [AskIntent.PART_OF]: { types: [R.PART_OF], direction: Direction.OUT, reading: 'what {x} is part of' },
  [AskIntent.PARTS]: { types: [R.PART_OF], direction: Direction.IN, reading: 'what is part of {x}' },
  [AskIntent.ABOUT]: { types: [], direction: Direction.BOTH, reading: 'what the graph states about {x}' },
};

/** Relationship types by which an entity works with another directly. */
export const DIRECT_WORK_TYPES = [R.COOPERATES_WITH, R.SUPPORTS, R.GUIDED_BY];

/** Relationship types that make two entities partners when both have one to the same thing. */
export const SHARED_WORK_TYPES = [R.PARTICIPATES_IN, R.ESTABLISHED, R.SIGNED, R.ATTENDED];

/** Imperatives and requests that would change the graph; `ask` only reads. */
const CHANGE_VERBS = 'add|create|insert|delete|remove|drop|erase|purge|update|change|modify|edit|alter|rename|merge|set|record|register|mark|link|unlink|connect|disconnect|attach|detach|replace|correct|fix|import|write|store|save|put|assign|make|append|overwrite|upsert';
const REQUEST_OPENERS = "(?:please\\s+|kindly\\s+|(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?|i\\s+(?:want|need|would\\s+like|'d\\s+like|’d\\s+like)\\s+(?:you\\s+)?to\\s+|i'd\\s+like\\s+(?:you\\s+)?to\\s+|let's\\s+|go\\s+ahead\\s+and\\s+)*";
const CHANGE_PATTERNS = [
  new RegExp(`^\\s*${REQUEST_OPENERS}(?:${CHANGE_VERBS})\\b`, 'i'),
  new RegExp(`\\b(?:please|kindly)\\s+(?:${CHANGE_VERBS})\\b`, 'i'),
  /\b(?:should|must|needs? to|has to|ought to)\s+be\s+(?:added|created|inserted|deleted|removed|dropped|erased|updated|changed|modified|edited|renamed|merged|set|recorded|registered|marked|linked|unlinked|connected|replaced|corrected|fixed|stored|saved)\b/i,
  /\b(?:CREATE|MERGE|DELETE|DETACH|SET|REMOVE)\s+[(\w]/,
];

export function asksToChange(question: string): boolean {
  return CHANGE_PATTERNS.some((pattern) => pattern.test(question));
}

/** Type words a question may ask for ("which universities", "platforms"). */
const TYPE_WORDS: [RegExp, EntityType][] = [
  [/\b(?:institutions?|organi[sz]ations?|universit(?:y|ies)|institutes?|companies|company|enterprises?|bod(?:y|ies)|agenc(?:y|ies)|academ(?:y|ies)|ministr(?:y|ies)|departments?)\b/, EntityType.Institution],
  [/\b(?:platforms?|laborator(?:y|ies)|labs?|cent(?:er|re)s?|parks?|hubs?)\b/, EntityType.Platform],
  [/\b(?:projects?|studies|study|research)\b/, EntityType.Project],
  [/\b(?:events?|forums?|conferences?|meetings?|exhibitions?|workshops?|summits?)\b/, EntityType.Event],
  [/\b(?:agreements?|mechanisms?|memorand(?:um|a)|working groups?)\b/, EntityType.Agreement],
  [/\bnetworks?\b/, EntityType.Network],
  [/\b(?:cities|city|regions?|provinces?|places?)\b/, EntityType.Place],
  [/\b(?:countries|country|nations?)\b/, EntityType.Country],
  [/\b(?:initiatives?|plans?|strateg(?:y|ies)|polic(?:y|ies))\b/, EntityType.Initiative],
  [/\b(?:domains?|fields?|technologies|sectors?)\b/, EntityType.Domain],
];

export function typeAskedFor(text: string): EntityType | undefined {
  return TYPE_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (value: number) => String(value).padStart(2, '0');

/** The first date the question writes ("2021-09-01", "1 September 2021", "September 1, 2021", "September 2021", "2021"), as YYYY-MM-DD. */
export function dateIn(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return iso[0];
  const month = `(${MONTHS.join('|')}|sept|${MONTHS.map((name) => name.slice(0, 3)).join('|')})\\.?`;
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month}\\s+(\\d{4})\\b`, 'i').exec(text);
  if (dayFirst) return `${dayFirst[3]}-${pad(monthNumber(dayFirst[2]))}-${pad(Number(dayFirst[1]))}`;
  const monthFirst = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (monthFirst) return `${monthFirst[3]}-${pad(monthNumber(monthFirst[1]))}-${pad(Number(monthFirst[2]))}`;
  const monthYear = new RegExp(`\\b${month}\\s+(\\d{4})\\b`, 'i').exec(text);
  if (monthYear) return `${monthYear[2]}-${pad(monthNumber(monthYear[1]))}-01`;
  const year = /\b(?:in|since|after|from)\s+((?:19|20)\d{2})\b/i.exec(text);
  return year ? `${year[1]}-01-01` : undefined;
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;
}

/** The question with each linked name replaced by "@e", lower case: the grammar's patterns read this. */
export function templated(question: string, mentions: LinkedMention[]): string {
  let text = '';
  let at = 0;
  for (const mention of mentions) {
    text += `${question.slice(at, mention.start)}@e`;
    at = mention.end;
  }
  return `${text}${question.slice(at)}`
    .toLowerCase()
    .replace(/[?!.]+\s*$/, '')
    .replace(/\bthe\s+@e/g, '@e')
    .replace(/\s+/g, ' ')
    .trim();
}

const PLACE_TYPES = new Set([EntityType.Place, EntityType.Country, EntityType.CountryGroup]);

/** An intent and what it needs: the grammar's reading of a templated question. */
export interface Reading {
  intent: AskIntent;
  /** For IN_PLACE: the type asked for. */
  entityType?: EntityType;
  /** For SINCE: the date. */
  since?: string;
}

/**
 * The grammar: the first rule whose pattern the templated question matches decides. Rules read the
 * question's words around the linked names ("@e"); with two names and no other rule, the question asks how
 * they are connected.
 */
export function readIntent(text: string, mentions: LinkedMention[]): Reading | undefined {
  const count = mentions.length;
  const only = mentions[0];
  const since = dateIn(text);
  if (since && /\b(since|after|from|new|latest|recent|added|changed)\b/.test(text) && count === 0) return { intent: AskIntent.SINCE, since };
  if (count === 0) return undefined;
  if (/^(how many|what is the number of|what number of|how large|how big)\b|\bnumber of\b/.test(text)) return { intent: AskIntent.COUNT };
  if (count >= 2) {
    if (/\b(both|in common|common|share|shared|mutual)\b/.test(text)) return { intent: AskIntent.COMMON_PARTNERS };
    return { intent: AskIntent.CONNECTION };
  }
  const place = PLACE_TYPES.has(only.type);
  const asked = typeAskedFor(text.replace(/@e/g, ''));
  if (/^(tell me|what do (you|we) know|what does the graph (say|know)|what is known|describe|summari[sz]e|give me an overview)\b/.test(text) || /^(what|who) (is|are|was|were) @e$/.test(text)) return { intent: AskIntent.ABOUT };
  if (only.type === EntityType.Domain && !/\bwhere\b/.test(text)) return { intent: AskIntent.WORKS_ON_DOMAIN };
  if (place && /\b(held|took place|take place|takes place|happened|hosted|organi[sz]ed)\b/.test(text) && !/\bwhere\b/.test(text)) return { intent: AskIntent.HELD_IN };
  if (place && asked && asked !== only.type && /\b(in|within|inside|located|based|from)\s+@e/.test(text)) {
    if (only.type === EntityType.CountryGroup && asked === EntityType.Country) return { intent: AskIntent.PARTICIPANTS };
    return { intent: AskIntent.IN_PLACE, entityType: asked };
  }
  if (/\bwhere\b|\bwhich (city|country|place|region|town|province)\b|\blocation\b|\blocated\b|\bbased\b|\bsituated\b/.test(text)) return { intent: AskIntent.LOCATION };
  if (/\b(launch\w*|unveil\w*|inaugurat\w*|introduc\w*|announc\w*)\b/.test(text)) return { intent: AskIntent.LAUNCHED_AT };
  if (/\b(does|did|do) @e (guide|supervise|oversee|direct)\b|@e (guides|supervises|oversees)\b/.test(text)) return { intent: AskIntent.GUIDES };
  if (/\b(guid\w*|supervis\w*|overs(ee|ees|aw|ight)|report\w* to)\b/.test(text)) return { intent: AskIntent.GUIDED_BY };
  if (/\b(cooperat\w*|co-operat\w*|collaborat\w*)\b/.test(text)) return { intent: AskIntent.COOPERATES_WITH };
  if (/\b(work(ed|s)? with|partner\w*|team\w* up)\b/.test(text)) return { intent: AskIntent.PARTNERS };
  if (/\b(includ\w*|compris\w*|consist\w*|made up of)\b/.test(text) && (only.type === EntityType.CountryGroup || only.type === EntityType.Network)) return { intent: AskIntent.PARTICIPANTS };
  if (/\b(take|takes|took|taking) part\b|\bparticipat\w*|\binvolved\b|\bmembers?\b|\battend\w*|\bsign\w*|\bjoin\w*/.test(text)) return { intent: AskIntent.PARTICIPANTS };
  if (/@e (is |was |are |were )?(a )?part of|\bdoes @e belong|@e belongs?\b/.test(text)) return { intent: AskIntent.PART_OF };
  if (/\bpart of @e|\bbelongs? to @e|\b(components?|parts|branches) of @e/.test(text)) return { intent: AskIntent.PARTS };
  if (/\b(cover\w*|span\w*|reach\w*)\b/.test(text)) return { intent: AskIntent.COVERS };
  if (/\b(domains?|fields?|areas?|sectors?|technolog\w*|topics?|subjects?|promot\w*|focus\w*|speciali[sz]\w*)\b/.test(text)) return { intent: AskIntent.DOMAINS };
  if (/\b(did|does|has|have) @e (establish|set up|found|create|build|start|open)\b|\b(established|set up|founded|created|built) by @e/.test(text)) return { intent: AskIntent.ESTABLISHED };
  if (/\b(did|does|has|have) @e (support|help|back|fund|sponsor|assist)\b/.test(text)) return { intent: AskIntent.SUPPORTED };
  if (/\b(establish\w*|set up|found(ed|er|ers)?|creat\w*|built|build|start\w*|support\w*|back\w*|help\w*|fund\w*|sponsor\w*)\b/.test(text)) return { intent: AskIntent.FOUNDERS };
  return undefined;
}

const GROUP_TYPES = new Set([EntityType.CountryGroup, EntityType.Network, EntityType.Event, EntityType.Project, EntityType.Agreement, EntityType.Initiative]);

/**
 * Questions of fact this grammar reads about the entities a refused question named, to offer instead: how two
 * of them are connected and what they share; about one, what the graph states and one relation its type has.
 */
export function factualQuestionsAbout(mentions: Pick<LinkedMention, 'id' | 'name' | 'type'>[]): string[] {
  const distinct = mentions.filter((mention, index) => mentions.findIndex((other) => other.id === mention.id) === index);
  const [a, b] = distinct;
  if (!a) return [];
  if (b) return [`How is ${a.name} connected to ${b.name}?`, `What do ${a.name} and ${b.name} have in common?`];
  const related = PLACE_TYPES.has(a.type) ? `Which institutions are in ${a.name}?` : GROUP_TYPES.has(a.type) ? `Who takes part in ${a.name}?` : `Who has ${a.name} worked with?`;
  return [`Tell me about ${a.name}.`, related];
}
