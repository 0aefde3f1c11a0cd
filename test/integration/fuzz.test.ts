import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { useSeededServer } from '../support/graph';
import { readmeExamples } from '../support/readme-examples';

/**
 * Bounded fuzzing with a fixed seed: random and mutated queries, variables and HTTP bodies must
 * never produce a 5xx, an unparsable answer, an unhandled rejection, or growing memory.
 */
jest.setTimeout(120_000);
const fixture = useSeededServer();
const SEED = 20_210_927;
const RUNS = 120;

v8.setFlagsFromString('--expose_gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));

const validQueries = readmeExamples().map((example) => example.query);

/** Small edits of a valid query: delete, insert, duplicate or swap a span. */
const mutatedQuery = fc
  .tuple(fc.constantFrom(...validQueries), fc.nat(), fc.nat(), fc.constantFrom('delete', 'insert', 'duplicate', 'swap'), fc.string({ maxLength: 8 }))
  .map(([query, a, b, edit, text]) => {
    const i = a % query.length;
    const j = Math.min(query.length, i + (b % 20));
    if (edit === 'delete') return query.slice(0, i) + query.slice(j);
    if (edit === 'insert') return query.slice(0, i) + text + query.slice(i);
    if (edit === 'duplicate') return query.slice(0, j) + query.slice(i, j) + query.slice(j);
    return query.slice(0, i) + query.slice(j) + query.slice(i, j);
  });

const json = fc.jsonValue({ maxDepth: 3 });

async function send(body: string, contentType: string, method = 'POST'): Promise<{ status: number; text: string }> {
  const response = await fetch(fixture.server.url, { method, headers: { 'content-type': contentType, accept: 'application/json' }, body });
  return { status: response.status, text: await response.text() };
}

function expectWellFormed({ status, text }: { status: number; text: string }) {
  expect(status).toBeLessThan(500);
  const body = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  expect(body.data !== undefined || Array.isArray(body.errors)).toBe(true);
  for (const error of body.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL');
}

async function fuzzRound(seed: number) {
  await fc.assert(
    fc.asyncProperty(fc.oneof(mutatedQuery, fc.string({ maxLength: 200 })), async (query) => {
      expectWellFormed(await send(JSON.stringify({ query }), 'application/json'));
    }),
    { seed, numRuns: RUNS },
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...validQueries), json, json, async (query, variables, operationName) => {
      expectWellFormed(await send(JSON.stringify({ query, variables, operationName }), 'application/json'));
    }),
    { seed, numRuns: RUNS },
  );
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.string({ maxLength: 300 }), json.map((value) => JSON.stringify(value))),
      fc.constantFrom('application/json', 'text/plain', 'application/graphql', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'),
      async (body, contentType) => {
        const { status, text } = await send(body, contentType);
        expect(status).toBeLessThan(500);
        expect(() => JSON.parse(text)).not.toThrow();
      },
    ),
    { seed, numRuns: RUNS },
  );
}

describe('fuzzing', () => {
  it('never answers 5xx or INTERNAL, never leaves a rejection unhandled, and does not grow memory', async () => {
    await fuzzRound(SEED);
    collectGarbage();
    const afterFirst = process.memoryUsage().heapUsed;
    await fuzzRound(SEED + 1);
    await fuzzRound(SEED + 2);
    collectGarbage();
    const afterMore = process.memoryUsage().heapUsed;
    expect(unhandled).toEqual([]);
    const growthMb = (afterMore - afterFirst) / 1024 / 1024;
    process.stdout.write(`fuzz: ${RUNS * 9} requests; heap after round 1 ${(afterFirst / 1024 / 1024).toFixed(1)} MB, after round 3 ${(afterMore / 1024 / 1024).toFixed(1)} MB\n`);
    expect(growthMb).toBeLessThan(20);
  });
});
