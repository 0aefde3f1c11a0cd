import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { Role } from '../../src/platform/auth/roles';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import type { Database } from '../../src/engine/db/database';
import { embeddedPasswordFile, freePort } from '../../src/engine/db/embedded-neo4j';
import { createContext } from '../../src/app/context';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { buildOnce } from '../support/build';
import { dumpGraph, seededDatabase, startTestServer } from '../support/graph';

const SOURCE = 'china-asean-tech-transfer-2021-09-27';
const editor = { id: 'api-key:test-editor', authenticated: true, role: Role.EDITOR };
const EXAMPLES = path.join(PROJECT_ROOT, 'docs', 'examples');

let db: Database;
let server: RunningHttpServer;
let folder: string;

/** Runs a built command-line tool; `env` replaces the test's connection settings where given. */
function cli(script: 'backup' | 'restore' | 'import', args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const entry = script === 'import' ? 'dist/src/app/cli/import.cli.js' : `dist/src/app/cli/${script}.cli.js`;
  return spawnSync(process.execPath, [entry, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn', ...env }, timeout: 240_000 });
}

async function mutate(query: string, variables: Record<string, unknown> = {}) {
  const response = await server.apollo.executeOperation({ query, variables }, { contextValue: createContext(db, { principal: editor }) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const result = response.body.singleResult as { data?: any; errors?: unknown[] };
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** The backup without its first line, which holds the time it was made. */
const content = (file: string) => fs.readFileSync(file, 'utf8').split('\n').slice(1).join('\n');

beforeAll(async () => {
  db = await seededDatabase();
  server = await startTestServer(db);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-backup-'));
  buildOnce();
});
afterAll(async () => {
  await server.close(1_000);
  await db.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('seed, curate, back up, restore into a fresh embedded Neo4j: every node, relationship and property comes back', async () => {
    await mutate(
      `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
      { input: { id: 'mahidol-faculty-of-science', type: 'Institution', kind: 'UNIVERSITY', name: 'Faculty of Science', aliases: ['MUSC'], properties: { count: 3 }, evidence: [{ sourceId: SOURCE, quote: 'Mahidol University of Thailand' }] } },
    );
    await mutate('mutation { updateEntity(id: "mahidol-university", input: {properties: {collective: false}}) { id } }');
    await mutate('mutation { addAliases(id: "mahidol-university", aliases: ["Mahidol U."]) { id } }');
    await mutate(
      'mutation ($input: LinkInput!) { linkEntities(input: $input) { id } }',
      { input: { from: 'mahidol-faculty-of-science', type: 'PART_OF', to: 'mahidol-university', properties: { role: 'faculty' }, evidence: [{ sourceId: SOURCE, quote: 'Mahidol University' }] } },
    );
    await mutate('mutation { mergeEntities(keep: "chinese-academy-of-sciences", duplicates: ["guangxi-university-of-chinese-medicine"]) { removedIds } }');
    const document = fs.readFileSync(path.join(EXAMPLES, 'curator-note.yaml'), 'utf8');
    await mutate('mutation ($input: ImportDocumentInput!) { importDocument(input: $input) { applied } }', {
      input: { document, text: fs.readFileSync(path.join(EXAMPLES, 'curator-note.txt'), 'utf8') },
    });
    // Every kind of value Neo4j can store, where the API writes only some of them.
    await db.write((tx) =>
      tx.run(`MATCH (n:Entity {id: 'thailand'})
              SET n.float = 2.0, n.negative = -0.5, n.notANumber = 0.0 / 0.0, n.big = 9007199254740993, n.floats = [1.5, 2.0],
                  n.localDate = localdatetime('2024-02-29T23:59:59.123456789'), n.zoned = datetime('2024-10-27T02:30:00+01:00[Europe/Berlin]'),
                  n.offset = datetime('2024-01-01T00:00:00.5+05:45'), n.time = time('12:00:00-03:00'), n.localTime = localtime('06:07:08'),
                  n.duration = duration('P1Y2M3DT4H5M6.007S'), n.place = point({longitude: 100.5, latitude: 13.75}), n.point3d = point({x: 1, y: 2, z: 3}),
                  n.noAliases = []`),
    );
    const before = await dumpGraph(db);
    const curated = path.join(folder, 'curated.jsonl');
    const backedUp = cli('backup', [curated]);
    expect(backedUp.stderr).toMatch(/^Backed up \d+ nodes and \d+ relationships to .*curated\.jsonl\n$/);
    expect(backedUp.status).toBe(0);
    expect(fs.existsSync(`${curated}.partial`)).toBe(false);

    // No NEO4J_URI: the tools start an embedded Neo4j of their own, which sets up its own password.
    const dataDir = path.join(folder, 'fresh-neo4j');
    const fresh = { NEO4J_URI: '', NEO4J_USER: '', NEO4J_PASSWORD: '', NEO4J_DATA_DIR: dataDir, NEO4J_EMBEDDED_BOLT_PORT: String(await freePort()), NEO4J_EMBEDDED_HEAP: '512m', NEO4J_EMBEDDED_PAGE_CACHE: '64m' };
    const restored = cli('restore', [curated], fresh);
    expect(restored.stderr).toMatch(/^Restored \d+ nodes and \d+ relationships from /);
    expect(restored.status).toBe(0);
    expect(fs.statSync(embeddedPasswordFile(dataDir)).mode & 0o777).toBe(0o600);
    const again = path.join(folder, 'restored.jsonl');
    expect(cli('backup', [again], fresh).status).toBe(0);
    expect(content(again)).toBe(content(curated));

    // And back into the test's own graph, replacing it: the graph as it was before, value for value.
    const forced = cli('restore', [again, '--force']);
    expect(forced.status).toBe(0);
    expect(await dumpGraph(db)).toBe(before);
    const [typed] = await db.read(`MATCH (n:Entity {id: 'thailand'})
      RETURN valueType(n.float) AS float, valueType(n.big) AS big, n.big = 9007199254740993 AS exact, valueType(n.zoned) AS zoned, toString(n.zoned) AS zonedText,
             valueType(n.place) AS place, valueType(n.noAliases) AS empty, isNaN(n.notANumber) AS nan`);
    expect(typed).toEqual({
      float: 'FLOAT NOT NULL',
      big: 'INTEGER NOT NULL',
      exact: true,
      zoned: 'ZONED DATETIME NOT NULL',
      zonedText: '2024-10-27T02:30:00+01:00[Europe/Berlin]',
      place: 'POINT NOT NULL',
      empty: expect.stringMatching(/^LIST<.*> NOT NULL$/),
      nan: true,
    });
  }, 600_000);

  it('refuses a graph that is not empty unless --force, and a damaged file even with it, changing nothing', async () => {
    const file = path.join(folder, 'curated.jsonl');
    const before = await dumpGraph(db);
    const refused = cli('restore', [file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^The graph is not empty \(\d+ nodes\): restore rebuilds an empty graph\. Pass --force to replace it/);

    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    const truncated = path.join(folder, 'truncated.jsonl');
    fs.writeFileSync(truncated, `${lines.slice(0, -1).join('\n')}\n`);
    const incomplete = cli('restore', [truncated, '--force']);
    expect(incomplete.status).toBe(1);
    expect(incomplete.stderr).toMatch(/^Nothing was restored: the backup is not valid: the backup ends at line \d+ without its last line: it is incomplete\n$/);

    const foreign = path.join(folder, 'foreign.jsonl');
    fs.writeFileSync(foreign, [lines[0], JSON.stringify({ node: 0, labels: ['Entity', 'Admin'], properties: {} }), ...lines.slice(2)].join('\n'));
    const badLabel = cli('restore', [foreign, '--force']);
    expect(badLabel.status).toBe(1);
    expect(badLabel.stderr).toMatch(/^Nothing was restored: the backup is not valid: line 2: labels must be some of Entity, Source, /);
    expect(await dumpGraph(db)).toBe(before);
  }, 120_000);

  it('an import killed with SIGKILL half-way leaves the graph exactly as before it', async () => {
    const count = 2_000;
    const ids = Array.from({ length: count }, (_, index) => `bulk-institution-${index}`);
    const quote = (id: string) => `${id} is an institution.`;
    const document = {
      source: { id: 'bulk-source', title: 'Bulk', publisher: 'Test suite', place: 'Nowhere', publishedOn: '2024-01-01', file: 'bulk.txt' },
      entities: ids.map((id) => ({ id, type: 'Institution', kind: 'UNIVERSITY', name: id, aliases: [], evidence: [{ quote: quote(id) }] })),
      relations: ids.slice(1).map((id, index) => ({ from: id, type: 'COOPERATES_WITH', to: ids[index], evidence: [{ quote: quote(id) }] })),
    };
    fs.writeFileSync(path.join(folder, 'bulk.yaml'), YAML.stringify(document));
    fs.writeFileSync(path.join(folder, 'bulk.txt'), ids.map(quote).join('\n'));
    const before = await dumpGraph(db);

    const importer = spawn(process.execPath, ['dist/src/app/cli/import.cli.js', path.join(folder, 'bulk.yaml')], { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let progress = '';
    importer.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => importer.once('exit', (_code, signal) => resolve(signal)));
    // The first progress line: one batch of entities is written, in a transaction that is still open.
    const firstBatch = new Promise<void>((resolve) =>
      importer.stderr!.on('data', (chunk: Buffer) => {
        progress += chunk.toString('utf8');
        if (new RegExp(`^entities: \\d+/${count}$`, 'm').test(progress)) resolve();
      }),
    );
    await Promise.race([firstBatch, exited]);
    // Still running (were it not, its output says why).
    expect({ exitCode: importer.exitCode, output: output + progress }).toMatchObject({ exitCode: null });
    importer.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output + progress).not.toMatch(/Imported source/);

    // Neo4j rolls the transaction back once it sees the connection gone; wait until it has.
    const started = Date.now();
    while ((await db.read('SHOW TRANSACTIONS YIELD currentQuery RETURN count(*) AS open'))[0].open !== 1 && Date.now() - started < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await dumpGraph(db)).toBe(before);
  }, 300_000);
});
