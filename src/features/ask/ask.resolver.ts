import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import { Node } from '../entity/entity.type';
import type { EntityRecord } from '../entity/entity.record';
import { entitiesById } from '../entity/entity.connections';
import { ENTITY_TYPES } from '../../engine/model/model';
import { badUserInput } from '../../platform/graphql/errors';
import type { GraphContext } from '../../engine/context';
import { chatCompletionsModel, modelSettingsFromEnv } from './ask.model';
import { askGraph } from './ask.service';
import { Answer } from './ask.type';

/** A question longer than this is no question. */
const MAX_QUESTION_LENGTH = 500;

@Resolver(() => Answer)
export class AskResolver {
  @Authorized(Role.READER)
  @Query(() => Answer, {
    description:
      'A question in plain words, answered offline from the graph: each sentence of the answer backed by quotes, or refused with the reason ' +
      '(an unknown entity, a question outside the graph, a request to change data). `query` is the GraphQL the answer was computed from. ' +
      'With LLM_BASE_URL and LLM_MODEL set, questions outside the built-in grammar are planned by that model.',
  })
  ask(@Arg('question') question: string, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<Answer> {
    const text = question.trim();
    if (text === '') throw badUserInput('question', 'question must not be empty');
    if (text.length > MAX_QUESTION_LENGTH) throw badUserInput('question', `question must be at most ${MAX_QUESTION_LENGTH} characters`);
    const settings = modelSettingsFromEnv();
    return askGraph(text, ctx, info.schema, settings && chatCompletionsModel(settings));
  }

  @FieldResolver(() => [Node])
  async entities(@Root() answer: Answer, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<EntityRecord[]> {
    const records = await entitiesById(ctx, answer.entityIds, ENTITY_TYPES, info);
    return records.filter((record): record is EntityRecord => record !== null);
  }
}
