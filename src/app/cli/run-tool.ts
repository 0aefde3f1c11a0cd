import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type Config, type LogLevel } from '../../platform/config/config';
import { createLogger, type Logger } from '../../platform/config/logger';
import { Database } from '../../engine/db/database';
import { EMBEDDED_NEO4J_USER, startEmbeddedNeo4j } from '../../engine/db/embedded-neo4j';
import { connectGraph } from '../../engine/db/connect';
import { migrate } from '../../engine/db/migrations';

/** A command line the tool cannot run: its message says why; the usage follows. */
export class UsageError extends Error {}

type ErrorClass = abstract new (...args: never[]) => Error;
type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values'];

export interface Tool<O extends Options> {
  usage: string;
  /** The options `node:util` parseArgs reads; anything else is a usage error. */
  options?: O;
  /** Exactly this many positional arguments (none by default). */
  positionals?: number;
  /** The tool's own errors whose message is the whole story (usage and configuration errors always are). */
  expected?: readonly ErrorClass[];
  /** How an expected error is worded; by default its message. */
  describe?(error: Error): string;
}

export interface ToolRun<O extends Options> {
  values: Values<O>;
  positionals: string[];
  /** From the environment, read on first use. */
  config(): Config;
  /** Warnings and errors (more with LOG_LEVEL=debug) on stderr: stdout is the tool's output. */
  logger(): Logger;
  /**
   * The configured graph: a running `npm start`'s embedded Neo4j when `reuseRunning` and one answers,
   * else NEO4J_URI or a new embedded Neo4j; migrated unless told not to. Closed when the tool ends,
   * however it ends (a signal included).
   */
  graph(options?: { migrated?: boolean; reuseRunning?: boolean }): Promise<Database>;
  /** A throw-away embedded Neo4j, migrated and empty, stopped and deleted when the tool ends (the evaluations'). */
  throwAwayGraph(options: { transactionTimeoutMs: number }): Promise<Database>;
  /** Work to do when the tool ends (a temporary database to stop). */
  onClose(close: () => Promise<void>): void;
}

/** A tool logs warnings and errors only, unless asked for debug (or silence). */
const toolLogLevel = (level: LogLevel): LogLevel => (level === 'info' ? 'warn' : level);

function parseCommandLine<O extends Options>(tool: Tool<O>): { values: Values<O>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ options: tool.options ?? ({} as O), allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length !== (tool.positionals ?? 0)) throw new UsageError(tool.usage);
  return parsed;
}

/** The services a run uses, made on first use and closed in reverse order when it ends. */
function toolRun<O extends Options>(tool: Tool<O>, closers: (() => Promise<void>)[]): ToolRun<O> {
  let config: Config | undefined;
  let logger: Logger | undefined;
  const run: ToolRun<O> = {
    ...parseCommandLine(tool),
    config: () => (config ??= loadConfig()),
    logger: () => (logger ??= createLogger(toolLogLevel(run.config().logLevel), { format: run.config().logFormat, fd: 2 })),
    async graph({ migrated = true, reuseRunning = true } = {}) {
      const graph = await connectGraph(run.config().neo4j, run.logger(), { reuseRunningEmbedded: reuseRunning });
      closers.push(() => graph.close());
      if (migrated) await migrate(graph.database);
      return graph.database;
    },
    async throwAwayGraph({ transactionTimeoutMs }) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collab-graph-tool-'));
      closers.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
      // A loaded machine may need longer to start Neo4j (as in the tests' global setup).
      const neo4j = await startEmbeddedNeo4j({ dataDir, heap: '512m', pageCache: '64m', startTimeoutMs: Number(process.env.NEO4J_START_TIMEOUT_MS) || undefined });
      closers.push(() => neo4j.stop());
      const db = Database.connect(neo4j.uri, EMBEDDED_NEO4J_USER, neo4j.password, { transactionTimeoutMs });
      closers.push(() => db.close());
      await migrate(db);
      return db;
    },
    onClose: (close) => void closers.push(close),
  };
  return run;
}

async function closeAll(closers: (() => Promise<void>)[]): Promise<void> {
  for (const close of closers.splice(0).reverse()) await close();
}

/**
 * Runs a command-line tool: its arguments (parseArgs), configuration, logger and graph, closed at the
 * end and on SIGINT/SIGTERM (exit 130/143, so an embedded Neo4j is never left behind). A usage or
 * configuration error, or one of the tool's `expected` errors, prints its message (a usage error with
 * the usage) and nothing else; anything else is a bug and prints its stack. Either way the exit code is 1.
 */
export function runTool<O extends Options>(tool: Tool<O>, main: (run: ToolRun<O>) => Promise<void>): void {
  const closers: (() => Promise<void>)[] = [];
  const onSignal = (signal: NodeJS.Signals, code: number) => {
    process.stderr.write(`${signal}: stopping\n`);
    closeAll(closers).finally(() => process.exit(code));
  };
  process.once('SIGINT', () => onSignal('SIGINT', 130));
  process.once('SIGTERM', () => onSignal('SIGTERM', 143));
  const work = async () => {
    try {
      await main(toolRun(tool, closers));
    } finally {
      await closeAll(closers);
    }
  };
  work().catch((error: unknown) => {
    process.stderr.write(`${failureText(tool, error)}\n`);
    process.exit(1);
  });
}

function failureText<O extends Options>(tool: Tool<O>, error: unknown): string {
  if (error instanceof UsageError) return error.message === tool.usage ? tool.usage : `${error.message}\n${tool.usage}`;
  const known = [ConfigError, ...(tool.expected ?? [])].some((kind) => error instanceof kind);
  if (!known) return (error as Error).stack ?? String(error);
  return tool.describe ? tool.describe(error as Error) : (error as Error).message;
}
