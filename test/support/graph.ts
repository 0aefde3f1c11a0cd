import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/platform/config/logger';
import { clearGraph } from '../../src/engine/db/clear-graph';
import { Database, type ReadOptions } from '../../src/engine/db/database';
import { migrate } from '../../src/engine/db/migrations';
import type { RequestLimits } from '../../src/platform/graphql/limits';
import { graphSchema } from '../../src/app/schema';
import { createContext } from '../../src/app/context';
import { startHttpServer, type HttpServerOptions, type RunningHttpServer } from '../../src/app/http/http-server';
import { sha256Hex } from '../../src/platform/auth/authenticator';
import { Role, ROLES } from '../../src/platform/auth/roles';
import type { AuthConfig } from '../../src/platform/config/config';
import { seedGraph } from '../../src/engine/seed/seed.service';
import { TEST_RUN_VARIABLE } from './build';
import { runHasNoDatabase } from './neo4j-servers';

/** A driver to the run's Neo4j (the embedded one from global-setup, or NEO4J_URI). */
export function testDatabase(): Database {
  const uri = process.env.NEO4J_URI;
  if (runHasNoDatabase()) throw new Error('This run has no database (TEST_NEO4J=none, `npm run test:unit`): a test that needs Neo4j belongs in test/integration');
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests through jest so global-setup starts Neo4j');
  return Database.connect(uri, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '', { transactionTimeoutMs: Number(process.env.TEST_TX_TIMEOUT_MS ?? 30_000) });
}

/**
 * Community Neo4j has one user database, so each test file starts from an empty, migrated graph, cleared in
 * bounded batches: a synthetic graph left by the test before would not fit one transaction's memory limit.
 */
export async function resetGraph(db: Database): Promise<void> {
  await clearGraph(db);
  await migrate(db);
}

/**
 * What a file that asks for the seeded graph must find: the graph (every node and relationship with
 * its labels, type and properties, as dumpGraph sees it) and the schema (indexes and constraints'
 * backing indexes, online). The counts and schema come first and cheaply (Neo4j's count store), so a
 * large graph left by another file is told apart without dumping it.
 */
async function fingerprintHead(db: Database): Promise<string> {
  const [counts] = await db.read('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  const schema = await db.read('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state ORDER BY name');
  return createHash('sha256').update(canonicalJson({ counts, schema })).digest('hex');
}

async function fingerprintDump(db: Database): Promise<string> {
  return createHash('sha256').update(await dumpGraph(db)).digest('hex');
}

async function matchesFingerprint(db: Database, remembered: string): Promise<boolean> {
  const [head, dump] = remembered.split('\n');
  return head === (await fingerprintHead(db)) && dump === (await fingerprintDump(db));
}

/** Where this run remembers the fingerprint of its freshly seeded graph, one file per server. */
function seededFingerprintFile(): string {
  const server = createHash('sha256').update(process.env.NEO4J_URI ?? '').digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `collab-graph-seeded-${process.env[TEST_RUN_VARIABLE] ?? 'no-run'}-${server}`);
}

/**
 * A database holding exactly the seed, as a fresh reset and seed leaves it. Seeding is done once per
 * server and run: a later file whose graph and schema still match the seeded state's fingerprint (a
 * file before it only read) uses it as it is; any difference, however small, resets and seeds again.
 */
export async function seededDatabase(): Promise<Database> {
  const db = testDatabase();
  const file = seededFingerprintFile();
  const remembered = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (remembered !== undefined && (await matchesFingerprint(db, remembered))) return db;
  fs.rmSync(file, { force: true });
  await resetGraph(db);
  await seedGraph(db);
  fs.writeFileSync(file, `${await fingerprintHead(db)}\n${await fingerprintDump(db)}`);
  return db;
}

export const silentLogger = createLogger('silent');

/**
 * `db` without the per-statement time limits some reads ask for (the path search's 5 s); the general
 * transaction limit stays. For tests of what an answer says: on two cores shared with the other jest
 * worker a small search has taken over 5 s, and how fast it is belongs to the bench.
 */
export function unhurried(db: Database): Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'runner') return Reflect.get(target, property, receiver);
      return (...args: Parameters<Database['runner']>) => {
        const runner = target.runner(...args);
        return { ...runner, read: (cypher: string, params?: Record<string, unknown>, options?: ReadOptions) => runner.read(cypher, params, options && { ...options, timeoutMs: undefined }) };
      };
    },
  });
}

/** Who may call a test server, and the limits it holds them to. */
export type ServerAccess = Pick<HttpServerOptions, 'authenticator' | 'cypher' | 'requestTimeoutMs' | 'admission' | 'proposer' | 'databaseHealth' | 'maxSubscriptionStreams'>;

export async function startTestServer(db: Database, production = false, limits?: RequestLimits, access: ServerAccess = {}): Promise<RunningHttpServer> {
  return startHttpServer({ schema: await graphSchema(), database: db, logger: silentLogger, host: '127.0.0.1', port: 0, production, limits, ...access });
}

/** One API key per role, for tests that act as each of them. */
export const TEST_KEYS: Record<Role, string> = { [Role.READER]: 'test-reader-key', [Role.RESEARCHER]: 'test-researcher-key', [Role.EDITOR]: 'test-editor-key' };

export function testAuthConfig(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    anonymousRole: Role.READER,
    apiKeys: ROLES.map((role) => ({ name: `test-${role}`, role, sha256: sha256Hex(TEST_KEYS[role]) })),
    jwt: { secret: undefined, jwksFile: undefined, issuer: undefined, audience: undefined, rolesClaim: 'roles' },
    ...overrides,
  };
}

/** JSON with object keys in order (Neo4j returns a map's keys in storage order) and BigInts as text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'bigint') return `${item}n`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/**
 * A full, ordered dump of the knowledge graph (entities, sources, conflicts and their relationships, not
 * the change log that records how it got there): equal dumps mean equal graphs.
 */
export async function dumpGraph(db: Database): Promise<string> {
  const content = 'Entity|Source|Conflict';
  const nodes = await db.read(`MATCH (n:${content}) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id, labels(n)[0]`);
  const relationships = await db.read(
    `MATCH (a:${content})-[r]->(b:${content}) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to`,
  );
  return canonicalJson({ nodes, relationships });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
}

/** POSTs a GraphQL request the way a client would. */
export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
}

/** Runs an operation in-process with its own context, so a test can read the request's round trips. */
export async function executeCounted<T = any>(server: RunningHttpServer, db: Database, query: string, variables?: Record<string, unknown>) {
  const context = createContext(db);
  const response = await server.apollo.executeOperation<T>({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { result: response.body.singleResult, roundTrips: context.stats.roundTrips };
}

/** Registers beforeAll/afterAll for a test file that reads the seeded graph through a running server. */
export function useSeededServer(production = false, access: ServerAccess = {}): { db: Database; server: RunningHttpServer } {
  const fixture = {} as { db: Database; server: RunningHttpServer };
  beforeAll(async () => {
    fixture.db = await seededDatabase();
    fixture.server = await startTestServer(fixture.db, production, undefined, access);
  });
  afterAll(async () => {
    await fixture.server?.close(1_000);
    await fixture.db?.close();
  });
  return fixture;
}

/**
 * Holds a write lock on one entity from a transaction of the test's own, so that writes to it wait
 * for as long as the test likes; `release` rolls the transaction back.
 */
export async function holdEntityLock(db: Database, id: string): Promise<{ release(): Promise<void> }> {
  const session = db.driver.session({ defaultAccessMode: 'WRITE' });
  const transaction = await session.beginTransaction();
  await transaction.run('MATCH (n:Entity {id: $id}) SET n.heldByTest = true', { id });
  return {
    async release() {
      await transaction.rollback();
      await session.close();
    },
  };
}
