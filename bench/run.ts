import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/platform/config/config';
import { Database } from '../src/engine/db/database';
import { EMBEDDED_NEO4J_USER, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/engine/db/embedded-neo4j';
import { DEFAULT_ADMISSION_LIMITS } from '../src/app/http/admission';
import { MAX_PROPOSE_TEXT_LENGTH } from '../src/features/propose/propose.input';
import { DEFAULT_PROPOSER_LIMITS } from '../src/features/propose/propose.pool';
import { migrate } from '../src/engine/db/migrations';
import { seedGraph } from '../src/engine/seed/seed.service';
import { clearGraph } from '../src/engine/db/clear-graph';
import { bulkLoad } from './bulk-load';
import { askQuestions, askTimes } from './ask';
import { benchDocument, editBurst, existingEntities, importOnce, LOG_MODES, logVersion, prepareEditsSource, storedSince, type LogMode } from './change-log';

import { measureDelivery, type DeliveryRun } from './subscriptions';
import { longProposalText, readsDuringProposal, readTimes } from './proposal';
import { measureCell, type BenchRequest, type Cell } from './measure';
import { cpuSeconds, quietAfter } from './process-cpu';
import { revalidateBench } from './revalidate';
import { generateGraph, SCALES, type Scale } from './synthetic-graph';
import { SEED_IDS, SYNTHETIC_IDS, workloads, type Workload } from './workloads';

/**
 * `npm run bench [-- --scale seed|tiny|small|large] [--duration S | --requests N] [--connections 1,8,32] [--only dashboard,search] [--overload | --revalidate | --proposal [--runs N] [--proposal-length CHARS] | --ask [--runs N] | --subscriptions [--subscribers N] [--runs N] | --change-log [--runs N] [--facts N] [--mutations N] [--concurrency 1,8]] [--write docs/benchmarks.md]`
 *
 * One Neo4j holds the graph; three servers, each in its own process, answer the same workloads: the
 * floor (hand-written Cypher on neo4j-driver behind a plain Node HTTP handler), this service, and
 * @neo4j/graphql 7. autocannon drives each at each concurrency for a bounded time, on loopback.
 *
 * `--overload` drives only this service with the dashboard workload, by default at 1, 8 and 64
 * connections, and reports what admission control does: answers per second, latency of the answers,
 * 503 OVERLOADED refusals (with Retry-After), any other error, and the peak RSS of each step.
 *
 * `--revalidate` drives the floor and this service with the dashboard, by default at 1 and 8 connections:
 * the floor's answer, the service's full answer over GET, and the same GET with a current
 * `If-None-Match`, answered 304 from the ETag (target ≥ 20× the floor at 8 connections, no Neo4j CPU per 304).
 *
 * `--proposal` drives only this service: it proposes a text of the largest length the API takes
 * (`--runs` times, one after the other) and meanwhile sends a one-entity read again and again from one
 * client, and reports the proposal's time and the reads' p50 and p99, beside the same reads alone.
 *
 * `--ask` drives only this service: one client asks questions in plain words (`ask`, no model) one after
 * the other, `--runs` rounds (default 20), and reports p50 and p99 (target p99 < 200 ms at small scale).
 *
 * `--subscriptions` runs two service processes: `--subscribers` (default 100) `graphChanged` streams on
 * the first, then `--runs` (default 50) single writes through the first and as many through the second,
 * and reports the time from commit to each event's delivery, p50 and p99 (target p99 ≤ 1 s).
 *
 * `--change-log` runs no server: in this process it imports a generated document of `--facts` facts and
 * sends bursts of `--mutations` single edits (linkEntities, updateEntity) at each `--concurrency`, through
 * the repository functions, with the change log and in a plain transaction without it, `--runs` times each
 * (default 3), interleaved; it reports the medians, their ratio and the bytes each change stores.
 */
const PATHS = ['floor', 'service', 'neo4j-graphql'] as const;
type PathName = (typeof PATHS)[number];
const PATH_LABELS: Record<PathName, string> = { floor: 'floor (Cypher on the driver)', service: 'collab-graph', 'neo4j-graphql': '@neo4j/graphql 7' };

/** The value after `--name`, or `fallback` when the option is absent or given without a value (`--write` last). */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? process.argv[index + 1] : undefined;
  return value === undefined || value.startsWith('--') ? fallback : value;
}

const SCALE = option('scale', 'seed') as Scale | 'seed';
if (SCALE !== 'seed' && !(SCALE in SCALES)) {
  console.error(`--scale must be seed, ${Object.keys(SCALES).join(', ')}`);
  process.exit(2);
}
const DURATION = Number(option('duration', '5'));
/** With `--requests N`, every cell and warm-up of the comparison is N requests: a smoke run of the harness (the suite's), which measures nothing. */
const SMOKE_REQUESTS = Number(option('requests', '0'));
/** Seconds each path runs a workload, untimed, before any path is timed on it. */
const WORKLOAD_WARM_UP_SECONDS = 3;
const OVERLOAD = process.argv.includes('--overload');
const PROPOSAL = process.argv.includes('--proposal');
const ASK = process.argv.includes('--ask');
const CHANGE_LOG = process.argv.includes('--change-log');
const REVALIDATE = process.argv.includes('--revalidate');
const SUBSCRIPTIONS = process.argv.includes('--subscriptions');
const RUNS = Number(option('runs', '3'));
const PROPOSAL_LENGTH = Number(option('proposal-length', String(MAX_PROPOSE_TEXT_LENGTH)));
/** The editor's API key the proposal and subscription modes give the service (API_KEYS holds only its hash). */
const BENCH_EDITOR_KEY = randomBytes(16).toString('hex');
/** The editor's key; a long proposal must not meet the default 15 s deadline on a busy machine: its time is what is measured. */
const EDITOR_ENV = {
  API_KEYS: `bench-editor:editor:${createHash('sha256').update(BENCH_EDITOR_KEY).digest('hex')}`,
  REQUEST_TIMEOUT_MS: '600000',
};
const CONNECTIONS = option('connections', OVERLOAD ? '1,8,64' : REVALIDATE ? '1,8' : '1,8,32').split(',').map(Number);
const ONLY = option('only', '').split(',').filter(Boolean);
const WRITE = process.argv.includes('--write') ? option('write', path.join(PROJECT_ROOT, 'docs', 'benchmarks.md')) : undefined;
const MEMORY: Record<string, { heap: string; pageCache: string }> = { large: { heap: '4g', pageCache: '2g' }, small: { heap: '2g', pageCache: '1g' } };

interface RunningServer {
  name: PathName;
  process: ChildProcess;
  api: string;
  control: string;
}

/** The V8 flags `npm start` gives the service (package.json): its young generation kept small, for RSS. */
const SERVICE_NODE_FLAGS = ['--max-semi-space-size=4'];

async function startServer(name: PathName, uri: string, ids: object): Promise<RunningServer> {
  // Comparing paths measures queueing, not refusals: unless told otherwise, the service's admission
  // queue holds every connection (the overload mode keeps the configured queue).
  const env = OVERLOAD ? process.env : PROPOSAL || SUBSCRIPTIONS ? { ...EDITOR_ENV, ...process.env } : { MAX_QUEUED_REQUESTS: String(Math.max(...CONNECTIONS)), ...process.env };
  const flags = name === 'service' ? SERVICE_NODE_FLAGS : [];
  const child = spawn(process.execPath, [...flags, path.join(__dirname, 'servers.js'), name, uri, JSON.stringify(ids)], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (text) => text.startsWith('READY') && resolve(text));
    child.once('exit', (code) => reject(new Error(`${name} server exited with ${code}`)));
  });
  const [, api, control] = line.split(' ');
  return { name, process: child, api: `http://127.0.0.1:${api}`, control: `http://127.0.0.1:${control}` };
}

function requestFor(server: RunningServer, workload: Workload): BenchRequest {
  if (server.name === 'floor') return { url: `${server.api}/?workload=${encodeURIComponent(workload.name)}`, method: 'GET' };
  const query = server.name === 'service' ? workload.graphql : workload.neo4jGraphql;
  return { url: server.name === 'service' ? `${server.api}/graphql` : server.api, method: 'POST', body: JSON.stringify({ query }), headers: { 'content-type': 'application/json' } };
}

async function once(server: RunningServer, workload: Workload): Promise<unknown> {
  const { url, ...init } = requestFor(server, workload);
  const response = await fetch(url, init);
  const body = (await response.json()) as { errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`${server.name} ${workload.name}: ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

/** One request with its statements recorded: round trips, and database hits by PROFILE. */
async function profiled(server: RunningServer, workload: Workload): Promise<{ answer: unknown; roundTrips: number; dbHits: number }> {
  await fetch(`${server.control}/start`);
  const answer = await once(server, workload);
  await fetch(`${server.control}/stop`);
  const { statements, dbHits } = (await (await fetch(`${server.control}/profile`)).json()) as { statements: number; dbHits: number };
  return { answer, roundTrips: statements, dbHits };
}

/**
 * How long a cell waits for Neo4j to finish what the one before left running: the requests a cell
 * abandons when its time is up keep running in Neo4j (the floor's and @neo4j/graphql's path searches,
 * a quarter of a second of CPU each, 32 at a time), and without the wait they piled up over the
 * warm-up rounds until every path cell after them measured that backlog (0 to 3 answers a second).
 */
const QUIET_WAIT_MS = 120_000;

/** One cell of `workload` on `server` (see measureCell), once Neo4j is quiet. */
async function load(server: RunningServer, workload: Workload, connections: number, seconds: number, neo4jPid?: number): Promise<Cell> {
  if (neo4jPid !== undefined) await quietAfter(neo4jPid, QUIET_WAIT_MS);
  return measureCell(requestFor(server, workload), { server: server.process.pid!, neo4j: neo4jPid }, connections, SMOKE_REQUESTS > 0 ? { requests: SMOKE_REQUESTS } : seconds);
}

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

function versionOf(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
/** CPU per answer, or n/a where the process is not ours to see (Neo4j at NEO4J_URI). */
const cpuCell = (ms: number) => (Number.isNaN(ms) ? 'n/a' : fixed(ms, 2));
/** A ratio, or n/a when neither side completed a request in the window. */
const ratio = (ours: number, theirs: number) => (theirs === 0 ? 'n/a' : fixed(ours / theirs, 2));

type Print = (line?: string) => void;

/** Loads the graph of the chosen scale; returns its ids for the workloads and a line describing it. */
async function prepareGraph(db: Database): Promise<{ ids: typeof SEED_IDS; loadLine: string }> {
  if (SCALE === 'seed') {
    await clearGraph(db);
    await migrate(db);
    await seedGraph(db);
    return { ids: SEED_IDS, loadLine: 'the seed graph (60 nodes, 102 relationships)' };
  }
  const graph = generateGraph(SCALE);
  const { seconds } = await bulkLoad(db, graph, (line) => process.stderr.write(`\r${line}      `));
  process.stderr.write('\n');
  const loadLine = `${graph.entities.length.toLocaleString('en')} entities and ${graph.relations.length.toLocaleString('en')} relationships, bulk-loaded in ${fixed(seconds)} s`;
  return { ids: SYNTHETIC_IDS, loadLine };
}

function printSetting(print: Print, loadLine: string): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  print(`Graph: ${loadLine}. Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; Neo4j Community 5.26 embedded;`);
  print(`@neo4j/graphql ${versionOf('@neo4j/graphql')}, type-graphql ${versionOf('type-graphql')}, @apollo/server ${versionOf('@apollo/server')}, neo4j-driver ${versionOf('neo4j-driver')}.`);
}

/** Warm-up rounds at most; a path whose Neo4j CPU per answer still moves after them is timed anyway. */
const MAX_WARM_UP_ROUNDS = 8;
/** How far a path's Neo4j CPU per answer may move between two warm-up rounds and count as settled. */
const SETTLED_SHARE = 0.1;

/**
 * Warms Neo4j up on the workload through every path, round after round, until each path's Neo4j CPU
 * per answer moved by at most SETTLED_SHARE since its previous round. One fixed round was not enough:
 * its JIT favours whichever path ran last, and on the entity read the floor's statement still cost
 * four to six times its settled CPU after one (the first path timed paid for it). Returns the rounds.
 */
async function warmUntilSettled(servers: RunningServer[], workload: Workload, neo4jPid: number | undefined): Promise<number> {
  const previous = new Map<RunningServer, number>();
  // A smoke run, and cells shorter than a warm-up round, measure nothing: one round, and no more load.
  const rounds = SMOKE_REQUESTS > 0 || DURATION < WORKLOAD_WARM_UP_SECONDS ? 1 : MAX_WARM_UP_ROUNDS;
  for (let round = 1; round <= rounds; round++) {
    let settled = true;
    for (const server of servers) {
      const { neo4jCpuMs } = await load(server, workload, Math.max(...CONNECTIONS), Math.min(WORKLOAD_WARM_UP_SECONDS, DURATION), neo4jPid);
      const before = previous.get(server);
      // Neo4j's CPU is not ours to see at NEO4J_URI (NaN): one round, as before.
      if (!Number.isNaN(neo4jCpuMs) && (before === undefined || Math.abs(neo4jCpuMs - before) > SETTLED_SHARE * before)) settled = false;
      previous.set(server, neo4jCpuMs);
    }
    if (settled) return round;
  }
  return rounds;
}

/** Checks every path answers `workload` as the floor does, then times each path at each connection count; returns the ratio rows and the warm-up rounds it took. */
async function compareWorkload(workload: Workload, servers: RunningServer[], print: Print, neo4jPid: number | undefined): Promise<{ ratios: string[]; warmUpRounds: number }> {
  const ratios: string[] = [];
  const cells = new Map<string, Cell>();
  const expected = JSON.stringify(workload.answer.floor(await once(servers.find((server) => server.name === 'floor')!, workload)));
  const profiles = new Map<RunningServer, { size: string; roundTrips: number; dbHits: number }>();
  for (const server of servers) {
    const { answer, roundTrips, dbHits } = await profiled(server, workload);
    const canonical = (server.name === 'floor' ? workload.answer.floor : server.name === 'service' ? workload.answer.service : workload.answer.neo4jGraphql)(answer);
    const actual = JSON.stringify(canonical);
    if (actual !== expected) {
      const at = [...actual].findIndex((char, index) => char !== expected[index]);
      throw new Error(`${server.name} answers ${workload.name} differently from the floor, from character ${at}:\n…${actual.slice(Math.max(0, at - 200), at + 200)}\n…${expected.slice(Math.max(0, at - 200), at + 200)}`);
    }
    profiles.set(server, { size: workload.describe(canonical), roundTrips, dbHits });
  }
  const warmUpRounds = await warmUntilSettled(servers, workload, neo4jPid);
  for (const server of servers) {
    const { size, roundTrips, dbHits } = profiles.get(server)!;
    for (const connections of CONNECTIONS) {
      await load(server, workload, connections, Math.min(1, DURATION));
      const cell = await load(server, workload, connections, DURATION, neo4jPid);
      cells.set(`${server.name} ${connections}`, cell);
      print(
        `| ${workload.name} | ${PATH_LABELS[server.name]} | ${size} | ${roundTrips} | ${dbHits} | ${connections} | ${fixed(cell.perSecond)} | ${cell.p50} | ${cell.p99} | ${cell.errors} | ${cpuCell(cell.serverCpuMs)} | ${cpuCell(cell.neo4jCpuMs)} | ${fixed(cell.stealShare * 100, 0)} % |`,
      );
    }
  }
  for (const connections of CONNECTIONS) {
    const ours = cells.get(`service ${connections}`)!;
    const floor = cells.get(`floor ${connections}`)!;
    const peer = cells.get(`neo4j-graphql ${connections}`)!;
    ratios.push(
      `| ${workload.name} | ${connections} | ${ratio(ours.perSecond, floor.perSecond)} | ${ratio(ours.perSecond, peer.perSecond)} | ${ratio(ours.p99, floor.p99)} | ${ratio(ours.p99, peer.p99)} |`,
    );
  }
  return { ratios, warmUpRounds };
}

function printMemory(servers: RunningServer[], print: Print): void {
  print('| server process | RSS after the run | peak RSS |');
  print('|---|---|---|');
  for (const server of servers) {
    const memory = memoryOf(server.process.pid!);
    print(`| ${PATH_LABELS[server.name]} | ${fixed(memory.rss, 0)} MB | ${fixed(memory.peak, 0)} MB |`);
  }
}

/** Runs the mode asked for, if it is one of those that compare no paths; returns the name of its section. */
async function benchAlone(db: Database, uri: string, ids: typeof SEED_IDS, loadLine: string, print: Print, servers: RunningServer[], neo4jPid: number | undefined): Promise<string | undefined> {
  if (CHANGE_LOG) {
    await changeLogBench(db, neo4jPid, loadLine, print);
    return 'change-log';
  }
  if (OVERLOAD) {
    servers.push(await startServer('service', uri, ids));
    await overload(servers[0], ids, loadLine, print);
    return 'overload';
  }
  if (REVALIDATE) {
    servers.push(await startServer('floor', uri, ids), await startServer('service', uri, ids));
    await revalidate(servers, ids, loadLine, print, neo4jPid);
    return 'revalidate';
  }
  if (ASK) {
    servers.push(await startServer('service', uri, ids));
    await askBench(servers[0], ids, loadLine, print);
    return 'ask';
  }
  if (SUBSCRIPTIONS) {
    servers.push(await startServer('service', uri, ids), await startServer('service', uri, ids));
    await subscriptionBench(servers[0], servers[1], ids, loadLine, print);
    return 'subscriptions';
  }
  if (PROPOSAL) {
    servers.push(await startServer('service', uri, ids));
    await proposal(servers[0], ids, loadLine, print);
    return 'proposal';
  }
  return undefined;
}

async function main(): Promise<void> {
  const lines: string[] = [];
  const print = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  let embedded: EmbeddedNeo4j | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-bench-'));
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    embedded = await startEmbeddedNeo4j({ dataDir, ...(MEMORY[SCALE] ?? { heap: '1g', pageCache: '256m' }), startTimeoutMs: Number(process.env.NEO4J_START_TIMEOUT_MS) || undefined });
    uri = embedded.uri;
    // The benchmarked servers (child processes) read the credentials from the environment too.
    process.env.NEO4J_USER = EMBEDDED_NEO4J_USER;
    process.env.NEO4J_PASSWORD = embedded.password;
  }
  // A generous retry budget: two bulk-load writers may deadlock on a hub node, which the driver retries.
  const db = Database.connect(uri, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '', { transactionTimeoutMs: 600_000, retryMs: 30_000 });
  const servers: RunningServer[] = [];
  try {
    const { ids, loadLine } = await prepareGraph(db);
    const section = await benchAlone(db, uri, ids, loadLine, print, servers, embedded?.pid);
    if (section) {
      if (WRITE) writeSection(WRITE, `${section}-${SCALE}`, lines.join('\n'));
      return;
    }
    for (const name of PATHS) servers.push(await startServer(name, uri, ids));
    print(`### Scale: ${SCALE}`);
    print();
    printSetting(print, loadLine);
    if (SMOKE_REQUESTS > 0) print(`A smoke run of the harness: ${SMOKE_REQUESTS} requests per cell and per warm-up, so the figures below measure nothing.`);
    else print(`autocannon on loopback, ${DURATION} s per cell after a ${Math.min(1, DURATION)} s warm-up (and, on each workload before any path is timed, rounds of ${Math.min(WORKLOAD_WARM_UP_SECONDS, DURATION)} s per path until every path's Neo4j CPU per answer moved by at most ${SETTLED_SHARE * 100} % since its previous round, at most ${MAX_WARM_UP_ROUNDS}), at ${CONNECTIONS.join(', ')} connections, each cell and round started once Neo4j is quiet. Round trips and database hits: one request's statements, each run again with PROFILE. CPU per request: the server process's and the Neo4j JVM's CPU time over the cell, divided by its answers (the load generator runs on the same 2 cores). CPU steal: the share of the machine's CPU time the hypervisor gave to other guests during the cell; a cell with steal is slower for reasons outside it.`);
    print();
    print('| workload | path | answer | round trips | db hits | connections | req/s | p50 ms | p99 ms | errors | server CPU ms/req | Neo4j CPU ms/req | CPU steal |');
    print('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    const ratios: string[] = [];
    const warmUps: string[] = [];
    for (const workload of workloads(ids).filter((candidate) => ONLY.length === 0 || ONLY.includes(candidate.name))) {
      const compared = await compareWorkload(workload, servers, print, embedded?.pid);
      ratios.push(...compared.ratios);
      warmUps.push(`${workload.name} ${compared.warmUpRounds}`);
    }
    print();
    print('Ratios (throughput: higher is better for collab-graph; p99: lower is better):');
    print();
    print('| workload | connections | req/s ours / floor | req/s ours / @neo4j/graphql | p99 ours / floor | p99 ours / @neo4j/graphql |');
    print('|---|---|---|---|---|---|');
    ratios.forEach((line) => print(line));
    print();
    print(`Warm-up rounds per workload: ${warmUps.join(', ')}.`);
    print();
    printMemory(servers, print);
    if (WRITE) writeSection(WRITE, SCALE, lines.join('\n'));
  } finally {
    for (const server of servers) server.process.kill();
    await db.close();
    await embedded?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

interface OverloadCell {
  connections: number;
  answeredPerSecond: number;
  p50: number;
  p99: number;
  refused: number;
  otherErrors: number;
  peakRss: number;
}

/** Sum of a metric's samples in the service's /metrics text. */
function sampleTotal(metricsText: string, name: string): number {
  return metricsText
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .reduce((total, line) => total + Number(line.split(' ').pop()), 0);
}

const percentile = (sorted: number[], fraction: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]);

/**
 * One overload step: autocannon at `connections` for `seconds`, counting answers (HTTP 200 without
 * GraphQL errors), 503s and anything else, with the latency of the answers and the step's peak RSS.
 */
async function overloadCell(server: RunningServer, workload: Workload, connections: number, seconds: number): Promise<OverloadCell> {
  const { url, method, body, headers } = requestFor(server, workload);
  const metricsUrl = server.api + '/metrics';
  const errorsBefore = sampleTotal(await (await fetch(metricsUrl)).text(), 'collab_graph_errors_total');
  // Resets the process's peak RSS (VmHWM), so the peak is this step's.
  fs.writeFileSync(`/proc/${server.process.pid}/clear_refs`, '5');
  const answered: number[] = [];
  let refused = 0;
  let otherStatus = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, method, body, headers, connections, duration: seconds, timeout: 30 }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) answered.push(responseTime);
      else if (statusCode === 503) refused += 1;
      else otherStatus += 1;
    });
  });
  const graphqlErrors = sampleTotal(await (await fetch(metricsUrl)).text(), 'collab_graph_errors_total') - errorsBefore;
  const sorted = [...answered].sort((a, b) => a - b);
  return {
    connections,
    answeredPerSecond: (answered.length - graphqlErrors) / result.duration,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    refused,
    otherErrors: otherStatus + result.errors + result.timeouts + graphqlErrors,
    peakRss: memoryOf(server.process.pid!).peak,
  };
}

/** The dashboard under more clients than the service admits: admission control at work. */
async function overload(server: RunningServer, ids: typeof SEED_IDS, loadLine: string, print: Print): Promise<void> {
  const workload = workloads(ids).find((candidate) => candidate.name === 'dashboard')!;
  await once(server, workload);
  const inFlight = process.env.MAX_IN_FLIGHT_REQUESTS ?? `${DEFAULT_ADMISSION_LIMITS.maxInFlight} (default)`;
  const queued = process.env.MAX_QUEUED_REQUESTS ?? `${DEFAULT_ADMISSION_LIMITS.maxQueued} (default)`;
  const refusalDelay = process.env.OVERLOAD_REFUSAL_DELAY_MS ?? `${DEFAULT_ADMISSION_LIMITS.refusalDelayMs} (default)`;
  print(`### Overload: dashboard, scale ${SCALE}`);
  print();
  printSetting(print, loadLine);
  print(`collab-graph alone, MAX_IN_FLIGHT_REQUESTS ${inFlight}, MAX_QUEUED_REQUESTS ${queued}, OVERLOAD_REFUSAL_DELAY_MS ${refusalDelay}; autocannon on loopback, ${DURATION} s per step after a ${Math.min(1, DURATION)} s warm-up.`);
  print('Answers: HTTP 200 without GraphQL errors; latency percentiles are of the answers. 503: OVERLOADED refusals (autocannon does not wait for Retry-After, so a refused client asks again at once).');
  print();
  print('| connections | answers/s | p50 ms | p99 ms | 503 OVERLOADED | other errors | peak RSS MB |');
  print('|---|---|---|---|---|---|---|');
  const cells: OverloadCell[] = [];
  for (const connections of CONNECTIONS) {
    await load(server, workload, connections, Math.min(1, DURATION));
    const cell = await overloadCell(server, workload, connections, DURATION);
    cells.push(cell);
    print(
      `| ${connections} | ${fixed(cell.answeredPerSecond)} | ${fixed(cell.p50, 0)} | ${fixed(cell.p99, 0)} | ${cell.refused} | ${cell.otherErrors} | ${fixed(cell.peakRss, 0)} |`,
    );
  }
  const best = Math.max(...cells.map((cell) => cell.answeredPerSecond));
  const most = cells[cells.length - 1];
  print();
  print(
    `At ${most.connections} connections: ${fixed((100 * most.answeredPerSecond) / best, 0)} % of the best throughput (target ≥ 90 %), p99 ${fixed(most.p99, 0)} ms, ` +
      `peak RSS ${fixed(most.peakRss, 0)} MB (target < 300 MB), ${most.otherErrors} errors other than 503 (target 0).`,
  );
}

/** The dashboard revalidated by ETag (bench/revalidate.ts), beside the floor's. */
async function revalidate([floor, service]: RunningServer[], ids: typeof SEED_IDS, loadLine: string, print: Print, neo4jPid: number | undefined): Promise<void> {
  const dashboard = workloads(ids).find((candidate) => candidate.name === 'dashboard')!;
  print(`### Revalidating dashboard (ETag and 304), scale ${SCALE}`);
  print();
  printSetting(print, loadLine);
  await revalidateBench(floor, service, requestFor(floor, dashboard), dashboard, { connections: CONNECTIONS, duration: DURATION, warmUpSeconds: WORKLOAD_WARM_UP_SECONDS, neo4jPid, print });
}

/** Reads alone, then reads while long texts are proposed one after the other. */
async function proposal(server: RunningServer, ids: typeof SEED_IDS, loadLine: string, print: Print): Promise<void> {
  const graphqlUrl = `${server.api}/graphql`;
  const lightRead = `{ node(id: "${ids.from}") { id name } }`;
  const text = longProposalText(PROPOSAL_LENGTH);
  const metricsUrl = `${server.api}/metrics`;
  /** The longest the service's event loop was held since the last call (prom-client resets it on each scrape). */
  const eventLoopDelayMaxMs = async () => sampleTotal(await (await fetch(metricsUrl)).text(), 'nodejs_eventloop_lag_max_seconds') * 1000;
  await readTimes(graphqlUrl, lightRead, 100);
  await eventLoopDelayMaxMs();
  const alone = await readTimes(graphqlUrl, lightRead, 500);
  const aloneDelayMs = await eventLoopDelayMaxMs();
  const threads = process.env.PROPOSER_THREADS ?? `${DEFAULT_PROPOSER_LIMITS.threads} (default)`;
  print(`### Reads during a proposal, scale ${SCALE}`);
  print();
  printSetting(print, loadLine);
  print(`collab-graph alone, PROPOSER_THREADS ${threads}. A text of ${text.length.toLocaleString('en')} characters (the seed source and the proposer's fixtures, repeated) proposed ${RUNS} times one after the other (the first starts the proposer's thread); meanwhile one client sends \`${lightRead}\` again and again, each read after the last was answered. The event loop's longest hold is the service's \`nodejs_eventloop_lag_max_seconds\` over the row (on a busy machine it includes time the process waited for a core).`);
  print();
  print('| reads | proposal s | entities proposed | reads answered | p50 ms | p99 ms | max ms | event loop held at most, ms |');
  print('|---|---|---|---|---|---|---|---|');
  const row = (label: string, proposalS: string, entities: string, readMs: number[], delayMs: number) => {
    const sorted = [...readMs].sort((a, b) => a - b);
    print(`| ${label} | ${proposalS} | ${entities} | ${sorted.length} | ${fixed(percentile(sorted, 0.5))} | ${fixed(percentile(sorted, 0.99))} | ${fixed(sorted.at(-1) ?? 0)} | ${fixed(delayMs)} |`);
  };
  row('alone, after 100 to warm up', '–', '–', alone, aloneDelayMs);
  const during: number[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const { proposalMs, entities, readMs } = await readsDuringProposal(graphqlUrl, BENCH_EDITOR_KEY, lightRead, text);
    during.push(...readMs);
    row(`during proposal ${run}`, fixed(proposalMs / 1000), String(entities), readMs, await eventLoopDelayMaxMs());
  }
  const sorted = during.sort((a, b) => a - b);
  print();
  print(`Over all ${RUNS} proposals: light-read p50 ${fixed(percentile(sorted, 0.5))} ms, p99 ${fixed(percentile(sorted, 0.99))} ms (target < 50 ms).`);
}

/** Questions in plain words, one client, one after the other: warm-up rounds, then the timed ones. */
async function askBench(server: RunningServer, ids: typeof SEED_IDS, loadLine: string, print: Print): Promise<void> {
  const graphqlUrl = `${server.api}/graphql`;
  const nameOf = async (id: string) => ((await (await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ node(id: "${id}") { name } }` }) })).json()) as any).data.node.name as string;
  const names = SCALE === 'seed' ? undefined : { from: await nameOf(ids.from), centre: await nameOf(ids.centre), hub: await nameOf(ids.hub) };
  const questions = askQuestions(names);
  const rounds = Number(option('runs', '20'));
  await askTimes(graphqlUrl, questions, 2);
  const sorted = (await askTimes(graphqlUrl, questions, rounds)).sort((a, b) => a - b);
  print(`### Questions in plain words (ask), scale ${SCALE}`);
  print();
  printSetting(print, loadLine);
  print(`collab-graph alone, no model. ${questions.length} questions (${SCALE === 'seed' ? 'the development set of test/fixtures/ask' : 'where, how connected, partners, cooperation, about, in common, a change request, an unknown name'}) asked one after the other by one client, ${rounds} rounds after 2 to warm up.`);
  print();
  print('| questions answered | p50 ms | p99 ms | max ms |');
  print('|---|---|---|---|');
  print(`| ${sorted.length} | ${fixed(percentile(sorted, 0.5))} | ${fixed(percentile(sorted, 0.99))} | ${fixed(sorted.at(-1) ?? 0)} |`);
  print();
  print(`p99 ${fixed(percentile(sorted, 0.99))} ms (target < 200 ms at small scale).`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface LogCost {
  times: Record<LogMode, number[]>;
  /** CPU milliseconds per run of this process (the writer) and of the Neo4j JVM (NaN when Neo4j is external). */
  cpu: Record<LogMode, { node: number[]; neo4j: number[] }>;
  /** Changes the with-log runs appended, and the node and relationship states they copied. */
  changes: number;
  states: number;
}

/**
 * `once` untimed in each mode (to warm up), then `--runs` times in each, interleaved (without, with; then
 * with, without; …) so a machine shared with others weighs on both alike; `round` names each call apart.
 */
async function interleaved(db: Database, neo4jPid: number | undefined, once: (mode: LogMode, round: number) => Promise<number>): Promise<LogCost> {
  const cost: LogCost = { times: { 'with log': [], 'without log': [] }, cpu: { 'with log': { node: [], neo4j: [] }, 'without log': { node: [], neo4j: [] } }, changes: 0, states: 0 };
  const neo4jCpuMs = () => (neo4jPid === undefined ? Number.NaN : cpuSeconds(neo4jPid) * 1_000);
  let round = 0;
  for (const mode of LOG_MODES) await once(mode, round++);
  for (let run = 0; run < RUNS; run += 1) {
    for (const mode of run % 2 === 0 ? LOG_MODES : [...LOG_MODES].reverse()) {
      const since = await logVersion(db);
      const [node, neo4j] = [process.cpuUsage(), neo4jCpuMs()];
      cost.times[mode].push(await once(mode, round++));
      const used = process.cpuUsage(node);
      cost.cpu[mode].node.push((used.user + used.system) / 1_000);
      cost.cpu[mode].neo4j.push(neo4jCpuMs() - neo4j);
      process.stderr.write(`  run ${run + 1} ${mode}: ${fixed(cost.times[mode].at(-1)!, 0)} ms\n`);
      if (mode !== 'with log') continue;
      const stored = await storedSince(db, since);
      cost.changes += stored.changes;
      cost.states += stored.states;
    }
  }
  return cost;
}

/** The change log's cost on writes: an import and bursts of single edits, each with and without the log. */
async function changeLogBench(db: Database, neo4jPid: number | undefined, loadLine: string, print: Print): Promise<void> {
  const facts = Number(option('facts', '1000'));
  const mutations = Number(option('mutations', '1000'));
  const concurrencies = option('concurrency', '1,8').split(',').map(Number);
  await prepareEditsSource(db);
  const loadBefore = os.loadavg();
  const rows: { writes: string; count: number; concurrency: number; cost: LogCost }[] = [];
  const importCost = await interleaved(db, neo4jPid, async (mode, round) => importOnce(db, mode, benchDocument(`r${round}`, facts, await existingEntities(db, facts))));
  rows.push({ writes: `import of ${facts.toLocaleString('en')} facts`, count: 1, concurrency: 1, cost: importCost });
  for (const concurrency of concurrencies) {
    const known = await existingEntities(db, 2 * mutations);
    const cost = await interleaved(db, neo4jPid, (mode, round) => editBurst(db, mode, round, mutations, concurrency, known));
    rows.push({ writes: `${mutations.toLocaleString('en')} single edits`, count: mutations, concurrency, cost });
  }
  const loadAfter = os.loadavg();
  print(`### Change log cost on writes, scale ${SCALE}`);
  print();
  printSetting(print, loadLine);
  print(`No server: the repository functions in this process, with the change log (\`writeChange\`) and in a plain write transaction whose \`touch\` records nothing and that appends nothing. The import: a generated document (3 in 10 facts new entities, 2 in 10 known entities restated, the rest relationships, each with a verbatim quote). The edits: linkEntities and updateEntity (a rename) alternately, each its own transaction. ${RUNS} runs per mode after one to warm up, interleaved; medians. Load average (1 min) ${fixed(loadBefore[0])} before, ${fixed(loadAfter[0])} after, on ${os.cpus().length} cores shared with other work.`);
  print();
  print('| writes | concurrency | without log ms | with log ms | with / without | runs without, ms | runs with, ms | writer CPU ms per write, without / with | Neo4j CPU ms per write, without / with | changes per run | node and relationship states per change |');
  print('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { writes, count, concurrency, cost } of rows) {
    const [without, withLog] = [median(cost.times['without log']), median(cost.times['with log'])];
    const all = (mode: LogMode) => cost.times[mode].map((ms) => fixed(ms, 0)).join(', ');
    const perWrite = (process: 'node' | 'neo4j') => LOG_MODES.map((mode) => fixed(median(cost.cpu[mode][process]) / count, 2)).join(' / ');
    print(
      `| ${writes} | ${concurrency} | ${fixed(without, 0)} | ${fixed(withLog, 0)} | ${fixed(withLog / without, 2)} | ${all('without log')} | ${all('with log')} | ${perWrite('node')} | ${perWrite('neo4j')} | ${fixed(cost.changes / RUNS, 0)} | ${fixed(cost.states / Math.max(cost.changes, 1), 1)} |`,
    );
  }
  print();
  print('Target: the log costs at most 30 % (with / without ≤ 1.30).');
}

/** Pushed changes: subscribers on one process, writes through it and through another process over the same Neo4j. */
async function subscriptionBench(server: RunningServer, other: RunningServer, ids: typeof SEED_IDS, loadLine: string, print: Print): Promise<void> {
  const subscribers = Number(option('subscribers', '100'));
  const writes = Number(option('runs', '50'));
  const common = { streamUrl: `${server.api}/graphql/stream`, editorKey: BENCH_EDITOR_KEY, entityId: ids.from, subscribers, writes };
  // Warm-up: the first streams and writes compile and connect.
  await measureDelivery({ ...common, writeUrl: `${server.api}/graphql`, subscribers: 2, writes: 3, label: 'warm-up' });
  const runs: [string, DeliveryRun][] = [
    ['through the same process', await measureDelivery({ ...common, writeUrl: `${server.api}/graphql`, label: 'same' })],
    ['through another process (it finds the change by polling the log, every 250 ms)', await measureDelivery({ ...common, writeUrl: `${other.api}/graphql`, label: 'other' })],
  ];
  print(`### Pushed changes (graphChanged over SSE), scale ${SCALE}`);
  print();
  printSetting(print, loadLine);
  print(`Two collab-graph processes over one Neo4j. ${subscribers} \`graphChanged\` streams (graphql-sse's client) open on the first, half of them every change and half only changes of \`${ids.from}\`; then ${writes} single writes (\`addAliases\` on that entity), 50 ms apart, through each process in turn. Load at the start: ${os.loadavg().map((load) => fixed(load, 2)).join(', ')} (1, 5, 15 min).`);
  print("Commit to event: at least the time from the write's answer to the event (negative when the event came first), at most the time from the change's transaction time (`at`, Neo4j's clock on this machine) to the event.");
  print();
  print('| writes | failed writes | events received / expected | write ms | answer→event p50 ms | p99 ms | transaction→event p50 ms | p99 ms | max ms |');
  print('|---|---|---|---|---|---|---|---|---|');
  for (const [label, run] of runs) {
    const [afterAnswer, afterTransaction] = [run.afterAnswerMs, run.afterTransactionMs].map((values) => [...values].sort((a, b) => a - b));
    print(
      `| ${label} | ${run.failedWrites} | ${afterAnswer.length} / ${run.expected} | ${fixed(run.writeMs)} | ${percentile(afterAnswer, 0.5)} | ${percentile(afterAnswer, 0.99)} | ${percentile(afterTransaction, 0.5)} | ${percentile(afterTransaction, 0.99)} | ${afterTransaction.at(-1) ?? 0} |`,
    );
  }
  const worst = Math.max(...runs.map(([, run]) => percentile([...run.afterTransactionMs].sort((a, b) => a - b), 0.99)));
  print();
  print(`p99 from commit to event at most ${worst} ms with ${subscribers} open subscribers (target ≤ 1000 ms).`);
}

/** Replaces this scale's section of the benchmark document (between its markers), or appends it. */
function writeSection(file: string, scale: string, text: string): void {
  const [begin, end] = [`<!-- bench:${scale}:begin -->`, `<!-- bench:${scale}:end -->`];
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const section = `${begin}\n${text}\n${end}`;
  const start = current.indexOf(begin);
  const next = start >= 0 ? current.slice(0, start) + section + current.slice(current.indexOf(end) + end.length) : `${current.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
