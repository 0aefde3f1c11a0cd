import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsEntityId } from '../../engine/model/entity-id';
import { ENTITY_TYPES, EntityType, RELATION_TYPES, RelationType } from '../../engine/model/model';
import { MAX_PATH_HOPS, MAX_PATHS } from './path.repository';

@ArgsType()
export class PathArgs {
  @Field(() => ID)
  @IsEntityId()
  from!: string;

  @Field(() => ID)
  @IsEntityId()
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
  @IsEntityId({ each: true })
  avoid?: string[];

  @Field({ defaultValue: false, description: 'Follow relationships only in their own direction.' })
  @IsBoolean()
  directed: boolean = false;
}
