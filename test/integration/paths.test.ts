import type { Database } from '../../src/engine/db/database';
import { EntityType, RelationType } from '../../src/engine/model/model';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { applySeeds } from '../../src/engine/seed/seed.repository';
import { executeCounted, postGraphQL, resetGraph, startTestServer, testDatabase, unhurried } from '../support/graph';
import { syntheticSeed } from '../support/synthetic';

const { Institution, Project, Platform, Country } = EntityType;
const { PARTICIPATES_IN, LOCATED_IN, COOPERATES_WITH, SUPPORTS } = RelationType;

/*
 *   a ──PARTICIPATES_IN──▶ p1 ◀──PARTICIPATES_IN── b ──LOCATED_IN──▶ country
 *   a ──COOPERATES_WITH──▶ b                                            ▲
 *   a ──SUPPORTS──▶ lab ──LOCATED_IN────────────────────────────────────┘
 *   c ──COOPERATES_WITH──▶ d ──COOPERATES_WITH──▶ e ──COOPERATES_WITH──▶ f
 *   lonely (no relationships)
 */
const graph = syntheticSeed(
  [
    ['a', Institution],
    ['b', Institution],
    ['p1', Project],
    ['lab', Platform],
    ['country', Country],
    ['c', Institution],
    ['d', Institution],
    ['e', Institution],
    ['f', Institution],
    ['lonely', Institution],
  ],
  [
    ['a', PARTICIPATES_IN, 'p1'],
    ['b', PARTICIPATES_IN, 'p1'],
    ['a', COOPERATES_WITH, 'b'],
    ['b', LOCATED_IN, 'country'],
    ['a', SUPPORTS, 'lab'],
    ['lab', LOCATED_IN, 'country'],
    ['c', COOPERATES_WITH, 'd'],
    ['d', COOPERATES_WITH, 'e'],
    ['e', COOPERATES_WITH, 'f'],
  ],
);

let db: Database;
let server: RunningHttpServer;
const paths = async (args: string) => {
  const response = await postGraphQL(server.url, `{ paths(${args}) { length nodes { id } steps { from { id } to { id } type direction explanation evidence { quote source { publisher } } } } }`);
  return response;
};
const nodeIds = (data: any) => data.paths.map((path: any) => path.nodes.map((node: any) => node.id).join('>'));

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySeeds(db, [graph]);
  server = await startTestServer(unhurried(db));
});
afterAll(async () => {
  await server.close(1_000);
  await db.close();
});

describe('paths', () => {
  it('returns the k shortest simple paths, shortest first, ties in the order of the entities\' ids', async () => {
    const { data, errors } = await paths('from: "a", to: "country", first: 3');
    expect(errors).toBeUndefined();
    expect(nodeIds(data)).toEqual(['a>b>country', 'a>lab>country', 'a>p1>b>country']);
    expect(data.paths.map((path: any) => path.length)).toEqual([2, 2, 3]);
  });

  it('explains every step with its direction and quoted evidence', async () => {
    // Two paths tie at length 2: country>b>a comes first (ids "b" < "lab").
    const { data, errors } = await paths('from: "country", to: "a", first: 1');
    expect(errors).toBeUndefined();
    const [path] = data.paths;
    expect(path.steps).toEqual([
      {
        from: { id: 'country' },
        to: { id: 'b' },
        type: 'LOCATED_IN',
        direction: 'IN',
        explanation: 'B is located in COUNTRY; Test suite, 2024-01-01 says: "b LOCATED_IN country"',
        evidence: [{ quote: 'b LOCATED_IN country', source: { publisher: 'Test suite' } }],
      },
      {
        from: { id: 'b' },
        to: { id: 'a' },
        type: 'COOPERATES_WITH',
        direction: 'IN',
        explanation: 'A cooperates with B; Test suite, 2024-01-01 says: "a COOPERATES_WITH b"',
        evidence: [{ quote: 'a COOPERATES_WITH b', source: { publisher: 'Test suite' } }],
      },
    ]);
  });

  it('reads the paths, their evidence, its sources and the steps\' dates in one statement', async () => {
    const query = `{ paths(from: "a", to: "country") { nodes { id } steps { explanation firstStated evidence { quote source { title publisher } } } } }`;
    const { result, roundTrips } = await executeCounted(server, db, query);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).paths[0].steps[0].evidence).toEqual([{ quote: 'a COOPERATES_WITH b', source: { title: 'Synthetic test graph', publisher: 'Test suite' } }]);
    expect((result.data as any).paths[0].steps[0].firstStated).toBe('2024-01-01');
    expect(roundTrips).toBe(1);
    const datesOnly = await executeCounted(server, db, `{ paths(from: "a", to: "country") { steps { lastStated } } }`);
    expect((datesOnly.result.data as any).paths[0].steps[0]).toEqual({ lastStated: '2024-01-01' });
    expect(datesOnly.roundTrips).toBe(1);
  });

  it('filters by relationship type and by the types of the entities passed through', async () => {
    expect(nodeIds((await paths('from: "a", to: "country", relationTypes: [PARTICIPATES_IN, LOCATED_IN]')).data)).toEqual(['a>p1>b>country']);
    expect(nodeIds((await paths('from: "a", to: "country", nodeTypes: [Platform]')).data)).toEqual(['a>lab>country']);
  });

  it('avoids the entities it is told to avoid', async () => {
    expect(nodeIds((await paths('from: "a", to: "country", avoid: ["b"]')).data)).toEqual(['a>lab>country']);
    expect(nodeIds((await paths('from: "a", to: "country", avoid: ["b", "lab"]')).data)).toEqual([]);
  });

  it('follows relationship direction only when asked', async () => {
    expect(nodeIds((await paths('from: "a", to: "country", directed: true, first: 5')).data)).toEqual(['a>b>country', 'a>lab>country']);
    expect(nodeIds((await paths('from: "country", to: "a", directed: true')).data)).toEqual([]);
  });

  it('respects maxHops and answers disconnected pairs with an empty list', async () => {
    expect(nodeIds((await paths('from: "c", to: "f", maxHops: 3')).data)).toEqual(['c>d>e>f']);
    expect(nodeIds((await paths('from: "c", to: "f", maxHops: 2')).data)).toEqual([]);
    const lonely = await paths('from: "a", to: "lonely"');
    expect([lonely.errors, lonely.data!.paths]).toEqual([undefined, []]);
  });

  it('refuses out-of-bounds arguments and unknown ids with clear codes', async () => {
    const tooFar = await paths('from: "a", to: "f", maxHops: 7');
    expect(tooFar.errors![0]).toMatchObject({ message: 'Invalid argument "maxHops": maxHops must not be greater than 6', extensions: { code: 'BAD_USER_INPUT' } });
    const tooMany = await paths('from: "a", to: "f", first: 11');
    expect(tooMany.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const same = await paths('from: "a", to: "a"');
    expect(same.errors![0].message).toBe('Invalid argument "to": to must differ from from');
    const unknown = await paths('from: "a", to: "atlantis"');
    expect(unknown.errors![0]).toMatchObject({ message: 'No entity with id "atlantis"', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('neighbourhood', () => {
  const neighbourhood = (args: string) =>
    postGraphQL(server.url, `{ neighbourhood(${args}) { truncated nodes { id label type distance } edges { source target type evidence { quote } } } }`);

  it('returns nodes nearest first and every edge among them, in graph-library shape', async () => {
    const { data } = await neighbourhood('id: "a", depth: 1');
    expect(data.neighbourhood.nodes.map((node: any) => [node.id, node.distance])).toEqual([
      ['a', 0],
      ['b', 1],
      ['lab', 1],
      ['p1', 1],
    ]);
    expect(data.neighbourhood.nodes[0]).toEqual({ id: 'a', label: 'A', type: 'Institution', distance: 0 });
    expect(data.neighbourhood.edges.map((edge: any) => `${edge.source}-${edge.type}-${edge.target}`).sort()).toEqual([
      'a-COOPERATES_WITH-b',
      'a-PARTICIPATES_IN-p1',
      'a-SUPPORTS-lab',
      'b-PARTICIPATES_IN-p1',
    ]);
    expect(data.neighbourhood.truncated).toBe(false);
  });

  it('grows with depth and sets truncated at the limit', async () => {
    const deep = await neighbourhood('id: "c", depth: 3');
    expect(deep.data.neighbourhood.nodes.map((node: any) => node.id)).toEqual(['c', 'd', 'e', 'f']);
    const cut = await neighbourhood('id: "c", depth: 3, limit: 2');
    expect(cut.data.neighbourhood.nodes.map((node: any) => node.id)).toEqual(['c', 'd', 'e']);
    expect(cut.data.neighbourhood.truncated).toBe(true);
    expect(cut.data.neighbourhood.edges).toHaveLength(2);
  });

  it('lists the centre and every edge once, though cycles lead back to it', async () => {
    const { data } = await neighbourhood('id: "a", depth: 3');
    expect(data.neighbourhood.nodes.map((node: any) => [node.id, node.distance])).toEqual([
      ['a', 0],
      ['b', 1],
      ['lab', 1],
      ['p1', 1],
      ['country', 2],
    ]);
    expect(data.neighbourhood.edges).toHaveLength(6);
  });

  it('keeps only the asked entity types and refuses depth beyond 3', async () => {
    const typed = await neighbourhood('id: "a", depth: 2, types: [Country]');
    expect(typed.data.neighbourhood.nodes.map((node: any) => node.id)).toEqual(['a', 'country']);
    const tooDeep = await neighbourhood('id: "a", depth: 4');
    expect(tooDeep.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const unknown = await neighbourhood('id: "atlantis"');
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('who else', () => {
  it('finds common partners with the linking evidence', async () => {
    const { data } = await postGraphQL(server.url, `{ commonPartners(a: "a", b: "b") { node { id } viaA { type evidence { quote } } viaB { type } } }`);
    expect(data.commonPartners).toEqual([
      { node: { id: 'p1' }, viaA: [{ type: 'PARTICIPATES_IN', evidence: [{ quote: 'a PARTICIPATES_IN p1' }] }], viaB: [{ type: 'PARTICIPATES_IN' }] },
    ]);
  });

  it('ranks the hubs by degree', async () => {
    const { data } = await postGraphQL(server.url, `{ hubs(first: 3) { node { id } degree } institutions: hubs(types: [Institution], first: 1) { node { id } } }`);
    expect(data.hubs).toEqual([
      { node: { id: 'a' }, degree: 3 },
      { node: { id: 'b' }, degree: 3 },
      { node: { id: 'country' }, degree: 2 },
    ]);
    expect(data.institutions).toEqual([{ node: { id: 'a' } }]);
  });
});

describe('aggregates', () => {
  it('count by type, kind and relationship type', async () => {
    const { data } = await postGraphQL(server.url, `{ statistics { entitiesByType { key count } entitiesByKind(type: Institution) { type key count } relationshipsByType { key count } } }`);
    expect(data.statistics.entitiesByType).toEqual([
      { key: 'Institution', count: 7 },
      { key: 'Country', count: 1 },
      { key: 'Platform', count: 1 },
      { key: 'Project', count: 1 },
    ]);
    expect(data.statistics.entitiesByKind).toEqual([{ type: 'Institution', key: 'UNIVERSITY', count: 7 }]);
    expect(data.statistics.relationshipsByType).toEqual([
      { key: 'COOPERATES_WITH', count: 4 },
      { key: 'LOCATED_IN', count: 2 },
      { key: 'PARTICIPATES_IN', count: 2 },
      { key: 'SUPPORTS', count: 1 },
    ]);
  });

  it('count by country the way the country filter does', async () => {
    const { data } = await postGraphQL(server.url, `{ statistics { entitiesByCountry { node { id } total byType { key count } } } }`);
    expect(data.statistics.entitiesByCountry).toEqual([
      { node: { id: 'country' }, total: 3, byType: [{ key: 'Institution', count: 1 }, { key: 'Platform', count: 1 }, { key: 'Project', count: 1 }] },
    ]);
  });

  it('weights institution pairs by what they share, with the evidence', async () => {
    const { data } = await postGraphQL(server.url, `{ collaborationMatrix(by: INSTITUTION) { a { id } b { id } weight via { id } evidence { quote } } }`);
    expect(data.collaborationMatrix).toEqual([
      { a: { id: 'a' }, b: { id: 'b' }, weight: 1, via: [{ id: 'p1' }], evidence: [{ quote: 'a PARTICIPATES_IN p1' }, { quote: 'b PARTICIPATES_IN p1' }] },
    ]);
  });
});
