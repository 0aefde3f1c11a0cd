import 'reflect-metadata';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { Authenticator } from '../src/platform/auth/authenticator';
import { loadConfig } from '../src/platform/config/config';
import { createLogger } from '../src/platform/config/logger';
import { Database } from '../src/engine/db/database';
import { graphSchema } from '../src/app/schema';
import { startHttpServer } from '../src/app/http/http-server';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './peers/neo4j-graphql.typedefs';
import { StatementRecorder } from './statement-recorder';
import { workloads, type BenchIds } from './workloads';

/**
 * One benchmarked server per process, so each one's memory is its own:
 *   node dist/bench/servers.js floor|service|neo4j-graphql BOLT_URI IDS_JSON
 * It prints `READY <api port> <control port>`. Credentials come from NEO4J_USER and NEO4J_PASSWORD. The control port records the statements sent to Neo4j
 * between POST /start and POST /stop, and GET /profile answers their PROFILE database hits.
 */
type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => Promise<void>;

const [kind, uri, idsJson] = process.argv.slice(2);
const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), { maxConnectionPoolSize: 50, userAgent: `bench-${kind}` });
const recorder = new StatementRecorder();

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** The floor: each workload's hand-written Cypher, one executeRead, rows as JSON. */
function floorHandler(ids: BenchIds): Handler {
  const byName = new Map(workloads(ids).map((workload) => [workload.name, workload]));
  const database = new Database(driver, { transactionTimeoutMs: 30_000 });
  return async (request, response) => {
    const workload = byName.get(new URL(request.url ?? '/', 'http://x').searchParams.get('workload') ?? '');
    if (!workload) {
      response.writeHead(404).end();
      return;
    }
    sendJson(response, await database.read(workload.cypher, workload.params));
  };
}

/** @neo4j/graphql 7 on the same driver, served by Apollo Server 5 as its documentation shows. */
async function neo4jGraphqlHandler(): Promise<Handler> {
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  return async (_request, response, body) => {
    const headers = new HeaderMap();
    headers.set('content-type', 'application/json');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: JSON.parse(body) },
      context: async () => ({}),
    });
    response.writeHead(result.status ?? 200, { 'content-type': 'application/json' });
    response.end(result.body.kind === 'complete' ? result.body.string : '');
  };
}

/** A plain Node HTTP server around `handler`, as lean as the floor can be. */
async function serve(handler: Handler): Promise<number> {
  const server = http.createServer(async (request, response) => {
    try {
      await handler(request, response, await readBody(request));
    } catch (error) {
      if (!response.headersSent) response.writeHead(500);
      response.end(String((error as Error).message));
    }
  });
  server.keepAliveTimeout = 30_000;
  return listen(server);
}

async function controlServer(): Promise<number> {
  let recorded: ReturnType<StatementRecorder['stop']> = [];
  return serve(async (request, response) => {
    if (request.url === '/start') recorder.start();
    if (request.url === '/stop') recorded = recorder.stop();
    if (request.url === '/profile') return sendJson(response, { statements: recorded.length, dbHits: await recorder.profile(driver, recorded) });
    sendJson(response, { statements: recorded.length });
  });
}

async function apiServer(): Promise<number> {
  if (kind === 'service') {
    // Our service exactly as it runs in production: its own HTTP server, Apollo, limits, plugins and
    // admission control (MAX_IN_FLIGHT_REQUESTS, MAX_QUEUED_REQUESTS, OVERLOAD_REFUSAL_DELAY_MS and REQUEST_TIMEOUT_MS
    // from the environment), the proposer's threads (PROPOSER_THREADS, PROPOSER_MAX_QUEUED) and API keys (API_KEYS).
    const database = new Database(driver, { transactionTimeoutMs: 30_000 });
    const { admission, requestTimeoutMs, proposer, auth } = loadConfig(
      Object.fromEntries(
        ['MAX_IN_FLIGHT_REQUESTS', 'MAX_QUEUED_REQUESTS', 'OVERLOAD_REFUSAL_DELAY_MS', 'REQUEST_TIMEOUT_MS', 'PROPOSER_THREADS', 'PROPOSER_MAX_QUEUED', 'API_KEYS'].map((name) => [name, process.env[name]]),
      ),
    );
    const authenticator = new Authenticator(auth);
    const options = { schema: await graphSchema(), database, logger: createLogger('silent'), host: '127.0.0.1', port: 0, production: true, admission, requestTimeoutMs, proposer, authenticator };
    return (await startHttpServer(options)).port;
  }
  if (kind === 'floor') return serve(floorHandler(JSON.parse(idsJson) as BenchIds));
  if (kind === 'neo4j-graphql') return serve(await neo4jGraphqlHandler());
  throw new Error(`unknown server kind ${kind}`);
}

async function main(): Promise<void> {
  const api = await apiServer();
  process.stdout.write(`READY ${api} ${await controlServer()}\n`);
}

// A normal exit on a signal lets `node --cpu-prof` write its profile.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
