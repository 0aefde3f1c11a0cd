import { Field, ObjectType } from 'type-graphql';
import { DomainKind } from '../../../engine/model/model';
import { Node } from '../entity.type';
import { ListConnection, RelationConnection } from '../connection';

@ObjectType({ implements: Node, description: 'A technology domain, such as new energy or big data.' })
export class Domain extends Node {
  @Field(() => DomainKind)
  kind!: DomainKind;
}

export const DomainConnection = ListConnection(Domain, 'Domain');
export const DomainRelationConnection = RelationConnection(Domain, 'Domain');
