import { spawnSync } from 'node:child_process';
import { Authenticator } from '../../src/auth/authenticator';
import type { Role } from '../../src/auth/roles';
import { PROJECT_ROOT } from '../../src/config/config';
import type { Database } from '../../src/db/database';
import type { RunningHttpServer } from '../../src/http/http-server';
import { postGraphQL, seededDatabase, startTestServer, TEST_KEYS, testAuthConfig } from '../support/graph';
import { readmeCommands, readmeExamples, rewriteShown } from '../support/readme-examples';
import { buildOnce } from '../support/build';

/**
 * Every example and command in the README runs against the seeded graph and must print exactly the
 * output shown. `UPDATE_README=1 npx jest test/integration/readme.test.ts` rewrites the outputs
 * after a deliberate change (then read the diff). Commands run after the queries, in README order,
 * because they change the graph.
 */
const examples = readmeExamples();
const commands = readmeCommands();

/** The command-line entry point behind each npm script the README shows. */
const SCRIPTS: Record<string, string> = { import: 'dist/src/import/import.cli.js', export: 'dist/src/export/export.cli.js' };

/** Change records carry the time of the run; the shown output is from an earlier one. */
const withoutTimes = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>');

let db: Database;
let server: RunningHttpServer;

beforeAll(async () => {
  db = await seededDatabase();
  server = await startTestServer(db, false, undefined, { authenticator: new Authenticator(testAuthConfig()) });
  buildOnce();
});
afterAll(async () => {
  await server.close(1_000);
  await db.close();
});

it('has examples for researchers, dashboards, policy analysts and editors', () => {
  expect(examples.length).toBeGreaterThanOrEqual(10);
  expect(examples.filter((example) => example.role === 'researcher').length).toBeGreaterThanOrEqual(2);
  expect(commands.map((command) => command.script)).toEqual(expect.arrayContaining(['import', 'export']));
});

it.each(examples.map((example) => [example.name, example] as const))('README example %s prints what the README shows', async (_name, example) => {
  const headers: Record<string, string> = example.role ? { 'x-api-key': TEST_KEYS[example.role as Role] } : {};
  const { status: _status, ...body } = await postGraphQL(server.url, example.query, example.variables, headers);
  const actual = JSON.stringify(body, null, 2) + '\n';
  if (process.env.UPDATE_README) rewriteShown((text) => readmeExamples(text).find((candidate) => candidate.name === example.name)!, actual);
  expect(body.errors).toBeUndefined();
  expect(actual).toBe(process.env.UPDATE_README ? actual : example.expected);
});

it.each(commands.map((command) => [command.name, command] as const))('README command %s prints what the README shows', (_name, command) => {
  const result = spawnSync(process.execPath, [SCRIPTS[command.script], ...command.args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    // The test's own Neo4j, with the credentials global-setup put in the environment.
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  const actual = result.stdout + result.stderr;
  if (process.env.UPDATE_README) rewriteShown((text) => readmeCommands(text).find((candidate) => candidate.name === command.name)!, actual);
  expect(result.status).toBe(0);
  expect(withoutTimes(actual)).toBe(withoutTimes(process.env.UPDATE_README ? actual : command.expected));
});
