import { ConfigError } from './config';

/** A command line the tool cannot run: its message says why, with the usage. */
export class UsageError extends Error {}

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs a command-line tool's `main`. A usage or configuration error, or one of the tool's own
 * `expected` errors, prints its message (as `message` words it) and nothing else; anything else is a
 * bug and prints its stack. Either way the process exits 1.
 */
export function runCli(main: () => Promise<void>, expected: ErrorClass[] = [], message: (error: Error) => string = (error) => error.message): void {
  main().catch((error: unknown) => {
    const known = [UsageError, ConfigError, ...expected].some((kind) => error instanceof kind);
    process.stderr.write(`${known ? message(error as Error) : ((error as Error).stack ?? String(error))}\n`);
    process.exit(1);
  });
}
