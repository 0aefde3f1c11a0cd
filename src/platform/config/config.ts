import path from 'node:path';
import { z } from 'zod';
import { isRole, ROLES, type Role } from '../auth/roles';

/** Where the repository lives; data and seed paths resolve from here, not from the working directory. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** `pretty` for a person at a terminal (pino-pretty), `json` lines for machines; unset: pretty on a TTY. */
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/**
 * The embedded JVM's compilers. `tiered`: the client and the optimising compiler (C1 and C2), for a
 * server that lives. `c1-only` (-XX:TieredStopAtLevel=1): a start's JVM CPU 15.5 -> 9.5 s and a whole
 * `npm test` 15 % less CPU, but steady-state queries cost Neo4j 2 to 4.7x the CPU (docs/operations.md):
 * for short-lived servers, such as the test run's.
 */
export const EMBEDDED_JITS = ['tiered', 'c1-only'] as const;
export type EmbeddedJit = (typeof EMBEDDED_JITS)[number];

/** An API key as configured: only the SHA-256 of the key is ever stored. */
export interface ApiKeyEntry {
  name: string;
  role: Role;
  sha256: string;
}

/*
 * Each variable's schema: its default, and what it must be. An issue's message continues the
 * variable's name ("must be …"); `got "…"` is added unless the issue words the whole problem itself.
 */
const WHOLE = { whole: true };

const text = (fallback: string) => z.string().default(fallback);
const optionalText = () => z.string().optional();

function integer(fallback: number, min: number, max: number) {
  const expectation = `must be an integer from ${min} to ${max}`;
  return z
    .string()
    .regex(/^-?\d+$/, expectation)
    .transform(Number)
    .refine((value) => value >= min && value <= max, expectation)
    .default(fallback);
}

function boolean(fallback: boolean) {
  return z
    .string()
    .toLowerCase()
    .pipe(z.enum(['true', '1', 'yes', 'false', '0', 'no'], { error: 'must be true or false' }))
    .transform((value) => ['true', '1', 'yes'].includes(value))
    .default(fallback);
}

const oneOf = <const T extends readonly [string, ...string[]]>(allowed: T, fallback: T[number]) =>
  z.enum(allowed, { error: `must be one of ${allowed.join(', ')}` }).default(fallback as never) as unknown as z.ZodType<T[number], string | undefined>;

const memorySize = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 1g')
    .transform((value) => value.toLowerCase())
    .default(fallback);

const neo4jUri = () => z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI').optional();

/** `name:role:sha256hex` entries, comma-separated, each name once. */
const apiKeys = () =>
  z
    .string()
    .transform((raw, context) => {
      const entries: ApiKeyEntry[] = [];
      for (const item of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
        const [keyName, role, sha256, ...rest] = item.split(':');
        if (rest.length > 0 || !/^[\w.-]+$/.test(keyName ?? '') || !isRole(role) || !/^[0-9a-f]{64}$/.test(sha256 ?? '')) {
          context.addIssue({ code: 'custom', message: `entries must be name:role:sha256hex with role one of ${ROLES.join(', ')}; "${keyName ?? ''}:…" is not`, params: WHOLE });
          continue;
        }
        entries.push({ name: keyName, role, sha256 });
      }
      const names = entries.map((entry) => entry.name);
      const repeated = names.find((keyName, index) => names.indexOf(keyName) !== index);
      if (repeated) context.addIssue({ code: 'custom', message: `names "${repeated}" twice`, params: WHOLE });
      return entries;
    })
    .default([]);

/** Every variable the service reads, in the order problems are reported; docs/configuration.md describes each. */
const ENVIRONMENT = {
  NODE_ENV: oneOf(['development', 'production', 'test'], 'development'),
  HOST: text('127.0.0.1'),
  PORT: integer(4000, 0, 65535),
  LOG_LEVEL: oneOf(LOG_LEVELS, 'info'),
  LOG_FORMAT: oneOf(LOG_FORMATS, 'json').optional(),
  SEED_ON_EMPTY: boolean(true),
  SHUTDOWN_GRACE_MS: integer(10_000, 0, 600_000),
  REQUEST_TIMEOUT_MS: integer(15_000, 100, 600_000),
  // Measured on the 2-core reference box (docs/benchmarks.md, overload): more in flight only adds memory and latency.
  MAX_IN_FLIGHT_REQUESTS: integer(2, 1, 10_000),
  MAX_QUEUED_REQUESTS: integer(16, 0, 100_000),
  OVERLOAD_REFUSAL_DELAY_MS: integer(250, 0, 10_000),
  // One thread on the 2-core reference box: the other core stays with the event loop and Neo4j.
  PROPOSER_THREADS: integer(1, 1, 64),
  PROPOSER_MAX_QUEUED: integer(4, 0, 1_000),
  MAX_QUERY_DEPTH: integer(15, 1, 100),
  MAX_ALIASES: integer(15, 0, 1000),
  MAX_DIRECTIVES: integer(50, 0, 1000),
  MAX_TOKENS: integer(2000, 10, 100_000),
  MAX_QUERY_COST: integer(250_000, 1, 100_000_000),
  MAX_BODY_BYTES: integer(1_000_000, 1_000, 100_000_000),
  MAX_BATCH_SIZE: integer(0, 0, 100),
  MAX_SUBSCRIPTION_STREAMS: integer(1_000, 0, 100_000),
  AUTH_ANONYMOUS_ROLE: oneOf(['reader', 'none'], 'reader'),
  API_KEYS: apiKeys(),
  JWT_SECRET: optionalText(),
  JWT_JWKS_FILE: optionalText(),
  JWT_ISSUER: optionalText(),
  JWT_AUDIENCE: optionalText(),
  JWT_ROLES_CLAIM: text('roles'),
  CYPHER_TIMEOUT_MS: integer(5_000, 100, 600_000),
  CYPHER_MAX_ROWS: integer(1_000, 1, 100_000),
  CYPHER_MAX_CONCURRENT: integer(2, 1, 1_000),
  CYPHER_MAX_CONCURRENT_PER_KEY: integer(1, 1, 1_000),
  CYPHER_MAX_ITERATIONS: integer(1_000_000, 1_000, 1_000_000_000),
  NEO4J_URI: neo4jUri(),
  NEO4J_USER: text('neo4j'),
  NEO4J_PASSWORD: text(''),
  NEO4J_DATABASE: optionalText(),
  NEO4J_DATA_DIR: text('.data/neo4j'),
  NEO4J_EMBEDDED_BOLT_PORT: integer(7687, 0, 65535),
  NEO4J_EMBEDDED_HEAP: memorySize('1g'),
  NEO4J_EMBEDDED_PAGE_CACHE: memorySize('512m'),
  NEO4J_EMBEDDED_TX_MEMORY: memorySize('256m'),
  NEO4J_EMBEDDED_WARM_SPARE: boolean(true),
  NEO4J_EMBEDDED_JIT: oneOf(EMBEDDED_JITS, 'tiered'),
  NEO4J_START_TIMEOUT_MS: integer(120_000, 1_000, 3_600_000),
  NEO4J_TX_TIMEOUT_MS: integer(15_000, 100, 600_000),
  NEO4J_RETRY_MS: integer(1_000, 0, 60_000),
};

type Variables = { [Name in keyof typeof ENVIRONMENT]: z.output<(typeof ENVIRONMENT)[Name]> };

export interface Neo4jConfig {
  /** Empty when the service should start its own embedded Neo4j. */
  uri: string | undefined;
  user: string;
  password: string;
  database: string | undefined;
  embeddedDataDir: string;
  embeddedBoltPort: number;
  embeddedHeap: string;
  embeddedPageCache: string;
  /** Most memory one transaction of the embedded Neo4j may use (QUERY_TOO_LARGE beyond). */
  embeddedTransactionMemory: string;
  /** Keep a warm spare JVM to take over should the embedded Neo4j die (see SpareNeo4j). */
  embeddedWarmSpare: boolean;
  /** The embedded JVM's compilers (see EMBEDDED_JITS). */
  embeddedJit: EmbeddedJit;
  /** How long the embedded Neo4j may take to start (and each restart), before the attempt fails. */
  embeddedStartTimeoutMs: number;
  transactionTimeoutMs: number;
  /** How long the driver retries a transaction on transient failures before answering DATABASE_UNAVAILABLE. */
  retryMs: number;
}

export interface JwtConfig {
  /** HS256 shared secret; or */
  secret: string | undefined;
  /** a JWKS file of public keys (RS256, ES256, EdDSA). */
  jwksFile: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
  /** The claim that lists roles (a string or an array of strings). */
  rolesClaim: string;
}

export interface AuthConfig {
  /** What a request without a credential may do: read, or nothing. */
  anonymousRole: Role.READER | 'none';
  apiKeys: ApiKeyEntry[];
  jwt: JwtConfig;
}

/**
 * The settings as plain values, grouped by what uses them. The features' own types (AdmissionLimits,
 * RequestLimits, CypherLimits, ProposerLimits) take these groups; configuration imports no feature.
 */
function settingsOf(v: Variables) {
  return {
    host: v.HOST,
    port: v.PORT,
    production: v.NODE_ENV === 'production',
    logLevel: v.LOG_LEVEL,
    logFormat: v.LOG_FORMAT,
    seedOnEmpty: v.SEED_ON_EMPTY,
    shutdownGraceMs: v.SHUTDOWN_GRACE_MS,
    /** Every GraphQL request's time budget, from its arrival (QUERY_TIMEOUT beyond). */
    requestTimeoutMs: v.REQUEST_TIMEOUT_MS,
    admission: { maxInFlight: v.MAX_IN_FLIGHT_REQUESTS, maxQueued: v.MAX_QUEUED_REQUESTS, refusalDelayMs: v.OVERLOAD_REFUSAL_DELAY_MS },
    proposer: { threads: v.PROPOSER_THREADS, maxQueued: v.PROPOSER_MAX_QUEUED },
    /** Subscription streams one process holds open at most (TOO_MANY_STREAMS beyond). */
    maxSubscriptionStreams: v.MAX_SUBSCRIPTION_STREAMS,
    limits: {
      maxDepth: v.MAX_QUERY_DEPTH,
      maxAliases: v.MAX_ALIASES,
      maxDirectives: v.MAX_DIRECTIVES,
      maxTokens: v.MAX_TOKENS,
      maxCost: v.MAX_QUERY_COST,
      maxBodyBytes: v.MAX_BODY_BYTES,
      maxBatchSize: v.MAX_BATCH_SIZE,
    },
    auth: {
      anonymousRole: v.AUTH_ANONYMOUS_ROLE as Role.READER | 'none',
      apiKeys: v.API_KEYS,
      jwt: { secret: v.JWT_SECRET, jwksFile: v.JWT_JWKS_FILE, issuer: v.JWT_ISSUER, audience: v.JWT_AUDIENCE, rolesClaim: v.JWT_ROLES_CLAIM },
    } satisfies AuthConfig as AuthConfig,
    cypher: {
      timeoutMs: v.CYPHER_TIMEOUT_MS,
      maxRows: v.CYPHER_MAX_ROWS,
      maxConcurrent: v.CYPHER_MAX_CONCURRENT,
      maxConcurrentPerKey: v.CYPHER_MAX_CONCURRENT_PER_KEY,
      maxIterations: v.CYPHER_MAX_ITERATIONS,
    },
    neo4j: {
      uri: v.NEO4J_URI,
      user: v.NEO4J_USER,
      password: v.NEO4J_PASSWORD,
      database: v.NEO4J_DATABASE,
      embeddedDataDir: path.resolve(PROJECT_ROOT, v.NEO4J_DATA_DIR),
      embeddedBoltPort: v.NEO4J_EMBEDDED_BOLT_PORT,
      embeddedHeap: v.NEO4J_EMBEDDED_HEAP,
      embeddedPageCache: v.NEO4J_EMBEDDED_PAGE_CACHE,
      embeddedTransactionMemory: v.NEO4J_EMBEDDED_TX_MEMORY,
      embeddedWarmSpare: v.NEO4J_EMBEDDED_WARM_SPARE,
      embeddedJit: v.NEO4J_EMBEDDED_JIT,
      embeddedStartTimeoutMs: v.NEO4J_START_TIMEOUT_MS,
      transactionTimeoutMs: v.NEO4J_TX_TIMEOUT_MS,
      retryMs: v.NEO4J_RETRY_MS,
    } satisfies Neo4jConfig as Neo4jConfig,
  };
}

export type Config = ReturnType<typeof settingsOf>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Each variable checked by its schema; a bad one is reported and its default stands in, so the checks across variables still run. */
function readVariables(env: Env, problems: string[]): Variables {
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(ENVIRONMENT)) {
    const raw = env[name] === '' ? undefined : env[name];
    const result = (schema as z.ZodType).safeParse(raw);
    if (result.success) {
      values[name] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      const whole = issue.code === 'custom' && (issue.params as typeof WHOLE | undefined)?.whole;
      problems.push(whole ? `${name} ${issue.message}` : `${name} ${issue.message}, got "${raw}"`);
    }
    values[name] = (schema as z.ZodType).parse(undefined);
  }
  return values as Variables;
}

/** The rules that join several variables. */
function crossChecks(config: Config, problems: string[]): void {
  if (config.neo4j.uri && !config.neo4j.password) problems.push('NEO4J_PASSWORD is required when NEO4J_URI is set');
  if (config.cypher.timeoutMs > config.requestTimeoutMs) {
    problems.push(`CYPHER_TIMEOUT_MS (${config.cypher.timeoutMs}) must not exceed REQUEST_TIMEOUT_MS (${config.requestTimeoutMs}): a Cypher query runs inside its request`);
  }
  if (config.cypher.maxConcurrentPerKey > config.cypher.maxConcurrent) {
    problems.push(`CYPHER_MAX_CONCURRENT_PER_KEY (${config.cypher.maxConcurrentPerKey}) must not exceed CYPHER_MAX_CONCURRENT (${config.cypher.maxConcurrent})`);
  }
  const { jwt } = config.auth;
  if (jwt.secret !== undefined && jwt.jwksFile !== undefined) problems.push('set JWT_SECRET or JWT_JWKS_FILE, not both');
  if (jwt.secret !== undefined && jwt.secret.length < 32) problems.push('JWT_SECRET must be at least 32 characters (HS256 needs 256 bits)');
}

/** The configuration from `env`; a ConfigError names every bad variable at once. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const config = settingsOf(readVariables(env, problems));
  crossChecks(config, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Every setting at its default: the features' defaults when they run without a configuration (tests, benchmarks). */
export const CONFIG_DEFAULTS: Config = loadConfig({});
