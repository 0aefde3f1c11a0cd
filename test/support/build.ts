import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/platform/config/config';

/** Set by global-setup: one id per `jest` run, so files that need `dist/` share one compile. */
export const TEST_RUN_VARIABLE = 'COLLAB_GRAPH_TEST_RUN';
/** Set by global-setup when the run's compile already started in the background (`npm test`). */
const BACKGROUND_BUILD_VARIABLE = 'COLLAB_GRAPH_TEST_BACKGROUND_BUILD';
const TSC = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsc');

/**
 * tsc's arguments for `project`, incremental: what it learnt last time is kept in dist/ (one file per
 * project), so a run after a small change checks and emits only what the change touches. Removing dist/
 * removes it too.
 */
function tscArguments(project: string): string[] {
  return ['-p', project, '--incremental', '--tsBuildInfoFile', path.join('dist', `.tsbuildinfo-${path.basename(project, '.json')}`)];
}
const WAIT_LIMIT_MS = 15 * 60_000;

export function buildStamp(run: string): string {
  return path.join(PROJECT_ROOT, 'dist', `.built-for-test-run-${run}`);
}

/** Blocks this thread (buildOnce is synchronous: tests call it inside synchronous `it`s). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function waitForStamp(stamp: string, what: string): void {
  const started = Date.now();
  while (!fs.existsSync(stamp)) {
    if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`${what} did not finish within ${WAIT_LIMIT_MS / 60_000} minutes`);
    sleepSync(250);
  }
}

/**
 * Compiles `src` and `bench` into `dist/` once per test run, for the tests that start the built
 * service, its command-line tools or the benchmark (tsconfig.bench.json covers both trees). Under
 * `npm test` the compile started with the run (startBackgroundBuild) and this waits for it; otherwise
 * the first file to ask compiles, and files in other workers wait for it.
 */
export function buildOnce(): void {
  const run = process.env[TEST_RUN_VARIABLE];
  if (!run) {
    execFileSync(TSC, tscArguments('tsconfig.bench.json'), { cwd: PROJECT_ROOT });
    return;
  }
  const stamp = buildStamp(run);
  if (fs.existsSync(stamp)) return;
  if (process.env[BACKGROUND_BUILD_VARIABLE] === run) return waitForStamp(stamp, "The run's compile (tsc -p tsconfig.json)");
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  const lock = `${stamp}.lock`;
  try {
    fs.mkdirSync(lock);
  } catch {
    return waitForStamp(stamp, 'Another worker’s compile');
  }
  try {
    execFileSync(TSC, tscArguments('tsconfig.bench.json'), { cwd: PROJECT_ROOT });
    fs.writeFileSync(stamp, '');
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function runTsc(project: string): Promise<{ project: string; code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSC, [...tscArguments(project), '--pretty', 'false'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ project, code: -1, output: String(error) }));
    child.on('close', (code) => resolve({ project, code, output }));
  });
}

/**
 * `npm test`'s type check and compile in one: `tsc -p tsconfig.json` checks src, test, scripts and
 * bench and writes them to dist/ (so buildOnce need not compile again), then the browser code is
 * checked. It runs beside the tests, which mostly wait on Neo4j; global-teardown fails the run on an error.
 */
export function startBackgroundBuild(): void {
  const run = process.env[TEST_RUN_VARIABLE]!;
  process.env[BACKGROUND_BUILD_VARIABLE] = run;
  fs.mkdirSync(path.join(PROJECT_ROOT, 'dist'), { recursive: true });
  const started = Date.now();
  const build = (async () => {
    const server = await runTsc('tsconfig.json');
    // Written even after a type error: tsc still emitted, and the run fails in teardown.
    fs.writeFileSync(buildStamp(run), '');
    const browser = await runTsc('tsconfig.browser.json');
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const failed = [server, browser].filter((result) => result.code !== 0);
    if (failed.length > 0) {
      const report = failed.map((result) => `tsc -p ${result.project} (exit ${result.code}):\n${result.output.trim()}`).join('\n\n');
      throw new Error(`The type check failed:\n${report}`);
    }
    process.stdout.write(`\ntype check and dist/ compile finished in ${seconds} s, beside the tests\n`);
  })();
  // Reported by global-teardown; until then nobody awaits it.
  build.catch(() => undefined);
  (globalThis as { collabGraphTestBuild?: Promise<void> }).collabGraphTestBuild = build;
}

/** Waits for startBackgroundBuild's type check, if this run started one, and throws its errors. */
export async function awaitBackgroundBuild(): Promise<void> {
  await (globalThis as { collabGraphTestBuild?: Promise<void> }).collabGraphTestBuild;
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
