import { EntityType } from './model';

/** How a stored property is typed; the seed validator and the importer check values against it. */
export type PropertyKind = 'boolean' | 'int' | 'date' | 'string' | 'strings' | 'qualifier';

export enum QuantityQualifier {
  EXACT = 'EXACT',
  MORE_THAN = 'MORE_THAN',
}

/** Properties every entity type may carry: a node that stands for a group of unnamed things. */
const GROUP_PROPERTIES = { collective: 'boolean', count: 'int', countQualifier: 'qualifier' } as const;

/** A property of one entity type: how it is typed and what the API says it means. */
export interface PropertySpec {
  kind: PropertyKind;
  description?: string;
}

const property = (kind: PropertyKind, description?: string): PropertySpec => ({ kind, description });

/** Each entity type's own properties (beyond the common ones), as the API shows them. */
export const TYPED_PROPERTIES: Record<EntityType, Readonly<Record<string, PropertySpec>>> = {
  [EntityType.Institution]: {},
  [EntityType.Country]: { isoCode: property('string', 'ISO 3166-1 alpha-2 code.') },
  [EntityType.CountryGroup]: {},
  [EntityType.Place]: {},
  [EntityType.Project]: { outcomes: property('strings', "What the project achieved, in the source's words.") },
  [EntityType.Platform]: { countryCount: property('int', 'In how many countries the platform (or group of platforms) is.') },
  [EntityType.Event]: {
    edition: property('int', 'Which edition of a recurring event (9 for "the 9th Forum").'),
    startDate: property('date'),
    endDate: property('date'),
  },
  [EntityType.Network]: {
    memberCount: property('int', 'How many members, as stated (see memberCountQualifier).'),
    memberCountQualifier: property('qualifier', 'MORE_THAN when the source says "more than".'),
    countryCount: property('int', 'How many countries the network covers.'),
  },
  [EntityType.Agreement]: { countryCount: property('int', 'With how many countries.') },
  [EntityType.Domain]: {},
  [EntityType.Initiative]: {},
};

/** The allow-list of entity properties beyond id, name, kind, aliases and evidence. */
export const ENTITY_PROPERTIES = Object.fromEntries(
  Object.entries(TYPED_PROPERTIES).map(([type, properties]) => [
    type,
    { ...GROUP_PROPERTIES, ...Object.fromEntries(Object.entries(properties).map(([name, spec]) => [name, spec.kind])) } as Record<string, PropertyKind>,
  ]),
) as Record<EntityType, Record<string, PropertyKind>>;

/** The allow-list of relationship properties beyond evidence. */
export const RELATION_PROPERTIES: Record<string, PropertyKind> = {
  role: 'string',
  activity: 'string',
  countryCount: 'int',
  scope: 'string',
};

/** Why `value` does not fit `kind`, or undefined when it does. */
export function propertyProblem(kind: PropertyKind, value: unknown): string | undefined {
  switch (kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'int':
      return Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : 'must be a non-negative integer';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : 'must be a date written YYYY-MM-DD';
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? undefined : 'must be a non-empty string';
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
        ? undefined
        : 'must be a list of non-empty strings';
    case 'qualifier':
      return Object.values(QuantityQualifier).includes(value as QuantityQualifier)
        ? undefined
        : `must be one of ${Object.values(QuantityQualifier).join(', ')}`;
  }
}
