import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../entity/entity.type';

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'One full-text match, best first.' })
export class SearchHit {
  @Field(() => Node)
  node!: Node;

  @Field(() => Float, { description: 'Lucene relevance; comparable within one search only.' })
  score!: number;
}
