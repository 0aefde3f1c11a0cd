import { execute, parse } from "graphql";
import type { GraphContext } from "../../src/graphql/context";
import { graphSchema } from "../../src/graphql/schema";
import { Role } from "../../src/auth/roles";
import { EntityLoaders } from "../../src/entity/entity.loaders";
import { QueryStats, type QueryRunner } from "../../src/db/database";
import { DEFAULT_CYPHER_LIMITS } from "../../src/cypher/cypher.limits";

/**
 * The selection compiler's Cypher, pinned (as @neo4j/graphql's TCK pins its translation): a change
 * here is a change in what the database is asked. Operations run against the real schema with a
 * runner that records statements and answers with empty pages.
 */
async function statementsOf(
  query: string,
  variables?: Record<string, unknown>,
) {
  const statements: { cypher: string; params: Record<string, unknown> }[] = [];
  const db: QueryRunner = {
    read: async (cypher, params = {}) => {
      statements.push({ cypher, params });
      return cypher.includes("$ids") ? [] : [{ page: [], total: 0 }];
    },
    write: () => Promise.reject(new Error("no writes here")),
    explain: () => Promise.reject(new Error("no plans here")),
    readCapped: () => Promise.reject(new Error("no capped reads here")),
  };
  const contextValue: GraphContext = {
    requestId: "tck",
    db,
    stats: new QueryStats(),
    loaders: new EntityLoaders(db),
    principal: { id: "tck", authenticated: true, role: Role.EDITOR },
    cypher: DEFAULT_CYPHER_LIMITS,
  };
  const result = await execute({
    schema: await graphSchema(),
    document: parse(query),
    variableValues: variables,
    contextValue,
  });
  expect(result.errors).toBeUndefined();
  return statements;
}

describe("the selection compiler", () => {
  it("compiles nested connections with cursors into one statement, paging each parent in its subquery", async () => {
    const statements =
      await statementsOf(`{ institutions(first: 2, after: "eyJmIjoiTkFNRSIsImsiOiJBIiwiaSI6ImEifQ") {
      totalCount pageInfo { endCursor } edges { cursor node { id projects(first: 3, after: "eyJvIjoyfQ") { totalCount edges { cursor role node { name domains(first: 1) { nodes { name } } } } } } } } }`);
    expect(statements).toHaveLength(1);
    expect(statements[0].params).toEqual({
      afterId: "a",
      afterKey: "A",
      limit: 3,
      __r0_offset: 0,
      __r0_limit: 2,
      __r1_offset: 2,
      __r1_limit: 4,
    });
    expect(statements[0].cypher).toMatchInlineSnapshot(`
     "CALL () {
       MATCH (n:Institution)
       RETURN count(n) AS total
     }
     CALL () {
       MATCH (n:Institution)
       WITH n, n.name AS key
       WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
       WITH n, key
       ORDER BY key ASC, n.id ASC
       LIMIT $limit
       RETURN collect({node: n { .id, .name, __r1: {page: COLLECT {
         MATCH (n)-[cthis0:(PARTICIPATES_IN|SUPPORTS)]->(cthis1:Project)
         WHERE cthis1 <> n
         WITH cthis1, cthis0
         ORDER BY cthis1.name ASC, cthis1.id ASC
         SKIP $__r1_offset
         LIMIT $__r1_limit
         RETURN {node: cthis1 { .id, .name, __r0: COLLECT {
           MATCH (cthis1)-[cthis2:(IN_DOMAIN)]->(cthis3:Domain)
           WHERE cthis3 <> cthis1
           WITH cthis3, cthis2
           ORDER BY cthis3.name ASC, cthis3.id ASC
           SKIP $__r0_offset
           LIMIT $__r0_limit
           RETURN cthis3 { .id, .name }
         } }, role: cthis0.role}
       }, total: COUNT {
         MATCH (n)-[cthis4:(PARTICIPATES_IN|SUPPORTS)]->(cthis5:Project)
         WHERE cthis5 <> n
       }} }, key: key}) AS page
     }
     RETURN total, page"
    `);
  });

  it("reads the same field twice under aliases with their own arguments", async () => {
    const [statement] = await statementsOf(
      `{ projects(first: 1) { nodes { few: participants(first: 1) { nodes { id } } many: participants(first: 10) { totalCount } } } }`,
    );
    expect(statement.params).toMatchObject({ __r0_limit: 2, __r1_limit: 11 });
    expect(statement.cypher).toMatchInlineSnapshot(`
     "CALL () {
       MATCH (n:Project)
       WITH n, n.name AS key
       WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
       WITH n, key
       ORDER BY key ASC, n.id ASC
       LIMIT $limit
       RETURN collect({node: n { .id, .name, __r0: COLLECT {
         MATCH (n)<-[cthis0:(PARTICIPATES_IN)]-(cthis1:Institution)
         WHERE cthis1 <> n
         WITH cthis1, cthis0
         ORDER BY cthis1.name ASC, cthis1.id ASC
         SKIP $__r0_offset
         LIMIT $__r0_limit
         RETURN cthis1 { .id, .name }
       }, __r1: COUNT {
         MATCH (n)<-[cthis2:(PARTICIPATES_IN)]-(cthis3:Institution)
         WHERE cthis3 <> n
       } }, key: key}) AS page
     }
     RETURN page"
    `);
  });

  it("follows fragments on the interface and on concrete types, guarding type-specific fields by label", async () => {
    const [statement] = await statementsOf(
      `query ($id: ID!) { node(id: $id) { ...Names ... on Institution { country { name } } ... on Platform { parent { nodes { name } } } } }
      fragment Names on Node { id name evidence { quote source { title } } }`,
      { id: "x" },
    );
    expect(statement.params).toEqual({
      ids: ["x"],
      __r1_offset: 0,
      __r1_limit: 21,
    });
    expect(statement.cypher).toMatchInlineSnapshot(`
     "UNWIND $ids AS id
     MATCH (cthis0:Entity { id: id })
     RETURN id, cthis0 { .id, .name, type: head([cvar1 IN labels(cthis0) WHERE cvar1 <> 'Entity']), evidence: [cvar2 IN range(0, (size(coalesce(cthis0.evidenceQuotes, [])) - 1)) | {sourceId: cthis0.evidenceSourceIds[cvar2], quote: cthis0.evidenceQuotes[cvar2], source: head(COLLECT {
       MATCH (cthis3:Source { id: cthis0.evidenceSourceIds[cvar2] })
       RETURN cthis3 { .id, .title }
     })}], __r0: CASE
       WHEN cthis0:Institution THEN head(COLLECT {
         MATCH (cthis0)-[:(LOCATED_IN)*1..2]->(cthis4:Country)
         WHERE cthis4 <> cthis0
         WITH DISTINCT cthis4
         ORDER BY cthis4.name ASC, cthis4.id ASC
         LIMIT 1
         RETURN cthis4 { .id, .name }
       })
     END, __r1: CASE
       WHEN cthis0:Platform THEN COLLECT {
         MATCH (cthis0)-[cthis5:(PART_OF)]->(cthis6:Platform)
         WHERE cthis6 <> cthis0
         WITH cthis6, cthis5
         ORDER BY cthis6.name ASC, cthis6.id ASC
         SKIP $__r1_offset
         LIMIT $__r1_limit
         RETURN cthis6 { .id, .name }
       }
     END } AS node"
    `);
  });

  it("leaves out what @skip and @include exclude, as the variables say, caching one statement per choice", async () => {
    const query = `query ($withDomains: Boolean!) { projects { nodes { name domains @include(if: $withDomains) { nodes { name } } participants @skip(if: $withDomains) { totalCount } } } }`;
    const [withDomains] = await statementsOf(query, { withDomains: true });
    const [withoutDomains] = await statementsOf(query, { withDomains: false });
    expect(withDomains.cypher).toContain("IN_DOMAIN");
    expect(withDomains.cypher).not.toContain("PARTICIPATES_IN");
    expect(withoutDomains.cypher).toContain("PARTICIPATES_IN");
    expect(withoutDomains.cypher).not.toContain("IN_DOMAIN");
  });

  it("binds variables as parameters, never as text", async () => {
    const query = `query ($n: Int!, $search: String) { countries(first: $n, filter: { search: $search }) { nodes { id } } }`;
    const [statement] = await statementsOf(query, {
      n: 5,
      search: "x' OR 1=1 //",
    });
    expect(statement.params).toMatchObject({
      limit: 6,
      search: "x' or 1=1 //",
    });
    expect(statement.cypher).not.toContain("1=1");
  });

  it("keeps each entity of a chain once, with its shortest chain, for the country through a region", async () => {
    const [statement] = await statementsOf(
      `{ institutions { nodes { country { name } locations { edges { hops evidence { quote } node { name } } } } } }`,
    );
    expect(statement.cypher).toMatchInlineSnapshot(`
     "CALL () {
       MATCH (n:Institution)
       WITH n, n.name AS key
       WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
       WITH n, key
       ORDER BY key ASC, n.id ASC
       LIMIT $limit
       RETURN collect({node: n { .id, .name, __r0: head(COLLECT {
         MATCH (n)-[:(LOCATED_IN)*1..2]->(cthis0:Country)
         WHERE cthis0 <> n
         WITH DISTINCT cthis0
         ORDER BY cthis0.name ASC, cthis0.id ASC
         LIMIT 1
         RETURN cthis0 { .id, .name }
       }), __r1: COLLECT {
         MATCH (n)-[cthis1:(LOCATED_IN)]->(cthis2:Entity)
         WHERE (cthis2 <> n AND (cthis2:Place OR cthis2:Country))
         WITH cthis2, cthis1
         ORDER BY cthis2.name ASC, cthis2.id ASC
         SKIP $__r1_offset
         LIMIT $__r1_limit
         RETURN {node: cthis2 { .id, .name, type: head([cvar3 IN labels(cthis2) WHERE cvar3 <> 'Entity']) }, hops: 1, evidence: [cvar4 IN range(0, (size(coalesce(cthis1.evidenceQuotes, [])) - 1)) | {sourceId: cthis1.evidenceSourceIds[cvar4], quote: cthis1.evidenceQuotes[cvar4]}]}
       } }, key: key}) AS page
     }
     RETURN page"
    `);
  });
});
