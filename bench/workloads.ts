import { luceneQuery } from '../src/search/search.repository';
import { SHORTEST_PATHS_CYPHER } from './peers/neo4j-graphql.typedefs';

/** How big an answer is, in comparable terms: the same for the three paths when they agree. */
type AnswerSize = (answer: any) => string;

export interface Workload {
  name: string;
  /** Our GraphQL query. */
  graphql: string;
  /** The same question for @neo4j/graphql 7 (its generated API, or an `@cypher` field where it has none). */
  neo4jGraphql: string;
  /** The floor: hand-written Cypher for the same answer. */
  cypher: string;
  params?: Record<string, unknown>;
  /** Sizes of the floor's rows, our answer and @neo4j/graphql's answer. */
  size: { floor: AnswerSize; service: AnswerSize; neo4jGraphql: AnswerSize };
  /** GraphQL nesting depth: the most Cypher round trips a request may take. */
  depth: number;
}

/** Entities the workloads aim at, taken from whichever graph is loaded. */
export interface BenchIds {
  hub: string;
  from: string;
  centre: string;
  searchText: string;
}

const count = (items: unknown[] | undefined) => String(items?.length ?? 0);
/** Paths as their entities' ids, in order: the same text on all three paths when they found the same paths. */
const pathList = (paths: string[][]) => paths.map((ids) => ids.join('>')).join('; ');
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The workloads; all three paths ask for the same answer, with the ids as parameters or literals. */
export function workloads(ids: BenchIds): Workload[] {
  const params = { ...ids, query: luceneQuery(ids.searchText) };
  return [
    {
      name: 'dashboard',
      // At most 100 projects per institution and 10 domains per project on every path (more than any has).
      graphql: '{ institutions(first: 100) { nodes { id name projects(first: 100) { nodes { id name domains(first: 10) { nodes { id name } } } } } } }',
      neo4jGraphql:
        '{ institutions(limit: 100, sort: [{ name: ASC }, { id: ASC }]) { id name participatesIn(limit: 100) { id name domains(limit: 10) { id name } } supports(limit: 100) { id name domains(limit: 10) { id name } } } }',
      cypher: `MATCH (i:Institution) WITH i ORDER BY i.name, i.id LIMIT 100
        RETURN i.id AS id, i.name AS name, COLLECT { MATCH (i)-[:PARTICIPATES_IN|SUPPORTS]->(p:Project)
          RETURN {id: p.id, name: p.name, domains: COLLECT { MATCH (p)-[:IN_DOMAIN]->(d:Domain) RETURN {id: d.id, name: d.name} LIMIT 10 }} LIMIT 100 } AS projects`,
      size: {
        floor: (rows) => `${rows.length}/${sum(rows.map((row: any) => row.projects.length))}/${sum(rows.flatMap((row: any) => row.projects.map((p: any) => p.domains.length)))}`,
        service: (body) => {
          const nodes = body.data.institutions.nodes;
          const projects = nodes.flatMap((node: any) => node.projects.nodes);
          return `${nodes.length}/${projects.length}/${sum(projects.map((p: any) => p.domains.nodes.length))}`;
        },
        neo4jGraphql: (body) => {
          const nodes = body.data.institutions;
          const projects = nodes.flatMap((node: any) => [...node.participatesIn, ...node.supports]);
          return `${nodes.length}/${projects.length}/${sum(projects.map((p: any) => p.domains.length))}`;
        },
      },
      depth: 3,
    },
    {
      name: 'search',
      graphql: `{ search(text: "${ids.searchText}", first: 10) { score node { id name } } }`,
      neo4jGraphql: `{ searchEntities(phrase: ${JSON.stringify(params.query)}, first: 10) { edges { score node { id name } } } }`,
      cypher: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
        RETURN node.id AS id, node.name AS name, score ORDER BY score DESC LIMIT 10`,
      params,
      size: { floor: count, service: (body) => count(body.data.search), neo4jGraphql: (body) => count(body.data.searchEntities.edges) },
      depth: 2,
    },
    {
      name: 'entity',
      graphql: `{ node(id: "${ids.hub}") { id name relationships(types: [PARTICIPATES_IN], direction: OUT, first: 50) { edges { node { id name } evidence { quote } } } } }`,
      neo4jGraphql: `{ institutions(where: { id: { eq: "${ids.hub}" } }) { id name participatesInConnection(first: 50) { edges { properties { evidenceQuotes } node { id name } } } } }`,
      cypher: `MATCH (n:Entity {id: $hub})
        RETURN n.id AS id, n.name AS name, COLLECT { MATCH (n)-[r:PARTICIPATES_IN]->(m) RETURN {id: m.id, name: m.name, quotes: r.evidenceQuotes} LIMIT 50 } AS edges`,
      params,
      size: {
        floor: (rows) => count(rows[0]?.edges),
        service: (body) => count(body.data.node?.relationships.edges),
        neo4jGraphql: (body) => count(body.data.institutions[0]?.participatesInConnection.edges),
      },
      depth: 3,
    },
    {
      name: 'paths (≤ 4 hops)',
      // The 3 shortest simple paths in collab-graph's tie order. The floor and @neo4j/graphql use Neo4j's
      // own selector: SHORTEST 3 alone breaks ties at random, so they take the 3 shortest length groups and sort them.
      graphql: `{ paths(from: "${ids.from}", to: "${ids.hub}", maxHops: 4, first: 3) { length nodes { id name } steps { explanation } } }`,
      neo4jGraphql: `{ paths(from: "${ids.from}", to: "${ids.hub}") { length ids names } }`,
      cypher: `${SHORTEST_PATHS_CYPHER.replace('$to', '$hub')}
        RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | r.evidenceQuotes] AS quotes`,
      params,
      size: {
        floor: (rows) => pathList(rows.map((row: any) => row.ids)),
        service: (body) => pathList(body.data.paths.map((path: any) => path.nodes.map((node: any) => node.id))),
        neo4jGraphql: (body) => pathList(body.data.paths.map((path: any) => path.ids)),
      },
      depth: 3,
    },
    {
      name: 'neighbourhood (depth 2)',
      graphql: `{ neighbourhood(id: "${ids.centre}", depth: 2, limit: 201) { truncated nodes { id label type } edges { source target type } } }`,
      neo4jGraphql: `{ neighbourhood(id: "${ids.centre}") { source target type } }`,
      cypher: `MATCH (c:Entity {id: $centre})
        CALL (c) { MATCH p = ANY SHORTEST (c)-[]-{1,2}(m:Entity) WITH m, length(p) AS d ORDER BY d LIMIT 200 RETURN collect(m) AS ms }
        WITH [c] + ms AS nodes UNWIND nodes AS x MATCH (x)-[r]->(y) WHERE y IN nodes
        RETURN collect({s: x.id, t: y.id, type: type(r)}) AS edges`,
      params,
      size: { floor: (rows) => count(rows[0]?.edges), service: (body) => count(body.data.neighbourhood.edges), neo4jGraphql: (body) => count(body.data.neighbourhood) },
      depth: 2,
    },
  ];
}

export const SEED_IDS: BenchIds = {
  hub: 'guangxi-department-of-science-and-technology',
  from: 'mahidol-university',
  centre: 'guangxi-department-of-science-and-technology',
  searchText: 'China ASEAN',
};

export const SYNTHETIC_IDS: BenchIds = { hub: 'institution-0', from: 'institution-7', centre: 'institution-1', searchText: 'Institution 12' };
