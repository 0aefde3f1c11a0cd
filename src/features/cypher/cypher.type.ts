import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How a researcher query ran.' })
export class CypherSummary {
  @Field(() => Int, { description: 'Rows returned.' })
  rows!: number;

  @Field({ description: 'True when the query had more rows than `maxRows`; the rest were not read.' })
  truncated!: boolean;

  @Field(() => Int, { description: 'The row cap this server applies.' })
  maxRows!: number;

  @Field(() => Int, { description: 'The time limit this server applies, in milliseconds.' })
  timeoutMs!: number;

  @Field(() => Float, { description: 'Wall time of the run (after the read-only check), in milliseconds.' })
  elapsedMs!: number;
}

@ObjectType({ description: 'The result of a read-only Cypher query.' })
export class CypherResult {
  @Field(() => [String], { description: 'Column names, in the order of the RETURN clause.' })
  columns!: string[];

  @Field(() => [GraphQLJSON], {
    description:
      'One JSON array per row, aligned with `columns`. Nodes, relationships and paths come as ' +
      '`{kind: "node", elementId, labels, properties}`, `{kind: "relationship", elementId, type, startElementId, endElementId, properties}` ' +
      'and `{kind: "path", nodes, relationships}`; integers beyond 2^53 as strings, temporals as ISO strings.',
  })
  rows!: unknown[][];

  @Field(() => CypherSummary)
  summary!: CypherSummary;
}
