import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Direction } from '../../engine/model/enums';
import { RelationType } from '../../engine/model/model';
import { Evidence, Node, RelationshipProperties } from '../entity/entity.type';
import { FIRST_STATED_DESCRIPTION, LAST_STATED_DESCRIPTION, SOURCE_COUNT_DESCRIPTION } from '../entity/stated.resolver';

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'One relationship on a path, walked from `from` to `to`.' })
export class PathStep extends RelationshipProperties {
  @Field(() => Node)
  from!: Node;

  @Field(() => Node)
  to!: Node;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => Direction, { description: 'OUT when the relationship points from `from` to `to`; IN when the path walks it backwards.' })
  direction!: Direction;

  @Field(() => [Evidence])
  evidence!: Evidence[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: FIRST_STATED_DESCRIPTION })
  firstStated!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: LAST_STATED_DESCRIPTION })
  lastStated!: string | null;

  @Field(() => Int, { description: SOURCE_COUNT_DESCRIPTION })
  sourceCount!: number;

  @Field({ description: 'The step in one plain sentence, with the quote that states it.' })
  explanation!: string;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'A chain of relationships between two entities.' })
export class CollaborationPath {
  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [Node], { description: 'The entities in order, both ends included.' })
  nodes!: Node[];

  @Field(() => [PathStep])
  steps!: PathStep[];
}
