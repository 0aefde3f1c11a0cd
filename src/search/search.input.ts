import { IsIn, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { ENTITY_TYPES, EntityType } from '../graph/model';
import { MAX_PAGE_SIZE } from '../graphql/pagination';

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Words, names or abbreviations to look for (case-insensitive, prefix-aware).' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  text!: string;

  @Field(() => [EntityType], { nullable: true, description: 'Only entities of these types.' })
  @IsOptional()
  @IsIn(ENTITY_TYPES as string[], { each: true })
  types?: EntityType[];

  @Field(() => Int, { defaultValue: 10 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 10;
}
