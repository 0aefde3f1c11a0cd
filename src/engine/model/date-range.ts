import { IsOptional, ValidateBy, type ValidationArguments } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import type { DateRangeValue } from './stated.cypher';

/** class-validator rule: `to` is not before `from` (ISO dates compare as text). */
function NotBefore(other: 'from'): PropertyDecorator {
  return ValidateBy({
    name: 'notBefore',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const start = (args?.object as Record<string, unknown>)[other];
        return typeof value !== 'string' || typeof start !== 'string' || value >= start;
      },
      defaultMessage: () => `$property must not be before ${other}`,
    },
  });
}

@InputType({
  description:
    'Publication dates, both ends included, either end open. A fact (a relationship or an entity) is stated in the range when at least one piece of its evidence comes from a source published in it.',
})
export class DateRangeInput implements DateRangeValue {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The earliest publication date (YYYY-MM-DD); open when absent.' })
  @IsOptional()
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The latest publication date (YYYY-MM-DD); open when absent. Not before `from`.' })
  @IsOptional()
  @NotBefore('from')
  to?: string | null;
}

/** A range as the statement's parameter: both ends explicit, or null for none. */
export function dateRangeParam(range: DateRangeValue | null | undefined): Required<DateRangeValue> | null {
  return range ? { from: range.from ?? null, to: range.to ?? null } : null;
}
