import fc from 'fast-check';
import { bulkLoad } from '../../bench/bulk-load';
import { generateGraph } from '../../bench/synthetic-graph';
import type { Database } from '../../src/engine/db/database';
import { ENTITY_TYPES, RelationType, type EntityType } from '../../src/engine/model/model';
import { statedWithin } from '../../src/engine/model/stated.cypher';
import { loadNeighbourhood } from '../../src/features/neighbourhood/neighbourhood.repository';
import { seedGraph } from '../../src/engine/seed/seed.service';
import { resetGraph, testDatabase } from '../support/graph';
import { RecordedReferences } from '../support/recorded-references';

/**
 * The level-by-level neighbourhood search against Neo4j's own `ANY SHORTEST`, which it replaced: the
 * same entities at the same distances, in the same order, cut at the same place, for random centres
 * (hubs among them), depths, relationship and entity types and date ranges, on the seed and on the
 * benchmark's tiny synthetic graph (fixed seed, so a failure replays). Neo4j's answers are recorded
 * (test/support/recorded-references.ts).
 */
jest.setTimeout(300_000);
const SEED = 20_210_927;
const { PARTICIPATES_IN, COOPERATES_WITH, LOCATED_IN, IN_DOMAIN, COVERS, SUPPORTS } = RelationType;

interface Question {
  id: string;
  depth: number;
  limit: number;
  relationTypes: RelationType[];
  nodeTypes: EntityType[];
  range: { from: string | null; to: string | null } | null;
}

/** The reference: every entity within `depth` hops by one shortest path each, nearest first, as the search was written before. */
function shortestCypher(question: Question): string {
  const types = question.relationTypes.length > 0 ? `:${question.relationTypes.join('|')}` : '';
  const nodeTypes = question.nodeTypes.length > 0 ? [`(${question.nodeTypes.map((type) => `m:${type}`).join(' OR ')})`] : [];
  const stated = question.range ? [`all(hop IN relationships(p) WHERE ${statedWithin('hop', '$stated')})`] : [];
  return `
MATCH (centre:Entity {id: $id})
MATCH p = ANY SHORTEST (centre)-[${types}]-{1,${question.depth}}(m:Entity)
WHERE ${['m <> centre', ...nodeTypes, ...stated].join(' AND ')}
WITH m, length(p) AS distance
ORDER BY distance, m.name, m.id
LIMIT $limit + 1
RETURN m.id AS id, distance`;
}

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

/** The reference's rows: every entity within reach, one more than the limit when it cut. */
type Reached = { id: string; distance: number }[];

describe.each([
  { graph: 'the seed', references: 'neighbourhoods-seed.json', load: async () => (await resetGraph(db), await seedGraph(db)), runs: 60 },
  { graph: 'the tiny synthetic graph', references: 'neighbourhoods-tiny.json', load: () => bulkLoad(db, generateGraph('tiny')), runs: 60 },
])('neighbourhoods on $graph', ({ references: file, load, runs }) => {
  let ids: string[];
  let hubs: string[];
  let references: RecordedReferences<Reached>;
  beforeAll(async () => {
    await load();
    references = await RecordedReferences.open<Reached>(db, file);
    const rows = await db.runner().read('MATCH (n:Entity) RETURN n.id AS id, COUNT { (n)--() } AS degree ORDER BY degree DESC, id');
    ids = rows.map((row) => row.id as string);
    hubs = ids.slice(0, 5);
  });

  it('are the entities ANY SHORTEST reaches, at its distances, in its order and cut', async () => {
    let truncated = 0;
    const questions: fc.Arbitrary<Question> = fc.record({
      id: fc.oneof(fc.constantFrom(...ids), fc.constantFrom(...hubs)),
      depth: fc.integer({ min: 1, max: 3 }),
      limit: fc.oneof(fc.constant(200), fc.integer({ min: 1, max: 40 })),
      relationTypes: fc.constantFrom<RelationType[]>([], [], [PARTICIPATES_IN, COOPERATES_WITH, LOCATED_IN], [IN_DOMAIN, COVERS, SUPPORTS]),
      nodeTypes: fc.oneof({ weight: 3, arbitrary: fc.constant<EntityType[]>([]) }, { weight: 1, arbitrary: fc.subarray([...ENTITY_TYPES], { minLength: 1 }) }),
      range: fc.constantFrom<Question['range']>(null, null, { from: '2021-01-01', to: null }, { from: null, to: '2022-12-31' }, { from: '2030-01-01', to: null }),
    });
    await fc.assert(
      fc.asyncProperty(questions, async (question) => {
        const subgraph = await loadNeighbourhood(db.runner(), { ...question, nodeFields: [], edgeId: false, evidence: false, stated: false, sourceCount: false });
        const reference = await references.answer(question, async () =>
          (await db.runner().read(shortestCypher(question), { id: question.id, limit: question.limit, stated: question.range })).map((row) => ({ id: row.id as string, distance: row.distance as number })),
        );
        const expected = reference.slice(0, question.limit);
        expect(subgraph.nodes.slice(1)).toEqual(expected);
        expect(subgraph.nodes[0]).toEqual({ id: question.id, distance: 0 });
        expect(subgraph.truncated).toBe(reference.length > question.limit);
        if (subgraph.truncated) truncated += 1;
      }),
      { seed: SEED, numRuns: runs },
    );
    references.save();
    references.expectAllRecorded();
    // The cut is exercised, not only whole neighbourhoods.
    expect(truncated).toBeGreaterThan(0);
  });
});
