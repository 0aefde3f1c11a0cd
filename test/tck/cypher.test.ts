import { listEntitiesCypher, filterConditions, EntityOrderField } from '../../src/entity/entity.repository';
import { projectionOf, relatedEntitiesCypher } from '../../src/entity/relation.repository';
import { RELATIONS } from '../../src/entity/relation.specs';
import { SortDirection } from '../../src/graph/enums';
import { EntityType } from '../../src/graph/model';

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
