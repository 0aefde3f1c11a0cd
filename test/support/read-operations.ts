import { buildSchema, isInterfaceType, isObjectType, getNamedType, type GraphQLSchema } from 'graphql';
import fs from 'node:fs';
import { SCHEMA_FILE } from '../../src/app/schema';

/** A read operation on the seed graph whose answer is pinned in test/fixtures/read-answers.json. */
export interface ReadOperation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const ENTITY_FIELDS = 'id name type kind aliases collective count countQualifier createdBy updatedBy';
const EDGE_FIELDS = 'cursor id type direction hops role activity countryCount scope evidence { sourceId quote source { id title publishedOn } }';

/** Every entity type's list query, with every relationship field of the type selected with edges and page info. */
function everyRelationField(schema: GraphQLSchema): ReadOperation[] {
  const query = schema.getQueryType()!;
  return Object.values(query.getFields())
    .filter((field) => getNamedType(field.type).name.endsWith('Connection') && 'filter' in Object.fromEntries(field.args.map((arg) => [arg.name, arg])))
    .map((field) => {
      const connection = getNamedType(field.type);
      if (!isObjectType(connection)) throw new Error(`${connection.name} is not an object type`);
      const entity = getNamedType(connection.getFields().nodes.type);
      if (!isObjectType(entity)) throw new Error(`${entity.name} is not an object type`);
      const relations = Object.values(entity.getFields()).filter((candidate) => {
        const named = getNamedType(candidate.type);
        return named.name.endsWith('RelationConnection') || ((isObjectType(named) || isInterfaceType(named)) && named.getInterfaces?.().some((i) => i.name === 'Node'));
      });
      const selections = relations.map((relation) =>
        getNamedType(relation.type).name.endsWith('RelationConnection')
          ? `${relation.name}(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { ${EDGE_FIELDS} node { id name type } } nodes { id } }`
          : `${relation.name} { ${ENTITY_FIELDS} }`,
      );
      return { name: `every relation of ${field.name}`, query: `{ ${field.name}(first: 50) { totalCount edges { cursor node { ${ENTITY_FIELDS} ${selections.join(' ')} } } } }` };
    });
}

/** The operations whose answers must not change when the read path changes. */
export function readOperations(): ReadOperation[] {
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  return [
    ...everyRelationField(schema),
    {
      name: 'aliases with different arguments',
      query: `{ institutions(first: 4, orderBy: { field: DEGREE, direction: DESC }) { nodes { id
        few: projects(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } }
        many: projects(first: 5) { nodes { id name } }
        a: name b: id } } }`,
    },
    {
      name: 'fragments on the interface and on concrete types',
      query: `query Fragments($id: ID!) { node(id: $id) { ...Names ... on Institution { kind country { name isoCode }
          partners(first: 4) { edges { type direction role activity evidence { quote source { title publishedOn } } node { ...Names ... on Institution { kind } } } } }
          ... on Platform { countryCount } } }
        fragment Names on Node { __typename id name type aliases evidence { sourceId quote } }`,
      variables: { id: 'guangxi-department-of-science-and-technology' },
    },
    {
      name: 'fragment on a concrete type that does not apply',
      query: `{ node(id: "china-asean-technology-transfer-center") { id ... on Institution { projects { totalCount } } ... on Platform { founders(first: 2) { nodes { name } } parent { nodes { name } } } } }`,
    },
    ...[true, false].map((withDomains) => ({
      name: `@include and @skip with variables (${withDomains})`,
      query: `query Toggle($withDomains: Boolean!, $n: Int!) { projects(first: $n) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { name domains(first: 2) @include(if: $withDomains) { totalCount nodes { name } }
          participants @skip(if: $withDomains) { totalCount edges { role node { name } } } } } } }`,
      variables: { withDomains, n: 3 },
    })),
    {
      name: 'second pages by cursor, top level and nested',
      query: `{ first: domains(first: 2, orderBy: { field: DEGREE, direction: DESC }) { pageInfo { endCursor } nodes { platforms(first: 1) { pageInfo { endCursor } } } }
        second: domains(first: 2, orderBy: { field: DEGREE, direction: DESC }, after: "eyJmIjoiREVHUkVFIiwiayI6MTMsImkiOiJ0ZWNobm9sb2d5LXRyYW5zZmVyIn0") { nodes { name
          platforms(first: 2, after: "eyJvIjoxfQ") { pageInfo { hasPreviousPage hasNextPage startCursor } nodes { name } } } } }`,
    },
    {
      name: 'relationships with types, direction and node types; chains',
      query: `{ node(id: "mahidol-university") { id
        out: relationships(direction: OUT) { totalCount edges { type direction hops node { id type } } }
        typed: relationships(types: [PARTICIPATES_IN, COOPERATES_WITH], direction: BOTH, nodeTypes: [Project, Institution], first: 5) { totalCount edges { id type node { name } } }
        ... on Institution { country { name } locations { edges { hops node { name } evidence { quote } } } } } }`,
    },
    {
      name: 'nodes by ids with a missing one',
      query: `{ nodes(ids: ["thailand", "no-such-entity", "nanning", "belt-and-road-initiative"]) { id name type ... on Country { isoCode institutions { totalCount nodes { name } } } ... on Place { country { id } events { nodes { name } } } } }`,
    },
    {
      name: 'filters and degree order',
      query: `{ platforms(first: 5, filter: { country: "china" }, orderBy: { field: DEGREE, direction: DESC }) { totalCount edges { cursor node { name kind domains { nodes { name } } } } }
        institutions(filter: { search: "guangxi", kinds: [GOVERNMENT_BODY, UNIVERSITY] }) { totalCount nodes { name partners(first: 2) { totalCount } } } }`,
    },
    {
      name: 'search with nested relationship fields',
      query: `{ search(text: "China ASEAN", first: 5) { score node { __typename id name ... on Platform { launchedAt { nodes { name } } } ... on Network { covers(first: 3) { totalCount nodes { name } } } } } }`,
    },
    {
      name: 'a relationship field inside a path step',
      query: `{ paths(from: "mahidol-university", to: "china-asean-technology-transfer-center", maxHops: 4, first: 2) { length
        nodes { id ... on Institution { projects(first: 2) { nodes { name } } } }
        steps { type direction from { name } to { ... on Platform { kind parent { nodes { name } } } } evidence { quote source { title } } } } }`,
    },
    {
      name: 'neighbourhood with evidence sources',
      query: `{ neighbourhood(id: "mahidol-university", depth: 2, limit: 30) { truncated nodes { id label type kind distance } edges { id source target type evidence { quote source { publisher } } } } }`,
    },
    {
      name: 'statistics, part of it',
      query: `{ statistics { entitiesByType { key count } relationshipsByType { key count } } }`,
    },
    {
      name: 'a page too large in a nested field',
      query: `{ institutions(first: 2) { nodes { name projects(first: 1000) { totalCount } } } }`,
    },
    {
      name: 'a bad nested cursor',
      query: `{ institutions(first: 2) { nodes { name projects(after: "not-a-cursor") { totalCount } } } }`,
    },
  ];
}
