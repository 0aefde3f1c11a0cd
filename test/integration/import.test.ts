import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { Role } from '../../src/platform/auth/roles';
import type { Database } from '../../src/engine/db/database';
import { createContext } from '../../src/app/context';
import type { RunningHttpServer } from '../../src/app/http/http-server';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { importDocument as importService, type ImportProgress } from '../../src/features/import/import.service';
import { dumpGraph, seededDatabase, startTestServer } from '../support/graph';

const EXAMPLE = path.join(PROJECT_ROOT, 'docs', 'examples');
const documentText = fs.readFileSync(path.join(EXAMPLE, 'curator-note.yaml'), 'utf8');
const text = fs.readFileSync(path.join(EXAMPLE, 'curator-note.txt'), 'utf8');
const editor = { id: 'api-key:test-editor', authenticated: true, role: Role.EDITOR };

const IMPORT = `mutation ($input: ImportDocumentInput!, $dryRun: Boolean!) {
  importDocument(input: $input, dryRun: $dryRun) {
    dryRun applied created merged unchanged rejected
    source { id action reasons }
    entities { id action matchedId matchedBy reasons }
    relations { from type to action reasons }
  }
}`;

function edited(change: (document: any) => void): string {
  const document = YAML.parse(documentText);
  change(document);
  return YAML.stringify(document);
}

describe('document import', () => {
  let db: Database;
  let server: RunningHttpServer;

  async function importDocument(document: string, dryRun: boolean, sourceText = text) {
    const response = await server.apollo.executeOperation(
      { query: IMPORT, variables: { input: { document, text: sourceText }, dryRun } },
      { contextValue: createContext(db, { principal: editor }) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: { message: string; extensions?: any }[] };
  }

  beforeAll(async () => {
    db = await seededDatabase();
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close(1_000);
    await db.close();
  });

  it('dry run: reports creations, merges matched by alias and merged evidence, and writes nothing', async () => {
    const before = await dumpGraph(db);
    const result = await importDocument(documentText, true);
    expect(result.errors).toBeUndefined();
    expect(result.data.importDocument).toEqual({
      dryRun: true,
      applied: false,
      created: 4,
      merged: 5,
      unchanged: 0,
      rejected: 0,
      source: { id: 'curator-note-antiviral-study', action: 'CREATE', reasons: [] },
      entities: [
        { id: 'mahidol', action: 'MERGE', matchedId: 'mahidol-university', matchedBy: 'ALIAS', reasons: [] },
        { id: 'cas', action: 'MERGE', matchedId: 'chinese-academy-of-sciences', matchedBy: 'ALIAS', reasons: [] },
        { id: 'natural-medicinal-materials', action: 'MERGE', matchedId: 'natural-medicinal-materials', matchedBy: 'ID', reasons: [] },
        { id: 'antiviral-drug-discovery', action: 'CREATE', matchedId: null, matchedBy: null, reasons: [] },
      ],
      relations: [
        { from: 'mahidol-university', type: 'COOPERATES_WITH', to: 'chinese-academy-of-sciences', action: 'CREATE', reasons: [] },
        { from: 'mahidol-university', type: 'PARTICIPATES_IN', to: 'anti-novel-coronavirus-drug-research', action: 'MERGE', reasons: [] },
        { from: 'anti-novel-coronavirus-drug-research', type: 'IN_DOMAIN', to: 'natural-medicinal-materials', action: 'MERGE', reasons: [] },
        { from: 'anti-novel-coronavirus-drug-research', type: 'IN_DOMAIN', to: 'antiviral-drug-discovery', action: 'CREATE', reasons: [] },
      ],
    });
    expect((await dumpGraph(db)) === before).toBe(true);
  });

  it('rejects what is not valid, naming each item and reason; a real run then writes nothing', async () => {
    const bad = edited((document) => {
      document.entities[0].evidence[0].quote = 'Mahidol University of Atlantis';
      document.entities[3].kind = 'UNIVERSITY';
      document.relations.push({ type: 'SUPPORTS', from: 'cas', to: 'no-such-entity', evidence: [{ quote: 'The study' }] });
    });
    const dry = await importDocument(bad, true);
    expect(dry.data.importDocument.entities.map((entity: any) => [entity.id, entity.action])).toEqual([
      ['mahidol', 'REJECT'],
      ['cas', 'MERGE'],
      ['natural-medicinal-materials', 'MERGE'],
      ['antiviral-drug-discovery', 'REJECT'],
    ]);
    // Two relations name the rejected Mahidol entry, one the rejected domain, one an unknown id.
    expect(dry.data.importDocument.relations.map((relation: any) => relation.action)).toEqual(['REJECT', 'REJECT', 'MERGE', 'REJECT', 'REJECT']);
    expect(dry.data.importDocument.rejected).toBe(6);
    expect(dry.data.importDocument.entities[0].reasons[0]).toMatch(/evidence\[0\]\.quote: is not a verbatim part/);
    expect(dry.data.importDocument.relations.at(-1)).toMatchObject({ to: 'no-such-entity', action: 'REJECT', reasons: [expect.stringMatching(/names no entity/)] });
    const before = await dumpGraph(db);
    const real = await importDocument(bad, false);
    expect(real.errors![0].extensions).toMatchObject({ code: 'IMPORT_REJECTED', report: { rejected: 6 } });
    expect((await dumpGraph(db)) === before).toBe(true);
  });

  it('rejects a source id that holds another text, an ambiguous alias, and unreadable input', async () => {
    const otherText = await importDocument(edited((document) => (document.source.id = 'china-asean-tech-transfer-2021-09-27')), true);
    expect(otherText.data.importDocument.source).toMatchObject({ action: 'REJECT', reasons: [expect.stringMatching(/different text/)] });
    const notYaml = await importDocument('source: [unclosed', true);
    expect(notYaml.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const notAList = await importDocument('source: {id: x}\nentities: 3', true);
    expect(notAList.data.importDocument.source.action).toBe('REJECT');
  });

  it('real run: applies everything in one transaction and stamps who', async () => {
    const result = await importDocument(documentText, false);
    expect(result.errors).toBeUndefined();
    expect(result.data.importDocument).toMatchObject({ dryRun: false, applied: true, created: 4, merged: 5, rejected: 0 });
    const [mahidol] = await db.read("MATCH (n:Entity {id: 'mahidol-university'}) RETURN n.aliases AS aliases, n.updatedBy AS updatedBy, n.evidenceSourceIds AS sources");
    expect(mahidol.aliases).toContain('MU');
    expect(mahidol.updatedBy).toBe('api-key:test-editor');
    expect(mahidol.sources).toContain('curator-note-antiviral-study');
    const [link] = await db.read(
      "MATCH (:Entity {id: 'mahidol-university'})-[r:COOPERATES_WITH]->(:Entity {id: 'chinese-academy-of-sciences'}) RETURN r.createdBy AS by, r.evidenceQuotes AS quotes",
    );
    expect(link).toEqual({ by: 'api-key:test-editor', quotes: ['Mahidol University (MU) of Thailand worked with the Chinese Academy of Sciences (CAS)'] });
  });

  it('importing the same document again changes nothing', async () => {
    const before = await dumpGraph(db);
    const again = await importDocument(documentText, false);
    expect(again.data.importDocument).toMatchObject({ applied: true, created: 0, merged: 0, unchanged: 9, rejected: 0 });
    expect((await dumpGraph(db)) === before).toBe(true);
  });

  const CORROBORATION = `{
    node(id: "mahidol-university") {
      sourceCount
      ... on Institution {
        projects(minSources: 2) { totalCount edges { sourceCount node { id } } }
        partners(minSources: 2) { totalCount edges { sourceCount node { id } } }
      }
    }
    paths(from: "mahidol-university", to: "chinese-academy-of-sciences", first: 1) { length steps { type sourceCount } }
    neighbourhood(id: "mahidol-university", depth: 1, relationTypes: [COOPERATES_WITH]) { edges { source target sourceCount } }
  }`;

  async function corroboration() {
    const response = await server.apollo.executeOperation({ query: CORROBORATION }, { contextValue: createContext(db, { principal: editor }) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return response.body.singleResult.data as any;
  }

  it('a second source stating known facts adds its evidence to the one entity and relationship: sourceCount 2, minSources keeps them', async () => {
    const [counts] = await db.read(
      `MATCH (n:Institution) WHERE n.name = 'Mahidol University' OR 'MU' IN n.aliases
       WITH count(n) AS entities
       MATCH (:Entity {id: 'mahidol-university'})-[r:PARTICIPATES_IN]->(:Entity {id: 'anti-novel-coronavirus-drug-research'})
       RETURN entities, count(r) AS relationships, r.evidenceSourceIds AS sources`,
    );
    expect(counts).toEqual({ entities: 1, relationships: 1, sources: ['china-asean-tech-transfer-2021-09-27', 'curator-note-antiviral-study'] });
    const answer = await corroboration();
    expect(answer.node.sourceCount).toBe(2);
    expect(answer.node.projects).toEqual({ totalCount: 1, edges: [{ sourceCount: 2, node: { id: 'anti-novel-coronavirus-drug-research' } }] });
    // Only the curator's note says the two cooperate: one source, so not yet corroborated.
    expect(answer.node.partners).toEqual({ totalCount: 0, edges: [] });
    expect(answer.paths).toEqual([{ length: 1, steps: [{ type: 'COOPERATES_WITH', sourceCount: 1 }] }]);
    expect(answer.neighbourhood.edges).toEqual([{ source: 'mahidol-university', target: 'chinese-academy-of-sciences', sourceCount: 1 }]);
  });

  it('a source stating a symmetric relationship the other way round corroborates the stored one instead of adding a reversed twin', async () => {
    const note = 'The Chinese Academy of Sciences cooperated with Mahidol University on antiviral research.';
    const document = YAML.stringify({
      source: { id: 'second-curator-note', title: 'A second note', publisher: 'collab-graph curators', place: 'Bangkok, Thailand', publishedOn: '2026-11-30', file: 'second-note.txt' },
      entities: [],
      relations: [{ type: 'COOPERATES_WITH', from: 'chinese-academy-of-sciences', to: 'mahidol-university', evidence: [{ quote: note }] }],
    });
    const dry = await importDocument(document, true, note);
    expect(dry.data.importDocument.relations).toEqual([{ from: 'chinese-academy-of-sciences', type: 'COOPERATES_WITH', to: 'mahidol-university', action: 'MERGE', reasons: [] }]);
    const real = await importDocument(document, false, note);
    expect(real.data.importDocument).toMatchObject({ applied: true, created: 1, merged: 1 });
    const links = await db.read(
      `MATCH (a:Entity)-[r:COOPERATES_WITH]-(b:Entity) WHERE a.id = 'mahidol-university' AND b.id = 'chinese-academy-of-sciences'
       RETURN startNode(r).id AS from, r.evidenceSourceIds AS sources`,
    );
    expect(links).toEqual([{ from: 'mahidol-university', sources: ['curator-note-antiviral-study', 'second-curator-note'] }]);
    const answer = await corroboration();
    expect(answer.node.partners).toEqual({ totalCount: 1, edges: [{ sourceCount: 2, node: { id: 'chinese-academy-of-sciences' } }] });
    expect(answer.paths).toEqual([{ length: 1, steps: [{ type: 'COOPERATES_WITH', sourceCount: 2 }] }]);
    expect(answer.neighbourhood.edges).toEqual([{ source: 'mahidol-university', target: 'chinese-academy-of-sciences', sourceCount: 2 }]);
    const again = await importDocument(document, false, note);
    expect(again.data.importDocument).toMatchObject({ created: 0, merged: 0, unchanged: 2 });
  });

  it('applies a large document in batches, reporting progress, in one transaction', async () => {
    const count = 1_200;
    const names = Array.from({ length: count }, (_, index) => `Generated technology ${index}`);
    const document = YAML.stringify({
      source: { id: 'generated-catalogue', title: 'Generated catalogue', publisher: 'tests', place: 'nowhere', publishedOn: '2026-11-25', file: 'generated.txt' },
      entities: names.map((name, index) => ({ id: `generated-technology-${index}`, type: 'Domain', kind: 'TECHNOLOGY_DOMAIN', name, aliases: [], evidence: [{ quote: name }] })),
      relations: names.slice(1).map((_, index) => ({ type: 'PART_OF', from: `generated-technology-${index + 1}`, to: 'generated-technology-0', evidence: [{ quote: names[0] }] })),
    });
    const progress: ImportProgress[] = [];
    const report = await importService(db.runner(), { document, text: names.join('.\n') }, { dryRun: false, by: 'test', onProgress: (step) => progress.push(step) });
    expect(report).toMatchObject({ applied: true, created: 2 * count, rejected: 0 });
    expect(progress.map(({ stage, done }) => `${stage} ${done}`)).toEqual(['entities 500', 'entities 1000', 'entities 1200', 'relations 500', 'relations 1000', 'relations 1199']);
    const [row] = await db.read("MATCH (n:Domain) WHERE n.id STARTS WITH 'generated-technology-' RETURN count(n) AS count");
    expect(row.count).toBe(count);
  });
});
