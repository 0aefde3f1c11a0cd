import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSeedFiles, SeedValidationError, seedFilesIn } from '../../src/engine/seed/seed.loader';

const SOURCE_TEXT = 'Mahidol University of Thailand carried out research with the Chinese Academy of Sciences (CAS).';

function seedRoot(documents: Record<string, unknown>): string[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-validation-'));
  fs.mkdirSync(path.join(root, 'graph'));
  fs.mkdirSync(path.join(root, 'sources'));
  fs.writeFileSync(path.join(root, 'sources', 'doc.txt'), SOURCE_TEXT);
  for (const [name, document] of Object.entries(documents)) {
    fs.writeFileSync(path.join(root, 'graph', name), typeof document === 'string' ? document : JSON.stringify(document));
  }
  return seedFilesIn(path.join(root, 'graph'));
}

const source = { id: 'doc', title: 'A document', publisher: 'Someone', place: 'Bangkok', publishedOn: '2021-09-27', file: 'sources/doc.txt' };
const mahidol = {
  id: 'mahidol-university',
  type: 'Institution',
  kind: 'UNIVERSITY',
  name: 'Mahidol University',
  aliases: [],
  evidence: [{ quote: 'Mahidol University of Thailand' }],
};
const thailand = { id: 'thailand', type: 'Country', kind: 'COUNTRY', name: 'Thailand', aliases: [], properties: { isoCode: 'TH' }, evidence: [{ quote: 'Thailand' }] };
const located = { type: 'LOCATED_IN', from: 'mahidol-university', to: 'thailand', evidence: [{ quote: 'Mahidol University of Thailand' }] };

function problemsOf(files: string[]) {
  try {
    loadSeedFiles(files);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as SeedValidationError).problems.map(({ path: at, reason }) => `${at}: ${reason}`);
  }
  throw new Error('expected the seed to be rejected');
}

describe('seed validation', () => {
  it('accepts a good document and returns it with its source text', () => {
    const [seed] = loadSeedFiles(seedRoot({ 'doc.json': { source, entities: [mahidol, thailand], relations: [located] } }));
    expect(seed.document.entities.map((entity) => entity.id)).toEqual(['mahidol-university', 'thailand']);
    expect(seed.sourceText).toBe(SOURCE_TEXT);
  });

  it('reads YAML too', () => {
    const yaml = `source:\n  id: doc\n  title: A document\n  publisher: Someone\n  place: Bangkok\n  publishedOn: 2021-09-27\n  file: sources/doc.txt\nentities: []\nrelations: []\n`;
    expect(loadSeedFiles(seedRoot({ 'doc.yaml': yaml }))).toHaveLength(1);
  });

  it('names the file, the path inside it and the reason for every problem', () => {
    const files = seedRoot({
      'doc.json': {
        source,
        entities: [
          { ...mahidol, kind: 'SPACESHIP' },
          { ...thailand, id: 'Thailand!', properties: { isoCode: 'TH', population: 70 } },
          { ...thailand, type: 'Planet', evidence: [] },
        ],
        relations: [{ ...located, type: 'LIKES' }],
      },
    });
    try {
      loadSeedFiles(files);
      throw new Error('expected a rejection');
    } catch (error) {
      expect((error as Error).message).toContain('seed-validation-');
      expect((error as SeedValidationError).problems.every((problem) => problem.file.endsWith('graph/doc.json'))).toBe(true);
    }
    expect(problemsOf(files)).toEqual([
      'entities[0].kind: kind "SPACESHIP" is not a kind of Institution (allowed: UNIVERSITY, ACADEMY, GOVERNMENT_BODY, COMPANY, RESEARCH_INSTITUTE, ENTERPRISE_GROUP, FOUNDATION)',
      'entities[1].id: id must be a lowercase kebab-case slug such as "mahidol-university"',
      'entities[1].properties: properties has unknown property "population" (allowed: collective, count, countQualifier, isoCode)',
      'entities[2].type: type must be one of Institution, Country, CountryGroup, Place, Project, Platform, Event, Network, Agreement, Domain, Initiative',
      'entities[2].evidence: evidence needs at least one quote: every fact carries its evidence',
      'relations[0].type: type must be one of LOCATED_IN, MEMBER_OF, PART_OF, HELD_IN, LAUNCHED_AT, GUIDED_BY, IMPLEMENTS, SUPPORTS, ESTABLISHED, COOPERATES_WITH, PARTICIPATES_IN, COVERS, IN_DOMAIN, SERVES, PROMOTES, HOSTED, ORGANIZED, SIGNED, ATTENDED',
    ]);
  });

  it('rejects quotes that are not verbatim, dangling relationship ends and duplicates', () => {
    const files = seedRoot({
      'doc.json': {
        source,
        entities: [mahidol, { ...mahidol }, { ...thailand, evidence: [{ quote: 'Kingdom of Thailand' }] }],
        relations: [located, { ...located }, { ...located, to: 'laos' }],
      },
    });
    expect(problemsOf(files)).toEqual([
      'entities[1].id: duplicates id "mahidol-university"',
      'entities[2].evidence[0].quote: is not a verbatim part of sources/doc.txt: "Kingdom of Thailand"',
      'relations[1]: repeats mahidol-university LOCATED_IN thailand; give both quotes to one relation instead',
      'relations[2].to: names no entity: "laos"',
    ]);
  });

  it('checks property values against their declared kinds', () => {
    const event = { id: 'forum', type: 'Event', kind: 'FORUM', name: 'Forum', aliases: [], properties: { edition: -9, startDate: '9 Sept' }, evidence: [{ quote: 'research' }] };
    expect(problemsOf(seedRoot({ 'doc.json': { source, entities: [event], relations: [] } }))).toEqual([
      'entities[0].properties: properties property "edition" must be a non-negative integer',
    ]);
  });

  it('reports unparsable files and missing source texts', () => {
    expect(problemsOf(seedRoot({ 'a.json': '{ not json', 'b.json': { source: { ...source, file: 'sources/missing.txt' }, entities: [], relations: [] } }))).toEqual([
      expect.stringMatching(/^: cannot be read or parsed: /),
      'source.file: names a file that does not exist: sources/missing.txt',
    ]);
  });
});
