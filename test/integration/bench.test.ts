import { bulkLoad } from '../../bench/bulk-load';
import { generateGraph } from '../../bench/synthetic-graph';
import { SYNTHETIC_IDS, workloads } from '../../bench/workloads';
import type { Database } from '../../src/db/database';
import type { RunningHttpServer } from '../../src/http/http-server';
import { executeCounted, startTestServer, testDatabase } from '../support/graph';

/** The benchmark's generator, loader and workloads at a tiny scale: they work, and they are deterministic. */
let db: Database;
let server: RunningHttpServer;
const graph = generateGraph('tiny');

beforeAll(async () => {
  db = testDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close(1_000);
  await db.close();
});

describe('benchmark tooling', () => {
  it('generates the same skewed graph for the same seed', () => {
    expect(generateGraph('tiny')).toEqual(graph);
    expect(generateGraph('tiny', 7)).not.toEqual(graph);
    const degree = new Map<string, number>();
    for (const relation of graph.relations) for (const end of [relation.from, relation.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const degrees = [...degree.values()].sort((a, b) => b - a);
    expect(degrees[0]).toBeGreaterThan(10 * degrees[Math.floor(degrees.length / 2)]);
  });

  it('bulk-loads it and reports progress', async () => {
    const progress: string[] = [];
    const { seconds } = await bulkLoad(db, graph, (line) => progress.push(line));
    expect(seconds).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatch(new RegExp(`^relationships: ${graph.relations.length}/${graph.relations.length} \\(\\d+/s\\)$`));
    const [counts] = await db.read('MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
    expect(counts).toEqual({ nodes: graph.entities.length, relationships: graph.relations.length });
  });

  it('runs every workload through the floor and through GraphQL, within one round trip per level', async () => {
    for (const workload of workloads(SYNTHETIC_IDS)) {
      await db.read(workload.cypher, workload.params);
      const { result, roundTrips } = await executeCounted(server, db, workload.graphql);
      expect({ workload: workload.name, errors: result.errors }).toEqual({ workload: workload.name, errors: undefined });
      expect(roundTrips).toBeLessThanOrEqual(3);
    }
  });
});
