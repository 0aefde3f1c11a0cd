import fs from 'node:fs';
import { Database } from '../../src/engine/db/database';
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

const withServer = async <T>(server: EmbeddedNeo4j, work: (db: Database) => Promise<T>): Promise<T> => {
  const db = Database.connect(server.uri, EMBEDDED_NEO4J_USER, server.password, { transactionTimeoutMs: 60_000 });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
};

/** Starts collecting (Neo4j may already be: then this changes nothing). */
export async function startPlanCollection(server: EmbeddedNeo4j): Promise<void> {
  await withServer(server, (db) => db.read("CALL db.stats.collect('QUERIES')"));
}

export async function writePlanReport(server: EmbeddedNeo4j, file: string): Promise<void> {
  const collected = await withServer(server, async (db) => (await db.read("CALL db.stats.retrieve('QUERIES')")).map((row) => row.data as CollectedQuery));
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
