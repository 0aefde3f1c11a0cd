import { IsDateString, IsNotEmpty, IsOptional, IsUrl, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** Reading is linear in the text, but a proposal is reviewed by a person: a long report is better split. */
export const MAX_PROPOSE_TEXT_LENGTH = 200_000;

@InputType({ description: 'A raw text and what is known about its source; what is not given is read from the text where it can be (a dateline gives place, date and wire).' })
export class ProposeDocumentInput {
  @Field({ description: `The full text (at most ${MAX_PROPOSE_TEXT_LENGTH} characters). Spans in the draft are offsets into it, in UTF-16 code units as JavaScript counts them.` })
  @IsNotEmpty()
  @MaxLength(MAX_PROPOSE_TEXT_LENGTH)
  text!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was published, e.g. "Nanning, China".' })
  @IsOptional()
  @MaxLength(200)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; dates without a year in the text are read in this year.' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '$property must be a date written YYYY-MM-DD' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: '$property must be an absolute URL' })
  url?: string | null;
}
