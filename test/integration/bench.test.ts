import { spawnSync } from 'node:child_process';
import { bulkLoad } from '../../bench/bulk-load';
import { generateGraph } from '../../bench/synthetic-graph';
import { SYNTHETIC_IDS, workloads } from '../../bench/workloads';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import type { Database } from '../../src/engine/db/database';
import { testDatabase } from '../support/graph';
import { buildOnce } from '../support/build';

/**
 * The benchmark's generator, loader and full harness at a tiny scale: they work and are deterministic.
 * No timing is asserted; `npm run bench` is where speed is measured.
 */
let db: Database;
const graph = generateGraph('tiny');

beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

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

  it('runs every workload through the floor, collab-graph and @neo4j/graphql (a smoke run: 20 requests a cell), with equal answers', () => {
    buildOnce();
    const run = spawnSync(process.execPath, ['dist/bench/run.js', '--scale', 'tiny', '--requests', '20', '--connections', '2'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: process.env.NEO4J_URI },
      timeout: 180_000,
    });
    expect(run.stderr.replace(/^.*(entities|relationships): .*$/gm, '').trim()).toBe('');
    expect(run.status).toBe(0);
    const rows = run.stdout.split('\n').filter((line) => /^\| .* \| \d+ \| [\d.]+ \| \d+ \| \d+ \| \d+ \| [\d.]+ \| ([\d.]+|n\/a) \| \d+ % \|$/.test(line)).map((line) => line.split('|').map((cell) => cell.trim()));
    for (const workload of workloads(SYNTHETIC_IDS)) {
      const cells = rows.filter((row) => row[1] === workload.name);
      expect(cells.map((row) => row[2])).toEqual(['floor (Cypher on the driver)', 'collab-graph', '@neo4j/graphql 7']);
      expect(cells.every((row) => row[10] === '0')).toBe(true);
      // One statement per request, from us (one root field) and the floor; @neo4j/graphql at most one per level.
      expect(cells.map((row) => Number(row[4]))).toEqual([1, 1, expect.any(Number)]);
      expect(Number(cells[2][4])).toBeLessThanOrEqual(workload.depth);
      expect(cells.every((row) => Number(row[5]) > 0)).toBe(true);
      if (['dashboard', 'entity', 'paths (≤ 4 hops)'].includes(workload.name)) expect(new Set(cells.map((row) => row[3])).size).toBe(1);
    }
    expect(run.stdout).toContain('req/s ours / floor');
    expect(run.stdout).toMatch(/\| collab-graph \| \d+ MB \| \d+ MB \|/);
  });

  it('measures light reads while a text is proposed, and the event loop stays free', () => {
    buildOnce();
    const run = spawnSync(process.execPath, ['dist/bench/run.js', '--proposal', '--runs', '1', '--proposal-length', '6000'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: process.env.NEO4J_URI },
      timeout: 180_000,
    });
    expect(run.stderr.trim()).toBe('');
    expect(run.status).toBe(0);
    const during = /^\| during proposal 1 \| [\d.]+ \| (\d+) \| (\d+) \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \|$/m.exec(run.stdout);
    expect(Number(during?.[1])).toBeGreaterThan(10);
    expect(Number(during?.[2])).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/^Over all 1 proposals: light-read p50 [\d.]+ ms, p99 [\d.]+ ms \(target < 50 ms\)\.$/m);
  });
});
