import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Query texts remembered as valid, by their total length: a bound on the memory the fast path holds. */
const MAX_KNOWN_QUERY_CHARACTERS = 4_000_000;

/** A context may carry the result of an execution already done (the fast path's), which Apollo then reports instead of executing again. */
export interface PrecomputedContext {
  precomputedResult?: ExecutionResult;
}

/**
 * The schema's operations compiled by graphql-jit, once per parsed document and operation, and the
 * query texts Apollo has parsed and validated, with their documents: a text seen valid once is valid
 * always (the schema and the validation rules are fixed), so the fast path may run it without Apollo.
 */
export class CompiledOperations {
  // Apollo keeps parsed documents in its document store and hands the same DocumentNode back for the same query.
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | undefined>>();
  private readonly known = new Map<string, DocumentNode>();
  private knownCharacters = 0;

  constructor(readonly schema: GraphQLSchema) {}

  compiledOperation(document: DocumentNode, operationName: string | null | undefined): CompiledQuery | undefined {
    let byName = this.compiled.get(document);
    if (!byName) {
      byName = new Map();
      this.compiled.set(document, byName);
    }
    const key = operationName ?? '';
    if (!byName.has(key)) {
      const result = compileQuery(this.schema, document, operationName ?? undefined, { useExperimentalPathBasedSkipInclude: true });
      byName.set(key, isCompiledQuery(result) ? result : undefined);
    }
    return byName.get(key);
  }

  /** Remembers that Apollo parsed and validated `query` as `document`. */
  remember(query: string, document: DocumentNode): void {
    if (this.known.has(query)) return;
    if (this.knownCharacters + query.length > MAX_KNOWN_QUERY_CHARACTERS) {
      this.known.clear();
      this.knownCharacters = 0;
    }
    this.known.set(query, document);
    this.knownCharacters += query.length;
  }

  /** The document of a query text Apollo validated, if it did. */
  knownDocument(query: string): DocumentNode | undefined {
    return this.known.get(query);
  }

  /**
   * Runs `operation` with graphql-jit, or answers undefined where graphql-js must: no compiled
   * operation, or variables that do not coerce (jit is stricter about variables, not filling in input
   * fields' defaults, and refuses them with no data before running anything).
   */
  async run(document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null | undefined, variables: Record<string, unknown>, context: unknown): Promise<ExecutionResult | undefined> {
    const compiledQuery = this.compiledOperation(document, operationName);
    if (!compiledQuery || getVariableValues(this.schema, operation.variableDefinitions ?? [], variables).errors) return undefined;
    const result = await compiledQuery.query(undefined, context, variables);
    if (!('data' in result)) return undefined;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  }
}

/**
 * Executes operations with graphql-jit instead of graphql-js: each operation of a parsed document is
 * compiled once into a function that walks the selection without graphql-js's per-field work
 * (argument values, type checks, promise bookkeeping). On the dashboard that halved the Node time
 * spent after the database answered. Apollo Server 4 and 5 take a custom executor only through their
 * gateway interface, so this is a gateway that serves our own schema.
 */
export function jitGateway(operations: CompiledOperations): Gateway {
  const { schema } = operations;
  const executor: Executor = async ({ document, source, operation, operationName, request, context }) => {
    if (operation) operations.remember(source, document);
    const precomputed = (context as PrecomputedContext).precomputedResult;
    if (precomputed) return precomputed;
    const result = operation && (await operations.run(document, operation, operationName, request.variables ?? {}, context));
    // graphql-js answers, in its own words, what jit refuses: no operation to run, variables that do not coerce.
    return result ?? execute({ schema, document, operationName: request.operationName, variableValues: request.variables, contextValue: context });
  };

  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: async () => {},
  };
}

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js gives `{}`, which Apollo's error
 * formatting reads unguarded; this rebuilds each as graphql-js would have located it.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const located = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  (located as { locations: GraphQLError['locations'] }).locations = error.locations;
  return located;
}
