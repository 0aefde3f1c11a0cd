import { Field, ObjectType } from 'type-graphql';
import { InitiativeKind } from '../graph/model';
import { Node } from '../entity/entity.type';
import { ListConnection, RelationConnection } from '../graphql/connection';

@ObjectType({ implements: Node, description: 'An initiative, action plan, strategy or policy.' })
export class Initiative extends Node {
  @Field(() => InitiativeKind)
  kind!: InitiativeKind;
}

export const InitiativeConnection = ListConnection(Initiative, 'Initiative');
export const InitiativeRelationConnection = RelationConnection(Initiative, 'Initiative');
