import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import '../../engine/model/enums';
import { EntityType } from '../../engine/model/model';
import { QuantityQualifier } from '../../engine/model/properties';
import { ENTITY_MAX_AGE } from '../../platform/graphql/cache-control';

@Directive('@cacheControl(maxAge: 3600)')
@ObjectType({ description: 'A source document: where the facts in the graph come from.' })
export class Source {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  publisher!: string;

  @Field({ description: 'Where the document was issued.' })
  place!: string;

  @Field(() => GraphQLLocalDate)
  publishedOn!: string;

  @Field({ description: 'The document file, relative to the seed folder.' })
  file!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field({ description: 'The full text; every quote in the graph is a verbatim part of it.' })
  text!: string;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'The sentence that states a fact, and the document it is in.' })
export class Evidence {
  @Field(() => ID)
  sourceId!: string;

  @Field({ description: 'A verbatim quote from the source text.' })
  quote!: string;

  /** Read with the evidence by compiled statements (null: no such source); else through the per-request source loader. */
  source?: Source | null;
}

/**
 * The properties a relationship may carry; every type that shows a relationship inherits these fields.
 * Nothing returns it, so it is not in the schema itself.
 */
@ObjectType()
export abstract class RelationshipProperties {
  @Field(() => String, { nullable: true, description: 'The part the subject plays, e.g. "participant".' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'How, in the source\'s words, e.g. "helped establish".' })
  activity!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many countries the relationship spans, where the source says.' })
  countryCount!: number | null;

  @Field(() => String, { nullable: true, description: 'How far it reaches, e.g. "some countries".' })
  scope!: string | null;
}

/** An entity's GraphQL type is its entity type. */
export const nodeTypeOf = (value: { type: EntityType }): string => value.type;

@Directive(`@cacheControl(maxAge: ${ENTITY_MAX_AGE})`)
@InterfaceType({
  description: 'Every entity in the graph: an id, names, and the evidence that it is mentioned.',
  resolveType: nodeTypeOf,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The canonical name, as the source text gives it.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and abbreviations the sources use.' })
  aliases!: string[];

  @Field(() => EntityType)
  type!: EntityType;

  @Field({ description: 'True when the entity stands for a group of unnamed things (e.g. "20 joint laboratories").' })
  collective!: boolean;

  @Field(() => Int, { nullable: true, description: 'How many things a collective entity stands for.' })
  count!: number | null;

  @Field(() => QuantityQualifier, { nullable: true })
  countQualifier!: QuantityQualifier | null;

  @Field(() => [Evidence], { description: 'Where the sources mention the entity.' })
  evidence!: Evidence[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the sources first mention the entity: the earliest publication date of its evidence\'s sources.' })
  firstStated?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the sources last mention the entity: the latest publication date of its evidence\'s sources.' })
  lastStated?: string | null;

  @Field(() => Int, { description: 'How many distinct sources mention the entity: 2 or more when its existence is corroborated.' })
  sourceCount?: number;

  @Field(() => String, { nullable: true, description: 'Who created the entity: `seed`, a user of the API (`api-key:<name>`, `jwt:<subject>`, also for their imports), or the import command line (`cli:<user>`).' })
  createdBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When the entity was created (ISO 8601).' })
  createdAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Who last changed the entity.' })
  updatedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When the entity was last changed (ISO 8601).' })
  updatedAt!: string | null;
}
