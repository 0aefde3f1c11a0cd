import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { EMBEDDED_NEO4J_USER, type EmbeddedNeo4j } from '../../src/engine/db/embedded-neo4j';

/**
 * `COLLAB_GRAPH_TEST_PLAN_REPORT=FILE npx jest` writes FILE-1.json, FILE-2.json …: what each test Neo4j
 * compiled and ran, per statement and plan, the longest compiling first, from Neo4j's data collector
 * (`db.stats.retrieve('QUERIES')`; it keeps a statement's first 10,000 characters). Compiling statements
 * is most of what the test JVMs do: on 5 December 236 s of compiling against 81 s of running.
 */
export const PLAN_REPORT_VARIABLE = 'COLLAB_GRAPH_TEST_PLAN_REPORT';

interface CollectedQuery {
  query: string;
  invocationSummary: { invocationCount: number; compileTimeInUs: { avg: number; max: number }; executionTimeInUs: { avg: number } };
}

const withServer = async <T>(server: EmbeddedNeo4j, work: (session: ReturnType<ReturnType<typeof neo4j.driver>['session']>) => Promise<T>): Promise<T> => {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(EMBEDDED_NEO4J_USER, server.password), { disableLosslessIntegers: true });
  const session = driver.session();
  try {
    return await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
};

/** Starts collecting (Neo4j may already be: then this changes nothing). */
export async function startPlanCollection(server: EmbeddedNeo4j): Promise<void> {
  await withServer(server, (session) => session.run("CALL db.stats.collect('QUERIES')"));
}

export async function writePlanReport(server: EmbeddedNeo4j, file: string): Promise<void> {
  const collected = await withServer(server, async (session) => (await session.run("CALL db.stats.retrieve('QUERIES')")).records.map((record) => record.get('data') as CollectedQuery));
  const rows = collected.map(({ query, invocationSummary: { invocationCount, compileTimeInUs, executionTimeInUs } }) => ({
    compileMs: Math.round((compileTimeInUs.avg * invocationCount) / 1000),
    slowestCompileMs: Math.round(compileTimeInUs.max / 1000),
    executeMs: Math.round((executionTimeInUs.avg * invocationCount) / 1000),
    runs: invocationCount,
    query,
  }));
  const total = (key: 'compileMs' | 'executeMs') => rows.reduce((sum, row) => sum + row[key], 0);
  const report = { compileMs: total('compileMs'), executeMs: total('executeMs'), plans: rows.length, statements: rows.sort((a, b) => b.compileMs - a.compileMs) };
  fs.writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`);
}
