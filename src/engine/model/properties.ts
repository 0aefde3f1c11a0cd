import { EntityType } from './model';

/** How a stored property is typed; the seed validator and the importer check values against it. */
export type PropertyKind = 'boolean' | 'int' | 'date' | 'string' | 'strings' | 'qualifier';

export enum QuantityQualifier {
  EXACT = 'EXACT',
  MORE_THAN = 'MORE_THAN',
}

/** Properties every entity type may carry: a node that stands for a group of unnamed things. */
const GROUP_PROPERTIES = { collective: 'boolean', count: 'int', countQualifier: 'qualifier' } as const;

/** The allow-list of entity properties beyond id, name, kind, aliases and evidence. */
export const ENTITY_PROPERTIES: Record<EntityType, Record<string, PropertyKind>> = {
  [EntityType.Institution]: { ...GROUP_PROPERTIES },
  [EntityType.Country]: { ...GROUP_PROPERTIES, isoCode: 'string' },
  [EntityType.CountryGroup]: { ...GROUP_PROPERTIES },
  [EntityType.Place]: { ...GROUP_PROPERTIES },
  [EntityType.Project]: { ...GROUP_PROPERTIES, outcomes: 'strings' },
  [EntityType.Platform]: { ...GROUP_PROPERTIES, countryCount: 'int' },
  [EntityType.Event]: { ...GROUP_PROPERTIES, edition: 'int', startDate: 'date', endDate: 'date' },
  [EntityType.Network]: { ...GROUP_PROPERTIES, memberCount: 'int', memberCountQualifier: 'qualifier', countryCount: 'int' },
  [EntityType.Agreement]: { ...GROUP_PROPERTIES, countryCount: 'int' },
  [EntityType.Domain]: { ...GROUP_PROPERTIES },
  [EntityType.Initiative]: { ...GROUP_PROPERTIES },
};

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
