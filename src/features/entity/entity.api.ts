import type { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Args, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ReturnTypeFunc } from 'type-graphql/build/typings/decorators/types';
import { ENTITY_TYPE_API, ENTITY_TYPES, KINDS_BY_TYPE, type EntityType } from '../../engine/model/model';
import { QuantityQualifier, TYPED_PROPERTIES, type PropertyKind } from '../../engine/model/properties';
import { RELATION_FIELDS, type RelationSpec } from '../../engine/model/relations';
import { ListConnection, RelationConnection } from './connection';
import { relatedConnectionResolver, resolveRelatedEntity } from './entity.connections';
import { EntityFilterInput, EntityListArgs, RelationPageArgs, RelationshipsArgs } from './entity.input';
import { EntityListResolver } from './entity.resolver';
import { Node } from './entity.type';

/**
 * The entity API, generated from the model (`engine/model/model.ts`, `engine/model/properties.ts`,
 * `engine/model/relations.ts`) as `@neo4j/graphql` generates one from type definitions: per entity type its
 * object type, list and relationship connections, filter and list arguments, its root list field and
 * its relationship fields. type-graphql declares them (types, arguments, descriptions);
 * `serveEntityFields` gives every relationship field the one resolver that reads what the compiled
 * statement read.
 */

/** The GraphQL type of each property kind; all but lists are null where the sources say nothing. */
const PROPERTY_TYPES: Record<PropertyKind, ReturnTypeFunc> = {
  boolean: () => Boolean,
  int: () => Int,
  date: () => GraphQLLocalDate,
  string: () => String,
  strings: () => [String],
  qualifier: () => QuantityQualifier,
};

function entityObjectType(type: EntityType): ClassType {
  @ObjectType(type, { implements: Node, description: ENTITY_TYPE_API[type].description })
  class EntityObject extends Node {}
  Field(() => KINDS_BY_TYPE[type])(EntityObject.prototype, 'kind');
  for (const [name, { kind, description }] of Object.entries(TYPED_PROPERTIES[type])) {
    Field(PROPERTY_TYPES[kind], { nullable: kind !== 'strings', description })(EntityObject.prototype, name);
  }
  return EntityObject;
}

const byType = <T>(make: (type: EntityType) => T) => Object.fromEntries(ENTITY_TYPES.map((type) => [type, make(type)])) as Record<EntityType, T>;

export const ENTITY_OBJECT_TYPES = byType(entityObjectType);
const RELATION_CONNECTIONS = byType((type) => RelationConnection(ENTITY_OBJECT_TYPES[type], type));
export const NodeRelationConnection = RelationConnection(Node, 'Node');

/** A relationship field's output type: the one entity type it reaches, or any `Node`. */
function relationOutputType(spec: RelationSpec): () => ClassType | typeof Node {
  const [target] = spec.targets;
  const typed = spec.targets.length === 1;
  if (spec.single) return () => (typed ? ENTITY_OBJECT_TYPES[target] : Node);
  return () => (typed ? RELATION_CONNECTIONS[target] : NodeRelationConnection);
}

function declareRelationField(owner: { prototype: object }, name: string, spec: RelationSpec): void {
  Field(relationOutputType(spec), { nullable: spec.single === true, description: spec.description, simple: true })(owner.prototype, name);
  if (!spec.single) Args(() => RelationPageArgs)(owner.prototype, name, 0);
}

for (const type of ENTITY_TYPES) {
  for (const [name, spec] of Object.entries(RELATION_FIELDS[type])) declareRelationField(ENTITY_OBJECT_TYPES[type], name, spec);
}
Field(() => NodeRelationConnection, { simple: true, description: "Every relationship of the entity, filtered by type, direction and the other end's type." })(Node.prototype, 'relationships');
Args(() => RelationshipsArgs)(Node.prototype, 'relationships', 0);

/** The root list fields (`institutions`, …): one resolver class per entity type. */
export const ENTITY_LIST_RESOLVERS = ENTITY_TYPES.map((type) =>
  EntityListResolver({
    type,
    objectType: ENTITY_OBJECT_TYPES[type],
    connectionType: ListConnection(ENTITY_OBJECT_TYPES[type], type),
    argsType: EntityListArgs(EntityFilterInput(type, KINDS_BY_TYPE[type])),
    queryName: ENTITY_TYPE_API[type].listField,
  }),
);

/** A list property the sources never filled reads as empty. */
const listOrEmpty: GraphQLFieldResolver<Record<string, unknown>, unknown> = (parent, _args, _context, info) => parent[info.fieldName] ?? [];

const servePageOf = relatedConnectionResolver(RelationPageArgs);
const serveRelationships = relatedConnectionResolver(RelationshipsArgs);

/**
 * Gives the generated fields their resolvers: type-graphql built them without one (`simple`), so
 * nothing of its per-parent wrapper (argument conversion and validation, the method call) runs for
 * each of a page's parents.
 */
export function serveEntityFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of ENTITY_TYPES) {
    const fields = (schema.getType(type) as GraphQLObjectType).getFields();
    for (const [name, spec] of Object.entries(RELATION_FIELDS[type])) fields[name].resolve = spec.single ? resolveRelatedEntity : servePageOf;
    fields.relationships.resolve = serveRelationships;
    for (const [name, { kind }] of Object.entries(TYPED_PROPERTIES[type])) if (kind === 'strings') fields[name].resolve = listOrEmpty;
  }
  return schema;
}
