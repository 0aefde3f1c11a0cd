import { ObjectType, Field } from 'type-graphql';
import { CountryGroupKind } from '../../../engine/model/model';
import { Node } from '../entity.type';
import { ListConnection, RelationConnection } from '../connection';

@ObjectType({ implements: Node, description: 'A grouping of countries, such as ASEAN.' })
export class CountryGroup extends Node {
  @Field(() => CountryGroupKind)
  kind!: CountryGroupKind;
}

export const CountryGroupConnection = ListConnection(CountryGroup, 'CountryGroup');
export const CountryGroupRelationConnection = RelationConnection(CountryGroup, 'CountryGroup');
