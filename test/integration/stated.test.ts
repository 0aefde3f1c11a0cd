import { Role } from '../../src/platform/auth/roles';
import type { Database } from '../../src/engine/db/database';
import { createContext } from '../../src/app/context';
import { EntityType, RelationType } from '../../src/engine/model/model';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { applySeeds } from '../../src/engine/seed/seed.repository';
import { postGraphQL, resetGraph, startTestServer, testDatabase } from '../support/graph';
import { syntheticSeed } from '../support/synthetic';

const { Institution, Project, Place, Country } = EntityType;
const { PARTICIPATES_IN, COOPERATES_WITH, LOCATED_IN } = RelationType;

/*
 * Two sources of different dates. The 2021 report states:
 *   a ─PARTICIPATES_IN▶ p,  a ─COOPERATES_WITH▶ b,  a ─LOCATED_IN▶ c,  town ─LOCATED_IN▶ c
 * The 2025 report states again a ─PARTICIPATES_IN▶ p, and for the first time:
 *   d ─PARTICIPATES_IN▶ p,  a ─COOPERATES_WITH▶ d,  lab ─LOCATED_IN▶ town
 */
const OLD = '2021-06-01';
const NEW = '2025-03-01';
const older = syntheticSeed(
  [
    ['a', Institution],
    ['b', Institution],
    ['p', Project],
    ['c', Country],
    ['town', Place],
  ],
  [
    ['a', PARTICIPATES_IN, 'p'],
    ['a', COOPERATES_WITH, 'b'],
    ['a', LOCATED_IN, 'c'],
    ['town', LOCATED_IN, 'c'],
  ],
  'report-2021',
  OLD,
);
const newer = syntheticSeed(
  [
    ['a', Institution],
    ['d', Institution],
    ['p', Project],
    ['lab', Institution],
    ['town', Place],
  ],
  [
    ['a', PARTICIPATES_IN, 'p'],
    ['d', PARTICIPATES_IN, 'p'],
    ['a', COOPERATES_WITH, 'd'],
    ['lab', LOCATED_IN, 'town'],
  ],
  'report-2025',
  NEW,
);

let db: Database;
let server: RunningHttpServer;

async function query(text: string, variables?: Record<string, unknown>) {
  const response = await postGraphQL(server.url, text, variables);
  expect(response.errors).toBeUndefined();
  return response.data;
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySeeds(db, [older, newer]);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close(1_000);
  await db.close();
});

describe('when facts were stated', () => {
  it('gives entities and relationship edges their first and last statement, from their sources\' dates', async () => {
    const data = await query(`{
      institutions(filter: { ids: ["a", "d"] }) { nodes { id firstStated lastStated
        projects { edges { firstStated lastStated node { id } } }
        partners { edges { firstStated lastStated node { id firstStated } } } } }
    }`);
    expect(data.institutions.nodes).toEqual([
      {
        id: 'a',
        firstStated: OLD,
        lastStated: NEW,
        projects: { edges: [{ firstStated: OLD, lastStated: NEW, node: { id: 'p' } }] },
        partners: {
          edges: [
            { firstStated: OLD, lastStated: OLD, node: { id: 'b', firstStated: OLD } },
            { firstStated: NEW, lastStated: NEW, node: { id: 'd', firstStated: NEW } },
          ],
        },
      },
      { id: 'd', firstStated: NEW, lastStated: NEW, projects: { edges: [{ firstStated: NEW, lastStated: NEW, node: { id: 'p' } }] }, partners: { edges: [{ firstStated: NEW, lastStated: NEW, node: { id: 'a', firstStated: OLD } }] } },
    ]);
  });

  it('dates a chain by its hops: stated once its last hop was first stated', async () => {
    const data = await query(`{ countries { nodes { institutions { edges { hops firstStated lastStated node { id } } } } } }`);
    expect(data.countries.nodes[0].institutions.edges).toEqual([
      { hops: 1, firstStated: OLD, lastStated: OLD, node: { id: 'a' } },
      { hops: 2, firstStated: NEW, lastStated: NEW, node: { id: 'lab' } },
    ]);
  });

  it('dates entities the compiler does not read (hubs) the same way', async () => {
    const data = await query(`{ hubs(first: 1) { node { id firstStated lastStated } } }`);
    expect(data.hubs).toEqual([{ node: { id: 'a', firstStated: OLD, lastStated: NEW } }]);
  });

  it('dates the steps of a path and the links to a common partner by their own sources', async () => {
    const data = await query(`{
      paths(from: "b", to: "d", first: 1) { steps { type firstStated lastStated } }
      commonPartners(a: "a", b: "d") { node { id } viaA { firstStated lastStated } viaB { firstStated lastStated } }
    }`);
    expect(data.paths).toEqual([
      {
        steps: [
          { type: 'COOPERATES_WITH', firstStated: OLD, lastStated: OLD },
          { type: 'COOPERATES_WITH', firstStated: NEW, lastStated: NEW },
        ],
      },
    ]);
    expect(data.commonPartners).toEqual([{ node: { id: 'p' }, viaA: [{ firstStated: OLD, lastStated: NEW }], viaB: [{ firstStated: NEW, lastStated: NEW }] }]);
  });
});

describe('a stated date range on relationship connections', () => {
  const PARTNERS = `query ($stated: DateRangeInput) {
    node(id: "a") { ... on Institution { partners(stated: $stated) { totalCount nodes { id } } } }
  }`;
  const partners = async (stated: unknown) => (await query(PARTNERS, { stated })).node.partners;

  it('keeps the relationships with a quote from a source published in the range, both ends included', async () => {
    expect(await partners(null)).toEqual({ totalCount: 2, nodes: [{ id: 'b' }, { id: 'd' }] });
    expect(await partners({ to: '2022-01-01' })).toEqual({ totalCount: 1, nodes: [{ id: 'b' }] });
    expect(await partners({ from: NEW })).toEqual({ totalCount: 1, nodes: [{ id: 'd' }] });
    expect(await partners({ from: OLD, to: OLD })).toEqual({ totalCount: 1, nodes: [{ id: 'b' }] });
    expect(await partners({ from: '2022-01-01', to: '2024-12-31' })).toEqual({ totalCount: 0, nodes: [] });
  });

  it('counts a relationship stated in both sources in either range', async () => {
    const data = await query(`{ projects { nodes {
      early: participants(stated: { to: "2022-01-01" }) { nodes { id } }
      late: participants(stated: { from: "2025-01-01" }) { nodes { id } }
    } } }`);
    expect(data.projects.nodes).toEqual([{ early: { nodes: [{ id: 'a' }] }, late: { nodes: [{ id: 'a' }, { id: 'd' }] } }]);
  });

  it('asks every hop of a chain to be stated in the range', async () => {
    const data = await query(`{ countries { nodes { asOf2022: institutions(stated: { to: "2022-01-01" }) { totalCount nodes { id } } } } }`);
    expect(data.countries.nodes).toEqual([{ asOf2022: { totalCount: 1, nodes: [{ id: 'a' }] } }]);
  });

  it('filters `relationships` under search hits and under hubs (a field read on its own) alike', async () => {
    const data = await query(`{ search(text: "lab", first: 1) { node { relationships(stated: { to: "2022-01-01" }) { totalCount } all: relationships { totalCount } } } }`);
    expect(data.search).toEqual([{ node: { relationships: { totalCount: 0 }, all: { totalCount: 1 } } }]);
    const hubs = await query(`{ hubs(first: 1) { node { relationships(stated: { from: "2025-01-01" }) { nodes { id } } } } }`);
    expect(hubs.hubs).toEqual([{ node: { relationships: { nodes: [{ id: 'd' }, { id: 'p' }] } } }]);
  });

  it('refuses a range that ends before it starts, and a date that does not exist', async () => {
    const reversed = await postGraphQL(server.url, PARTNERS, { stated: { from: NEW, to: OLD } });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'stated.to' });
    expect(reversed.errors?.[0].message).toBe('Invalid argument "stated.to": to must not be before from');
    const impossible = await postGraphQL(server.url, PARTNERS, { stated: { from: '2025-02-30' } });
    expect(impossible.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('recentFacts', () => {
  const RECENT = `query ($since: LocalDate!, $first: Int, $after: String) {
    recentFacts(since: $since, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id type firstStated lastStated from { id name } to { id } evidence { quote source { id publishedOn } } } }
    }
  }`;

  it('lists the facts first stated on or after the date, newest first, with both ends and their quotes', async () => {
    const data = await query(RECENT, { since: '2025-01-01' });
    expect(data.recentFacts.totalCount).toBe(3);
    expect(data.recentFacts.edges.map((edge: any) => edge.node)).toEqual([
      {
        id: 'a:COOPERATES_WITH:d',
        type: 'COOPERATES_WITH',
        firstStated: NEW,
        lastStated: NEW,
        from: { id: 'a', name: 'A' },
        to: { id: 'd' },
        evidence: [{ quote: 'a COOPERATES_WITH d', source: { id: 'report-2025', publishedOn: NEW } }],
      },
      expect.objectContaining({ id: 'd:PARTICIPATES_IN:p', firstStated: NEW }),
      expect.objectContaining({ id: 'lab:LOCATED_IN:town', firstStated: NEW }),
    ]);
  });

  it('leaves out a fact stated again since but first stated before', async () => {
    const ids = (await query(RECENT, { since: NEW })).recentFacts.edges.map((edge: any) => edge.node.id);
    expect(ids).not.toContain('a:PARTICIPATES_IN:p');
    expect((await query(RECENT, { since: '2025-03-02' })).recentFacts).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('pages newest first across dates with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: any = await query(RECENT, { since: '2000-01-01', first: 3, after });
      seen.push(...data.recentFacts.edges.map((edge: any) => `${edge.node.firstStated} ${edge.node.id}`));
      if (!data.recentFacts.pageInfo.hasNextPage) break;
      after = data.recentFacts.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      `${NEW} a:COOPERATES_WITH:d`,
      `${NEW} d:PARTICIPATES_IN:p`,
      `${NEW} lab:LOCATED_IN:town`,
      `${OLD} a:COOPERATES_WITH:b`,
      `${OLD} a:LOCATED_IN:c`,
      `${OLD} a:PARTICIPATES_IN:p`,
      `${OLD} town:LOCATED_IN:c`,
    ]);
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await postGraphQL(server.url, RECENT, { since: NEW, after: 'bm9wZQ' });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('statistics and the collaboration matrix in a date range', () => {
  const STATISTICS = `query ($stated: DateRangeInput) { statistics(stated: $stated) {
    entitiesByType { key count } relationshipsByType { key count } entitiesByCountry { node { id } total byType { key count } }
  } }`;

  it('counts what was stated in the range: entities mentioned, relationships stated', async () => {
    expect((await query(STATISTICS, { stated: null })).statistics).toEqual({
      entitiesByType: [
        { key: 'Institution', count: 4 },
        { key: 'Country', count: 1 },
        { key: 'Place', count: 1 },
        { key: 'Project', count: 1 },
      ],
      relationshipsByType: [
        { key: 'LOCATED_IN', count: 3 },
        { key: 'COOPERATES_WITH', count: 2 },
        { key: 'PARTICIPATES_IN', count: 2 },
      ],
      entitiesByCountry: [{ node: { id: 'c' }, total: 4, byType: [{ key: 'Institution', count: 2 }, { key: 'Place', count: 1 }, { key: 'Project', count: 1 }] }],
    });
    expect((await query(STATISTICS, { stated: { to: '2022-01-01' } })).statistics).toEqual({
      entitiesByType: [
        { key: 'Institution', count: 2 },
        { key: 'Country', count: 1 },
        { key: 'Place', count: 1 },
        { key: 'Project', count: 1 },
      ],
      relationshipsByType: [
        { key: 'LOCATED_IN', count: 2 },
        { key: 'COOPERATES_WITH', count: 1 },
        { key: 'PARTICIPATES_IN', count: 1 },
      ],
      entitiesByCountry: [{ node: { id: 'c' }, total: 3, byType: [{ key: 'Institution', count: 1 }, { key: 'Place', count: 1 }, { key: 'Project', count: 1 }] }],
    });
    expect((await query(STATISTICS, { stated: { from: '2025-01-01' } })).statistics.relationshipsByType).toEqual([
      { key: 'PARTICIPATES_IN', count: 2 },
      { key: 'COOPERATES_WITH', count: 1 },
      { key: 'LOCATED_IN', count: 1 },
    ]);
  });

  it('links two parties through a hub only when both links were stated in the range', async () => {
    const MATRIX = `query ($stated: DateRangeInput) { collaborationMatrix(by: INSTITUTION, stated: $stated) { a { id } b { id } weight via { id } evidence { quote sourceId } } }`;
    const cell = { a: { id: 'a' }, b: { id: 'd' }, weight: 1, via: [{ id: 'p' }] };
    expect((await query(MATRIX, { stated: null })).collaborationMatrix).toEqual([expect.objectContaining(cell)]);
    expect((await query(MATRIX, { stated: { to: '2022-01-01' } })).collaborationMatrix).toEqual([]);
    expect((await query(MATRIX, { stated: { from: '2025-01-01' } })).collaborationMatrix).toEqual([expect.objectContaining(cell)]);
  });

  it('refuses a reversed range on either', async () => {
    const reversed = { from: NEW, to: OLD };
    const counts = await postGraphQL(server.url, STATISTICS, { stated: reversed });
    expect(counts.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'stated.to' });
    const matrix = await postGraphQL(server.url, `query ($stated: DateRangeInput) { collaborationMatrix(by: COUNTRY, stated: $stated) { weight } }`, { stated: reversed });
    expect(matrix.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'stated.to' });
  });
});

describe('the neighbourhood as of a date', () => {
  const AROUND = `query ($stated: DateRangeInput) { neighbourhood(id: "b", depth: 3, stated: $stated) {
    nodes { id } edges { id firstStated lastStated }
  } }`;
  const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

  it('walks and lists only the relationships stated in the range, with their dates', async () => {
    const all = (await query(AROUND, { stated: null })).neighbourhood;
    expect(ids(all.nodes)).toEqual(['a', 'b', 'c', 'd', 'p', 'town']);
    const asOf2022 = (await query(AROUND, { stated: { to: '2022-01-01' } })).neighbourhood;
    expect(ids(asOf2022.nodes)).toEqual(['a', 'b', 'c', 'p', 'town']);
    expect(asOf2022.edges).toEqual([
      { id: 'a:COOPERATES_WITH:b', firstStated: OLD, lastStated: OLD },
      { id: 'a:LOCATED_IN:c', firstStated: OLD, lastStated: OLD },
      { id: 'a:PARTICIPATES_IN:p', firstStated: OLD, lastStated: NEW },
      { id: 'town:LOCATED_IN:c', firstStated: OLD, lastStated: OLD },
    ]);
  });
});

describe('dates after an editor adds evidence', () => {
  const editor = { id: 'api-key:test-editor', authenticated: true, role: Role.EDITOR };
  const LINK = `mutation ($input: LinkInput!) { linkEntities(input: $input) { id firstStated lastStated from { id firstStated } } }`;

  it('reads the new evidence\'s source at once: nothing stored can go stale', async () => {
    const before = await query(`{ recentFacts(since: "2025-01-01") { nodes { id } } }`);
    expect(before.recentFacts.nodes.map((fact: any) => fact.id)).toContain('a:COOPERATES_WITH:d');
    // The 2021 report, quoted for a link first stated in 2025, moves its first statement back to 2021.
    const response = await server.apollo.executeOperation(
      { query: LINK, variables: { input: { from: 'a', type: 'COOPERATES_WITH', to: 'd', evidence: [{ sourceId: 'report-2021', quote: 'a COOPERATES_WITH b' }] } } },
      { contextValue: createContext(db, { principal: editor }) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    expect((response.body.singleResult.data as any).linkEntities).toEqual({ id: 'a:COOPERATES_WITH:d', firstStated: OLD, lastStated: NEW, from: { id: 'a', firstStated: OLD } });
    const after = await query(`{ recentFacts(since: "2025-01-01") { nodes { id } }
      node(id: "a") { ... on Institution { partners(stated: { to: "2022-01-01" }) { edges { firstStated lastStated node { id } } } } } }`);
    expect(after.recentFacts.nodes.map((fact: any) => fact.id)).not.toContain('a:COOPERATES_WITH:d');
    expect(after.node.partners.edges).toEqual([
      { firstStated: OLD, lastStated: OLD, node: { id: 'b' } },
      { firstStated: OLD, lastStated: NEW, node: { id: 'd' } },
    ]);
  });
});
