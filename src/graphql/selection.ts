import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The names of the fields selected directly in `selectionSet`, through fragments and inline fragments. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info);
    return fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
  });
}

function childFields(fields: FieldNode[], name: string, info: GraphQLResolveInfo): FieldNode[] {
  return fields.filter((field) => field.name.value === name).flatMap((field) => fieldsOf(field.selectionSet, info));
}

/** What a relationship field's query asks of the entities at the other end, and of the relationships. */
export interface RelatedSelection {
  nodeFields: Set<string>;
  edgeFields: Set<string>;
}

/**
 * For a connection field (`nodes { … }`, `edges { node { … } … }`) or, with `single`, a field that
 * returns the entity itself: which fields are asked for, so the loader reads only those properties.
 */
export function relatedSelection(info: GraphQLResolveInfo, single = false): RelatedSelection {
  const top = info.fieldNodes.flatMap((node) => fieldsOf(node.selectionSet, info));
  if (single) return { nodeFields: new Set(top.map((field) => field.name.value)), edgeFields: new Set() };
  const edges = childFields(top, 'edges', info);
  const nodes = [...childFields(top, 'nodes', info), ...childFields(edges, 'node', info)];
  return { nodeFields: new Set(nodes.map((field) => field.name.value)), edgeFields: new Set(edges.map((field) => field.name.value)) };
}
