import { GraphQLError } from 'graphql';
import { Neo4jError, type ResultSummary } from 'neo4j-driver';
import { databaseErrorCode } from '../../platform/graphql/errors';
import { findCostlyExpression } from './cypher.cost';
import type { CypherLimits } from './cypher.limits';
import type { CypherTooDeepError, SyntaxNode } from './cypher.parser';

/** Why a researcher's query was refused; stable `extensions.code`s. */
export enum CypherRefusal {
  NOT_READ_ONLY = 'CYPHER_NOT_READ_ONLY',
  PROCEDURE_NOT_ALLOWED = 'CYPHER_PROCEDURE_NOT_ALLOWED',
  LOAD_CSV_NOT_ALLOWED = 'CYPHER_LOAD_CSV_NOT_ALLOWED',
  ADMIN_COMMAND_NOT_ALLOWED = 'CYPHER_ADMIN_COMMAND_NOT_ALLOWED',
  /** Neo4j could not plan or run it: syntax, semantics, a missing parameter, a runtime error. */
  INVALID = 'CYPHER_INVALID',
  /** A `range()` whose size cannot be bounded, or exceeds CYPHER_MAX_ITERATIONS, outside `UNWIND`. */
  RANGE_TOO_LARGE = 'CYPHER_RANGE_TOO_LARGE',
  /** An expression whose list iteration (reduce, comprehensions, list predicates, IN) may exceed CYPHER_MAX_ITERATIONS. */
  ITERATION_LIMIT = 'CYPHER_ITERATION_LIMIT',
  /** A list or string the query builds (concatenation, `replace`) that may exceed CYPHER_MAX_ITERATIONS elements. */
  LIST_TOO_LARGE = 'CYPHER_LIST_TOO_LARGE',
  /** Nested too deeply for the parser to follow. */
  TOO_COMPLEX = 'CYPHER_TOO_COMPLEX',
  /** The key, or the service, already runs as many researcher queries as allowed. */
  TOO_MANY_QUERIES = 'CYPHER_TOO_MANY_QUERIES',
}

/**
 * Read-only procedures that describe the graph or search it. Everything else — `dbms.*`, index and
 * transaction management, anything a plugin adds — is refused, even when Neo4j calls it a read.
 */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode): PlanNode[] {
  return [plan, ...plan.children.flatMap(operators)];
}

/** `ProcedureCall@neo4j` → `ProcedureCall`. */
function operatorName(operator: PlanNode): string {
  return operator.operatorType.split('@')[0];
}

/** The procedure a ProcedureCall operator calls, from its details (`db.labels() :: (label :: STRING)`). */
function procedureName(operator: PlanNode): string | undefined {
  return /^\s*([\w.]+)\s*\(/.exec(String(operator.arguments.Details ?? ''))?.[1];
}

function refuse(code: CypherRefusal, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * Decides from the query's EXPLAIN plan whether it may run: only pure reads (query type `r`), with no
 * LOAD CSV (it reads files and URLs), no SHOW/TERMINATE commands, and only allow-listed procedures.
 * The read transaction it then runs in is a second wall: Neo4j refuses writes there on its own.
 */
export function checkReadOnly(summary: ResultSummary): void {
  const plan = summary.plan === false ? undefined : (summary.plan as unknown as PlanNode);
  for (const operator of plan ? operators(plan) : []) {
    const name = operatorName(operator);
    if (name === 'LoadCSV') throw refuse(CypherRefusal.LOAD_CSV_NOT_ALLOWED, 'LOAD CSV is not allowed: queries may read only the graph.');
    if (/^Transaction(Apply|Foreach)$/.test(name)) throw refuse(CypherRefusal.INVALID, 'CALL { … } IN TRANSACTIONS needs its own transactions; queries here run in one read transaction.');
    if (/^(Show|Terminate)/.test(name)) throw refuse(CypherRefusal.ADMIN_COMMAND_NOT_ALLOWED, 'SHOW and TERMINATE commands are not allowed; ask the graph, not the server.');
    if (name === 'ProcedureCall') {
      const procedure = procedureName(operator);
      if (!procedure || !ALLOWED_PROCEDURES.has(procedure)) {
        throw refuse(
          CypherRefusal.PROCEDURE_NOT_ALLOWED,
          `Procedure ${procedure ?? '(unknown)'} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`,
        );
      }
    }
  }
  if (summary.queryType !== 'r') {
    throw refuse(CypherRefusal.NOT_READ_ONLY, `Only read-only queries may run here; this one is of type "${summary.queryType}" (it would write).`);
  }
}

const count = (value: number) => value.toLocaleString('en');

/**
 * Refuses a query whose expressions would make Neo4j walk lists it cannot stop walking: a `range()`
 * outside UNWIND that cannot be bounded or is too long, or nested list iteration (see cypher.cost.ts)
 * past `maxIterations` element visits per evaluation. UNWIND, MATCH and aggregation stop at the time limit by themselves.
 */
export function checkBoundedWork(tree: SyntaxNode, params: Record<string, unknown>, limits: Pick<CypherLimits, 'maxIterations'>): void {
  const costly = findCostlyExpression(tree, params, limits.maxIterations);
  if (!costly) return;
  const extensions = { construct: costly.construct, expression: costly.expression.slice(0, 300), limit: limits.maxIterations, estimate: Number.isFinite(costly.estimate) ? costly.estimate : null };
  if (costly.kind === 'unbounded-range') {
    const size = Number.isFinite(costly.estimate) ? `has ${count(costly.estimate)} elements` : 'has bounds that are not literals, parameters or size()';
    throw new GraphQLError(
      `This range() ${size}; outside UNWIND a range may have at most ${count(limits.maxIterations)} (CYPHER_MAX_ITERATIONS), because Neo4j walks such lists without checking its time limit. To make rows, use UNWIND range(…) AS x.`,
      { extensions: { code: CypherRefusal.RANGE_TOO_LARGE, ...extensions } },
    );
  }
  if (costly.kind === 'value-too-large') {
    throw new GraphQLError(
      `This ${costly.construct} may build a list or string of about ${count(costly.estimate)} elements or characters; the limit is ${count(limits.maxIterations)} (CYPHER_MAX_ITERATIONS), because Neo4j builds such values without checking its time or memory limits.`,
      { extensions: { code: CypherRefusal.LIST_TOO_LARGE, ...extensions } },
    );
  }
  const size = Number.isFinite(costly.estimate) ? `may visit about ${count(costly.estimate)} list elements` : 'grows its accumulator exponentially';
  throw new GraphQLError(
    `This ${costly.construct} ${size} in one evaluation; the limit is ${count(limits.maxIterations)} (CYPHER_MAX_ITERATIONS), because Neo4j does such work without checking its time limit. Iterate with UNWIND (rows are checked) or over smaller lists.`,
    { extensions: { code: CypherRefusal.ITERATION_LIMIT, ...extensions } },
  );
}

/** The parser's refusal of a query nested too deeply to analyse. */
export function tooComplex(error: CypherTooDeepError): GraphQLError {
  return refuse(CypherRefusal.TOO_COMPLEX, `The query is too deeply nested to run: ${error.message}. Flatten it, e.g. with WITH.`);
}

/**
 * Neo4j's own refusals of a researcher's query, in our codes. The researcher wrote the query, so
 * Neo4j's message is theirs to read; outages and timeouts keep their general codes.
 */
export function researcherQueryError(error: unknown): unknown {
  if (!(error instanceof Neo4jError) || databaseErrorCode(error) !== undefined) return error;
  if (error.code === 'Neo.ClientError.Statement.AccessMode') return refuse(CypherRefusal.NOT_READ_ONLY, 'Only read-only queries may run here.');
  // Neo4j files some failures of the query itself under DatabaseError (a shortest path from a node to itself).
  if (/^Neo\.ClientError\.(Statement|Procedure|Transaction|Schema)\.|^Neo\.DatabaseError\.Statement\.ExecutionFailed$/.test(error.code)) {
    return new GraphQLError(error.message, { extensions: { code: CypherRefusal.INVALID, neo4jCode: error.code } });
  }
  return error;
}
