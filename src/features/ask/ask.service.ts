import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GraphContext } from '../../engine/context';
import type { EntityType } from '../../engine/model/model';
import { AskIntent, RELATION_INTENTS, asksToChange, factualQuestionsAbout, readIntent, templated, type Reading } from './ask.grammar';
import { judgementAsked, type Judgement } from './ask.judgement';
import { linkQuestion, type LinkedMention } from './ask.linking';
import type { PlanModel } from './ask.model';
import { composeSentences, planQuery, type PlanInput, type Sentence } from './ask.plans';
import { RefusalReason, type Answer, type Citation, type Interpretation, type LinkedEntity } from './ask.type';

/** At most this many sentences in an answer; the query in `query` lists them all. */
const MAX_SENTENCES = 30;

/** Parsed and validated queries by text: a question's query is one of few shapes. */
const documents = new Map<string, DocumentNode>();
const MAX_DOCUMENTS = 500;

function documentOf(schema: GraphQLSchema, query: string): DocumentNode {
  let document = documents.get(query);
  if (!document) {
    document = parse(query);
    const problems = validate(schema, document);
    if (problems.length > 0) throw new Error(`ask built an invalid query: ${problems.map((problem) => problem.message).join('; ')}`);
    if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
    documents.set(query, document);
  }
  return document;
}

/** Runs the answer's query through the schema as the asking user: the same fields, roles and limits as GraphiQL. */
async function runQuery(schema: GraphQLSchema, ctx: GraphContext, query: string): Promise<Record<string, any>> {
  const result = await execute({ schema, document: documentOf(schema, query), contextValue: ctx });
  // The original error keeps its code (a query timeout stays QUERY_TIMEOUT).
  if (result.errors?.length) throw result.errors[0].originalError ?? result.errors[0];
  return result.data as Record<string, any>;
}

interface Understanding {
  reading: Reading | undefined;
  mentions: LinkedMention[];
  readBy: 'GRAMMAR' | 'MODEL';
}

const linkedEntity = (mention: LinkedMention): LinkedEntity => ({ id: mention.id, name: mention.name, type: mention.type, mention: mention.text, matchedBy: mention.matchedBy });

function readingText(input: { intent: AskIntent; entityType?: EntityType; since?: string }, names: string[]): string {
  const [a, b] = names;
  const spec = RELATION_INTENTS[input.intent];
  if (spec) return spec.reading.replace('{x}', a);
  switch (input.intent) {
    case AskIntent.CONNECTION:
      return `how ${a} is connected to ${b}`;
    case AskIntent.COMMON_PARTNERS:
      return `what ${a} and ${b} are both linked to`;
    case AskIntent.PARTNERS:
      return `whom ${a} has worked with`;
    case AskIntent.IN_PLACE:
      return `which entities of type ${input.entityType} are in ${a}`;
    case AskIntent.COUNT:
      return `how many, as the sources count them, for ${a}`;
    default:
      return `what was first stated on or after ${input.since}`;
  }
}

function refusal(reason: RefusalReason, text: string, interpretation: Interpretation, query: string | null = null, suggestions: string[] = []): Answer {
  return { text, sentences: [], refused: true, reason, entityIds: interpretation.entities.map((entity) => entity.id), citations: [], interpretation, query, suggestions };
}

const quoted = (questions: string[]) => questions.map((question) => `"${question}"`).join(' or ');

/** Refuses a question that asks for a judgement, offering the questions of fact about what it names. */
function judgementRefusal(judgement: Judgement, mentions: LinkedMention[], interpretation: Interpretation): Answer {
  const suggestions = factualQuestionsAbout(mentions);
  const instead = suggestions.length > 0 ? `It can tell you what the sources state instead, for example ${quoted(suggestions)}.` : GRAMMAR_HELP;
  const text = `This question asks for ${judgement.kind} ("${judgement.cue}"), and the graph only records what its sources state: it does not give opinions, recommendations, predictions or value judgements. ${instead}`;
  return refusal(RefusalReason.OPINION, text, { ...interpretation, reading: `a request for ${judgement.kind}` }, null, suggestions);
}

const needs = (intent: AskIntent) => (intent === AskIntent.CONNECTION || intent === AskIntent.COMMON_PARTNERS ? 2 : intent === AskIntent.SINCE ? 0 : 1);

/** The model's plan, its names linked like a question's. */
async function planByModel(ctx: GraphContext, model: PlanModel, question: string): Promise<Understanding | undefined> {
  const plan = await model.plan(question);
  if (!plan) return undefined;
  const mentions: LinkedMention[] = [];
  for (const name of plan.names) {
    const { mentions: found } = await linkQuestion(ctx.db, name);
    const whole = found.find((mention) => mention.text.length >= name.trim().length * 0.6);
    if (!whole) return { reading: undefined, mentions, readBy: 'MODEL' };
    mentions.push({ ...whole, text: name });
  }
  return { reading: { intent: plan.intent, entityType: plan.entityType, since: plan.since }, mentions, readBy: 'MODEL' };
}

/** The measure a COUNT asks for: the words after "how many" up to the verb ("members", "ASEAN countries"). */
function measureOf(question: string): string {
  return (/\bhow many\s+(.+?)\s+(?:does|do|did|are|is|were|was|have|has|had|can|will)\b/i.exec(question)?.[1] ?? question).toLowerCase();
}

async function citationsOf(ctx: GraphContext, sentences: Sentence[]): Promise<Citation[]> {
  const sourceIds = [...new Set(sentences.flatMap((sentence) => sentence.evidence.map((evidence) => evidence.sourceId)))];
  const sources = new Map((await ctx.loaders.source.loadMany(sourceIds)).flatMap((source) => (source && !(source instanceof Error) ? [[source.id, source] as const] : [])));
  return sentences.flatMap((sentence, index) => {
    const seen = new Set<string>();
    return sentence.evidence.flatMap((evidence) => {
      const key = `${evidence.sourceId}\n${evidence.quote}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const source = sources.get(evidence.sourceId);
      return source ? [{ sentence: index, quote: evidence.quote, sourceId: evidence.sourceId, source }] : [];
    });
  });
}

const GRAMMAR_HELP =
  'I answer questions about what the graph records: who takes part in, guides, cooperates with or established something; where something is; what was launched at or held in something; how two entities are connected; whom an entity has worked with; what works on a technology domain; which entities of a type are in a country; how many, as the sources count; and what is new since a date.';

/**
 * Answers a question from the graph: refuses a request to change it, links the names, reads the intent
 * (the grammar, else the optional model), runs the intent's GraphQL through the schema as the asking user,
 * and composes sentences only from the result, each with its quotes; nothing found is a refusal too.
 */
export async function askGraph(question: string, ctx: GraphContext, schema: GraphQLSchema, model: PlanModel | undefined): Promise<Answer> {
  const empty: Interpretation = { intent: null, entities: [], entityType: null, since: null, reading: 'a request to change the graph', readBy: 'GRAMMAR' };
  if (asksToChange(question)) {
    return refusal(RefusalReason.CHANGE_REQUEST, 'I only read the graph and cannot change it. Changes go through the curation workflow (importDocument, curation mutations) by an editor.', empty);
  }
  const links = await linkQuestion(ctx.db, question);
  const linked = { ...empty, entities: links.mentions.map(linkedEntity), reading: 'names the graph does not hold' };
  const text = templated(question, links.mentions);
  // Before the names are judged: an opinion about an unknown entity is still an opinion, not a gap in the graph.
  const judgement = judgementAsked(text);
  if (judgement) return judgementRefusal(judgement, links.mentions, linked);
  if (links.unknown.length > 0) {
    return refusal(RefusalReason.UNKNOWN_ENTITY, `The graph holds no entity named ${links.unknown.map((name) => `"${name}"`).join(' or ')}, so it cannot answer this question.`, linked);
  }
  let understanding: Understanding = { reading: readIntent(text, links.mentions), mentions: links.mentions, readBy: 'GRAMMAR' };
  if (!understanding.reading && model) understanding = (await planByModel(ctx, model, question)) ?? understanding;
  const { reading, mentions, readBy } = understanding;
  const entities = mentions.map(linkedEntity);
  if (!reading || mentions.length < needs(reading.intent) || (reading.intent === AskIntent.SINCE && !reading.since) || (reading.intent === AskIntent.IN_PLACE && !reading.entityType)) {
    const unread = { ...empty, entities, readBy, reading: 'outside the questions the graph answers' };
    if (links.ambiguous.length > 0 && mentions.length === 0) {
      const [first] = links.ambiguous;
      return refusal(RefusalReason.AMBIGUOUS_ENTITY, `"${first.text}" may name any of: ${first.options.join('; ')}. Ask again with the full name.`, unread);
    }
    const suggestions = factualQuestionsAbout(mentions);
    const instead = suggestions.length > 0 ? ` About what it names, you could ask ${quoted(suggestions)}.` : '';
    return refusal(RefusalReason.OUT_OF_SCOPE, `This question is outside what the graph records. ${GRAMMAR_HELP}${instead}`, unread, null, suggestions);
  }
  const used = mentions.slice(0, needs(reading.intent));
  const input: PlanInput = { intent: reading.intent, ids: used.map((mention) => mention.id), entityType: reading.entityType, since: reading.since, measure: measureOf(question) };
  const interpretation: Interpretation = {
    intent: reading.intent,
    entities: used.map(linkedEntity),
    entityType: reading.entityType ?? null,
    since: reading.since ?? null,
    reading: readingText(reading, used.map((mention) => mention.name)),
    readBy,
  };
  let query = planQuery(input);
  let sentences = composeSentences(input, await runQuery(schema, ctx, query));
  if (sentences.length === 0 && reading.intent === AskIntent.CONNECTION) {
    // Shortest first: a longer search only when nothing shorter connects them.
    query = planQuery({ ...input, maxHops: 5 });
    sentences = composeSentences(input, await runQuery(schema, ctx, query));
  }
  if (sentences.length === 0) {
    return refusal(RefusalReason.NOT_IN_GRAPH, `The graph states nothing that answers this: it was read as ${interpretation.reading}.`, interpretation, query);
  }
  const shown = sentences.slice(0, MAX_SENTENCES);
  const entityIds = [...new Set([...interpretation.entities.map((entity) => entity.id), ...shown.flatMap((sentence) => sentence.entities)])];
  return { text: shown.map((sentence) => sentence.text).join(' '), sentences: shown.map((sentence) => sentence.text), refused: false, reason: null, entityIds, citations: await citationsOf(ctx, shown), interpretation, query, suggestions: [] };
}
