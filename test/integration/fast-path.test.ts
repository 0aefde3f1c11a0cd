import { useSeededServer } from '../support/graph';
import { readOperations } from '../support/read-operations';

/**
 * Reads of a query text Apollo has validated take the fast path (src/app/http/fast-path.ts): their
 * answers must be Apollo's to the byte, headers included, and whatever the fast path leaves to Apollo
 * (errors, refusals, other operations) must be answered as if it had never looked.
 */
const fixture = useSeededServer(true);

interface Body {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

const ACCEPTS = [undefined, 'application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9'];

/** An answer as the client sees it, without what differs per request (date, request id). */
async function answer(body: Body, accept?: string) {
  const response = await fetch(fixture.server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) }, body: JSON.stringify(body) });
  const headers = [...response.headers].filter(([name]) => name !== 'date' && name !== 'x-request-id');
  const text = (await response.text()).replace(/"requestId":"[^"]+"/g, '"requestId":"…"');
  return { status: response.status, headers, text };
}

/** The same query under a text not seen before (trailing spaces): Apollo alone answers it. */
let unseenTexts = 0;
const unseen = (query: string) => `${query}${' '.repeat((unseenTexts += 1))}`;

function apolloCalls(): () => number {
  const spy = jest.spyOn(fixture.server.apollo, 'executeHTTPGraphQLRequest');
  const before = spy.mock.calls.length;
  return () => spy.mock.calls.length - before;
}

afterEach(() => jest.restoreAllMocks());

describe('the fast path', () => {
  it('answers every recorded read as Apollo did, for every Accept header, without Apollo', async () => {
    // Two of the eleven heavy every-relation reads: the others ask the same of other types.
    const operations = readOperations().filter((operation, index) => !operation.name.startsWith('every relation') || index < 2);
    let answered = 0;
    for (const accept of ACCEPTS) {
      // Every read with one Accept header, a few with the others.
      for (const { name, query, variables } of accept === ACCEPTS[0] ? operations : operations.slice(-3)) {
        // Apollo validates the text (and the database warms up); then Apollo alone answers the same
        // request under a text it has not seen (trailing spaces), and the fast path under the known one.
        await answer({ query, variables }, accept);
        const byApollo = await answer({ query: unseen(query), variables }, accept);
        const apollo = apolloCalls();
        const fast = await answer({ query, variables }, accept);
        expect({ name, accept, answer: fast }).toEqual({ name, accept, answer: byApollo });
        // An answer with errors (an anonymous reader asking for editors' fields) is Apollo's again.
        const failed = byApollo.text.includes('"errors"');
        if (!failed) answered += 1;
        // Every answer states the graph version it read (nothing is written here: the one the process knows).
        expect({ name, graphVersion: JSON.parse(fast.text).extensions?.graphVersion }).toEqual({ name, graphVersion: fixture.server.changes.version?.version });
        expect({ name, accept, apolloCalls: apollo() }).toEqual({ name, accept, apolloCalls: failed ? 1 : 0 });
      }
    }
    expect(answered).toBeGreaterThan(operations.length / 2);
  }, 300_000);

  it('leaves errors, refusals and other operations to Apollo, which answers them as if the fast path had not looked', async () => {
    const cases: { name: string; learn: Body; probe: Body }[] = [
      { name: 'not found', learn: { query: '{ neighbourhood(id: "thailand") { nodes { id } } }' }, probe: { query: '{ neighbourhood(id: "no-such-entity") { nodes { id } } }' } },
      {
        name: 'an argument that fails validation',
        learn: { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: 'thailand' } },
        probe: { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: 'Not An Id!' } },
      },
      {
        name: 'variables that do not coerce',
        learn: { query: 'query ($n: Int!) { institutions(first: $n) { totalCount } }', variables: { n: 2 } },
        probe: { query: 'query ($n: Int!) { institutions(first: $n) { totalCount } }', variables: { n: 'two' } },
      },
      {
        name: 'a query past the cost limit',
        learn: { query: 'query ($n: Int!) { institutions(first: $n) { nodes { projects(first: $n) { nodes { domains(first: $n) { nodes { id } } } } } } }', variables: { n: 2 } },
        probe: { query: 'query ($n: Int!) { institutions(first: $n) { nodes { projects(first: $n) { nodes { domains(first: $n) { nodes { id } } } } } } }', variables: { n: 100 } },
      },
      {
        name: 'an operation name the document does not hold',
        learn: { query: 'query A { node(id: "thailand") { id } } query B { node(id: "nanning") { id } }', operationName: 'B' },
        probe: { query: 'query A { node(id: "thailand") { id } } query B { node(id: "nanning") { id } }', operationName: 'C' },
      },
      {
        name: 'a mutation',
        learn: { query: 'mutation { addAliases(id: "thailand", aliases: ["Siam"]) { id } }' },
        probe: { query: 'mutation { addAliases(id: "thailand", aliases: ["Siam"]) { id } }' },
      },
    ];
    for (const { name, learn, probe } of cases) {
      for (const accept of ACCEPTS) {
        await answer(learn, accept);
        const byApollo = await answer({ ...probe, query: unseen(probe.query) }, accept);
        const apollo = apolloCalls();
        const tried = await answer(probe, accept);
        expect({ name, accept, answer: tried }).toEqual({ name, accept, answer: byApollo });
        expect({ name, accept, apolloCalls: apollo() }).toEqual({ name, accept, apolloCalls: 1 });
      }
    }
  }, 180_000);
});
