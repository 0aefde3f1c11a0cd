import { IsIn, IsOptional, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ENTITY_TYPES, EntityType } from '../graph/model';
import { MAX_PAGE_SIZE } from '../graphql/pagination';
import { ID_PATTERN } from '../seed/seed.document';
import { MatrixDimension } from './analytics.repository';

const ID_MESSAGE = '$property must be an entity id (a lowercase kebab-case slug)';

@ArgsType()
export class HubsArgs {
  @Field(() => [EntityType], { nullable: true, description: 'Only entities of these types (default: all).' })
  @IsOptional()
  @IsIn(ENTITY_TYPES as string[], { each: true })
  types?: EntityType[];

  @Field(() => Int, { defaultValue: 10 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 10;
}

@ArgsType()
export class CommonPartnersArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  a!: string;

  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
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
export class MatrixArgs {
  @Field(() => MatrixDimension)
  @IsIn(Object.values(MatrixDimension))
  by!: MatrixDimension;

  @Field(() => ID, { nullable: true, description: 'Only count what is shared in this technology domain.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  domain?: string;
}
