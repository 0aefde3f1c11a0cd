import fs from 'node:fs';
import { awaitBackgroundBuild, buildStamp, TEST_RUN_VARIABLE } from './build';
import type { StartedTestNeo4j } from './global-setup';
import { PLAN_REPORT_VARIABLE, writePlanReport } from './plan-report';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { collabGraphTestNeo4j?: StartedTestNeo4j[] }).collabGraphTestNeo4j ?? [];
  await Promise.all(
    started.map(async ({ neo4j, dataDir }, index) => {
      const report = process.env[PLAN_REPORT_VARIABLE];
      if (report) await writePlanReport(neo4j, `${report}-${index + 1}.json`);
      await neo4j.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }),
  );
  // The run's type check: a type error fails `npm test` even when every test passed.
  try {
    await awaitBackgroundBuild();
  } finally {
    fs.rmSync(buildStamp(process.env[TEST_RUN_VARIABLE] ?? ''), { force: true });
  }
}
