import { spawn, type ChildProcess } from 'node:child_process';
import { readyUrlIn } from '../src/app/app';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sha256Hex } from '../src/platform/auth/authenticator';
import { PROJECT_ROOT } from '../src/platform/config/config';
import { SEED_IDS, workloads } from './workloads';

/**
 * A long soak of the service as `npm start` runs it (its own embedded Neo4j, seeded): 16 clients send
 * a mix of dashboards, searches, paths, researcher Cypher and writes for `--minutes`, and the report
 * gives errors by code, p50/p99 per workload, and the service's RSS and heap over time. Exit status 1
 * if any error but 503 OVERLOADED or 429 came back.
 *
 *   npm run soak -- --minutes 10 [--clients 16] [--sample-seconds 15]
 */

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const MINUTES = option('minutes', 10);
const CLIENTS = option('clients', 16);
const SAMPLE_SECONDS = option('sample-seconds', 15);
const EDITOR_KEY = 'soak-editor-key';
const RESEARCHER_KEY = 'soak-researcher-key';
/** Errors a healthy service under this load may answer: refusals by admission control (503 OVERLOADED) and caps (HTTP 429). */
const expected = (code: string) => code === 'OVERLOADED' || code.endsWith('(HTTP 429)');

interface SoakWorkload {
  name: string;
  /** Relative frequency in the mix. */
  weight: number;
  request: (n: number) => { query: string; variables?: Record<string, unknown>; headers?: Record<string, string> };
}

function mix(): SoakWorkload[] {
  const read = Object.fromEntries(workloads(SEED_IDS).map((workload) => [workload.name.split(' ')[0], workload.graphql]));
  return [
    { name: 'dashboard', weight: 3, request: () => ({ query: read.dashboard }) },
    { name: 'search', weight: 3, request: () => ({ query: read.search }) },
    { name: 'entity', weight: 3, request: () => ({ query: read.entity }) },
    { name: 'paths', weight: 2, request: () => ({ query: read.paths }) },
    { name: 'neighbourhood', weight: 1, request: () => ({ query: read.neighbourhood }) },
    {
      name: 'researcher cypher',
      weight: 1,
      request: () => ({
        query: 'query ($q: String!, $p: JSONObject) { cypher(query: $q, params: $p) { columns rows } }',
        variables: { q: 'MATCH (i:Institution)-[r]-(o) WHERE i.id = $id RETURN type(r) AS type, count(o) AS n ORDER BY n DESC LIMIT 10', p: { id: SEED_IDS.from } },
        headers: { 'x-api-key': RESEARCHER_KEY },
      }),
    },
    {
      name: 'write',
      weight: 1,
      request: (n) => ({
        query: 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
        variables: { input: { id: `soak-${process.pid}-${n}`, type: 'Institution', kind: 'UNIVERSITY', name: `Soak ${n}`, evidence: [{ sourceId: 'china-asean-tech-transfer-2021-09-27', quote: 'Mahidol University' }] } },
        headers: { 'x-api-key': EDITOR_KEY },
      }),
    },
  ];
}

interface Tally {
  ms: number[];
  codes: Map<string, number>;
}

/** Starts the built service on a fresh embedded Neo4j; resolves with its process and GraphQL URL. */
async function startService(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const apiKeys = [`soak-editor:editor:${sha256Hex(EDITOR_KEY)}`, `soak-researcher:researcher:${sha256Hex(RESEARCHER_KEY)}`].join(',');
  // Generous start and transaction limits: seeding a fresh graph on a loaded machine takes longer than the 15 s default.
  const child = spawn(process.execPath, ['--max-semi-space-size=4', path.join(PROJECT_ROOT, 'dist', 'src', 'app', 'main.js')], {
    env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_EMBEDDED_BOLT_PORT: '0', PORT: '0', API_KEYS: apiKeys, LOG_LEVEL: 'info', NEO4J_START_TIMEOUT_MS: '600000', NEO4J_TX_TIMEOUT_MS: '120000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = readyUrlIn(output);
      if (!ready) return;
      // Only the start-up lines are kept: the report counts errors itself.
      child.stdout!.off('data', collect);
      child.stdout!.resume();
      resolve(ready);
    };
    child.stdout!.on('data', collect);
    child.once('exit', (code) => reject(new Error(`the service exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

async function send(url: string, workload: SoakWorkload, n: number, tally: Tally): Promise<void> {
  const { query, variables, headers } = workload.request(n);
  const started = performance.now();
  let code = 'OK';
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
    if (body.errors?.length) code = body.errors[0].extensions?.code ?? `HTTP ${response.status}`;
    else if (!response.ok) code = `HTTP ${response.status}`;
    if (response.status === 429) code = `${code} (HTTP 429)`;
  } catch (error) {
    code = `network: ${(error as Error).message}`;
  }
  tally.ms.push(performance.now() - started);
  tally.codes.set(code, (tally.codes.get(code) ?? 0) + 1);
}

/** One client: picks workloads by weight until `until`. */
async function client(url: string, list: SoakWorkload[], tallies: Map<string, Tally>, until: number, counter: { n: number }): Promise<void> {
  const total = list.reduce((sum, workload) => sum + workload.weight, 0);
  while (Date.now() < until) {
    let pick = Math.random() * total;
    const workload = list.find((candidate) => (pick -= candidate.weight) < 0) ?? list[0];
    await send(url, workload, counter.n++, tallies.get(workload.name)!);
  }
}

interface Sample {
  minute: number;
  rssMb: number;
  heapMb: number;
}

function rssMbOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function heapMbOf(url: string): Promise<number> {
  const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
  return Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(text)?.[1] ?? NaN) / 2 ** 20;
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);

function report(tallies: Map<string, Tally>, samples: Sample[], seconds: number): boolean {
  console.log(`\nSoak: ${CLIENTS} clients for ${(seconds / 60).toFixed(1)} min on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os.loadavg()[0].toFixed(1)} at the end.\n`);
  console.log('| Workload | Requests | OK | p50 ms | p99 ms | Errors by code |\n|---|---:|---:|---:|---:|---|');
  const unexpected: string[] = [];
  for (const [name, tally] of tallies) {
    const sorted = [...tally.ms].sort((a, b) => a - b);
    const errors = [...tally.codes].filter(([code]) => code !== 'OK');
    unexpected.push(...errors.filter(([code]) => !expected(code)).map(([code, count]) => `${name}: ${code} × ${count}`));
    const listed = errors.map(([code, count]) => `${code} ${count}`).join(', ') || '—';
    console.log(`| ${name} | ${tally.ms.length} | ${tally.codes.get('OK') ?? 0} | ${percentile(sorted, 50).toFixed(0)} | ${percentile(sorted, 99).toFixed(0)} | ${listed} |`);
  }
  console.log('\n| Minute | Service RSS MB | Heap used MB |\n|---:|---:|---:|');
  for (const sample of samples) console.log(`| ${sample.minute.toFixed(1)} | ${sample.rssMb.toFixed(0)} | ${sample.heapMb.toFixed(0)} |`);
  const warm = samples.find((sample) => sample.minute >= Math.min(1, MINUTES / 3)) ?? samples[0];
  const last = samples[samples.length - 1];
  if (warm && last) console.log(`\nRSS after warm-up (minute ${warm.minute.toFixed(1)}): ${warm.rssMb.toFixed(0)} MB; at the end: ${last.rssMb.toFixed(0)} MB (${((last.rssMb / warm.rssMb - 1) * 100).toFixed(1)} %).`);
  if (unexpected.length > 0) console.log(`\nUnexpected errors: ${unexpected.join('; ')}`);
  return unexpected.length === 0;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-soak-'));
  const { child, url } = await startService(dataDir);
  const list = mix();
  const tallies = new Map(list.map((workload) => [workload.name, { ms: [], codes: new Map() } as Tally]));
  const samples: Sample[] = [];
  const started = Date.now();
  const sampler = setInterval(() => {
    void heapMbOf(url).then((heapMb) => samples.push({ minute: (Date.now() - started) / 60_000, rssMb: rssMbOf(child.pid!), heapMb }));
  }, SAMPLE_SECONDS * 1000);
  try {
    const until = started + MINUTES * 60_000;
    const counter = { n: 0 };
    await Promise.all(Array.from({ length: CLIENTS }, () => client(url, list, tallies, until, counter)));
    clearInterval(sampler);
    const minute = (Date.now() - started) / 60_000;
    if (minute - (samples[samples.length - 1]?.minute ?? 0) > SAMPLE_SECONDS / 120) samples.push({ minute, rssMb: rssMbOf(child.pid!), heapMb: await heapMbOf(url) });
    process.exitCode = report(tallies, samples, (Date.now() - started) / 1000) ? 0 : 1;
  } finally {
    clearInterval(sampler);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exit(1);
});
