import { IsString, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { TopEntitiesArgs } from '../entity/entity.input';

@ArgsType()
export class SearchArgs extends TopEntitiesArgs {
  @Field({ description: 'Words, names or abbreviations to look for (case-insensitive, prefix-aware).' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  text!: string;
}
