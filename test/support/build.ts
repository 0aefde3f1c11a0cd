import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/platform/config/config';

/** Set by global-setup: one id per `jest` run, so files that need `dist/` share one compile. */
export const TEST_RUN_VARIABLE = 'COLLAB_GRAPH_TEST_RUN';

export function buildStamp(run: string): string {
  return path.join(PROJECT_ROOT, 'dist', `.built-for-test-run-${run}`);
}

/**
 * Compiles `src` and `bench` into `dist/` once per test run, for the tests that start the built
 * service, its command-line tools or the benchmark (tsconfig.bench.json covers both trees).
 */
export function buildOnce(): void {
  const run = process.env[TEST_RUN_VARIABLE];
  if (run && fs.existsSync(buildStamp(run))) return;
  execFileSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.bench.json'], { cwd: PROJECT_ROOT });
  if (run) fs.writeFileSync(buildStamp(run), '');
}

/**
 * The browser pages' bundles in dist/ui: `npm test` builds them before jest (pretest); a test file run
 * on its own builds them when they are missing. After changing browser code, `npm run build:ui`.
 */
const PAGE_BUNDLES = ['graphiql/graphiql-page.js', 'cypher/cypher-page.js', 'explorer/explorer-page.js', 'curate/curate-page.js'];

export function ensureUiBuilt(): void {
  if (PAGE_BUNDLES.every((bundle) => fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'ui', bundle)))) return;
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build-ui.js')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}
