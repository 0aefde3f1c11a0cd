/**
 * The graph model's allow-lists. Every label, kind and relationship type that reaches Cypher
 * comes from here, so user input can only ever select among these names, never write one.
 */

/** Entity types; each is a Neo4j label carried beside the common `Entity` label. */
export enum EntityType {
  Institution = 'Institution',
  Country = 'Country',
  CountryGroup = 'CountryGroup',
  Place = 'Place',
  Project = 'Project',
  Platform = 'Platform',
  Event = 'Event',
  Network = 'Network',
  Agreement = 'Agreement',
  Domain = 'Domain',
  Initiative = 'Initiative',
}

export const ENTITY_TYPES: readonly EntityType[] = Object.values(EntityType);

/** The label every entity carries: the uniqueness constraint and the full-text index hang on it. */
export const ENTITY_LABEL = 'Entity';

/** The label of what two sources state differently, recorded by the import for curators (`conflicts`). */
export const CONFLICT_LABEL = 'Conflict';

export enum InstitutionKind {
  UNIVERSITY = 'UNIVERSITY',
  ACADEMY = 'ACADEMY',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  COMPANY = 'COMPANY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  /** An unnamed group the text treats as one party, e.g. "the telecommunication enterprises in the Philippines". */
  ENTERPRISE_GROUP = 'ENTERPRISE_GROUP',
  /** A foundation, trust or charity that funds or carries out work. */
  FOUNDATION = 'FOUNDATION',
}

export enum CountryKind {
  COUNTRY = 'COUNTRY',
}

export enum CountryGroupKind {
  REGIONAL_ORGANIZATION = 'REGIONAL_ORGANIZATION',
}

export enum PlaceKind {
  REGION = 'REGION',
  CITY = 'CITY',
}

export enum ProjectKind {
  RESEARCH_PROJECT = 'RESEARCH_PROJECT',
  COOPERATION_PROJECT = 'COOPERATION_PROJECT',
}

export enum PlatformKind {
  TECHNOLOGY_TRANSFER_CENTER = 'TECHNOLOGY_TRANSFER_CENTER',
  INNOVATION_CENTER = 'INNOVATION_CENTER',
  RESEARCH_CENTER = 'RESEARCH_CENTER',
  JOINT_LABORATORY = 'JOINT_LABORATORY',
  TRADING_PLATFORM = 'TRADING_PLATFORM',
  TALENT_PLATFORM = 'TALENT_PLATFORM',
  SCIENCE_PARK = 'SCIENCE_PARK',
}

export enum EventKind {
  FORUM = 'FORUM',
  CONFERENCE = 'CONFERENCE',
  EXHIBITION = 'EXHIBITION',
  WORKSHOP = 'WORKSHOP',
}

export enum NetworkKind {
  COOPERATION_NETWORK = 'COOPERATION_NETWORK',
}

export enum AgreementKind {
  BILATERAL_MECHANISM = 'BILATERAL_MECHANISM',
  WORKING_GROUP = 'WORKING_GROUP',
  MEMORANDUM_OF_UNDERSTANDING = 'MEMORANDUM_OF_UNDERSTANDING',
  COOPERATION_AGREEMENT = 'COOPERATION_AGREEMENT',
}

export enum DomainKind {
  TECHNOLOGY_DOMAIN = 'TECHNOLOGY_DOMAIN',
}

export enum InitiativeKind {
  INITIATIVE = 'INITIATIVE',
  ACTION_PLAN = 'ACTION_PLAN',
  STRATEGY = 'STRATEGY',
  POLICY = 'POLICY',
}

/** The kinds each entity type allows. */
export const KINDS_BY_TYPE: Record<EntityType, Record<string, string>> = {
  [EntityType.Institution]: InstitutionKind,
  [EntityType.Country]: CountryKind,
  [EntityType.CountryGroup]: CountryGroupKind,
  [EntityType.Place]: PlaceKind,
  [EntityType.Project]: ProjectKind,
  [EntityType.Platform]: PlatformKind,
  [EntityType.Event]: EventKind,
  [EntityType.Network]: NetworkKind,
  [EntityType.Agreement]: AgreementKind,
  [EntityType.Domain]: DomainKind,
  [EntityType.Initiative]: InitiativeKind,
};

/** How the API shows each entity type: what it is, and the root field listing it. */
export const ENTITY_TYPE_API: Record<EntityType, { description: string; listField: string }> = {
  [EntityType.Institution]: { listField: 'institutions', description: 'A university, academy, government body, company or research institute.' },
  [EntityType.Country]: { listField: 'countries', description: 'A country.' },
  [EntityType.CountryGroup]: { listField: 'countryGroups', description: 'A grouping of countries, such as ASEAN.' },
  [EntityType.Place]: { listField: 'places', description: 'A region or city inside a country.' },
  [EntityType.Project]: { listField: 'projects', description: 'A joint research or cooperation project.' },
  [EntityType.Platform]: { listField: 'platforms', description: 'A joint lab, innovation or transfer centre, trading or talent platform, or science park.' },
  [EntityType.Event]: { listField: 'events', description: 'A forum, conference, exhibition, workshop or other dated event.' },
  [EntityType.Network]: { listField: 'networks', description: 'A cooperation network with members across countries.' },
  [EntityType.Agreement]: {
    listField: 'agreements',
    description: 'A cooperation mechanism, working group, memorandum of understanding or cooperation agreement between governments or bodies.',
  },
  [EntityType.Domain]: { listField: 'domains', description: 'A technology domain, such as new energy or big data.' },
  [EntityType.Initiative]: { listField: 'initiatives', description: 'An initiative, action plan, strategy or policy.' },
};

/** Relationship types, all directed as written in `from` → `to`. */
export enum RelationType {
  /** Where an institution, platform or place is (institution → place or country; place → country). */
  LOCATED_IN = 'LOCATED_IN',
  /** Country → country group (ASEAN); institution or platform → the network it is a member of. */
  MEMBER_OF = 'MEMBER_OF',
  /** Something that belongs to a larger whole: a centre to its parent centre, a study to its programme, a mechanism to a policy. */
  PART_OF = 'PART_OF',
  /** Event → place where it took place. */
  HELD_IN = 'HELD_IN',
  /** Platform → event at which it was launched. */
  LAUNCHED_AT = 'LAUNCHED_AT',
  /** Institution → institution whose guidance it works under. */
  GUIDED_BY = 'GUIDED_BY',
  /** Institution → initiative (an action plan) it implements. */
  IMPLEMENTS = 'IMPLEMENTS',
  /** An actor that helped, built up or backed something (property `activity` says how). */
  SUPPORTS = 'SUPPORTS',
  /** An actor that established (set up, founded) a platform, agreement or network. */
  ESTABLISHED = 'ESTABLISHED',
  /** Two parties that cooperate or connect with each other. */
  COOPERATES_WITH = 'COOPERATES_WITH',
  /** Institution → project it carries out or platform it is a partner in (property `role`). */
  PARTICIPATES_IN = 'PARTICIPATES_IN',
  /** Network, agreement or platform → the countries, groups or initiatives it covers or involves. */
  COVERS = 'COVERS',
  /** Project, platform, institution or initiative → technology domain it works in. */
  IN_DOMAIN = 'IN_DOMAIN',
  /** Platform → strategy or initiative it serves. */
  SERVES = 'SERVES',
  /** Actor → domain, initiative or policy it promotes or drives. */
  PROMOTES = 'PROMOTES',
  /** Host → event: the institution, country, place or platform that hosted it. */
  HOSTED = 'HOSTED',
  /** Organiser → event: the institution, platform or network that organised it. */
  ORGANIZED = 'ORGANIZED',
  /** Signatory → agreement: a party that signed a memorandum, agreement or declaration. */
  SIGNED = 'SIGNED',
  /** Participant → event: an institution, country or group that attended it, spoke at it or sent a delegation. */
  ATTENDED = 'ATTENDED',
}

export const RELATION_TYPES: readonly RelationType[] = Object.values(RelationType);

/**
 * Relationship types that mean the same either way round ("A cooperates with B" is "B cooperates
 * with A"): a source stating one in the other direction corroborates the stored relationship.
 */
/**
 * Relationship types that lead to one entity of each type and kind: an event is held in one city.
 * A source naming another is a conflict for curators, not a second relationship.
 */
export const SINGLE_TARGET_RELATION_TYPES: ReadonlySet<RelationType> = new Set([RelationType.HELD_IN]);

export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set([RelationType.COOPERATES_WITH]);

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}
