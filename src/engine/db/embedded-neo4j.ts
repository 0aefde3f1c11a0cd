import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT, type EmbeddedJit } from '../../platform/config/config';

export const EMBEDDED_NEO4J_DIR = path.join(PROJECT_ROOT, 'neo4j-embedded');
const JAR = path.join(EMBEDDED_NEO4J_DIR, 'target', 'collab-graph-neo4j.jar');
const LIB = path.join(EMBEDDED_NEO4J_DIR, 'target', 'lib');
/**
 * The launcher's class-data archive (AppCDS), written by `npm run neo4j:build` (scripts/build-neo4j.js)
 * with the same class path and JVM options. When it is missing the JVM starts from the jars; when it
 * does not fit (a rebuilt jar, another JVM) the JVM says so in its output and starts from the jars too.
 */
const CLASS_DATA_ARCHIVE = path.join(EMBEDDED_NEO4J_DIR, 'target', 'collab-graph-neo4j.jsa');
const JVM_OPTIONS = path.join(EMBEDDED_NEO4J_DIR, 'jvm.options');

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** 0 or undefined: pick a free loopback port. */
  boltPort?: number;
  /** JVM heap, e.g. '1g'. */
  heap?: string;
  /** The JVM's just-in-time compilers: both (the default), or the client compiler alone (see `EmbeddedJit`). */
  jit?: EmbeddedJit;
  pageCache?: string;
  /** Most memory one transaction may use, e.g. '256m' (Neo4j's db.memory.transaction.max). */
  transactionMemory?: string;
  /**
   * Whether Cypher plans a cached statement again once the graph's statistics have moved far from those
   * it was planned with (Neo4j's default, true). The test run's Neo4j says false: its files replace the
   * whole graph one after another, and planning every statement again for each graph was a sixth of
   * its compile time, for answers that do not depend on the plan.
   */
  replanOnStatistics?: boolean;
  javaBin?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

/** The embedded Neo4j's user; its password is generated at first start into the data folder. */
export const EMBEDDED_NEO4J_USER = 'neo4j';

/** The launcher writes it (mode 0600) once the password is set, so when it exists it holds the password in force. */
export function embeddedPasswordFile(dataDir: string): string {
  return path.join(dataDir, 'neo4j-password');
}

/** The embedded Neo4j's password, or undefined before its first start. */
export function readEmbeddedPassword(dataDir: string): string | undefined {
  try {
    return fs.readFileSync(embeddedPasswordFile(dataDir), 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A port free on the loopback interface now (another process may take it before it is used). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** How a JVM ended: its exit code, or the signal that ended it. */
export interface JvmExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface EmbeddedNeo4j {
  uri: string;
  boltPort: number;
  /** The `neo4j` user's password, from the data folder's password file. */
  password: string;
  pid: number;
  startedInMs: number;
  /** Resolves when the JVM exits, whether stopped or not. */
  exited: Promise<JvmExit>;
  /** The JVM's last lines of output (Neo4j's log), oldest first. */
  logTail(): string[];
  /** Writes every committed transaction into the store now; resolves with how long it took (ms). */
  checkpoint(): Promise<number>;
  stop(): Promise<void>;
}

/** Starting Neo4j on a Bolt port another process holds: the launcher would only fail later and less clearly. */
export class BoltPortInUseError extends Error {
  constructor(readonly port: number) {
    super(`The embedded Neo4j's Bolt port ${port} on 127.0.0.1 is already in use by another process: stop it, or set NEO4J_EMBEDDED_BOLT_PORT to a free port (0 picks one).`);
  }
}

/** Whether something accepts connections on `port` of the loopback interface. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    const done = (answers: boolean) => {
      socket.destroy();
      resolve(answers);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

const LOG_TAIL_LINES = 30;

/** Neo4j's own log in an embedded data folder. */
export function debugLogFile(dataDir: string): string {
  return path.join(dataDir, 'logs', 'debug.log');
}

/** The last lines of Neo4j's own log (debugLogFile): what it did before it died. */
export function debugLogTail(dataDir: string, lines = 20): string[] {
  const file = debugLogFile(dataDir);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, 16_384));
    fs.readSync(fd, buffer, 0, buffer.length, size - buffer.length);
    return buffer.toString('utf8').split('\n').filter(Boolean).slice(-lines);
  } finally {
    fs.closeSync(fd);
  }
}

/** The options in neo4j-embedded/jvm.options (shared with the build script that writes the class-data archive). */
export function jvmOptionsIn(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Heap, the shared options, the compilers, and the class-data archive when `npm run neo4j:build` wrote one. */
export function jvmOptions(heap: string, archive: string | undefined, jit: EmbeddedJit = 'tiered'): string[] {
  const shared = jvmOptionsIn(fs.readFileSync(JVM_OPTIONS, 'utf8'));
  return [`-Xms${heap}`, `-Xmx${heap}`, ...shared, ...(jit === 'c1-only' ? ['-XX:TieredStopAtLevel=1'] : []), ...(archive ? [`-XX:SharedArchiveFile=${archive}`] : [])];
}

/** The launcher's arguments that open a data folder with Bolt on `port`. */
export function storeArguments(options: EmbeddedNeo4jOptions, port: number): string[] {
  return [
    ...(options.replanOnStatistics === false ? ['--replan-on-statistics', 'false'] : []),
    '--data-dir',
    options.dataDir,
    '--bolt-address',
    `127.0.0.1:${port}`,
    '--page-cache',
    options.pageCache ?? '256m',
    '--password-file',
    embeddedPasswordFile(options.dataDir),
    '--tx-memory',
    options.transactionMemory ?? '256m',
  ];
}

function spawnJvm(options: EmbeddedNeo4jOptions, launcherArguments: string[]): ChildProcess {
  return spawn(
    options.javaBin ?? 'java',
    [
      ...jvmOptions(options.heap ?? '1g', fs.existsSync(CLASS_DATA_ARCHIVE) ? CLASS_DATA_ARCHIVE : undefined, options.jit),
      '-cp',
      `${JAR}${path.delimiter}${path.join(LIB, '*')}`,
      'collabgraph.EmbeddedNeo4j',
      ...launcherArguments,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
}

/** Keeps the JVM's last output lines (both streams) and hands each line to `log`. */
function rememberOutput(child: ChildProcess, log: ((line: string) => void) | undefined): string[] {
  const recent: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      recent.push(line);
      if (recent.length > LOG_TAIL_LINES) recent.shift();
      log?.(line);
    }
  };
  child.stderr!.on('data', remember);
  child.stdout!.on('data', remember);
  return recent;
}

/** Resolves with the Bolt URI once the launcher says Neo4j is ready; kills the JVM and rejects if it fails or takes too long. */
function readyUri(child: ChildProcess, options: EmbeddedNeo4jOptions, recent: string[]): Promise<string> {
  const limitMs = options.startTimeoutMs ?? 120_000;
  return new Promise<string>((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`Embedded Neo4j failed to start: ${reason}\n${recent.join('\n')}`));
    };
    const onExit = (code: number | null, signal: string | null) => fail(`the JVM exited (code ${code}, signal ${signal})`);
    const timer = setTimeout(() => fail(`not ready after ${limitMs} ms`), limitMs);
    child.once('error', (error) => fail(`could not run ${options.javaBin ?? 'java'}: ${error.message}`));
    child.once('exit', onExit);
    child.stdout!.on('data', (chunk: Buffer) => {
      const ready = /NEO4J_READY (\S+)/.exec(chunk.toString('utf8'));
      const failed = /NEO4J_FAILED (.*)/.exec(chunk.toString('utf8'));
      if (failed) fail(failed[1]);
      if (ready) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(ready[1]);
      }
    });
  });
}

/** The launcher's CHECKPOINT command: one line on the JVM's stdin, answered on its stdout. */
function checkpointer(child: ChildProcess): () => Promise<number> {
  return () =>
    new Promise<number>((resolve, reject) => {
      const onOutput = (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        const done = /NEO4J_CHECKPOINTED (\d+)/.exec(text);
        const failed = /NEO4J_CHECKPOINT_FAILED (.*)/.exec(text);
        if (done) settle(() => resolve(Number(done[1])));
        else if (failed) settle(() => reject(new Error(`Neo4j's checkpoint failed: ${failed[1]}`)));
      };
      const onExit = () => settle(() => reject(new Error('the embedded Neo4j exited before its checkpoint')));
      const settle = (outcome: () => void) => {
        child.stdout!.off('data', onOutput);
        child.off('exit', onExit);
        outcome();
      };
      child.stdout!.on('data', onOutput);
      child.once('exit', onExit);
      child.stdin!.write('CHECKPOINT\n');
    });
}

/** Stops the JVM: SIGTERM (Neo4j shuts down cleanly), SIGKILL if it has not exited within 20 s. */
function stopper(child: ChildProcess, exited: Promise<JvmExit>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const forced = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(forced);
    })();
    return stopping;
  };
}

function checkLauncherBuilt(): void {
  if (!fs.existsSync(JAR) || !fs.existsSync(LIB)) {
    throw new Error(`The embedded Neo4j launcher is not built (${path.relative(PROJECT_ROOT, JAR)}): run \`npm run neo4j:build\``);
  }
}

/** Waits for a launcher that is opening `options.dataDir` to serve Bolt, and checks that it takes the password. */
async function serving(child: ChildProcess, options: EmbeddedNeo4jOptions, port: number, started: number, recent: string[], exited: Promise<JvmExit>): Promise<EmbeddedNeo4j> {
  const uri = await readyUri(child, options, recent);
  const password = readEmbeddedPassword(options.dataDir);
  if (password === undefined) {
    child.kill('SIGKILL');
    throw new Error(`Embedded Neo4j started without writing ${embeddedPasswordFile(options.dataDir)}`);
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(EMBEDDED_NEO4J_USER, password));
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    await driver.close();
  }
  return {
    uri,
    boltPort: port,
    password,
    pid: child.pid!,
    startedInMs: performance.now() - started,
    exited,
    logTail: () => [...recent],
    checkpoint: checkpointer(child),
    stop: stopper(child, exited),
  };
}

/** How the JVM ended; a JVM that could not be spawned at all (no `java`) ends at once. */
const exitOf = (child: ChildProcess) =>
  new Promise<JvmExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });

/**
 * Starts Neo4j Community in a child JVM (the launcher in neo4j-embedded/) and resolves once Bolt
 * answers. The JVM's stdin is a pipe from this process: if Node dies, the pipe closes and Neo4j stops.
 * Bolt listens on 127.0.0.1 only and needs the password the launcher keeps in the data folder.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  checkLauncherBuilt();
  fs.mkdirSync(options.dataDir, { recursive: true });
  const port = options.boltPort ? options.boltPort : await freePort();
  if (options.boltPort && (await portAnswers(port))) throw new BoltPortInUseError(port);
  const started = performance.now();
  const child = spawnJvm(options, storeArguments(options, port));
  const exited = exitOf(child);
  return serving(child, options, port, started, rememberOutput(child, options.log), exited);
}

/**
 * A JVM kept ready to take over from the embedded Neo4j should it die: the launcher's spare mode
 * starts Neo4j on an empty scratch folder, runs the training statements until the Cypher compiler and
 * runtime are loaded and compiled, shuts that down and waits. Opening the real store then takes about
 * a second where a cold JVM takes five (`npm run bench:restart`), at the price of a second JVM's memory
 * (its heap) while it waits and of its warm-up's CPU (about 20 s) after each start.
 */
export interface SpareNeo4j {
  pid: number;
  /** Resolves true once the spare is warm, false if its JVM exited first. */
  warm: Promise<boolean>;
  /** Opens `options.dataDir` with Bolt on `options.boltPort` in the warm JVM: the same result as startEmbeddedNeo4j. */
  open(options: EmbeddedNeo4jOptions & { boltPort: number }): Promise<EmbeddedNeo4j>;
  /** Kills the spare's JVM (it holds no store) and removes its scratch folder. */
  discard(): Promise<void>;
}

export function startSpareNeo4j(options: EmbeddedNeo4jOptions): SpareNeo4j {
  checkLauncherBuilt();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-spare-'));
  const child = spawnJvm(options, ['--spare-scratch-dir', scratch, '--page-cache', '64m', '--tx-memory', options.transactionMemory ?? '256m']);
  const exited = exitOf(child).then((exit) => {
    fs.rmSync(scratch, { recursive: true, force: true });
    return exit;
  });
  const recent = rememberOutput(child, options.log);
  const warm = new Promise<boolean>((resolve) => {
    const onOutput = (chunk: Buffer) => {
      if (!chunk.toString('utf8').includes('NEO4J_SPARE_READY')) return;
      child.stdout!.off('data', onOutput);
      resolve(true);
    };
    child.stdout!.on('data', onOutput);
    void exited.then(() => resolve(false));
  });
  return {
    pid: child.pid!,
    warm,
    open(store) {
      const started = performance.now();
      child.stdin!.write(`OPEN\t${storeArguments(store, store.boltPort).join('\t')}\n`);
      return serving(child, store, store.boltPort, started, recent, exited);
    },
    async discard() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
