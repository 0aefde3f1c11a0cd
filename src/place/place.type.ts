import { Field, ObjectType } from 'type-graphql';
import { PlaceKind } from '../graph/model';
import { Node } from '../entity/entity.type';
import { ListConnection, RelationConnection } from '../graphql/connection';

@ObjectType({ implements: Node, description: 'A region or city inside a country.' })
export class Place extends Node {
  @Field(() => PlaceKind)
  kind!: PlaceKind;
}

export const PlaceConnection = ListConnection(Place, 'Place');
export const PlaceRelationConnection = RelationConnection(Place, 'Place');
