import { IsIn, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsEntityId } from '../../engine/model/entity-id';
import { ENTITY_TYPES, EntityType } from '../../engine/model/model';
import { DateRangeInput } from '../../engine/model/date-range';
import { LimitArgs, MAX_PAGE_SIZE } from '../../platform/graphql/pagination';
import { MatrixDimension } from './analytics.repository';

@ArgsType()
export class CommonPartnersArgs {
  @Field(() => ID)
  @IsEntityId()
  a!: string;

  @Field(() => ID)
  @IsEntityId()
  b!: string;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;
}

@ArgsType()
export class KindCountArgs {
  @Field(() => EntityType, { nullable: true, description: 'Only this entity type (default: all).' })
  @IsOptional()
  @IsIn(ENTITY_TYPES as string[])
  type?: EntityType;
}

@ArgsType()
export class MatrixArgs extends LimitArgs {
  @Field(() => MatrixDimension)
  @IsIn(Object.values(MatrixDimension))
  by!: MatrixDimension;

  @Field(() => ID, { nullable: true, description: 'Only count what is shared in this technology domain.' })
  @IsOptional()
  @IsEntityId()
  domain?: string;

  @Field(() => DateRangeInput, { nullable: true, description: 'Only links stated in this range: every relationship linking a hub to the two parties. Default: all.' })
  @IsOptional()
  @ValidateNested()
  stated?: DateRangeInput | null;
}

@ArgsType()
export class StatisticsArgs {
  @Field(() => DateRangeInput, {
    nullable: true,
    description: 'Count only what was stated in this range: entities a source published in it mentions, relationships a source published in it states. Default: all.',
  })
  @IsOptional()
  @ValidateNested()
  stated?: DateRangeInput | null;
}
