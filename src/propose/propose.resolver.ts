import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/roles';
import type { GraphContext } from '../graphql/context';
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
    // Loaded on the first proposal: the language model and country lists cost every process ~33 MB of RSS and 150 ms at start.
    const { proposeDocument } = await import('./propose.service');
    return proposeDocument(ctx.db, input);
  }
}
