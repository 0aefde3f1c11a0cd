import { EntityType } from '../../engine/model/model';

/**
 * The words that tell what a name or a noun phrase stands for. A name's head is its last such word
 * before a complement ("Department of …", "Center for …"); the rest of the name picks the kind.
 */
export interface HeadRule {
  type: EntityType;
  kind: string;
  /** Kinds (and types) chosen by another word of the name, checked in order ("technology transfer center"). */
  byModifier?: [RegExp, string, EntityType?][];
  /** The head counts only in a phrase like this ("working groups", not any group). */
  requires?: RegExp;
}

const PLATFORM_KINDS: [RegExp, string, EntityType?][] = [
  [/\btransfer\b/, 'TECHNOLOGY_TRANSFER_CENTER'],
  [/\btrading\b|\bmarket\b|\bexchange\b/, 'TRADING_PLATFORM'],
  [/\btalents?\b/, 'TALENT_PLATFORM'],
  [/\blab(?:orator(?:y|ies))?s?\b/, 'JOINT_LABORATORY'],
  [/\bparks?\b/, 'SCIENCE_PARK'],
  [/\bresearch\b/, 'RESEARCH_CENTER'],
];

/** A bilateral mechanism is an agreement between governments; any other mechanism is a policy. */
const MECHANISM: HeadRule = {
  type: EntityType.Initiative,
  kind: 'POLICY',
  byModifier: [[/\bbilateral\b|\bmultilateral\b|\bgovernmental\b/, 'BILATERAL_MECHANISM', EntityType.Agreement]],
};

const institution = (kind: string): HeadRule => ({ type: EntityType.Institution, kind });
const platform = (kind: string): HeadRule => ({ type: EntityType.Platform, kind, byModifier: PLATFORM_KINDS });

/** "the Tianlan Beidou Agricultural Application Demonstration Base", "herb demonstration bases": a base kept to show or test methods, as a farm is. */
const TRIAL_BASE: HeadRule = { ...platform('RESEARCH_CENTER'), requires: /\b(?:demonstration|experimental|research|pilot|model|trial|training|breeding) bases?\b/ };

export const HEADS: Record<string, HeadRule> = {
  university: institution('UNIVERSITY'),
  universities: institution('UNIVERSITY'),
  college: institution('UNIVERSITY'),
  polytechnic: institution('UNIVERSITY'),
  academy: institution('ACADEMY'),
  department: institution('GOVERNMENT_BODY'),
  ministry: institution('GOVERNMENT_BODY'),
  bureau: institution('GOVERNMENT_BODY'),
  // "Cebu Provincial Board of Science, Industry and Trade", "Sabah Rural Power Board" (a body named for its place and
  // sector; not "Biomass Board for Low-Cost Housing" or a circuit board, products); "the board" of a university is a part
  // of it (NAME_ONLY_HEADS).
  board: { ...institution('GOVERNMENT_BODY'), requires: /\bboard of\b|\S+ (?!circuit |notice |particle |chalk |key )\S+ board$/ },
  commission: institution('GOVERNMENT_BODY'),
  agency: institution('GOVERNMENT_BODY'),
  authority: institution('GOVERNMENT_BODY'),
  // "Savannakhet Provincial Health Service", "Cambodian Peat Fire Service": a public service is a body; "Western Pacific
  // Storm Surge Outlook Service": a forecasting one is a platform (names only: "a service station" is a station).
  service: { ...institution('GOVERNMENT_BODY'), byModifier: [[/\b(?:forecasts?|outlooks?|warnings?|information|data)\b/, 'RESEARCH_CENTER', EntityType.Platform]] },
  administration: institution('GOVERNMENT_BODY'),
  office: institution('GOVERNMENT_BODY'),
  // "General Directorate of Applied Research and Innovation", "Directorate General of Higher Education".
  directorate: institution('GOVERNMENT_BODY'),
  inspectorate: institution('GOVERNMENT_BODY'),
  embassy: institution('GOVERNMENT_BODY'),
  consulate: institution('GOVERNMENT_BODY'),
  government: institution('GOVERNMENT_BODY'),
  council: institution('GOVERNMENT_BODY'),
  committee: institution('GOVERNMENT_BODY'),
  secretariat: institution('GOVERNMENT_BODY'),
  // "the UPT-Wuzhou Joint Institute for …": an institute two partners run jointly is their platform, as a joint laboratory is.
  institute: { ...institution('RESEARCH_INSTITUTE'), byModifier: [[/\bjoint\b/, 'RESEARCH_CENTER', EntityType.Platform]] },
  // "Mekong Entomology Research Unit": named only (a "chromatography unit" is equipment).
  unit: { ...institution('RESEARCH_INSTITUTE'), requires: /\bresearch unit\b/ },
  genebank: institution('RESEARCH_INSTITUTE'),
  // "the Beibu Gulf Seaweed Germplasm Bank": a collection kept for research is a platform; a bank alone lends money.
  bank: { ...platform('RESEARCH_CENTER'), requires: /\b(?:germplasm|gene|seed|sample|data) bank\b/ },
  chamber: institution('ENTERPRISE_GROUP'),
  association: institution('ENTERPRISE_GROUP'),
  society: institution('ENTERPRISE_GROUP'),
  federation: institution('ENTERPRISE_GROUP'),
  // "Lampung Cane Growers Union", "Mekong Hydropower Owners Club": bodies their members form (capitalised only: a "union" of ideas is none).
  union: institution('ENTERPRISE_GROUP'),
  club: institution('ENTERPRISE_GROUP'),
  // "Bangka Island White Pepper Guild": traders or growers of one craft.
  guild: institution('ENTERPRISE_GROUP'),
  company: institution('COMPANY'),
  foundation: institution('FOUNDATION'),
  // "the Guangdong-ASEAN Medical Science Fund": a grant-maker, as a foundation is.
  fund: institution('FOUNDATION'),
  endowment: institution('FOUNDATION'),
  trust: institution('FOUNDATION'),
  corporation: institution('COMPANY'),
  // "Chin State Hydropower Enterprise": a state or private enterprise is a company.
  enterprise: institution('COMPANY'),
  cooperative: institution('COMPANY'),
  // The same heads in the region's own languages, which put them first: "Universiti Teknologi Sarawak", "Institut Pertanian Bogor".
  universiti: institution('UNIVERSITY'),
  universitas: institution('UNIVERSITY'),
  politeknik: institution('UNIVERSITY'),
  kolej: institution('UNIVERSITY'),
  akademi: institution('ACADEMY'),
  institut: institution('RESEARCH_INSTITUTE'),
  center: platform('INNOVATION_CENTER'),
  centre: platform('INNOVATION_CENTER'),
  centers: platform('INNOVATION_CENTER'),
  centres: platform('INNOVATION_CENTER'),
  hub: platform('INNOVATION_CENTER'),
  // "ASEAN Technology Managers Talent Pool": a pool of people or equipment that members draw on.
  pool: platform('INNOVATION_CENTER'),
  port: platform('INNOVATION_CENTER'),
  station: platform('INNOVATION_CENTER'),
  stations: platform('RESEARCH_CENTER'),
  // ("CATTC Binh Duong Technology Transfer Workstation", "the CATTC Lam Giang Service Desk", "CATTC Laos Cold Chain Service
  // Point": a service point's names.)
  workstation: platform('INNOVATION_CENTER'),
  desk: { ...platform('INNOVATION_CENTER'), requires: /\bservice desk\b/ },
  point: { ...platform('INNOVATION_CENTER'), requires: /\bservice point\b/ },
  space: platform('INNOVATION_CENTER'),
  incubator: platform('INNOVATION_CENTER'),
  nursery: platform('RESEARCH_CENTER'),
  // "the UPLK Smart Paddy Demonstration Farm": a farm kept to show or test methods is a research platform.
  farm: { ...platform('RESEARCH_CENTER'), requires: /\b(?:demonstration|experimental|research|pilot|model|trial) farms?\b/ },
  base: TRIAL_BASE,
  bases: TRIAL_BASE,
  // "the Wairasa Seaweed Biorefinery Pilot Plant", and "the plant" after it: a plant built to try out a process.
  plant: { ...platform('RESEARCH_CENTER'), requires: /\b(?:demonstration|experimental|pilot|trial) plants?\b/ },
  microgrid: { ...platform('RESEARCH_CENTER'), requires: /\b(?:demonstration|experimental|pilot|trial) microgrids?\b/ },
  observatory: platform('RESEARCH_CENTER'),
  testbed: platform('RESEARCH_CENTER'),
  bed: { ...platform('RESEARCH_CENTER'), requires: /\btest beds?\b/ },
  platform: platform('INNOVATION_CENTER'),
  // "the Beidou Agricultural Services Portal for ASEAN": an online service is a platform.
  portal: platform('TRADING_PLATFORM'),
  // "the Mekong Rubber Technology Exchange", "the ASEAN Street Lighting Retrofit Database", "the Mangrove Carbon Open Ledger":
  // a shared online service, as a portal is.
  // ("… Commission of Science, Technology and Foreign Exchange": foreign exchange is a field of work, no market's name.)
  exchange: { ...platform('TRADING_PLATFORM'), requires: /(?<!\bforeign )\bexchanges?\b/ },
  database: platform('TRADING_PLATFORM'),
  ledger: platform('TRADING_PLATFORM'),
  // ("the Shoreline Change Open Atlas": a shared map, as a database is.)
  atlas: platform('TRADING_PLATFORM'),
  // "the Makassar-Visayas Seaweed Seedbank": a bank written as one word (a biobank too); "the Priangan Geothermal Core
  // Repository": a shared collection, kept for others to use.
  seedbank: platform('RESEARCH_CENTER'),
  biobank: platform('RESEARCH_CENTER'),
  repository: platform('RESEARCH_CENTER'),
  laboratory: platform('JOINT_LABORATORY'),
  laboratories: platform('JOINT_LABORATORY'),
  lab: platform('JOINT_LABORATORY'),
  labs: platform('JOINT_LABORATORY'),
  zone: platform('SCIENCE_PARK'),
  park: platform('SCIENCE_PARK'),
  // "the Eastern Seaboard Circular Industrial Estate": an estate built for industry is a park; a rubber estate is a plantation.
  estate: { ...platform('SCIENCE_PARK'), requires: /\bindustrial estates?\b/ },
  estates: { ...platform('SCIENCE_PARK'), requires: /\bindustrial estates?\b/ },
  parks: platform('SCIENCE_PARK'),
  forum: { type: EntityType.Event, kind: 'FORUM' },
  summit: { type: EntityType.Event, kind: 'FORUM' },
  expo: { type: EntityType.Event, kind: 'EXHIBITION' },
  exhibition: { type: EntityType.Event, kind: 'EXHIBITION' },
  fair: { type: EntityType.Event, kind: 'EXHIBITION' },
  conference: { type: EntityType.Event, kind: 'CONFERENCE' },
  symposium: { type: EntityType.Event, kind: 'CONFERENCE' },
  dialogue: { type: EntityType.Event, kind: 'CONFERENCE' },
  workshop: { type: EntityType.Event, kind: 'WORKSHOP' },
  seminar: { type: EntityType.Event, kind: 'WORKSHOP' },
  // "the ASEAN Regional Training Course on …": a course given once, to a group; "the course of the river" is none.
  course: { type: EntityType.Event, kind: 'WORKSHOP', requires: /\btraining course\b/ },
  // "the 2nd China-ASEAN Summer School on …": a school held for some weeks is an event; a "School of Engineering" is none.
  school: { type: EntityType.Event, kind: 'WORKSHOP', requires: /\b(?:summer|winter|spring|autumn|field|training) school\b/ },
  // "the 9th ASEAN Ministerial Meeting on Science and Technology", "the Science Ministers' Roundtable on …".
  meeting: { type: EntityType.Event, kind: 'CONFERENCE' },
  // "the China-ASEAN Typhoon Warning Training Week 2034": a week of training or innovation held once is an event; "this week" is none.
  week: { type: EntityType.Event, kind: 'WORKSHOP', requires: /\b(?:training|innovation|technology|science|startup|start-up) week\b/ },
  roundtable: { type: EntityType.Event, kind: 'CONFERENCE' },
  congress: { type: EntityType.Event, kind: 'CONFERENCE' },
  convention: { type: EntityType.Event, kind: 'CONFERENCE' },
  // "its 2026 General Assembly": a member body's meeting; a "National Assembly" is a parliament, no event.
  assembly: { type: EntityType.Event, kind: 'CONFERENCE', requires: /\b(?:general|annual) assembly\b|^assembly$/ },
  network: { type: EntityType.Network, kind: 'COOPERATION_NETWORK' },
  alliance: { type: EntityType.Network, kind: 'COOPERATION_NETWORK' },
  consortium: { type: EntityType.Network, kind: 'COOPERATION_NETWORK' },
  // "The grouping now counts A among its members", "the gathering was co-hosted by A": words that point back at a network
  // or an event named before (names only: a lower-case "gathering of experts" is none).
  grouping: { type: EntityType.Network, kind: 'COOPERATION_NETWORK' },
  gathering: { type: EntityType.Event, kind: 'FORUM' },
  // "the Heron Coalition for Clean Air": a named coalition of members (a lower-case one is none: NAME_ONLY_HEADS). (A named
  // "… Seaweed Partnership" may be the agreement a memorandum sets up: no head.)
  coalition: { type: EntityType.Network, kind: 'COOPERATION_NETWORK' },
  agreement: { type: EntityType.Agreement, kind: 'COOPERATION_AGREEMENT', byModifier: [[/\bbilateral\b|\bgovernmental\b/, 'BILATERAL_MECHANISM']] },
  agreements: { type: EntityType.Agreement, kind: 'COOPERATION_AGREEMENT', byModifier: [[/\bbilateral\b|\bgovernmental\b/, 'BILATERAL_MECHANISM']] },
  declaration: { type: EntityType.Agreement, kind: 'COOPERATION_AGREEMENT' },
  accord: { type: EntityType.Agreement, kind: 'COOPERATION_AGREEMENT' },
  // "the Implementing Arrangement on Cooperation in Marine Science": an agreement between ministries.
  arrangement: { type: EntityType.Agreement, kind: 'COOPERATION_AGREEMENT' },
  protocol: { type: EntityType.Agreement, kind: 'COOPERATION_AGREEMENT' },
  treaty: { type: EntityType.Agreement, kind: 'COOPERATION_AGREEMENT' },
  memorandum: { type: EntityType.Agreement, kind: 'MEMORANDUM_OF_UNDERSTANDING' },
  // "a letter of intent on student exchange": an agreement; a letter alone is none.
  letter: { type: EntityType.Agreement, kind: 'COOPERATION_AGREEMENT', requires: /\bletters? of intent\b/ },
  mou: { type: EntityType.Agreement, kind: 'MEMORANDUM_OF_UNDERSTANDING' },
  // "a joint-venture contract": a contract between bodies is an agreement they sign.
  contract: { type: EntityType.Agreement, kind: 'COOPERATION_AGREEMENT' },
  groups: { type: EntityType.Agreement, kind: 'WORKING_GROUP', requires: /\bworking groups?\b/ },
  group: { type: EntityType.Agreement, kind: 'WORKING_GROUP', requires: /\bworking groups?\b/ },
  mechanism: MECHANISM,
  mechanisms: MECHANISM,
  initiative: { type: EntityType.Initiative, kind: 'INITIATIVE' },
  plan: { type: EntityType.Initiative, kind: 'ACTION_PLAN' },
  programme: { type: EntityType.Initiative, kind: 'ACTION_PLAN' },
  program: { type: EntityType.Initiative, kind: 'ACTION_PLAN' },
  strategy: { type: EntityType.Initiative, kind: 'STRATEGY' },
  policy: { type: EntityType.Initiative, kind: 'POLICY' },
  pattern: { type: EntityType.Initiative, kind: 'POLICY' },
  framework: { type: EntityType.Initiative, kind: 'POLICY' },
  research: { type: EntityType.Project, kind: 'RESEARCH_PROJECT', byModifier: [[/\bjoint\b|\bcooperation\b/, 'COOPERATION_PROJECT']] },
  study: { type: EntityType.Project, kind: 'RESEARCH_PROJECT' },
  // "the Rattan Genome Survey": a named survey is a study.
  survey: { type: EntityType.Project, kind: 'RESEARCH_PROJECT' },
  // "the Battery Passport Pilot": a named trial run is a project, and "the pilot" points back at it.
  pilot: { type: EntityType.Project, kind: 'COOPERATION_PROJECT' },
  project: { type: EntityType.Project, kind: 'COOPERATION_PROJECT', byModifier: [[/\bresearch\b/, 'RESEARCH_PROJECT']] },
  projects: { type: EntityType.Project, kind: 'COOPERATION_PROJECT', byModifier: [[/\bresearch\b/, 'RESEARCH_PROJECT']] },
};

/** Singular nouns that refer back to the entity of their type the text named last ("the site", "the event", "the forum"). */
export const REFERENCE_HEADS: Record<string, EntityType> = {
  event: EntityType.Event,
  site: EntityType.Platform,
  // ("helped broker the deal": the agreement the text named before; "The licence was brokered …": so is a licence.)
  deal: EntityType.Agreement,
  licence: EntityType.Agreement,
  license: EntityType.Agreement,
  // (A head that names alone only with a qualifier is no reference; "the Assembly", which may stand alone, is one.)
  ...Object.fromEntries(Object.entries(HEADS).filter(([word, rule]) => (!rule.requires || rule.requires.test(word)) && !/s$/.test(word)).map(([word, rule]) => [word, rule.type])),
};

/** Pairs joined by "and" that are one part of a name: "the Belt and Road Initiative", "Lancang-Mekong … Science and Technology". */
export const FIXED_PAIRS = new Set(['belt and road', 'science and technology', 'research and development', 'trade and industry']);

/** Heads that name one kind of public body: "the ministry" points back at a ministry, never at an agency of the same kind. */
export const BODY_HEADS = new Set(['ministry', 'department', 'embassy', 'consulate', 'bureau', 'commission', 'committee']);

/**
 * Heads of names only: "the ASEAN Committee on Science …" is a body, "the steering committee" a part of one, described;
 * "its 2026 General Assembly" is a meeting, "its general assembly" the body's yearly meeting, which no one names.
 * "the institute's experimental farm" and "a summer school" are described; "the X Demonstration Farm" is named.
 */
export const NAME_ONLY_HEADS = new Set(['union', 'club', 'coalition', 'grouping', 'gathering', 'committee', 'secretariat', 'assembly', 'board', 'farm', 'school', 'bed', 'portal', 'unit', 'pool', 'survey', 'exchange', 'database', 'ledger', 'atlas', 'repository', 'service']);

/** Plural nouns for organisations the text names as a group ("the telecommunication enterprises in the Philippines"). */
export const COLLECTIVE_HEADS = new Set(['enterprises', 'companies', 'firms', 'universities', 'institutes', 'institutions', 'organizations', 'organisations', 'colleges', 'agencies', 'hospitals', 'schools']);

/** Heads of units an organisation has: "… Research Unit (MERU) of Vinh Thuy University" is part of the university. */
export const UNIT_HEADS = new Set(['institute', 'center', 'centre', 'unit', 'laboratory', 'lab', 'faculty', 'school', 'department', 'station', 'college']);

/** Nouns for fields of work that a colon lists: "worked in two fields: X and Y". */
export const FIELD_NOUNS = new Set(['fields', 'areas', 'domains', 'sectors', 'topics', 'field', 'domain', 'sector', 'topic']);

/** Nouns for what an organisation does or has, which "its" lends to it: "its research", "its work", "its membership includes". */
export const WORK_NOUNS = /^(?:research|work|activit(?:y|ies)|mission|membership)$/;

/** Words that say what part an organisation plays, not which it is: "the joint venture company", "the host university". */
export const ROLE_WORDS = new Set(['joint', 'venture', 'partner', 'host', 'lead', 'member', 'founding', 'participating']);

/** "will", "can": modal verbs, before a verb's bare form. */
export const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/** "its", "their": words that say whose a thing is. */
export const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'our', 'his', 'her', 'your']);

/** "the two hosts", "the organisers": an event's role, said in the plural, points back at who the text said played it ("co-hosted by A and B"). */
export const EVENT_ROLE_PLURALS: Record<string, RegExp> = {
  hosts: /\b(?:co-?)?hosted\s+by\s+/gi,
  organisers: /\b(?:co-?)?organi[sz]ed\s+by\s+/gi,
  organizers: /\b(?:co-?)?organi[sz]ed\s+by\s+/gi,
  sponsors: /\b(?:co-?)?sponsored\s+by\s+/gi,
};

/** Plural nouns that refer back to the parties named before ("the two sides"), never heads of a name. */
export const PARTY_WORDS = new Set(['sides', 'parties']);

/** Nouns of "in … with" that make its object a co-agent: "hosted in cooperation with B", "runs it in partnership with B". */
export const JOINT_NOUNS = new Set(['partnership', 'cooperation', 'collaboration', 'association', 'conjunction']);

/** Nouns for people: a platform "for talents" serves people, not a technology domain. */
export const PEOPLE_NOUNS = new Set([
  'talents', 'talent', 'members', 'experts', 'researchers', 'scientists', 'students', 'youth', 'entrepreneurs', 'people', 'staff',
  'organisers', 'organizers', 'officials', 'delegates', 'delegation', 'delegations', 'representatives', 'leaders', 'participants', 'observers', 'director', 'directors', 'president', 'spokesperson',
  'engineer', 'engineers', 'researcher', 'scientist', 'expert', 'dean', 'rector', 'chairman', 'director-general',
]);

/** People in the plural ("farmers", "technicians", "students"): who is somewhere, not what is set up there or made of. */
export const PEOPLE_PLURAL = /(?:ers|ors|ants|ents|ists|ians)$/;

/** Words of a person's office: "Ambassador", "Acting Minister", "Vice President" name a post, never an organisation or place. */
export const OFFICE_WORDS = new Set([
  'ambassador', 'minister', 'president', 'premier', 'vice', 'deputy', 'acting', 'secretary', 'general', 'director', 'provost', 'dean', 'chairman', 'head',
  'chairwoman', 'chairperson', 'governor', 'mayor', 'professor', 'rector', 'chancellor', 'chief', 'executive', 'officer', 'consul', 'envoy',
  'commissioner', 'permanent', 'senior', 'assistant', 'associate', 'counsellor', 'spokesperson', 'spokesman', 'spokeswoman', 'chargé', 'charge', "d'affaires", 'd’affaires',
]);

/** Participles of setting something up: "an agreement establishing the X Laboratory". */
export const FOUNDING_PARTICIPLES = /^(?:establishing|creating|founding)$/;

/** Nouns of a person's role at work: "Senior Engineer", "Operations Manager", "Lecturer" name a post, never an organisation. */
export const ROLE_NOUNS = new Set([
  'lecturer', 'engineer', 'manager', 'researcher', 'scientist', 'coordinator', 'adviser', 'advisor', 'analyst', 'specialist', 'consultant',
  'inspector', 'technician', 'economist', 'fellow', 'editor', 'correspondent', 'representative', 'supervisor', 'moderator', 'rapporteur',
  'founder', 'co-founder', 'agronomist', 'entomologist', 'expert', 'trainer', 'instructor', 'teacher',
]);

/** Acronyms for kinds of things, units and fields, never an organisation's short name ("signed an MOU", "ICT"). */
export const COMMON_ACRONYMS = new Set([
  'mou', 'moa', 'loi', 'sti', 'ict', 'iot', 'gdp', 'fdi', 'sme', 'ceo', 'cto', 'cfo', 'ppp', 'ngo', 'phd', 'msc', 'mba', 'tvet', 'stem', 'esg', 'sdg',
  'covid', 'sars', 'hiv', 'dna', 'rna', 'pcr', 'gps', 'uav', 'api', 'lng', 'usd', 'rmb', 'cny', 'thb', 'vnd', 'idr', 'myr', 'php', 'sgd', 'utc', 'gmt',
  'vip', 'faq', 'pdf', 'url', 'ppe', 'bri',
]);

/** Courtesy titles before a person's name: "Mr. Lin Tao", "Professor Anan Wong", "H.E. Dato Seri …". */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'madam', 'madame', 'dr', 'prof', 'professor', 'sir', 'dame', 'dato', 'datuk', 'datin', 'tan', 'h.e', 'excellency', 'assoc', 'pak', 'ibu', 'khun', 'ir', 'engr', 'eng', 'drs', 'atty']);

/** Nouns that end the name of a field of work, never of a place: "a course in Precision Agriculture", "a degree in Marine Science". */
export const FIELD_WORDS = new Set([
  'agriculture', 'aquaculture', 'forestry', 'fisheries', 'horticulture', 'engineering', 'medicine', 'science', 'sciences', 'technology', 'technologies',
  'applications', 'management', 'studies', 'education', 'economics', 'informatics', 'navigation', 'research', 'innovation', 'development', 'energy',
  'biotechnology', 'manufacturing', 'logistics', 'mechanisation', 'mechanization', 'robotics', 'computing', 'analytics', 'health', 'nursing', 'pharmacy', 'survey', 'surveying', 'planning', 'resources',
]);

/** Head words that also name a field, so may stand in a list of fields inside a name: "Ministry of Science, Research and Innovation". */
export const FIELD_HEADS = new Set([...FIELD_WORDS].filter((word) => word in HEADS));

/** Number words that count what a class noun announces: "two companies, A and B". */
export const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'both']);

/** Directions before a place's name: "in southern Ho Chi Minh City", "in north-eastern Laos". */
export const DIRECTION_WORDS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/** Words that describe a platform's standing or form rather than its subject. */
export const GENERIC_MODIFIERS = new Set(['joint', 'regional', 'international', 'national', 'key', 'innovation', 'global', 'new', 'main', 'central', 'science', 'scientific', 'technological', 'and', 'of', 'the']);

/** Languages: "in English" says how a text is written, not where something is; a language alone names no entity. */
export const LANGUAGES = new Set(['english', 'chinese', 'mandarin', 'cantonese', 'french', 'spanish', 'arabic', 'russian', 'portuguese', 'german', 'italian', 'japanese', 'korean', 'hindi', 'urdu', 'bengali', 'swahili', 'malay', 'indonesian', 'thai', 'lao', 'khmer', 'burmese', 'vietnamese', 'tagalog', 'filipino', 'persian', 'turkish', 'latin']);

/** Words a name's parts are joined with ("Department of Science and Technology of Guangxi"). */
export const NAME_CONNECTORS = new Set(['of', 'on', 'for', 'and', '&', 'de', 'del']);

/** Complement prepositions: the head of a name comes before the first of them. */
export const COMPLEMENTS = new Set(['of', 'on', 'for', 'in', 'at']);

/** Capitalised words that start sentences or phrases but never names. */
export const FUNCTION_WORDS = new Set([
  'neither', 'nor', 'either',
  'a', 'an', 'the', 'in', 'on', 'at', 'for', 'from', 'to', 'under', 'with', 'by', 'as', 'and', 'or', 'but', 'it', 'its', 'this', 'these',
  'those', 'that', 'they', 'we', 'he', 'she', 'our', 'their', 'since', 'after', 'before', 'during', 'while', 'when', 'if', 'also', 'meanwhile',
  'moreover', 'furthermore', 'however', 'besides', 'following', 'through', 'between', 'among', 'among', 'there', 'here', 'all', 'some', 'each',
  'both', 'such', 'many', 'more', 'most', 'several', 'other', 'another', 'over', 'about', 'according', 'i.e.', 'e.g.', 'etc',
  // (Prepositions the tagger may read as adjectives: "checked against field plots".)
  'against', 'despite', 'towards', 'toward', 'via', 'upon',
]);

/** Plural nouns for places of a kind, which a text may list in brackets after them: "three provinces of Laos (A, B and C)". */
/** Where a body sits or works, and the words that say which of its seats: "its registered seat", "its head office", "its laboratories". */
export const SEAT_NOUNS = new Set(['seat', 'headquarters', 'office', 'offices', 'base', 'secretariat', 'laboratory', 'laboratories', 'workshop', 'workshops', 'plant', 'factory', 'facilities']);
export const SEAT_MODIFIERS = new Set(['registered', 'head', 'main', 'legal', 'permanent', 'operational']);

/** Kinds of place a country has, in the singular: "the Cambodian province of X". */
export const PLACE_KINDS = new Set(['province', 'region', 'state', 'prefecture', 'district', 'county', 'city', 'town', 'municipality', 'island']);

export const PLACE_LIST_KINDS: Record<string, string> = {
  provinces: 'REGION', districts: 'REGION', regions: 'REGION', states: 'REGION', prefectures: 'REGION', counties: 'REGION',
  cities: 'CITY', towns: 'CITY', villages: 'CITY', municipalities: 'CITY',
};

/** Words that end the name of a venue, a building where things happen ("Golden Reed Hotel", "Yongjiang Conference Hall"), or the street of its address ("Preah Norodom Boulevard"). */
export const VENUE_NOUNS = new Set(['hotel', 'resort', 'hall', 'stadium', 'arena', 'auditorium', 'theatre', 'theater', 'building', 'boulevard', 'avenue']);

/** Legal-form words that end a company name ("Co., Ltd.", Indonesia's listed "Tbk"). */
export const LEGAL_WORDS = new Set(['co', 'ltd', 'inc', 'llc', 'plc', 'corp', 'gmbh', 'bhd', 'berhad', 'sdn', 'sendirian', 'pte', 'jsc', 'limited', 'tbk']);

/** Legal forms written before a company's name: Indonesia's "PT" (Perseroan Terbatas), "PT Nusantara Nikel Utama". */
export const LEGAL_PREFIXES = new Set(['PT']);

/** Quantity qualifiers as written → the model's QuantityQualifier (EXACT when nothing is written). */
export const QUALIFIERS: [RegExp, string][] = [
  [/\b(?:more than|over|above|upwards of)\s*$/i, 'MORE_THAN'],
  [/\b(?:at least|no fewer than|no less than)\s*$/i, 'AT_LEAST'],
  [/\b(?:nearly|almost|about|around|some|approximately|roughly|close to)\s*$/i, 'ABOUT'],
  [/\b(?:up to|fewer than|less than|under)\s*$/i, 'AT_MOST'],
];

/** "in Southeast Asia", "across the Asia-Pacific": a part of the world is no place within a country, nor a country. */
export const WORLD_REGIONS = /^(?:(?:south|southeast|south-east|east|north|northeast|north-east|central|west|western|eastern|southern|northern)\s+)?(?:asia|europe|africa|america)$|^(?:the\s+)?asia[-\s]pacific$|^(?:the\s+)?middle\s+east$|^oceania$|^latin\s+america$/i;
