import fs from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/engine/db/embedded-neo4j';
import { buildStamp, TEST_RUN_VARIABLE } from './build';

export default async function globalTeardown(): Promise<void> {
  fs.rmSync(buildStamp(process.env[TEST_RUN_VARIABLE] ?? ''), { force: true });
  const started = (globalThis as { collabGraphTestNeo4j?: { neo4j: EmbeddedNeo4j; dataDir: string } }).collabGraphTestNeo4j;
  if (!started) return;
  await started.neo4j.stop();
  fs.rmSync(started.dataDir, { recursive: true, force: true });
}
