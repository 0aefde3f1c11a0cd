import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { QueryRunner, Row, WriteTransaction } from '../db/database';
import { ENTITY_LABEL, ENTITY_TYPES } from '../model/model';
import { byShape, CHANGE_STATE_LABEL, comparableState, copyBefore, copyBeforeParams, copyState, footprintParams } from './change-snapshots';
import type { Footprint } from './graph-state';

/**
 * The change log: every write appends a `Change` node in its own transaction, numbered by the graph
 * version (`ChangeLog.version`, one counter per graph), with who made it, the operation, and the state
 * of everything it touched before and after (`ChangeState` copies, see change-snapshots), so it can be shown and undone.
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

/**
 * The append, after the work: copies the "after" state, compares it with the "before" (no row when
 * they are equal: the work changed nothing), describes the change and links it to its subjects, and
 * last numbers it. Numbering takes the log's exclusive lock, which a writer holds until it commits,
 * so it comes when nothing else is left to lock. The counter is written by one SET: a MERGE of it, or
 * a second SET that read it, made concurrent writers deadlock (2–7 of 200 edits at 8 writers, each
 * retried by the driver after about a second). Only a graph's first change merges it; the label scan
 * keeps the hot path off the unique index's locking seek.
 */
const appendChange = byShape((footprint) => `
MERGE (c:${CHANGE_LABEL} {id: $token})
WITH c${copyState('AFTER', footprint)}
WITH c
WHERE $change.baseline OR ${comparableState('c', 'BEFORE')} <> ${comparableState('c', 'AFTER')}
// Each list in its own subquery that imports only the change: rows sorted in scope of a large list would each be charged for it.
CALL (c) {
  MATCH (c)-[item:BEFORE|AFTER]->()
  UNWIND CASE WHEN item.label IS NULL THEN [item.from, item.to] WHEN item.label = '${ENTITY_LABEL}' THEN [item.id] ELSE [] END AS id
  WITH DISTINCT id ORDER BY id
  RETURN collect(id) AS entityIds
}
// A relationship's ends are touched too: their types count, so a subscriber to Institutions hears of links between them.
CALL (c) {
  CALL (c) {
    MATCH (c)-[item:BEFORE|AFTER]->() WHERE item.label = '${ENTITY_LABEL}'
    UNWIND item.labels AS type
    RETURN type
    UNION
    MATCH (c)-[item:BEFORE|AFTER]->() WHERE item.type IS NOT NULL
    UNWIND [item.from, item.to] AS id
    WITH DISTINCT id
    MATCH (end:${ENTITY_LABEL} {id: id})
    UNWIND labels(end) AS type
    RETURN type
  }
  WITH DISTINCT type ORDER BY type WHERE type IN $entityTypes
  RETURN collect(type) AS entityTypes
}
CALL (c) {
  MATCH (c)-[item:BEFORE|AFTER]->() WHERE item.type IS NOT NULL
  WITH DISTINCT item.type AS type ORDER BY type
  RETURN collect(type) AS relationTypes
}
CALL (c) {
  MATCH (c)-[item:BEFORE|AFTER]->() WHERE item.label = 'Source'
  WITH DISTINCT item.id AS id ORDER BY id
  RETURN collect(id) AS sourceIds
}
SET c += $change, c.at = datetime(), c.entityIds = entityIds, c.entityTypes = entityTypes, c.relationTypes = relationTypes, c.sourceIds = sourceIds
WITH c
CALL (c) {
  MATCH (c)-[item:BEFORE|AFTER]->()
  UNWIND CASE WHEN item.label IS NULL THEN ['${ENTITY_LABEL}:' + item.from, '${ENTITY_LABEL}:' + item.to] ELSE [item.key] END AS key
  WITH DISTINCT c, key
  MERGE (s:${CHANGE_SUBJECT_LABEL} {key: key})
  CREATE (c)-[:CHANGED]->(s)
}
CALL () {
  OPTIONAL MATCH (existing:${CHANGE_LOG_LABEL}) USING SCAN existing:${CHANGE_LOG_LABEL} WHERE existing.id = 'graph'
  WITH existing WHERE existing IS NULL
  MERGE (log:${CHANGE_LOG_LABEL} {id: 'graph'})
  ON CREATE SET log.epoch = randomUUID(), log.version = 0, log.base = 0
}
MATCH (log:${CHANGE_LOG_LABEL}) USING SCAN log:${CHANGE_LOG_LABEL} WHERE log.id = 'graph'
SET log.version = log.version + 1
// A restore's base in a FOREACH: a second SET of the log that reads it made concurrent writers deadlock.
FOREACH (restore IN CASE WHEN $change.baseline THEN [true] ELSE [] END | SET log.base = log.version)
SET c.id = toString(log.version), c.version = log.version
WITH log, c
OPTIONAL MATCH (undone:${CHANGE_LABEL} {id: $change.revertOf})
SET undone.revertedBy = c.id
RETURN log.epoch AS epoch, ${CHANGE_NOTICE_PROJECTION('c')} AS change`);

/** A change that changed nothing leaves no trace: its pending node and copies go with it. */
const DISCARD_CHANGE = `
MATCH (c:${CHANGE_LABEL} {id: $token})
OPTIONAL MATCH (c)-->(s:${CHANGE_STATE_LABEL})
DETACH DELETE c, s`;

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

/**
 * Copies the state of each footprint the work declares before it changes it, and appends the change
 * after it. A copy is sent without waiting for it: the statements of a transaction run in the order
 * sent, so the work's next statement runs after it, and its failure fails the work.
 */
class ChangeRecorder {
  private readonly token = randomUUID();
  private readonly footprints: Footprint[] = [];
  private readonly copies: Promise<unknown>[] = [];

  constructor(private readonly tx: WriteTransaction) {}

  touch(footprint: Footprint): Promise<void> {
    this.footprints.push(footprint);
    const params = footprintParams(footprint);
    const copy = this.tx.run(copyBefore(params), { token: this.token, ...copyBeforeParams(params) });
    // Awaited by `append` (or `copyFailure`); until then a failure must not surface as an unhandled rejection.
    copy.catch(() => undefined);
    this.copies.push(copy);
    return Promise.resolve();
  }

  /** Why a "before" copy failed, if one did: the real cause of the work's own failure that followed. */
  async copyFailure(): Promise<unknown> {
    for (const copy of this.copies) {
      try {
        await copy;
      } catch (error) {
        return error;
      }
    }
    return undefined;
  }

  /** Appends the change; undefined when the work changed nothing it declared (an import of nothing new). */
  async append(meta: ChangeMeta): Promise<{ epoch: string; change: ChangeNotice } | undefined> {
    await Promise.all(this.copies);
    const change = { ...meta, revertOf: meta.revertOf ?? null, baseline: meta.baseline ?? false };
    const footprint = footprintParams(mergeFootprints(this.footprints));
    const [row] = await this.tx.run(appendChange(footprint), { token: this.token, change, entityTypes: ENTITY_TYPES, ...footprint });
    if (row) return row as Row as { epoch: string; change: ChangeNotice };
    await this.tx.run(DISCARD_CHANGE, { token: this.token });
    return undefined;
  }
}

function mergeFootprints(footprints: Footprint[]): Footprint {
  const ids = (key: 'entities' | 'sources' | 'conflicts' | 'relationshipsOf') => footprints.flatMap((footprint) => footprint[key] ?? []);
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
    const outcome = await work({ run: tx.run, runTyped: tx.runTyped, touch: (footprint) => recorder.touch(footprint) }).catch(async (error: unknown) => {
      throw (await recorder.copyFailure()) ?? error;
    });
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
