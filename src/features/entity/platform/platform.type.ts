import { Field, Int, ObjectType } from 'type-graphql';
import { PlatformKind } from '../../../engine/model/model';
import { Node } from '../entity.type';
import { ListConnection, RelationConnection } from '../connection';

@ObjectType({ implements: Node, description: 'A joint lab, innovation or transfer centre, trading or talent platform, or science park.' })
export class Platform extends Node {
  @Field(() => PlatformKind)
  kind!: PlatformKind;

  @Field(() => Int, { nullable: true, description: 'In how many countries the platform (or group of platforms) is.' })
  countryCount!: number | null;
}

export const PlatformConnection = ListConnection(Platform, 'Platform');
export const PlatformRelationConnection = RelationConnection(Platform, 'Platform');
