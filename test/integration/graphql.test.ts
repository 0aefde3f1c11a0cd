import { RelationPageArgs } from '../../src/features/entity/entity.input';
import { executeCounted, postGraphQL, useSeededServer } from '../support/graph';

const fixture = useSeededServer();
const gql = <T = any>(query: string, variables?: Record<string, unknown>) => postGraphQL<T>(fixture.server.url, query, variables);

describe('the newcomer question: the Chinese–Thai antiviral study', () => {
  it('names the participants, their countries, the domains and the sentences that say so', async () => {
    const { data, errors } = await gql(`{
      projects(filter: { search: "Coronavirus" }) {
        totalCount
        nodes {
          name
          participants {
            totalCount
            edges {
              node { name country { name } }
              type
              direction
              evidence { quote source { publisher publishedOn } }
            }
          }
          domains { nodes { name } }
        }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.projects.totalCount).toBe(1);
    const [study] = data.projects.nodes;
    expect(study.name).toBe('Research on Anti-Novel Coronavirus Drugs Based on Chinese and Thai Natural Medicinal Materials');
    const participants = study.participants.edges.map((edge: any) => [edge.node.name, edge.node.country?.name]);
    expect(participants).toEqual([
      ['Chinese Academy of Sciences', 'China'],
      ['Guangxi University of Chinese Medicine', 'China'],
      ['Mahidol University', 'Thailand'],
    ]);
    for (const edge of study.participants.edges) {
      expect(edge.type).toBe('PARTICIPATES_IN');
      expect(edge.direction).toBe('IN');
      expect(edge.evidence[0].quote).toContain('Research on Anti-Novel Coronavirus Drugs');
      expect(edge.evidence[0].source).toEqual({ publisher: 'PR Newswire', publishedOn: '2021-09-27' });
    }
    expect(study.domains.nodes.length).toBeGreaterThan(0);
  });
});

describe('node and nodes', () => {
  it('returns any entity by id through the Node interface, and null for unknown ids', async () => {
    const { data } = await gql(`{ node(id: "thailand") { __typename id name ... on Country { isoCode } } missing: node(id: "atlantis") { id } }`);
    expect(data).toEqual({ node: { __typename: 'Country', id: 'thailand', name: 'Thailand', isoCode: 'TH' }, missing: null });
  });

  it('returns many entities in the order asked, null where an id names nothing', async () => {
    const { data } = await gql(`{ nodes(ids: ["china", "atlantis", "thailand"]) { id } }`);
    expect(data.nodes).toEqual([{ id: 'china' }, null, { id: 'thailand' }]);
  });

  it('answers a malformed id with BAD_USER_INPUT naming the argument', async () => {
    const { status, errors } = await gql(`{ node(id: "DROP TABLE; --") { id } }`);
    expect(status).toBe(200);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toBe('Invalid argument "id": id must be an entity id (a lowercase kebab-case slug)');
  });
});

describe('lists', () => {
  it('filter by kind and by country, and count across pages', async () => {
    const { data } = await gql(`{
      universities: institutions(filter: { kinds: [UNIVERSITY] }) { totalCount nodes { name kind } }
      inThailand: institutions(filter: { country: "thailand" }) { nodes { name } }
    }`);
    expect(data.universities.nodes.every((node: any) => node.kind === 'UNIVERSITY')).toBe(true);
    expect(data.universities.totalCount).toBe(data.universities.nodes.length);
    expect(data.inThailand.nodes.map((node: any) => node.name)).toContain('Mahidol University');
  });

  it('find entities by alias, case-insensitively', async () => {
    const { data } = await gql(`{ platforms(filter: { search: "cattc" }) { nodes { name aliases } } }`);
    expect(data.platforms.nodes).toEqual([{ name: 'China-ASEAN Technology Transfer Center', aliases: expect.arrayContaining(['CATTC']) }]);
  });

  it('walk every page with cursors, in order, without gaps or repeats', async () => {
    const all = await gql(`{ domains(first: 100) { totalCount nodes { id } } }`);
    const expected = all.data.domains.nodes.map((node: any) => node.id);
    expect(expected.length).toBe(all.data.domains.totalCount);
    expect(expected.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result: any = await gql(`query($after: String) { domains(first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor hasPreviousPage } } }`, { after });
      seen.push(...result.data.domains.nodes.map((node: any) => node.id));
      expect(result.data.domains.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!result.data.domains.pageInfo.hasNextPage) break;
      after = result.data.domains.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('order by degree, descending, with ties broken by id', async () => {
    const { data } = await gql(`{
      institutions(first: 100, orderBy: { field: DEGREE, direction: DESC }) { nodes { id relationships(first: 0) { totalCount } } }
    }`);
    const degrees = data.institutions.nodes.map((node: any) => node.relationships.totalCount);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(data.institutions.nodes[0].id).toBe('guangxi-department-of-science-and-technology');
  });

  it('refuse a page larger than the maximum, and a cursor they did not issue', async () => {
    const tooMany = await gql(`{ institutions(first: 101) { totalCount } }`);
    expect(tooMany.errors![0]).toMatchObject({
      message: 'Invalid argument "first": first must not be greater than 100',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
    const forged = await gql(`{ institutions(after: "not-a-cursor") { totalCount } }`);
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const badFilter = await gql(`{ institutions(filter: { search: "" }) { totalCount } }`);
    expect(badFilter.errors![0].message).toMatch(/^Invalid argument "filter.search": /);
  });

  it('refuse a bad argument of a nested relationship field for every parent', async () => {
    // `nodes` holds nullable items, so each parent's error stays its own.
    const ids = ['mahidol-university', 'guangxi-department-of-science-and-technology', 'mahidol-university'];
    const { data, errors } = await gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Institution { projects(first: 101) { totalCount } } } }`, { ids });
    expect(data.nodes).toEqual([null, null, null]);
    expect(errors!.map((error) => [error.path, error.extensions])).toEqual(
      ids.map((_, index) => [['nodes', index, 'projects'], { code: 'BAD_USER_INPUT', argument: 'first', invalidArguments: expect.any(Array), requestId: expect.any(String) }]),
    );
  });
});

describe('relationship fields', () => {
  it("check a field's arguments once per field, whatever the number of parents, and values that passed only once", async () => {
    const checks = jest.spyOn(RelationPageArgs, 'of');
    try {
      const query = (first: number) => `{ institutions(first: 20) { nodes { projects(first: ${first}) { totalCount } few: projects(first: 1, after: "eyJvIjowfQ") { totalCount } } } }`;
      const { data } = await gql(query(17));
      expect(data.institutions.nodes.length).toBeGreaterThan(5);
      // One check per field node: `projects` and its alias `few`, not one per institution.
      expect(checks).toHaveBeenCalledTimes(2);
      await gql(query(17));
      expect(checks).toHaveBeenCalledTimes(2);
      await gql(query(18));
      expect(checks).toHaveBeenCalledTimes(3);
    } finally {
      checks.mockRestore();
    }
  });

  it('go both ways: a country lists its institutions, through regions too', async () => {
    const { data } = await gql(`{
      node(id: "china") { ... on Country { institutions(first: 50) { edges { hops node { id } evidence { quote } } } } }
    }`);
    const byId = new Map(data.node.institutions.edges.map((edge: any) => [edge.node.id, edge]));
    expect(byId.get('chinese-academy-of-sciences')).toMatchObject({ hops: 1 });
    expect(byId.get('guangxi-university-of-chinese-medicine')).toMatchObject({ hops: 2 });
    expect((byId.get('guangxi-university-of-chinese-medicine') as any).evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('page with their own cursors', async () => {
    const first = await gql(`{ node(id: "guangxi-department-of-science-and-technology") { relationships(first: 2) { totalCount edges { cursor node { id } type } pageInfo { endCursor hasNextPage } } } }`);
    const connection = first.data.node.relationships;
    expect(connection.totalCount).toBeGreaterThan(2);
    const second = await gql(`query($after: String) { node(id: "guangxi-department-of-science-and-technology") { relationships(first: 2, after: $after) { edges { node { id } type } pageInfo { hasPreviousPage } } } }`, {
      after: connection.pageInfo.endCursor,
    });
    expect(second.data.node.relationships.pageInfo.hasPreviousPage).toBe(true);
    expect(second.data.node.relationships.edges).not.toContainEqual(connection.edges[0]);
  });

  it('filter the generic relationships field by type, direction and node type', async () => {
    const { data } = await gql(`{ node(id: "mahidol-university") { relationships(types: [PARTICIPATES_IN], direction: OUT, nodeTypes: [Project]) { edges { type direction node { __typename } } } } }`);
    expect(data.node.relationships.edges).toEqual([{ type: 'PARTICIPATES_IN', direction: 'OUT', node: { __typename: 'Project' } }]);
  });
});

describe('search', () => {
  it('finds entities by their abbreviations, ranked, typed', async () => {
    const { data } = await gql(`{ search(text: "CATTC") { score node { __typename id } } }`);
    expect(data.search[0].node).toEqual({ __typename: 'Platform', id: 'china-asean-technology-transfer-center' });
    expect(data.search[0].score).toBeGreaterThan(0);
  });

  it('matches word prefixes, restricts to types, and ranks the exact name first', async () => {
    const { data } = await gql(`{
      prefix: search(text: "Mahid") { node { id } }
      typed: search(text: "China ASEAN", types: [Network], first: 5) { node { __typename } }
      exact: search(text: "Mahidol University") { node { id } }
    }`);
    expect(data.prefix.map((hit: any) => hit.node.id)).toContain('mahidol-university');
    expect(data.typed.every((hit: any) => hit.node.__typename === 'Network')).toBe(true);
    expect(data.exact[0].node.id).toBe('mahidol-university');
  });

  it('treats Lucene syntax as plain words, never as an error', async () => {
    const { data, errors } = await gql(`{ search(text: "name:* OR (\\"x\\"~) AND [a TO z]") { node { id } } }`);
    expect(errors).toBeUndefined();
    expect(Array.isArray(data.search)).toBe(true);
  });
});

describe('one statement per root field', () => {
  it('reads a nested three-level query in one statement', async () => {
    const query = `{
      institutions(first: 100) {
        nodes {
          name
          projects { nodes { name domains { nodes { name } } } }
          platforms { nodes { name } }
        }
      }
    }`;
    const { result, roundTrips } = await executeCounted(fixture.server, fixture.db, query);
    expect(result.errors).toBeUndefined();
    expect(roundTrips).toBe(1);
  });

  it('reads evidence sources in the same statement', async () => {
    const query = `{ institutions(first: 100) { nodes { evidence { source { title } } locations { edges { evidence { source { id } } } } } } }`;
    const { result, roundTrips } = await executeCounted(fixture.server, fixture.db, query);
    expect(result.errors).toBeUndefined();
    expect(roundTrips).toBe(1);
  });
});

describe('values', () => {
  it('reach GraphQL without loss: integers, dates, qualifiers, outcome lists', async () => {
    const { data } = await gql(`{
      events { nodes { name edition startDate endDate place { name } launchedPlatforms { nodes { name } } } }
      networks { nodes { memberCount memberCountQualifier countryCount covers { edges { node { name } countryCount scope } } } }
    }`);
    expect(data.events.nodes).toEqual([
      {
        name: '9th Forum on China-ASEAN Technology Transfer and Collaborative Innovation',
        edition: 9,
        startDate: '2021-09-09',
        endDate: '2021-09-13',
        place: { name: 'Nanning' },
        launchedPlatforms: { nodes: [{ name: 'China-ASEAN Technology Trading Platform' }, { name: 'Innovation Space for China-ASEAN Science and Technology Talents' }] },
      },
    ]);
    const [network] = data.networks.nodes;
    expect([network.memberCount, network.memberCountQualifier, network.countryCount]).toEqual([2600, 'MORE_THAN', 10]);
    expect(network.covers.edges).toContainEqual({ node: { name: 'ASEAN' }, countryCount: 10, scope: null });
  });

  it('stores counts as Neo4j integers, not floats', async () => {
    const [row] = await fixture.db.read("MATCH (n:Network) RETURN valueType(n.memberCount) AS memberCount, valueType(n.countryCount) AS countryCount");
    expect(row).toEqual({ memberCount: 'INTEGER NOT NULL', countryCount: 'INTEGER NOT NULL' });
  });
});

describe('analysts on the seed graph: what the source text makes certain', () => {
  it('connects the study partners through the study, quoting the sentence', async () => {
    const { data } = await gql(`{ paths(from: "mahidol-university", to: "chinese-academy-of-sciences", maxHops: 2, first: 1) { length nodes { id } steps { type direction evidence { quote } } } }`);
    expect(data.paths).toEqual([
      {
        length: 2,
        nodes: [{ id: 'mahidol-university' }, { id: 'anti-novel-coronavirus-drug-research' }, { id: 'chinese-academy-of-sciences' }],
        steps: [
          { type: 'PARTICIPATES_IN', direction: 'OUT', evidence: [{ quote: expect.stringContaining('Mahidol University of Thailand to carry out') }] },
          { type: 'PARTICIPATES_IN', direction: 'IN', evidence: [{ quote: expect.stringContaining('Chinese Academy of Sciences') }] },
        ],
      },
    ]);
  });

  it('puts China and Thailand together in the country matrix because of the study', async () => {
    const { data } = await gql(`{ collaborationMatrix(by: COUNTRY) { a { id } b { id } weight via { id } evidence { quote } } }`);
    const chinaThailand = data.collaborationMatrix.find((cell: any) => cell.a.id === 'china' && cell.b.id === 'thailand');
    expect(chinaThailand.via).toContainEqual({ id: 'anti-novel-coronavirus-drug-research' });
    expect(chinaThailand.weight).toBe(chinaThailand.via.length);
    expect(chinaThailand.evidence.map((item: any) => item.quote)).toContainEqual(expect.stringContaining('Mahidol University of Thailand'));
  });

  it('pairs the study partners in the institution matrix, filtered by domain', async () => {
    const { data } = await gql(`{ collaborationMatrix(by: INSTITUTION, domain: "natural-medicinal-materials") { a { id } b { id } weight } }`);
    expect(data.collaborationMatrix).toEqual(
      expect.arrayContaining([
        { a: { id: 'chinese-academy-of-sciences' }, b: { id: 'mahidol-university' }, weight: 1 },
        { a: { id: 'guangxi-university-of-chinese-medicine' }, b: { id: 'mahidol-university' }, weight: 1 },
      ]),
    );
  });

  it('names the Department as the hub of the graph', async () => {
    const { data } = await gql(`{ hubs(types: [Institution], first: 1) { node { id } degree } }`);
    expect(data.hubs[0].node.id).toBe('guangxi-department-of-science-and-technology');
  });
});
