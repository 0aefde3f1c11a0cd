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
import { bulkLoad, clearGraph } from './bulk-load';
import { generateGraph, SCALES, type Scale } from './synthetic-graph';
import { SEED_IDS, SYNTHETIC_IDS, workloads } from './workloads';

/**
 * `npm run bench [-- --scale seed|tiny|small|large]`: latency of the main workloads, through three paths:
 * hand-written Cypher on the driver (the floor), the GraphQL schema in-process, and HTTP.
 * Sequential requests, bounded counts; prints a table and the ratios to the floor.
 */
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const scaleArgument = process.argv.indexOf('--scale');
const SCALE = (scaleArgument > 0 ? process.argv[scaleArgument + 1] : 'seed') as Scale | 'seed';
if (SCALE !== 'seed' && !(SCALE in SCALES)) {
  console.error(`--scale must be seed, ${Object.keys(SCALES).join(', ')}`);
  process.exit(2);
}
const WARMUP = Math.min(50, ITERATIONS);

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
    let ids = SEED_IDS;
    if (SCALE === 'seed') {
      await clearGraph(db);
      await migrate(db);
      await seedGraph(db);
    } else {
      const graph = generateGraph(SCALE);
      const { seconds } = await bulkLoad(db, graph, (line) => process.stderr.write(`\r${line}   `));
      process.stderr.write('\n');
      console.log(`bulk load (${SCALE}): ${graph.entities.length} entities, ${graph.relations.length} relationships in ${seconds.toFixed(1)} s`);
      ids = SYNTHETIC_IDS;
    }
    console.log(`collab-graph bench: ${SCALE} graph, ${ITERATIONS} sequential requests per path after ${WARMUP} warm-up; ${os.cpus().length} cores, Node ${process.version}\n`);
    console.log('| workload | path | p50 ms | p99 ms | req/s | round trips | vs floor (p50) |');
    console.log('|---|---|---|---|---|---|---|');
    for (const workload of workloads(ids)) {
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
