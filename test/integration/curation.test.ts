import { Role } from '../../src/platform/auth/roles';
import { Database, type RequestScope, type WriteTransaction } from '../../src/engine/db/database';
import { createContext } from '../../src/app/context';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { dumpGraph, seededDatabase, startTestServer } from '../support/graph';

const SOURCE = 'china-asean-tech-transfer-2021-09-27';
const MAHIDOL_QUOTE = 'Mahidol University of Thailand';
const editor = { id: 'api-key:test-editor', authenticated: true, role: Role.EDITOR };

/** A database whose write transactions fail at statement `failAt` (1-based), as a crash mid-way would. */
class FaultyDatabase extends Database {
  failAt = Number.POSITIVE_INFINITY;
  /** Fail after the last statement instead: counts the statements and rolls everything back. */
  failAtEnd = false;
  statements = 0;

  override async write<T>(work: (tx: WriteTransaction) => Promise<T>, scope?: RequestScope): Promise<T> {
    return super.write(async (tx) => {
      this.statements = 0;
      const counted = async (cypher: string) => {
        this.statements += 1;
        if (this.statements === this.failAt) throw new Error(`injected failure at: ${cypher.trim().split('\n')[0]}`);
      };
      const result = await work({
        run: async (cypher, params) => (await counted(cypher), tx.run(cypher, params)),
        runTyped: async (cypher, params) => (await counted(cypher), tx.runTyped(cypher, params)),
      });
      if (this.failAtEnd) throw new Error('injected failure after the last statement');
      return result;
    }, scope);
  }
}

const ENTITY_FIELDS = 'id name aliases type ... on Institution { kind } evidence { sourceId quote } createdBy updatedBy createdAt updatedAt';

describe('editor mutations', () => {
  let db: Database;
  let faulty: FaultyDatabase;
  let server: RunningHttpServer;

  async function mutate(query: string, variables?: Record<string, unknown>, database: Database = db) {
    const response = await server.apollo.executeOperation({ query, variables }, { contextValue: createContext(database, { principal: editor }) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  }
  const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    db = await seededDatabase();
    faulty = new FaultyDatabase(db.driver, { transactionTimeoutMs: 30_000 });
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close(1_000);
    await db.close();
  });

  const CREATE = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { ${ENTITY_FIELDS} } }`;
  const newUniversity = {
    id: 'mahidol-faculty-of-science',
    type: 'Institution',
    kind: 'UNIVERSITY',
    name: 'Faculty of Science, Mahidol',
    aliases: ['MUSC'],
    properties: { collective: false },
    evidence: [{ sourceId: SOURCE, quote: MAHIDOL_QUOTE }],
  };

  it('creates an entity with its evidence and who created it', async () => {
    const result = await mutate(CREATE, { input: newUniversity });
    expect(result.errors).toBeUndefined();
    expect(result.data.createEntity).toMatchObject({
      id: newUniversity.id,
      name: newUniversity.name,
      aliases: ['MUSC'],
      type: 'Institution',
      kind: 'UNIVERSITY',
      evidence: [{ sourceId: SOURCE, quote: MAHIDOL_QUOTE }],
      createdBy: 'api-key:test-editor',
      updatedBy: 'api-key:test-editor',
    });
    expect(Date.parse(result.data.createEntity.createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses a taken id (CONFLICT), bad fields (BAD_USER_INPUT), unknown sources (NOT_FOUND) and invented quotes', async () => {
    expect(codeOf(await mutate(CREATE, { input: newUniversity }))).toBe('CONFLICT');
    expect(codeOf(await mutate(CREATE, { input: { ...newUniversity, id: 'Not A Slug' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mutate(CREATE, { input: { ...newUniversity, id: 'x-1', kind: 'COUNTRY' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mutate(CREATE, { input: { ...newUniversity, id: 'x-2', properties: { isoCode: 'TH' } } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mutate(CREATE, { input: { ...newUniversity, id: 'x-3', evidence: [] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mutate(CREATE, { input: { ...newUniversity, id: 'x-4', evidence: [{ sourceId: 'no-such-source', quote: 'q' }] } }))).toBe('NOT_FOUND');
    const invented = await mutate(CREATE, { input: { ...newUniversity, id: 'x-5', evidence: [{ sourceId: SOURCE, quote: 'Mahidol University of Atlantis' }] } });
    expect(invented.errors![0]).toMatchObject({ extensions: { code: 'EVIDENCE_NOT_IN_SOURCE', argument: 'input.evidence[0].quote' } });
  });

  it('updates names, kinds and properties, and removes a property set to null', async () => {
    const UPDATE = `mutation ($id: ID!, $input: UpdateEntityInput!) { updateEntity(id: $id, input: $input) { ${ENTITY_FIELDS} count collective } }`;
    const updated = await mutate(UPDATE, { id: newUniversity.id, input: { name: 'Faculty of Science', kind: 'RESEARCH_INSTITUTE', properties: { count: 3 } } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateEntity).toMatchObject({ name: 'Faculty of Science', kind: 'RESEARCH_INSTITUTE', count: 3 });
    const removed = await mutate(UPDATE, { id: newUniversity.id, input: { properties: { count: null } } });
    expect(removed.data.updateEntity.count).toBeNull();
    expect(codeOf(await mutate(UPDATE, { id: newUniversity.id, input: { kind: 'COUNTRY' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mutate(UPDATE, { id: newUniversity.id, input: { properties: { edition: 1 } } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mutate(UPDATE, { id: 'no-such-entity', input: { name: 'x' } }))).toBe('NOT_FOUND');
  });

  it('adds aliases once', async () => {
    const ADD = 'mutation ($id: ID!, $aliases: [String!]!) { addAliases(id: $id, aliases: $aliases) { aliases } }';
    const added = await mutate(ADD, { id: newUniversity.id, aliases: ['MUSC', 'Science Faculty', 'Faculty of Science'] });
    expect(added.data.addAliases.aliases).toEqual(['MUSC', 'Science Faculty']);
    expect(codeOf(await mutate(ADD, { id: newUniversity.id, aliases: [] }))).toBe('BAD_USER_INPUT');
  });

  const LINK = 'mutation ($input: LinkInput!) { linkEntities(input: $input) { id type created role from { id } to { id } evidence { quote } createdBy } }';
  const link = { from: newUniversity.id, type: 'PART_OF', to: 'mahidol-university', properties: { role: 'faculty' }, evidence: [{ sourceId: SOURCE, quote: MAHIDOL_QUOTE }] };

  it('links entities only with evidence, and adds evidence to an existing link', async () => {
    const created = await mutate(LINK, { input: link });
    expect(created.errors).toBeUndefined();
    expect(created.data.linkEntities).toMatchObject({ id: `${newUniversity.id}:PART_OF:mahidol-university`, created: true, role: 'faculty', from: { id: newUniversity.id }, to: { id: 'mahidol-university' } });
    const again = await mutate(LINK, { input: { ...link, evidence: [{ sourceId: SOURCE, quote: 'Mahidol University' }] } });
    expect(again.data.linkEntities.created).toBe(false);
    expect(again.data.linkEntities.evidence.map((item: { quote: string }) => item.quote)).toEqual([MAHIDOL_QUOTE, 'Mahidol University']);
    expect(codeOf(await mutate(LINK, { input: { ...link, evidence: [] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mutate(LINK, { input: { ...link, to: link.from } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mutate(LINK, { input: { ...link, to: 'no-such-entity' } }))).toBe('NOT_FOUND');
    expect(codeOf(await mutate(LINK, { input: { ...link, properties: { colour: 'red' } } }))).toBe('BAD_USER_INPUT');
  });

  it('reads relationship fields of a mutation\'s answer with the compiled field, batched over both ends of a link', async () => {
    const input = { from: 'mahidol-university', type: 'COOPERATES_WITH', to: 'chinese-academy-of-sciences', evidence: [{ sourceId: SOURCE, quote: MAHIDOL_QUOTE }] };
    const UNLINK = 'mutation { unlinkEntities(input: {from: "mahidol-university", type: COOPERATES_WITH, to: "chinese-academy-of-sciences"}) { id } }';
    const run = async (query: string) => {
      const context = createContext(db, { principal: editor });
      const response = await server.apollo.executeOperation({ query, variables: { input } }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      await mutate(UNLINK);
      return { ...(response.body.singleResult as { data?: any; errors?: unknown }), roundTrips: context.stats.roundTrips };
    };
    const alone = await run('mutation ($input: LinkInput!) { linkEntities(input: $input) { id } }');
    const { data, errors, roundTrips } = await run(`mutation ($input: LinkInput!) { linkEntities(input: $input) { from { ...Partners } to { ...Partners } } }
      fragment Partners on Node { ... on Institution { partners(first: 5) { totalCount nodes { id } } } }`);
    expect(errors).toBeUndefined();
    expect(data.linkEntities.from.partners.nodes.map((node: { id: string }) => node.id)).toContain('chinese-academy-of-sciences');
    expect(data.linkEntities.to.partners.nodes.map((node: { id: string }) => node.id)).toContain('mahidol-university');
    // Beside the write: both ends in one batch, then both ends' partners in one batch.
    expect(roundTrips).toBe(alone.roundTrips + 2);
  });

  it('unlinks, returning the link as it was; NOT_FOUND when there is none', async () => {
    const UNLINK = 'mutation ($from: ID!, $to: ID!) { unlinkEntities(input: {from: $from, type: PART_OF, to: $to}) { id evidence { quote } } }';
    const removed = await mutate(UNLINK, { from: newUniversity.id, to: 'mahidol-university' });
    expect(removed.data.unlinkEntities.evidence).toHaveLength(2);
    expect(codeOf(await mutate(UNLINK, { from: newUniversity.id, to: 'mahidol-university' }))).toBe('NOT_FOUND');
  });

  it('merges duplicates, keeping every alias, every piece of evidence and every relationship', async () => {
    const before = await db.read(
      `MATCH (n:Entity) WHERE n.id IN ['mahidol-university', $dup]
       RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.evidenceQuotes AS quotes, COUNT { (n)--() } AS degree`,
      { dup: newUniversity.id },
    );
    await mutate(LINK, { input: link });
    await mutate(LINK, { input: { ...link, from: newUniversity.id, type: 'PARTICIPATES_IN', to: await firstProjectOf('mahidol-university'), properties: {} } });
    const MERGE = 'mutation ($keep: ID!, $duplicates: [ID!]!) { mergeEntities(keep: $keep, duplicates: $duplicates) { kept { id aliases evidence { quote } updatedBy } removedIds movedRelationships } }';
    const merged = await mutate(MERGE, { keep: 'mahidol-university', duplicates: [newUniversity.id] });
    expect(merged.errors).toBeUndefined();
    const kept = merged.data.mergeEntities.kept;
    const [mahidol, duplicate] = ['mahidol-university', newUniversity.id].map((id) => before.find((row) => row.id === id)!);
    expect(kept.aliases).toEqual(expect.arrayContaining([...(mahidol.aliases as string[]), duplicate.name, ...(duplicate.aliases as string[])]));
    expect(kept.evidence.map((item: { quote: string }) => item.quote)).toEqual(expect.arrayContaining([...(mahidol.quotes as string[]), ...(duplicate.quotes as string[]), MAHIDOL_QUOTE]));
    // Its PARTICIPATES_IN joins the one Mahidol already has; its PART_OF Mahidol would be a self-link: its quote joins Mahidol's evidence.
    expect(merged.data.mergeEntities).toMatchObject({ removedIds: [newUniversity.id], movedRelationships: 1 });
    const [after] = await db.read(`MATCH (n:Entity {id: 'mahidol-university'}) RETURN COUNT { (n)--() } AS degree, COUNT { (n)--(n) } AS selfLinks`);
    expect(after).toEqual({ degree: mahidol.degree, selfLinks: 0 });
    expect(await db.read('MATCH (n:Entity {id: $id}) RETURN n', { id: newUniversity.id })).toEqual([]);
  });

  it('moves a duplicate’s own relationships to the kept entity', async () => {
    await mutate(CREATE, { input: { ...newUniversity, id: 'mahidol-copy', name: 'Mahidol Univ.', aliases: [] } });
    await mutate(LINK, { input: { ...link, from: 'mahidol-copy', type: 'COOPERATES_WITH', to: 'chinese-academy-of-sciences', properties: {} } });
    const MERGE = 'mutation { mergeEntities(keep: "mahidol-university", duplicates: ["mahidol-copy"]) { movedRelationships kept { relationships(types: [COOPERATES_WITH]) { edges { node { id } evidence { quote } } } } } }';
    const merged = await mutate(MERGE);
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeEntities.movedRelationships).toBe(1);
    expect(merged.data.mergeEntities.kept.relationships.edges).toEqual([{ node: { id: 'chinese-academy-of-sciences' }, evidence: [{ quote: MAHIDOL_QUOTE }] }]);
  });

  it('refuses merging across types (TYPE_MISMATCH), into itself or unknown ids', async () => {
    const MERGE = 'mutation ($keep: ID!, $duplicates: [ID!]!) { mergeEntities(keep: $keep, duplicates: $duplicates) { removedIds } }';
    expect(codeOf(await mutate(MERGE, { keep: 'mahidol-university', duplicates: ['thailand'] }))).toBe('TYPE_MISMATCH');
    expect(codeOf(await mutate(MERGE, { keep: 'mahidol-university', duplicates: ['mahidol-university'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mutate(MERGE, { keep: 'mahidol-university', duplicates: ['no-such-entity'] }))).toBe('NOT_FOUND');
  });

  async function firstProjectOf(id: string): Promise<string> {
    const [row] = await db.read('MATCH (:Entity {id: $id})-[:PARTICIPATES_IN]->(p) RETURN p.id AS id ORDER BY id LIMIT 1', { id });
    return row.id as string;
  }

  /** Each mutation, failed at each of its statements in turn: the graph must be exactly as before. */
  const SCENARIOS: [string, string, Record<string, unknown>][] = [
    ['createEntity', CREATE, { input: { ...newUniversity, id: 'rollback-probe' } }],
    ['updateEntity', 'mutation { updateEntity(id: "mahidol-university", input: {name: "Renamed", evidence: [{sourceId: "china-asean-tech-transfer-2021-09-27", quote: "Mahidol University"}]}) { id } }', {}],
    ['addAliases', 'mutation { addAliases(id: "mahidol-university", aliases: ["MU"]) { id } }', {}],
    ['linkEntities', LINK, { input: { ...link, from: 'mahidol-university', type: 'COOPERATES_WITH', to: 'thailand' } }],
    ['unlinkEntities', 'mutation ($from: ID!, $to: ID!) { unlinkEntities(input: {from: $from, type: PARTICIPATES_IN, to: $to}) { id } }', {}],
    ['mergeEntities', 'mutation { mergeEntities(keep: "chinese-academy-of-sciences", duplicates: ["guangxi-university-of-chinese-medicine"]) { removedIds } }', {}],
  ];

  it.each(SCENARIOS)('%s: a failure at any statement leaves the graph exactly as it was', async (_name, query, variables) => {
    const resolved = _name === 'unlinkEntities' ? { from: 'mahidol-university', to: await firstProjectOf('mahidol-university') } : variables;
    const before = await dumpGraph(db);
    faulty.failAt = Number.POSITIVE_INFINITY;
    // A dry count of the statements: run it and roll it back by failing after the last one.
    const probe = new FaultyDatabase(db.driver, { transactionTimeoutMs: 30_000 });
    probe.failAtEnd = true;
    expect(codeOf(await mutate(query, resolved, probe))).toBe('INTERNAL');
    const statements = probe.statements;
    expect((await dumpGraph(db)) === before).toBe(true);
    expect(statements).toBeGreaterThan(1);
    for (let failAt = 1; failAt <= statements; failAt += 1) {
      faulty.failAt = failAt;
      const result = await mutate(query, resolved, faulty);
      expect(codeOf(result)).toBe('INTERNAL');
      expect((await dumpGraph(db)) === before).toBe(true);
    }
    faulty.failAt = Number.POSITIVE_INFINITY;
    const applied = await mutate(query, resolved, faulty);
    expect(applied.errors).toBeUndefined();
    expect((await dumpGraph(db)) === before).toBe(false);
  });
});
