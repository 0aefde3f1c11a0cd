import type { LogLevel } from './config';

const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

/** One JSON object per line on stdout: what log shippers and `jq` read without a parser of ours. */
export function createLogger(level: LogLevel, bound: LogFields = {}, write: (line: string) => void = (line) => process.stdout.write(line + '\n')): Logger {
  const threshold = SEVERITY[level];
  const emit = (at: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
    if (SEVERITY[at] < threshold) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, message, ...bound, ...fields }));
  };
  return {
    debug: (message, fields) => emit('debug', message, fields),
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
    child: (fields) => createLogger(level, { ...bound, ...fields }, write),
  };
}
