import { GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../platform/graphql/pagination';

@ArgsType()
export class RecentFactsArgs extends PageArgs {
  @Field(() => GraphQLLocalDate, { description: 'Only facts first stated on or after this publication date (YYYY-MM-DD).' })
  since!: string;
}
