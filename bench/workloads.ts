import { luceneQuery } from '../src/search/search.repository';

export interface Workload {
  name: string;
  graphql: string;
  cypher: string;
  params?: Record<string, unknown>;
}

/** Entities the workloads aim at, taken from whichever graph is loaded. */
export interface BenchIds {
  hub: string;
  from: string;
  centre: string;
  searchText: string;
}

/** The workloads; the GraphQL and the floor's Cypher ask for the same answer, with the ids as parameters. */
export function workloads(ids: BenchIds): Workload[] {
  const params = { ...ids, query: luceneQuery(ids.searchText) };
  return [
    {
      name: 'nested dashboard (institutions > projects > domains)',
      graphql: '{ institutions(first: 100) { nodes { id name projects { nodes { id name domains { nodes { id name } } } } } } }',
      cypher: `MATCH (i:Institution) WITH i ORDER BY i.name, i.id LIMIT 100
        RETURN i.id AS id, i.name AS name, COLLECT { MATCH (i)-[:PARTICIPATES_IN|SUPPORTS]->(p:Project)
          RETURN {id: p.id, name: p.name, domains: COLLECT { MATCH (p)-[:IN_DOMAIN]->(d:Domain) RETURN {id: d.id, name: d.name} }} } AS projects`,
    },
    {
      name: 'search',
      graphql: `{ search(text: "${ids.searchText}", first: 10) { score node { id name } } }`,
      cypher: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
        RETURN node.id AS id, node.name AS name, score ORDER BY score DESC LIMIT 10`,
      params,
    },
    {
      name: 'entity with relationships',
      graphql: `{ node(id: "${ids.hub}") { id name relationships(first: 50) { totalCount edges { type node { id name } evidence { quote } } } } }`,
      cypher: `MATCH (n:Entity {id: $hub})
        RETURN n.id AS id, n.name AS name, COLLECT { MATCH (n)-[r]-(m) RETURN {type: type(r), id: m.id, name: m.name, quotes: r.evidenceQuotes} LIMIT 50 } AS edges`,
      params,
    },
    {
      name: 'paths, up to 4 hops',
      graphql: `{ paths(from: "${ids.from}", to: "${ids.hub}", maxHops: 4, first: 3) { length steps { explanation } } }`,
      cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $hub})
        MATCH p = SHORTEST 3 (a)-[]-{1,4}(b) RETURN [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | r.evidenceQuotes] AS quotes`,
      params,
    },
    {
      name: 'neighbourhood, depth 2',
      graphql: `{ neighbourhood(id: "${ids.centre}", depth: 2, limit: 200) { truncated nodes { id label type } edges { source target type } } }`,
      cypher: `MATCH (c:Entity {id: $centre})
        CALL (c) { MATCH p = ANY SHORTEST (c)-[]-{1,2}(m:Entity) WITH m, length(p) AS d ORDER BY d LIMIT 200 RETURN collect(m) AS ms }
        WITH [c] + ms AS nodes UNWIND nodes AS x MATCH (x)-[r]->(y) WHERE y IN nodes
        RETURN collect({s: x.id, t: y.id, type: type(r)}) AS edges`,
      params,
    },
  ];
}

export const SEED_IDS: BenchIds = {
  hub: 'china-asean-technology-transfer-center',
  from: 'mahidol-university',
  centre: 'guangxi-department-of-science-and-technology',
  searchText: 'China ASEAN',
};

export const SYNTHETIC_IDS: BenchIds = { hub: 'institution-0', from: 'institution-7', centre: 'institution-1', searchText: 'Institution 12' };
