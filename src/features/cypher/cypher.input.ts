import { IsNotEmpty, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field } from 'type-graphql';

export const MAX_CYPHER_LENGTH = 20_000;

@ArgsType()
export class CypherArgs {
  @Field({ description: 'A read-only Cypher query; values belong in `params`, referenced as `$name`.' })
  @IsNotEmpty()
  @MaxLength(MAX_CYPHER_LENGTH)
  query!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Query parameters as a JSON object.' })
  params?: Record<string, unknown>;
}
