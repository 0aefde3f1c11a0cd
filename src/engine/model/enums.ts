import { registerEnumType } from 'type-graphql';
import {
  AgreementKind,
  CountryGroupKind,
  CountryKind,
  DomainKind,
  EntityType,
  EventKind,
  InitiativeKind,
  InstitutionKind,
  NetworkKind,
  PlaceKind,
  PlatformKind,
  ProjectKind,
  RelationType,
} from './model';
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
registerEnumType(InstitutionKind, { name: 'InstitutionKind' });
registerEnumType(CountryKind, { name: 'CountryKind' });
registerEnumType(CountryGroupKind, { name: 'CountryGroupKind' });
registerEnumType(PlaceKind, { name: 'PlaceKind' });
registerEnumType(ProjectKind, { name: 'ProjectKind' });
registerEnumType(PlatformKind, { name: 'PlatformKind' });
registerEnumType(EventKind, { name: 'EventKind' });
registerEnumType(NetworkKind, { name: 'NetworkKind' });
registerEnumType(AgreementKind, { name: 'AgreementKind' });
registerEnumType(DomainKind, { name: 'DomainKind' });
registerEnumType(InitiativeKind, { name: 'InitiativeKind' });
