import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ENTITY_MAX_AGE } from '../../platform/graphql/cache-control';
import { EntityType, RelationType } from '../../engine/model/model';
import { Evidence } from '../entity/entity.type';
import { SOURCE_COUNT_DESCRIPTION } from '../entity/stated.resolver';

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'A node as graph libraries (Cytoscape, sigma.js, vis) take it.' })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The display label: the entity\'s name.' })
  label!: string;

  @Field(() => EntityType)
  type!: EntityType;

  @Field()
  kind!: string;

  @Field(() => Int, { description: 'Hops from the centre (0 for the centre).' })
  distance!: number;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'An edge as graph libraries take it: source and target are node ids.' })
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => [Evidence])
  evidence!: Evidence[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the relationship was first stated: the earliest publication date of its sources.' })
  firstStated!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the relationship was last stated: the latest publication date of its sources.' })
  lastStated!: string | null;

  @Field(() => Int, { description: SOURCE_COUNT_DESCRIPTION })
  sourceCount!: number;
}

@Directive(`@cacheControl(maxAge: ${ENTITY_MAX_AGE})`)
@ObjectType({ description: 'A subgraph around one entity.' })
export class Neighbourhood {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Every relationship among the returned nodes.' })
  edges!: GraphEdge[];

  @Field({ description: 'True when more entities lie within the depth than the limit allowed.' })
  truncated!: boolean;
}
