import { createHash } from 'node:crypto';
import { ConflictKind } from './conflict.type';

/** A piece of evidence as the import and the graph hold it. */
export interface ConflictEvidence {
  sourceId: string;
  quote: string;
}

/** A conflict as the import records it (values as JSON text, so any property type round-trips). */
export interface ConflictRow {
  id: string;
  kind: ConflictKind;
  entityId: string;
  relationshipId: string | null;
  relationType: string | null;
  property: string | null;
  graphValue: string;
  graphSourceId: string | null;
  graphQuote: string | null;
  statedValue: string;
  statedSourceId: string;
  statedQuote: string;
  /** For a relation: the stated relationship's properties (JSON), for a settlement that keeps it. */
  statedProperties: string | null;
}

/** What a conflict is about and what the source states: the same statement imported again is the same conflict. */
export type ConflictSubject = Pick<ConflictRow, 'kind' | 'entityId' | 'relationshipId' | 'relationType' | 'property'>;

export function conflictId(subject: ConflictSubject, statedValue: string, statedSourceId: string): string {
  const parts = [subject.kind, subject.entityId, subject.relationshipId, subject.relationType, subject.property, statedValue, statedSourceId];
  return `conflict-${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 20)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How a text may write `value`: a number with or without thousands separators, a date by its month and day. */
function writtenForms(value: unknown): string[] {
  if (typeof value === 'number') return [String(value), value.toLocaleString('en-US')];
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [, month, day] = value.split('-').map(Number);
    return [value, `${MONTHS[month - 1]} ${day}`, `${day} ${MONTHS[month - 1]}`];
  }
  return typeof value === 'string' ? [value] : [];
}

/**
 * The quote that states `value`: the first whose text writes it (evidence is kept per entity, not per
 * property), else the first quote there is.
 */
export function quoteStating(value: unknown, evidence: readonly ConflictEvidence[]): ConflictEvidence | undefined {
  const forms = writtenForms(value);
  return evidence.find((item) => forms.some((form) => new RegExp(`(^|\\D)${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\D|$)`).test(item.quote))) ?? evidence[0];
}

/** A stored value as a conflict shows it: strings as they are, anything else as JSON. */
export function valueText(json: string): string {
  const value: unknown = JSON.parse(json);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
