import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Evidence, Node, RelationshipProperties } from '../entity/entity.type';
import { RelationType } from '../../engine/model/model';

@ObjectType({ description: 'A directed relationship as an editor wrote (or removed) it.' })
export class Link extends RelationshipProperties {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  @Field(() => [Evidence])
  evidence!: Evidence[];

  @Field({ description: 'True when this call created the relationship (rather than adding to an existing one).' })
  created!: boolean;

  @Field(() => String, { nullable: true })
  createdBy!: string | null;

  @Field(() => String, { nullable: true })
  createdAt!: string | null;

  @Field(() => String, { nullable: true })
  updatedBy!: string | null;

  @Field(() => String, { nullable: true })
  updatedAt!: string | null;
}

@ObjectType({ description: 'What a merge of duplicates did.' })
export class MergeResult {
  @Field(() => Node, { description: 'The kept entity, now with every alias and every piece of evidence of the duplicates.' })
  kept!: Node;

  @Field(() => [ID], { description: 'The duplicates, now removed.' })
  removedIds!: string[];

  @Field(() => Int, { description: "Relationships of the duplicates now attached to the kept entity (merged with any it already had)." })
  movedRelationships!: number;
}
