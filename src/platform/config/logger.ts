import pino, { type DestinationStream } from 'pino';
import type { LogFormat, LogLevel } from './config';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  /** By default `pretty` when the output is a terminal, else `json`. */
  format?: LogFormat;
  /** File descriptor to write to: 1 (stdout, the service) or 2 (stderr, the command-line tools, whose stdout is their output). */
  fd?: 1 | 2;
  /** Each JSON line to this function instead (tests that read what was logged). */
  write?: (line: string) => void;
}

/** Our call shape (message first) over pino's (fields first). */
function wrap(logger: pino.Logger): Logger {
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
    child: (fields) => wrap(logger.child(fields)),
  };
}

function destination(format: LogFormat, fd: 1 | 2): DestinationStream {
  if (format === 'json') return pino.destination({ dest: fd, sync: true });
  // Loaded only for a person at a terminal; synchronous, so nothing is lost when a tool exits.
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty({ destination: fd, sync: true, messageKey: 'message', translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
}

/**
 * pino: one JSON object per line (`time`, `level` by name, `message`, then the fields), what log
 * shippers and `jq` read; or pino-pretty's coloured lines for a person at a terminal.
 */
export function createLogger(level: LogLevel, options: LoggerOptions = {}): Logger {
  const fd = options.fd ?? 1;
  const format = options.format ?? ((fd === 1 ? process.stdout : process.stderr).isTTY ? 'pretty' : 'json');
  const logger = pino(
    {
      level,
      base: undefined,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.write ? { write: (line: string) => options.write!(line.trimEnd()) } : destination(format, fd),
  );
  return wrap(logger);
}
