import { ENTITY_LABEL, type EntityType, type RelationType } from '../graph/model';
import type { QueryRunner } from '../db/database';
import { entityProjection, toEntityRecord, toRelationshipRecord, type EntityRecord, type RelationshipRecord } from '../entity/entity.record';

export interface PathQuery {
  from: string;
  to: string;
  /** 1 to 6; validated before it is written into the quantifier. */
  maxHops: number;
  first: number;
  relationTypes: readonly RelationType[];
  nodeTypes: readonly EntityType[];
  avoid: readonly string[];
  directed: boolean;
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

/**
 * The k shortest paths (Neo4j 5 `SHORTEST k` over a quantified relationship), with no entity
 * visited twice. Types come from allow-lists and the bounds are validated integers; ids and
 * the avoided entities are parameters. Intermediate entities must pass the type and
 * avoid filters; the two ends are what the caller asked for.
 */
export function pathsCypher(query: Pick<PathQuery, 'maxHops' | 'first' | 'relationTypes' | 'nodeTypes' | 'directed'>): string {
  // Neo4j 5.26 takes neither bound as a parameter; both are validated integers in a small range.
  if (!Number.isInteger(query.maxHops) || query.maxHops < 1 || query.maxHops > 6) throw new RangeError('maxHops must be 1 to 6');
  if (!Number.isInteger(query.first) || query.first < 1 || query.first > 10) throw new RangeError('first must be 1 to 10');
  const types = query.relationTypes.length > 0 ? `:${query.relationTypes.join('|')}` : '';
  const arrow = query.directed ? '->' : '-';
  const nodeTypes = query.nodeTypes.length > 0 ? ` AND (${query.nodeTypes.map((type) => `n:${type}`).join(' OR ')})` : '';
  return `
OPTIONAL MATCH (a:${ENTITY_LABEL} {id: $from})
OPTIONAL MATCH (b:${ENTITY_LABEL} {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = SHORTEST ${query.first} (a)-[${types}]${arrow}{1,${query.maxHops}}(b)
  WHERE all(n IN nodes(p)[1..-1] WHERE NOT n.id IN $avoid${nodeTypes})
    AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
  WITH p, [n IN nodes(p) | n.name] AS names
  ORDER BY length(p), names
  RETURN collect({
    nodes: [n IN nodes(p) | ${entityProjection('n')}],
    rels: [r IN relationships(p) | r {.*, type: type(r), startId: startNode(r).id}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, paths`;
}

interface RawPath {
  nodes: Record<string, unknown>[];
  rels: (Record<string, unknown> & { startId: string })[];
}

function toPathRecord(raw: RawPath): PathRecord {
  const nodes = raw.nodes.map(toEntityRecord);
  const steps = raw.rels.map((rel, index) => {
    const from = nodes[index];
    const forward = rel.startId === from.id;
    return {
      ...toRelationshipRecord({ ...rel, outgoing: forward }),
      from,
      to: nodes[index + 1],
      forward,
    };
  });
  return { length: steps.length, nodes, steps };
}

export interface PathSearch {
  fromExists: boolean;
  toExists: boolean;
  paths: PathRecord[];
}

/** Path searches can explode on dense graphs; they get a tighter time limit than other reads. */
export const PATH_QUERY_TIMEOUT_MS = 5_000;

export async function findPaths(db: QueryRunner, query: PathQuery): Promise<PathSearch> {
  const [row] = await db.read(pathsCypher(query), { from: query.from, to: query.to, avoid: query.avoid }, { timeoutMs: PATH_QUERY_TIMEOUT_MS });
  return {
    fromExists: row.fromExists as boolean,
    toExists: row.toExists as boolean,
    paths: (row.paths as RawPath[]).map(toPathRecord),
  };
}
