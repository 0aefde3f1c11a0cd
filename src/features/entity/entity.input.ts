import { ArrayMaxSize, IsIn, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsEntityId } from '../../engine/model/entity-id';
import { Direction, SortDirection } from '../../engine/model/enums';
import { ENTITY_TYPES, EntityType, RelationType } from '../../engine/model/model';
import { DateRangeInput } from '../../engine/model/date-range';
import { MAX_PAGE_SIZE, PageArgs } from '../../platform/graphql/pagination';
import { EntityOrderField } from './entity.repository';

registerEnumType(EntityOrderField, {
  name: 'EntityOrderField',
  valuesConfig: { DEGREE: { description: 'How many relationships the entity has: the hubs first with DESC.' } },
});

@InputType({ description: 'How to order a list; ties are broken by id.' })
export class EntityOrderInput {
  @Field(() => EntityOrderField)
  field: EntityOrderField = EntityOrderField.NAME;

  @Field(() => SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

/** `<Type>Filter`: the filters every list offers, with `kinds` typed by the entity type's own kind enum. */
export function EntityFilterInput(type: EntityType, kindEnum: Record<string, string>) {
  @InputType(`${type}Filter`, { description: `Filters for ${type} lists; all given filters must hold.` })
  class Filter {
    @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
    @IsOptional()
    @ArrayMaxSize(1000)
    @IsEntityId({ each: true })
    ids?: string[];

    @Field({ nullable: true, description: 'Case-insensitive substring of the name or of any alias.' })
    @IsOptional()
    @IsString()
    @MinLength(1)
    @MaxLength(200)
    search?: string;

    @Field(() => [kindEnum], { nullable: true })
    @IsOptional()
    @IsIn(Object.values(kindEnum), { each: true })
    kinds?: string[];

    @Field(() => ID, { nullable: true, description: 'Only entities in (or covering, or with participants in) this country.' })
    @IsOptional()
    @IsEntityId()
    country?: string;

    @Field(() => ID, { nullable: true, description: 'Only entities working in or promoting this technology domain.' })
    @IsOptional()
    @IsEntityId()
    domain?: string;

    @Field(() => ID, { nullable: true, description: 'Only entities with a direct relationship to this entity.' })
    @IsOptional()
    @IsEntityId()
    relatedTo?: string;

    @Field({ nullable: true, description: 'Only collective entities (true) or only single ones (false).' })
    @IsOptional()
    collective?: boolean;
  }
  return Filter;
}

/** The arguments of a top-level list: page, filter and order. */
export function EntityListArgs<F extends object>(filterType: new () => F) {
  @ArgsType()
  class ListArgs extends PageArgs {
    @Field(() => filterType, { nullable: true })
    @IsOptional()
    @ValidateNested()
    filter?: F;

    @Field(() => EntityOrderInput, { nullable: true, defaultValue: { field: EntityOrderField.NAME, direction: SortDirection.ASC } })
    @IsOptional()
    orderBy?: EntityOrderInput;
  }
  return ListArgs;
}

/** The arguments of every relationship connection: a page, and the publication dates its facts must be stated in. */
@ArgsType()
export class RelationPageArgs extends PageArgs {
  @Field(() => DateRangeInput, {
    nullable: true,
    description: 'Only relationships stated in this range: at least one quote from a source published in it (for a chain, every hop). Default: all.',
  })
  @IsOptional()
  @ValidateNested()
  stated?: DateRangeInput | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only relationships stated by at least this many distinct sources (for a chain, every hop): 2 keeps the corroborated facts. Default: all.',
  })
  @IsOptional()
  @Min(1)
  minSources?: number | null;

  /** The field's arguments (graphql-js's values) as class-validator checks them: an instance, its date range too. */
  static of<T extends RelationPageArgs>(this: new () => T, args: Record<string, unknown>): T {
    const instance = Object.assign(new this(), args);
    if (args.stated) instance.stated = Object.assign(new DateRangeInput(), args.stated);
    return instance;
  }
}

@ArgsType()
export class RelationshipsArgs extends RelationPageArgs {
  @Field(() => [RelationType], { nullable: true, description: 'Only these relationship types (default: all).' })
  @IsOptional()
  types?: RelationType[];

  @Field(() => Direction, { defaultValue: Direction.BOTH })
  direction: Direction = Direction.BOTH;

  @Field(() => [EntityType], { nullable: true, description: 'Only relationships to entities of these types (default: all).' })
  @IsOptional()
  @IsIn(ENTITY_TYPES as string[], { each: true })
  nodeTypes?: EntityType[];
}

/** The best `first` entities of some types: search hits, hubs. */
@ArgsType()
export class TopEntitiesArgs {
  @Field(() => [EntityType], { nullable: true, description: 'Only entities of these types (default: all).' })
  @IsOptional()
  @IsIn(ENTITY_TYPES as string[], { each: true })
  types?: EntityType[];

  @Field(() => Int, { defaultValue: 10 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 10;
}
