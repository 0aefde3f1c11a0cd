import { Database } from '../../src/engine/db/database';
import { loadSeedFiles, seedFilesIn } from '../../src/engine/seed/seed.loader';
import { applySeeds, SeedConflictError } from '../../src/engine/seed/seed.repository';
import { seedGraph } from '../../src/engine/seed/seed.service';
import { dumpGraph, resetGraph, testDatabase } from '../support/graph';

describe('the seed graph', () => {
  let db: Database;
  const seeds = loadSeedFiles(seedFilesIn());
  const entities = seeds.flatMap((seed) => seed.document.entities);
  const relations = seeds.flatMap((seed) => seed.document.relations);

  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
  });
  afterAll(() => db.close());

  it('loads into an empty graph, creating every entity and relationship', async () => {
    const result = await seedGraph(db);
    expect(result).toEqual({
      sources: seeds.length,
      entitiesCreated: entities.length,
      entitiesMatched: 0,
      relationsCreated: relations.length,
      relationsMatched: 0,
    });
    const [counts] = await db.read('MATCH (n:Entity) WITH count(n) AS nodes MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS relationships');
    expect(counts).toEqual({ nodes: entities.length, relationships: relations.length });
  });

  it('stores every quote as a verbatim part of its source text', async () => {
    const rows = await db.read(`
      MATCH (s:Source) WITH collect(s) AS sources
      CALL (sources) {
        MATCH (n:Entity) RETURN n.id AS owner, n.evidenceSourceIds AS sourceIds, n.evidenceQuotes AS quotes
        UNION ALL
        MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS owner, r.evidenceSourceIds AS sourceIds, r.evidenceQuotes AS quotes
      }
      RETURN owner, sourceIds, quotes, [s IN sources | [s.id, s.text]] AS texts`);
    expect(rows.length).toBe(entities.length + relations.length);
    for (const row of rows) {
      const texts = new Map(row.texts as [string, string][]);
      const quotes = row.quotes as string[];
      expect({ owner: row.owner, evidence: quotes.length > 0 }).toEqual({ owner: row.owner, evidence: true });
      quotes.forEach((quote, index) => {
        const text = texts.get((row.sourceIds as string[])[index]);
        expect({ owner: row.owner, quote, verbatim: text?.includes(quote) }).toEqual({ owner: row.owner, quote, verbatim: true });
      });
    }
  });

  it('connects both ends of every relationship as the seed files state it', async () => {
    const rows = await db.read(
      `UNWIND $relations AS rel
       OPTIONAL MATCH (a:Entity {id: rel.from})-[r]->(b:Entity {id: rel.to}) WHERE type(r) = rel.type
       RETURN rel.from + ' ' + rel.type + ' ' + rel.to AS key, r IS NOT NULL AS present`,
      { relations: relations.map(({ from, type, to }) => ({ from, type, to })) },
    );
    expect(rows.filter((row) => !row.present)).toEqual([]);
  });

  it('changes nothing when loaded again', async () => {
    const before = await dumpGraph(db);
    const result = await seedGraph(db);
    expect(result.entitiesCreated + result.relationsCreated).toBe(0);
    expect(result.entitiesMatched).toBe(entities.length);
    expect(await dumpGraph(db)).toBe(before);
  });

  it('applies all of a seed or none of it', async () => {
    const before = await dumpGraph(db);
    const [seed] = seeds;
    const clashing = structuredClone(seed);
    clashing.document.source = { ...seed.document.source, id: 'another-document' };
    clashing.document.entities = [
      { ...seed.document.entities[0], id: 'brand-new-entity' },
      // The same id as an existing entity but another type: the transaction must roll back.
      { ...seed.document.entities.find((entity) => entity.type !== seed.document.entities.at(-1)!.type)!, id: seed.document.entities.at(-1)!.id },
    ];
    clashing.document.relations = [];
    await expect(applySeeds(db, [clashing])).rejects.toThrow(SeedConflictError);
    expect(await dumpGraph(db)).toBe(before);
  });
});
