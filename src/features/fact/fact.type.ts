import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { RelationType } from '../../engine/model/model';
import { ListConnection } from '../entity/connection';
import { Evidence, Node, RelationshipProperties } from '../entity/entity.type';
import { SOURCE_COUNT_DESCRIPTION } from '../entity/stated.resolver';

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'A relationship with both its ends, the quotes that state it, and when it was stated.' })
export class Fact extends RelationshipProperties {
  @Field(() => ID, { description: 'The relationship id (`from:TYPE:to`).' })
  id!: string;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => Node, { description: 'The subject: where the relationship starts.' })
  from!: Node;

  @Field(() => Node, { description: 'The object: where the relationship points.' })
  to!: Node;

  @Field(() => [Evidence], { description: 'The quotes stating it, with their sources.' })
  evidence!: Evidence[];

  @Field(() => GraphQLLocalDate, { description: 'The earliest publication date of its sources.' })
  firstStated!: string;

  @Field(() => GraphQLLocalDate, { description: 'The latest publication date of its sources.' })
  lastStated!: string;

  @Field(() => Int, { description: SOURCE_COUNT_DESCRIPTION })
  sourceCount!: number;
}

export const FactConnection = ListConnection(Fact, 'Fact', 'A page of facts, newest first.');
