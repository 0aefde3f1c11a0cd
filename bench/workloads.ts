import { luceneQuery } from '../src/features/search/lucene';
import { SHORTEST_PATHS_CYPHER } from './peers/neo4j-graphql.typedefs';

/** An answer in a canonical form (ids and values only, sorted where order is not asked for): equal when the paths agree. */
type Canonical = (answer: any) => unknown;

export interface Workload {
  name: string;
  /** Our GraphQL query. */
  graphql: string;
  /** The same question for @neo4j/graphql 7 (its generated API, or an `@cypher` field where it has none). */
  neo4jGraphql: string;
  /** The floor: hand-written Cypher for the same answer. */
  cypher: string;
  params?: Record<string, unknown>;
  /** The floor's rows, our answer and @neo4j/graphql's answer, each in the same canonical form. */
  answer: { floor: Canonical; service: Canonical; neo4jGraphql: Canonical };
  /** A short description of a canonical answer, for the table. */
  describe: (canonical: any) => string;
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

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const byKey = <T>(items: T[], key: (item: T) => string) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const named = (items: { id: string; name: string }[]) => byKey(items.map(({ id, name }) => ({ id, name })), (item) => item.id);
const projectsOf = (projects: { id: string; name: string; domains: { id: string; name: string }[] }[]) =>
  byKey(projects.map((project) => ({ id: project.id, name: project.name, domains: named(project.domains) })), (project) => `${project.id}/${JSON.stringify(project.domains)}`);
/** Hits as their scores, and the entities scored above the last hit's score (ties at the cut may differ). */
const ranked = (hits: { id: string; name: string; score: number }[]) => {
  const cut = hits.at(-1)?.score ?? 0;
  return { scores: hits.map((hit) => hit.score.toFixed(4)), above: named(hits.filter((hit) => hit.score > cut + 1e-6)) };
};
const edgeKeys = (edges: { source: string; target: string; type: string }[]) => edges.map((edge) => `${edge.source} ${edge.type} ${edge.target}`).sort();

function dashboardWorkload(): Workload {
  return {
    name: 'dashboard',
    // The first 100 projects per institution and 10 domains per project by name on every path (more than most have).
    graphql: '{ institutions(first: 100) { nodes { id name projects(first: 100) { nodes { id name domains(first: 10) { nodes { id name } } } } } } }',
    neo4jGraphql:
      '{ institutions(limit: 100, sort: [{ name: ASC }, { id: ASC }]) { id name participatesIn(limit: 100, sort: [{ name: ASC }, { id: ASC }]) { id name domains(limit: 10, sort: [{ name: ASC }, { id: ASC }]) { id name } } supports(limit: 100, sort: [{ name: ASC }, { id: ASC }]) { id name domains(limit: 10, sort: [{ name: ASC }, { id: ASC }]) { id name } } } }',
    cypher: `MATCH (i:Institution) WITH i ORDER BY i.name, i.id LIMIT 100
      RETURN i.id AS id, i.name AS name, COLLECT { MATCH (i)-[:PARTICIPATES_IN|SUPPORTS]->(p:Project) WITH p ORDER BY p.name, p.id
        RETURN {id: p.id, name: p.name, domains: COLLECT { MATCH (p)-[:IN_DOMAIN]->(d:Domain) WITH d ORDER BY d.name, d.id RETURN {id: d.id, name: d.name} LIMIT 10 }} LIMIT 100 } AS projects`,
    answer: {
      floor: (rows) => rows.map((row: any) => ({ id: row.id, name: row.name, projects: projectsOf(row.projects) })),
      service: (body) =>
        body.data.institutions.nodes.map((node: any) => ({
          id: node.id,
          name: node.name,
          projects: projectsOf(node.projects.nodes.map((project: any) => ({ ...project, domains: project.domains.nodes }))),
        })),
      neo4jGraphql: (body) =>
        body.data.institutions.map((node: any) => ({ id: node.id, name: node.name, projects: projectsOf([...node.participatesIn, ...node.supports]) })),
    },
    describe: (institutions) => {
      const projects = institutions.flatMap((institution: any) => institution.projects);
      return `${institutions.length}/${projects.length}/${sum(projects.map((project: any) => project.domains.length))}`;
    },
    depth: 3,
  };
}

function searchWorkload(ids: BenchIds, params: Record<string, unknown>): Workload {
  return {
    name: 'search',
    graphql: `{ search(text: "${ids.searchText}", first: 10) { score node { id name } } }`,
    neo4jGraphql: `{ searchEntities(phrase: ${JSON.stringify(params.query)}, first: 10) { edges { score node { id name } } } }`,
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
      RETURN node.id AS id, node.name AS name, score ORDER BY score DESC, name LIMIT 10`,
    params,
    answer: {
      floor: (rows) => ranked(rows.map((row: any) => ({ id: row.id, name: row.name, score: row.score }))),
      service: (body) => ranked(body.data.search.map((hit: any) => ({ ...hit.node, score: hit.score }))),
      neo4jGraphql: (body) => ranked(body.data.searchEntities.edges.map((edge: any) => ({ ...edge.node, score: edge.score }))),
    },
    describe: (hits) => String(hits.scores.length),
    depth: 2,
  };
}

function entityWorkload(ids: BenchIds, params: Record<string, unknown>): Workload {
  return {
    name: 'entity',
    graphql: `{ node(id: "${ids.hub}") { id name relationships(types: [PARTICIPATES_IN], direction: OUT, first: 50) { edges { node { id name } evidence { quote } } } } }`,
    neo4jGraphql: `{ institutions(where: { id: { eq: "${ids.hub}" } }) { id name participatesInConnection(first: 50, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) { edges { properties { evidenceQuotes } node { id name } } } } }`,
    cypher: `MATCH (n:Entity {id: $hub})
      RETURN n.id AS id, n.name AS name, COLLECT { MATCH (n)-[r:PARTICIPATES_IN]->(m) WITH m, r ORDER BY m.name, m.id RETURN {id: m.id, name: m.name, quotes: r.evidenceQuotes} LIMIT 50 } AS edges`,
    params,
    answer: {
      floor: (rows) => rows.map((row: any) => ({ id: row.id, name: row.name, edges: row.edges.map((edge: any) => ({ id: edge.id, name: edge.name, quotes: edge.quotes ?? [] })) })),
      service: (body) =>
        [body.data.node].map((node: any) => ({
          id: node.id,
          name: node.name,
          edges: node.relationships.edges.map((edge: any) => ({ id: edge.node.id, name: edge.node.name, quotes: edge.evidence.map((item: any) => item.quote) })),
        })),
      neo4jGraphql: (body) =>
        body.data.institutions.map((node: any) => ({
          id: node.id,
          name: node.name,
          edges: node.participatesInConnection.edges.map((edge: any) => ({ id: edge.node.id, name: edge.node.name, quotes: edge.properties.evidenceQuotes ?? [] })),
        })),
    },
    describe: (entities) => String(entities[0]?.edges.length ?? 0),
    depth: 3,
  };
}

function pathsWorkload(ids: BenchIds, params: Record<string, unknown>): Workload {
  return {
    name: 'paths (≤ 4 hops)',
    // The 3 shortest simple paths in collab-graph's tie order. The floor and @neo4j/graphql use Neo4j's
    // own selector: SHORTEST 3 alone breaks ties at random, so they take the 3 shortest length groups and sort them.
    graphql: `{ paths(from: "${ids.from}", to: "${ids.hub}", maxHops: 4, first: 3) { length nodes { id name } steps { explanation } } }`,
    neo4jGraphql: `{ paths(from: "${ids.from}", to: "${ids.hub}") { length ids names } }`,
    cypher: `${SHORTEST_PATHS_CYPHER.replace('$to', '$hub')}
      RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | r.evidenceQuotes] AS quotes`,
    params,
    // Each path as its entities' ids, in order.
    answer: {
      floor: (rows) => rows.map((row: any) => row.ids),
      service: (body) => body.data.paths.map((path: any) => path.nodes.map((node: any) => node.id)),
      neo4jGraphql: (body) => body.data.paths.map((path: any) => path.ids),
    },
    describe: (paths) => paths.map((ids: string[]) => ids.length - 1).join(','),
    depth: 3,
  };
}

function neighbourhoodWorkload(ids: BenchIds, params: Record<string, unknown>): Workload {
  return {
    name: 'neighbourhood (depth 2)',
    graphql: `{ neighbourhood(id: "${ids.centre}", depth: 2, limit: 200) { nodes { id } edges { source target type } } }`,
    neo4jGraphql: `{ neighbourhood(id: "${ids.centre}") { source target type } }`,
    cypher: `MATCH (c:Entity {id: $centre})
      CALL (c) { MATCH p = ANY SHORTEST (c)-[]-{1,2}(m:Entity) WITH m, length(p) AS d ORDER BY d, m.name, m.id LIMIT 200 RETURN collect(m) AS ms }
      WITH [c] + ms AS nodes UNWIND nodes AS x MATCH (x)-[r]->(y) WHERE y IN nodes
      RETURN collect({source: x.id, target: y.id, type: type(r)}) AS edges`,
    params,
    answer: {
      floor: (rows) => edgeKeys(rows[0]?.edges ?? []),
      service: (body) => edgeKeys(body.data.neighbourhood.edges),
      neo4jGraphql: (body) => edgeKeys(body.data.neighbourhood),
    },
    describe: (edges) => `${edges.length} edges`,
    depth: 2,
  };
}

/** The workloads; all three paths ask for the same answer, with the ids as parameters or literals. */
export function workloads(ids: BenchIds): Workload[] {
  const params = { ...ids, query: luceneQuery(ids.searchText) };
  return [dashboardWorkload(), searchWorkload(ids, params), entityWorkload(ids, params), pathsWorkload(ids, params), neighbourhoodWorkload(ids, params)];
}

export const SEED_IDS: BenchIds = {
  hub: 'guangxi-department-of-science-and-technology',
  from: 'mahidol-university',
  centre: 'guangxi-department-of-science-and-technology',
  searchText: 'China ASEAN',
};

export const SYNTHETIC_IDS: BenchIds = { hub: 'institution-0', from: 'institution-7', centre: 'institution-1', searchText: 'Institution 12' };
