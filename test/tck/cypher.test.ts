import { listEntitiesCypher, filterConditions, EntityOrderField } from '../../src/entity/entity.repository';
import { projectionOf, relatedEntitiesCypher } from '../../src/entity/relation.repository';
import { RELATIONS } from '../../src/entity/relation.specs';
import { SortDirection } from '../../src/graph/enums';
import { EntityType } from '../../src/graph/model';
import { execute, parse } from 'graphql';
import type { Database, QueryRunner } from '../../src/db/database';
import { createContext } from '../../src/graphql/context';
import { graphSchema } from '../../src/graphql/schema';
import { pathsCypher } from '../../src/path/path.repository';

/** Generated Cypher, pinned: a change here is a change in what the database is asked. */
describe('generated Cypher', () => {
  it('lists with filters as parameters, keyset pagination and the total in one statement', () => {
    const { conditions, params } = filterConditions(EntityType.Institution, { search: 'Univ', kinds: ['UNIVERSITY'], country: 'china' });
    expect(params).toEqual({ search: 'univ', kinds: ['UNIVERSITY'], country: 'china' });
    expect(listEntitiesCypher(EntityType.Institution, conditions, { field: EntityOrderField.DEGREE, direction: SortDirection.DESC }, true))
      .toMatchInlineSnapshot(`
"
CALL () {
  MATCH (n:Institution) WHERE (toLower(n.name) CONTAINS $search OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $search)) AND n.kind IN $kinds AND EXISTS { MATCH (n)-[:LOCATED_IN*1..2]->(c) WHERE c:Country AND c.id = $country }
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Institution) WHERE (toLower(n.name) CONTAINS $search OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $search)) AND n.kind IN $kinds AND EXISTS { MATCH (n)-[:LOCATED_IN*1..2]->(c) WHERE c:Country AND c.id = $country }
  WITH n, COUNT { (n)--() } AS key
  WHERE key < $afterKey OR (key = $afterKey AND n.id < $afterId)
  WITH n, key ORDER BY key DESC, n.id DESC LIMIT $limit
  RETURN collect({node: n {.*, type: head([label IN labels(n) WHERE label <> 'Entity'])}, key: key}) AS page
}
RETURN total, page"
`);
  });

  it('batches a relationship field for all parents with UNWIND $ids', () => {
    const projection = projectionOf({ nodeFields: new Set(['id', 'name', 'country']), edgeFields: new Set(['node', 'role', 'evidence']) });
    expect(relatedEntitiesCypher(RELATIONS.project.participants, projection)).toMatchInlineSnapshot(`
"
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[r:PARTICIPATES_IN]-(m:Institution)
  WHERE m <> n
  WITH m, r ORDER BY m.name, m.id
  RETURN collect({node: m {.id, .name, type: head([label IN labels(m) WHERE label <> 'Entity'])}, rels: [r {.role, .evidenceSourceIds, .evidenceQuotes, type: type(r), outgoing: startNode(r) = n}]}) AS edges
}
RETURN id, size(edges) AS total, edges[$offset..($offset + $limit)] AS page"
`);
  });

  it('follows chains to a country and keeps the shortest path per entity', () => {
    const cypher = relatedEntitiesCypher(RELATIONS.institution.country, projectionOf({ nodeFields: new Set(['name']), edgeFields: new Set() }));
    expect(cypher).toContain('MATCH p = (n)-[:LOCATED_IN*1..2]->(m:Country)');
    expect(cypher).toContain('WITH m, p ORDER BY length(p) WITH m, collect(p)[0] AS p');
  });
});

/** Runs an operation against the schema with a database that records each statement and answers `row`. */
async function statementsOf(query: string, variables: Record<string, unknown>, row: Record<string, unknown>) {
  const statements: { cypher: string; params: Record<string, unknown> }[] = [];
  const runner = {
    read: async (cypher: string, params: Record<string, unknown> = {}) => (statements.push({ cypher, params }), [row]),
  } as unknown as QueryRunner;
  const contextValue = createContext({ runner: () => runner } as unknown as Database);
  const result = await execute({ schema: await graphSchema(), document: parse(query), variableValues: variables, contextValue });
  expect(result.errors).toBeUndefined();
  return statements;
}

describe('generated Cypher for paths', () => {
  const projection = { ...projectionOf({ nodeFields: new Set(['name']), edgeFields: new Set(['role']) }), sources: 'label' as const };

  it('is one bidirectional search level per hop (the last growing only to where the other side ends), the values all parameters, the sources read inline', () => {
    expect(pathsCypher(3, projection).split('CALL (fromA, fromB, searching) {')).toHaveLength(4);
    expect(pathsCypher(3, projection).split('AND next IN meets')).toHaveLength(2);
    expect(pathsCypher(1, projection)).toMatchInlineSnapshot(`
"CYPHER expressionEngine=interpreted
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
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
    nodes: [n IN path.nodes | n {.id, .name, type: head([label IN labels(n) WHERE label <> 'Entity'])}],
    rels: [step IN range(0, size(path.rels) - 1) | head([r IN [path.rels[step]] | r {.role, type: type(r), outgoing: startNode(r) = path.nodes[step]}])]
  }] AS paths,
  COLLECT {
    UNWIND found AS path UNWIND path.rels AS item UNWIND coalesce(item.evidenceSourceIds, []) AS sourceId
    WITH DISTINCT sourceId MATCH (s:Source {id: sourceId}) RETURN s {.id, .publisher, .publishedOn}
  } AS sources"
`);
  });

  it('reads what the query selects, through fragments and @skip, in one statement', async () => {
    const query = `query Paths($skip: Boolean!) {
      paths(from: "a", to: "b", maxHops: 2, first: 2, relationTypes: [PARTICIPATES_IN], nodeTypes: [Project], avoid: ["c"], directed: true) {
        nodes { ... on Institution { name } }
        steps { to { ...Kind } scope explanation evidence @skip(if: $skip) { source { publisher } } }
      }
    }
    fragment Kind on Node { kind }`;
    const row = { fromExists: true, toExists: true, paths: [], sources: [] };
    const [explained] = await statementsOf(query, { skip: true }, row);
    expect(explained.params).toEqual({ from: 'a', to: 'b', first: 2, directed: true, filters: { relationTypes: ['PARTICIPATES_IN'], nodeTypes: ['Project'], avoid: ['c'] } });
    expect(explained.cypher.split('CALL (fromA, fromB, searching) {')).toHaveLength(3);
    // What is read of each entity and relationship, and of the evidence's sources (their label, or all of them when selected).
    const reads = (cypher: string) => cypher.split('\n').filter((line) => /^\s+(nodes|rels): |RETURN s /.test(line)).map((line) => line.trim());
    expect(reads(explained.cypher)).toMatchInlineSnapshot(`
[
  "nodes: [n IN path.nodes | n {.id, .name, .kind, .collective, type: head([label IN labels(n) WHERE label <> 'Entity'])}],",
  "rels: [step IN range(0, size(path.rels) - 1) | head([r IN [path.rels[step]] | r {.scope, .role, .evidenceSourceIds, .evidenceQuotes, type: type(r), outgoing: startNode(r) = path.nodes[step]}])]",
  "WITH DISTINCT sourceId MATCH (s:Source {id: sourceId}) RETURN s {.id, .publisher, .publishedOn}",
]
`);
    const [sourced] = await statementsOf(query, { skip: false }, row);
    expect(reads(sourced.cypher).at(-1)).toBe('WITH DISTINCT sourceId MATCH (s:Source {id: sourceId}) RETURN s {.id, .title, .publisher, .place, .publishedOn, .file, .url, .text}');
    expect(sourced.cypher).toContain('UNWIND path.rels + path.nodes AS item');
  });
});
