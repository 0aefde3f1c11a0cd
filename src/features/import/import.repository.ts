import type { Row } from '../../engine/db/database';
import { evidenceKeys } from '../../engine/model/evidence.cypher';
import { ENTITY_LABEL } from '../../engine/model/model';

/** Runs one lookup: a read transaction in a dry run, the import's own write transaction otherwise. */
export type Lookup = (cypher: string, params: Record<string, unknown>) => Promise<Row[]>;

export const SOURCE_TEXT = `OPTIONAL MATCH (s:Source {id: $id}) RETURN s.text AS text`;

function entityFields(variable: string): string {
  return `${variable}.id AS id, head([label IN labels(${variable}) WHERE label <> '${ENTITY_LABEL}']) AS type, ${variable}.name AS name,
       ${variable}.kind AS kind, coalesce(${variable}.aliases, []) AS aliases, properties(${variable}) AS properties,
       ${evidenceKeys(variable)} AS evidenceKeys`;
}

export const ENTITIES_BY_ID = `
UNWIND $ids AS wanted
MATCH (n:${ENTITY_LABEL} {id: wanted})
RETURN ${entityFields('n')}`;

/** Entities of a row's type whose name or an alias equals one of the row's names, ignoring case. */
export const ENTITIES_BY_NAME = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL})
WHERE row.type IN labels(n)
  AND any(name IN [n.name] + coalesce(n.aliases, []) WHERE toLower(name) IN row.names)
RETURN row.key AS key, ${entityFields('n')}
ORDER BY key, id`;

/**
 * The stored relationship each row states: from `row.from` to `row.to`, or either way round for a
 * symmetric type (`row.symmetric`), the one in the row's direction last where both are stored.
 */
export const RELATIONS_BETWEEN = `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})-[r]-(b:${ENTITY_LABEL} {id: row.to})
WHERE type(r) = row.type AND (row.symmetric OR startNode(r) = a)
WITH row, r, startNode(r) = a AS forward
ORDER BY forward
RETURN row.from AS from, row.type AS type, row.to AS to, startNode(r).id AS heldFrom, endNode(r).id AS heldTo,
       properties(r) AS properties, ${evidenceKeys('r')} AS evidenceKeys`;

/**
 * Other entities a single-target relation of each row already leads to, with their `Type/KIND`: a
 * rival of the same type and kind as the row's target makes the row a conflict.
 */
export const RIVAL_RELATIONS = `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})-[r]->(held:${ENTITY_LABEL})
WHERE type(r) = row.type AND held.id <> row.to
RETURN row.from AS from, row.type AS type, row.to AS to, held.id AS heldId,
       head([label IN labels(held) WHERE label <> '${ENTITY_LABEL}']) + '/' + held.kind AS facet, ${evidenceKeys('r')} AS evidenceKeys
ORDER BY heldId`;

export const STAMP_ENTITIES = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
SET n.updatedAt = datetime(), n.updatedBy = $by`;

export const STAMP_RELATIONS = `
UNWIND $rows AS row
MATCH (:${ENTITY_LABEL} {id: row.from})-[r]->(:${ENTITY_LABEL} {id: row.to})
WHERE type(r) = row.type
SET r.updatedAt = datetime(), r.updatedBy = $by`;
