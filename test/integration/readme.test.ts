import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Authenticator } from '../../src/platform/auth/authenticator';
import type { Role } from '../../src/platform/auth/roles';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import type { Database } from '../../src/engine/db/database';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { postGraphQL, seededDatabase, startTestServer, TEST_KEYS, testAuthConfig } from '../support/graph';
import { commandsIn, documents, examplesIn, headingAnchor, README, readmeCommands, readmeExamples, relativeLinks, rewriteShown } from '../support/readme-examples';
import { buildOnce } from '../support/build';

/**
 * Every example and command in the README and in the guides under docs/ runs against the seeded
 * graph and must print exactly the output shown. `UPDATE_README=1 npx jest
 * test/integration/readme.test.ts` rewrites the outputs after a deliberate change (then read the
 * diff). Commands run after the queries, in document order, because they change the graph.
 */
const examples = readmeExamples();
const commands = readmeCommands();

/** The command-line entry point behind each npm script the README shows. */
const SCRIPTS: Record<string, string> = {
  import: 'dist/src/app/cli/import.cli.js',
  export: 'dist/src/app/cli/export.cli.js',
  propose: 'dist/src/app/cli/propose.cli.js',
};

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

it('names every example and command once, across all documents', () => {
  const names = [...examples, ...commands].map((item) => item.name);
  expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
});

it('is a front page: short, with a tour, the explorer, and a link to every guide', () => {
  const readme = fs.readFileSync(README, 'utf8');
  expect(readme.split('\n').length).toBeLessThanOrEqual(260);
  expect(examples.filter((example) => example.file === 'README.md').length).toBe(3);
  expect(readme).toMatch(/!\[[^\]]+\]\(docs\/explorer\.png\)/);
  const guides = documents().slice(1).map((file) => path.relative(PROJECT_ROOT, file));
  expect(guides.filter((guide) => !relativeLinks(readme).includes(guide))).toEqual([]);
});

it.each(documents().map((file) => [path.relative(PROJECT_ROOT, file), file] as const))('%s links only to files and headings that exist', (_name, file) => {
  const headings = (text: string) => [...text.replace(/```[\s\S]*?```/g, '').matchAll(/^#+ (.+)$/gm)].map((match) => headingAnchor(match[1]));
  const broken = relativeLinks(fs.readFileSync(file, 'utf8')).filter((link) => {
    const [target, anchor] = link.split('#');
    const resolved = target ? path.resolve(path.dirname(file), target) : file;
    if (!fs.existsSync(resolved)) return true;
    return anchor !== undefined && !headings(fs.readFileSync(resolved, 'utf8')).includes(anchor);
  });
  expect(broken).toEqual([]);
});

it.each(examples.map((example) => [example.file, example.name, example] as const))('%s example %s prints what it shows', async (_file, _name, example) => {
  const headers: Record<string, string> = example.role ? { 'x-api-key': TEST_KEYS[example.role as Role] } : {};
  const { status: _status, ...answer } = await postGraphQL(server.url, example.query, example.variables, headers);
  // The graph version an answer states depends on the writes run before it; the guides show the data.
  const { extensions: { graphVersion: _version, ...extensions } = {}, ...body } = answer as typeof answer & { extensions?: Record<string, unknown> };
  if (Object.keys(extensions).length > 0) Object.assign(body, { extensions });
  const actual = JSON.stringify(body, null, 2) + '\n';
  if (process.env.UPDATE_README) rewriteShown(example.file, (file, text) => examplesIn(file, text).find((candidate) => candidate.name === example.name)!, actual);
  expect(body.errors).toBeUndefined();
  expect(actual).toBe(process.env.UPDATE_README ? actual : example.expected);
});

it.each(commands.map((command) => [command.file, command.name, command] as const))('%s command %s prints what it shows', (_file, _name, command) => {
  const result = spawnSync(process.execPath, [SCRIPTS[command.script], ...command.args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    // The test's own Neo4j, with the credentials global-setup put in the environment.
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  const actual = result.stdout + result.stderr;
  if (process.env.UPDATE_README) rewriteShown(command.file, (file, text) => commandsIn(file, text).find((candidate) => candidate.name === command.name)!, actual);
  expect(result.status).toBe(0);
  expect(withoutTimes(actual)).toBe(withoutTimes(process.env.UPDATE_README ? actual : command.expected));
});
