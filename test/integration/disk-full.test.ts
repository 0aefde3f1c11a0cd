import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Authenticator } from '../../src/platform/auth/authenticator';
import { Role } from '../../src/platform/auth/roles';
import { writeBackup } from '../../src/features/backup/backup.repository';
import { createLogger } from '../../src/platform/config/logger';
import { connectGraph, type GraphConnection } from '../../src/engine/db/connect';
import { EMBEDDED_NEO4J_USER, freePort } from '../../src/engine/db/embedded-neo4j';
import { migrate } from '../../src/engine/db/migrations';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { seedGraph } from '../../src/engine/seed/seed.service';
import { postGraphQL, startTestServer, TEST_KEYS, testAuthConfig } from '../support/graph';
import { copyStoreTemplate } from '../support/test-store';
import { TEST_JIT } from '../support/neo4j-servers';

/**
 * The embedded Neo4j's data folder on a full disk: a size-limited tmpfs, which only root may mount.
 * Elsewhere the test is skipped, and says why.
 */
jest.setTimeout(300_000);

const TMPFS_SIZE = '600m';
const DASHBOARD = '{ institutions(first: 20) { nodes { id name } } }';
const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }';
const input = (id: string) => ({ id, type: 'Institution', kind: 'UNIVERSITY', name: `Disk ${id}`, evidence: [{ sourceId: 'china-asean-tech-transfer-2021-09-27', quote: 'Mahidol University' }] });
const EDITOR = { 'x-api-key': TEST_KEYS[Role.EDITOR] };

/** Mounts a tmpfs, or says why it cannot. */
function mountTmpfs(folder: string): string | undefined {
  if (process.getuid?.() !== 0) return `not running as root (id -u is ${process.getuid?.()}), so no tmpfs can be mounted`;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE}`, 'tmpfs', folder], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `mount -t tmpfs failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}

const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-disk-full-'));
const skipped = mountTmpfs(mountPoint);
if (skipped) process.stdout.write(`disk-full test skipped: ${skipped}\n`);
const describeIfMounted = skipped ? describe.skip : describe;

describeIfMounted('the data folder on a full disk', () => {
  let graph: GraphConnection;
  let server: RunningHttpServer;
  const filler = path.join(mountPoint, 'filler');

  beforeAll(async () => {
    const dataDir = path.join(mountPoint, 'neo4j');
    fs.mkdirSync(dataDir);
    copyStoreTemplate(dataDir);
    const config = {
      uri: undefined,
      user: EMBEDDED_NEO4J_USER,
      password: '',
      database: undefined,
      embeddedDataDir: dataDir,
      embeddedBoltPort: await freePort(),
      embeddedHeap: '512m',
      embeddedPageCache: '64m',
      embeddedTransactionMemory: '256m',
      embeddedWarmSpare: false,
      embeddedJit: TEST_JIT,
      embeddedStartTimeoutMs: Number(process.env.NEO4J_START_TIMEOUT_MS) || 240_000,
      transactionTimeoutMs: 60_000,
      retryMs: 500,
    };
    graph = await connectGraph(config, createLogger('silent'));
    await migrate(graph.database);
    await seedGraph(graph.database);
    server = await startTestServer(graph.database, false, undefined, { databaseHealth: graph.health, authenticator: new Authenticator(testAuthConfig()) });
  });

  afterAll(async () => {
    await server?.close(1_000);
    await graph?.close();
    execFileSync('umount', [mountPoint]);
    fs.rmSync(mountPoint, { recursive: true, force: true });
  });

  const entries = async () => {
    const lines: string[] = [];
    await writeBackup(graph.database, async (line) => void lines.push(line));
    return lines.slice(1).join('');
  };

  it('refuses work with a clear code while the database is down, restarts it, and writes again once there is room, with nothing lost', async () => {
    expect((await postGraphQL(server.url, CREATE, { input: input('disk-before') }, EDITOR)).errors).toBeUndefined();
    const before = await entries();
    // Fill the disk to the last byte. Asynchronously: the server runs in this process, and an event loop
    // blocked for seconds let its keep-alive timer close a socket the next request had just taken (ECONNRESET).
    const file = await fs.promises.open(filler, 'w');
    const block = Buffer.alloc(1 << 20, 1);
    try {
      for (;;) await file.write(block);
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      await file.close();
    }
    const codes: string[] = [];
    for (let n = 0; n < 20; n++) {
      const response = await postGraphQL(server.url, CREATE, { input: input(`disk-full-${n}`) }, EDITOR);
      codes.push(response.errors ? String(response.errors[0].extensions?.code) : 'OK');
    }
    const read = await postGraphQL(server.url, DASHBOARD);
    process.stdout.write(`disk full: writes answered ${[...new Set(codes)].join(', ')}; a read answered ${read.errors ? read.errors[0].extensions?.code : 'OK'}\n`);
    // Neo4j panics a database whose store write failed: it refuses every transaction, reads too, until
    // restarted, and the supervisor restarts it. Every answer meanwhile carries a clear code.
    expect(codes.filter((code) => code !== 'OK' && code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(codes).toContain('DATABASE_UNAVAILABLE');
    expect([undefined, 'DATABASE_UNAVAILABLE']).toContain(read.errors?.[0].extensions?.code);

    fs.rmSync(filler);
    let wrote = false;
    for (let n = 0; n < 240 && !wrote; n++) {
      wrote = !(await postGraphQL(server.url, CREATE, { input: input(`disk-after-${n}`) }, EDITOR)).errors;
      if (!wrote) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(wrote).toBe(true);
    const after = await entries();
    for (const line of before.split('\n').filter((entry) => entry.includes('"node"'))) expect(after).toContain(line.replace(/^\{"node":\d+,/, ''));
  });
});
