import { Field, ObjectType } from 'type-graphql';
import { PlaceKind } from '../../../engine/model/model';
import { Node } from '../entity.type';
import { ListConnection, RelationConnection } from '../connection';

@ObjectType({ implements: Node, description: 'A region or city inside a country.' })
export class Place extends Node {
  @Field(() => PlaceKind)
  kind!: PlaceKind;
}

export const PlaceConnection = ListConnection(Place, 'Place');
export const PlaceRelationConnection = RelationConnection(Place, 'Place');
