import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crossCheck, parseDocumentText, sourceFileOf, validateDocument } from '../../src/engine/documents/document.validation';
import {
  CORPUS_SETS,
  FAILURE_CLASSES,
  corpusDocumentFiles,
  hashTestSet,
  loadFailureClasses,
  readTestSetManifest,
  type CorpusSet,
} from '../../src/features/propose/extraction-corpus';
import { loadSeedFiles, seedFilesIn } from '../../src/engine/seed/seed.loader';

const seedEntities = new Map(loadSeedFiles(seedFilesIn()).flatMap((seed) => seed.document.entities.map((entity) => [entity.id, entity])));

function load(file: string) {
  const { document, problems } = validateDocument(parseDocumentText(fs.readFileSync(file, 'utf8')));
  const textFile = sourceFileOf(file, document.source.file);
  if (!textFile) throw new Error(`${file}: no text file ${document.source.file}`);
  const text = fs.readFileSync(textFile, 'utf8');
  return { document, text, problems: [...problems, ...crossCheck(document, text, new Set(seedEntities.keys()))] };
}

describe('the frozen extraction test set', () => {
  it('has exactly the files and contents its SHA-256 manifest records', () => {
    // A failure here means a frozen file changed: the test set must stay as it was annotated, blind.
    expect(Object.fromEntries(hashTestSet())).toEqual(Object.fromEntries(readTestSetManifest()));
  });
});

describe.each(CORPUS_SETS)('the extraction %s set', (set: CorpusSet) => {
  const files = corpusDocumentFiles(set);

  it('holds seven documents of 150 to 400 words, each marked fictional', () => {
    expect(files).toHaveLength(7);
    for (const file of files) {
      const { document, text } = load(file);
      const words = text.split(/\s+/).filter(Boolean).length;
      expect({ file, words: words >= 150 && words <= 400 }).toEqual({ file, words: true });
      expect(`${document.source.title} ${document.source.publisher}`).toContain('(fictional)');
      expect(text.toLowerCase()).toContain('fictional');
    }
  });

  it.each(files.map((file) => [path.basename(file), file]))('%s validates, every quote verbatim, relation ends curated', (_name, file) => {
    expect(load(file).problems).toEqual([]);
  });

  it.each(files.map((file) => [path.basename(file), file]))('%s names 2 to 6 seed entities, with their seed type, kind and name', (_name, file) => {
    const known = load(file).document.entities.filter((entity) => seedEntities.has(entity.id));
    expect(known.length).toBeGreaterThanOrEqual(2);
    expect(known.length).toBeLessThanOrEqual(6);
    for (const entity of known) {
      const seed = seedEntities.get(entity.id)!;
      expect([entity.id, entity.type, entity.kind, entity.name]).toEqual([seed.id, seed.type, seed.kind, seed.name]);
    }
  });

  it('tags its entities and relationships with known failure classes, every class at least once', () => {
    const seen = new Set<string>();
    for (const file of files) {
      const tags = loadFailureClasses(file, load(file).document);
      for (const classes of [...tags.entities.values(), ...tags.relations.values()]) classes.forEach((name) => seen.add(name));
    }
    expect([...seen].sort()).toEqual([...FAILURE_CLASSES].sort());
  });
});

describe('a classes file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extraction-classes-'));
  const documentFile = path.join(dir, 'doc.yaml');
  const document = validateDocument({
    source: { id: 'doc', title: 'A document (fictional)', publisher: 'tests', place: 'Bangkok', publishedOn: '2026-01-01', file: 'doc.txt' },
    entities: [{ id: 'bangkok', type: 'Place', kind: 'CITY', name: 'Bangkok', aliases: [], evidence: [{ quote: 'Bangkok' }] }],
    relations: [],
  }).document;
  const classesOf = (yaml: string) => {
    fs.writeFileSync(path.join(dir, 'doc.classes.yaml'), yaml);
    return () => loadFailureClasses(documentFile, document);
  };

  it('reads the classes of each tagged entity', () => {
    expect(classesOf('entities:\n  bangkok: [name-prefix, alias]\n')().entities.get('bangkok')).toEqual(['name-prefix', 'alias']);
  });

  it('refuses a class that is not one of the failure classes, naming the file and the tag', () => {
    expect(classesOf('entities:\n  bangkok: [prefix]\n')).toThrow(/doc\.classes\.yaml: entities tag "bangkok" needs a list of coordination, /);
  });

  it('refuses a tag that names nothing curated', () => {
    expect(classesOf('relations:\n  bangkok LOCATED_IN thailand: [event-frame]\n')).toThrow('relations tag "bangkok LOCATED_IN thailand" names nothing curated');
  });
});
