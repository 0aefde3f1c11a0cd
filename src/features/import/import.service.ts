import { GraphQLError } from 'graphql';
import type { QueryRunner } from '../../engine/db/database';
import { writeChange, type ChangeTransaction } from '../../engine/changes/change-log';
import type { Footprint, RelationshipKey } from '../../engine/changes/graph-state';
import { ErrorCode } from '../../platform/graphql/errors';
import { crossCheck, parseDocumentText, validateDocument } from '../../engine/documents/document.validation';
import { MERGE_ENTITIES, MERGE_RELATIONS, MERGE_SOURCE, storedProperties } from '../../engine/seed/seed.repository';
import { SINGLE_TARGET_RELATION_TYPES, SYMMETRIC_RELATION_TYPES } from '../../engine/model/model';
import { CONFLICTS_BY_ID, RECORD_CONFLICTS } from '../conflict/conflict.repository';
import {
  mappedEnds,
  planEntities,
  planRelations,
  planSource,
  problemsByPart,
  relationKey,
  summarise,
  type EntityRow,
  type ExistingEntity,
  type ExistingRelation,
  type RelationRow,
  type RivalRelation,
} from './import.planner';
import { ENTITIES_BY_ID, ENTITIES_BY_NAME, RELATIONS_BETWEEN, RIVAL_RELATIONS, SOURCE_TEXT, STAMP_ENTITIES, STAMP_RELATIONS, type Lookup } from './import.repository';
import { ImportAction, type ImportReport } from './import.type';

export const IMPORT_REJECTED = 'IMPORT_REJECTED';
/** Rows per statement when applying; progress is reported after each batch. */
export const IMPORT_BATCH_SIZE = 500;

export interface ImportProgress {
  stage: 'entities' | 'relations';
  done: number;
  total: number;
}

export interface ImportOptions {
  dryRun: boolean;
  /** Who imports, for the change record. */
  by: string;
  onProgress?: (progress: ImportProgress) => void;
}

/** A document in the curated-document format (YAML or JSON text) and the text of the source it quotes. */
export interface ImportRequest {
  document: string;
  text: string;
}

/** The import refused: in `report`, every rejected item and why. Nothing was written. */
export class ImportRejectedError extends GraphQLError {
  constructor(readonly report: ImportReport) {
    super(`The import was rejected (${report.rejected} item(s)); nothing was written. Run it with dryRun to see why.`, {
      extensions: { code: IMPORT_REJECTED, report },
    });
  }
}

function parseDocument(text: string): unknown {
  try {
    return parseDocumentText(text);
  } catch (error) {
    throw new GraphQLError(`Invalid argument "input.document": not YAML or JSON: ${(error as Error).message}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'input.document' },
    });
  }
}

function toExisting(row: Record<string, unknown>): ExistingEntity {
  return row as unknown as ExistingEntity;
}

/** Reads what the plan needs from the graph and decides every item's fate; writes nothing. */
async function plan(request: ImportRequest, lookup: Lookup, dryRun: boolean) {
  const plain = parseDocument(request.document);
  const { document, problems: fieldProblems } = validateDocument(plain);
  const wellFormed = Array.isArray(document.entities) && Array.isArray(document.relations);
  const referenced = wellFormed ? [...new Set([...document.entities.map((e) => e.id), ...document.relations.flatMap((r) => [r.from, r.to])].filter((id) => typeof id === 'string'))] : [];
  const byIdRows = referenced.length > 0 ? await lookup(ENTITIES_BY_ID, { ids: referenced }) : [];
  const byId = new Map(byIdRows.map((row) => [row.id as string, toExisting(row)]));
  const parts = problemsByPart([...fieldProblems, ...crossCheck(document, request.text, new Set(byId.keys()))]);
  const [stored] = typeof document.source?.id === 'string' ? await lookup(SOURCE_TEXT, { id: document.source.id }) : [{ text: null }];
  const source = planSource(document, wellFormed ? parts.source : [...parts.source, 'entities and relations must be lists'], (stored?.text as string | null) ?? null, request.text);
  if (!wellFormed) return { report: summarise(dryRun, source, [], []), document, entityRows: [], relationRows: [], mergedIds: [], mergedRelations: [], conflicts: [] };

  const unmatched = document.entities
    .map((entity, index) => ({ entity, index }))
    .filter(({ entity, index }) => !parts.entities.has(index) && !byId.has(entity.id));
  const nameRows = unmatched.map(({ entity }) => ({ key: entity.id, type: entity.type, names: [entity.name, ...entity.aliases].map((name) => name.toLowerCase()) }));
  const byName = new Map<string, ExistingEntity[]>();
  for (const row of nameRows.length > 0 ? await lookup(ENTITIES_BY_NAME, { rows: nameRows }) : []) {
    byName.set(row.key as string, [...(byName.get(row.key as string) ?? []), toExisting(row)]);
  }
  const entities = planEntities(document, parts.entities, byId, byName);

  const ends = document.relations.map((_, index) => mappedEnds(document, index, entities.idMap, new Set(byId.keys())));
  const endRows = document.relations
    .map((relation, index) => ({ from: ends[index].from, to: ends[index].to, type: relation.type, symmetric: SYMMETRIC_RELATION_TYPES.has(relation.type) }))
    .filter((row) => row.from !== undefined && row.to !== undefined);
  const existing = new Map<string, ExistingRelation>(
    (endRows.length > 0 ? await lookup(RELATIONS_BETWEEN, { rows: endRows }) : []).map((row) => [
      relationKey(row.from as string, row.type as string, row.to as string),
      { from: row.heldFrom as string, to: row.heldTo as string, properties: row.properties as Record<string, unknown>, evidenceKeys: row.evidenceKeys as string[] },
    ]),
  );
  const singleTargetRows = endRows.filter((row) => SINGLE_TARGET_RELATION_TYPES.has(row.type));
  const rivals = new Map<string, RivalRelation[]>();
  for (const row of singleTargetRows.length > 0 ? await lookup(RIVAL_RELATIONS, { rows: singleTargetRows }) : []) {
    const key = relationKey(row.from as string, row.type as string, row.to as string);
    rivals.set(key, [...(rivals.get(key) ?? []), { to: row.heldId as string, facet: row.facet as string, evidenceKeys: row.evidenceKeys as string[] }]);
  }
  const facets = new Map([...byId.values()].map((entity) => [entity.id, `${entity.type}/${entity.kind}`]));
  for (const [id, facet] of entities.facets) facets.set(id, facet);
  const relations = planRelations(document, parts.relations, ends, existing, rivals, facets);
  // A conflict already recorded (the same statement imported before) is not recorded again.
  const candidates = [...entities.conflicts, ...relations.conflicts];
  const recorded = new Set((candidates.length > 0 ? await lookup(CONFLICTS_BY_ID, { ids: candidates.map((conflict) => conflict.id) }) : []).map((row) => row.id as string));
  const conflicts = candidates.filter((conflict, index) => !recorded.has(conflict.id) && candidates.findIndex((other) => other.id === conflict.id) === index);
  return {
    report: summarise(dryRun, source, entities.outcomes, relations.outcomes, conflicts.length),
    document,
    entityRows: entities.rows,
    relationRows: relations.rows,
    mergedIds: entities.mergedIds,
    mergedRelations: relations.merged,
    conflicts,
  };
}

async function inBatches<T>(rows: T[], stage: ImportProgress['stage'], options: ImportOptions, write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
    await write(rows.slice(start, start + IMPORT_BATCH_SIZE));
    options.onProgress?.({ stage, done: Math.min(start + IMPORT_BATCH_SIZE, rows.length), total: rows.length });
  }
}

/** Everything an import may write: its source, its entities, its relationships (both ways for a symmetric type), its conflicts. */
function footprintOf(planned: Awaited<ReturnType<typeof plan>>): Footprint {
  const relationships: RelationshipKey[] = [...planned.relationRows, ...planned.mergedRelations].flatMap(({ from, type, to }) =>
    SYMMETRIC_RELATION_TYPES.has(type) ? [{ from, type, to }, { from: to, type, to: from }] : [{ from, type, to }],
  );
  return {
    sources: [planned.document.source.id],
    entities: [...planned.entityRows.map((row) => row.id), ...planned.mergedIds],
    relationships,
    conflicts: planned.conflicts.map((conflict) => conflict.id),
  };
}

async function apply(
  tx: ChangeTransaction,
  planned: Awaited<ReturnType<typeof plan>>,
  request: ImportRequest,
  options: ImportOptions,
): Promise<void> {
  const { document, report } = planned;
  await tx.touch(footprintOf(planned));
  if (report.source.action === ImportAction.CREATE) {
    const publishedOn = storedProperties({ publishedOn: document.source.publishedOn }, { publishedOn: 'date' }).publishedOn;
    await tx.run(MERGE_SOURCE, { source: { ...document.source, publishedOn, text: request.text } });
  }
  await inBatches<EntityRow>(planned.entityRows, 'entities', options, (rows) => tx.run(MERGE_ENTITIES, { rows, by: options.by }));
  if (planned.mergedIds.length > 0) await tx.run(STAMP_ENTITIES, { ids: planned.mergedIds, by: options.by });
  await inBatches<RelationRow>(planned.relationRows, 'relations', options, (rows) => tx.run(MERGE_RELATIONS, { rows, by: options.by }));
  if (planned.mergedRelations.length > 0) await tx.run(STAMP_RELATIONS, { rows: planned.mergedRelations, by: options.by });
  if (planned.conflicts.length > 0) await tx.run(RECORD_CONFLICTS, { rows: planned.conflicts, by: options.by });
}

/**
 * Imports a document: a dry run reports what would be created, merged (matched by id or alias),
 * left unchanged and rejected, and writes nothing; a real run plans and applies everything in one
 * write transaction, or refuses with IMPORT_REJECTED and writes nothing. Importing the same
 * document again finds everything unchanged and writes nothing.
 */
export async function importDocument(db: QueryRunner, request: ImportRequest, options: ImportOptions): Promise<ImportReport> {
  if (options.dryRun) return (await plan(request, (cypher, params) => db.read(cypher, params), true)).report;
  const meta = (report: ImportReport) => ({ operation: 'importDocument', by: options.by, summary: `imported ${report.source.id}: ${report.created} created, ${report.merged} merged, ${report.conflicts} conflicts` });
  return writeChange(db, meta, (tx) => importInTransaction(tx, request, options));
}

/** A real import's work inside the caller's write transaction: plans, then applies everything or refuses with IMPORT_REJECTED. */
export async function importInTransaction(tx: ChangeTransaction, request: ImportRequest, options: ImportOptions): Promise<ImportReport> {
  const planned = await plan(request, (cypher, params) => tx.run(cypher, params), false);
  if (planned.report.rejected > 0) throw new ImportRejectedError(planned.report);
  await apply(tx, planned, request, options);
  return { ...planned.report, applied: true };
}
