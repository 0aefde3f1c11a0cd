import { GraphQLError } from 'graphql';
import type { Row, WriteTransaction } from '../../engine/db/database';
import type { ChangeTransaction } from '../../engine/changes/change-log';
import { entityProjection, toEntityRecord, toEvidence, type EntityRecord } from '../entity/entity.record';
import { appendEvidence, storedEvidence } from '../../engine/model/evidence.cypher';
import { ENTITY_LABEL, KINDS_BY_TYPE, type EntityType, type RelationType } from '../../engine/model/model';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES } from '../../engine/model/properties';
import { badUserInput, notFound } from '../../platform/graphql/errors';
import { propertiesProblem, type PropertyMap } from '../../engine/documents/document.format';
import { storedProperties } from '../../engine/seed/seed.repository';
import type { CreateEntityInput, EvidenceInput, LinkInput, UpdateEntityInput } from './curation.input';
import type { Link } from './curation.type';

/** Codes of the editors' refusals, beside the general BAD_USER_INPUT and NOT_FOUND. */
export enum CurationCode {
  CONFLICT = 'CONFLICT',
  /** `settleConflict` on a conflict a curator settled before. */
  CONFLICT_SETTLED = 'CONFLICT_SETTLED',
  EVIDENCE_NOT_IN_SOURCE = 'EVIDENCE_NOT_IN_SOURCE',
  TYPE_MISMATCH = 'TYPE_MISMATCH',
}

export const CHECK_EVIDENCE = `
UNWIND $evidence AS e
OPTIONAL MATCH (s:Source {id: e.sourceId})
RETURN e.sourceId AS sourceId, e.quote AS quote, s IS NOT NULL AS sourceExists, coalesce(s.text CONTAINS e.quote, false) AS verbatim`;

export const ENTITY_TYPES_BY_ID = `
UNWIND $ids AS id
OPTIONAL MATCH (n:${ENTITY_LABEL} {id: id})
RETURN id, head([label IN labels(n) WHERE label <> '${ENTITY_LABEL}']) AS type`;

/** `$type` is an EntityType enum value, so the dynamic label can only be one of the model's. */
export const CREATE_ENTITY = `
CREATE (n:${ENTITY_LABEL}:$($type) {id: $entity.id})
SET n += $entity.properties, n.name = $entity.name, n.kind = $entity.kind, n.aliases = $entity.aliases,
    n.evidenceSourceIds = [e IN $evidence | e.sourceId], n.evidenceQuotes = [e IN $evidence | e.quote],
    n.createdAt = datetime(), n.createdBy = $by, n.updatedAt = datetime(), n.updatedBy = $by
RETURN ${entityProjection('n')} AS entity`;

export const UPDATE_ENTITY = `
MATCH (n:${ENTITY_LABEL} {id: $id})
SET n += $changes, n.updatedAt = datetime(), n.updatedBy = $by
${appendEvidence('n', '$evidence')}
RETURN ${entityProjection('n')} AS entity`;

export const ADD_ALIASES = `
MATCH (n:${ENTITY_LABEL} {id: $id})
SET n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN $aliases | CASE WHEN alias IN acc OR alias = n.name THEN acc ELSE acc + alias END),
    n.updatedAt = datetime(), n.updatedBy = $by
${appendEvidence('n', '$evidence')}
RETURN ${entityProjection('n')} AS entity`;

function linkProjection(variable: string): string {
  return `${variable} {.*, type: type(${variable}), fromId: startNode(${variable}).id, toId: endNode(${variable}).id}`;
}

/** `$type` is a RelationType enum value. */
export const LINK_ENTITIES = `
MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
OPTIONAL MATCH (a)-[existing:$($type)]->(b)
WITH a, b, existing IS NULL AS created
MERGE (a)-[r:$($type)]->(b)
ON CREATE SET r.id = a.id + ':' + $type + ':' + b.id, r.createdAt = datetime(), r.createdBy = $by
SET r += $properties, r.updatedAt = datetime(), r.updatedBy = $by
${appendEvidence('r', '$evidence', ['created'])}
RETURN ${linkProjection('r')} AS link, created`;

export const UNLINK_ENTITIES = `
MATCH (:${ENTITY_LABEL} {id: $from})-[r]->(:${ENTITY_LABEL} {id: $to})
WHERE type(r) = $type
WITH r, ${linkProjection('r')} AS link
DELETE r
RETURN link`;

/**
 * Re-attaches the relationships of `$duplicate` (except those to the kept entity or to the other
 * duplicates) to `$keep`: merged into a relationship of the same type and direction where one
 * exists (the kept one's properties win, evidence is unioned), created otherwise.
 */
export const MOVE_RELATIONSHIPS = `
MATCH (keep:${ENTITY_LABEL} {id: $keep}), (dup:${ENTITY_LABEL} {id: $duplicate})
MATCH (dup)-[old]-(other:${ENTITY_LABEL})
WHERE other <> keep AND NOT other.id IN $duplicates
WITH keep, old, other, type(old) AS type, properties(old) AS moved, startNode(old) = dup AS outgoing
WITH old, type, moved, CASE WHEN outgoing THEN keep ELSE other END AS a, CASE WHEN outgoing THEN other ELSE keep END AS b
MERGE (a)-[r:$(type)]->(b)
WITH old, r, a, b, type, moved, properties(r) AS kept, ${storedEvidence('old')} AS evidence
SET r += moved
SET r += kept
SET r.id = a.id + ':' + type + ':' + b.id, r.updatedAt = datetime(), r.updatedBy = $by
${appendEvidence('r', 'evidence', ['old'])}
DELETE old
RETURN count(*) AS moved`;

/**
 * Folds `$duplicate` into `$keep`: its name and aliases become aliases, its evidence and the evidence of
 * its links to the kept entity or other duplicates (which would become self-links) join the kept
 * entity's, properties the kept one lacks are filled in (`$fillable`: the type's allow-list), and the
 * duplicate is removed.
 */
export const FOLD_DUPLICATE = `
MATCH (keep:${ENTITY_LABEL} {id: $keep}), (dup:${ENTITY_LABEL} {id: $duplicate})
OPTIONAL MATCH (dup)-[inner]-(x:${ENTITY_LABEL}) WHERE x = keep OR x.id IN $duplicates
WITH keep, dup, collect(inner) AS inners
WITH keep, dup, [dup.name] + coalesce(dup.aliases, []) AS names,
     ${storedEvidence('dup')} + reduce(acc = [], link IN inners | acc + ${storedEvidence('link')}) AS evidence
FOREACH (key IN $fillable | SET keep[key] = coalesce(keep[key], dup[key]))
SET keep.aliases = reduce(acc = coalesce(keep.aliases, []), alias IN names | CASE WHEN alias IN acc OR alias = keep.name THEN acc ELSE acc + alias END),
    keep.mergedIds = coalesce(keep.mergedIds, []) + dup.id,
    keep.updatedAt = datetime(), keep.updatedBy = $by
${appendEvidence('keep', 'evidence', ['dup'])}
DETACH DELETE dup
RETURN count(*) AS folded`;

export const ENTITY_BY_ID = `MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN ${entityProjection('n')} AS entity`;

function entityOf(rows: Row[]): EntityRecord {
  return toEntityRecord(rows[0].entity as Record<string, unknown>);
}

function toLink(raw: Record<string, unknown>, created: boolean): Link {
  return {
    id: raw.id as string,
    type: raw.type as RelationType,
    fromId: raw.fromId as string,
    toId: raw.toId as string,
    role: (raw.role as string | null) ?? null,
    activity: (raw.activity as string | null) ?? null,
    countryCount: (raw.countryCount as number | null) ?? null,
    scope: (raw.scope as string | null) ?? null,
    evidence: toEvidence(raw),
    created,
    createdBy: (raw.createdBy as string | null) ?? null,
    createdAt: (raw.createdAt as string | null) ?? null,
    updatedBy: (raw.updatedBy as string | null) ?? null,
    updatedAt: (raw.updatedAt as string | null) ?? null,
  };
}

/** Every quote must name a stored source and occur in its text verbatim. */
async function checkEvidence(tx: WriteTransaction, evidence: EvidenceInput[], argument: string): Promise<void> {
  if (evidence.length === 0) return;
  const rows = await tx.run(CHECK_EVIDENCE, { evidence: evidence.map(({ sourceId, quote }) => ({ sourceId, quote })) });
  rows.forEach((row, index) => {
    if (!row.sourceExists) throw notFound('source', row.sourceId as string);
    if (!row.verbatim) {
      throw new GraphQLError(`Invalid argument "${argument}[${index}].quote": it does not occur verbatim in source "${row.sourceId as string}"`, {
        extensions: { code: CurationCode.EVIDENCE_NOT_IN_SOURCE, argument: `${argument}[${index}].quote`, sourceId: row.sourceId },
      });
    }
  });
}

/** The types of the entities named by `ids`; NOT_FOUND for the first that does not exist. */
async function entityTypes(tx: WriteTransaction, ids: string[]): Promise<Map<string, EntityType>> {
  const rows = await tx.run(ENTITY_TYPES_BY_ID, { ids });
  const missing = rows.find((row) => row.type === null);
  if (missing) throw notFound('entity', missing.id as string);
  return new Map(rows.map((row) => [row.id as string, row.type as EntityType]));
}

function evidenceParams(evidence: EvidenceInput[]) {
  return evidence.map(({ sourceId, quote }) => ({ sourceId, quote }));
}

export async function createEntity(tx: ChangeTransaction, input: CreateEntityInput, by: string): Promise<EntityRecord> {
  await tx.touch({ entities: [input.id] });
  const [existing] = await tx.run(ENTITY_TYPES_BY_ID, { ids: [input.id] });
  if (existing.type !== null) {
    throw new GraphQLError(`An entity with id "${input.id}" already exists`, { extensions: { code: CurationCode.CONFLICT, id: input.id } });
  }
  await checkEvidence(tx, input.evidence, 'input.evidence');
  const entity = {
    id: input.id,
    name: input.name,
    kind: input.kind,
    aliases: [...new Set(input.aliases.filter((alias) => alias !== input.name))],
    properties: storedProperties(input.properties ?? {}, ENTITY_PROPERTIES[input.type]),
  };
  return entityOf(await tx.run(CREATE_ENTITY, { type: input.type, entity, evidence: evidenceParams(input.evidence), by }));
}

export async function updateEntity(tx: ChangeTransaction, id: string, input: UpdateEntityInput, by: string): Promise<EntityRecord> {
  await tx.touch({ entities: [id] });
  const type = (await entityTypes(tx, [id])).get(id)!;
  if (input.kind !== undefined && !Object.values(KINDS_BY_TYPE[type]).includes(input.kind)) {
    throw badUserInput('input.kind', `"${input.kind}" is not a kind of ${type} (allowed: ${Object.values(KINDS_BY_TYPE[type]).join(', ')})`);
  }
  const allowed = ENTITY_PROPERTIES[type];
  const properties = input.properties ?? {};
  const removed = Object.keys(properties).filter((key) => properties[key] === null);
  const set = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null));
  const unknownRemoved = removed.find((key) => !(key in allowed));
  const problem = unknownRemoved ? `has unknown property "${unknownRemoved}"` : propertiesProblem(set, allowed);
  if (problem) throw badUserInput('input.properties', problem);
  await checkEvidence(tx, input.evidence, 'input.evidence');
  // A null in a `SET n += map` removes the property.
  const changes: PropertyMap = { ...storedProperties(set, allowed), ...Object.fromEntries(removed.map((key) => [key, null])) };
  if (input.name !== undefined) changes.name = input.name;
  if (input.kind !== undefined) changes.kind = input.kind;
  return entityOf(await tx.run(UPDATE_ENTITY, { id, changes, evidence: evidenceParams(input.evidence), by }));
}

export async function addAliases(tx: ChangeTransaction, id: string, aliases: string[], evidence: EvidenceInput[], by: string): Promise<EntityRecord> {
  await tx.touch({ entities: [id] });
  await entityTypes(tx, [id]);
  await checkEvidence(tx, evidence, 'evidence');
  return entityOf(await tx.run(ADD_ALIASES, { id, aliases, evidence: evidenceParams(evidence), by }));
}

export async function linkEntities(tx: ChangeTransaction, input: LinkInput, by: string): Promise<Link> {
  if (input.from === input.to) throw badUserInput('input.to', 'an entity cannot be linked to itself');
  await tx.touch({ relationships: [{ from: input.from, type: input.type, to: input.to }] });
  await entityTypes(tx, [input.from, input.to]);
  await checkEvidence(tx, input.evidence, 'input.evidence');
  const properties = storedProperties(input.properties ?? {}, RELATION_PROPERTIES);
  const [row] = await tx.run(LINK_ENTITIES, { from: input.from, to: input.to, type: input.type, properties, evidence: evidenceParams(input.evidence), by });
  return toLink(row.link as Record<string, unknown>, row.created as boolean);
}

export async function unlinkEntities(tx: ChangeTransaction, from: string, type: RelationType, to: string): Promise<Link> {
  await tx.touch({ relationships: [{ from, type, to }] });
  await entityTypes(tx, [from, to]);
  const [row] = await tx.run(UNLINK_ENTITIES, { from, to, type });
  if (!row) throw notFound('relationship', `${from}:${type}:${to}`);
  return toLink(row.link as Record<string, unknown>, false);
}

export async function mergeEntities(tx: ChangeTransaction, keep: string, duplicates: string[], by: string) {
  if (duplicates.includes(keep)) throw badUserInput('duplicates', `must not include the kept entity "${keep}"`);
  if (new Set(duplicates).size !== duplicates.length) throw badUserInput('duplicates', 'must not repeat an id');
  const types = await entityTypes(tx, [keep, ...duplicates]);
  const other = duplicates.find((id) => types.get(id) !== types.get(keep));
  if (other) {
    throw new GraphQLError(`"${other}" is a ${types.get(other)} and "${keep}" a ${types.get(keep)}; only entities of one type can be merged`, {
      extensions: { code: CurationCode.TYPE_MISMATCH, id: other },
    });
  }
  await tx.touch({ entities: [keep, ...duplicates], relationshipsOf: [keep, ...duplicates] });
  let movedRelationships = 0;
  for (const duplicate of duplicates) {
    const [moved] = await tx.run(MOVE_RELATIONSHIPS, { keep, duplicate, duplicates, by });
    movedRelationships += moved.moved as number;
    await tx.run(FOLD_DUPLICATE, { keep, duplicate, duplicates, fillable: Object.keys(ENTITY_PROPERTIES[types.get(keep)!]), by });
  }
  return { kept: entityOf(await tx.run(ENTITY_BY_ID, { id: keep })), removedIds: duplicates, movedRelationships };
}
