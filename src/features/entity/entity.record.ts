import { ENTITY_LABEL, type EntityType, type RelationType } from '../../engine/model/model';
import type { QuantityQualifier } from '../../engine/model/properties';
import type { Direction } from '../../engine/model/enums';
import type { Evidence } from './entity.type';

/** An entity as repositories hand it to resolvers: stored properties plus its type and evidence. */
export interface EntityRecord {
  id: string;
  name: string;
  aliases: string[];
  type: EntityType;
  kind: string;
  collective: boolean;
  count: number | null;
  countQualifier: QuantityQualifier | null;
  evidence: Evidence[];
  createdBy: string | null;
  createdAt: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  [property: string]: unknown;
}

/** A relationship seen from one of its ends. */
export interface RelationshipRecord {
  id: string;
  type: RelationType;
  direction: Direction.OUT | Direction.IN;
  role: string | null;
  activity: string | null;
  countryCount: number | null;
  scope: string | null;
  evidence: Evidence[];
}

function typeOf(variable: string): string {
  return `type: head([label IN labels(${variable}) WHERE label <> '${ENTITY_LABEL}'])`;
}

/** Projects node `variable` into a map with its entity type, for `toEntityRecord`. */
export function entityProjection(variable: string): string {
  return `${variable} {.*, ${typeOf(variable)}}`;
}

/** Projects relationship `variable` into a map with its type and whether it starts at `from`. */
export function relationshipProjection(variable: string, from: string): string {
  return `${variable} {.*, type: type(${variable}), outgoing: startNode(${variable}) = ${from}}`;
}

export interface StoredEvidence {
  evidenceSourceIds?: string[] | null;
  evidenceQuotes?: string[] | null;
}

export function toEvidence(stored: StoredEvidence): Evidence[] {
  const sourceIds = stored.evidenceSourceIds ?? [];
  return (stored.evidenceQuotes ?? []).map((quote, index) => ({ sourceId: sourceIds[index], quote }));
}

/** How many distinct sources `evidence` cites: 1 for a fact one document states, 2 or more when corroborated. */
export function countSources(evidence: readonly Evidence[]): number {
  return new Set(evidence.map((item) => item.sourceId)).size;
}

export function toEntityRecord(raw: Record<string, unknown>): EntityRecord {
  const { evidenceSourceIds, evidenceQuotes, ...properties } = raw as Record<string, unknown> & StoredEvidence;
  return {
    ...properties,
    id: raw.id as string,
    name: raw.name as string,
    aliases: (raw.aliases as string[] | null) ?? [],
    type: raw.type as EntityType,
    kind: raw.kind as string,
    collective: (raw.collective as boolean | null) ?? false,
    count: (raw.count as number | null) ?? null,
    countQualifier: (raw.countQualifier as QuantityQualifier | null) ?? null,
    evidence: toEvidence({ evidenceSourceIds, evidenceQuotes }),
    createdBy: (raw.createdBy as string | null) ?? null,
    createdAt: (raw.createdAt as string | null) ?? null,
    updatedBy: (raw.updatedBy as string | null) ?? null,
    updatedAt: (raw.updatedAt as string | null) ?? null,
  };
}

export function toRelationshipRecord(raw: Record<string, unknown>): RelationshipRecord {
  return {
    id: raw.id as string,
    type: raw.type as RelationType,
    direction: (raw.outgoing ? 'OUT' : 'IN') as Direction.OUT | Direction.IN,
    role: (raw.role as string | null) ?? null,
    activity: (raw.activity as string | null) ?? null,
    countryCount: (raw.countryCount as number | null) ?? null,
    scope: (raw.scope as string | null) ?? null,
    evidence: toEvidence(raw as StoredEvidence),
  };
}
