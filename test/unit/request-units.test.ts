import { graphSchema } from '../../src/app/schema';
import { SLOT_UNITS } from '../../src/app/http/admission';
import { requestUnits } from '../../src/app/http/request-units';

const url = new URL('http://localhost/graphql');

describe('admission units of a request', () => {
  let unitsOf: (body: unknown, url: URL) => number;
  beforeAll(async () => {
    unitsOf = requestUnits(await graphSchema(), 2_000);
  });

  it('weighs a query by the objects it may return', () => {
    expect(unitsOf({ query: '{ search(text: "CATTC", first: 10) { id name } }' }, url)).toBe(1);
    const dashboard = '{ institutions(first: 100) { nodes { name projects(first: 100) { nodes { name domains(first: 10) { nodes { name } } } } } } }';
    expect(unitsOf({ query: dashboard }, url)).toBe(SLOT_UNITS);
    // Page sizes given as variables count too.
    const byVariables = 'query ($n: Int) { institutions(first: $n) { nodes { name projects(first: $n) { nodes { name } } } } }';
    expect(unitsOf({ query: byVariables, variables: { n: 5 } }, url)).toBe(1);
    expect(unitsOf({ query: byVariables, variables: { n: 100 } }, url)).toBe(SLOT_UNITS);
  });

  it('reads a GET request from its URL', () => {
    const get = new URL('http://localhost/graphql');
    get.searchParams.set('query', '{ institutions(first: 3) { nodes { name } } }');
    expect(unitsOf(undefined, get)).toBe(1);
  });

  it('gives a proposal one unit: its seconds are spent in the threads and queue of the proposer', () => {
    const propose = 'query ($input: ProposeDocumentInput!) { proposeDocument(input: $input) { entities { id aliases { alias } mentions { start } } relations { type } document } }';
    expect(unitsOf({ query: propose, variables: { input: { text: 'x' } } }, url)).toBe(1);
    expect(unitsOf({ query: '{ proposeDocument(input: {text: "x"}) { document } neighbourhood(id: "x") { nodes { id } } }' }, url)).toBe(SLOT_UNITS);
  });

  it('gives a whole place to what it cannot weigh before Apollo runs it', () => {
    expect(unitsOf({ query: 'mutation { addAliases(id: "x", aliases: ["y"]) { id } }' }, url)).toBe(SLOT_UNITS);
    expect(unitsOf({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }, url)).toBe(SLOT_UNITS);
    expect(unitsOf([{ query: '{ institutions(first: 1) { nodes { name } } }' }], url)).toBe(SLOT_UNITS);
    expect(unitsOf({ query: '{ not graphql' }, url)).toBe(SLOT_UNITS);
    expect(unitsOf({ query: '{ neighbourhood(id: "x", depth: 2, limit: 200) { nodes { id } } }' }, url)).toBe(SLOT_UNITS);
    expect(unitsOf({ query: 'query A { institutions(first: 1) { nodes { name } } } query B { search(text: "x") { id } }' }, url)).toBe(SLOT_UNITS);
  });
});
