import { Field, Int, ObjectType } from 'type-graphql';
import { NetworkKind } from '../../../engine/model/model';
import { QuantityQualifier } from '../../../engine/model/properties';
import { Node } from '../entity.type';
import { ListConnection, RelationConnection } from '../connection';

@ObjectType({ implements: Node, description: 'A cooperation network with members across countries.' })
export class Network extends Node {
  @Field(() => NetworkKind)
  kind!: NetworkKind;

  @Field(() => Int, { nullable: true, description: 'How many members, as stated (see memberCountQualifier).' })
  memberCount!: number | null;

  @Field(() => QuantityQualifier, { nullable: true, description: 'MORE_THAN when the source says "more than".' })
  memberCountQualifier!: QuantityQualifier | null;

  @Field(() => Int, { nullable: true, description: 'How many countries the network covers.' })
  countryCount!: number | null;
}

export const NetworkConnection = ListConnection(Network, 'Network');
export const NetworkRelationConnection = RelationConnection(Network, 'Network');
