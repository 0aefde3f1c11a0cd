import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import '../../engine/model/enums';
import { EntityType } from '../../engine/model/model';
import { IsEntityId } from '../../engine/model/entity-id';

/** How many ids one subscription may watch. */
export const MAX_WATCHED_IDS = 1_000;

@ObjectType({ description: 'A committed change of the graph, as the change log records it.' })
export class GraphChange {
  @Field(() => ID, { description: 'The change, for `revertChange` and `changes`.' })
  id!: string;

  @Field({ description: 'The change log this version counts in: a cleared or restored graph starts a new one.' })
  epoch!: string;

  @Field(() => Int, { description: 'The graph version this change made; versions follow commit order.' })
  version!: number;

  @Field({ description: 'When it was committed (ISO 8601).' })
  at!: string;

  @Field({ description: 'Who made it: `api-key:<name>`, `jwt:<sub>`, `anonymous` or `cli:<user>`.' })
  by!: string;

  @Field({ description: "What was done, in the API's words: `createEntity`, `mergeEntities`, `importDocument`, …" })
  operation!: string;

  @Field()
  summary!: string;

  @Field(() => [ID], { description: 'The entities it created, changed or removed, or whose relationships it changed.' })
  entityIds!: string[];

  @Field(() => [EntityType], { description: 'The types of those entities.' })
  entityTypes!: string[];

  @Field(() => [String], { description: 'The relationship types it added, changed or removed.' })
  relationTypes!: string[];

  @Field(() => [ID], { description: 'The source documents it added, changed or removed.' })
  sourceIds!: string[];

  @Field(() => ID, { nullable: true, description: 'For a revert: the change it undid.' })
  revertOf!: string | null;
}

@ArgsType()
export class GraphChangedArgs {
  @Field(() => [EntityType], { nullable: true, description: 'Only changes touching an entity of one of these types; all when absent.' })
  @IsOptional()
  @ArrayMinSize(1, { message: '$property, when given, names at least one type (leave it out for every change)' })
  types?: EntityType[];

  @Field(() => [ID], { nullable: true, description: `Only changes touching one of these entities (at most ${MAX_WATCHED_IDS}); all when absent.` })
  @IsOptional()
  @ArrayMinSize(1, { message: '$property, when given, names at least one id (leave it out for every change)' })
  @ArrayMaxSize(MAX_WATCHED_IDS)
  @IsEntityId({ each: true })
  ids?: string[];
}
