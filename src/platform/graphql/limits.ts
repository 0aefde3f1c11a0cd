import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './page-size';

/** Request limits in the spirit of graphql-armor; each refusal has its own code and names its limit. */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** How many objects a query may ask for at most, multiplying list sizes (`first`) down the tree. */
  maxCost: number;
  maxBodyBytes: number;
  /** 0: batched requests are refused. */
  maxBatchSize: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 15,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 2000,
  maxCost: 250_000,
  maxBodyBytes: 1_000_000,
  maxBatchSize: 0,
};

export enum LimitCode {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  BATCH_TOO_LARGE = 'BATCH_TOO_LARGE',
  BATCHING_DISABLED = 'BATCHING_DISABLED',
}

/**
 * A limit error. Apollo re-labels validation errors GRAPHQL_VALIDATION_FAILED, so the limit's
 * own code also rides in `extensions.limitCode`, which formatError turns back into the code.
 */
export function limitError(code: LimitCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limitCode: code, ...extensions, http: { status: 400 } } });
}

export type Fragments = Map<string, FragmentDefinitionNode>;

export function fragmentsOf(document: DocumentNode): Fragments {
  return new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
}

interface SelectedField {
  field: FieldNode;
  parentType: GraphQLNamedType | undefined;
}

/** The fields a selection set selects, with inline fragments and fragment spreads (each once per path) opened up. */
function selectedFields(
  selectionSet: SelectionSetNode | undefined,
  parentType: GraphQLNamedType | undefined,
  schema: GraphQLSchema | undefined,
  fragments: Fragments,
  spreading: ReadonlySet<string> = new Set(),
): SelectedField[] {
  return (selectionSet?.selections ?? []).flatMap((selection): SelectedField[] => {
    if (selection.kind === Kind.FIELD) return [{ field: selection, parentType }];
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema?.getType(selection.typeCondition.name.value) : parentType;
      return selectedFields(selection.selectionSet, type ?? undefined, schema, fragments, spreading);
    }
    const fragment = fragments.get(selection.name.value);
    if (!fragment || spreading.has(fragment.name.value)) return [];
    const type = schema?.getType(fragment.typeCondition.name.value) ?? undefined;
    return selectedFields(fragment.selectionSet, type, schema, fragments, new Set([...spreading, fragment.name.value]));
  });
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments): number {
  return selectedFields(selectionSet, undefined, undefined, fragments).reduce(
    (deepest, { field }) => Math.max(deepest, 1 + depthOf(field.selectionSet, fragments)),
    0,
  );
}

/** Validation rules for depth, aliases and directives: static, so Apollo runs them once per document. */
export function limitRules(limits: RequestLimits) {
  const depthRule = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const depth = depthOf(operation.selectionSet, fragmentsOf(context.getDocument()));
      if (depth > limits.maxDepth) {
        context.reportError(limitError(LimitCode.QUERY_TOO_DEEP, `Query depth ${depth} exceeds the maximum depth of ${limits.maxDepth}.`, { limit: limits.maxDepth }));
      }
    },
  });
  const aliasRule = (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(field: FieldNode) {
        if (field.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > limits.maxAliases) {
            context.reportError(limitError(LimitCode.TOO_MANY_ALIASES, `The query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, { limit: limits.maxAliases }));
          }
        },
      },
    };
  };
  const directiveRule = (context: ValidationContext): ASTVisitor => {
    let directives = 0;
    return {
      Directive() {
        directives += 1;
      },
      Document: {
        leave() {
          if (directives > limits.maxDirectives) {
            context.reportError(
              limitError(LimitCode.TOO_MANY_DIRECTIVES, `The query uses ${directives} directives; the limit is ${limits.maxDirectives}.`, { limit: limits.maxDirectives }),
            );
          }
        },
      },
    };
  };
  return [depthRule, aliasRule, directiveRule];
}

function intArgument(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const variable = variables[value.name.value];
    return typeof variable === 'number' ? variable : undefined;
  }
  return undefined;
}

/**
 * How many objects the operation may return at most: every object-valued field counts once per
 * parent object, and a field with `first` or `limit` multiplies what lies below it (a connection
 * without `first` counts its default page).
 */
export function operationCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Fragments, variables: Record<string, unknown>): number {
  const costOf = (selectionSet: SelectionSetNode | undefined, parentType: GraphQLNamedType | undefined, multiplier: number): number =>
    selectedFields(selectionSet, parentType, schema, fragments).reduce((total, { field, parentType: owner }) => {
      const definition = owner && (isObjectType(owner) || isInterfaceType(owner)) ? owner.getFields()[field.name.value] : undefined;
      if (!definition) return total;
      const type = getNamedType(definition.type);
      if (!isCompositeType(type)) return total;
      const size =
        ['first', 'limit'].map((name) => intArgument(field.arguments?.find((argument) => argument.name.value === name)?.value, variables)).find((value) => value !== undefined) ??
        (definition.args.some((argument) => argument.name === 'first') ? DEFAULT_PAGE_SIZE : 1);
      return total + multiplier + costOf(field.selectionSet, type, multiplier * size);
    }, 0);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return costOf(operation.selectionSet, root ?? undefined, 1);
}

