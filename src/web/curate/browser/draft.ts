/** A proposed document as `proposeDocument` answers it, and the curator's decisions on it. */

export interface Span {
  start: number;
  end: number;
}

export type EntityStatus = 'NEW' | 'LINKED' | 'AMBIGUOUS';

/** An entity of the graph a name may mean. */
export interface EntityOption {
  id: string;
  name: string;
  type: string;
  kind: string;
  matchedBy: string;
}

export interface DraftEntity {
  id: string;
  status: EntityStatus;
  type: string;
  kind: string;
  name: string;
  confidence: number;
  reason: string;
  properties: Record<string, unknown> | null;
  quotes: string[];
  mentions: Span[];
  options: EntityOption[];
  aliases: { alias: string; quote: string; confidence: number; reason: string; span: Span }[];
}

export interface DraftRelation {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown> | null;
  quote: string;
  confidence: number;
  reason: string;
  span: Span;
}

interface Measure {
  text: string;
  entityId: string | null;
  property: string | null;
  confidence: number;
  reason: string;
  span: Span;
}

export interface DraftQuantity extends Measure {
  qualifier: string;
  value: number;
}

export interface DraftDate extends Measure {
  date: string;
  endDate: string | null;
}

/** The source fields the draft read or was given (as proposeDocument answers them). */
export type DraftSource = Record<'id' | 'title' | 'publisher' | 'place' | 'publishedOn' | 'file', string> & { url: string | null };

export interface Draft {
  source: DraftSource;
  missing: string[];
  problems: string[];
  /** The draft as YAML. */
  document: string;
  entities: DraftEntity[];
  relations: DraftRelation[];
  quantities: DraftQuantity[];
  dates: DraftDate[];
}

/** Undefined `accepted`: not decided yet. The other fields are the curator's edits; `chosenId` an ambiguous name's entity. */
export interface EntityDecision {
  accepted?: boolean;
  name?: string;
  type?: string;
  kind?: string;
  chosenId?: string;
}

export interface RelationDecision {
  accepted?: boolean;
  type?: string;
}

export interface Decisions {
  entities: Record<string, EntityDecision>;
  /** By the relationship's index in the draft. */
  relations: Record<number, RelationDecision>;
}
