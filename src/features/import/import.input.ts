import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** Bounded by the request body limit too; this keeps one document within what one transaction should hold. */
const MAX_DOCUMENT_LENGTH = 5_000_000;

@InputType({ description: 'A source document and what it states, in the format of the seed files (seeds/graph/*.yaml).' })
export class ImportDocumentInput {
  @Field({ description: 'The graph document, YAML or JSON: `source` (id, title, publisher, place, publishedOn, file, url), `entities` and `relations`, each with evidence.' })
  @IsNotEmpty()
  @MaxLength(MAX_DOCUMENT_LENGTH)
  document!: string;

  @Field({ description: 'The full text of the source document; every quote must occur in it verbatim.' })
  @IsNotEmpty()
  @MaxLength(MAX_DOCUMENT_LENGTH)
  text!: string;
}
