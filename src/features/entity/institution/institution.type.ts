import { Field, ObjectType } from 'type-graphql';
import { InstitutionKind } from '../../../engine/model/model';
import { Node } from '../entity.type';
import { ListConnection, RelationConnection } from '../connection';

@ObjectType({ implements: Node, description: 'A university, academy, government body, company or research institute.' })
export class Institution extends Node {
  @Field(() => InstitutionKind)
  kind!: InstitutionKind;
}

export const InstitutionConnection = ListConnection(Institution, 'Institution');
export const InstitutionRelationConnection = RelationConnection(Institution, 'Institution');
