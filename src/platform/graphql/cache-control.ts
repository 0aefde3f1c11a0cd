import {
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLInt,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** Seconds that entity data may be cached: it changes only when documents are imported. */
export const ENTITY_MAX_AGE = 300;

/** `@cacheControl`, as Apollo defines it (minus `scope`: everything here is public). */
export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: 'How long a response containing this type or field may be cached (Cache-Control max-age).',
  locations: [DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE, DirectiveLocation.FIELD_DEFINITION],
  args: {
    maxAge: { type: GraphQLInt },
    inheritMaxAge: { type: GraphQLBoolean },
  },
});

interface Hint {
  maxAge?: number;
  inheritMaxAge?: boolean;
}

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): Hint | undefined {
  const directive = directives?.find((candidate) => candidate.name.value === 'cacheControl');
  if (!directive) return undefined;
  const hint: Hint = {};
  for (const argument of directive.arguments ?? []) {
    if (argument.name.value === 'maxAge' && argument.value.kind === Kind.INT) hint.maxAge = Number(argument.value.value);
    if (argument.name.value === 'inheritMaxAge' && argument.value.kind === Kind.BOOLEAN) hint.inheritMaxAge = argument.value.value;
  }
  return hint;
}

/** A type's hint, or its interfaces' (so every entity type inherits the `Node` hint). */
function typeHint(type: GraphQLNamedType): Hint | undefined {
  const own = hintOf(type.astNode?.directives);
  if (own || !(isObjectType(type) || isInterfaceType(type))) return own;
  return type.getInterfaces().map((parent) => hintOf(parent.astNode?.directives)).find(Boolean);
}

function fieldMaxAge(field: GraphQLField<unknown, unknown>, isRoot: boolean): number | undefined {
  const returned = getNamedType(field.type);
  const hint = hintOf(field.astNode?.directives) ?? (isCompositeType(returned) ? typeHint(returned) : undefined);
  if (hint?.inheritMaxAge) return undefined;
  if (hint?.maxAge !== undefined) return hint.maxAge;
  // As in Apollo: an unhinted root field or object-valued field makes the response uncacheable;
  // scalar fields inherit their parent's age.
  return isRoot || isCompositeType(returned) ? 0 : undefined;
}

/**
 * The response's max-age in seconds, worked out once per document from the schema's hints, so
 * no per-field hook runs at request time. Introspection and `__typename` do not count.
 */
export function documentMaxAge(schema: GraphQLSchema, document: DocumentNode): number {
  const typeInfo = new TypeInfo(schema);
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  let maxAge = Number.POSITIVE_INFINITY;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value.startsWith('__')) return;
        const field = typeInfo.getFieldDef();
        if (!field) return;
        const age = fieldMaxAge(field, rootTypes.has(typeInfo.getParentType() as never));
        if (age !== undefined) maxAge = Math.min(maxAge, age);
      },
    }),
  );
  return Number.isFinite(maxAge) ? maxAge : 0;
}
