import type { Database, Row, WriteTransaction } from '../../engine/db/database';
import { ExactValue } from '../../engine/db/database';
import { writeChange } from '../../engine/changes/change-log';
import type { Emit } from '../export/export.output';
import { CONFLICT_LABEL, ENTITY_LABEL, ENTITY_TYPES, RELATION_TYPES } from '../../engine/model/model';
import { decodeProperties, encodeProperties } from '../../engine/db/typed-values';

/**
 * A backup is JSON lines: a header, every node (a key, its labels, its properties), every
 * relationship (the keys of its ends, its type, its properties), and a last line with the counts,
 * so a truncated file is refused rather than restored in part. Keys exist only in the file.
 */
export const BACKUP_FORMAT = 'collab-graph-backup';
export const BACKUP_VERSION = 1;

interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
}
interface BackupNode {
  node: number;
  labels: string[];
  properties: Record<string, unknown>;
}
interface BackupRelationship {
  relationship: number;
  from: number;
  type: string;
  to: number;
  properties: Record<string, unknown>;
}
interface BackupEnd {
  end: true;
  nodes: number;
  relationships: number;
}

/** The knowledge graph's labels: a backup holds these, not the change log (a restore starts a new base of it). */
const CONTENT = `${ENTITY_LABEL}|Source|${CONFLICT_LABEL}`;

/** Every node; ids are unique per label (Entity, Source), so the order is the same in every copy of a graph. */
export const BACKUP_NODES = `
MATCH (n:${CONTENT})
RETURN elementId(n) AS elementId, labels(n) AS labels, properties(n) AS properties
ORDER BY n.id, n:Source, elementId(n)`;

export const BACKUP_RELATIONSHIPS = `
MATCH (a:${CONTENT})-[r]->(b:${CONTENT})
RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to, properties(r) AS properties
ORDER BY a.id, a:Source, type(r), b.id, b:Source, elementId(r)`;

export const COUNT_NODES = `MATCH (n:${CONTENT}) RETURN count(n) AS nodes`;
export const DELETE_GRAPH = `MATCH (n:${CONTENT}) DETACH DELETE n`;

/** Labels and types come from the rows as parameters (`$(…)`, Cypher 5.26), checked against the model first. */
export const RESTORE_NODES = `
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.properties
RETURN row.key AS key, elementId(n) AS elementId`;

export const RESTORE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS created`;

/** A backup or restore of a large graph is one transaction; it may take a while. */
const BACKUP_TIMEOUT_MS = 3_600_000;
const RESTORE_BATCH_SIZE = 1_000;

const KNOWN_LABELS = new Set<string>([ENTITY_LABEL, 'Source', CONFLICT_LABEL, ...ENTITY_TYPES]);
const KNOWN_TYPES = new Set<string>(RELATION_TYPES);

export interface BackupCounts {
  nodes: number;
  relationships: number;
}

const line = (record: BackupHeader | BackupNode | BackupRelationship | BackupEnd) => `${JSON.stringify(record)}\n`;

/**
 * Streams every node and relationship with every property, typed, from one read transaction (so
 * the backup is one consistent state of the graph) to `emit`, as JSON lines.
 */
export async function writeBackup(db: Database, emit: Emit, createdAt = new Date()): Promise<BackupCounts> {
  const keys = new Map<string, number>();
  let relationships = 0;
  await db.streamRead<Row>(
    BACKUP_TIMEOUT_MS,
    async (stream) => {
      await emit(line({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: createdAt.toISOString() }));
      await stream(BACKUP_NODES, {}, (row) => {
        const node = keys.size;
        keys.set(row.elementId as string, node);
        return emit(line({ node, labels: [...(row.labels as string[])].sort(), properties: encodeProperties(row.properties as Record<string, unknown>) }));
      });
      await stream(BACKUP_RELATIONSHIPS, {}, (row) =>
        emit(
          line({
            relationship: relationships++,
            from: keys.get(row.from as string)!,
            type: row.type as string,
            to: keys.get(row.to as string)!,
            properties: encodeProperties(row.properties as Record<string, unknown>),
          }),
        ),
      );
      await emit(line({ end: true, nodes: keys.size, relationships }));
    },
    (record) => record.toObject(),
  );
  return { nodes: keys.size, relationships };
}

/** A backup file that is not whole and well-formed; its message names the line. */
export class BackupFormatError extends Error {}

export class RestoreRefused extends Error {
  constructor(readonly nodes: number) {
    super(`The graph is not empty (${nodes} nodes): restore rebuilds an empty graph. Pass --force to replace it, in the same transaction.`);
  }
}

type Parsed =
  | { kind: 'header' }
  | { kind: 'node'; row: Record<string, unknown> }
  | { kind: 'relationship'; from: number; type: string; to: number; properties: Record<string, unknown> }
  | { kind: 'end' };

/** Checks one line against what may come next; every problem names its line. */
class BackupReader {
  private lineNumber = 0;
  private nodes = 0;
  private relationships = 0;
  private ended = false;

  read(text: string): Parsed | undefined {
    this.lineNumber += 1;
    if (text.trim() === '') return undefined;
    try {
      return this.parse(JSON.parse(text) as Record<string, unknown>);
    } catch (error) {
      throw new BackupFormatError(`line ${this.lineNumber}: ${(error as Error).message}`);
    }
  }

  finish(): BackupCounts {
    if (!this.ended) throw new BackupFormatError(`the backup ends at line ${this.lineNumber} without its last line: it is incomplete`);
    return { nodes: this.nodes, relationships: this.relationships };
  }

  private parse(record: Record<string, unknown>): Parsed {
    if (this.ended) throw new Error('nothing may follow the last line');
    if (this.lineNumber === 1) {
      if (record.format !== BACKUP_FORMAT || record.version !== BACKUP_VERSION) throw new Error(`not a ${BACKUP_FORMAT} version ${BACKUP_VERSION} file`);
      return { kind: 'header' };
    }
    if ('node' in record) {
      if (this.relationships > 0) throw new Error('nodes must come before relationships');
      if (record.node !== this.nodes) throw new Error(`expected node ${this.nodes}`);
      const labels = record.labels;
      if (!Array.isArray(labels) || labels.length === 0 || !labels.every((label) => KNOWN_LABELS.has(label as string))) {
        throw new Error(`labels must be some of ${[...KNOWN_LABELS].join(', ')}`);
      }
      this.nodes += 1;
      return { kind: 'node', row: { key: record.node, labels, properties: decodeProperties(record.properties) } };
    }
    if ('relationship' in record) {
      if (record.relationship !== this.relationships) throw new Error(`expected relationship ${this.relationships}`);
      const { from, type, to } = record;
      if (!KNOWN_TYPES.has(type as string)) throw new Error(`type must be one of ${[...KNOWN_TYPES].join(', ')}`);
      for (const end of [from, to]) {
        if (!Number.isInteger(end) || (end as number) < 0 || (end as number) >= this.nodes) throw new Error(`no node ${JSON.stringify(end)}`);
      }
      this.relationships += 1;
      return { kind: 'relationship', from: from as number, type: type as string, to: to as number, properties: decodeProperties(record.properties) };
    }
    if (record.end === true) {
      if (record.nodes !== this.nodes || record.relationships !== this.relationships) {
        throw new Error(`the file says ${String(record.nodes)} nodes and ${String(record.relationships)} relationships, but holds ${this.nodes} and ${this.relationships}`);
      }
      this.ended = true;
      return { kind: 'end' };
    }
    throw new Error('expected a node, a relationship or the last line');
  }
}

async function restoreInto(tx: WriteTransaction, lines: AsyncIterable<string>): Promise<BackupCounts> {
  const reader = new BackupReader();
  const elementIds: string[] = [];
  let nodes: Record<string, unknown>[] = [];
  let relationships: Record<string, unknown>[] = [];
  const flushNodes = async () => {
    if (nodes.length === 0) return;
    for (const row of await tx.run(RESTORE_NODES, { rows: new ExactValue(nodes) })) elementIds[row.key as number] = row.elementId as string;
    nodes = [];
  };
  const flushRelationships = async () => {
    if (relationships.length === 0) return;
    await tx.run(RESTORE_RELATIONSHIPS, { rows: new ExactValue(relationships) });
    relationships = [];
  };
  for await (const text of lines) {
    const parsed = reader.read(text);
    if (parsed?.kind === 'node') {
      nodes.push(parsed.row);
      if (nodes.length === RESTORE_BATCH_SIZE) await flushNodes();
    } else if (parsed?.kind === 'relationship') {
      await flushNodes();
      relationships.push({ from: elementIds[parsed.from], type: parsed.type, to: elementIds[parsed.to], properties: parsed.properties });
      if (relationships.length === RESTORE_BATCH_SIZE) await flushRelationships();
    }
  }
  await flushNodes();
  await flushRelationships();
  return reader.finish();
}

/**
 * Rebuilds the graph from a backup in one write transaction: all of it, or (on any problem, in the
 * file or in Neo4j) nothing. An empty graph is required unless `force`, which deletes the current
 * graph in the same transaction. `lines` opens the file anew for each attempt, as a transaction
 * may be retried.
 */
export async function restoreBackup(db: Database, lines: () => AsyncIterable<string>, options: { force: boolean; by: string }): Promise<BackupCounts> {
  const bulk = { write: <T>(work: (tx: WriteTransaction) => Promise<T>) => db.write(work, undefined, { timeoutMs: BACKUP_TIMEOUT_MS }) };
  // Recorded as one change that starts a new base: the log keeps what came before, as history that can no longer be undone.
  const meta = (counts: BackupCounts) => ({
    operation: 'restore',
    by: options.by,
    summary: `restored ${counts.nodes} nodes and ${counts.relationships} relationships from a backup`,
    baseline: true,
  });
  return writeChange(bulk, meta, async (tx) => {
    const [{ nodes }] = await tx.run(COUNT_NODES);
    if ((nodes as number) > 0 && !options.force) throw new RestoreRefused(nodes as number);
    if ((nodes as number) > 0) await tx.run(DELETE_GRAPH);
    return restoreInto(tx, lines());
  });
}
