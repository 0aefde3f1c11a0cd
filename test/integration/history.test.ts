import { Role } from '../../src/platform/auth/roles';
import { createContext } from '../../src/app/context';
import { writeBackup } from '../../src/features/backup/backup.repository';
import { recordChange } from '../../src/engine/changes/change-log';
import { addAliases } from '../../src/features/curation/curation.repository';
import { importDocument } from '../../src/features/import/import.service';
import { useSeededServer } from '../support/graph';

const SOURCE = 'china-asean-tech-transfer-2021-09-27';
const editor = { id: 'api-key:history-editor', authenticated: true, role: Role.EDITOR };
const reader = { id: 'anonymous', authenticated: false, role: Role.READER };

const CHANGE_FIELDS = 'id version at by operation summary entityIds entityTypes relationTypes sourceIds revertOf revertedBy revertible';
const CHANGES = `query ($first: Int, $after: String) { changes(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${CHANGE_FIELDS} } } }`;
const HISTORY = `query ($id: ID!) { history(id: $id) { totalCount nodes { ${CHANGE_FIELDS} items { kind id type action changedProperties before after } } } }`;
const REVERT = `mutation ($id: ID!) { revertChange(id: $id) { ${CHANGE_FIELDS} items { kind id action } } }`;
const MERGE = 'mutation ($keep: ID!, $duplicates: [ID!]!) { mergeEntities(keep: $keep, duplicates: $duplicates) { removedIds } }';
const UPDATE = 'mutation ($id: ID!, $input: UpdateEntityInput!) { updateEntity(id: $id, input: $input) { id name } }';
const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }';
const UNLINK = 'mutation ($input: RelationKeyInput!) { unlinkEntities(input: $input) { id } }';

describe('the change log: changes, history and revertChange', () => {
  const fixture = useSeededServer();

  async function run(query: string, variables?: Record<string, unknown>, principal = editor) {
    const response = await fixture.server.apollo.executeOperation({ query, variables }, { contextValue: createContext(fixture.db, { principal, changes: fixture.server.changes }) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  }
  async function ok(query: string, variables?: Record<string, unknown>, principal = editor) {
    const result = await run(query, variables, principal);
    expect(result.errors).toBeUndefined();
    return result.data;
  }
  const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
  const latest = async () => (await ok(CHANGES, { first: 1 }, reader)).changes.nodes[0];

  /** The graph as a backup file holds it (the same bytes mean the same graph), at a fixed creation time. */
  async function backup(): Promise<string> {
    let text = '';
    await writeBackup(fixture.db, async (chunk) => void (text += chunk), new Date(0));
    return text;
  }

  it('has recorded the seed as the first change', async () => {
    const { changes } = await ok(CHANGES, { first: 5 }, reader);
    expect(changes.totalCount).toBe(1);
    expect(changes.nodes[0]).toMatchObject({ version: 1, by: 'seed', operation: 'seed', revertible: true, revertOf: null });
    expect(changes.nodes[0].sourceIds).toEqual([SOURCE]);
  });

  it('records who made each write, what it touched, and every property before and after', async () => {
    await ok(UPDATE, { id: 'mahidol-university', input: { name: 'Mahidol University (Salaya)' } });
    const change = await latest();
    expect(change).toMatchObject({ operation: 'updateEntity', by: 'api-key:history-editor', entityIds: ['mahidol-university'], entityTypes: ['Institution'], relationTypes: [] });
    const { history } = await ok(HISTORY, { id: 'mahidol-university' }, reader);
    expect(history.nodes.map((c: { operation: string }) => c.operation)).toEqual(['updateEntity', 'seed']);
    const [item] = history.nodes[0].items;
    expect(item).toMatchObject({ kind: 'ENTITY', id: 'mahidol-university', type: 'Institution', action: 'UPDATED' });
    expect(item.changedProperties).toEqual(expect.arrayContaining(['name', 'updatedAt', 'updatedBy']));
    expect(item.before.name).toBe('Mahidol University');
    expect(item.after.name).toBe('Mahidol University (Salaya)');
  });

  it('reverts a merge exactly: the duplicate comes back with its aliases, evidence and relationships', async () => {
    const before = await backup();
    await ok(MERGE, { keep: 'chinese-academy-of-sciences', duplicates: ['guangxi-university-of-chinese-medicine'] });
    const merge = await latest();
    expect(merge).toMatchObject({ operation: 'mergeEntities', revertible: true });
    expect(await backup()).not.toBe(before);
    const { revertChange } = await ok(REVERT, { id: merge.id });
    expect(revertChange).toMatchObject({ operation: 'revertChange', revertOf: merge.id, revertible: true });
    expect(revertChange.items).toEqual(expect.arrayContaining([{ kind: 'ENTITY', id: 'guangxi-university-of-chinese-medicine', action: 'CREATED' }]));
    expect(await backup()).toBe(before);
    const { change } = await ok(`query ($id: ID!) { change(id: $id) { revertedBy revertible } }`, { id: merge.id }, reader);
    expect(change).toEqual({ revertedBy: revertChange.id, revertible: false });
    expect(codeOf(await run(REVERT, { id: merge.id }))).toBe('CHANGE_ALREADY_REVERTED');
  });

  it('redoes a change by reverting its revert', async () => {
    const before = await backup();
    await ok(UNLINK, { input: { from: 'mahidol-university', type: 'LOCATED_IN', to: 'thailand' } });
    const unlink = await latest();
    // The ends of a relationship count among the types a change touched.
    expect(unlink).toMatchObject({ entityIds: ['mahidol-university', 'thailand'], entityTypes: ['Country', 'Institution'], relationTypes: ['LOCATED_IN'] });
    const afterUnlink = await backup();
    const revert = (await ok(REVERT, { id: unlink.id })).revertChange;
    expect(await backup()).toBe(before);
    await ok(REVERT, { id: revert.id });
    expect(await backup()).toBe(afterUnlink);
    // The first change is in force again, so it can be undone again.
    expect((await ok(`query ($id: ID!) { change(id: $id) { revertedBy revertible } }`, { id: unlink.id }, reader)).change).toEqual({ revertedBy: null, revertible: true });
    await ok(REVERT, { id: unlink.id });
    expect(await backup()).toBe(before);
  });

  it('refuses to revert a change later changes built on, naming them; reverting those first lets it through', async () => {
    const before = await backup();
    await ok(CREATE, {
      input: { id: 'history-test-lab', type: 'Platform', kind: 'JOINT_LABORATORY', name: 'History Test Lab', aliases: [], evidence: [{ sourceId: SOURCE, quote: 'joint laboratories' }] },
    });
    const created = await latest();
    await ok(UPDATE, { id: 'history-test-lab', input: { name: 'History Test Laboratory' } });
    const renamed = await latest();
    const refused = await run(REVERT, { id: created.id });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CHANGE_DEPENDED_ON', dependents: [renamed.id] });
    await ok(REVERT, { id: renamed.id });
    await ok(REVERT, { id: created.id });
    expect(await backup()).toBe(before);
  });

  it('reverts an import: the new source and everything only it brought are gone, merged evidence is taken back', async () => {
    const before = await backup();
    const text = 'Mahidol University and Chiang Mai University opened the Mekong Health Lab in Bangkok.';
    const document = {
      source: { id: 'history-test-note', title: 'A note', publisher: 'Test', place: 'Bangkok', publishedOn: '2021-10-01', file: 'sources/history-test-note.txt' },
      entities: [
        { id: 'mekong-health-lab', type: 'Platform', kind: 'JOINT_LABORATORY', name: 'Mekong Health Lab', aliases: [], properties: {}, evidence: [{ quote: 'the Mekong Health Lab' }] },
        { id: 'mahidol-university', type: 'Institution', kind: 'UNIVERSITY', name: 'Mahidol University', aliases: [], properties: {}, evidence: [{ quote: 'Mahidol University' }] },
      ],
      relations: [{ type: 'ESTABLISHED', from: 'mahidol-university', to: 'mekong-health-lab', properties: {}, evidence: [{ quote: 'Mahidol University and Chiang Mai University opened the Mekong Health Lab' }] }],
    };
    const request = { text, document: JSON.stringify(document) };
    const dryRun = await importDocument(fixture.db.runner(), request, { dryRun: true, by: 'cli:tester' });
    expect([dryRun.source, ...dryRun.entities, ...dryRun.relations].filter((outcome) => outcome.action === 'REJECT')).toEqual([]);
    const report = await importDocument(fixture.db.runner(), request, { dryRun: false, by: 'cli:tester' });
    expect(report.applied).toBe(true);
    const imported = await latest();
    expect(imported).toMatchObject({ operation: 'importDocument', by: 'cli:tester', sourceIds: expect.arrayContaining(['history-test-note']) });
    await ok(REVERT, { id: imported.id });
    expect(await backup()).toBe(before);
  });

  const RETRACT = `mutation ($id: ID!, $dryRun: Boolean) { retractSource(id: $id, dryRun: $dryRun) {
    sourceId dryRun applied change { id operation revertible }
    lostEntities { id type lost otherSourceIds } keptEntities { id lost otherSourceIds }
    lostRelationships { id type } keptRelationships { id otherSourceIds } removedConflictIds
    brokenPaths { fromId toId hopsBefore hopsAfter } statistics { key before after } } }`;

  it('retracts a source: a dry run names its impact and writes nothing; the real run is one revertible change', async () => {
    const text = 'The Andaman Marine Lab was opened by Mahidol University in Phuket.';
    const document = {
      source: { id: 'retraction-test-note', title: 'A note', publisher: 'Test', place: 'Phuket', publishedOn: '2021-10-02', file: 'sources/retraction-test-note.txt' },
      entities: [
        { id: 'andaman-marine-lab', type: 'Platform', kind: 'JOINT_LABORATORY', name: 'Andaman Marine Lab', aliases: [], properties: {}, evidence: [{ quote: 'The Andaman Marine Lab' }] },
        { id: 'mahidol-university', type: 'Institution', kind: 'UNIVERSITY', name: 'Mahidol University', aliases: [], properties: {}, evidence: [{ quote: 'Mahidol University' }] },
      ],
      relations: [{ type: 'ESTABLISHED', from: 'mahidol-university', to: 'andaman-marine-lab', properties: {}, evidence: [{ quote: 'The Andaman Marine Lab was opened by Mahidol University' }] }],
    };
    expect((await importDocument(fixture.db.runner(), { text, document: JSON.stringify(document) }, { dryRun: false, by: 'cli:tester' })).applied).toBe(true);
    const imported = await backup();

    const dry = (await ok(RETRACT, { id: 'retraction-test-note', dryRun: true })).retractSource;
    expect(dry).toMatchObject({ dryRun: true, applied: false, change: null, removedConflictIds: [], brokenPaths: [] });
    expect(dry.lostEntities).toEqual([{ id: 'andaman-marine-lab', type: 'Platform', lost: true, otherSourceIds: [] }]);
    expect(dry.keptEntities).toEqual([{ id: 'mahidol-university', lost: false, otherSourceIds: [SOURCE] }]);
    expect(dry.lostRelationships).toEqual([{ id: 'mahidol-university:ESTABLISHED:andaman-marine-lab', type: 'ESTABLISHED' }]);
    expect(dry.statistics).toEqual(
      expect.arrayContaining([
        { key: 'entities.Platform', before: expect.any(Number), after: expect.any(Number) },
        { key: 'relationships.ESTABLISHED', before: expect.any(Number), after: expect.any(Number) },
      ]),
    );
    for (const statistic of dry.statistics) expect(statistic.before - statistic.after).toBe(1);
    expect(await backup()).toBe(imported);

    const done = (await ok(RETRACT, { id: 'retraction-test-note' })).retractSource;
    expect(done).toMatchObject({ dryRun: false, applied: true, change: { operation: 'retractSource', revertible: true }, lostEntities: dry.lostEntities });
    const [mahidol] = await fixture.db.read("MATCH (n:Entity {id: 'mahidol-university'}) RETURN n.evidenceSourceIds AS sources");
    expect(mahidol.sources).not.toContain('retraction-test-note');
    expect(await fixture.db.read("MATCH (n:Entity|Source) WHERE n.id IN ['andaman-marine-lab', 'retraction-test-note'] RETURN n")).toEqual([]);
    expect((await ok(`query { history(id: "retraction-test-note") { nodes { operation } } }`, {}, reader)).history.nodes.map((c: { operation: string }) => c.operation)).toEqual([
      'retractSource',
      'importDocument',
    ]);
    await ok(REVERT, { id: done.change.id });
    expect(await backup()).toBe(imported);
  });

  it("names the hub connections a source's retraction would break", async () => {
    const dry = (await ok(RETRACT, { id: SOURCE, dryRun: true })).retractSource;
    expect(dry.brokenPaths.length).toBeGreaterThan(0);
    expect(dry.brokenPaths.every((path: { hopsBefore: number; hopsAfter: number | null }) => path.hopsAfter === null || path.hopsAfter > path.hopsBefore)).toBe(true);
    expect(codeOf(await run(RETRACT, { id: 'no-such-source', dryRun: true }))).toBe('NOT_FOUND');
  });

  it('pages through changes newest first with cursors, and refuses bad cursors and unknown changes', async () => {
    const first = (await ok(CHANGES, { first: 2 }, reader)).changes;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await ok(CHANGES, { first: 2, after: first.pageInfo.endCursor }, reader)).changes;
    expect(next.nodes[0].version).toBe(first.nodes[1].version - 1);
    expect(first.totalCount).toBe(next.totalCount);
    // An explicit null cursor is the first page, as clients that always send the variable say it.
    expect((await ok(CHANGES, { first: 2, after: null }, reader)).changes.nodes).toEqual(first.nodes);
    expect(codeOf(await run(CHANGES, { first: 2, after: 'nonsense' }, reader))).toBe('BAD_USER_INPUT');
    expect(codeOf(await run(REVERT, { id: '999999' }))).toBe('NOT_FOUND');
    expect(codeOf(await run(REVERT, { id: first.nodes[0].id }, reader))).toBe('UNAUTHENTICATED');
  });

  it("copies a write's \"before\" only once the write it waited for has committed", async () => {
    const id = 'bangkok';
    const evidence = [{ sourceId: SOURCE, quote: 'Bangkok' }];
    const meta = { operation: 'addAliases', by: 'cli:tester', summary: 'queued alias' };
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const first = recordChange(fixture.db, meta, async (tx) => {
      const entity = await addAliases(tx, id, ['Queued alias one'], evidence, 'cli:tester');
      holding();
      await gate;
      return entity;
    });
    await held;
    const second = recordChange(fixture.db, meta, (tx) => addAliases(tx, id, ['Queued alias two'], evidence, 'cli:tester'));
    // The second write is in Neo4j, waiting for the first: had it copied its "before" already, that copy would lack the first's alias.
    const blocked = "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n";
    while (((await fixture.db.read(blocked))[0].n as number) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await first;
    const { change } = await second;
    const { history } = await ok(HISTORY, { id }, reader);
    const [item] = history.nodes.find((node: { id: string }) => node.id === change!.id).items;
    expect(item.before.aliases).toEqual(['Queued alias one']);
    expect(item.after.aliases).toEqual(['Queued alias one', 'Queued alias two']);
  });

  it('numbers concurrent writers in commit order without a deadlock: each write runs once, no version is skipped', async () => {
    const ids = (await fixture.db.read("MATCH (n:Entity) RETURN n.id AS id ORDER BY n.id LIMIT 8")).map((row) => row.id as string);
    const first = (await latest()).version as number;
    let attempts = 0;
    // The driver retries a deadlocked transaction after a pause: counting attempts is what shows a deadlock.
    const counted = { write: <T>(work: (tx: Parameters<Parameters<typeof fixture.db.write>[0]>[0]) => Promise<T>) => fixture.db.write((tx) => ((attempts += 1), work(tx))) };
    const writes = Array.from({ length: 48 }, (_, index) => ids[index % ids.length]);
    const evidence = [{ sourceId: SOURCE, quote: 'Mahidol University' }];
    let next = 0;
    const writer = async () => {
      for (let index = next++; index < writes.length; index = next++) {
        const meta = { operation: 'addAliases', by: 'cli:tester', summary: `alias ${index}` };
        await recordChange(counted, meta, (tx) => addAliases(tx, writes[index], [`Concurrent alias ${index}`], evidence, 'cli:tester'));
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    expect(attempts).toBe(writes.length);
    const { changes } = await ok(CHANGES, { first: writes.length }, reader);
    expect(changes.nodes.map((change: { version: number }) => change.version)).toEqual(Array.from({ length: writes.length }, (_, index) => first + writes.length - index));
  });

  it('still reads changes recorded before the states were copies (their before and after are JSON)', async () => {
    const state = (name: string) => JSON.stringify({ nodes: [{ label: 'Entity', id: 'legacy-entity', labels: ['Entity', 'Institution'], properties: { id: 'legacy-entity', name } }], relationships: [] });
    await fixture.db.write((tx) =>
      tx.run("CREATE (:Change {id: 'legacy', version: -1, at: datetime(), by: 'cli:old', operation: 'updateEntity', summary: 'an old change', before: $before, after: $after})", {
        before: state('Old Name'),
        after: state('New Name'),
      }),
    );
    try {
      const { change } = await ok('query { change(id: "legacy") { items { kind id action changedProperties before after } } }', {}, reader);
      expect(change.items).toEqual([{ kind: 'ENTITY', id: 'legacy-entity', action: 'UPDATED', changedProperties: ['name'], before: { id: 'legacy-entity', name: 'Old Name' }, after: { id: 'legacy-entity', name: 'New Name' } }]);
    } finally {
      await fixture.db.write((tx) => tx.run("MATCH (c:Change {id: 'legacy'}) DELETE c"));
    }
  });
});
