import { ConfigError, loadConfig } from '../../src/platform/config/config';

describe('configuration', () => {
  it('starts the embedded Neo4j by default', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j.embeddedDataDir).toMatch(/\.data[/\\]neo4j$/);
  });

  it('reads an external Neo4j, including neo4j:// routing URIs', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret', PORT: '8080' });
    expect(config.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(config.port).toBe(8080);
  });

  it('names every bad value at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOG_LEVEL: 'loud', SEED_ON_EMPTY: 'maybe', NEO4J_EMBEDDED_HEAP: 'lots' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(
      expect.arrayContaining([
        'PORT must be an integer from 0 to 65535, got "eighty"',
        'LOG_LEVEL must be one of debug, info, warn, error, silent, got "loud"',
        'SEED_ON_EMPTY must be true or false, got "maybe"',
        'NEO4J_EMBEDDED_HEAP must be a size such as 512m or 1g, got "lots"',
        'NEO4J_URI must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI, got "http://localhost:7474"',
      ]),
    );
    expect((error as ConfigError).problems).toHaveLength(5);
  });

  it('requires a password for an external server', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow('NEO4J_PASSWORD is required when NEO4J_URI is set');
  });

  it('reads roles, API keys and JWT settings, and names what is wrong with them', () => {
    const sha = 'a'.repeat(64);
    const config = loadConfig({ AUTH_ANONYMOUS_ROLE: 'none', API_KEYS: `alice:researcher:${sha}, bob:editor:${'b'.repeat(64)}`, JWT_SECRET: 'x'.repeat(32) });
    expect(config.auth.anonymousRole).toBe('none');
    expect(config.auth.apiKeys).toEqual([
      { name: 'alice', role: 'researcher', sha256: sha },
      { name: 'bob', role: 'editor', sha256: 'b'.repeat(64) },
    ]);
    expect(config.cypher).toEqual({ timeoutMs: 5_000, maxRows: 1_000, maxConcurrent: 2, maxConcurrentPerKey: 1, maxIterations: 1_000_000 });
    expect(() => loadConfig({ API_KEYS: `alice:admin:${sha},alice:reader:short`, JWT_SECRET: 'short', JWT_JWKS_FILE: '/x', AUTH_ANONYMOUS_ROLE: 'guest' })).toThrow(
      expect.objectContaining({
        problems: [
          'AUTH_ANONYMOUS_ROLE must be one of reader, none, got "guest"',
          'API_KEYS entries must be name:role:sha256hex with role one of reader, researcher, editor; "alice:…" is not',
          'API_KEYS entries must be name:role:sha256hex with role one of reader, researcher, editor; "alice:…" is not',
          'set JWT_SECRET or JWT_JWKS_FILE, not both',
          'JWT_SECRET must be at least 32 characters (HS256 needs 256 bits)',
        ],
      }),
    );
    expect(() => loadConfig({ API_KEYS: `alice:reader:${sha},alice:editor:${sha}` })).toThrow(/names "alice" twice/);
  });

  it('reads deadlines, admission and researcher Cypher limits, and keeps them consistent', () => {
    const defaults = loadConfig({});
    expect(defaults.requestTimeoutMs).toBe(15_000);
    expect(defaults.admission).toEqual({ maxInFlight: 2, maxQueued: 16, refusalDelayMs: 250 });
    expect(defaults.neo4j.embeddedTransactionMemory).toBe('256m');
    const config = loadConfig({
      REQUEST_TIMEOUT_MS: '20000',
      MAX_IN_FLIGHT_REQUESTS: '8',
      MAX_QUEUED_REQUESTS: '0',
      OVERLOAD_REFUSAL_DELAY_MS: '50',
      CYPHER_TIMEOUT_MS: '20000',
      CYPHER_MAX_CONCURRENT: '3',
      CYPHER_MAX_CONCURRENT_PER_KEY: '2',
      CYPHER_MAX_ITERATIONS: '50000',
      NEO4J_EMBEDDED_TX_MEMORY: '1G',
    });
    expect(config.requestTimeoutMs).toBe(20_000);
    expect(config.admission).toEqual({ maxInFlight: 8, maxQueued: 0, refusalDelayMs: 50 });
    expect(config.cypher).toEqual({ timeoutMs: 20_000, maxRows: 1_000, maxConcurrent: 3, maxConcurrentPerKey: 2, maxIterations: 50_000 });
    expect(config.neo4j.embeddedTransactionMemory).toBe('1g');
    expect(() => loadConfig({ CYPHER_TIMEOUT_MS: '20000', CYPHER_MAX_CONCURRENT: '1', CYPHER_MAX_CONCURRENT_PER_KEY: '2', MAX_IN_FLIGHT_REQUESTS: '0' })).toThrow(
      expect.objectContaining({
        problems: [
          'MAX_IN_FLIGHT_REQUESTS must be an integer from 1 to 10000, got "0"',
          'CYPHER_TIMEOUT_MS (20000) must not exceed REQUEST_TIMEOUT_MS (15000): a Cypher query runs inside its request',
          'CYPHER_MAX_CONCURRENT_PER_KEY (2) must not exceed CYPHER_MAX_CONCURRENT (1)',
        ],
      }),
    );
  });

  it("reads the proposer's threads and queue", () => {
    expect(loadConfig({}).proposer).toEqual({ threads: 1, maxQueued: 4 });
    expect(loadConfig({ PROPOSER_THREADS: '2', PROPOSER_MAX_QUEUED: '0' }).proposer).toEqual({ threads: 2, maxQueued: 0 });
    expect(() => loadConfig({ PROPOSER_THREADS: '0' })).toThrow(expect.objectContaining({ problems: ['PROPOSER_THREADS must be an integer from 1 to 64, got "0"'] }));
  });
});
