import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import type { GraphContext } from '../../engine/context';
import { ProposeDocumentInput } from './propose.input';
import { DocumentDraft } from './propose.type';

@Resolver()
export class ProposeResolver {
  @Authorized(Role.EDITOR)
  @Query(() => DocumentDraft, {
    description:
      'Reads a raw text into a draft for importDocument: mentions of entities already in the graph (by name, alias and their ' +
      'variants; ambiguous ones listed), new entity candidates with a guessed type and kind, aliases the text defines, ' +
      'relationships with verbatim quotes, quantities and dates, each with a confidence and a reason. Writes nothing.',
  })
  async proposeDocument(@Arg('input', () => ProposeDocumentInput) input: ProposeDocumentInput, @Ctx() ctx: GraphContext): Promise<DocumentDraft> {
    if (!ctx.proposer) throw new Error('proposeDocument needs a context made with a proposer pool (the HTTP server makes one)');
    return ctx.proposer.propose(ctx.db, input);
  }
}
