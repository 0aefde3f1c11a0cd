import { SYMMETRIC_RELATION_TYPES, type EntityType, type RelationType } from '../../engine/model/model';
import { conflictId, quoteStating, type ConflictEvidence, type ConflictRow, type ConflictSubject } from '../conflict/conflict.record';
import { ConflictKind } from '../conflict/conflict.type';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES } from '../../engine/model/properties';
import type { CuratedDocument, DocumentEvidence, PropertyMap } from '../../engine/documents/document.format';
import type { DocumentProblem } from '../../engine/documents/document.validation';
import { storedProperties } from '../../engine/seed/seed.repository';
import { ImportAction, MatchBasis, type ImportEntityOutcome, type ImportRelationOutcome, type ImportReport, type ImportSourceOutcome } from './import.type';

interface EntityFields {
  id: string;
  type: EntityType;
  name: string;
  kind: string;
  aliases: string[];
  properties: PropertyMap;
}

/** An entity as the graph holds it, for matching and for telling what is new. */
export interface ExistingEntity extends EntityFields {
  /** `sourceId|quote` of each piece of evidence it holds. */
  evidenceKeys: string[];
}

/** A stored relationship of a single-target type from a relation's start to another entity. */
export interface RivalRelation {
  to: string;
  /** The other entity's `Type/KIND`: only one of the same type and kind rivals the stated one. */
  facet: string;
  evidenceKeys: string[];
}

export interface ExistingRelation {
  /** Its stored ends: the document's reversed, for a symmetric type stated the other way round. */
  from: string;
  to: string;
  properties: PropertyMap;
  evidenceKeys: string[];
}

interface EvidenceRow {
  sourceId: string;
  quote: string;
}

/** Rows in the shape of the seed statements (MERGE_ENTITIES, MERGE_RELATIONS). */
export interface EntityRow extends EntityFields {
  evidence: EvidenceRow[];
}

export interface RelationRow {
  type: RelationType;
  from: string;
  to: string;
  properties: PropertyMap;
  evidence: EvidenceRow[];
}

export interface EntityPlan {
  outcomes: ImportEntityOutcome[];
  rows: EntityRow[];
  /** Graph ids of entities that gain something (their change record is stamped). */
  mergedIds: string[];
  /** Document id → graph id, for the entities that will exist after the import. */
  idMap: Map<string, string>;
  /** Graph id → `Type/KIND` of the entities the document names, as they will be after the import. */
  facets: Map<string, string>;
  conflicts: ConflictRow[];
}

export interface RelationPlan {
  outcomes: ImportRelationOutcome[];
  rows: RelationRow[];
  merged: RelationRow[];
  conflicts: ConflictRow[];
}

export const relationKey = (from: string, type: string, to: string) => `${from} ${type} ${to}`;

/** The key one relationship has whichever way round a document states it: ends in order for a symmetric type. */
const statedFactKey = (from: string, type: RelationType, to: string) => (SYMMETRIC_RELATION_TYPES.has(type) && to < from ? relationKey(to, type, from) : relationKey(from, type, to));
const evidenceKey = (item: EvidenceRow) => `${item.sourceId}|${item.quote}`;

/** Problems by the part they are about: `entities[3].kind` → entities, 3. */
export function problemsByPart(problems: DocumentProblem[]) {
  const parts = { source: [] as string[], entities: new Map<number, string[]>(), relations: new Map<number, string[]>() };
  for (const problem of problems) {
    const match = /^(entities|relations)\[(\d+)\]/.exec(problem.path);
    const reason = `${problem.path || '(document)'}: ${problem.reason}`;
    if (!match) {
      parts.source.push(reason);
      continue;
    }
    const map = parts[match[1] as 'entities' | 'relations'];
    map.set(Number(match[2]), [...(map.get(Number(match[2])) ?? []), reason]);
  }
  return parts;
}

export function planSource(document: CuratedDocument, reasons: string[], storedText: string | null, text: string): ImportSourceOutcome {
  const id = typeof document.source?.id === 'string' ? document.source.id : '(none)';
  if (reasons.length > 0) return { id, action: ImportAction.REJECT, reasons };
  if (storedText === null) return { id, action: ImportAction.CREATE, reasons: [] };
  if (storedText !== text) return { id, action: ImportAction.REJECT, reasons: [`source "${id}" is already in the graph with a different text`] };
  return { id, action: ImportAction.UNCHANGED, reasons: [] };
}

function evidenceRows(evidence: DocumentEvidence[], sourceId: string): EvidenceRow[] {
  return evidence.map((item) => ({ sourceId: item.source ?? sourceId, quote: item.quote }));
}

function newProperties(wanted: PropertyMap, held: PropertyMap): PropertyMap {
  return Object.fromEntries(Object.entries(wanted).filter(([key]) => held[key] === undefined || held[key] === null));
}

const toEvidence = (key: string): ConflictEvidence => ({ sourceId: key.slice(0, key.indexOf('|')), quote: key.slice(key.indexOf('|') + 1) });

function conflictRow(subject: ConflictSubject, held: { value: unknown; evidence: ConflictEvidence[] }, stated: { value: unknown; evidence: EvidenceRow[] }, statedProperties: PropertyMap | null): ConflictRow {
  const [graphValue, statedValue] = [JSON.stringify(held.value), JSON.stringify(stated.value)];
  const graphQuote = quoteStating(held.value, held.evidence);
  const statedQuote = quoteStating(stated.value, stated.evidence)!;
  return {
    ...subject,
    id: conflictId(subject, statedValue, statedQuote.sourceId),
    graphValue,
    graphSourceId: graphQuote?.sourceId ?? null,
    graphQuote: graphQuote?.quote ?? null,
    statedValue,
    statedSourceId: statedQuote.sourceId,
    statedQuote: statedQuote.quote,
    statedProperties: statedProperties && JSON.stringify(statedProperties),
  };
}

/**
 * The properties the document states differently from the graph: the graph's value is kept, and each
 * becomes a conflict (with the quotes on both sides) for curators to settle.
 */
function conflictingProperties(
  subject: Omit<ConflictSubject, 'kind' | 'property'>,
  wanted: PropertyMap,
  held: PropertyMap,
  heldEvidenceKeys: string[],
  statedEvidence: EvidenceRow[],
): { notes: string[]; conflicts: ConflictRow[] } {
  const differing = Object.entries(wanted).filter(([key, value]) => held[key] !== undefined && held[key] !== null && JSON.stringify(held[key]) !== JSON.stringify(value));
  return {
    notes: differing.map(([key, value]) => `property "${key}": the graph's ${JSON.stringify(held[key])} is kept, not ${JSON.stringify(value)}; a conflict is recorded`),
    conflicts: differing.map(([key, value]) =>
      conflictRow({ ...subject, kind: ConflictKind.PROPERTY, property: key }, { value: held[key], evidence: heldEvidenceKeys.map(toEvidence) }, { value, evidence: statedEvidence }, null),
    ),
  };
}

/**
 * Decides for every document entity: create it, merge it into the entity with its id or (same type,
 * no id match) the one entity whose name or alias equals its name or an alias, leave it, or reject
 * it. A merge keeps the graph's name, kind and property values and adds what is new.
 */
export function planEntities(
  document: CuratedDocument,
  problems: Map<number, string[]>,
  byId: Map<string, ExistingEntity>,
  byName: Map<string, ExistingEntity[]>,
): EntityPlan {
  const plan: EntityPlan = { outcomes: [], rows: [], mergedIds: [], idMap: new Map(), facets: new Map(), conflicts: [] };
  document.entities.forEach((entity, index) => {
    const base = { id: String(entity.id), type: entity.type ?? null, name: typeof entity.name === 'string' ? entity.name : null, matchedId: null, matchedBy: null };
    const reject = (reasons: string[]) => plan.outcomes.push({ ...base, action: ImportAction.REJECT, reasons });
    if (problems.has(index)) return reject(problems.get(index)!);
    const evidence = evidenceRows(entity.evidence, document.source.id);
    const kinds = ENTITY_PROPERTIES[entity.type];
    const sameId = byId.get(entity.id);
    if (sameId && sameId.type !== entity.type) return reject([`id "${entity.id}" belongs to a ${sameId.type} in the graph`]);
    const candidates = sameId ? [sameId] : (byName.get(entity.id) ?? []);
    if (candidates.length > 1) return reject([`its names match several ${entity.type} entities (${candidates.map((c) => c.id).join(', ')}); use the id of one`]);
    const [match] = candidates;
    if (!match) {
      plan.idMap.set(entity.id, entity.id);
      plan.facets.set(entity.id, `${entity.type}/${entity.kind}`);
      plan.rows.push({ id: entity.id, type: entity.type, name: entity.name, kind: entity.kind, aliases: entity.aliases, properties: storedProperties(entity.properties, kinds), evidence });
      plan.outcomes.push({ ...base, action: ImportAction.CREATE, reasons: [] });
      return;
    }
    plan.idMap.set(entity.id, match.id);
    plan.facets.set(match.id, `${match.type}/${match.kind}`);
    const held = new Set([match.name, ...match.aliases]);
    const aliases = [...new Set([entity.name, ...entity.aliases])].filter((alias) => !held.has(alias));
    const fresh = newProperties(entity.properties, match.properties);
    const heldEvidence = new Set(match.evidenceKeys);
    const freshEvidence = evidence.filter((item) => !heldEvidence.has(evidenceKey(item)));
    const differing = conflictingProperties({ entityId: match.id, relationshipId: null, relationType: null }, entity.properties, match.properties, match.evidenceKeys, evidence);
    plan.conflicts.push(...differing.conflicts);
    const notes = [...(entity.kind !== match.kind ? [`kind: the graph's ${match.kind} is kept, not ${entity.kind}`] : []), ...differing.notes];
    const outcome = { ...base, matchedId: match.id, matchedBy: sameId ? MatchBasis.ID : MatchBasis.ALIAS, reasons: notes };
    if (aliases.length === 0 && Object.keys(fresh).length === 0 && freshEvidence.length === 0) {
      plan.outcomes.push({ ...outcome, action: ImportAction.UNCHANGED });
      return;
    }
    plan.rows.push({ id: match.id, type: match.type, name: match.name, kind: match.kind, aliases, properties: storedProperties(fresh, kinds), evidence: freshEvidence });
    plan.mergedIds.push(match.id);
    plan.outcomes.push({ ...outcome, action: ImportAction.MERGE });
  });
  return plan;
}

/** The graph ids of a relation's ends, when both will exist after the import. */
export function mappedEnds(document: CuratedDocument, index: number, idMap: Map<string, string>, knownIds: Set<string>) {
  const relation = document.relations[index];
  const map = (id: string) => idMap.get(id) ?? (knownIds.has(id) && !document.entities.some((entity) => entity.id === id) ? id : undefined);
  return { from: map(relation.from), to: map(relation.to) };
}

/**
 * Decides for every document relation: create it, add its evidence to the same relationship in the
 * graph, leave it, reject it, or (a single-target relation leading elsewhere than the graph's, see
 * `rivals`) keep the graph's and record a conflict.
 */
export function planRelations(
  document: CuratedDocument,
  problems: Map<number, string[]>,
  ends: { from: string | undefined; to: string | undefined }[],
  existing: Map<string, ExistingRelation>,
  rivals: Map<string, RivalRelation[]>,
  facets: Map<string, string>,
): RelationPlan {
  const plan: RelationPlan = { outcomes: [], rows: [], merged: [], conflicts: [] };
  const planned = new Set<string>();
  document.relations.forEach((relation, index) => {
    const { from, to } = ends[index];
    const base = { from: from ?? String(relation.from), type: relation.type ?? null, to: to ?? String(relation.to) };
    const reject = (reasons: string[]) => plan.outcomes.push({ ...base, action: ImportAction.REJECT, reasons });
    if (problems.has(index)) return reject(problems.get(index)!);
    if (from === undefined || to === undefined) return reject(['names an entity that is rejected']);
    if (from === to) return reject([`links ${from} to itself once its ends are matched to the graph`]);
    const key = relationKey(from, relation.type, to);
    const factKey = statedFactKey(from, relation.type, to);
    if (planned.has(factKey)) return reject([`repeats ${key} once its ends are matched to the graph; give both quotes to one relation`]);
    planned.add(factKey);
    const evidence = evidenceRows(relation.evidence, document.source.id);
    const held = existing.get(key);
    const rival = held ? undefined : rivals.get(key)?.find((other) => other.facet === facets.get(to));
    if (rival) {
      const subject = { kind: ConflictKind.RELATION, entityId: from, relationshipId: null, relationType: relation.type, property: null };
      const statedProperties = storedProperties(relation.properties, RELATION_PROPERTIES);
      plan.conflicts.push(conflictRow(subject, { value: rival.to, evidence: rival.evidenceKeys.map(toEvidence) }, { value: to, evidence }, statedProperties));
      plan.outcomes.push({ ...base, action: ImportAction.CONFLICT, reasons: [`the graph has ${from} ${relation.type} ${rival.to}, which is kept; a conflict is recorded`] });
      return;
    }
    if (!held) {
      plan.rows.push({ type: relation.type, from, to, properties: storedProperties(relation.properties, RELATION_PROPERTIES), evidence });
      plan.outcomes.push({ ...base, action: ImportAction.CREATE, reasons: [] });
      return;
    }
    const heldEvidence = new Set(held.evidenceKeys);
    const freshEvidence = evidence.filter((item) => !heldEvidence.has(evidenceKey(item)));
    const fresh = newProperties(relation.properties, held.properties);
    const differing = conflictingProperties(
      { entityId: held.from, relationshipId: `${held.from}:${relation.type}:${held.to}`, relationType: relation.type },
      relation.properties,
      held.properties,
      held.evidenceKeys,
      evidence,
    );
    plan.conflicts.push(...differing.conflicts);
    const notes = differing.notes;
    if (freshEvidence.length === 0 && Object.keys(fresh).length === 0) {
      plan.outcomes.push({ ...base, action: ImportAction.UNCHANGED, reasons: notes });
      return;
    }
    // Evidence goes to the stored relationship, whichever way round the document states it.
    const row = { type: relation.type, from: held.from, to: held.to, properties: storedProperties(fresh, RELATION_PROPERTIES), evidence: freshEvidence };
    plan.rows.push(row);
    plan.merged.push(row);
    plan.outcomes.push({ ...base, action: ImportAction.MERGE, reasons: notes });
  });
  return plan;
}

export function summarise(dryRun: boolean, source: ImportSourceOutcome, entities: ImportEntityOutcome[], relations: ImportRelationOutcome[], conflicts = 0): ImportReport {
  const all = [source, ...entities, ...relations];
  const count = (action: ImportAction) => all.filter((item) => item.action === action).length;
  return {
    dryRun,
    applied: false,
    source,
    entities,
    relations,
    created: count(ImportAction.CREATE),
    merged: count(ImportAction.MERGE),
    unchanged: count(ImportAction.UNCHANGED),
    rejected: count(ImportAction.REJECT),
    conflicts,
  };
}
