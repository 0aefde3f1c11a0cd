import { Field, ObjectType } from 'type-graphql';
import { CountryKind } from '../../../engine/model/model';
import { Node } from '../entity.type';
import { ListConnection, RelationConnection } from '../connection';

@ObjectType({ implements: Node, description: 'A country.' })
export class Country extends Node {
  @Field(() => CountryKind)
  kind!: CountryKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' })
  isoCode!: string | null;
}

export const CountryConnection = ListConnection(Country, 'Country');
export const CountryRelationConnection = RelationConnection(Country, 'Country');
