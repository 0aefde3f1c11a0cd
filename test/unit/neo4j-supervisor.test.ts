import { createLogger, type LogFields } from '../../src/platform/config/logger';
import type { EmbeddedNeo4j, EmbeddedNeo4jOptions, JvmExit, SpareNeo4j } from '../../src/engine/db/embedded-neo4j';
import { restartDelayMs, SupervisedNeo4j, type RestartPolicy } from '../../src/engine/db/neo4j-supervisor';
import { metrics } from '../../src/platform/observability/metrics';

/** A JVM stand-in whose exit the test decides. */
function fakeNeo4j(pid: number): EmbeddedNeo4j & { crash(exit: JvmExit): void; stopped: boolean } {
  let exit!: (value: JvmExit) => void;
  const exited = new Promise<JvmExit>((resolve) => (exit = resolve));
  const fake = {
    uri: 'bolt://127.0.0.1:7999',
    boltPort: 7999,
    password: 'secret',
    pid,
    startedInMs: 1_500,
    exited,
    logTail: () => ['last line'],
    checkpoint: async () => 0,
    stopped: false,
    crash: (value: JvmExit) => exit(value),
    stop: async () => {
      fake.stopped = true;
      exit({ code: 0, signal: null });
    },
  };
  return fake;
}

/** A spare stand-in: the test decides when it is warm (or dies warming up) and whether opening works. */
function fakeSpare(pid: number, opened: EmbeddedNeo4j | Error): SpareNeo4j & { warmUp(ok: boolean): void; discarded: boolean; openedWith: EmbeddedNeo4jOptions[] } {
  let settle!: (warm: boolean) => void;
  const fake = {
    pid,
    warm: new Promise<boolean>((resolve) => (settle = resolve)),
    discarded: false,
    openedWith: [] as EmbeddedNeo4jOptions[],
    warmUp: (ok: boolean) => settle(ok),
    open: async (options: EmbeddedNeo4jOptions) => {
      fake.openedWith.push(options);
      if (opened instanceof Error) throw opened;
      return opened;
    },
    discard: async () => {
      fake.discarded = true;
      settle(false);
    },
  };
  return fake;
}

const POLICY: RestartPolicy = { initialDelayMs: 5, maxDelayMs: 20, unhealthyAfterFailures: 3 };
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
};

describe('the embedded Neo4j supervisor', () => {
  let logs: { message: string; fields: LogFields }[];
  const logger = createLogger('info', { write: (line) => {
    const { message, ...fields } = JSON.parse(line) as { message: string } & LogFields;
    logs.push({ message, fields });
  } });
  beforeEach(() => (logs = []));

  it('backs off: at once, then doubling from the initial delay with jitter, capped', () => {
    const policy = { initialDelayMs: 1_000, maxDelayMs: 30_000, unhealthyAfterFailures: 5 };
    expect(restartDelayMs(0, policy)).toBe(0);
    for (const [attempt, base] of [[1, 1_000], [2, 2_000], [4, 8_000], [6, 30_000], [20, 30_000]]) {
      const delay = restartDelayMs(attempt, policy);
      expect(delay).toBeGreaterThanOrEqual(base * 0.8);
      expect(delay).toBeLessThanOrEqual(base * 1.2);
    }
  });

  it('restarts after an unexpected exit, on the same port, refusing meanwhile, and logs and counts it', async () => {
    const jvms = [fakeNeo4j(1), fakeNeo4j(2)];
    const starts: (number | undefined)[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const start = async (options: { boltPort?: number }) => {
      starts.push(options.boltPort);
      if (starts.length > 1) await gate;
      return jvms[starts.length - 1];
    };
    const supervisor = await SupervisedNeo4j.start({ dataDir: '/nonexistent', boltPort: 0 }, logger, POLICY, start);
    const restarted = jest.fn();
    supervisor.onRestarted(restarted);
    const exits = (await metrics.neo4jUnexpectedExits.get()).values[0]?.value ?? 0;
    expect(supervisor.recovering()).toBe(false);

    jvms[0].crash({ code: null, signal: 'SIGKILL' });
    await until(() => !supervisor.available());
    expect(supervisor.recovering()).toBe(true);
    expect(supervisor.healthy()).toBe(true);
    expect(supervisor.reason()).toBe('the embedded Neo4j exited and is being restarted');
    expect(supervisor.retryAfterSeconds()).toBe(2);
    release();
    await until(() => supervisor.available());
    // Back, but cold for a few seconds: a shortage of connections then is still the outage's.
    expect(supervisor.recovering()).toBe(true);
    const tenSecondsOn = Date.now() + 10_000;
    const now = jest.spyOn(Date, 'now').mockReturnValue(tenSecondsOn);
    expect(supervisor.recovering()).toBe(false);
    now.mockRestore();

    expect(starts).toEqual([0, 7999]);
    expect(supervisor.pid).toBe(2);
    expect(restarted).toHaveBeenCalledTimes(1);
    expect((await metrics.neo4jUnexpectedExits.get()).values[0].value).toBe(exits + 1);
    expect(logs.map((entry) => entry.message)).toEqual(['embedded Neo4j exited unexpectedly; restarting it', 'embedded Neo4j restarted']);
    expect(logs[0].fields).toMatchObject({ pid: 1, exitCode: null, signal: 'SIGKILL', output: ['last line'] });
    await supervisor.stop();
    expect(jvms[1].stopped).toBe(true);
  });

  it('turns unhealthy after restarts keep failing, keeps trying, and is healthy again once one succeeds', async () => {
    const first = fakeNeo4j(1);
    let failures = 0;
    let mode: 'first' | 'fail' | 'succeed' = 'first';
    const start = async (): Promise<EmbeddedNeo4j> => {
      if (mode === 'first') return first;
      if (mode === 'succeed') return fakeNeo4j(3);
      failures += 1;
      throw new Error('Embedded Neo4j failed to start: no disk');
    };
    const supervisor = await SupervisedNeo4j.start({ dataDir: '/nonexistent' }, logger, POLICY, start);
    mode = 'fail';
    first.crash({ code: 3, signal: null });
    await until(() => failures >= 3);
    expect(supervisor.healthy()).toBe(false);
    expect(supervisor.available()).toBe(false);
    expect(supervisor.reason()).toMatch(/\(3 failed restarts in a row\)$/);
    expect(await metrics.render()).toMatch(/collab_graph_neo4j_embedded_restart_failures_in_a_row [3-9]/);
    mode = 'succeed';
    await until(() => supervisor.available());
    expect(supervisor.healthy()).toBe(true);
    expect(supervisor.pid).toBe(3);
    expect(logs.filter((entry) => entry.message === 'embedded Neo4j restart failed').length).toBeGreaterThanOrEqual(3);
    await supervisor.stop();
  });

  it('does not restart a JVM it was asked to stop, and a stop ends a restart loop', async () => {
    const first = fakeNeo4j(1);
    let calls = 0;
    const start = async (): Promise<EmbeddedNeo4j> => {
      calls += 1;
      if (calls === 1) return first;
      throw new Error('cannot start');
    };
    const supervisor = await SupervisedNeo4j.start({ dataDir: '/nonexistent' }, logger, { ...POLICY, initialDelayMs: 60_000, maxDelayMs: 60_000 }, start);
    first.crash({ code: 1, signal: null });
    await until(() => calls === 2);
    await supervisor.stop();
    expect(calls).toBe(2);
  });

  describe('with a warm spare', () => {
    it('starts none until asked, then lets a warm one take over on the same port, and warms the next', async () => {
      const [first, second] = [fakeNeo4j(1), fakeNeo4j(2)];
      const spares = [fakeSpare(11, second), fakeSpare(12, fakeNeo4j(3))];
      const coldStarts: EmbeddedNeo4jOptions[] = [];
      const start = async (options: EmbeddedNeo4jOptions) => (coldStarts.push(options), first);
      let made = 0;
      const supervisor = await SupervisedNeo4j.start({ dataDir: '/nonexistent', boltPort: 0 }, logger, POLICY, start, () => spares[made++]);
      expect(made).toBe(0);
      supervisor.keepWarmSpare();
      supervisor.keepWarmSpare();
      expect(made).toBe(1);
      spares[0].warmUp(true);
      expect(await supervisor.spareReady()).toBe(true);
      expect(await metrics.render()).toMatch(/collab_graph_neo4j_embedded_warm_spare 1/);

      first.crash({ code: null, signal: 'SIGKILL' });
      await until(() => supervisor.pid === 2 && supervisor.available());
      expect(coldStarts).toHaveLength(1);
      expect(spares[0].openedWith).toEqual([expect.objectContaining({ dataDir: '/nonexistent', boltPort: 7999 })]);
      expect(logs.find((entry) => entry.message === 'embedded Neo4j restarted')!.fields).toMatchObject({ pid: 2, fromWarmSpare: true });
      expect(made).toBe(2);
      expect(await metrics.render()).toMatch(/collab_graph_neo4j_embedded_warm_spare 0/);
      await supervisor.stop();
      expect(second.stopped).toBe(true);
      expect(spares[1].discarded).toBe(true);
    });

    it('discards a spare still warming up and starts a JVM cold instead', async () => {
      const [first, cold] = [fakeNeo4j(1), fakeNeo4j(2)];
      const spare = fakeSpare(11, fakeNeo4j(3));
      const jvms = [first, cold];
      const supervisor = await SupervisedNeo4j.start({ dataDir: '/nonexistent' }, logger, POLICY, async () => jvms.shift()!, () => spare);
      supervisor.keepWarmSpare();
      first.crash({ code: null, signal: 'SIGKILL' });
      await until(() => supervisor.pid === 2 && supervisor.available());
      expect(spare.discarded).toBe(true);
      expect(spare.openedWith).toEqual([]);
      expect(logs.find((entry) => entry.message === 'embedded Neo4j restarted')!.fields).toMatchObject({ fromWarmSpare: false });
      await supervisor.stop();
    });

    it('starts a JVM cold when the warm spare cannot open the store, and says why', async () => {
      const [first, cold] = [fakeNeo4j(1), fakeNeo4j(2)];
      const spare = fakeSpare(11, new Error('Embedded Neo4j failed to start: the JVM exited'));
      const jvms = [first, cold];
      const supervisor = await SupervisedNeo4j.start({ dataDir: '/nonexistent' }, logger, POLICY, async () => jvms.shift()!, () => spare);
      supervisor.keepWarmSpare();
      spare.warmUp(true);
      await supervisor.spareReady();
      first.crash({ code: null, signal: 'SIGKILL' });
      await until(() => supervisor.pid === 2 && supervisor.available());
      expect(spare.discarded).toBe(true);
      expect(logs.find((entry) => entry.message === 'warm spare Neo4j failed to open the store; starting a JVM cold')!.fields).toMatchObject({ pid: 11 });
      await supervisor.stop();
    });

    it('says so when a spare dies warming up, and a restart then starts cold', async () => {
      const [first, cold] = [fakeNeo4j(1), fakeNeo4j(2)];
      const spare = fakeSpare(11, fakeNeo4j(3));
      const jvms = [first, cold];
      const supervisor = await SupervisedNeo4j.start({ dataDir: '/nonexistent' }, logger, POLICY, async () => jvms.shift()!, () => spare);
      supervisor.keepWarmSpare();
      spare.warmUp(false);
      expect(await supervisor.spareReady()).toBe(false);
      expect(logs.map((entry) => entry.message)).toContain('warm spare Neo4j exited during its warm-up; a restart will start a JVM cold');
      first.crash({ code: null, signal: 'SIGKILL' });
      await until(() => supervisor.pid === 2 && supervisor.available());
      expect(spare.openedWith).toEqual([]);
      await supervisor.stop();
    });
  });
});
