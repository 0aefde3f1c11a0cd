import { ENTITY_LABEL, type EntityType, type RelationType } from '../../engine/model/model';
import type { QueryRunner } from '../../engine/db/database';
import { toEvidence, type StoredEvidence } from '../entity/entity.record';
import { PATH_QUERY_TIMEOUT_MS } from '../path/path.repository';
import { dateRangeParam } from '../../engine/model/date-range';
import type { Evidence } from '../entity/entity.type';
import { firstStatedOf, lastStatedOf, statedWithin, type DateRangeValue } from '../../engine/model/stated.cypher';
import { sourceCountOf } from '../../engine/model/evidence.cypher';

export interface NeighbourhoodQuery {
  id: string;
  /** 1 to 3; validated before it is written into the quantifier. */
  depth: number;
  limit: number;
  nodeTypes: readonly EntityType[];
  relationTypes: readonly RelationType[];
  /** The nodes' fields beyond `id` and `distance` that are selected, and so read. */
  nodeFields: readonly NodeField[];
  /** Whether the edges' own ids are read (only when selected). */
  edgeId: boolean;
  /** Whether the edges' evidence is read (only when selected). */
  evidence: boolean;
  /** Whether the edges' first and last statement dates are read (only when selected). */
  stated: boolean;
  /** Whether the edges' source counts are read (only when selected). */
  sourceCount: boolean;
  /** Only relationships stated in this range are followed and listed; null for all. */
  range: DateRangeValue | null;
}

/** The node fields read from the graph only when the selection asks for them. */
export type NodeField = 'label' | 'kind' | 'type';

const NODE_FIELD_CYPHER: Record<NodeField, string> = {
  label: 'member.node.name',
  kind: 'member.node.kind',
  type: `head([label IN labels(member.node) WHERE label <> '${ENTITY_LABEL}'])`,
};

export interface GraphNodeRecord {
  id: string;
  label: string;
  type: EntityType;
  kind: string;
  /** Hops from the centre. */
  distance: number;
}

export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  evidence: Evidence[];
  firstStated?: string | null;
  lastStated?: string | null;
  sourceCount?: number;
}

type ShapeOptions = Pick<NeighbourhoodQuery, 'depth' | 'nodeTypes' | 'relationTypes' | 'nodeFields' | 'edgeId' | 'evidence' | 'stated' | 'sourceCount'> & { ranged: boolean };

/** A value the statement reads per node or edge: its Cypher, and the key it gets in the record. */
interface Column {
  key: string;
  cypher: string;
}

/** The nodes' columns, in the order the statement returns them: id, the selected fields, distance. */
function nodeColumns(query: ShapeOptions): Column[] {
  return [{ key: 'id', cypher: 'member.id' }, ...query.nodeFields.map((field) => ({ key: field, cypher: NODE_FIELD_CYPHER[field] })), { key: 'distance', cypher: 'member.distance' }];
}

/** The edges' columns, in the order the statement returns them: what is selected, then type, source and target. */
function edgeColumns(query: ShapeOptions): Column[] {
  return [
    ...(query.edgeId ? [{ key: 'id', cypher: 'r.id' }] : []),
    ...(query.evidence ? [{ key: 'evidenceSourceIds', cypher: 'r.evidenceSourceIds' }, { key: 'evidenceQuotes', cypher: 'r.evidenceQuotes' }] : []),
    ...(query.stated ? [{ key: 'firstStated', cypher: firstStatedOf('r') }, { key: 'lastStated', cypher: lastStatedOf('r') }] : []),
    ...(query.sourceCount ? [{ key: 'sourceCount', cypher: sourceCountOf('r') }] : []),
    { key: 'type', cypher: 'type(r)' },
    { key: 'source', cypher: 'sourceId' },
    { key: 'target', cypher: 'targetId' },
  ];
}

/**
 * Breadth-first, one level at a time: each level expands only the entities first reached at the level
 * before and keeps each entity's least distance, so hubs do not multiply the work. This answers what
 * `ANY SHORTEST (centre)-[]-{1,depth}(m)` answers, at about half of Neo4j's CPU at depth 2 and a
 * seventh at depth 3 (that operator builds a path per entity reached). The relationship filters (types,
 * stated range) hold for every hop, the entity types only for the entities listed. Nearest first, cut
 * at `limit`; then every relationship among the kept entities. Types come from allow-lists, the depth
 * is a validated integer. The centre's id is in a map parameter, as the path search's ends are
 * (path.repository.ts): Neo4j plans a statement again for each power-of-ten size of a string parameter.
 */
export function neighbourhoodCypher(query: ShapeOptions): string {
  if (!Number.isInteger(query.depth) || query.depth < 1 || query.depth > 3) throw new RangeError('depth must be 1 to 3');
  const types = query.relationTypes.length > 0 ? `:${query.relationTypes.join('|')}` : '';
  // A cycle leads back to the centre (two relationships to one neighbour, a triangle); it is listed once, at 0.
  // A range filters the walk: only stated relationships are followed.
  const hopWhere = query.ranged ? ` AND ${statedWithin('hop', '$stated')}` : '';
  const listed = [`m:${ENTITY_LABEL}`, ...(query.nodeTypes.length > 0 ? [`(${query.nodeTypes.map((type) => `m:${type}`).join(' OR ')})`] : [])];
  const furtherLevels = Array.from(
    { length: query.depth - 1 },
    (_, index) => `
  CALL (centre, m, distance) {
    RETURN m AS reached, distance AS hops
    UNION ALL
    WITH * WHERE distance = ${index + 1}
    MATCH (m)-[hop${types}]-(next)
    WHERE next <> centre${hopWhere}
    RETURN next AS reached, ${index + 2} AS hops
  }
  WITH centre, reached AS m, min(hops) AS distance`,
  ).join('');
  const cyphers = (columns: Column[]) => columns.map((column) => column.cypher).join(', ');
  return `
MATCH (centre:${ENTITY_LABEL} {id: $centre.id})
CALL (centre) {
  MATCH (centre)-[hop${types}]-(m)
  WHERE m <> centre${hopWhere}
  WITH DISTINCT centre, m, 1 AS distance${furtherLevels}
  WITH m, distance, m.id AS id
  WHERE ${listed.join(' AND ')}
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
  MATCH (x)-[r${types}]->(y)
  WHERE y IN nodes${query.ranged ? ` AND ${statedWithin('r', '$stated')}` : ''}
  WITH sourceId, r, y.id AS targetId ORDER BY sourceId, type(r), targetId
  RETURN collect([${cyphers(edgeColumns(query))}]) AS edges
}
RETURN truncated,
  [member IN members | [${cyphers(nodeColumns(query))}]] AS nodes,
  edges`;
}

export interface Subgraph {
  found: boolean;
  truncated: boolean;
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
}

/** The rows' lists as records: each value under its column's key. */
function records<T>(rows: unknown[][], columns: readonly Column[]): T[] {
  return rows.map((values) => {
    const record: Record<string, unknown> = {};
    for (let index = 0; index < columns.length; index += 1) record[columns[index].key] = values[index];
    return record as T;
  });
}

/** A statement and its columns per shape of question; the shapes are few (the selection and argument lists), the cache is bounded anyway. */
const MAX_CACHED_SHAPES = 256;
const shapes = new Map<string, { cypher: string; nodes: Column[]; edges: Column[] }>();

function shapeOf(query: ShapeOptions) {
  const key = JSON.stringify([query.depth, query.nodeTypes, query.relationTypes, query.nodeFields, query.edgeId, query.evidence, query.stated, query.sourceCount, query.ranged]);
  let shape = shapes.get(key);
  if (!shape) {
    if (shapes.size >= MAX_CACHED_SHAPES) shapes.clear();
    shape = { cypher: neighbourhoodCypher(query), nodes: nodeColumns(query), edges: edgeColumns(query) };
    shapes.set(key, shape);
  }
  return shape;
}

/**
 * Nodes and edges travel as lists, not maps: the driver decodes a map key by key, which was most of
 * this answer's decoding time. Only what was read is set; evidence is built only when selected.
 */
export async function loadNeighbourhood(db: QueryRunner, query: NeighbourhoodQuery): Promise<Subgraph> {
  const shape = shapeOf({ ...query, ranged: query.range !== null });
  const [row] = await db.read(shape.cypher, { centre: { id: query.id }, limit: query.limit, stated: dateRangeParam(query.range) }, { timeoutMs: PATH_QUERY_TIMEOUT_MS });
  if (!row) return { found: false, truncated: false, nodes: [], edges: [] };
  const edges = records<GraphEdgeRecord & StoredEvidence>(row.edges as unknown[][], shape.edges);
  if (query.evidence) for (const edge of edges) edge.evidence = toEvidence(edge);
  return { found: true, truncated: row.truncated as boolean, nodes: records<GraphNodeRecord>(row.nodes as unknown[][], shape.nodes), edges };
}
