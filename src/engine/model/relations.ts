import { Direction } from './enums';
import { EntityType, RelationType } from './model';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES } from './properties';

/**
 * A relationship field: which relationship types to follow, which way, to which entity types, and
 * how many hops (2 reaches a country through a region). Every part comes from the model's allow-lists.
 * The API field's type follows from `targets`: the one entity type it names, else any `Node`; a
 * `single` field is the first related entity, the others a page of relationships (a connection).
 */
export interface RelationSpec {
  types: readonly RelationType[];
  direction: Direction;
  targets: readonly EntityType[];
  maxHops?: 1 | 2;
  single?: boolean;
  description?: string;
}

/** Entity properties a query may ask for: the common ones and every type's allow-list. */
export const ENTITY_PROPERTY_NAMES = new Set(['id', 'name', 'kind', 'aliases', 'createdBy', 'createdAt', 'updatedBy', 'updatedAt', ...Object.values(ENTITY_PROPERTIES).flatMap(Object.keys)]);
export const RELATION_PROPERTY_NAMES = new Set(['id', ...Object.keys(RELATION_PROPERTIES)]);

const { Institution, Country, CountryGroup, Place, Project, Platform, Event, Network, Agreement, Domain, Initiative } = EntityType;
const R = RelationType;
const { OUT, IN, BOTH } = Direction;

/** A page of the relationships of `types` (followed `direction`) to entities of `targets`. */
const many = (targets: EntityType[], direction: Direction, types: RelationType[], description?: string, maxHops: 1 | 2 = 1): RelationSpec => ({
  types,
  direction,
  targets,
  maxHops,
  description,
});

/** The first entity of `targets` so related: a value, not a page. */
const one = (targets: EntityType[], direction: Direction, types: RelationType[], description?: string, maxHops: 1 | 2 = 1): RelationSpec => ({
  ...many(targets, direction, types, description, maxHops),
  single: true,
});

/** Networks and agreements answer the same questions: who set them up, and what they cover. */
const cooperation = {
  founders: many([Institution, Platform], IN, [R.ESTABLISHED, R.SUPPORTS], 'Who established or helped establish it.'),
  covers: many([Country, CountryGroup, Initiative], OUT, [R.COVERS], 'Countries, groupings and initiatives it covers (edge countryCount, scope).'),
};

/**
 * The typed relationship fields of the API, by owner type: one line each. The schema's fields, their
 * types and descriptions, and the Cypher behind them are all generated from here.
 */
export const RELATION_FIELDS: Record<EntityType, Readonly<Record<string, RelationSpec>>> = {
  [Institution]: {
    country: one([Country], OUT, [R.LOCATED_IN], 'The country it is in, directly or through its region.', 2),
    locations: many([Place, Country], OUT, [R.LOCATED_IN], 'Where it is (a region or a country), with the evidence.'),
    projects: many([Project], OUT, [R.PARTICIPATES_IN, R.SUPPORTS], 'Projects it takes part in or supports.'),
    platforms: many([Platform], BOTH, [R.ESTABLISHED, R.SUPPORTS, R.COOPERATES_WITH, R.PART_OF, R.PARTICIPATES_IN], 'Platforms it established, supports, belongs to, works with or is a partner in.'),
    partners: many([Institution], BOTH, [R.COOPERATES_WITH, R.GUIDED_BY, R.SUPPORTS], 'Institutions it cooperates with, guides, is guided by or supports.'),
    domains: many([Domain], OUT, [R.IN_DOMAIN, R.PROMOTES], 'Technology domains it works in or promotes.'),
    hostedEvents: many([Event], OUT, [R.HOSTED], 'Events it hosted.'),
    organizedEvents: many([Event], OUT, [R.ORGANIZED], 'Events it organised.'),
    attendedEvents: many([Event], OUT, [R.ATTENDED], 'Events it attended, spoke at or sent a delegation to.'),
    signedAgreements: many([Agreement], OUT, [R.SIGNED], 'Memoranda, agreements and declarations it signed.'),
    networks: many([Network], OUT, [R.MEMBER_OF], 'Networks it is a member of.'),
  },
  [Country]: {
    institutions: many([Institution], IN, [R.LOCATED_IN], 'Institutions in the country, directly or through a region (hops = 2).', 2),
    places: many([Place], IN, [R.LOCATED_IN], 'Regions and cities in the country.'),
    groups: many([CountryGroup], OUT, [R.MEMBER_OF], 'Groupings it is a member of, such as ASEAN.'),
    platforms: many([Platform], IN, [R.LOCATED_IN, R.COVERS], 'Platforms located in or covering the country.', 2),
    agreements: many([Agreement], IN, [R.COVERS], 'Cooperation mechanisms and working groups that cover it.'),
    networks: many([Network], IN, [R.COVERS], 'Cooperation networks that cover it.'),
    attendedEvents: many([Event], OUT, [R.ATTENDED], 'Events it attended or sent a delegation to.'),
  },
  [CountryGroup]: {
    members: many([Country], IN, [R.MEMBER_OF], 'Member countries the sources name.'),
  },
  [Place]: {
    country: one([Country], OUT, [R.LOCATED_IN], undefined, 2),
    institutions: many([Institution], IN, [R.LOCATED_IN]),
    platforms: many([Platform], IN, [R.LOCATED_IN]),
    events: many([Event], IN, [R.HELD_IN], 'Events held here.'),
  },
  [Project]: {
    participants: many([Institution], IN, [R.PARTICIPATES_IN], 'Institutions carrying out the project (edge role and evidence).'),
    supporters: many([Institution, Platform], IN, [R.SUPPORTS], 'Bodies that helped or backed the project.'),
    domains: many([Domain], OUT, [R.IN_DOMAIN], 'Technology domains the project covers.'),
  },
  [Platform]: {
    founders: many([Institution, Platform], IN, [R.ESTABLISHED, R.SUPPORTS], 'Who established or built it up (institutions or other platforms).'),
    partners: many([Institution, Platform], BOTH, [R.COOPERATES_WITH, R.PARTICIPATES_IN], 'Institutions and platforms it cooperates with, and the institutions that are partners in it (edge type PARTICIPATES_IN, with their role).'),
    parent: many([Platform], OUT, [R.PART_OF], 'The platform it belongs to.'),
    parts: many([Platform], IN, [R.PART_OF], 'Platforms that belong to it.'),
    locations: many([Place, Country, CountryGroup], OUT, [R.LOCATED_IN, R.COVERS], 'Where it is, or which countries it covers.'),
    launchedAt: many([Event], OUT, [R.LAUNCHED_AT], 'The event at which it was launched.'),
    domains: many([Domain], OUT, [R.IN_DOMAIN, R.PROMOTES], 'Technology domains it works in or promotes.'),
    serves: many([Initiative], OUT, [R.SERVES, R.PROMOTES], 'Strategies and initiatives it serves or promotes.'),
    established: many([Platform, Agreement, Network], OUT, [R.ESTABLISHED], 'Platforms, agreements and networks it established.'),
    networks: many([Network], OUT, [R.MEMBER_OF], 'Networks it is a member of.'),
  },
  [Event]: {
    place: one([Place, Country], OUT, [R.HELD_IN], 'Where it was held (a city or a country).'),
    launchedPlatforms: many([Platform], IN, [R.LAUNCHED_AT], 'Platforms launched at the event.'),
    hosts: many([Institution, Country, Place, Platform], IN, [R.HOSTED], 'Who hosted it: institutions, countries, places or platforms.'),
    organizers: many([Institution, Platform, Network], IN, [R.ORGANIZED], 'Who organised it: institutions, platforms or networks.'),
    attendees: many([Institution, Country, CountryGroup], IN, [R.ATTENDED], 'Who attended it, spoke at it or sent a delegation: institutions, countries or country groups.'),
  },
  [Network]: {
    ...cooperation,
    members: many([Institution, Platform], IN, [R.MEMBER_OF], 'Its members: institutions and platforms.'),
  },
  [Agreement]: {
    ...cooperation,
    signatories: many([Institution, Country, CountryGroup, Platform, Network], IN, [R.SIGNED], 'The parties that signed it: institutions, countries, country groups, platforms or networks.'),
  },
  [Domain]: {
    projects: many([Project], IN, [R.IN_DOMAIN], 'Projects in this domain.'),
    platforms: many([Platform], IN, [R.IN_DOMAIN, R.PROMOTES], 'Platforms working in or promoting this domain.'),
    promoters: many([Institution, Initiative], IN, [R.IN_DOMAIN, R.PROMOTES], 'Institutions and initiatives working in or promoting this domain.'),
  },
  [Initiative]: {
    actors: many([Institution, Platform, Network], IN, [R.IMPLEMENTS, R.SERVES, R.PROMOTES, R.SUPPORTS], 'Who implements, serves, supports or promotes it.'),
    domains: many([Domain], OUT, [R.IN_DOMAIN]),
  },
};
