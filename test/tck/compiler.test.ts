import { execute, parse } from "graphql";
import type { GraphContext } from "../../src/engine/context";
import { graphSchema } from "../../src/app/schema";
import { Role } from "../../src/platform/auth/roles";
import { EntityLoaders } from "../../src/features/entity/entity.loaders";
import { QueryStats, type QueryRunner } from "../../src/engine/db/database";
import { DEFAULT_CYPHER_LIMITS } from "../../src/features/cypher/cypher.limits";
import { CypherGate } from "../../src/features/cypher/cypher.gate";
import { Deadline } from "../../src/engine/db/deadline";

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
    deadline: Deadline.after(60_000),
    within: () => db,
    settled: async () => undefined,
    read: async (cypher, params = {}) => {
      statements.push({ cypher, params });
      if (cypher.includes("fromExists"))
        return [{ fromExists: true, toExists: true, paths: [], sources: [] }];
      // A neighbourhood that was found, with nothing around it.
      if (cypher.includes("AS truncated"))
        return [{ truncated: false, nodes: [], edges: [] }];
      // recentFacts' page is one collected list.
      if (cypher.includes(") AS page")) return [{ total: 0, page: [] }];
      // An empty list page: no rows, or one row with the total and no node.
      return cypher.includes("AS total")
        ? [{ total: 0, node: null, key: null }]
        : [];
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
    cypherGate: new CypherGate(DEFAULT_CYPHER_LIMITS),
    proposer: undefined,
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
     OPTIONAL CALL () {
       MATCH (n:Institution)
       WITH n, n.name AS key
       WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
       WITH n, key
       ORDER BY key ASC, n.id ASC
       LIMIT $limit
       RETURN [n.id, n.name, {page: COLLECT {
         MATCH (n)-[cthis0:(PARTICIPATES_IN|SUPPORTS)]->(cthis1:Project)
         WHERE cthis1 <> n
         WITH cthis1, cthis0
         ORDER BY cthis1.name ASC, cthis1.id ASC
         SKIP $__r1_offset
         LIMIT $__r1_limit
         RETURN {node: [cthis1.id, cthis1.name, COLLECT {
           MATCH (cthis1)-[cthis2:(IN_DOMAIN)]->(cthis3:Domain)
           WHERE cthis3 <> cthis1
           WITH cthis3, cthis2
           ORDER BY cthis3.name ASC, cthis3.id ASC
           SKIP $__r0_offset
           LIMIT $__r0_limit
           RETURN [cthis3.id, cthis3.name]
         }], role: cthis0.role}
       }, total: COUNT {
         MATCH (n)-[cthis4:(PARTICIPATES_IN|SUPPORTS)]->(cthis5:Project)
         WHERE cthis5 <> n
       }}] AS node, key
     }
     RETURN total, node, key"
    `);
  });

  it("reads the same field twice under aliases with their own arguments", async () => {
    const [statement] = await statementsOf(
      `{ projects(first: 1) { nodes { few: participants(first: 1) { nodes { id } } many: participants(first: 10) { totalCount } } } }`,
    );
    expect(statement.params).toMatchObject({ __r0_limit: 2, __r1_limit: 11 });
    expect(statement.cypher).toMatchInlineSnapshot(`
     "MATCH (n:Project)
     WITH n, n.name AS key
     WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
     WITH n, key
     ORDER BY key ASC, n.id ASC
     LIMIT $limit
     RETURN [n.id, n.name, COLLECT {
       MATCH (n)<-[cthis0:(PARTICIPATES_IN)]-(cthis1:Institution)
       WHERE cthis1 <> n
       WITH cthis1, cthis0
       ORDER BY cthis1.name ASC, cthis1.id ASC
       SKIP $__r0_offset
       LIMIT $__r0_limit
       RETURN [cthis1.id, cthis1.name]
     }, COUNT {
       MATCH (n)<-[cthis2:(PARTICIPATES_IN)]-(cthis3:Institution)
       WHERE cthis3 <> n
     }] AS node, key"
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
     RETURN id, [cthis0.id, cthis0.name, head([cvar1 IN labels(cthis0) WHERE cvar1 <> 'Entity']), [cvar2 IN range(0, (size(coalesce(cthis0.evidenceQuotes, [])) - 1)) | {sourceId: cthis0.evidenceSourceIds[cvar2], quote: cthis0.evidenceQuotes[cvar2], source: head(COLLECT {
       MATCH (cthis3:Source { id: cthis0.evidenceSourceIds[cvar2] })
       RETURN cthis3 { .id, .title }
     })}], CASE
       WHEN cthis0:Institution THEN head(COLLECT {
         MATCH (cthis0)-[:(LOCATED_IN)*1..2]->(cthis4:Country)
         WHERE cthis4 <> cthis0
         WITH DISTINCT cthis4
         ORDER BY cthis4.name ASC, cthis4.id ASC
         LIMIT 1
         RETURN [cthis4.id, cthis4.name]
       })
     END, CASE
       WHEN cthis0:Platform THEN COLLECT {
         MATCH (cthis0)-[cthis5:(PART_OF)]->(cthis6:Platform)
         WHERE cthis6 <> cthis0
         WITH cthis6, cthis5
         ORDER BY cthis6.name ASC, cthis6.id ASC
         SKIP $__r1_offset
         LIMIT $__r1_limit
         RETURN [cthis6.id, cthis6.name]
       }
     END] AS node"
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
     "MATCH (n:Institution)
     WITH n, n.name AS key
     WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
     WITH n, key
     ORDER BY key ASC, n.id ASC
     LIMIT $limit
     RETURN [n.id, n.name, head(COLLECT {
       MATCH (n)-[:(LOCATED_IN)*1..2]->(cthis0:Country)
       WHERE cthis0 <> n
       WITH DISTINCT cthis0
       ORDER BY cthis0.name ASC, cthis0.id ASC
       LIMIT 1
       RETURN [cthis0.id, cthis0.name]
     }), COLLECT {
       MATCH (n)-[cthis1:(LOCATED_IN)]->(cthis2)
       WHERE (cthis2 <> n AND (cthis2:Place OR cthis2:Country))
       WITH cthis2, cthis1
       ORDER BY cthis2.name ASC, cthis2.id ASC
       SKIP $__r1_offset
       LIMIT $__r1_limit
       RETURN {node: [cthis2.id, cthis2.name, head([cvar3 IN labels(cthis2) WHERE cvar3 <> 'Entity'])], hops: 1, evidence: [cvar4 IN coalesce(cthis1.evidenceQuotes, []) | {quote: cvar4}]}
     }] AS node, key"
    `);
  });

  it("reads an event's hosts, organisers and attendees and an agreement's signatories, each by its own relationship type and allowed entity types, in one statement", async () => {
    const statements = await statementsOf(
      `{ events(first: 5) { nodes { hosts { nodes { name } } organizers { edges { node { __typename name } } } attendees { totalCount } } }
         agreements(first: 5) { nodes { signatories { edges { type node { name } evidence { quote } } } } } }`,
    );
    expect(statements).toHaveLength(2);
    expect(statements.map((statement) => statement.cypher))
      .toMatchInlineSnapshot(`
     [
       "MATCH (n:Event)
     WITH n, n.name AS key
     WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
     WITH n, key
     ORDER BY key ASC, n.id ASC
     LIMIT $limit
     RETURN [n.id, n.name, COLLECT {
       MATCH (n)<-[cthis0:(HOSTED)]-(cthis1)
       WHERE (cthis1 <> n AND (cthis1:Institution OR cthis1:Country OR cthis1:Place OR cthis1:Platform))
       WITH cthis1, cthis0
       ORDER BY cthis1.name ASC, cthis1.id ASC
       SKIP $__r0_offset
       LIMIT $__r0_limit
       RETURN [cthis1.id, cthis1.name, head([cvar2 IN labels(cthis1) WHERE cvar2 <> 'Entity'])]
     }, COLLECT {
       MATCH (n)<-[cthis3:(ORGANIZED)]-(cthis4)
       WHERE (cthis4 <> n AND (cthis4:Institution OR cthis4:Platform OR cthis4:Network))
       WITH cthis4, cthis3
       ORDER BY cthis4.name ASC, cthis4.id ASC
       SKIP $__r1_offset
       LIMIT $__r1_limit
       RETURN [cthis4.id, cthis4.name, head([cvar5 IN labels(cthis4) WHERE cvar5 <> 'Entity'])]
     }, COUNT {
       MATCH (n)<-[cthis6:(ATTENDED)]-(cthis7)
       WHERE (cthis7 <> n AND (cthis7:Institution OR cthis7:Country OR cthis7:CountryGroup))
     }] AS node, key",
       "MATCH (n:Agreement)
     WITH n, n.name AS key
     WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
     WITH n, key
     ORDER BY key ASC, n.id ASC
     LIMIT $limit
     RETURN [n.id, n.name, COLLECT {
       MATCH (n)<-[cthis0:(SIGNED)]-(cthis1)
       WHERE (cthis1 <> n AND (cthis1:Institution OR cthis1:Country OR cthis1:CountryGroup OR cthis1:Platform OR cthis1:Network))
       WITH cthis1, cthis0
       ORDER BY cthis1.name ASC, cthis1.id ASC
       SKIP $__r0_offset
       LIMIT $__r0_limit
       RETURN {node: [cthis1.id, cthis1.name, head([cvar2 IN labels(cthis1) WHERE cvar2 <> 'Entity'])], type: type(cthis0), evidence: [cvar3 IN coalesce(cthis0.evidenceQuotes, []) | {quote: cvar3}]}
     }] AS node, key",
     ]
    `);
  });

  it("reads the reverse role fields the model declares in one line each (a country's attended events, a platform's networks) outward from the parent", async () => {
    const statements = await statementsOf(
      `{ countries(first: 5) { nodes { attendedEvents { nodes { name } } } }
         platforms(first: 5) { nodes { networks { totalCount } } } }`,
    );
    expect(statements.map((statement) => statement.cypher))
      .toMatchInlineSnapshot(`
     [
       "MATCH (n:Country)
     WITH n, n.name AS key
     WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
     WITH n, key
     ORDER BY key ASC, n.id ASC
     LIMIT $limit
     RETURN [n.id, n.name, COLLECT {
       MATCH (n)-[cthis0:(ATTENDED)]->(cthis1:Event)
       WHERE cthis1 <> n
       WITH cthis1, cthis0
       ORDER BY cthis1.name ASC, cthis1.id ASC
       SKIP $__r0_offset
       LIMIT $__r0_limit
       RETURN [cthis1.id, cthis1.name]
     }] AS node, key",
       "MATCH (n:Platform)
     WITH n, n.name AS key
     WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
     WITH n, key
     ORDER BY key ASC, n.id ASC
     LIMIT $limit
     RETURN [n.id, n.name, COUNT {
       MATCH (n)-[cthis0:(MEMBER_OF)]->(cthis1:Network)
       WHERE cthis1 <> n
     }] AS node, key",
     ]
    `);
  });
});

describe("facts in time", () => {
  it("dates entities and edges from their evidence's sources and filters a ranged field by a parameter", async () => {
    const [statement] = await statementsOf(
      `query ($range: DateRangeInput) { institutions { nodes { firstStated partners(stated: $range) { totalCount edges { lastStated node { id } } } } } }`,
      { range: { from: "2021-01-01" } },
    );
    expect(statement.params).toMatchObject({
      __r0_stated: { from: "2021-01-01", to: null },
    });
    expect(statement.cypher).toMatchInlineSnapshot(`
     "MATCH (n:Institution)
     WITH n, n.name AS key
     WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
     WITH n, key
     ORDER BY key ASC, n.id ASC
     LIMIT $limit
     RETURN [n.id, n.name, head(COLLECT { MATCH (statedSource:Source) WHERE statedSource.id IN n.evidenceSourceIds RETURN statedSource.publishedOn AS statedOn ORDER BY statedOn ASC LIMIT 1 }), {page: COLLECT {
       MATCH (n)-[cthis0:(COOPERATES_WITH|GUIDED_BY|SUPPORTS)]-(cthis1:Institution)
       WHERE (cthis1 <> n AND ($__r0_stated IS NULL OR EXISTS { MATCH (statedSource:Source) WHERE statedSource.id IN cthis0.evidenceSourceIds AND ($__r0_stated.from IS NULL OR statedSource.publishedOn >= date($__r0_stated.from)) AND ($__r0_stated.to IS NULL OR statedSource.publishedOn <= date($__r0_stated.to)) }))
       WITH cthis1, cthis0
       ORDER BY cthis1.name ASC, cthis1.id ASC
       SKIP $__r0_offset
       LIMIT $__r0_limit
       RETURN {node: [cthis1.id, cthis1.name], lastStated: head(COLLECT { MATCH (statedSource:Source) WHERE statedSource.id IN cthis0.evidenceSourceIds RETURN statedSource.publishedOn AS statedOn ORDER BY statedOn DESC LIMIT 1 })}
     }, total: COUNT {
       MATCH (n)-[cthis2:(COOPERATES_WITH|GUIDED_BY|SUPPORTS)]-(cthis3:Institution)
       WHERE (cthis3 <> n AND ($__r0_stated IS NULL OR EXISTS { MATCH (statedSource:Source) WHERE statedSource.id IN cthis2.evidenceSourceIds AND ($__r0_stated.from IS NULL OR statedSource.publishedOn >= date($__r0_stated.from)) AND ($__r0_stated.to IS NULL OR statedSource.publishedOn <= date($__r0_stated.to)) }))
     }}] AS node, key"
    `);
  });

  it("counts the distinct sources of entities and edges only where selected, and filters a field by its least source count", async () => {
    const [statement] = await statementsOf(
      `query ($min: Int) { institutions { nodes { sourceCount partners(minSources: $min) { totalCount edges { sourceCount node { id } } } } } }`,
      { min: 2 },
    );
    expect(statement.params).toMatchObject({ __r0_minSources: 2 });
    expect(statement.cypher).toMatchInlineSnapshot(`
     "MATCH (n:Institution)
     WITH n, n.name AS key
     WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
     WITH n, key
     ORDER BY key ASC, n.id ASC
     LIMIT $limit
     RETURN [n.id, n.name, size(reduce(countedSources = [], countedSource IN coalesce(n.evidenceSourceIds, []) | CASE WHEN countedSource IN countedSources THEN countedSources ELSE countedSources + countedSource END)), {page: COLLECT {
       MATCH (n)-[cthis0:(COOPERATES_WITH|GUIDED_BY|SUPPORTS)]-(cthis1:Institution)
       WHERE (cthis1 <> n AND size(reduce(countedSources = [], countedSource IN coalesce(cthis0.evidenceSourceIds, []) | CASE WHEN countedSource IN countedSources THEN countedSources ELSE countedSources + countedSource END)) >= $__r0_minSources)
       WITH cthis1, cthis0
       ORDER BY cthis1.name ASC, cthis1.id ASC
       SKIP $__r0_offset
       LIMIT $__r0_limit
       RETURN {node: [cthis1.id, cthis1.name], sourceCount: size(reduce(countedSources = [], countedSource IN coalesce(cthis0.evidenceSourceIds, []) | CASE WHEN countedSource IN countedSources THEN countedSources ELSE countedSources + countedSource END))}
     }, total: COUNT {
       MATCH (n)-[cthis2:(COOPERATES_WITH|GUIDED_BY|SUPPORTS)]-(cthis3:Institution)
       WHERE (cthis3 <> n AND size(reduce(countedSources = [], countedSource IN coalesce(cthis2.evidenceSourceIds, []) | CASE WHEN countedSource IN countedSources THEN countedSources ELSE countedSources + countedSource END)) >= $__r0_minSources)
     }}] AS node, key"
    `);
  });

  it("counts the sources of a chain's hops together and asks each hop for the least source count", async () => {
    const [statement] = await statementsOf(
      `{ countries { nodes { institutions(minSources: 2) { edges { sourceCount node { id } } } } } }`,
    );
    expect(statement.params).toMatchObject({ __r0_minSources: 2 });
    expect(statement.cypher).toMatchInlineSnapshot(`
     "MATCH (n:Country)
     WITH n, n.name AS key
     WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
     WITH n, key
     ORDER BY key ASC, n.id ASC
     LIMIT $limit
     RETURN [n.id, n.name, COLLECT {
       MATCH cp1 = (n)<-[:(LOCATED_IN)*1..2]-(cthis0:Institution)
       WHERE (cthis0 <> n AND all(cthis2 IN relationships(cp1) WHERE size(reduce(countedSources = [], countedSource IN coalesce(cthis2.evidenceSourceIds, []) | CASE WHEN countedSource IN countedSources THEN countedSources ELSE countedSources + countedSource END)) >= $__r0_minSources))
       WITH DISTINCT cthis0
       ORDER BY cthis0.name ASC, cthis0.id ASC
       SKIP $__r0_offset
       LIMIT $__r0_limit
       WITH cthis0, head(COLLECT {
         MATCH cp3 = (n)<-[:(LOCATED_IN)*1..2]-(cthis0:Institution)
         WHERE all(cthis4 IN relationships(cp3) WHERE size(reduce(countedSources = [], countedSource IN coalesce(cthis4.evidenceSourceIds, []) | CASE WHEN countedSource IN countedSources THEN countedSources ELSE countedSources + countedSource END)) >= $__r0_minSources)
         RETURN cp3
         ORDER BY length(cp3) ASC
         LIMIT 1
       }) AS cp5
       WITH cthis0, cp5, head(relationships(cp5)) AS cthis6
       RETURN {node: [cthis0.id, cthis0.name], sourceCount: size(reduce(countedSources = [], countedSource IN coalesce(reduce(chainSources = [], countedHop IN relationships(cp5) | chainSources + coalesce(countedHop.evidenceSourceIds, [])), []) | CASE WHEN countedSource IN countedSources THEN countedSources ELSE countedSources + countedSource END))}
     }] AS node, key"
    `);
  });

  it("asks every hop of a chain to be stated in the range, and dates the chain by its hops", async () => {
    const [statement] = await statementsOf(
      `{ countries { nodes { institutions(stated: { to: "2022-01-01" }) { totalCount edges { firstStated node { id } } } } } }`,
    );
    expect(statement.params).toMatchObject({
      __r0_stated: { from: null, to: "2022-01-01" },
    });
    expect(statement.cypher).toMatchInlineSnapshot(`
     "MATCH (n:Country)
     WITH n, n.name AS key
     WHERE ($afterId IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId))
     WITH n, key
     ORDER BY key ASC, n.id ASC
     LIMIT $limit
     RETURN [n.id, n.name, {page: COLLECT {
       MATCH cp1 = (n)<-[:(LOCATED_IN)*1..2]-(cthis0:Institution)
       WHERE (cthis0 <> n AND all(cthis2 IN relationships(cp1) WHERE ($__r0_stated IS NULL OR EXISTS { MATCH (statedSource:Source) WHERE statedSource.id IN cthis2.evidenceSourceIds AND ($__r0_stated.from IS NULL OR statedSource.publishedOn >= date($__r0_stated.from)) AND ($__r0_stated.to IS NULL OR statedSource.publishedOn <= date($__r0_stated.to)) })))
       WITH DISTINCT cthis0
       ORDER BY cthis0.name ASC, cthis0.id ASC
       SKIP $__r0_offset
       LIMIT $__r0_limit
       WITH cthis0, head(COLLECT {
         MATCH cp3 = (n)<-[:(LOCATED_IN)*1..2]-(cthis0:Institution)
         WHERE all(cthis4 IN relationships(cp3) WHERE ($__r0_stated IS NULL OR EXISTS { MATCH (statedSource:Source) WHERE statedSource.id IN cthis4.evidenceSourceIds AND ($__r0_stated.from IS NULL OR statedSource.publishedOn >= date($__r0_stated.from)) AND ($__r0_stated.to IS NULL OR statedSource.publishedOn <= date($__r0_stated.to)) }))
         RETURN cp3
         ORDER BY length(cp3) ASC
         LIMIT 1
       }) AS cp5
       WITH cthis0, cp5, head(relationships(cp5)) AS cthis6
       RETURN {node: [cthis0.id, cthis0.name], firstStated: head(COLLECT { UNWIND relationships(cp5) AS statedHop RETURN head(COLLECT { MATCH (statedSource:Source) WHERE statedSource.id IN statedHop.evidenceSourceIds RETURN statedSource.publishedOn AS statedOn ORDER BY statedOn ASC LIMIT 1 }) AS statedOn ORDER BY statedOn DESC LIMIT 1 })}
     }, total: COUNT {
       MATCH cp8 = (n)<-[:(LOCATED_IN)*1..2]-(cthis7:Institution)
       WHERE (cthis7 <> n AND all(cthis9 IN relationships(cp8) WHERE ($__r0_stated IS NULL OR EXISTS { MATCH (statedSource:Source) WHERE statedSource.id IN cthis9.evidenceSourceIds AND ($__r0_stated.from IS NULL OR statedSource.publishedOn >= date($__r0_stated.from)) AND ($__r0_stated.to IS NULL OR statedSource.publishedOn <= date($__r0_stated.to)) })))
       RETURN DISTINCT cthis7
     }}] AS node, key"
    `);
  });

  it("reads recent facts newest first, both ends as the selection asks, in one statement", async () => {
    const statements = await statementsOf(
      `{ recentFacts(since: "2025-01-01", first: 5) { totalCount edges { cursor node { id type lastStated from { name } to { name } evidence { quote } } } } }`,
    );
    expect(statements).toHaveLength(1);
    expect(statements[0].params).toEqual({
      since: "2025-01-01",
      limit: 6,
      afterKey: null,
      afterId: null,
    });
    expect(statements[0].cypher).toMatchInlineSnapshot(`
     "CALL () {
       MATCH (fresh:Source) WHERE fresh.publishedOn >= date($since)
       WITH collect(fresh.id) AS freshIds
       MATCH (a:Entity)-[r]->(b:Entity)
       WHERE any(sourceId IN r.evidenceSourceIds WHERE sourceId IN freshIds)
       WITH a, r, b, head(COLLECT { MATCH (statedSource:Source) WHERE statedSource.id IN r.evidenceSourceIds RETURN statedSource.publishedOn AS statedOn ORDER BY statedOn ASC LIMIT 1 }) AS firstStated
       WHERE firstStated >= date($since)
       RETURN count(r) AS total
     }
     CALL () {
       MATCH (fresh:Source) WHERE fresh.publishedOn >= date($since)
       WITH collect(fresh.id) AS freshIds
       MATCH (a:Entity)-[r]->(b:Entity)
       WHERE any(sourceId IN r.evidenceSourceIds WHERE sourceId IN freshIds)
       WITH a, r, b, head(COLLECT { MATCH (statedSource:Source) WHERE statedSource.id IN r.evidenceSourceIds RETURN statedSource.publishedOn AS statedOn ORDER BY statedOn ASC LIMIT 1 }) AS firstStated
       WHERE firstStated >= date($since)
       WITH a, r, b, firstStated
       WHERE $afterId IS NULL OR firstStated < date($afterKey) OR (firstStated = date($afterKey) AND r.id > $afterId)
       ORDER BY firstStated DESC, r.id ASC
       LIMIT $limit
       RETURN collect({id: r.id, firstStated: firstStated, from: [a.id, a.name, head([cvar0 IN labels(a) WHERE cvar0 <> 'Entity'])], to: [b.id, b.name, head([cvar1 IN labels(b) WHERE cvar1 <> 'Entity'])], type: type(r), evidence: [cvar2 IN coalesce(r.evidenceQuotes, []) | {quote: cvar2}], lastStated: head(COLLECT { MATCH (statedSource:Source) WHERE statedSource.id IN r.evidenceSourceIds RETURN statedSource.publishedOn AS statedOn ORDER BY statedOn DESC LIMIT 1 })}) AS page
     }
     RETURN total, page"
    `);
  });
});

describe("the path search", () => {
  it("is one statement: a bidirectional level per hop (the last growing only to where the other side ends), every value a parameter, sources inline", async () => {
    const statements =
      await statementsOf(`{ paths(from: "a", to: "b", maxHops: 1, first: 2, relationTypes: [PARTICIPATES_IN], nodeTypes: [Project], avoid: ["c"], directed: true) {
      nodes { name } steps { role explanation } } }`);
    expect(statements).toHaveLength(1);
    expect(statements[0].params).toEqual({
      ends: { from: "a", to: "b" },
      first: 2,
      directed: true,
      filters: {
        relationTypes: ["PARTICIPATES_IN"],
        nodeTypes: ["Project"],
        avoid: ["c"],
      },
    });
    expect(statements[0].cypher).toMatchInlineSnapshot(`
     "CYPHER expressionEngine=interpreted
     OPTIONAL MATCH (a:Entity {id: $ends.from})
     OPTIONAL MATCH (b:Entity {id: $ends.to})
     CALL () { UNWIND $filters.avoid AS id MATCH (x:Entity {id: id}) RETURN collect(x) AS avoided }
     WITH a, b, avoided, [{nodes: [a], rels: []}] AS fromA, [{nodes: [b], rels: []}] AS fromB, [] AS found
     WITH a, b, avoided, fromA, fromB, found,
       a IS NOT NULL AND b IS NOT NULL AND a <> b AND size(found) < $first AND size(fromA) > 0 AND size(fromB) > 0 AS searching
     CALL (fromA, fromB, a, b, searching) {
       UNWIND CASE WHEN searching THEN [half IN fromA | {last: last(half.nodes), other: b, side: 'A'}] + [half IN fromB | {last: last(half.nodes), other: a, side: 'B'}] ELSE [] END AS end
       WITH end WHERE end.last <> end.other
       WITH end.side AS side, end.last AS last, count(*) AS halves
       WITH side, halves * COUNT { (last)--() } AS cost
       RETURN coalesce(sum(CASE side WHEN 'A' THEN cost END), 0) <= coalesce(sum(CASE side WHEN 'B' THEN cost END), 0) AS growA
     }
     CALL (fromA, fromB, a, b, avoided, searching, growA) {
       WITH *, [half IN CASE WHEN growA THEN fromB ELSE fromA END | last(half.nodes)] AS meets
       UNWIND CASE WHEN NOT searching THEN [] WHEN growA THEN fromA ELSE fromB END AS half
       WITH half, last(half.nodes) AS last, CASE WHEN growA THEN b ELSE a END AS other, meets
       WITH * WHERE last <> other
       MATCH (last)-[r]-(next)
       WHERE (size($filters.relationTypes) = 0 OR type(r) IN $filters.relationTypes)
         AND (NOT $directed OR startNode(r) = CASE WHEN growA THEN last ELSE next END)
         AND NOT next IN half.nodes
         AND (next = other OR (NOT next IN avoided AND CASE WHEN size($filters.nodeTypes) = 0 THEN true ELSE any(label IN labels(next) WHERE label IN $filters.nodeTypes) END))
         AND next IN meets
       RETURN collect({nodes: half.nodes + next, rels: half.rels + r}) AS grown
     }
     WITH a, b, avoided, found, searching, CASE WHEN searching AND growA THEN grown ELSE fromA END AS fromA, CASE WHEN searching AND NOT growA THEN grown ELSE fromB END AS fromB
     CALL (fromA, fromB, searching) {
       UNWIND CASE WHEN searching THEN [half IN fromA | {meet: last(half.nodes), fromA: half}] + [half IN fromB | {meet: last(half.nodes), fromB: half}] ELSE [] END AS end
       WITH end.meet AS meet, collect(end.fromA) AS halvesA, collect(end.fromB) AS halvesB
       WHERE size(halvesA) > 0 AND size(halvesB) > 0
       WITH halvesA, [half IN halvesB | {half: half, ids: [node IN reverse(half.nodes)[1..-1] | node.id]}] AS halvesB
       UNWIND halvesA AS halfA
       WITH halfA, [node IN halfA.nodes[1..] | node.id] AS idsA, halvesB
       UNWIND halvesB AS halfB
       WITH halfA, idsA, halfB.half AS halfB, halfB.ids AS idsB WHERE none(node IN halfB.nodes[..-1] WHERE node IN halfA.nodes)
       WITH halfA.nodes + reverse(halfB.nodes)[1..] AS nodes, halfA.rels + reverse(halfB.rels) AS rels, idsA + idsB AS ids
       ORDER BY ids, [rel IN rels | type(rel)], [step IN range(0, size(rels) - 1) | startNode(rels[step]) <> nodes[step]]
       LIMIT $first
       RETURN collect({nodes: nodes, rels: rels}) AS joined
     }
     WITH a, b, avoided, fromA, fromB, found + joined[..($first - size(found))] AS found
     RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
       [path IN found | {
         nodes: [n IN path.nodes | [n.id, n.name, coalesce(n.collective, false), head([cvar0 IN labels(n) WHERE cvar0 <> 'Entity'])]],
         rels: [step IN range(0, size(path.rels) - 1) | head([r IN [path.rels[step]] | r {.role, .evidenceSourceIds, .evidenceQuotes, type: type(r), outgoing: startNode(r) = path.nodes[step]}])]
       }] AS paths,
       COLLECT {
         UNWIND found AS path UNWIND path.rels AS item UNWIND coalesce(item.evidenceSourceIds, []) AS sourceId
         WITH DISTINCT sourceId MATCH (s:Source {id: sourceId}) RETURN s {.id, .publisher, .publishedOn}
       } AS sources"
    `);
  });

  it("reads a relationship field inside a path step in the same statement, one level per hop", async () => {
    const [statement] = await statementsOf(
      `{ paths(from: "a", to: "b", maxHops: 3) { steps { to { ... on Institution { projects(first: 2) { nodes { name } } } } } } }`,
    );
    expect(
      statement.cypher.split("CALL (fromA, fromB, searching) {"),
    ).toHaveLength(4);
    expect(statement.cypher.split("AND next IN meets")).toHaveLength(2);
    expect(
      statement.cypher.slice(statement.cypher.indexOf("RETURN a IS NOT NULL")),
    ).toMatchInlineSnapshot(`
     "RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
       [path IN found | {
         nodes: [n IN path.nodes | [n.id, n.name, head([cvar0 IN labels(n) WHERE cvar0 <> 'Entity']), CASE
       WHEN n:Institution THEN COLLECT {
         MATCH (n)-[cthis1:(PARTICIPATES_IN|SUPPORTS)]->(cthis2:Project)
         WHERE cthis2 <> n
         WITH cthis2, cthis1
         ORDER BY cthis2.name ASC, cthis2.id ASC
         SKIP $__r0_offset
         LIMIT $__r0_limit
         RETURN [cthis2.id, cthis2.name]
       }
     END]],
         rels: [step IN range(0, size(path.rels) - 1) | head([r IN [path.rels[step]] | r {type: type(r), outgoing: startNode(r) = path.nodes[step]}])]
       }] AS paths"
    `);
  });
});

describe("the neighbourhood", () => {
  it("is one statement per shape of question, level by level to the depth, the centre's id in a map (Neo4j plans again for each power-of-ten size of a string parameter)", async () => {
    const statements =
      await statementsOf(`{ neighbourhood(id: "thailand", depth: 2, limit: 5, types: [Institution], relationTypes: [COOPERATES_WITH]) {
      truncated nodes { id name } edges { source target type } } }`);
    expect(statements).toHaveLength(1);
    expect(statements[0].params).toEqual({
      centre: { id: "thailand" },
      limit: 5,
      stated: null,
    });
    expect(statements[0].cypher).toMatchInlineSnapshot(`
     "
     MATCH (centre:Entity {id: $centre.id})
     CALL (centre) {
       MATCH (centre)-[hop:COOPERATES_WITH]-(m)
       WHERE m <> centre
       WITH DISTINCT centre, m, 1 AS distance
       CALL (centre, m, distance) {
         RETURN m AS reached, distance AS hops
         UNION ALL
         WITH * WHERE distance = 1
         MATCH (m)-[hop:COOPERATES_WITH]-(next)
         WHERE next <> centre
         RETURN next AS reached, 2 AS hops
       }
       WITH centre, reached AS m, min(hops) AS distance
       WITH m, distance, m.id AS id
       WHERE m:Entity AND (m:Institution)
       ORDER BY distance, m.name, id
       LIMIT $limit + 1
       RETURN collect({node: m, id: id, distance: distance}) AS reached
     }
     WITH centre, reached[..$limit] AS kept, size(reached) > $limit AS truncated
     WITH centre, truncated, [{node: centre, id: $centre.id, distance: 0}] + kept AS members
     WITH truncated, members, [member IN members | member.node] AS nodes
     CALL (members, nodes) {
       UNWIND members AS member
       WITH member.node AS x, member.id AS sourceId, nodes
       MATCH (x)-[r:COOPERATES_WITH]->(y)
       WHERE y IN nodes
       WITH sourceId, r, y.id AS targetId ORDER BY sourceId, type(r), targetId
       RETURN collect([type(r), sourceId, targetId]) AS edges
     }
     RETURN truncated,
       [member IN members | [member.id, member.distance]] AS nodes,
       edges"
    `);
  });
});

describe("the curators' conflicts", () => {
  it("reads a page of conflicts, each with its entity as the selection asks, in one statement", async () => {
    const statements = await statementsOf(
      `{ conflicts(first: 5) { totalCount nodes { id property entity { name sourceCount } } } }`,
    );
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(statement.params).toMatchObject({
      status: "OPEN",
      limit: 6,
      afterKey: null,
      afterId: null,
    });
    expect(statement.cypher).toMatchInlineSnapshot(`
     "CALL () {
       MATCH (c:Conflict {status: $status})
       RETURN count(c) AS total
     }
     CALL () {
       MATCH (c:Conflict {status: $status})
       WHERE $afterId IS NULL OR c.openedAt > datetime($afterKey) OR (c.openedAt = datetime($afterKey) AND c.id > $afterId)
       WITH c ORDER BY c.openedAt, c.id LIMIT $limit
       OPTIONAL MATCH (n:Entity {id: c.entityId})
       RETURN collect({conflict: properties(c), entity: CASE WHEN n IS NULL THEN null ELSE [n.id, n.name, head([cvar0 IN labels(n) WHERE cvar0 <> 'Entity']), size(reduce(countedSources = [], countedSource IN coalesce(n.evidenceSourceIds, []) | CASE WHEN countedSource IN countedSources THEN countedSources ELSE countedSources + countedSource END))] END}) AS page
     }
     RETURN total, page"
    `);
  });
});
