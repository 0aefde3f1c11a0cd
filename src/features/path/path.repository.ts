import { ENTITY_LABEL, type EntityType, type RelationType } from '../../engine/model/model';
import type { QueryRunner } from '../../engine/db/database';
import type { Source } from '../entity/entity.type';
import Cypher from '@neo4j/cypher-builder';
import { toRelationshipRecord, type EntityRecord, type RelationshipRecord } from '../entity/entity.record';
import { entityRow } from '../../engine/compiler/entity.cypher';
import { materialize, type Windows, type EntityValues } from '../../engine/compiler/prefetched';
import type { EntityPlan } from '../../engine/compiler/selection.plan';

export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 10;

export interface PathQuery {
  from: string;
  to: string;
  /** 1 to MAX_PATH_HOPS. */
  maxHops: number;
  first: number;
  relationTypes: readonly RelationType[];
  nodeTypes: readonly EntityType[];
  avoid: readonly string[];
  directed: boolean;
}

/**
 * What to read of the paths found: the entities as the selection compiler plans them (nested fields
 * and their evidence sources included), the steps' relationship properties and evidence, and the
 * steps' evidence sources: none, what an explanation names (publisher and date), or every field, as
 * the per-request source loader would read them, so the resolver can hand them to it.
 */
export interface PathProjection {
  node: EntityPlan;
  edgeProperties: readonly string[];
  edgeEvidence: boolean;
  sources: 'none' | 'label' | 'full';
}

export interface PathStepRecord extends RelationshipRecord {
  from: EntityRecord;
  to: EntityRecord;
  /** Whether the relationship points the way the path walks (from → to). */
  forward: boolean;
}

export interface PathRecord {
  length: number;
  nodes: EntityRecord[];
  steps: PathStepRecord[];
}

const SOURCE_PROJECTIONS: Record<Exclude<PathProjection['sources'], 'none'>, string> = {
  label: 's {.id, .publisher, .publishedOn}',
  full: 's {.id, .title, .publisher, .place, .publishedOn, .file, .url, .text}',
};

/** A step's relationship: the selected properties (and evidence lists), its type, and whether it points the way the path walks. */
function stepProjection(projection: PathProjection): string {
  const properties = [...projection.edgeProperties, ...(projection.edgeEvidence ? ['evidenceSourceIds', 'evidenceQuotes'] : [])].map((name) => `.${name}, `).join('');
  return `r {${properties}type: type(r), outgoing: startNode(r) = path.nodes[step]}`;
}

/**
 * Whether `next`, one hop from `last` on the side that grows, may extend a half-path. The lists are in
 * one map parameter, as the two ends' ids are in another: Neo4j keys its plans by the types and the
 * sizes of string and list parameters (bucketed by powers of ten: an id of 9 characters and one of 14
 * fall in different buckets) but not of what a map holds, and planned this large statement again, for
 * 0.5 to 3 s, for each new combination. The entity-type test is a CASE: as an OR it read every
 * entity's labels even with no types asked for.
 */
const MAY_EXTEND = `(size($filters.relationTypes) = 0 OR type(r) IN $filters.relationTypes)
    AND (NOT $directed OR startNode(r) = CASE WHEN growA THEN last ELSE next END)
    AND NOT next IN half.nodes
    AND (next = other OR (NOT next IN avoided AND CASE WHEN size($filters.nodeTypes) = 0 THEN true ELSE any(label IN labels(next) WHERE label IN $filters.nodeTypes) END))`;

/**
 * One level of the search, skipped once enough paths are found or when a side has nowhere to go:
 *  1. choose the side whose growth reads fewer relationships: the sum of its half-paths' last entities'
 *     degrees (stored counts, so a hub's is read without walking it; once per entity);
 *  2. grow that side's half-paths by one hop: to the far end (where a half-path stops), or through an
 *     entity that may be passed (allowed type, not avoided) and is not on the half-path yet; on the
 *     `last` level, only to where the other side's half-paths end, as no level follows to grow further;
 *  3. join the half-paths of both sides that end at the same entity into every simple path of the
 *     level's length, and keep as many as are still wanted, in the tie order. The paths of a level
 *     share their ends, so only the ids of the entities between them are read to sort them, once per
 *     half-path; types and directions, which break the rare ties between relationships joining the
 *     same entities, are free.
 */
function level(last: boolean): string {
  return `
WITH a, b, avoided, fromA, fromB, found,
  a IS NOT NULL AND b IS NOT NULL AND a <> b AND size(found) < $first AND size(fromA) > 0 AND size(fromB) > 0 AS searching
CALL (fromA, fromB, a, b, searching) {
  UNWIND CASE WHEN searching THEN [half IN fromA | {last: last(half.nodes), other: b, side: 'A'}] + [half IN fromB | {last: last(half.nodes), other: a, side: 'B'}] ELSE [] END AS end
  WITH end WHERE end.last <> end.other
  WITH end.side AS side, end.last AS last, count(*) AS halves
  WITH side, halves * COUNT { (last)--() } AS cost
  RETURN coalesce(sum(CASE side WHEN 'A' THEN cost END), 0) <= coalesce(sum(CASE side WHEN 'B' THEN cost END), 0) AS growA
}
CALL (fromA, fromB, a, b, avoided, searching, growA) {${last ? '\n  WITH *, [half IN CASE WHEN growA THEN fromB ELSE fromA END | last(half.nodes)] AS meets' : ''}
  UNWIND CASE WHEN NOT searching THEN [] WHEN growA THEN fromA ELSE fromB END AS half
  WITH half, last(half.nodes) AS last, CASE WHEN growA THEN b ELSE a END AS other${last ? ', meets' : ''}
  WITH * WHERE last <> other
  MATCH (last)-[r]-(next)
  WHERE ${MAY_EXTEND}${last ? '\n    AND next IN meets' : ''}
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
WITH a, b, avoided, fromA, fromB, found + joined[..($first - size(found))] AS found`;
}

/**
 * Neo4j compiles a statement's expressions once it has run a few times, planning it again inside a
 * request: for this statement that took from a tenth of a second to seconds on a busy server, and ran
 * no faster afterwards (measured on the large benchmark graph). Interpreted expressions skip it.
 */
const INTERPRETED = 'CYPHER expressionEngine=interpreted';

/**
 * The k shortest simple paths from `a` to `b`, shortest first; equal lengths in the order of their
 * entities' ids, then of their relationships' types, then forward before backward, step by step (the
 * tie order). Every intermediate entity passes the type and avoid filters (the two ends are what the
 * caller asked for).
 *
 * A bidirectional search in one statement: half-paths grow from both ends, one hop per level, always
 * on the side whose growth reads fewer relationships, so a hub at either end is expanded only when the
 * other side would cost more. Level L joins the half-paths that meet at the same entity into all paths
 * of length L; the levels stop once `first` paths are found, so a pair joined by short paths never
 * looks further. The text has one level per hop allowed and the projection; every other part of the
 * question is a parameter, so few plans serve all questions (a plan of six levels takes about a
 * second). The projection reads only what the query selects, with the evidence's sources.
 */
export function pathsCypher(maxHops: number, projection: PathProjection): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new RangeError(`maxHops must be 1 to ${MAX_PATH_HOPS}`);
  const sources =
    projection.sources === 'none'
      ? ''
      : `,
  COLLECT {
    UNWIND found AS path UNWIND path.rels AS item UNWIND coalesce(item.evidenceSourceIds, []) AS sourceId
    WITH DISTINCT sourceId MATCH (s:Source {id: sourceId}) RETURN ${SOURCE_PROJECTIONS[projection.sources]}
  } AS sources`;
  const node = new Cypher.NamedNode('n');
  const statement = new Cypher.Raw(
    (context) => `${INTERPRETED}
OPTIONAL MATCH (a:${ENTITY_LABEL} {id: $ends.from})
OPTIONAL MATCH (b:${ENTITY_LABEL} {id: $ends.to})
CALL () { UNWIND $filters.avoid AS id MATCH (x:${ENTITY_LABEL} {id: id}) RETURN collect(x) AS avoided }
WITH a, b, avoided, [{nodes: [a], rels: []}] AS fromA, [{nodes: [b], rels: []}] AS fromB, [] AS found${Array.from({ length: maxHops }, (_, index) => level(index === maxHops - 1)).join('')}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
  [path IN found | {
    nodes: [n IN path.nodes | ${context.compile(entityRow(node, projection.node))}],
    rels: [step IN range(0, size(path.rels) - 1) | head([r IN [path.rels[step]] | ${stepProjection(projection)}])]
  }] AS paths${sources}`,
  );
  return statement.build({ prefix: 'c' }).cypher;
}

interface RawPath {
  nodes: EntityValues[];
  rels: (Record<string, unknown> & { outgoing: boolean })[];
}

function toPathRecord(raw: RawPath, projection: PathProjection, windows: Windows): PathRecord {
  const nodes = raw.nodes.map((node) => materialize<EntityRecord>(node, projection.node, windows));
  const steps = raw.rels.map((rel, index) => ({ ...toRelationshipRecord(rel), from: nodes[index], to: nodes[index + 1], forward: rel.outgoing }));
  return { length: steps.length, nodes, steps };
}

export interface PathSearch {
  fromExists: boolean;
  toExists: boolean;
  paths: PathRecord[];
  /** The sources of the paths' evidence, as far as the projection asked for them. */
  sources: Source[];
}

/** Path searches can explode on dense graphs; they get a tighter time limit than other reads. */
export const PATH_QUERY_TIMEOUT_MS = 5_000;

/**
 * The statements this process has run. A statement's first run includes its planning, which for the
 * deepest searches takes a second on a quiet server and many on a cold, busy one: the first run of
 * each gets the general read time limit instead of the path search's.
 */
const planned = new Set<string>();

/** The paths, as `cypher` (`pathsCypher`, compiled once per document by the resolver) reads them; `windows` pages the nodes' relationship fields. */
export async function findPaths(
  db: QueryRunner,
  query: PathQuery,
  projection: PathProjection,
  cypher = pathsCypher(query.maxHops, projection),
  bound: { params: Record<string, unknown>; windows: Windows } = { params: {}, windows: new Map() },
): Promise<PathSearch> {
  if (!Number.isInteger(query.first) || query.first < 1 || query.first > MAX_PATHS) throw new RangeError(`first must be 1 to ${MAX_PATHS}`);
  const { from, to, first, directed, relationTypes, nodeTypes, avoid } = query;
  const [row] = await db.read(cypher, { ...bound.params, ends: { from, to }, first, directed, filters: { relationTypes, nodeTypes, avoid } }, planned.has(cypher) ? { timeoutMs: PATH_QUERY_TIMEOUT_MS } : {});
  planned.add(cypher);
  return {
    fromExists: row.fromExists as boolean,
    toExists: row.toExists as boolean,
    paths: (row.paths as RawPath[]).map((path) => toPathRecord(path, projection, bound.windows)),
    sources: ((row.sources as Record<string, unknown>[] | undefined) ?? []).map((source) => ({ ...(source as unknown as Source), url: (source.url as string | null) ?? null })),
  };
}
