import { Field, Int, ObjectType } from 'type-graphql';
import { AgreementKind } from '../../../engine/model/model';
import { Node } from '../entity.type';
import { ListConnection, RelationConnection } from '../connection';

@ObjectType({ implements: Node, description: 'A cooperation mechanism, working group, memorandum of understanding or cooperation agreement between governments or bodies.' })
export class Agreement extends Node {
  @Field(() => AgreementKind)
  kind!: AgreementKind;

  @Field(() => Int, { nullable: true, description: 'With how many countries.' })
  countryCount!: number | null;
}

export const AgreementConnection = ListConnection(Agreement, 'Agreement');
export const AgreementRelationConnection = RelationConnection(Agreement, 'Agreement');
