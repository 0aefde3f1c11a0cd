import { ObjectType, Field } from 'type-graphql';
import { CountryGroupKind } from '../graph/model';
import { Node } from '../entity/entity.type';
import { ListConnection, RelationConnection } from '../graphql/connection';

@ObjectType({ implements: Node, description: 'A grouping of countries, such as ASEAN.' })
export class CountryGroup extends Node {
  @Field(() => CountryGroupKind)
  kind!: CountryGroupKind;
}

export const CountryGroupConnection = ListConnection(CountryGroup, 'CountryGroup');
export const CountryGroupRelationConnection = RelationConnection(CountryGroup, 'CountryGroup');
