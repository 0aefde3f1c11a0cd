import { Kind, type OperationDefinitionNode } from 'graphql';
import { SLOT_UNITS } from './admission';

/** Objects a request may return per admission unit: a search or an entity page is one unit, a nested dashboard all of them. */
const OBJECTS_PER_UNIT = 1_000;
/**
 * Root fields whose database work does not follow the size of their answer (a depth-2 traversal
 * returns 200 entities after visiting 100,000; a count reads the whole graph): a whole place each.
 */
const DATABASE_HEAVY_ROOT_FIELDS = new Set(['neighbourhood', 'statistics', 'collaborationMatrix', 'cypher']);
/**
 * Root fields whose work is bounded elsewhere: a proposal spends seconds in the proposer's threads and
 * queue (PROPOSER_THREADS, PROPOSER_MAX_QUEUED) and one look-up in the database, so it takes one unit
 * and proposals in flight leave the places to reads.
 */
const POOLED_ROOT_FIELDS = new Set(['proposeDocument']);

/**
 * How many admission units an operation takes, from `cost`, the objects it may return (the estimate
 * MAX_QUERY_COST limits, computed once per request). What the cost does not describe (a mutation, a
 * root fragment, a database-heavy root field) takes a whole place.
 */
export function operationUnits(operation: OperationDefinitionNode, cost: number): number {
  if (operation.operation !== 'query') return SLOT_UNITS;
  const roots = operation.selectionSet.selections;
  if (roots.some((selection) => selection.kind !== Kind.FIELD || DATABASE_HEAVY_ROOT_FIELDS.has(selection.name.value))) return SLOT_UNITS;
  if (roots.every((selection) => selection.kind === Kind.FIELD && POOLED_ROOT_FIELDS.has(selection.name.value))) return 1;
  return Math.min(SLOT_UNITS, Math.max(1, Math.ceil(cost / OBJECTS_PER_UNIT)));
}
