import YAML from 'yaml';
import { Role, type Principal } from '../../src/platform/auth/roles';
import type { Database } from '../../src/engine/db/database';
import { createContext } from '../../src/app/context';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { dumpGraph, seededDatabase, startTestServer } from '../support/graph';

const editor: Principal = { id: 'api-key:test-editor', authenticated: true, role: Role.EDITOR };
const reader: Principal = { id: 'api-key:test-reader', authenticated: true, role: Role.READER };

const SEED_SOURCE = 'china-asean-tech-transfer-2021-09-27';
const FORUM = 'ninth-china-asean-technology-transfer-forum';
const NETWORK = 'china-asean-technology-transfer-cooperation-network';
const OPENED = 'The 9th Forum on China-ASEAN Technology Transfer and Collaborative Innovation opened in Bangkok on September 10.';
const MEMBERS = 'The China-ASEAN technology transfer cooperation network now has 2,800 members.';
const JOINT = 'Guangxi and ASEAN agreed on joint research.';
const text = `Bangkok, 1 October 2021. ${OPENED} ${MEMBERS} ${JOINT}`;

/**
 * A later source that states four known facts differently: the forum's start date and place, the
 * network's member count, and how Guangxi and ASEAN cooperate (a relationship's property).
 */
const document = YAML.stringify({
  source: { id: 'conflicting-report', title: 'A conflicting report', publisher: 'tests', place: 'Bangkok, Thailand', publishedOn: '2021-10-01', file: 'conflicting-report.txt' },
  entities: [
    { id: FORUM, type: 'Event', kind: 'FORUM', name: '9th Forum on China-ASEAN Technology Transfer and Collaborative Innovation', aliases: [], properties: { edition: 9, startDate: '2021-09-10' }, evidence: [{ quote: OPENED }] },
    { id: NETWORK, type: 'Network', kind: 'COOPERATION_NETWORK', name: 'China-ASEAN technology transfer cooperation network', aliases: [], properties: { memberCount: 2800 }, evidence: [{ quote: MEMBERS }] },
  ],
  relations: [
    { type: 'HELD_IN', from: FORUM, to: 'bangkok', evidence: [{ quote: 'opened in Bangkok' }] },
    { type: 'COOPERATES_WITH', from: 'guangxi', to: 'asean', properties: { activity: 'joint research' }, evidence: [{ quote: JOINT }] },
  ],
});

const IMPORT = `mutation ($input: ImportDocumentInput!, $dryRun: Boolean!) {
  importDocument(input: $input, dryRun: $dryRun) { applied created merged unchanged rejected conflicts entities { id action reasons } relations { from type to action reasons } }
}`;
const CONFLICTS = `query ($first: Int, $after: String, $status: ConflictStatus) {
  conflicts(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id kind entityId relationshipId relationType property status kept settledBy
      entity { id name sourceCount }
      graph { value evidence { quote source { id } } }
      stated { value evidence { quote source { id publishedOn } } }
    }
  }
}`;
const SETTLE = `mutation ($id: ID!, $keep: ConflictSide!) { settleConflict(id: $id, keep: $keep) { id status kept settledBy entity { id } } }`;

describe('conflicts between sources', () => {
  let db: Database;
  let server: RunningHttpServer;

  async function run(query: string, variables: Record<string, unknown>, principal = editor) {
    const response = await server.apollo.executeOperation({ query, variables }, { contextValue: createContext(db, { principal }) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: { message: string; extensions?: any }[] };
  }

  async function openConflicts() {
    const result = await run(CONFLICTS, { first: 10 });
    expect(result.errors).toBeUndefined();
    return result.data.conflicts.nodes as any[];
  }

  const conflictOn = (conflicts: any[], what: string) => conflicts.find((conflict) => (conflict.property ?? conflict.relationType) === what);

  beforeAll(async () => {
    db = await seededDatabase();
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close(1_000);
    await db.close();
  });

  it('an import keeps the graph\'s values, adds the evidence, and records each conflict once', async () => {
    const dry = await run(IMPORT, { input: { document, text }, dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importDocument).toMatchObject({ applied: false, rejected: 0, conflicts: 4 });
    expect(dry.data.importDocument.relations).toEqual([
      { from: FORUM, type: 'HELD_IN', to: 'bangkok', action: 'CONFLICT', reasons: [`the graph has ${FORUM} HELD_IN nanning, which is kept; a conflict is recorded`] },
      {
        from: 'guangxi',
        type: 'COOPERATES_WITH',
        to: 'asean',
        action: 'MERGE',
        reasons: ['property "activity": the graph\'s "cooperation in scientific and technological innovation" is kept, not "joint research"; a conflict is recorded'],
      },
    ]);
    const forum = dry.data.importDocument.entities.find((entity: any) => entity.id === FORUM);
    expect(forum).toEqual({ id: FORUM, action: 'MERGE', reasons: ['property "startDate": the graph\'s "2021-09-09" is kept, not "2021-09-10"; a conflict is recorded'] });

    const real = await run(IMPORT, { input: { document, text }, dryRun: false });
    expect(real.data.importDocument).toMatchObject({ applied: true, rejected: 0, conflicts: 4 });
    const [graph] = await db.read(
      `MATCH (forum:Event {id: $forum})-[:HELD_IN]->(place), (network:Network {id: $network})
       RETURN toString(forum.startDate) AS startDate, collect(place.id) AS places, network.memberCount AS members, forum.evidenceSourceIds AS forumSources`,
      { forum: FORUM, network: NETWORK },
    );
    expect(graph).toMatchObject({ startDate: '2021-09-09', places: ['nanning'], members: 2600 });
    expect(graph.forumSources).toContain('conflicting-report');

    const after = await dumpGraph(db);
    const again = await run(IMPORT, { input: { document, text }, dryRun: false });
    expect(again.data.importDocument).toMatchObject({ created: 0, merged: 0, conflicts: 0 });
    expect((await dumpGraph(db)) === after).toBe(true);
  });

  it('lists open conflicts for curators with both values, their quotes and sources, paged by cursor', async () => {
    expect((await run(CONFLICTS, { first: 10 }, reader)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const firstPage = await run(CONFLICTS, { first: 2 });
    expect(firstPage.data.conflicts).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const secondPage = await run(CONFLICTS, { first: 2, after: firstPage.data.conflicts.pageInfo.endCursor });
    expect(secondPage.data.conflicts).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    const conflicts = [...firstPage.data.conflicts.nodes, ...secondPage.data.conflicts.nodes];
    expect(new Set(conflicts.map((conflict) => conflict.id)).size).toBe(4);
    expect(conflictOn(conflicts, 'memberCount')).toEqual({
      id: expect.stringMatching(/^conflict-/),
      kind: 'PROPERTY',
      entityId: NETWORK,
      relationshipId: null,
      relationType: null,
      property: 'memberCount',
      status: 'OPEN',
      kept: null,
      settledBy: null,
      entity: { id: NETWORK, name: 'China-ASEAN technology transfer cooperation network', sourceCount: 2 },
      graph: { value: '2600', evidence: { quote: expect.stringContaining('more than 2,600 members'), source: { id: SEED_SOURCE } } },
      stated: { value: '2800', evidence: { quote: MEMBERS, source: { id: 'conflicting-report', publishedOn: '2021-10-01' } } },
    });
    expect(conflictOn(conflicts, 'startDate')).toMatchObject({
      entityId: FORUM,
      graph: { value: '2021-09-09', evidence: { quote: expect.stringContaining('From September 9 to 13') } },
      stated: { value: '2021-09-10', evidence: { quote: OPENED } },
    });
    expect(conflictOn(conflicts, 'HELD_IN')).toMatchObject({
      kind: 'RELATION',
      entityId: FORUM,
      property: null,
      graph: { value: 'nanning', evidence: { quote: expect.stringContaining('inaugurated in Nanning') } },
      stated: { value: 'bangkok', evidence: { quote: 'opened in Bangkok' } },
    });
    expect(conflictOn(conflicts, 'activity')).toMatchObject({
      kind: 'PROPERTY',
      entityId: 'guangxi',
      relationshipId: 'guangxi:COOPERATES_WITH:asean',
      relationType: 'COOPERATES_WITH',
      graph: { value: 'cooperation in scientific and technological innovation' },
      stated: { value: 'joint research', evidence: { quote: JOINT } },
    });
  });

  it('settles a conflict in one transaction: a failed settlement changes nothing and leaves it open', async () => {
    const heldIn = conflictOn(await openConflicts(), 'HELD_IN');
    await db.write((tx) => tx.run("MATCH (n:Entity {id: 'bangkok'}) SET n.id = 'bangkok-elsewhere'"));
    try {
      const before = await dumpGraph(db);
      const failed = await run(SETTLE, { id: heldIn.id, keep: 'STATED' });
      expect(failed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await dumpGraph(db)) === before).toBe(true);
    } finally {
      await db.write((tx) => tx.run("MATCH (n:Entity {id: 'bangkok-elsewhere'}) SET n.id = 'bangkok'"));
    }
    expect(conflictOn(await openConflicts(), 'HELD_IN')).toMatchObject({ status: 'OPEN' });
  });

  it('keeping the stated value writes it (a property, or the relation moved with its quote); keeping the graph\'s changes nothing; both close it', async () => {
    const conflicts = await openConflicts();
    const members = await run(SETTLE, { id: conflictOn(conflicts, 'memberCount').id, keep: 'STATED' });
    expect(members.errors).toBeUndefined();
    expect(members.data.settleConflict).toEqual({ id: conflictOn(conflicts, 'memberCount').id, status: 'SETTLED', kept: 'STATED', settledBy: editor.id, entity: { id: NETWORK } });
    const heldIn = await run(SETTLE, { id: conflictOn(conflicts, 'HELD_IN').id, keep: 'STATED' });
    expect(heldIn.data.settleConflict).toMatchObject({ status: 'SETTLED', kept: 'STATED' });
    const startDate = await run(SETTLE, { id: conflictOn(conflicts, 'startDate').id, keep: 'GRAPH' });
    expect(startDate.data.settleConflict).toMatchObject({ status: 'SETTLED', kept: 'GRAPH' });
    const activity = await run(SETTLE, { id: conflictOn(conflicts, 'activity').id, keep: 'STATED' });
    expect(activity.data.settleConflict).toMatchObject({ status: 'SETTLED', kept: 'STATED' });
    const [cooperation] = await db.read("MATCH (:Entity {id: 'guangxi'})-[r:COOPERATES_WITH]->(:Entity {id: 'asean'}) RETURN r.activity AS activity, r.updatedBy AS updatedBy");
    expect(cooperation).toEqual({ activity: 'joint research', updatedBy: editor.id });

    const [graph] = await db.read(
      `MATCH (forum:Event {id: $forum})-[held:HELD_IN]->(place), (network:Network {id: $network})
       RETURN toString(forum.startDate) AS startDate, collect([place.id, held.evidenceQuotes]) AS places, network.memberCount AS members, network.updatedBy AS updatedBy`,
      { forum: FORUM, network: NETWORK },
    );
    expect(graph).toEqual({ startDate: '2021-09-09', places: [['bangkok', ['opened in Bangkok']]], members: 2800, updatedBy: editor.id });

    expect((await run(SETTLE, { id: conflictOn(conflicts, 'memberCount').id, keep: 'GRAPH' })).errors?.[0].extensions?.code).toBe('CONFLICT_SETTLED');
    expect((await run(SETTLE, { id: 'conflict-none', keep: 'GRAPH' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await openConflicts()).toEqual([]);
    const settled = await run(CONFLICTS, { first: 10, status: 'SETTLED' });
    expect(settled.data.conflicts.totalCount).toBe(4);
  });
});
