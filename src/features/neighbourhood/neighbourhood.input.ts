import { IsIn, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DateRangeInput } from '../../engine/model/date-range';
import { IsEntityId } from '../../engine/model/entity-id';
import { ENTITY_TYPES, EntityType, RELATION_TYPES, RelationType } from '../../engine/model/model';

export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export const MAX_NEIGHBOURHOOD_NODES = 2000;

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID)
  @IsEntityId()
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: `Hops from the entity, 1 to ${MAX_NEIGHBOURHOOD_DEPTH}.` })
  @Min(1)
  @Max(MAX_NEIGHBOURHOOD_DEPTH)
  depth: number = 1;

  @Field(() => Int, { defaultValue: 100, description: `Most entities to return besides the centre, 1 to ${MAX_NEIGHBOURHOOD_NODES}; nearest first.` })
  @Min(1)
  @Max(MAX_NEIGHBOURHOOD_NODES)
  limit: number = 100;

  @Field(() => [EntityType], { nullable: true, description: 'Only return entities of these types (paths may pass through others).' })
  @IsOptional()
  @IsIn(ENTITY_TYPES as string[], { each: true })
  types?: EntityType[];

  @Field(() => [RelationType], { nullable: true, description: 'Only follow these relationship types.' })
  @IsOptional()
  @IsIn(RELATION_TYPES as string[], { each: true })
  relationTypes?: RelationType[];

  @Field(() => DateRangeInput, { nullable: true, description: 'Only follow and list relationships stated in this range (e.g. `{to: "2023-12-31"}`: the neighbourhood as of that date). Default: all.' })
  @IsOptional()
  @ValidateNested()
  stated?: DateRangeInput | null;
}
