import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readyUrlIn } from '../src/app/app';

/**
 * How long the service takes to serve again after a `kill -9` of its embedded Neo4j, phase by phase:
 *   npm run bench:restart [-- --kills 5]
 * Starts the built service (`dist/src/app/main.js`, seeded, on a fresh data folder), then kills its JVM
 * `--kills` times, each once it serves again, and times from the service's own log lines and a
 * dashboard query polled every 50 ms: death noticed, JVM up (the launcher's first line), Neo4j ready,
 * the service's driver reconnected, first GraphQL answer. Prints each kill with the load average
 * and the medians: the machine is shared, so one run says little.
 */
const DASHBOARD = '{ institutions(first: 20) { nodes { id name projects(first: 20) { nodes { id name } } } } }';
const PHASES = ['noticed', 'jvmUp', 'neo4jReady', 'reconnected', 'serving'] as const;
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
    env: { ...process.env, PORT: '0', NEO4J_EMBEDDED_BOLT_PORT: '0', NEO4J_DATA_DIR: dataDir, LOG_LEVEL: 'debug', LOG_FORMAT: 'json', NEO4J_START_TIMEOUT_MS: '300000' },
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

/** The service's child JVM (the embedded Neo4j). */
function jvmPid(servicePid: number): number {
  const children = fs.readFileSync(`/proc/${servicePid}/task/${servicePid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  const jvm = children.find((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('collabgraph.EmbeddedNeo4j'));
  if (!jvm) throw new Error('no embedded Neo4j JVM under the service');
  return jvm;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: DASHBOARD }) });
    const body = (await response.json()) as { errors?: unknown[] };
    return response.ok && !body.errors;
  } catch {
    return false;
  }
}

/** Kills the JVM and returns each phase's end, in ms after the kill. */
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
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(6);

async function main(): Promise<void> {
  const kills = option('kills', 3);
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
  } finally {
    service.kill('SIGTERM');
    await new Promise((resolve) => service.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
