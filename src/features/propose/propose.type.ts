import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import '../../engine/model/enums';
import { EntityType, RelationType } from '../../engine/model/model';
import type { PropertyMap } from '../../engine/documents/document.format';
import { NameMatch } from './propose.names';
import { LinkStatus } from './propose.model';

registerEnumType(LinkStatus, {
  name: 'LinkStatus',
  description: 'How a proposed entity relates to the graph.',
  valuesConfig: {
    NEW: { description: 'No entity of the graph has its name or a variant of it.' },
    LINKED: { description: 'It names exactly one entity of the graph; the draft uses that id.' },
    AMBIGUOUS: { description: 'Its name matches several entities of the graph; the curator chooses one (see options).' },
  },
});
registerEnumType(NameMatch, {
  name: 'NameMatch',
  description: 'How a name in the text matched a name or alias in the graph.',
  valuesConfig: {
    EXACT: { description: 'The same name, ignoring case.' },
    VARIANT: { description: 'The same after punctuation, quotes, a leading "the" and legal suffixes ("Co., Ltd.") are set aside.' },
    REORDERED: { description: 'The same words in another order ("Guangxi Science and Technology Department").' },
  },
});

@ObjectType({ description: 'Where something is in the proposed text: offsets in UTF-16 code units, end exclusive.' })
export class TextSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType()
export class ExistingEntityOption {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => EntityType)
  type!: EntityType;

  @Field()
  kind!: string;

  @Field(() => NameMatch)
  matchedBy!: NameMatch;
}

/** What every candidate carries: how sure the proposer is (0–1) and why. Nothing returns it, so it is not in the schema itself. */
@ObjectType()
abstract class JudgedCandidate {
  @Field(() => Float, { description: 'How sure the proposer is, from 0 to 1.' })
  confidence!: number;

  @Field({ description: 'Why it was proposed.' })
  reason!: string;
}

/** A candidate that stands at one place in the text. */
@ObjectType()
abstract class PlacedCandidate extends JudgedCandidate {
  @Field(() => TextSpan)
  span!: TextSpan;
}

@ObjectType({ description: 'A short name the text defines, e.g. "(hereinafter referred to as "CATTC")".' })
export class DraftAlias extends PlacedCandidate {
  @Field()
  alias!: string;

  @Field({ description: 'The verbatim words that define it.' })
  quote!: string;
}

@ObjectType({ description: 'An entity the text names: new, linked to one in the graph, or ambiguous between several.' })
export class DraftEntity extends JudgedCandidate {
  @Field(() => ID, { description: "The draft's id: the graph's id when LINKED, else a slug of the name." })
  id!: string;

  @Field(() => LinkStatus)
  status!: LinkStatus;

  @Field(() => [ExistingEntityOption], { description: 'LINKED: the entity; AMBIGUOUS: every candidate, best match first.' })
  options!: ExistingEntityOption[];

  @Field(() => EntityType)
  type!: EntityType;

  @Field({ description: 'A guessed kind of the type (see the kind enums).' })
  kind!: string;

  @Field()
  name!: string;

  @Field(() => [DraftAlias])
  aliases!: DraftAlias[];

  @Field(() => GraphQLJSONObject, { description: 'Properties read from the text: counts with qualifiers, dates, edition, ISO code.' })
  properties!: PropertyMap;

  @Field(() => [TextSpan], { description: 'Every place the text names it.' })
  mentions!: TextSpan[];

  @Field(() => [String], { description: 'Verbatim evidence that it exists.' })
  quotes!: string[];
}

@ObjectType()
export class DraftRelation extends PlacedCandidate {
  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => GraphQLJSONObject)
  properties!: PropertyMap;

  @Field({ description: 'The verbatim words that state it.' })
  quote!: string;
}

@ObjectType({ description: 'A number with what it counts and how the text qualifies it ("more than 2,600 members").' })
export class DraftQuantity extends PlacedCandidate {
  @Field()
  text!: string;

  @Field(() => Float)
  value!: number;

  @Field({ description: 'EXACT, MORE_THAN, AT_LEAST, ABOUT or AT_MOST.' })
  qualifier!: string;

  @Field()
  counted!: string;

  @Field(() => ID, { nullable: true, description: 'The entity it is proposed as a property of.' })
  entityId!: string | null;

  @Field(() => String, { nullable: true })
  property!: string | null;
}

@ObjectType()
export class DraftDate extends PlacedCandidate {
  @Field()
  text!: string;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field(() => String, { nullable: true, description: 'startDate of an event, or publishedOn of the source.' })
  property!: string | null;
}

@ObjectType()
export class DraftSource {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  publisher!: string;

  @Field()
  place!: string;

  @Field()
  publishedOn!: string;

  @Field()
  file!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType({ description: 'A draft document proposed from a raw text, in the import format, with every candidate explained.' })
export class DocumentDraft {
  @Field(() => DraftSource)
  source!: DraftSource;

  @Field(() => [String], { description: 'Source fields neither given nor found in the text.' })
  missing!: string[];

  @Field(() => [DraftEntity])
  entities!: DraftEntity[];

  @Field(() => [DraftRelation])
  relations!: DraftRelation[];

  @Field(() => [DraftQuantity])
  quantities!: DraftQuantity[];

  @Field(() => [DraftDate])
  dates!: DraftDate[];

  @Field({ description: 'The draft as YAML for importDocument (with the text as input.text), each entry commented with its confidence and reason.' })
  document!: string;

  @Field(() => [String], { description: 'What the import would refuse in the draft as it stands.' })
  problems!: string[];
}
