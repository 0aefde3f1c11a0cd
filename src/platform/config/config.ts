import path from 'node:path';
import { isRole, ROLES, type Role } from '../auth/roles';
import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from '../../features/cypher/cypher.limits';
import { DEFAULT_LIMITS, type RequestLimits } from '../graphql/limits';
import { DEFAULT_ADMISSION_LIMITS, type AdmissionLimits } from '../../app/http/admission';
import { DEFAULT_PROPOSER_LIMITS, type ProposerLimits } from '../../features/propose/propose.pool';

/** Where the repository lives; data and seed paths resolve from here, not from the working directory. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

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
  transactionTimeoutMs: number;
  /** How long the driver retries a transaction on transient failures before answering DATABASE_UNAVAILABLE. */
  retryMs: number;
}

/** An API key as configured: only the SHA-256 of the key is ever stored. */
export interface ApiKeyEntry {
  name: string;
  role: Role;
  sha256: string;
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

export interface Config {
  host: string;
  port: number;
  production: boolean;
  logLevel: LogLevel;
  seedOnEmpty: boolean;
  shutdownGraceMs: number;
  /** Every GraphQL request's time budget, from its arrival (QUERY_TIMEOUT beyond). */
  requestTimeoutMs: number;
  admission: AdmissionLimits;
  proposer: ProposerLimits;
  limits: RequestLimits;
  auth: AuthConfig;
  cypher: CypherLimits;
  neo4j: Neo4jConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads one variable at a time and collects every problem, so a bad start names all bad values at once. */
class EnvReader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const value = this.env[name];
    return value === undefined || value === '' ? fallback : value;
  }

  optional(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === '' ? undefined : value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || value < min || value > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    this.problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
      return fallback;
    }
    return raw as T;
  }

  memorySize(name: string, fallback: string): string {
    const raw = this.string(name, fallback);
    if (!/^\d+[kmg]$/i.test(raw)) {
      this.problems.push(`${name} must be a size such as 512m or 1g, got "${raw}"`);
      return fallback;
    }
    return raw.toLowerCase();
  }

  /** `name:role:sha256hex` entries, comma-separated. */
  apiKeys(name: string): ApiKeyEntry[] {
    const raw = this.optional(name);
    if (raw === undefined) return [];
    const entries: ApiKeyEntry[] = [];
    for (const item of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
      const [keyName, role, sha256, ...rest] = item.split(':');
      if (rest.length > 0 || !/^[\w.-]+$/.test(keyName ?? '') || !isRole(role) || !/^[0-9a-f]{64}$/.test(sha256 ?? '')) {
        this.problems.push(`${name} entries must be name:role:sha256hex with role one of ${ROLES.join(', ')}; "${keyName ?? ''}:…" is not`);
        continue;
      }
      entries.push({ name: keyName, role, sha256 });
    }
    const names = entries.map((entry) => entry.name);
    const repeated = names.find((keyName, index) => names.indexOf(keyName) !== index);
    if (repeated) this.problems.push(`${name} names "${repeated}" twice`);
    return entries;
  }

  neo4jUri(name: string): string | undefined {
    const raw = this.optional(name);
    if (raw !== undefined && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(raw)) {
      this.problems.push(`${name} must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI, got "${raw}"`);
      return undefined;
    }
    return raw;
  }
}

export function loadConfig(env: Env = process.env): Config {
  const read = new EnvReader(env);
  const production = read.oneOf('NODE_ENV', ['development', 'production', 'test'], 'development') === 'production';
  const config: Config = {
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 4000, 0, 65535),
    production,
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    seedOnEmpty: read.boolean('SEED_ON_EMPTY', true),
    shutdownGraceMs: read.integer('SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    requestTimeoutMs: read.integer('REQUEST_TIMEOUT_MS', 15_000, 100, 600_000),
    admission: {
      maxInFlight: read.integer('MAX_IN_FLIGHT_REQUESTS', DEFAULT_ADMISSION_LIMITS.maxInFlight, 1, 10_000),
      maxQueued: read.integer('MAX_QUEUED_REQUESTS', DEFAULT_ADMISSION_LIMITS.maxQueued, 0, 100_000),
      refusalDelayMs: read.integer('OVERLOAD_REFUSAL_DELAY_MS', DEFAULT_ADMISSION_LIMITS.refusalDelayMs, 0, 10_000),
    },
    proposer: {
      threads: read.integer('PROPOSER_THREADS', DEFAULT_PROPOSER_LIMITS.threads, 1, 64),
      maxQueued: read.integer('PROPOSER_MAX_QUEUED', DEFAULT_PROPOSER_LIMITS.maxQueued, 0, 1_000),
    },
    limits: {
      maxDepth: read.integer('MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 100),
      maxAliases: read.integer('MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 1000),
      maxDirectives: read.integer('MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives, 0, 1000),
      maxTokens: read.integer('MAX_TOKENS', DEFAULT_LIMITS.maxTokens, 10, 100_000),
      maxCost: read.integer('MAX_QUERY_COST', DEFAULT_LIMITS.maxCost, 1, 100_000_000),
      maxBodyBytes: read.integer('MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes, 1_000, 100_000_000),
      maxBatchSize: read.integer('MAX_BATCH_SIZE', DEFAULT_LIMITS.maxBatchSize, 0, 100),
    },
    auth: {
      anonymousRole: read.oneOf('AUTH_ANONYMOUS_ROLE', ['reader', 'none'] as const, 'reader') as Role.READER | 'none',
      apiKeys: read.apiKeys('API_KEYS'),
      jwt: {
        secret: read.optional('JWT_SECRET'),
        jwksFile: read.optional('JWT_JWKS_FILE'),
        issuer: read.optional('JWT_ISSUER'),
        audience: read.optional('JWT_AUDIENCE'),
        rolesClaim: read.string('JWT_ROLES_CLAIM', 'roles'),
      },
    },
    cypher: {
      timeoutMs: read.integer('CYPHER_TIMEOUT_MS', DEFAULT_CYPHER_LIMITS.timeoutMs, 100, 600_000),
      maxRows: read.integer('CYPHER_MAX_ROWS', DEFAULT_CYPHER_LIMITS.maxRows, 1, 100_000),
      maxConcurrent: read.integer('CYPHER_MAX_CONCURRENT', DEFAULT_CYPHER_LIMITS.maxConcurrent, 1, 1_000),
      maxConcurrentPerKey: read.integer('CYPHER_MAX_CONCURRENT_PER_KEY', DEFAULT_CYPHER_LIMITS.maxConcurrentPerKey, 1, 1_000),
      maxIterations: read.integer('CYPHER_MAX_ITERATIONS', DEFAULT_CYPHER_LIMITS.maxIterations, 1_000, 1_000_000_000),
    },
    neo4j: {
      uri: read.neo4jUri('NEO4J_URI'),
      user: read.string('NEO4J_USER', 'neo4j'),
      password: read.string('NEO4J_PASSWORD', ''),
      database: read.optional('NEO4J_DATABASE'),
      embeddedDataDir: path.resolve(PROJECT_ROOT, read.string('NEO4J_DATA_DIR', '.data/neo4j')),
      embeddedBoltPort: read.integer('NEO4J_EMBEDDED_BOLT_PORT', 7687, 0, 65535),
      embeddedHeap: read.memorySize('NEO4J_EMBEDDED_HEAP', '1g'),
      embeddedPageCache: read.memorySize('NEO4J_EMBEDDED_PAGE_CACHE', '512m'),
      embeddedTransactionMemory: read.memorySize('NEO4J_EMBEDDED_TX_MEMORY', '256m'),
      transactionTimeoutMs: read.integer('NEO4J_TX_TIMEOUT_MS', 15_000, 100, 600_000),
      retryMs: read.integer('NEO4J_RETRY_MS', 1_000, 0, 60_000),
    },
  };
  if (config.neo4j.uri && !config.neo4j.password) {
    read.problems.push('NEO4J_PASSWORD is required when NEO4J_URI is set');
  }
  if (config.cypher.timeoutMs > config.requestTimeoutMs) {
    read.problems.push(`CYPHER_TIMEOUT_MS (${config.cypher.timeoutMs}) must not exceed REQUEST_TIMEOUT_MS (${config.requestTimeoutMs}): a Cypher query runs inside its request`);
  }
  if (config.cypher.maxConcurrentPerKey > config.cypher.maxConcurrent) {
    read.problems.push(`CYPHER_MAX_CONCURRENT_PER_KEY (${config.cypher.maxConcurrentPerKey}) must not exceed CYPHER_MAX_CONCURRENT (${config.cypher.maxConcurrent})`);
  }
  const { jwt } = config.auth;
  if (jwt.secret !== undefined && jwt.jwksFile !== undefined) read.problems.push('set JWT_SECRET or JWT_JWKS_FILE, not both');
  if (jwt.secret !== undefined && jwt.secret.length < 32) read.problems.push('JWT_SECRET must be at least 32 characters (HS256 needs 256 bits)');
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
