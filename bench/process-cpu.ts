import fs from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** A process's CPU time (user + system) in seconds, from /proc; NaN once it has exited. */
export function cpuSeconds(pid: number): number {
  if (!fs.existsSync(`/proc/${pid}/stat`)) return Number.NaN;
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Quiet: under 15 % of one core over a quarter of a second (a query still running takes a whole core). */
const QUIET_WINDOW_MS = 250;
const QUIET_CPU_SHARE = 0.15;

/** Milliseconds until the process was quiet for one window; Infinity if not within `withinMs` (or if it exited). */
export async function quietAfter(pid: number, withinMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    const before = cpuSeconds(pid);
    await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));
    if (cpuSeconds(pid) - before < (QUIET_CPU_SHARE * QUIET_WINDOW_MS) / 1_000) return performance.now() - started;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The machine's CPU time so far, in seconds, and the part of it the hypervisor gave to other guests
 * (`steal`, from the first line of /proc/stat): a cell measured while neighbours took the cores is
 * slower for reasons that have nothing to do with what it measures.
 */
export function machineCpuSeconds(): { total: number; steal: number } {
  const [, ...ticks] = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal (guest times are inside user and nice).
  return { total: ticks.slice(0, 8).reduce((sum, value) => sum + value, 0) / TICKS_PER_SECOND, steal: ticks[7] / TICKS_PER_SECOND };
}
