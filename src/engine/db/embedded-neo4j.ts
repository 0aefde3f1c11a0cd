import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../platform/config/config';

export const EMBEDDED_NEO4J_DIR = path.join(PROJECT_ROOT, 'neo4j-embedded');
const JAR = path.join(EMBEDDED_NEO4J_DIR, 'target', 'collab-graph-neo4j.jar');
const LIB = path.join(EMBEDDED_NEO4J_DIR, 'target', 'lib');

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** 0 or undefined: pick a free loopback port. */
  boltPort?: number;
  /** JVM heap, e.g. '1g'. */
  heap?: string;
  pageCache?: string;
  /** Most memory one transaction may use, e.g. '256m' (Neo4j's db.memory.transaction.max). */
  transactionMemory?: string;
  javaBin?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  /** The `neo4j` user's password, from the data folder's password file. */
  password: string;
  pid: number;
  startedInMs: number;
  stop(): Promise<void>;
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

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts Neo4j Community in a child JVM (the launcher in neo4j-embedded/) and resolves once Bolt
 * answers. The JVM's stdin is a pipe from this process: if Node dies, the pipe closes and Neo4j stops.
 * Bolt listens on 127.0.0.1 only and needs the password the launcher keeps in the data folder.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  if (!fs.existsSync(JAR) || !fs.existsSync(LIB)) {
    throw new Error(`The embedded Neo4j launcher is not built (${path.relative(PROJECT_ROOT, JAR)}): run \`npm run neo4j:build\``);
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const port = options.boltPort ? options.boltPort : await freePort();
  const heap = options.heap ?? '1g';
  const started = performance.now();
  const child = spawn(
    options.javaBin ?? 'java',
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      `${JAR}${path.delimiter}${path.join(LIB, '*')}`,
      'collabgraph.EmbeddedNeo4j',
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
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const recent: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      recent.push(line);
      if (recent.length > 30) recent.shift();
      options.log?.(line);
    }
  };
  child.stderr!.on('data', remember);

  const uri = await new Promise<string>((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`Embedded Neo4j failed to start: ${reason}\n${recent.join('\n')}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${options.startTimeoutMs ?? 120_000} ms`), options.startTimeoutMs ?? 120_000);
    child.once('error', (error) => fail(`could not run ${options.javaBin ?? 'java'}: ${error.message}`));
    child.once('exit', (code, signal) => fail(`the JVM exited (code ${code}, signal ${signal})`));
    child.stdout!.on('data', (chunk: Buffer) => {
      remember(chunk);
      const ready = /NEO4J_READY (\S+)/.exec(chunk.toString('utf8'));
      const failed = /NEO4J_FAILED (.*)/.exec(chunk.toString('utf8'));
      if (failed) fail(failed[1]);
      if (ready) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(ready[1]);
      }
    });
  });

  const password = readEmbeddedPassword(options.dataDir);
  if (password === undefined) {
    child.kill('SIGKILL');
    throw new Error(`Embedded Neo4j started without writing ${embeddedPasswordFile(options.dataDir)}`);
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(EMBEDDED_NEO4J_USER, password));
  try {
    await driver.verifyConnectivity();
  } finally {
    await driver.close();
  }

  let stopping: Promise<void> | undefined;
  return {
    uri,
    password,
    pid: child.pid!,
    startedInMs: performance.now() - started,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const forced = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.kill('SIGTERM');
        await exited(child);
        clearTimeout(forced);
      })();
      return stopping;
    },
  };
}
