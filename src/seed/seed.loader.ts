import fs from 'node:fs';
import path from 'node:path';
import { validateSync, type ValidationError } from 'class-validator';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../config/config';
import { toSeedDocument, type SeedDocument, type SeedEvidence } from './seed.document';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');
export const SEED_GRAPH_DIR = path.join(SEEDS_DIR, 'graph');

/** A validated document with the text of the source it quotes. */
export interface LoadedSeed {
  file: string;
  document: SeedDocument;
  sourceText: string;
}

export interface SeedProblem {
  file: string;
  path: string;
  reason: string;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `Seed validation failed; nothing was written:\n${problems
        .map((problem) => `  ${problem.file}: ${problem.path || '(document)'}: ${problem.reason}`)
        .join('\n')}`,
    );
    this.name = 'SeedValidationError';
  }
}

function flattenValidationErrors(errors: ValidationError[], parent = ''): { path: string; reason: string }[] {
  return errors.flatMap((error) => {
    const here = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ path: here, reason }));
    return [...own, ...flattenValidationErrors(error.children ?? [], here)];
  });
}

/**
 * The text file a document's `source.file` names: beside the document, or (the seed layout,
 * `seeds/graph/x.yaml` naming `sources/x.txt`) relative to the folder above it.
 */
export function sourceFileOf(documentFile: string, sourceFile: string): string | undefined {
  const folder = path.dirname(documentFile);
  return [path.resolve(folder, sourceFile), path.resolve(folder, '..', sourceFile)].find((candidate) => fs.existsSync(candidate));
}

function parseFile(file: string, text: string): unknown {
  return file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text, { prettyErrors: true });
}

/** A problem with one part of a document: `path` is e.g. `entities[3].kind` ('' for the whole document). */
export interface DocumentProblem {
  path: string;
  reason: string;
}

/**
 * The document-level rules the per-field validators cannot see: unique ids, verbatim quotes, and relation
 * ends that name an entity of the document or one in `knownIds`. Parts the field rules refused are skipped.
 */
export function crossCheck(document: SeedDocument, sourceText: string, knownIds: Set<string>): DocumentProblem[] {
  if (!Array.isArray(document.entities) || !Array.isArray(document.relations)) return [];
  const problems: DocumentProblem[] = [];
  const checkQuotes = (evidence: SeedEvidence[], at: string) =>
    (Array.isArray(evidence) ? evidence : []).forEach((item, index) => {
      const fromThisSource = item.source === undefined || item.source === document.source?.id;
      if (fromThisSource && typeof item.quote === 'string' && !sourceText.includes(item.quote)) {
        problems.push({ path: `${at}.evidence[${index}].quote`, reason: `is not a verbatim part of ${document.source.file}: "${item.quote}"` });
      }
    });
  const seen = new Set<string>();
  document.entities.forEach((entity, index) => {
    if (seen.has(entity.id)) problems.push({ path: `entities[${index}].id`, reason: `duplicates id "${entity.id}"` });
    seen.add(entity.id);
    checkQuotes(entity.evidence, `entities[${index}]`);
  });
  const relationKeys = new Set<string>();
  document.relations.forEach((relation, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!seen.has(relation[end]) && !knownIds.has(relation[end])) {
        problems.push({ path: `relations[${index}].${end}`, reason: `names no entity: "${relation[end]}"` });
      }
    }
    if (relation.from === relation.to) problems.push({ path: `relations[${index}]`, reason: 'links an entity to itself' });
    const key = `${relation.from} ${relation.type} ${relation.to}`;
    if (relationKeys.has(key)) problems.push({ path: `relations[${index}]`, reason: `repeats ${key}; give both quotes to one relation instead` });
    relationKeys.add(key);
    checkQuotes(relation.evidence, `relations[${index}]`);
  });
  return problems;
}

/** Validates one parsed document's fields against the seed format (class-validator); `crossCheck` does the rest. */
export function validateDocument(plain: unknown): { document: SeedDocument; problems: DocumentProblem[] } {
  const document = toSeedDocument(plain);
  return { document, problems: flattenValidationErrors(validateSync(document, { forbidUnknownValues: false, whitelist: false })) };
}

/**
 * Loads and validates seed files. Every problem in every file is collected before anything is
 * thrown, so one run names all of them; `knownIds` are entities that already exist elsewhere.
 */
export function loadSeedFiles(files: string[], knownIds: Set<string> = new Set()): LoadedSeed[] {
  const problems: SeedProblem[] = [];
  const loaded: LoadedSeed[] = [];
  for (const file of files) {
    const name = path.relative(PROJECT_ROOT, file);
    const report = (items: { path: string; reason: string }[]) => problems.push(...items.map((item) => ({ file: name, ...item })));
    let plain: unknown;
    try {
      plain = parseFile(file, fs.readFileSync(file, 'utf8'));
    } catch (error) {
      report([{ path: '', reason: `cannot be read or parsed: ${(error as Error).message}` }]);
      continue;
    }
    const { document, problems: fieldProblems } = validateDocument(plain);
    if (fieldProblems.length > 0) {
      report(fieldProblems);
      continue;
    }
    const sourceFile = sourceFileOf(file, document.source.file);
    if (!sourceFile) {
      report([{ path: 'source.file', reason: `names a file that does not exist: ${document.source.file}` }]);
      continue;
    }
    const sourceText = fs.readFileSync(sourceFile, 'utf8');
    const documentProblems = crossCheck(document, sourceText, new Set([...knownIds, ...loaded.flatMap((seed) => seed.document.entities.map((entity) => entity.id))]));
    if (documentProblems.length > 0) {
      report(documentProblems);
      continue;
    }
    loaded.push({ file: name, document, sourceText });
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return loaded;
}

/** Every seed file in `dir` (YAML or JSON), in name order so later documents may refer to earlier ones. */
export function seedFilesIn(dir: string = SEED_GRAPH_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}
