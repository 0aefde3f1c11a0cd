import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, type GraphQLResolveInfo, type SelectionNode, type SelectionSetNode } from 'graphql';
import { projectionOf } from '../entity/relation.repository';
import type { PathProjection } from './path.repository';

function included(selection: SelectionNode, info: GraphQLResolveInfo): boolean {
  return (
    getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues)?.if !== false
  );
}

function collect(selectionSet: SelectionSetNode | undefined, prefix: string, info: GraphQLResolveInfo, into: Set<string>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (!included(selection, info)) continue;
    if (selection.kind === Kind.FIELD) {
      const path = `${prefix}${selection.name.value}`;
      into.add(path);
      collect(selection.selectionSet, `${path}.`, info, into);
    } else {
      collect(selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet, prefix, info, into);
    }
  }
}

/** Every field selected under the resolved field, as dotted paths ("steps.evidence.source"), through fragments of any type. */
export function selectedFieldPaths(info: GraphQLResolveInfo): Set<string> {
  const into = new Set<string>();
  for (const node of info.fieldNodes) collect(node.selectionSet, '', info, into);
  return into;
}

const ENTITY_FIELDS = ['nodes', 'steps.from', 'steps.to'];

/**
 * What a `paths` query reads: the entity and relationship properties it selects, what the explanation
 * needs (names, whether the subject is collective, the role, the first quote and its source's label),
 * and every field of the evidence's sources only when a `source` is selected.
 */
export function pathProjection(info: GraphQLResolveInfo): PathProjection {
  const selected = selectedFieldPaths(info);
  const childrenOf = (parents: string[]) => new Set([...selected].flatMap((path) => parents.filter((parent) => path.startsWith(`${parent}.`)).map((parent) => path.slice(parent.length + 1).split('.')[0])));
  const explained = selected.has('steps.explanation');
  const nodeFields = childrenOf(ENTITY_FIELDS);
  const edgeFields = childrenOf(['steps']);
  if (explained) {
    nodeFields.add('collective');
    edgeFields.add('role').add('evidence');
  }
  const sourceSelected = ['steps.evidence', ...ENTITY_FIELDS.map((parent) => `${parent}.evidence`)].some((evidence) => selected.has(`${evidence}.source`));
  return { ...projectionOf({ nodeFields, edgeFields }), sources: sourceSelected ? 'full' : explained ? 'label' : 'none' };
}
