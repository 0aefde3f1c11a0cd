import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readyUrlIn } from '../src/app/app';

/**
 * How long the service takes to serve again after a `kill -9` of its embedded Neo4j, phase by phase:
 *   npm run bench:restart [-- --kills 5] [--steady 400]
 * Starts the built service (`dist/src/app/main.js`, seeded, on a fresh data folder), then kills its JVM
 * `--kills` times, each once it serves again, and times from the service's own log lines and a
 * dashboard query polled every 50 ms: death noticed, JVM up (the launcher's first line), Neo4j ready,
 * the service's driver reconnected, first GraphQL answer; and the new JVM's CPU time by then (100 Hz
 * ticks). Prints each kill with the load average and the medians: the machine is shared, so one run
 * says little. Then, as JVM options that start faster may run slower, the steady state: Neo4j's CPU
 * time per request over `--steady` requests (after as many to warm up).
 */
const DASHBOARD = '{ institutions(first: 20) { nodes { id name projects(first: 20) { nodes { id name } } } } }';
/** After the kills, what the JVM's options must not make slower: a dashboard and a full-text search, alternating. */
const STEADY_QUERIES = [DASHBOARD, '{ search(text: "technology transfer", first: 10) { score node { id name } } }'];
const PHASES = ['noticed', 'jvmUp', 'neo4jReady', 'reconnected', 'serving', 'jvmCpu'] as const;
type Phase = (typeof PHASES)[number];

interface LogEntry {
  message: string;
  line?: string;
  at: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

/** Starts the service on a fresh data folder; collects its log lines with their arrival times. */
function startService(dataDir: string, logs: LogEntry[]): { service: ChildProcess; url: Promise<string> } {
  const service = spawn(process.execPath, ['--max-semi-space-size=4', path.join(__dirname, '..', 'src', 'app', 'main.js')], {
    env: { ...process.env, PORT: '0', NEO4J_EMBEDDED_BOLT_PORT: '0', NEO4J_DATA_DIR: dataDir, LOG_LEVEL: 'debug', LOG_FORMAT: 'json', NEO4J_START_TIMEOUT_MS: '300000', NEO4J_TX_TIMEOUT_MS: '600000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pending = '';
  const url = new Promise<string>((resolve, reject) => {
    service.once('exit', (code) => reject(new Error(`the service exited (code ${code})`)));
    service.stdout!.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop()!;
      for (const text of lines) {
        const entry = JSON.parse(text) as { message: string; line?: string };
        logs.push({ message: entry.message, line: entry.line, at: performance.now() });
        const ready = readyUrlIn(text);
        if (ready) resolve(ready);
      }
    });
  });
  return { service, url };
}

/** CPU time (user + system, ms) a process has used so far: on a shared machine, steadier than wall time. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The service's child JVM (the embedded Neo4j). */
function jvmPid(servicePid: number): number {
  const children = fs.readFileSync(`/proc/${servicePid}/task/${servicePid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  const jvm = children.find((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('collabgraph.EmbeddedNeo4j'));
  if (!jvm) throw new Error('no embedded Neo4j JVM under the service');
  return jvm;
}

async function answers(url: string, query = DASHBOARD): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: unknown[] };
    return response.ok && !body.errors;
  } catch {
    return false;
  }
}

/** Kills the JVM and returns each phase's end, in ms after the kill, and the new JVM's CPU time until then. */
async function killAndTime(url: string, servicePid: number, logs: LogEntry[]): Promise<Record<Phase, number>> {
  const from = logs.length;
  process.kill(jvmPid(servicePid), 'SIGKILL');
  const killedAt = performance.now();
  while (!(await answers(url))) await sleep(50);
  const servingAt = performance.now();
  const after = (found: (entry: LogEntry) => boolean) => (logs.slice(from).find(found)?.at ?? NaN) - killedAt;
  return {
    noticed: after((entry) => entry.message === 'embedded Neo4j exited unexpectedly; restarting it'),
    jvmUp: after((entry) => entry.message === 'neo4j' && entry.line === 'NEO4J_BOOTING'),
    neo4jReady: after((entry) => entry.message === 'neo4j' && Boolean(entry.line?.startsWith('NEO4J_READY'))),
    reconnected: after((entry) => entry.message === 'embedded Neo4j restarted'),
    serving: servingAt - killedAt,
    jvmCpu: cpuMs(jvmPid(servicePid)),
  };
}

/** The JVM's CPU time per request and the requests per second, one client, after as many requests to warm up. */
async function steadyState(url: string, servicePid: number, requests: number): Promise<string> {
  const send = async () => {
    for (let index = 0; index < requests; index += 1) {
      if (!(await answers(url, STEADY_QUERIES[index % STEADY_QUERIES.length]))) throw new Error('a steady-state query failed');
    }
  };
  await send();
  const jvm = jvmPid(servicePid);
  const [cpuBefore, started] = [cpuMs(jvm), performance.now()];
  await send();
  const perRequest = (cpuMs(jvm) - cpuBefore) / requests;
  const perSecond = (requests * 1000) / (performance.now() - started);
  return `steady state (${requests} requests, one client, load ${os.loadavg()[0].toFixed(2)}): Neo4j CPU ${perRequest.toFixed(2)} ms per request, ${perSecond.toFixed(1)} requests/s`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(6);

async function main(): Promise<void> {
  const kills = option('kills', 3);
  const steadyRequests = option('steady', 400);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-restart-'));
  const logs: LogEntry[] = [];
  const { service, url: serviceUrl } = startService(dataDir, logs);
  try {
    const url = await serviceUrl;
    for (let warm = 0; warm < 5; warm += 1) await answers(url);
    console.log(`kill -9 of the embedded Neo4j → serving again (s after the kill; ${os.cpus().length} cores)`);
    console.log(`  load 1m | ${PHASES.map((phase) => phase.padStart(11)).join(' |')}`);
    const runs: Record<Phase, number>[] = [];
    for (let kill = 0; kill < kills; kill += 1) {
      const load = os.loadavg()[0].toFixed(2);
      const run = await killAndTime(url, service.pid!, logs);
      runs.push(run);
      console.log(`  ${load.padStart(6)} | ${PHASES.map((phase) => seconds(run[phase]).padStart(11)).join(' |')}`);
      await sleep(3_000);
    }
    console.log(`  median | ${PHASES.map((phase) => seconds(median(runs.map((run) => run[phase]))).padStart(11)).join(' |')}`);
    if (steadyRequests > 0) console.log(await steadyState(url, service.pid!, steadyRequests));
  } finally {
    if (service.exitCode === null && service.signalCode === null) {
      service.kill('SIGTERM');
      await new Promise((resolve) => service.once('exit', resolve));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
