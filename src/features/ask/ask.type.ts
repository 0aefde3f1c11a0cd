import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node, Source } from '../entity/entity.type';
import { EntityType } from '../../engine/model/model';
import { AskIntent } from './ask.grammar';

registerEnumType(AskIntent, {
  name: 'AskIntent',
  description: 'What a question asks, as `ask` read it.',
  valuesConfig: {
    PARTICIPANTS: { description: 'Who takes part in, attended, signed or is a member of an entity.' },
    LOCATION: { description: 'Where an entity is, or where an event was held.' },
    LAUNCHED_AT: { description: 'What was launched at an event (or where a platform was launched).' },
    HELD_IN: { description: 'What was held or hosted in a place.' },
    GUIDED_BY: { description: 'Under whose guidance an entity works.' },
    GUIDES: { description: 'Whom an entity guides.' },
    COOPERATES_WITH: { description: 'Who cooperates with an entity.' },
    FOUNDERS: { description: 'Who established or supports an entity.' },
    ESTABLISHED: { description: 'What an entity established.' },
    SUPPORTED: { description: 'What an entity supports or promotes.' },
    COVERS: { description: 'What an entity covers, or what covers it.' },
    DOMAINS: { description: 'Which technology domains an entity works in or promotes.' },
    WORKS_ON_DOMAIN: { description: 'What works in or promotes a technology domain.' },
    PART_OF: { description: 'What an entity is part of.' },
    PARTS: { description: 'What is part of an entity.' },
    ABOUT: { description: 'Everything the graph states about an entity.' },
    PARTNERS: { description: 'Whom an entity has worked with: direct cooperation, or shared projects, platforms, agreements and events.' },
    COMMON_PARTNERS: { description: 'What two entities are both linked to.' },
    CONNECTION: { description: 'How two entities are connected: the shortest paths, each step quoted.' },
    IN_PLACE: { description: 'Entities of a type in a country, place or group of countries.' },
    COUNT: { description: 'A quantity the sources state, with its qualifier ("more than 2,600").' },
    SINCE: { description: 'Facts first stated on or after a date.' },
  },
});

export enum RefusalReason {
  CHANGE_REQUEST = 'CHANGE_REQUEST',
  UNKNOWN_ENTITY = 'UNKNOWN_ENTITY',
  AMBIGUOUS_ENTITY = 'AMBIGUOUS_ENTITY',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  OPINION = 'OPINION',
  NOT_IN_GRAPH = 'NOT_IN_GRAPH',
}

registerEnumType(RefusalReason, {
  name: 'RefusalReason',
  description: 'Why `ask` did not answer.',
  valuesConfig: {
    CHANGE_REQUEST: { description: 'The question asks to change the graph; `ask` only reads.' },
    UNKNOWN_ENTITY: { description: 'The question names something the graph holds no entity for.' },
    AMBIGUOUS_ENTITY: { description: 'A shortened name fits several entities; the text lists them.' },
    OUT_OF_SCOPE: { description: 'The question is about something the graph does not record, or outside the grammar (and no model is set).' },
    OPINION: {
      description:
        'A kind of OUT_OF_SCOPE: the question asks for an opinion, recommendation, prediction, value judgement or counterfactual ("Should X join Y?", "Is X good for Y?", "What will happen if …"); the graph records only what its sources state. `suggestions` offers questions of fact about the same entities.',
    },
    NOT_IN_GRAPH: { description: 'The question was understood, but the graph states nothing that answers it.' },
  },
});

@ObjectType({ description: 'An entity the question names, as `ask` linked it.' })
export class LinkedEntity {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => EntityType)
  type!: EntityType;

  @Field({ description: 'The words of the question that name it.' })
  mention!: string;

  @Field({ description: 'How the words matched: EXACT, VARIANT, REORDERED (as the proposer links), PARTIAL (some of the name\'s words, in one entity\'s name only) or MODEL (a model\'s plan named it).' })
  matchedBy!: string;
}

@ObjectType({ description: 'How `ask` read the question.' })
export class Interpretation {
  @Field(() => AskIntent, { nullable: true, description: 'Null when the question was refused before it was read.' })
  intent!: AskIntent | null;

  @Field(() => [LinkedEntity])
  entities!: LinkedEntity[];

  @Field(() => EntityType, { nullable: true, description: 'For IN_PLACE: the type asked for.' })
  entityType!: EntityType | null;

  @Field(() => String, { nullable: true, description: 'For SINCE: the date (YYYY-MM-DD).' })
  since!: string | null;

  @Field({ description: 'The reading in words, e.g. "who takes part in Mahidol University".' })
  reading!: string;

  @Field({ description: 'GRAMMAR when the built-in grammar read it; MODEL when the configured model planned it.' })
  readBy!: string;
}

@ObjectType({ description: 'The quote that backs one sentence of an answer.' })
export class Citation {
  @Field(() => Int, { description: 'Which sentence of `sentences` it backs (0-based).' })
  sentence!: number;

  @Field()
  quote!: string;

  @Field(() => ID)
  sourceId!: string;

  @Field(() => Source)
  source!: Source;
}

@ObjectType({ description: 'An answer composed only from what the graph returned: each sentence with its quotes, or a refusal that says why.' })
export class Answer {
  @Field({ description: 'The answer in sentences; for a refusal, why.' })
  text!: string;

  @Field(() => [String], { description: 'The sentences of `text`, each backed by the citations that name it (none for a refusal).' })
  sentences!: string[];

  @Field({ description: 'True when the graph cannot answer: see `reason`.' })
  refused!: boolean;

  @Field(() => RefusalReason, { nullable: true })
  reason!: RefusalReason | null;

  @Field(() => [Node], { description: 'What the answer is about, in order: the linked entities, then those the sentences name.' })
  entities?: Node[];

  entityIds!: string[];

  @Field(() => [Citation])
  citations!: Citation[];

  @Field(() => Interpretation)
  interpretation!: Interpretation;

  @Field(() => [String], { description: 'For a refusal: questions of fact the graph can answer about the entities the question named (empty when it named none, and for an answer).' })
  suggestions!: string[];

  @Field(() => String, { nullable: true, description: 'The GraphQL the answer was computed from, as it ran: paste it into GraphiQL to take it further. Null when nothing ran.' })
  query!: string | null;
}
