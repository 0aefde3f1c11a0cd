import { writeChange, type ChangeTransaction } from '../src/engine/changes/change-log';
import type { Database } from '../src/engine/db/database';
import { ENTITY_LABEL, EntityType, KINDS_BY_TYPE, RelationType } from '../src/engine/model/model';
import type { LinkInput, UpdateEntityInput } from '../src/features/curation/curation.input';
import { linkEntities, updateEntity } from '../src/features/curation/curation.repository';
import { importDocument, importInTransaction, type ImportRequest } from '../src/features/import/import.service';

/**
 * The change log's cost on writes: the same repository work run by the production path (`writeChange`,
 * which snapshots the footprint, reads the after state and appends a `Change`) and by a plain write
 * transaction whose `touch` records nothing and which appends nothing.
 */
export type LogMode = 'with log' | 'without log';
export const LOG_MODES: readonly LogMode[] = ['without log', 'with log'];

const BY = 'cli:bench';
const EDITS_SOURCE = 'bench-change-log-edits';
const EDIT_QUOTE = 'The bench edits cite this sentence.';
/** Relationship types a document may state any number of times per entity (no single-target rivals). */
const LINK_TYPES = [RelationType.PARTICIPATES_IN, RelationType.SUPPORTS, RelationType.IN_DOMAIN, RelationType.PROMOTES, RelationType.COOPERATES_WITH];
const NEW_ENTITY_TYPES = [EntityType.Institution, EntityType.Project, EntityType.Platform];

export interface ExistingEntity {
  id: string;
  type: EntityType;
  name: string;
  kind: string;
}

/** The same work with the log or in a plain write transaction whose `touch` records nothing. */
export function runWrite<T>(db: Database, mode: LogMode, operation: string, work: (tx: ChangeTransaction) => Promise<T>): Promise<T> {
  if (mode === 'with log') return writeChange(db, { operation, by: BY, summary: `bench ${operation}` }, work);
  return db.write((tx) => work({ run: tx.run, runTyped: tx.runTyped, touch: async () => {} }));
}

/** Up to `count` entities of the graph as they are now (names change as the bench edits them), spread over its ids. */
export async function existingEntities(db: Database, count: number): Promise<ExistingEntity[]> {
  const rows = await db.read(
    `MATCH (n:${ENTITY_LABEL}) WHERE NOT n.id STARTS WITH 'bench-'
     WITH n ORDER BY n.id LIMIT $count
     RETURN n.id AS id, head([label IN labels(n) WHERE label <> '${ENTITY_LABEL}']) AS type, n.name AS name, n.kind AS kind`,
    { count },
  );
  return rows as unknown as ExistingEntity[];
}

/** The source the edits quote; written once, outside the log, like the rest of the benchmark graph. */
export async function prepareEditsSource(db: Database): Promise<void> {
  await db.write((tx) =>
    tx.run(
      "MERGE (s:Source {id: $id}) SET s.title = 'Bench edits', s.publisher = 'collab-graph bench', s.place = 'Nowhere', s.publishedOn = date('2026-01-01'), s.file = 'bench-edits.txt', s.text = $text",
      { id: EDITS_SOURCE, text: `${EDIT_QUOTE}\n` },
    ),
  );
}

/**
 * A curated document of `facts` facts for run `label`: three in ten new entities, two in ten known ones
 * restated (their evidence grows), the rest relationships from new to known entities and between known
 * ones; every quote a sentence of the generated source text.
 */
export function benchDocument(label: string, facts: number, known: ExistingEntity[]): ImportRequest {
  const sentences: string[] = [];
  const say = (sentence: string) => (sentences.push(sentence), [{ quote: sentence }]);
  const fresh = Array.from({ length: Math.round(facts * 0.3) }, (_, index) => {
    const type = NEW_ENTITY_TYPES[index % NEW_ENTITY_TYPES.length];
    const name = `Bench ${type} ${label} ${index}`;
    return { id: `bench-${label}-${index}`, type, kind: Object.values(KINDS_BY_TYPE[type])[0], name, aliases: [], properties: {}, evidence: say(`${name} is new in bench run ${label}.`) };
  });
  const restated = known.slice(0, Math.round(facts * 0.2)).map((entity) => ({ ...entity, aliases: [], properties: {}, evidence: say(`${entity.name} appears in bench run ${label}.`) }));
  const ends = [...fresh, ...restated];
  const relations: object[] = [];
  const seen = new Set<string>();
  // Even steps link the m-th new entity, odd ones two known entities; each pair of ends comes once.
  for (let index = 0; relations.length < facts - ends.length; index += 1) {
    if (index > 10 * facts) throw new Error(`too few known entities (${restated.length}) for ${facts} facts`);
    const m = Math.floor(index / 2);
    const from = index % 2 === 0 ? fresh[m % fresh.length] : restated[m % restated.length];
    const to = restated[(m + 1 + Math.floor(m / (index % 2 === 0 ? fresh.length : restated.length))) % restated.length];
    const type = LINK_TYPES[index % LINK_TYPES.length];
    const key = [from.id, to.id].sort().join(' ');
    if (from.id === to.id || seen.has(key)) continue;
    seen.add(key);
    relations.push({ type, from: from.id, to: to.id, properties: {}, evidence: say(`${from.name} and ${to.name} work together (${label} ${index}).`) });
  }
  const source = { id: `bench-${label}`, title: `Bench run ${label}`, publisher: 'collab-graph bench', place: 'Nowhere', publishedOn: '2026-01-01', file: `sources/bench-${label}.txt` };
  return { document: JSON.stringify({ source, entities: ends, relations }), text: sentences.join('\n') };
}

/** One import of `request`, with the log (the production `importDocument`) or without. */
export async function importOnce(db: Database, mode: LogMode, request: ImportRequest): Promise<number> {
  const options = { dryRun: false, by: BY };
  const started = performance.now();
  const report = mode === 'with log' ? await importDocument(db.runner(), request, options) : await runWrite(db, mode, 'importDocument', (tx) => importInTransaction(tx, request, options));
  if (!report.applied || report.rejected > 0) throw new Error(`the bench document was not imported: ${JSON.stringify(report).slice(0, 500)}`);
  return performance.now() - started;
}

/** The `index`th edit of run `round`: even ones link two known entities (other pairs each round), odd ones rename one; each quotes the edits source. */
function edit(db: Database, mode: LogMode, round: number, index: number, known: ExistingEntity[]): Promise<unknown> {
  const evidence = [{ sourceId: EDITS_SOURCE, quote: EDIT_QUOTE }];
  const entity = known[(index * 31) % known.length];
  if (index % 2 === 1) {
    const input = { name: `${entity.name.replace(/ \(edit .*\)$/, '')} (edit ${round} ${index})`, evidence } as UpdateEntityInput;
    return runWrite(db, mode, 'updateEntity', (tx) => updateEntity(tx, entity.id, input, BY));
  }
  const other = known[(index * 17 + round * 101 + 1) % known.length];
  const to = other.id === entity.id ? known[(index * 17 + round * 101 + 2) % known.length] : other;
  const input = { from: entity.id, to: to.id, type: LINK_TYPES[index % LINK_TYPES.length], properties: {}, evidence } as LinkInput;
  return runWrite(db, mode, 'linkEntities', (tx) => linkEntities(tx, input, BY));
}

/** `count` single edits, each its own transaction, `concurrency` at a time; the milliseconds the burst took. */
export async function editBurst(db: Database, mode: LogMode, round: number, count: number, concurrency: number, known: ExistingEntity[]): Promise<number> {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) await edit(db, mode, round, next++, known);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - started;
}

/** The log's version now: changes appended after it belong to the next run. */
export async function logVersion(db: Database): Promise<number> {
  const [row] = await db.read("OPTIONAL MATCH (log:ChangeLog {id: 'graph'}) RETURN coalesce(log.version, 0) AS version");
  return row.version as number;
}

/** The changes appended after `since`: how many, and how many node and relationship states (`ChangeState` copies) they hold. */
export async function storedSince(db: Database, since: number): Promise<{ changes: number; states: number }> {
  const [row] = await db.read('MATCH (c:Change) WHERE c.version > $since RETURN count(c) AS changes, sum(COUNT { (c)-->(:ChangeState) }) AS states', { since });
  return { changes: row.changes as number, states: row.states as number };
}
