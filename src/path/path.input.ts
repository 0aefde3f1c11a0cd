import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ENTITY_TYPES, EntityType, RELATION_TYPES, RelationType } from '../graph/model';
import { ID_PATTERN } from '../seed/seed.document';

export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 10;
const ID_MESSAGE = '$property must be an entity id (a lowercase kebab-case slug)';

@ArgsType()
export class PathArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  from!: string;

  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  to!: string;

  @Field(() => Int, { defaultValue: 4, description: `Longest path to consider, 1 to ${MAX_PATH_HOPS} relationships.` })
  @Min(1)
  @Max(MAX_PATH_HOPS)
  maxHops: number = 4;

  @Field(() => Int, { defaultValue: 3, description: `How many paths, shortest first, 1 to ${MAX_PATHS}.` })
  @Min(1)
  @Max(MAX_PATHS)
  first: number = 3;

  @Field(() => [RelationType], { nullable: true, description: 'Only walk these relationship types (default: all).' })
  @IsOptional()
  @IsIn(RELATION_TYPES as string[], { each: true })
  relationTypes?: RelationType[];

  @Field(() => [EntityType], { nullable: true, description: 'Only pass through entities of these types (the two ends may be any type).' })
  @IsOptional()
  @IsIn(ENTITY_TYPES as string[], { each: true })
  nodeTypes?: EntityType[];

  @Field(() => [ID], { nullable: true, description: 'Never pass through these entities.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  avoid?: string[];

  @Field({ defaultValue: false, description: 'Follow relationships only in their own direction.' })
  @IsBoolean()
  directed: boolean = false;
}
