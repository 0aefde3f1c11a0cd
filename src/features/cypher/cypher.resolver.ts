import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import type { QueryRunner } from '../../engine/db/database';
import type { GraphContext } from '../../engine/context';
import { checkBoundedWork, checkReadOnly, researcherQueryError, tooComplex } from './cypher.guard';
import { CypherArgs } from './cypher.input';
import { CypherTooDeepError, cypherParserReady, parseCypher } from './cypher.parser';
import { CypherResult } from './cypher.type';
import { toCypherJson } from './cypher.values';

@Resolver()
export class CypherResolver {
  @Authorized(Role.RESEARCHER)
  @Query(() => CypherResult, {
    description:
      'Runs a read-only Cypher query for researchers. The query is planned first (EXPLAIN) and refused unless it only reads ' +
      '(no writes, LOAD CSV, SHOW/TERMINATE or procedures beyond the schema and full-text ones) and its expressions do bounded ' +
      'work (no range() or nested list iteration Neo4j could not stop); it then runs in a read transaction with a time limit and ' +
      'a row cap. Each key, and the service, runs only a few such queries at once.',
  })
  async cypher(@Args() { query, params = {} }: CypherArgs, @Ctx() ctx: GraphContext): Promise<CypherResult> {
    const leave = ctx.cypherGate.enter(ctx.principal.id);
    let db = ctx.db;
    try {
      // Loading the parser is the service's start-up, not the query's work: only the request's deadline bounds it.
      await cypherParserReady(ctx.db.deadline);
      db = ctx.db.within(ctx.cypher.timeoutMs);
      return await this.run(query, params, ctx, db);
    } catch (error) {
      throw researcherQueryError(error instanceof CypherTooDeepError ? tooComplex(error) : error);
    } finally {
      // The place is given back once Neo4j has really let go of the query, not when the client was answered.
      void db.settled().then(leave);
    }
  }

  private async run(query: string, params: Record<string, unknown>, ctx: GraphContext, db: QueryRunner): Promise<CypherResult> {
    // The syntax tree first: some queries (deep nesting) hold Neo4j's planner before any time limit applies.
    checkBoundedWork(await parseCypher(query, db.deadline), params, ctx.cypher);
    checkReadOnly(await db.explain(query, params));
    const started = performance.now();
    const { keys, records, truncated } = await db.readCapped(query, params, ctx.cypher);
    return {
      columns: keys,
      rows: records.map((record) => keys.map((key) => toCypherJson(record.get(key)))),
      summary: { rows: records.length, truncated, maxRows: ctx.cypher.maxRows, timeoutMs: ctx.cypher.timeoutMs, elapsedMs: performance.now() - started },
    };
  }
}
