import { Direction } from './enums';
import { EntityType, RelationType } from './model';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES } from './properties';

/**
 * A relationship field: which relationship types to follow, which way, to which entity types, and
 * how many hops (2 reaches a country through a region). Every part comes from the model's allow-lists.
 */
export interface RelationSpec {
  types: readonly RelationType[];
  direction: Direction;
  targets: readonly EntityType[];
  maxHops?: 1 | 2;
}

/** Entity properties a query may ask for: the common ones and every type's allow-list. */
export const ENTITY_PROPERTY_NAMES = new Set(['id', 'name', 'kind', 'aliases', 'createdBy', 'createdAt', 'updatedBy', 'updatedAt', ...Object.values(ENTITY_PROPERTIES).flatMap(Object.keys)]);
export const RELATION_PROPERTY_NAMES = new Set(['id', ...Object.keys(RELATION_PROPERTIES)]);

const { Institution, Country, CountryGroup, Place, Project, Platform, Event, Network, Agreement, Domain, Initiative } = EntityType;
const R = RelationType;

const spec = (types: RelationType[], direction: Direction, targets: EntityType[], maxHops: 1 | 2 = 1): RelationSpec => ({
  types,
  direction,
  targets,
  maxHops,
});

/** Networks and agreements answer the same questions: who set them up, and what they cover. */
const cooperation = {
  founders: spec([R.ESTABLISHED, R.SUPPORTS], Direction.IN, [Institution, Platform]),
  covers: spec([R.COVERS], Direction.OUT, [Country, CountryGroup, Initiative]),
};

/**
 * The typed relationship fields of the API, by owner type. Each names the relationship types it
 * follows, so the schema and the Cypher behind it are read in one place.
 */
export const RELATIONS = {
  institution: {
    country: spec([R.LOCATED_IN], Direction.OUT, [Country], 2),
    locations: spec([R.LOCATED_IN], Direction.OUT, [Place, Country]),
    projects: spec([R.PARTICIPATES_IN, R.SUPPORTS], Direction.OUT, [Project]),
    platforms: spec([R.ESTABLISHED, R.SUPPORTS, R.COOPERATES_WITH, R.PART_OF, R.PARTICIPATES_IN], Direction.BOTH, [Platform]),
    partners: spec([R.COOPERATES_WITH, R.GUIDED_BY, R.SUPPORTS], Direction.BOTH, [Institution]),
    domains: spec([R.IN_DOMAIN, R.PROMOTES], Direction.OUT, [Domain]),
    hostedEvents: spec([R.HOSTED], Direction.OUT, [Event]),
    organizedEvents: spec([R.ORGANIZED], Direction.OUT, [Event]),
    attendedEvents: spec([R.ATTENDED], Direction.OUT, [Event]),
    signedAgreements: spec([R.SIGNED], Direction.OUT, [Agreement]),
    networks: spec([R.MEMBER_OF], Direction.OUT, [Network]),
  },
  country: {
    institutions: spec([R.LOCATED_IN], Direction.IN, [Institution], 2),
    places: spec([R.LOCATED_IN], Direction.IN, [Place]),
    groups: spec([R.MEMBER_OF], Direction.OUT, [CountryGroup]),
    platforms: spec([R.LOCATED_IN, R.COVERS], Direction.IN, [Platform], 2),
    agreements: spec([R.COVERS], Direction.IN, [Agreement]),
    networks: spec([R.COVERS], Direction.IN, [Network]),
  },
  countryGroup: {
    members: spec([R.MEMBER_OF], Direction.IN, [Country]),
  },
  place: {
    country: spec([R.LOCATED_IN], Direction.OUT, [Country], 2),
    institutions: spec([R.LOCATED_IN], Direction.IN, [Institution]),
    platforms: spec([R.LOCATED_IN], Direction.IN, [Platform]),
    events: spec([R.HELD_IN], Direction.IN, [Event]),
  },
  project: {
    participants: spec([R.PARTICIPATES_IN], Direction.IN, [Institution]),
    supporters: spec([R.SUPPORTS], Direction.IN, [Institution, Platform]),
    domains: spec([R.IN_DOMAIN], Direction.OUT, [Domain]),
  },
  platform: {
    founders: spec([R.ESTABLISHED, R.SUPPORTS], Direction.IN, [Institution, Platform]),
    partners: spec([R.COOPERATES_WITH, R.PARTICIPATES_IN], Direction.BOTH, [Institution, Platform]),
    parent: spec([R.PART_OF], Direction.OUT, [Platform]),
    parts: spec([R.PART_OF], Direction.IN, [Platform]),
    locations: spec([R.LOCATED_IN, R.COVERS], Direction.OUT, [Place, Country, CountryGroup]),
    launchedAt: spec([R.LAUNCHED_AT], Direction.OUT, [Event]),
    domains: spec([R.IN_DOMAIN, R.PROMOTES], Direction.OUT, [Domain]),
    serves: spec([R.SERVES, R.PROMOTES], Direction.OUT, [Initiative]),
    established: spec([R.ESTABLISHED], Direction.OUT, [Platform, Agreement, Network]),
  },
  event: {
    place: spec([R.HELD_IN], Direction.OUT, [Place, Country]),
    launchedPlatforms: spec([R.LAUNCHED_AT], Direction.IN, [Platform]),
    hosts: spec([R.HOSTED], Direction.IN, [Institution, Country, Place, Platform]),
    organizers: spec([R.ORGANIZED], Direction.IN, [Institution, Platform, Network]),
    attendees: spec([R.ATTENDED], Direction.IN, [Institution, Country, CountryGroup]),
  },
  network: {
    ...cooperation,
    members: spec([R.MEMBER_OF], Direction.IN, [Institution, Platform]),
  },
  agreement: {
    ...cooperation,
    signatories: spec([R.SIGNED], Direction.IN, [Institution, Country, CountryGroup, Platform, Network]),
  },
  domain: {
    projects: spec([R.IN_DOMAIN], Direction.IN, [Project]),
    platforms: spec([R.IN_DOMAIN, R.PROMOTES], Direction.IN, [Platform]),
    promoters: spec([R.IN_DOMAIN, R.PROMOTES], Direction.IN, [Institution, Initiative]),
  },
  initiative: {
    actors: spec([R.IMPLEMENTS, R.SERVES, R.PROMOTES, R.SUPPORTS], Direction.IN, [Institution, Platform, Network]),
    domains: spec([R.IN_DOMAIN], Direction.OUT, [Domain]),
  },
} as const;

/** The relationship fields of each entity type, by field name: what the selection compiler follows. */
export const RELATION_FIELDS: Record<EntityType, Readonly<Record<string, RelationSpec>>> = {
  [Institution]: RELATIONS.institution,
  [Country]: RELATIONS.country,
  [CountryGroup]: RELATIONS.countryGroup,
  [Place]: RELATIONS.place,
  [Project]: RELATIONS.project,
  [Platform]: RELATIONS.platform,
  [Event]: RELATIONS.event,
  [Network]: RELATIONS.network,
  [Agreement]: RELATIONS.agreement,
  [Domain]: RELATIONS.domain,
  [Initiative]: RELATIONS.initiative,
};
