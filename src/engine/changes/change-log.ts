import { EventEmitter } from 'node:events';
import type { QueryRunner, Row, WriteTransaction } from '../db/database';
import { ENTITY_LABEL, ENTITY_TYPES } from '../model/model';
import { readState, unionState, type Footprint, type GraphState } from './graph-state';

/**
 * The change log: every write appends a `Change` node in its own transaction, numbered by the graph
 * version (`ChangeLog.version`, one counter per graph), with who made it, the operation, and the state
 * of everything it touched before and after (JSON, every value typed), so it can be shown and undone.
 * The counter's node is locked by each writer until it commits, so versions follow commit order.
 */
export const CHANGE_LABEL = 'Change';
export const CHANGE_LOG_LABEL = 'ChangeLog';
/** One node per thing ever changed (`Entity:<id>`, `Source:<id>`, …), linked from its changes: `history` reads from here. */
export const CHANGE_SUBJECT_LABEL = 'ChangeSubject';

export const CHANGE_LOG_MIGRATIONS: readonly string[] = [
  `CREATE CONSTRAINT change_id_unique IF NOT EXISTS FOR (c:${CHANGE_LABEL}) REQUIRE c.id IS UNIQUE`,
  `CREATE INDEX change_version IF NOT EXISTS FOR (c:${CHANGE_LABEL}) ON (c.version)`,
  `CREATE INDEX change_at IF NOT EXISTS FOR (c:${CHANGE_LABEL}) ON (c.at)`,
  `CREATE CONSTRAINT change_subject_unique IF NOT EXISTS FOR (s:${CHANGE_SUBJECT_LABEL}) REQUIRE s.key IS UNIQUE`,
  `CREATE CONSTRAINT change_log_unique IF NOT EXISTS FOR (l:${CHANGE_LOG_LABEL}) REQUIRE l.id IS UNIQUE`,
];

/** A graph's version: `epoch` names this log (a cleared graph starts a new one), `version` counts its changes. */
export interface GraphVersion {
  epoch: string;
  version: number;
}

export interface ChangeMeta {
  /** What was done, in the API's words: `mergeEntities`, `importDocument`, `revertChange`, … */
  operation: string;
  /** The principal: `api-key:<name>`, `jwt:<sub>`, `anonymous`, or a CLI's `cli:<user>`. */
  by: string;
  summary: string;
  /** For a revert: the change it undoes. */
  revertOf?: string;
  /** A change that cannot be undone (a restore replaces the whole graph); earlier changes become history only. */
  baseline?: boolean;
}

/** What followers and subscribers learn of a committed change. */
export interface ChangeNotice {
  id: string;
  epoch: string;
  version: number;
  at: string;
  by: string;
  operation: string;
  summary: string;
  entityIds: string[];
  entityTypes: string[];
  relationTypes: string[];
  sourceIds: string[];
  revertOf: string | null;
}

export const CHANGE_NOTICE_PROJECTION = (c: string) =>
  `${c} {.id, .version, .by, .operation, .summary, .entityIds, .entityTypes, .relationTypes, .sourceIds, .revertOf, at: toString(${c}.at)}`;

const APPEND_CHANGE = `
MERGE (log:${CHANGE_LOG_LABEL} {id: 'graph'})
ON CREATE SET log.epoch = randomUUID(), log.version = 0, log.base = 0
SET log.version = log.version + 1
SET log.base = CASE WHEN $change.baseline THEN log.version ELSE log.base END
CREATE (c:${CHANGE_LABEL} {id: toString(log.version)})
SET c += $change, c.version = log.version, c.at = datetime()
WITH log, c
CALL (c) {
  UNWIND $subjects AS key
  MERGE (s:${CHANGE_SUBJECT_LABEL} {key: key})
  CREATE (c)-[:CHANGED]->(s)
}
WITH log, c
OPTIONAL MATCH (undone:${CHANGE_LABEL} {id: $change.revertOf})
SET undone.revertedBy = c.id
RETURN log.epoch AS epoch, ${CHANGE_NOTICE_PROJECTION('c')} AS change`;

const TYPES_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN DISTINCT head([label IN labels(n) WHERE label <> '${ENTITY_LABEL}']) AS type`;

/** Committed changes of this process, so its follower learns of them without waiting for its next look. */
export const localCommits = new EventEmitter<{ committed: [ChangeNotice] }>();

/** A write transaction that also records what it changes. */
export interface ChangeTransaction extends WriteTransaction {
  /**
   * Names what the work is about to change, before changing it: the state it has now is the
   * change's "before". May be called again as the work learns more (an import, after planning).
   */
  touch(footprint: Footprint): Promise<void>;
}

function subjectsOf(state: GraphState): string[] {
  return [...new Set([...state.nodes.map((node) => `${node.label}:${node.id}`), ...state.relationships.flatMap((r) => [`${ENTITY_LABEL}:${r.from}`, `${ENTITY_LABEL}:${r.to}`])])];
}

function describeState(state: GraphState) {
  const entities = state.nodes.filter((node) => node.label === ENTITY_LABEL);
  return {
    entityIds: [...new Set([...entities.map((node) => node.id), ...state.relationships.flatMap((r) => [r.from, r.to])])].sort(),
    entityTypes: [...new Set(entities.flatMap((node) => node.labels.filter((label) => (ENTITY_TYPES as readonly string[]).includes(label))))].sort(),
    relationTypes: [...new Set(state.relationships.map((r) => r.type))].sort(),
    sourceIds: state.nodes.filter((node) => node.label === 'Source').map((node) => node.id),
  };
}

/** Tracks the footprint a change declares and its state before the work touched it. */
class ChangeRecorder {
  private before: GraphState = { nodes: [], relationships: [] };
  private footprints: Footprint[] = [];

  constructor(private readonly tx: WriteTransaction) {}

  async touch(footprint: Footprint): Promise<void> {
    this.footprints.push(footprint);
    // What an earlier touch saw first stays the "before": the work may have changed it since.
    this.before = unionState(this.before, await readState(this.tx, footprint));
  }

  /** Appends the change; undefined when the work changed nothing it declared (an import of nothing new). */
  async append(meta: ChangeMeta): Promise<{ epoch: string; change: ChangeNotice } | undefined> {
    const after = await readState(this.tx, afterFootprint(mergeFootprints(this.footprints), this.before));
    const [beforeJson, afterJson] = [JSON.stringify(this.before), JSON.stringify(after)];
    if (!meta.baseline && beforeJson === afterJson) return undefined;
    const all = unionState(after, this.before);
    const described = describeState(all);
    // A relationship's ends are touched too: their types count, so a subscriber to Institutions hears of links between them.
    const ends = described.entityIds.filter((id) => !all.nodes.some((node) => node.label === ENTITY_LABEL && node.id === id));
    const endTypes = ends.length > 0 ? (await this.tx.run(TYPES_OF_ENTITIES, { ids: ends })).map((row) => row.type as string) : [];
    const entityTypes = [...new Set([...described.entityTypes, ...endTypes])].sort();
    const change = { ...meta, revertOf: meta.revertOf ?? null, baseline: meta.baseline ?? false, ...described, entityTypes, before: beforeJson, after: afterJson };
    const [row] = await this.tx.run(APPEND_CHANGE, { change, subjects: subjectsOf(all) });
    return row as Row as { epoch: string; change: ChangeNotice };
  }
}

/**
 * Where to read a change's "after": everything declared, and every relationship of a declared entity
 * that did not exist before (one the work created takes its relationships into the change). What
 * was there before is within the declared footprint already, so what is gone now reads as absent.
 */
function afterFootprint(declared: Footprint, before: GraphState): Footprint {
  const existedBefore = new Set(before.nodes.filter((node) => node.label === ENTITY_LABEL).map((node) => node.id));
  const appeared = (declared.entities ?? []).filter((id) => !existedBefore.has(id));
  return { ...declared, relationshipsOf: [...new Set([...(declared.relationshipsOf ?? []), ...appeared])] };
}

function mergeFootprints(footprints: Footprint[]): Footprint {
  const ids = (key: 'entities' | 'sources' | 'conflicts' | 'relationshipsOf') => [...new Set(footprints.flatMap((footprint) => footprint[key] ?? []))];
  return {
    entities: ids('entities'),
    sources: ids('sources'),
    conflicts: ids('conflicts'),
    relationships: footprints.flatMap((footprint) => footprint.relationships ?? []),
    relationshipsOf: ids('relationshipsOf'),
  };
}

/**
 * Runs `work` in one write transaction and appends its change to the log in the same transaction:
 * both commit, or neither does. `meta` may depend on the work's result (a summary naming what it did).
 * Returns the work's result and the change recorded (none when the work changed nothing).
 */
export async function recordChange<T>(
  runner: Pick<QueryRunner, 'write'>,
  meta: ChangeMeta | ((result: T) => ChangeMeta),
  work: (tx: ChangeTransaction) => Promise<T>,
): Promise<{ result: T; change: ChangeNotice | undefined }> {
  let change: ChangeNotice | undefined;
  const result = await runner.write(async (tx) => {
    const recorder = new ChangeRecorder(tx);
    const outcome = await work({ run: tx.run, runTyped: tx.runTyped, touch: (footprint) => recorder.touch(footprint) });
    const appended = await recorder.append(typeof meta === 'function' ? meta(outcome) : meta);
    change = appended && { ...appended.change, epoch: appended.epoch };
    return outcome;
  });
  if (change) localCommits.emit('committed', change);
  return { result, change };
}

/** `recordChange` for callers that need only the work's result. */
export async function writeChange<T>(
  runner: Pick<QueryRunner, 'write'>,
  meta: ChangeMeta | ((result: T) => ChangeMeta),
  work: (tx: ChangeTransaction) => Promise<T>,
): Promise<T> {
  return (await recordChange(runner, meta, work)).result;
}
