import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../src/config/logger';
import { Database } from '../src/db/database';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded-neo4j';
import { migrate } from '../src/db/migrations';
import { createContext } from '../src/graphql/context';
import { graphSchema } from '../src/graphql/schema';
import { startHttpServer } from '../src/http/http-server';
import { seedGraph } from '../src/seed/seed.service';

/**
 * `npm run bench`: latency of the main workloads on the seed graph, through three paths:
 * hand-written Cypher on the driver (the floor), the GraphQL schema in-process, and HTTP.
 * Sequential requests, bounded counts; prints a table and the ratios to the floor.
 */
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = Math.min(50, ITERATIONS);

interface Workload {
  name: string;
  graphql: string;
  cypher: string;
  params?: Record<string, unknown>;
}

const WORKLOADS: Workload[] = [
  {
    name: 'nested dashboard (institutions > projects > domains)',
    graphql: '{ institutions(first: 100) { nodes { id name projects { nodes { id name domains { nodes { id name } } } } } } }',
    cypher: `MATCH (i:Institution) WITH i ORDER BY i.name, i.id LIMIT 100
      RETURN i.id AS id, i.name AS name, COLLECT { MATCH (i)-[:PARTICIPATES_IN|SUPPORTS]->(p:Project)
        RETURN {id: p.id, name: p.name, domains: COLLECT { MATCH (p)-[:IN_DOMAIN]->(d:Domain) RETURN {id: d.id, name: d.name} }} } AS projects`,
  },
  {
    name: 'search',
    graphql: '{ search(text: "China ASEAN", first: 10) { score node { id name } } }',
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', '("china asean")^4 OR ((china OR china*) AND (asean OR asean*))') YIELD node, score
      RETURN node.id AS id, node.name AS name, score ORDER BY score DESC LIMIT 10`,
  },
  {
    name: 'entity with relationships',
    graphql: '{ node(id: "china-asean-technology-transfer-center") { id name relationships(first: 50) { totalCount edges { type node { id name } evidence { quote } } } } }',
    cypher: `MATCH (n:Entity {id: 'china-asean-technology-transfer-center'})
      RETURN n.id AS id, n.name AS name, COLLECT { MATCH (n)-[r]-(m) RETURN {type: type(r), id: m.id, name: m.name, quotes: r.evidenceQuotes} } AS edges`,
  },
  {
    name: 'paths, up to 4 hops',
    graphql: '{ paths(from: "mahidol-university", to: "china-asean-technology-transfer-center", maxHops: 4, first: 3) { length steps { explanation } } }',
    cypher: `MATCH (a:Entity {id: 'mahidol-university'}), (b:Entity {id: 'china-asean-technology-transfer-center'})
      MATCH p = SHORTEST 3 (a)-[]-{1,4}(b) RETURN [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | r.evidenceQuotes] AS quotes`,
  },
  {
    name: 'neighbourhood, depth 2',
    graphql: '{ neighbourhood(id: "guangxi-department-of-science-and-technology", depth: 2, limit: 200) { truncated nodes { id label type } edges { source target type } } }',
    cypher: `MATCH (c:Entity {id: 'guangxi-department-of-science-and-technology'})
      MATCH p = ANY SHORTEST (c)-[]-{1,2}(m:Entity) WITH c, collect(m) AS ms
      WITH [c] + ms AS nodes UNWIND nodes AS x MATCH (x)-[r]->(y) WHERE y IN nodes
      RETURN collect({s: x.id, t: y.id, type: type(r)}) AS edges`,
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(run: () => Promise<unknown>): Promise<{ p50: number; p99: number; perSecond: number }> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < ITERATIONS; i += 1) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), perSecond: (ITERATIONS / elapsed) * 1000 };
}

async function main(): Promise<void> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = process.env.NEO4J_URI;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-bench-'));
  if (!uri) {
    embedded = await startEmbeddedNeo4j({ dataDir, heap: '1g', pageCache: '256m' });
    uri = embedded.uri;
  }
  const db = Database.connect(uri, process.env.NEO4J_USER ?? 'neo4j', embedded ? '' : (process.env.NEO4J_PASSWORD ?? ''), { transactionTimeoutMs: 30_000 });
  const server = await startHttpServer({ schema: await graphSchema(), database: db, logger: createLogger('silent'), host: '127.0.0.1', port: 0, production: true });
  try {
    await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await migrate(db);
    await seedGraph(db);
    console.log(`collab-graph bench: seed graph, ${ITERATIONS} sequential requests per path after ${WARMUP} warm-up; ${os.cpus().length} cores, Node ${process.version}\n`);
    console.log('| workload | path | p50 ms | p99 ms | req/s | round trips | vs floor (p50) |');
    console.log('|---|---|---|---|---|---|---|');
    for (const workload of WORKLOADS) {
      const floor = await measure(() => db.read(workload.cypher, workload.params));
      let roundTrips = 0;
      const inProcess = await measure(async () => {
        const context = createContext(db);
        const response = await server.apollo.executeOperation({ query: workload.graphql }, { contextValue: context });
        if (response.body.kind === 'single' && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
        roundTrips = context.stats.roundTrips;
      });
      const overHttp = await measure(async () => {
        const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: workload.graphql }) });
        await response.text();
      });
      const row = (label: string, result: { p50: number; p99: number; perSecond: number }, trips: number | string) =>
        console.log(
          `| ${workload.name} | ${label} | ${result.p50.toFixed(2)} | ${result.p99.toFixed(2)} | ${result.perSecond.toFixed(0)} | ${trips} | ${(result.p50 / floor.p50).toFixed(2)}x |`,
        );
      row('Cypher on the driver (floor)', floor, 1);
      row('GraphQL in-process', inProcess, roundTrips);
      row('GraphQL over HTTP', overHttp, roundTrips);
    }
    console.log(`\nservice RSS after the run: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (bench process, server in-process)`);
  } finally {
    await server.close(1_000);
    await db.close();
    await embedded?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
