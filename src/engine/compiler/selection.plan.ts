import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { Direction } from '../model/enums';
import { isEntityType, type EntityType } from '../model/model';
import { ENTITY_PROPERTY_NAMES, RELATION_FIELDS, RELATION_PROPERTY_NAMES, type RelationSpec } from '../model/relations';

/**
 * What one request asks of the graph below a root field, worked out from the operation's AST the way
 * graphql-js collects fields (fragments, type conditions, `@skip`/`@include`), so the compiler can read
 * all of it in one statement. Names in a plan come from the schema and the model's allow-lists only.
 */

/** The parts of a request a plan is built from: the operation's fragments and variable values. */
export interface PlanContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

export const SOURCE_PROPERTY_NAMES = new Set(['id', 'title', 'publisher', 'place', 'publishedOn', 'file', 'url', 'text']);

/** When a fact was first and last stated: computed from its evidence's sources when selected. */
export type StatedField = 'firstStated' | 'lastStated';
const STATED_FIELDS: readonly StatedField[] = ['firstStated', 'lastStated'];

function statedFields(names: Iterable<string>): StatedField[] {
  const selected = new Set(names);
  return STATED_FIELDS.filter((name) => selected.has(name));
}

/** Evidence is read when selected; its source document too when `source` is selected. */
export interface EvidencePlan {
  sourceProperties: string[] | undefined;
  /** Whether only the quotes are selected: then the source ids are not read at all. */
  quotesOnly: boolean;
}

export interface EntityPlan {
  /** The concrete entity types this position may hold. */
  types: readonly EntityType[];
  /** Whether `type` (or `__typename`) is selected; positions that may hold several types read it anyway. */
  type: boolean;
  properties: string[];
  evidence: EvidencePlan | undefined;
  stated: StatedField[];
  /** Whether `sourceCount` is selected: how many distinct sources its evidence cites. */
  sourceCount: boolean;
  relations: RelationPlan[];
}

export interface EdgePlan {
  /** Whether anything of the relationship itself is selected; when not, a page's rows are just its entities. */
  selected: boolean;
  properties: string[];
  type: boolean;
  direction: boolean;
  hops: boolean;
  evidence: EvidencePlan | undefined;
  stated: StatedField[];
  sourceCount: boolean;
}

/** The selected fields of a connection type (a list query's or a relationship field's). */
export interface ConnectionSelection {
  totalCount: boolean;
  /** Whether any of edges, nodes or pageInfo is selected: the page itself has to be read. */
  page: boolean;
  /** Which of the page's three views are selected: only those are built for the answer. */
  edges: boolean;
  nodes: boolean;
  pageInfo: boolean;
  /** Whether edges' cursors are selected. */
  cursors: boolean;
  node: EntityPlan;
  edge: EdgePlan;
}

/** A relationship field: read as a page (a connection) or, when `single`, as its first entity. */
export interface RelationPlan extends ConnectionSelection {
  /** The key its value has in the statement's result: `__r<n>`, a name no GraphQL field can have. */
  key: string;
  /** Where the client asked for it (its alias or name), as field resolvers see it in `info.path.key`. */
  responseKey: string;
  /** The parent types it is a field of. */
  parentTypes: readonly EntityType[];
  spec: RelationSpec;
  /** Whether the field has a `stated` date range argument: its relationships are filtered by it (a parameter). */
  statedRange: boolean;
  /** Whether the field has a `minSources` argument: its relationships are filtered by their source count (a parameter). */
  minSources: boolean;
  single: boolean;
  field: GraphQLField<unknown, unknown>;
  fieldNode: FieldNode;
}

type Collected = Map<string, FieldNode[]>;

function included(node: { directives?: readonly import('graphql').DirectiveNode[] }, context: PlanContext): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, context.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, context.variables);
  return include?.if !== false;
}

function applies(typeCondition: string | undefined, runtimeType: GraphQLObjectType, context: PlanContext): boolean {
  if (!typeCondition) return true;
  const conditional = context.schema.getType(typeCondition);
  if (!conditional) return false;
  if (conditional === runtimeType) return true;
  return isAbstractType(conditional) && context.schema.isSubType(conditional, runtimeType);
}

/** graphql-js's CollectFields: the fields selected on `runtimeType`, by response key. */
function collectFields(runtimeType: GraphQLObjectType, selectionSets: readonly SelectionSetNode[], context: PlanContext, into: Collected = new Map()): Collected {
  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet.selections) {
      if (!included(selection, context)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, runtimeType, context)) collectFields(runtimeType, [selection.selectionSet], context, into);
      } else {
        const fragment = context.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value, runtimeType, context)) collectFields(runtimeType, [fragment.selectionSet], context, into);
      }
    }
  }
  return into;
}

/** The fields selected below the root field on its (object) return type, by response key. */
export function selectedFields(info: GraphQLResolveInfo): Collected {
  const context = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  return collectFields(getNamedType(info.returnType) as GraphQLObjectType, subSelections(info.fieldNodes), context);
}

/**
 * The field nodes at `path` below the root field (through fragments, under any alias); `*` as the
 * last step takes every field there.
 */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  const context = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  let type = getNamedType(info.returnType);
  let nodes: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    if (!isObjectType(type)) return [];
    const fields = [...collectFields(type, subSelections(nodes), context).values()].flat();
    nodes = name === '*' ? fields : fields.filter((node) => node.name.value === name);
    if (nodes.length === 0 || name === '*') return nodes;
    type = getNamedType(type.getFields()[name].type);
  }
  return nodes;
}

/** Whether the field at `path` below the root field is selected (through fragments, under any alias). */
export function isSelected(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return fieldsAt(info, path).length > 0;
}

export function subSelections(fieldNodes: readonly FieldNode[]): SelectionSetNode[] {
  return fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

function objectType(context: PlanContext, name: string): GraphQLObjectType {
  const type = context.schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type of the schema`);
  return type;
}

/** The entity types a field of type `named` may hold: itself, or every entity type for `Node`. */
function entityTypesOf(named: GraphQLNamedType, context: PlanContext): EntityType[] {
  if (isEntityType(named.name)) return [named.name];
  if (isAbstractType(named)) return context.schema.getPossibleTypes(named).map((type) => type.name).filter(isEntityType);
  return [];
}

/** Numbers relation fields across a whole statement, so each has its own result key and parameters. */
export class RelationKeys {
  private next = 0;
  readonly all: RelationPlan[] = [];

  take(): string {
    return `__r${this.next++}`;
  }
}

/** Evidence fields that need nothing but the quotes. */
const QUOTE_FIELDS = new Set(['quote', '__typename']);

export function evidencePlan(fieldNodes: readonly FieldNode[], context: PlanContext): EvidencePlan {
  const fields = collectFields(objectType(context, 'Evidence'), subSelections(fieldNodes), context);
  const selected = [...fields.values()].flat();
  const quotesOnly = selected.every((node) => QUOTE_FIELDS.has(node.name.value));
  const sourceNodes = selected.filter((node) => node.name.value === 'source');
  if (sourceNodes.length === 0) return { sourceProperties: undefined, quotesOnly };
  const sourceFields = collectFields(objectType(context, 'Source'), subSelections(sourceNodes), context);
  const names = [...sourceFields.values()].flat().map((node) => node.name.value);
  return { sourceProperties: [...new Set(['id', ...names.filter((name) => SOURCE_PROPERTY_NAMES.has(name))])], quotesOnly };
}

/** Merges the evidence plans of fields read into one value (aliases of `evidence` share it). */
function mergeEvidence(plans: EvidencePlan[]): EvidencePlan | undefined {
  if (plans.length === 0) return undefined;
  const sources = plans.flatMap((plan) => plan.sourceProperties ?? []);
  return { sourceProperties: plans.some((plan) => plan.sourceProperties) ? [...new Set(sources)] : undefined, quotesOnly: plans.every((plan) => plan.quotesOnly) };
}

/** The relationship spec of field `name` on entity type `type`; `relationships` takes its spec from its arguments. */
function relationSpec(type: EntityType, field: GraphQLField<unknown, unknown>, fieldNode: FieldNode, context: PlanContext): RelationSpec | undefined {
  if (field.name === 'relationships') {
    const args = getArgumentValues(field, fieldNode, context.variables) as { types?: RelationSpec['types']; direction: Direction; nodeTypes?: EntityType[] };
    return { types: args.types ?? [], direction: args.direction, targets: args.nodeTypes ?? [] };
  }
  return RELATION_FIELDS[type][field.name];
}

/** What is selected of entities at a position that may hold `types`, from the selection sets asking. */
export function entityPlan(types: readonly EntityType[], selectionSets: readonly SelectionSetNode[], context: PlanContext, keys: RelationKeys): EntityPlan {
  const properties = new Set(['id', 'name']);
  let typeSelected = false;
  const evidence: EvidencePlan[] = [];
  const names = new Set<string>();
  const relations: RelationPlan[] = [];
  for (const type of types) {
    const runtimeType = objectType(context, type);
    const fieldDefs = runtimeType.getFields();
    for (const [responseKey, fieldNodes] of collectFields(runtimeType, selectionSets, context)) {
      const name = fieldNodes[0].name.value;
      if (name === 'type' || name === '__typename') typeSelected = true;
      const field = fieldDefs[name];
      if (!field) continue;
      names.add(name);
      if (name === 'evidence') evidence.push(evidencePlan(fieldNodes, context));
      else if (ENTITY_PROPERTY_NAMES.has(name)) properties.add(name);
      const spec = relationSpec(type, field, fieldNodes[0], context);
      if (!spec) continue;
      const same = relations.find((relation) => relation.responseKey === responseKey && relation.field.name === name && sameSpec(relation.spec, spec));
      if (same) {
        (same.parentTypes as EntityType[]).push(type);
        continue;
      }
      const named = getNamedType(field.type);
      const single = !named.name.endsWith('Connection');
      const selection = single
        ? { totalCount: false, page: true, edges: false, nodes: false, pageInfo: false, cursors: false, node: entityPlan(entityTypesOf(named, context), subSelections(fieldNodes), context, keys), edge: NO_EDGE }
        : connectionSelection(objectType(context, named.name), fieldNodes, context, keys);
      const hasArgument = (argumentName: string) => fieldNodes[0].arguments?.some((argument) => argument.name.value === argumentName) ?? false;
      const relation: RelationPlan = {
        key: keys.take(),
        responseKey,
        parentTypes: [type],
        spec,
        statedRange: hasArgument('stated'),
        minSources: hasArgument('minSources'),
        single,
        field,
        fieldNode: fieldNodes[0],
        ...selection,
      };
      keys.all.push(relation);
      relations.push(relation);
    }
  }
  return { types, type: typeSelected, properties: [...properties], evidence: mergeEvidence(evidence), stated: statedFields(names), sourceCount: names.has('sourceCount'), relations };
}

function sameSpec(a: RelationSpec, b: RelationSpec): boolean {
  return a.direction === b.direction && a.maxHops === b.maxHops && a.types.join() === b.types.join() && a.targets.join() === b.targets.join();
}

const NO_EDGE: EdgePlan = { selected: false, properties: [], type: false, direction: false, hops: false, evidence: undefined, stated: [], sourceCount: false };

/**
 * A connection's selection: `totalCount`, whether the page is read, and what of its entities (`nodes`
 * and `edges.node` merged, as they are the same objects) and of its edges.
 */
export function connectionSelection(connectionType: GraphQLObjectType, fieldNodes: readonly FieldNode[], context: PlanContext, keys: RelationKeys): ConnectionSelection {
  const fields = collectFields(connectionType, subSelections(fieldNodes), context);
  const all = [...fields.values()].flat();
  const named = (name: string) => all.filter((node) => node.name.value === name);
  const edgeType = objectType(context, getNamedType(connectionType.getFields().edges.type).name);
  const edgeFields = [...collectFields(edgeType, subSelections(named('edges')), context).values()].flat();
  const nodeSelections = [...subSelections(named('nodes')), ...subSelections(edgeFields.filter((node) => node.name.value === 'node'))];
  const nodeType = getNamedType(connectionType.getFields().nodes.type);
  const edgeNames = new Set(edgeFields.map((node) => node.name.value));
  const edgeEvidence = edgeFields.filter((node) => node.name.value === 'evidence');
  const edgeProperties = [...edgeNames].filter((name) => RELATION_PROPERTY_NAMES.has(name));
  const edgeStated = statedFields(edgeNames);
  const [edges, nodes, pageInfo] = ['edges', 'nodes', 'pageInfo'].map((name) => named(name).length > 0);
  return {
    totalCount: named('totalCount').length > 0,
    page: edges || nodes || pageInfo,
    edges,
    nodes,
    pageInfo,
    cursors: edgeNames.has('cursor'),
    node: entityPlan(entityTypesOf(nodeType, context), nodeSelections, context, keys),
    edge: {
      selected: edgeProperties.length + edgeEvidence.length + edgeStated.length > 0 || ['type', 'direction', 'hops', 'sourceCount'].some((name) => edgeNames.has(name)),
      properties: edgeProperties,
      type: edgeNames.has('type'),
      direction: edgeNames.has('direction'),
      hops: edgeNames.has('hops'),
      evidence: edgeEvidence.length > 0 ? evidencePlan(edgeEvidence, context) : undefined,
      stated: edgeStated,
      sourceCount: edgeNames.has('sourceCount'),
    },
  };
}

const STRUCTURAL_ARGUMENTS = new Set(['filter', 'orderBy', 'types', 'direction', 'nodeTypes']);

/**
 * The variables whose values change a statement's text rather than only its parameters: those of
 * `@skip`/`@include` and of arguments that pick labels, types, order or conditions. A compiled
 * statement is cached per root field node and the values of these.
 */
export function structuralVariables(fieldNode: FieldNode, fragments: Record<string, FragmentDefinitionNode>): string[] {
  const names = new Set<string>();
  const seen = new Set<string>();
  const inValue = (value: ValueNode) => {
    if (value.kind === Kind.VARIABLE) names.add(value.name.value);
    else if (value.kind === Kind.LIST) value.values.forEach(inValue);
    else if (value.kind === Kind.OBJECT) value.fields.forEach((field) => inValue(field.value));
  };
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      for (const directive of selection.directives ?? []) for (const argument of directive.arguments ?? []) inValue(argument.value);
      if (selection.kind === Kind.FIELD) {
        for (const argument of selection.arguments ?? []) if (STRUCTURAL_ARGUMENTS.has(argument.name.value)) inValue(argument.value);
        walk(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        walk(fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const argument of fieldNode.arguments ?? []) if (STRUCTURAL_ARGUMENTS.has(argument.name.value)) inValue(argument.value);
  walk(fieldNode.selectionSet);
  return [...names].sort();
}
