import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import type { GraphContext } from '../../engine/context';
import { ImportDocumentInput } from './import.input';
import { importDocument } from './import.service';
import { ImportReport } from './import.type';

@Resolver()
export class ImportResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => ImportReport, {
    description:
      'Imports a source document and the entities and relations it states. With `dryRun` it reports what would be created, ' +
      'merged (matched by id or alias), left unchanged or rejected, and writes nothing; otherwise it applies all of it in one ' +
      'transaction, or nothing (IMPORT_REJECTED, with the report). Importing the same document twice changes nothing.',
  })
  importDocument(
    @Arg('input', () => ImportDocumentInput) input: ImportDocumentInput,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: GraphContext,
  ): Promise<ImportReport> {
    return importDocument(ctx.db, input, { dryRun, by: ctx.principal.id });
  }
}
