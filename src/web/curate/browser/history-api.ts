/** What the History view asks the API: the change log, one change with its items, revertChange, the sources and retractSource. */
import { GraphQLRequestError, messageOf } from '../../assets/browser/page';
import { editorGraphql } from './curation';

export interface ChangeSummary {
  id: string;
  version: number;
  at: string;
  by: string;
  operation: string;
  summary: string;
  entityIds: string[];
  sourceIds: string[];
  revertOf: string | null;
  revertedBy: string | null;
  revertible: boolean;
}

export interface ChangedItem {
  kind: 'ENTITY' | 'SOURCE' | 'CONFLICT' | 'RELATIONSHIP';
  id: string;
  type: string | null;
  action: 'CREATED' | 'UPDATED' | 'DELETED';
  changedProperties: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ChangePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: ChangeSummary[];
}

export interface SourceChoice {
  id: string;
  title: string;
  publishedOn: string;
}

interface RetractedFact {
  id: string;
  otherSourceIds: string[];
}

export interface RetractionReport {
  sourceId: string;
  dryRun: boolean;
  applied: boolean;
  change: ChangeSummary | null;
  lostEntities: (RetractedFact & { name: string; type: string })[];
  keptEntities: (RetractedFact & { name: string; type: string })[];
  lostRelationships: (RetractedFact & { from: string; type: string; to: string })[];
  keptRelationships: (RetractedFact & { from: string; type: string; to: string })[];
  removedConflictIds: string[];
  brokenPaths: { fromId: string; fromName: string; toId: string; toName: string; hopsBefore: number; hopsAfter: number | null }[];
  statistics: { key: string; before: number; after: number }[];
}

/** A refused write: the message, its code, and the later changes a revert waits on. */
export interface Refusal {
  code: string | undefined;
  message: string;
  dependents: string[];
}

const CHANGE = 'id version at by operation summary entityIds sourceIds revertOf revertedBy revertible';
const PAGE = `totalCount pageInfo { hasNextPage endCursor } nodes { ${CHANGE} }`;
const CHANGES = `query Changes($first: Int!, $after: String) { changes(first: $first, after: $after) { ${PAGE} } }`;
const HISTORY = `query History($id: ID!, $first: Int!, $after: String) { history(id: $id, first: $first, after: $after) { ${PAGE} } }`;
const ONE_CHANGE = `query Change($id: ID!) { change(id: $id) { ${CHANGE} } }`;
const ITEMS = `query ChangeItems($id: ID!) { change(id: $id) { id items { kind id type action changedProperties before after } } }`;
const REVERT = `mutation Revert($id: ID!) { revertChange(id: $id) { ${CHANGE} } }`;
const SOURCES = 'query Sources { sources(first: 1000) { id title publishedOn } }';
const FACT = 'id otherSourceIds';
const RETRACT = `mutation Retract($id: ID!, $dryRun: Boolean!) {
  retractSource(id: $id, dryRun: $dryRun) {
    sourceId dryRun applied change { ${CHANGE} }
    lostEntities { ${FACT} name type } keptEntities { ${FACT} name type }
    lostRelationships { ${FACT} from type to } keptRelationships { ${FACT} from type to }
    removedConflictIds brokenPaths { fromId fromName toId toName hopsBefore hopsAfter } statistics { key before after }
  }
}`;

/** The page size of the list; "Load more" asks for the next one. */
export const PAGE_SIZE = 20;

/** A page of the change log, newest first: every change, or those that touched `filter` (an entity or source id). */
export async function loadChanges(filter: string, after: string | null): Promise<ChangePage> {
  if (!filter) return (await editorGraphql<{ changes: ChangePage }>(CHANGES, { first: PAGE_SIZE, after })).changes;
  return (await editorGraphql<{ history: ChangePage }>(HISTORY, { id: filter, first: PAGE_SIZE, after })).history;
}

export async function loadChange(id: string): Promise<ChangeSummary | null> {
  return (await editorGraphql<{ change: ChangeSummary | null }>(ONE_CHANGE, { id })).change;
}

export async function loadItems(id: string): Promise<ChangedItem[]> {
  return (await editorGraphql<{ change: { items: ChangedItem[] } | null }>(ITEMS, { id })).change?.items ?? [];
}

export async function revert(id: string): Promise<ChangeSummary> {
  return (await editorGraphql<{ revertChange: ChangeSummary }>(REVERT, { id })).revertChange;
}

export async function loadSources(): Promise<SourceChoice[]> {
  return (await editorGraphql<{ sources: SourceChoice[] }>(SOURCES, {})).sources;
}

export async function retract(id: string, dryRun: boolean): Promise<RetractionReport> {
  return (await editorGraphql<{ retractSource: RetractionReport }>(RETRACT, { id, dryRun })).retractSource;
}

/** What was thrown, as a refusal the page can explain. */
export function refusalOf(error: unknown): Refusal {
  const extensions = error instanceof GraphQLRequestError ? error.extensions : {};
  const dependents = Array.isArray(extensions.dependents) ? extensions.dependents.map(String) : [];
  return { code: typeof extensions.code === 'string' ? extensions.code : undefined, message: messageOf(error), dependents };
}
