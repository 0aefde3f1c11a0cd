/**
 * The 3 shortest simple paths of at most 4 hops from $from to $to, as Neo4j's own selector finds them,
 * in `p`: the 3 shortest length groups of trails (SHORTEST 3 alone picks among equal lengths at
 * random), simple ones only, sorted as collab-graph sorts them (length, then the entities' ids, then
 * the relationships' types, forward before backward). The benchmark's floor and `paths` below use it.
 */
export const SHORTEST_PATHS_CYPHER = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
        MATCH p = SHORTEST 3 GROUPS (a)-[]-{1,4}(b)
        WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
        WITH p ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)], [i IN range(0, length(p) - 1) | startNode(relationships(p)[i]) <> nodes(p)[i]]
        LIMIT 3`;

/**
 * Type definitions for `@neo4j/graphql` 7 matching ours on the benchmarked part of the model: the
 * same labels, relationship types and directions, evidence on relationships, and `@cypher` fields
 * where it has no built-in (paths, neighbourhoods), as its users would write them.
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Evidence @relationshipProperties {
    evidenceQuotes: [String!]
    evidenceSourceIds: [String!]
  }

  type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchEntities", fields: ["name"] }]) {
    id: ID!
    name: String!
    kind: String
  }

  type Institution @node(labels: ["Institution", "Entity"]) {
    id: ID!
    name: String!
    kind: String
    participatesIn: [Project!]! @relationship(type: "PARTICIPATES_IN", direction: OUT, properties: "Evidence")
    supports: [Project!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Evidence")
    locatedIn: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT, properties: "Evidence")
    cooperatesWith: [Institution!]! @relationship(type: "COOPERATES_WITH", direction: OUT, properties: "Evidence")
    established: [Platform!]! @relationship(type: "ESTABLISHED", direction: OUT, properties: "Evidence")
  }

  type Project @node(labels: ["Project", "Entity"]) {
    id: ID!
    name: String!
    domains: [Domain!]! @relationship(type: "IN_DOMAIN", direction: OUT, properties: "Evidence")
  }

  type Platform @node(labels: ["Platform", "Entity"]) {
    id: ID!
    name: String!
  }

  type Country @node(labels: ["Country", "Entity"]) {
    id: ID!
    name: String!
  }

  type Domain @node(labels: ["Domain", "Entity"]) {
    id: ID!
    name: String!
  }

  type PathSummary {
    ids: [ID!]!
    names: [String!]!
    length: Int!
  }

  type NeighbourEdge {
    source: ID!
    target: ID!
    type: String!
  }

  type Query {
    paths(from: ID!, to: ID!): [PathSummary!]!
      @cypher(
        statement: """
        ${SHORTEST_PATHS_CYPHER}
        RETURN {ids: [n IN nodes(p) | n.id], names: [n IN nodes(p) | n.name], length: length(p)} AS path
        """
        columnName: "path"
      )
    neighbourhood(id: ID!): [NeighbourEdge!]!
      @cypher(
        statement: """
        MATCH (c:Entity {id: $id})
        CALL (c) { MATCH p = ANY SHORTEST (c)-[]-{1,2}(m:Entity) WITH m, length(p) AS d ORDER BY d, m.name, m.id LIMIT 200 RETURN collect(m) AS ms }
        WITH [c] + ms AS nodes UNWIND nodes AS x MATCH (x)-[r]->(y) WHERE y IN nodes
        RETURN {source: x.id, target: y.id, type: type(r)} AS edge
        """
        columnName: "edge"
      )
  }
`;
