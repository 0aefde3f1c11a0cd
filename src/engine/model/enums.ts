import { registerEnumType } from 'type-graphql';
import { EntityType, KINDS_BY_TYPE, RelationType } from './model';
import { QuantityQualifier } from './properties';

/** Which way a relationship points, seen from the entity that asks. */
export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(EntityType, { name: 'EntityType', description: 'The kinds of entity the graph holds.' });
registerEnumType(RelationType, { name: 'RelationType', description: 'Relationship types; each points from its subject to its object.' });
registerEnumType(Direction, { name: 'Direction' });
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(QuantityQualifier, { name: 'QuantityQualifier', description: 'How a stated number is meant: exactly, or as a lower bound ("more than").' });
for (const [type, kinds] of Object.entries(KINDS_BY_TYPE)) registerEnumType(kinds, { name: `${type}Kind` });
