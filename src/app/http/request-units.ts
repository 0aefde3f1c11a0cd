import { Kind, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { fragmentsOf, operationCost } from '../../platform/graphql/limits';
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
/** Parsed documents kept by their text; dashboards send the same few queries again and again. */
const CACHED_DOCUMENTS = 500;

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/**
 * How many admission units a GraphQL request takes, from the objects its operation may return (the
 * cost MAX_QUERY_COST limits). Anything that cannot be weighed so before Apollo runs it (a mutation, a
 * batch, a persisted-query hash, a document that does not parse, a root fragment, a database-heavy
 * root field) takes a whole place.
 */
export function requestUnits(schema: GraphQLSchema, maxTokens: number): (body: unknown, url: URL) => number {
  const documents = new Map<string, DocumentNode | undefined>();

  function documentOf(text: string): DocumentNode | undefined {
    if (documents.has(text)) return documents.get(text);
    let document: DocumentNode | undefined;
    try {
      document = parse(text, { maxTokens });
    } catch {
      document = undefined;
    }
    if (documents.size >= CACHED_DOCUMENTS) documents.clear();
    documents.set(text, document);
    return document;
  }

  return (body, url) => {
    const request: GraphQLBody = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : Array.isArray(body) ? {} : graphqlGetRequest(url);
    if (typeof request.query !== 'string') return SLOT_UNITS;
    const document = documentOf(request.query);
    const operations = document?.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION) ?? [];
    const operation = typeof request.operationName === 'string' ? operations.find((candidate) => candidate.name?.value === request.operationName) : operations.length === 1 ? operations[0] : undefined;
    if (!document || !operation || operation.operation !== 'query') return SLOT_UNITS;
    if (operation.selectionSet.selections.some((selection) => selection.kind !== Kind.FIELD || DATABASE_HEAVY_ROOT_FIELDS.has(selection.name.value))) return SLOT_UNITS;
    if (operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && POOLED_ROOT_FIELDS.has(selection.name.value))) return 1;
    const variables = request.variables !== null && typeof request.variables === 'object' ? (request.variables as Record<string, unknown>) : {};
    const cost = operationCost(schema, operation, fragmentsOf(document), variables);
    return Math.min(SLOT_UNITS, Math.max(1, Math.ceil(cost / OBJECTS_PER_UNIT)));
  };
}

/** A GET request's query, operation name and variables, from its URL. */
function graphqlGetRequest(url: URL): GraphQLBody {
  let variables: unknown;
  try {
    variables = JSON.parse(url.searchParams.get('variables') ?? 'null');
  } catch {
    variables = undefined;
  }
  return { query: url.searchParams.get('query') ?? undefined, operationName: url.searchParams.get('operationName') ?? undefined, variables };
}
