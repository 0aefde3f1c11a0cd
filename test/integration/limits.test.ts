import { DEFAULT_LIMITS } from '../../src/platform/graphql/limits';
import { postGraphQL, startTestServer, testDatabase } from '../support/graph';
import type { Database } from '../../src/engine/db/database';
import type { RunningHttpServer } from '../../src/app/http/http-server';

/** Limits tests need no data: refusals happen before anything reaches Neo4j. */
let db: Database;
let production: RunningHttpServer;
let batching: RunningHttpServer;

beforeAll(async () => {
  db = testDatabase();
  production = await startTestServer(db, true);
  batching = await startTestServer(db, false, { ...DEFAULT_LIMITS, maxBatchSize: 2 });
});
afterAll(async () => {
  await production.close(1_000);
  await batching.close(1_000);
  await db.close();
});

const refusal = async (query: string, variables?: Record<string, unknown>) => {
  const response = await postGraphQL(production.url, query, variables);
  expect(response.data ?? undefined).toBeUndefined();
  return { code: response.errors![0].extensions!.code, message: response.errors![0].message, status: response.status };
};

describe('abuse limits', () => {
  it('refuse queries deeper than the maximum depth', async () => {
    const deep = `{ node(id: "a") { ${'relationships { nodes { '.repeat(8)} id ${'} } '.repeat(8)} } }`;
    expect(await refusal(deep)).toEqual({ code: 'QUERY_TOO_DEEP', message: `Query depth 18 exceeds the maximum depth of ${DEFAULT_LIMITS.maxDepth}.`, status: 400 });
  });

  it('refuse too many aliases and too many directives', async () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: node(id: "x") { id }`).join(' ')} }`;
    expect(await refusal(aliases)).toMatchObject({ code: 'TOO_MANY_ALIASES', message: 'The query uses 16 aliases; the limit is 15.' });
    const directives = `{ ${'__typename @include(if: true) '.repeat(51)} }`;
    expect(await refusal(directives)).toMatchObject({ code: 'TOO_MANY_DIRECTIVES', message: 'The query uses 51 directives; the limit is 50.' });
  });

  it('refuse documents with too many tokens before parsing them whole', async () => {
    const long = `{ ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens)} }`;
    expect(await refusal(long)).toMatchObject({ code: 'TOO_MANY_TOKENS', message: expect.stringContaining(`${DEFAULT_LIMITS.maxTokens} tokens`) });
  });

  it('count list sizes, from literals and variables, so one request cannot fan out to millions of rows', async () => {
    const fanOut = `query($n: Int!) { institutions(first: $n) { nodes { relationships(first: 100) { nodes { relationships(first: 100) { nodes { id } } } } } } }`;
    expect(await refusal(fanOut, { n: 100 })).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      message: `The query may return up to 1020201 objects; the limit is ${DEFAULT_LIMITS.maxCost}. Ask for smaller pages.`,
      status: 400,
    });
    const fine = await postGraphQL(production.url, fanOut, { n: 2 });
    expect(fine.errors).toBeUndefined();
  });

  it('hide the schema in production: no introspection, no field suggestions', async () => {
    expect((await refusal('{ __schema { types { name } } }')).code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await refusal('{ institutons { totalCount } }');
    expect(typo.message).not.toMatch(/Did you mean/);
  });

  it('refuse batches unless enabled, and cap them when enabled', async () => {
    const batch = (url: string, size: number) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Array.from({ length: size }, () => ({ query: '{ __typename }' }))),
      });
    const disabled = await batch(production.url, 2);
    expect([disabled.status, ((await disabled.json()) as any).errors[0].extensions.code]).toEqual([400, 'BATCHING_DISABLED']);
    const allowed = await batch(batching.url, 2);
    expect([allowed.status, await allowed.json()]).toEqual([200, [{ data: { __typename: 'Query' }, extensions: { graphVersion: expect.any(Number) } }, { data: { __typename: 'Query' }, extensions: { graphVersion: expect.any(Number) } }]]);
    const tooMany = await batch(batching.url, 3);
    expect([tooMany.status, ((await tooMany.json()) as any).errors[0].extensions.code]).toEqual([400, 'BATCH_TOO_LARGE']);
  });
});
