import autocannon from 'autocannon';
import { cpuSeconds, machineCpuSeconds } from './process-cpu';

/** One HTTP request as autocannon sends it again and again. */
export interface BenchRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}

export interface Cell {
  perSecond: number;
  p50: number;
  p99: number;
  /** Answers that were not the status expected (2xx, or 304 where a 304 is expected), transport errors and timeouts. */
  errors: number;
  /** CPU milliseconds per answer of the server process and of the Neo4j JVM (NaN when Neo4j is not ours). */
  serverCpuMs: number;
  neo4jCpuMs: number;
  /** Share of the machine's CPU time the hypervisor gave to other guests during the cell. */
  stealShare: number;
}

/** How long a cell runs: seconds (autocannon counts whole ones), or a number of requests (a smoke run, which measures nothing). */
export type CellLength = number | { requests: number };
/** autocannon ends a run at its next sample, a second by default: a smoke cell of a few requests would last that second. */
const SMOKE_SAMPLE_MS = 50;

/**
 * One cell: autocannon at `connections` for `length`, with the CPU each answer cost the server process
 * and the Neo4j JVM (when it is ours to see): on a 2-core machine they share the cores, so a cheap
 * read's throughput is bounded by their sum. `expect: 304` counts only 304s as answers.
 */
export async function measureCell(request: BenchRequest, pids: { server: number; neo4j?: number }, connections: number, length: CellLength, expect: '2xx' | 304 = '2xx'): Promise<Cell> {
  const serverBefore = cpuSeconds(pids.server);
  const neo4jBefore = pids.neo4j === undefined ? Number.NaN : cpuSeconds(pids.neo4j);
  const machineBefore = machineCpuSeconds();
  const result = await autocannon({ ...request, connections, ...(typeof length === 'number' ? { duration: length } : { amount: length.requests, sampleInt: SMOKE_SAMPLE_MS }), timeout: 30 });
  const machineAfter = machineCpuSeconds();
  const perAnswer = (before: number, pid?: number) => (pid === undefined || result.requests.total === 0 ? Number.NaN : ((cpuSeconds(pid) - before) * 1000) / result.requests.total);
  const unexpected = expect === '2xx' ? result.non2xx : result.requests.total - result['3xx'];
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + unexpected + result.timeouts,
    serverCpuMs: perAnswer(serverBefore, pids.server),
    neo4jCpuMs: perAnswer(neo4jBefore, pids.neo4j),
    stealShare: (machineAfter.steal - machineBefore.steal) / Math.max(machineAfter.total - machineBefore.total, Number.EPSILON),
  };
}
