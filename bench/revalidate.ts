import type { ChildProcess } from 'node:child_process';
import { measureCell, type BenchRequest, type Cell } from './measure';
import type { Workload } from './workloads';

/** A benchmarked server process: its API, and its control port that records the statements it sends to Neo4j. */
interface BenchServer {
  api: string;
  control: string;
  process: ChildProcess;
}

export interface RevalidateOptions {
  connections: number[];
  duration: number;
  warmUpSeconds: number;
  neo4jPid?: number;
  print: (line?: string) => void;
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const cpuCell = (ms: number) => (Number.isNaN(ms) ? 'n/a' : fixed(ms, 3));

/** The service's dashboard over GET: its ETag, after checking it answers as the floor does and that the tag gets a 304. */
async function currentTag(service: BenchRequest, floor: BenchRequest, workload: Workload): Promise<string> {
  const floorRows = await (await fetch(floor.url)).json();
  const response = await fetch(service.url, { headers: service.headers });
  const body = (await response.json()) as { errors?: unknown };
  const tag = response.headers.get('etag');
  if (response.status !== 200 || body.errors || !tag) throw new Error(`the dashboard over GET: ${response.status}, ETag ${tag}, ${JSON.stringify(body).slice(0, 300)}`);
  if (JSON.stringify(workload.answer.service(body)) !== JSON.stringify(workload.answer.floor(floorRows))) throw new Error('the service answers the dashboard differently from the floor');
  const again = await fetch(service.url, { headers: { ...service.headers, 'if-none-match': tag } });
  if (again.status !== 304) throw new Error(`If-None-Match with the current tag: ${again.status}, not 304`);
  return tag;
}

/** A cell with the statements the service sent to Neo4j meanwhile (its change follower's looks at the log included). */
async function recordedCell(server: BenchServer, request: BenchRequest, connections: number, options: RevalidateOptions, expect: '2xx' | 304): Promise<Cell & { statements: number }> {
  await fetch(`${server.control}/start`);
  const cell = await measureCell(request, { server: server.process.pid!, neo4j: options.neo4jPid }, connections, options.duration, expect);
  const { statements } = (await (await fetch(`${server.control}/stop`)).json()) as { statements: number };
  return { ...cell, statements };
}

/**
 * The dashboard a browser or proxy revalidates: the same GET again and again with `If-None-Match`
 * and an unchanged graph, so every answer is a 304 from the tag; beside the floor's dashboard
 * (hand-written Cypher) and the service's full GET answer, at each connection count.
 */
export async function revalidateBench(floor: BenchServer, service: BenchServer, floorRequest: BenchRequest, workload: Workload, options: RevalidateOptions): Promise<void> {
  const { print } = options;
  const full: BenchRequest = { url: `${service.api}/graphql?query=${encodeURIComponent(workload.graphql)}`, method: 'GET', headers: { accept: 'application/graphql-response+json' } };
  const tag = await currentTag(full, floorRequest, workload);
  const revalidating: BenchRequest = { ...full, headers: { ...full.headers, 'if-none-match': tag } };
  const rows: [string, BenchServer, BenchRequest, '2xx' | 304][] = [
    ['floor (Cypher on the driver)', floor, floorRequest, '2xx'],
    ['collab-graph, GET, full answer', service, full, '2xx'],
    ['collab-graph, GET with If-None-Match: 304', service, revalidating, 304],
  ];
  const most = Math.max(...options.connections);
  for (const [, server, request, expect] of rows) await measureCell(request, { server: server.process.pid! }, most, Math.min(options.warmUpSeconds, options.duration), expect);
  print(`${options.duration} s per cell after a 1 s warm-up; Neo4j statements: all the service sent during the cell, its change follower's look at the log head (4 a second) included.`);
  print();
  print('| path | connections | req/s | p50 ms | p99 ms | errors | server CPU ms/req | Neo4j CPU ms/req | Neo4j statements in the cell | CPU steal |');
  print('|---|---|---|---|---|---|---|---|---|---|');
  const cells = new Map<string, Cell>();
  for (const [label, server, request, expect] of rows) {
    for (const connections of options.connections) {
      await measureCell(request, { server: server.process.pid! }, connections, Math.min(1, options.duration), expect);
      const cell = await recordedCell(server, request, connections, options, expect);
      cells.set(`${label} ${connections}`, cell);
      print(`| ${label} | ${connections} | ${fixed(cell.perSecond)} | ${cell.p50} | ${cell.p99} | ${cell.errors} | ${cpuCell(cell.serverCpuMs)} | ${cpuCell(cell.neo4jCpuMs)} | ${cell.statements} | ${fixed(cell.stealShare * 100, 0)} % |`);
    }
  }
  if ((await fetch(full.url, { headers: revalidating.headers })).status !== 304) throw new Error('the tag changed during the run: nothing wrote, so it must not');
  print();
  for (const connections of options.connections) {
    const ratio = cells.get(`${rows[2][0]} ${connections}`)!.perSecond / Math.max(cells.get(`${rows[0][0]} ${connections}`)!.perSecond, Number.EPSILON);
    print(`At ${connections} connection${connections === 1 ? '' : 's'}: 304s ${fixed(ratio, 1)}× the floor's dashboard throughput${connections === 8 ? ' (target ≥ 20×)' : ''}.`);
  }
}
