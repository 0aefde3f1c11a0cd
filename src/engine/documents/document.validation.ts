import fs from 'node:fs';
import path from 'node:path';
import { validateSync, type ValidationError } from 'class-validator';
import YAML from 'yaml';
import { toCuratedDocument, type CuratedDocument, type DocumentEvidence } from './document.format';

/** A problem with one part of a document: `path` is e.g. `entities[3].kind` ('' for the whole document). */
export interface DocumentProblem {
  path: string;
  reason: string;
}

/** Parses a document written as YAML or JSON (JSON is YAML); throws the parser's error, with its position. */
export function parseDocumentText(text: string): unknown {
  return YAML.parse(text, { prettyErrors: true });
}

/** Writes a document (or a draft) in the format the seed files and the import read. */
export function formatDocument(document: unknown): string {
  return YAML.stringify(document, { lineWidth: 0 });
}

/**
 * The text file a document's `source.file` names: beside the document, or (the seed layout,
 * `seeds/graph/x.yaml` naming `sources/x.txt`) relative to the folder above it.
 */
export function sourceFileOf(documentFile: string, sourceFile: string): string | undefined {
  const folder = path.dirname(documentFile);
  return [path.resolve(folder, sourceFile), path.resolve(folder, '..', sourceFile)].find((candidate) => fs.existsSync(candidate));
}

function flattenValidationErrors(errors: ValidationError[], parent = ''): DocumentProblem[] {
  return errors.flatMap((error) => {
    const here = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ path: here, reason }));
    return [...own, ...flattenValidationErrors(error.children ?? [], here)];
  });
}

/** Validates one parsed document's fields (class-validator); `crossCheck` does the document-level rules. */
export function validateDocument(plain: unknown): { document: CuratedDocument; problems: DocumentProblem[] } {
  const document = toCuratedDocument(plain);
  return { document, problems: flattenValidationErrors(validateSync(document, { forbidUnknownValues: false, whitelist: false })) };
}

/**
 * The document-level rules the per-field validators cannot see: unique ids, verbatim quotes, and relation
 * ends that name an entity of the document or one in `knownIds`. Parts the field rules refused are skipped.
 */
export function crossCheck(document: CuratedDocument, sourceText: string, knownIds: Set<string>): DocumentProblem[] {
  if (!Array.isArray(document.entities) || !Array.isArray(document.relations)) return [];
  const problems: DocumentProblem[] = [];
  const checkQuotes = (evidence: DocumentEvidence[], at: string) =>
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
