import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readyUrlIn } from '../src/app/app';
import { debugLogFile } from '../src/engine/db/embedded-neo4j';

/**
 * How long the service takes to serve again after a `kill -9` of its embedded Neo4j, phase by phase:
 *   npm run bench:restart [-- --kills 5] [--steady 400] [--neighbour] [--cold]
 * Starts the built service (`dist/src/app/main.js`, seeded, on a fresh data folder), then kills its JVM
 * `--kills` times, each once it serves again, and times from the service's own log lines and a
 * dashboard query polled every 50 ms: death noticed, JVM up (the launcher's first line), Neo4j ready,
 * the service's driver reconnected, first GraphQL answer; and the new JVM's CPU time (100 Hz ticks)
 * when Neo4j was ready and when it served, with the part its JIT compiler threads (C1, C2) and its VM thread
 * (where the serial collector runs) had used by then. Prints each kill with the load average and the
 * medians: the machine is shared, so one run says little. `--neighbour` keeps one core busy during the
 * kills (a spinning process pinned to the last core), as the other jest worker does in `npm test`.
 * The service keeps a warm spare JVM (NEO4J_EMBEDDED_WARM_SPARE): each kill waits until it is warm, and
 * the CPU figures count only what the spare spent after the kill. `--cold`: without a spare, every
 * restart a cold JVM.
 * Then, as JVM options that start faster may run slower, the steady state: Neo4j's CPU time per
 * request over `--steady` requests (after as many to warm up; without the neighbour).
 */
const DASHBOARD = '{ institutions(first: 20) { nodes { id name projects(first: 20) { nodes { id name } } } } }';
/** After the kills, what the JVM's options must not make slower: a dashboard and a full-text search, alternating. */
const STEADY_QUERIES = [DASHBOARD, '{ search(text: "technology transfer", first: 10) { score node { id name } } }'];
const PHASES = ['noticed', 'jvmUp', 'neo4jReady', 'reconnected', 'serving', 'cpuAtReady', 'jvmCpu', 'c1Cpu', 'c2Cpu', 'vmThreadCpu'] as const;
type Phase = (typeof PHASES)[number];
/** Neo4j's own start inside the new JVM, from its debug.log (wall-clock stamps): where `jvmUp → neo4jReady` goes. */
const MILESTONES = {
  dbmsStart: /GlobalModule\] Logging config in use/,
  systemDb: /Starting 'DatabaseId\{\w+\[system\]\}'/,
  systemDbUp: /DatabaseId\{\w+\[system\]\} is ready/,
  graphDb: /Starting 'DatabaseId\{\w+\[neo4j\]\}'/,
  recovered: /\[neo4j\/\w+\] Recovery in '\w+' mode completed/,
  graphDbUp: /DatabaseId\{\w+\[neo4j\]\} is ready/,
  boltStarted: /Bolt server started/,
};
type Milestone = keyof typeof MILESTONES;

const COLD = process.argv.includes('--cold');

interface LogEntry {
  message: string;
  line?: string;
  pid?: number;
  at: number;
  /** The JVM's CPU time when the line arrived (on the launcher's ready line only). */
  jvmCpuMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

/** Starts the service on a fresh data folder; collects its log lines with their arrival times. */
function startService(dataDir: string, logs: LogEntry[]): { service: ChildProcess; url: Promise<string> } {
  const service = spawn(process.execPath, ['--max-semi-space-size=4', path.join(__dirname, '..', 'src', 'app', 'main.js')], {
    env: {
      ...process.env,
      PORT: '0',
      NEO4J_EMBEDDED_BOLT_PORT: '0',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_EMBEDDED_WARM_SPARE: String(!COLD),
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
      NEO4J_START_TIMEOUT_MS: '300000',
      NEO4J_TX_TIMEOUT_MS: '600000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pending = '';
  const url = new Promise<string>((resolve, reject) => {
    service.once('exit', (code) => reject(new Error(`the service exited (code ${code})`)));
    service.stdout!.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop()!;
      for (const text of lines) {
        const entry = JSON.parse(text) as { message: string; line?: string; pid?: number };
        const jvmCpuMs = entry.line?.startsWith('NEO4J_READY') ? cpuMs(newestJvm(service.pid!)) : undefined;
        logs.push({ message: entry.message, line: entry.line, pid: entry.pid, at: performance.now(), jvmCpuMs });
        const ready = readyUrlIn(text);
        if (ready) resolve(ready);
      }
    });
  });
  return { service, url };
}

/** CPU time (user + system, ms) in a `/proc/…/stat` file (100 Hz ticks). */
function statCpuMs(file: string): number {
  const fields = fs.readFileSync(file, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** CPU time a process has used so far: on a shared machine, steadier than wall time. */
function cpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/stat`);
}

/** CPU time of a process's threads whose name matches: `C1/C2 CompilerThre…` (JIT), `VM Thread` (safepoints, serial GC). */
function threadsCpuMs(pid: number, name: RegExp): number {
  return fs
    .readdirSync(`/proc/${pid}/task`)
    .filter((tid) => name.test(fs.readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8')))
    .reduce((sum, tid) => sum + statCpuMs(`/proc/${pid}/task/${tid}/stat`), 0);
}

/** The service's child JVMs (the embedded Neo4j, and its warm spare when there is one). */
function jvmPids(servicePid: number): number[] {
  const children = fs.readFileSync(`/proc/${servicePid}/task/${servicePid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  return children.filter((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('collabgraph.EmbeddedNeo4j'));
}

/** The JVM that opened the store last: the one that says NEO4J_READY (a cold start is the newest child). */
function newestJvm(servicePid: number): number {
  return Math.max(...jvmPids(servicePid));
}

/** The running embedded Neo4j: the last restart's JVM, or before any restart the one JVM that is not the spare. */
function primaryJvm(servicePid: number, logs: LogEntry[]): number {
  const last = (message: string) => [...logs].reverse().find((entry) => entry.message === message)?.pid;
  const restarted = last('embedded Neo4j restarted');
  const spare = last('warm spare Neo4j ready');
  const candidates = jvmPids(servicePid).filter((pid) => (restarted === undefined ? pid !== spare : pid === restarted));
  if (candidates.length !== 1) throw new Error(`expected one running embedded Neo4j, found ${candidates.join(', ') || 'none'}`);
  return candidates[0];
}

/** Waits until the service logs that its warm spare is ready (each kill starts from that steady state). */
async function spareWarm(logs: LogEntry[], from: number): Promise<void> {
  while (!logs.slice(from).some((entry) => entry.message === 'warm spare Neo4j ready')) await sleep(200);
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

/** Each milestone's first line in debug.log after the kill, in ms after it (NaN: not logged, e.g. no recovery needed). */
function debugLogMilestones(dataDir: string, killedAtEpochMs: number): Record<Milestone, number> {
  const stamped = fs
    .readFileSync(debugLogFile(dataDir), 'utf8')
    .split('\n')
    // "2026-12-03 08:34:13.075+0000 INFO …"
    .map((line) => ({ line, at: Date.parse(`${line.slice(0, 10)}T${line.slice(11, 23)}${line.slice(23, 26)}:${line.slice(26, 28)}`) }))
    .filter((entry) => entry.at >= killedAtEpochMs);
  const names = Object.keys(MILESTONES) as Milestone[];
  return Object.fromEntries(names.map((name) => [name, (stamped.find((entry) => MILESTONES[name].test(entry.line))?.at ?? NaN) - killedAtEpochMs])) as Record<Milestone, number>;
}

/** Kills the JVM and returns each phase's end, in ms after the kill, and the new JVM's CPU time until then. */
async function killAndTime(url: string, servicePid: number, logs: LogEntry[], dataDir: string): Promise<Record<Phase | Milestone, number>> {
  const from = logs.length;
  const spare = jvmPids(servicePid).find((pid) => pid !== primaryJvm(servicePid, logs));
  // What the spare spent warming up is not the restart's: its CPU so far is subtracted.
  const spentBySpare = spare ? { jvm: cpuMs(spare), c1: threadsCpuMs(spare, /^C1 CompilerThre/), c2: threadsCpuMs(spare, /^C2 CompilerThre/), vm: threadsCpuMs(spare, /^VM Thread/) } : undefined;
  process.kill(primaryJvm(servicePid, logs), 'SIGKILL');
  const killedAt = performance.now();
  const killedAtEpochMs = Date.now();
  while (!(await answers(url))) await sleep(50);
  const servingAt = performance.now();
  const jvm = primaryJvm(servicePid, logs);
  const before = jvm === spare && spentBySpare ? spentBySpare : { jvm: 0, c1: 0, c2: 0, vm: 0 };
  // Up to the restart: the next spare's own lines come after it.
  const restartedAt = logs.findIndex((entry, index) => index >= from && entry.message === 'embedded Neo4j restarted');
  const find = (found: (entry: LogEntry) => boolean) => logs.slice(from, restartedAt + 1).find(found);
  const after = (found: (entry: LogEntry) => boolean) => (find(found)?.at ?? NaN) - killedAt;
  const isReady = (entry: LogEntry) => entry.message === 'neo4j' && Boolean(entry.line?.startsWith('NEO4J_READY'));
  return {
    ...debugLogMilestones(dataDir, killedAtEpochMs),
    noticed: after((entry) => entry.message === 'embedded Neo4j exited unexpectedly; restarting it'),
    jvmUp: after((entry) => entry.message === 'neo4j' && entry.line === 'NEO4J_BOOTING'),
    neo4jReady: after(isReady),
    reconnected: after((entry) => entry.message === 'embedded Neo4j restarted'),
    serving: servingAt - killedAt,
    cpuAtReady: (find(isReady)?.jvmCpuMs ?? NaN) - before.jvm,
    jvmCpu: cpuMs(jvm) - before.jvm,
    c1Cpu: threadsCpuMs(jvm, /^C1 CompilerThre/) - before.c1,
    c2Cpu: threadsCpuMs(jvm, /^C2 CompilerThre/) - before.c2,
    vmThreadCpu: threadsCpuMs(jvm, /^VM Thread/) - before.vm,
  };
}

/** A process spinning on the last core, as a busy neighbour; undefined without `--neighbour`. */
function busyNeighbour(): ChildProcess | undefined {
  if (!process.argv.includes('--neighbour')) return undefined;
  const core = String(os.cpus().length - 1);
  return spawn('taskset', ['-c', core, process.execPath, '-e', 'for (;;) {}'], { stdio: 'ignore' });
}

/** The JVM's CPU time per request and the requests per second, one client, after as many requests to warm up. */
async function steadyState(url: string, servicePid: number, logs: LogEntry[], requests: number): Promise<string> {
  const send = async () => {
    for (let index = 0; index < requests; index += 1) {
      if (!(await answers(url, STEADY_QUERIES[index % STEADY_QUERIES.length]))) throw new Error('a steady-state query failed');
    }
  };
  await send();
  const jvm = primaryJvm(servicePid, logs);
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

/** One line per kill (with the load average before it) and the medians. */
function printTable<Name extends string>(title: string, names: readonly Name[], runs: Record<Name, number>[], loads: string[]): void {
  const row = (first: string, values: number[]) => `  ${first.padStart(6)} | ${values.map((value) => seconds(value).padStart(11)).join(' |')}`;
  console.log(title);
  console.log(`  load 1m | ${names.map((name) => name.padStart(11)).join(' |')}`);
  runs.forEach((run, index) => console.log(row(loads[index], names.map((name) => run[name]))));
  console.log(row('median', names.map((name) => median(runs.map((run) => run[name]).filter((value) => !Number.isNaN(value))))));
}

async function main(): Promise<void> {
  const kills = option('kills', 3);
  const steadyRequests = option('steady', 400);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-restart-'));
  const logs: LogEntry[] = [];
  const { service, url: serviceUrl } = startService(dataDir, logs);
  try {
    const url = await serviceUrl;
    for (let warm = 0; warm < 5; warm += 1) await answers(url);
    const neighbour = busyNeighbour();
    const runs: Record<Phase | Milestone, number>[] = [];
    const loads: string[] = [];
    try {
      for (let kill = 0; kill < kills; kill += 1) {
        if (!COLD) await spareWarm(logs, logs.map((entry) => entry.message).lastIndexOf('embedded Neo4j restarted') + 1);
        loads.push(os.loadavg()[0].toFixed(2));
        runs.push(await killAndTime(url, service.pid!, logs, dataDir));
        await sleep(3_000);
      }
    } finally {
      neighbour?.kill('SIGKILL');
    }
    const contention = neighbour ? ', one core kept busy by a neighbour' : '';
    printTable(`kill -9 of the embedded Neo4j → serving again (s after the kill; CPU in s; ${os.cpus().length} cores${contention})`, PHASES, runs, loads);
    printTable("Neo4j's start in the new JVM, from its debug.log (s after the kill)", Object.keys(MILESTONES) as Milestone[], runs, loads);
    if (steadyRequests > 0) console.log(await steadyState(url, service.pid!, logs, steadyRequests));
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
