import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { EventKind } from '../../../engine/model/model';
import { Node } from '../entity.type';
import { ListConnection, RelationConnection } from '../connection';

@ObjectType({ implements: Node, description: 'A forum, conference, exhibition, workshop or other dated event.' })
export class Event extends Node {
  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => Int, { nullable: true, description: 'Which edition of a recurring event (9 for "the 9th Forum").' })
  edition!: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  startDate!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endDate!: string | null;
}

export const EventConnection = ListConnection(Event, 'Event');
export const EventRelationConnection = RelationConnection(Event, 'Event');
