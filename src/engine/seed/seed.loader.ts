import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../platform/config/config';
import type { CuratedDocument } from '../documents/document.format';
import { crossCheck, parseDocumentText, sourceFileOf, validateDocument } from '../documents/document.validation';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');
export const SEED_GRAPH_DIR = path.join(SEEDS_DIR, 'graph');

/** A validated document with the text of the source it quotes. */
export interface LoadedSeed {
  file: string;
  document: CuratedDocument;
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
      plain = parseDocumentText(fs.readFileSync(file, 'utf8'));
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
    const crossProblems = crossCheck(document, sourceText, new Set([...knownIds, ...loaded.flatMap((seed) => seed.document.entities.map((entity) => entity.id))]));
    if (crossProblems.length > 0) {
      report(crossProblems);
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
