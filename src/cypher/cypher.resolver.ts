import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/roles';
import type { GraphContext } from '../graphql/context';
import { checkReadOnly, researcherQueryError } from './cypher.guard';
import { CypherArgs } from './cypher.input';
import { CypherResult } from './cypher.type';
import { toCypherJson } from './cypher.values';

@Resolver()
export class CypherResolver {
  @Authorized(Role.RESEARCHER)
  @Query(() => CypherResult, {
    description:
      'Runs a read-only Cypher query for researchers. The query is planned first (EXPLAIN) and refused unless it only reads ' +
      '(no writes, LOAD CSV, SHOW/TERMINATE or procedures beyond the schema and full-text ones); it then runs in a read ' +
      'transaction with a time limit and a row cap.',
  })
  async cypher(@Args() { query, params = {} }: CypherArgs, @Ctx() ctx: GraphContext): Promise<CypherResult> {
    try {
      return await this.run(query, params, ctx);
    } catch (error) {
      throw researcherQueryError(error);
    }
  }

  private async run(query: string, params: Record<string, unknown>, ctx: GraphContext): Promise<CypherResult> {
    checkReadOnly(await ctx.db.explain(query, params));
    const started = performance.now();
    const { keys, records, truncated } = await ctx.db.readCapped(query, params, ctx.cypher);
    return {
      columns: keys,
      rows: records.map((record) => keys.map((key) => toCypherJson(record.get(key)))),
      summary: { rows: records.length, truncated, maxRows: ctx.cypher.maxRows, timeoutMs: ctx.cypher.timeoutMs, elapsedMs: performance.now() - started },
    };
  }
}
