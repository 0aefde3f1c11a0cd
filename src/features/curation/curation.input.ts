import { ArrayMaxSize, ArrayMinSize, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import '../../engine/model/enums';
import { EntityType, RelationType } from '../../engine/model/model';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES } from '../../engine/model/properties';
import { IsEntityId } from '../../engine/model/entity-id';
import { AllowedProperties, ID_MESSAGE, ID_PATTERN, KindAllowedForType, type PropertyMap } from '../../engine/documents/document.format';

const MAX_NAME_LENGTH = 500;
const MAX_QUOTE_LENGTH = 2000;
const MAX_ALIASES = 50;
const MAX_EVIDENCE = 20;
/** How many duplicates one merge may fold into the kept entity. */
export const MAX_MERGED = 20;

@InputType({ description: 'A quote from a source document; it must occur there verbatim.' })
export class EvidenceInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  sourceId!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(MAX_QUOTE_LENGTH)
  quote!: string;
}

function IsEvidenceList(minimum: number): PropertyDecorator {
  return (target, key) => {
    ArrayMinSize(minimum, { message: '$property needs at least one quote: every fact carries its evidence' })(target, key);
    ArrayMaxSize(MAX_EVIDENCE)(target, key);
    ValidateNested({ each: true })(target, key);
  };
}

function IsAliasList(): PropertyDecorator {
  return (target, key) => {
    ArrayMaxSize(MAX_ALIASES)(target, key);
    IsString({ each: true })(target, key);
    IsNotEmpty({ each: true })(target, key);
    MaxLength(MAX_NAME_LENGTH, { each: true })(target, key);
  };
}

@InputType({ description: 'A new entity with the evidence that it exists.' })
export class CreateEntityInput {
  @Field(() => ID, { description: 'A readable slug, unique across the graph, e.g. "mahidol-university".' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @Field(() => EntityType)
  type!: EntityType;

  @Field({ description: "One of the type's kinds, e.g. UNIVERSITY for an Institution." })
  @KindAllowedForType()
  kind!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(MAX_NAME_LENGTH)
  name!: string;

  @Field(() => [String], { defaultValue: [] })
  @IsAliasList()
  aliases!: string[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: "Type-specific properties from the type's allow-list, e.g. {isoCode: \"TH\"}." })
  @IsOptional()
  @AllowedProperties((owner) => ENTITY_PROPERTIES[owner.type as EntityType])
  properties?: PropertyMap;

  @Field(() => [EvidenceInput])
  @IsEvidenceList(1)
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Changes to an entity; omitted fields stay as they are, a property set to null is removed.' })
export class UpdateEntityInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(MAX_NAME_LENGTH)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty()
  kind?: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  properties?: PropertyMap;

  @Field(() => [EvidenceInput], { defaultValue: [], description: 'Quotes that support the change; added to the entity.' })
  @IsEvidenceList(0)
  evidence!: EvidenceInput[];
}

@ArgsType()
export class UpdateEntityArgs {
  @Field(() => ID)
  @IsEntityId()
  id!: string;

  @Field(() => UpdateEntityInput)
  @ValidateNested()
  input!: UpdateEntityInput;
}

@ArgsType()
export class AddAliasesArgs {
  @Field(() => ID)
  @IsEntityId()
  id!: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @IsAliasList()
  aliases!: string[];

  @Field(() => [EvidenceInput], { defaultValue: [], description: 'Quotes that use the aliases; added to the entity.' })
  @IsEvidenceList(0)
  evidence!: EvidenceInput[];
}

@InputType({ description: 'A directed relationship, named by its ends and type.' })
export class RelationKeyInput {
  @Field(() => ID)
  @IsEntityId()
  from!: string;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => ID)
  @IsEntityId()
  to!: string;
}

@InputType({ description: 'A directed relationship and the quotes that state it.' })
export class LinkInput extends RelationKeyInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'role, activity, countryCount or scope.' })
  @IsOptional()
  @AllowedProperties(() => RELATION_PROPERTIES)
  properties?: PropertyMap;

  @Field(() => [EvidenceInput])
  @IsEvidenceList(1)
  evidence!: EvidenceInput[];
}

@ArgsType()
export class MergeEntitiesArgs {
  @Field(() => ID, { description: 'The entity that stays.' })
  @IsEntityId()
  keep!: string;

  @Field(() => [ID], { description: 'Entities of the same type that are the same thing; they are folded into `keep` and removed.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MERGED)
  @IsEntityId({ each: true })
  duplicates!: string[];
}
