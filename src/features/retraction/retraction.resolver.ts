import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { recordChange } from '../../engine/changes/change-log';
import type { GraphContext } from '../../engine/context';
import { Role } from '../../platform/auth/roles';
import { changeById } from '../history/history.repository';
import { planRetraction, retractSource } from './retraction.repository';
import { RetractionReport } from './retraction.type';

/** Taking a document back: what only it supports goes, what others support loses its quotes; one revertible change. */
@Resolver()
export class RetractionResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => RetractionReport, {
    description:
      'Retracts a source. With dryRun, reports what it would do and writes nothing: the facts that lose all support and those that keep other sources, ' +
      'the paths between hubs that would break, the statistics that would change. Without, does it as one recorded change that revertChange undoes.',
  })
  async retractSource(
    @Arg('id', () => ID) id: string,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: GraphContext,
  ): Promise<RetractionReport> {
    if (dryRun) return { ...(await planRetraction((cypher, params) => ctx.db.read(cypher, params), id)), dryRun, applied: false, change: null };
    const meta = (plan: Awaited<ReturnType<typeof retractSource>>) => ({
      operation: 'retractSource',
      by: ctx.principal.id,
      summary: `retracted ${id}: ${plan.lostEntities.length} entities and ${plan.lostRelationships.length} relationships lost, ${plan.keptEntities.length + plan.keptRelationships.length} facts keep other sources`,
    });
    const { result, change } = await recordChange(ctx.db, meta, (tx) => retractSource(tx, id, ctx.principal.id));
    return { ...result, dryRun, applied: true, change: change ? await changeById(ctx.db, change.id) : null };
  }
}
