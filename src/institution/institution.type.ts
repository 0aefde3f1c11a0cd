import { Field, ObjectType } from 'type-graphql';
import { InstitutionKind } from '../graph/model';
import { Node } from '../entity/entity.type';
import { ListConnection, RelationConnection } from '../graphql/connection';

@ObjectType({ implements: Node, description: 'A university, academy, government body, company or research institute.' })
export class Institution extends Node {
  @Field(() => InstitutionKind)
  kind!: InstitutionKind;
}

export const InstitutionConnection = ListConnection(Institution, 'Institution');
export const InstitutionRelationConnection = RelationConnection(Institution, 'Institution');
