import { Field, ObjectType } from 'type-graphql';
import { InitiativeKind } from '../../../engine/model/model';
import { Node } from '../entity.type';
import { ListConnection, RelationConnection } from '../connection';

@ObjectType({ implements: Node, description: 'An initiative, action plan, strategy or policy.' })
export class Initiative extends Node {
  @Field(() => InitiativeKind)
  kind!: InitiativeKind;
}

export const InitiativeConnection = ListConnection(Initiative, 'Initiative');
export const InitiativeRelationConnection = RelationConnection(Initiative, 'Initiative');
