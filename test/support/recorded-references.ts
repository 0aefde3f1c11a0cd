import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/engine/db/database';

/**
 * Neo4j's own answers to a property test's questions on one graph, recorded in test/fixtures/references/ with the
 * graph's fingerprint and the server's version, for the equivalence tests (paths, neighbourhoods) whose references are
 * Neo4j's selectors: asking them took most of those files' time and Neo4j CPU. They are replayed while the graph and
 * the version are the recorded ones; a server of another version is asked live; `UPDATE_REFERENCES=1` asks Neo4j again
 * and rewrites the file. A question without a recorded answer (new questions, or a failure's shrinking) is asked live
 * and counted, and the test fails on the count.
 */
export class RecordedReferences<Answer> {
  private readonly recorded: Record<string, Answer> = {};
  /** Questions replay found no answer for, asked live instead. */
  unrecorded = 0;

  private constructor(
    private readonly file: string,
    private readonly mode: 'replay' | 'record' | 'live',
    private readonly identity: { neo4j: string; graph: string },
    private readonly replayed: Record<string, Answer>,
  ) {}

  /** The recording in test/fixtures/references/`name` of Neo4j's answers on the graph `db` holds now. */
  static async open<Answer>(db: Database, name: string): Promise<RecordedReferences<Answer>> {
    const file = path.join(__dirname, '..', 'fixtures', 'references', name);
    const [{ version }] = await db.read('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    const identity = { neo4j: version as string, graph: await graphFingerprint(db) };
    if (process.env.UPDATE_REFERENCES) return new RecordedReferences<Answer>(file, 'record', identity, {});
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: record it with UPDATE_REFERENCES=1`);
    const recording = JSON.parse(fs.readFileSync(file, 'utf8')) as { neo4j: string; graph: string; answers: Record<string, Answer> };
    if (recording.neo4j !== identity.neo4j) return new RecordedReferences<Answer>(file, 'live', identity, {});
    if (recording.graph !== identity.graph) throw new Error(`the graph is not the one ${name} was recorded on: record it again with UPDATE_REFERENCES=1`);
    return new RecordedReferences<Answer>(file, 'replay', identity, recording.answers);
  }

  /** Neo4j's answer to `question`: the recorded one, or `ask`'s. */
  async answer(question: object, ask: () => Promise<Answer>): Promise<Answer> {
    const key = JSON.stringify(question);
    if (this.mode === 'replay' && key in this.replayed) return this.replayed[key];
    if (this.mode === 'replay') this.unrecorded += 1;
    const answer = await ask();
    this.recorded[key] = answer;
    return answer;
  }

  /** Writes the recording, one question a line, so that a new recording's diff names the answers that changed. */
  save(): void {
    if (this.mode !== 'record') return;
    const lines = Object.entries(this.recorded).map(([key, answer]) => `    ${JSON.stringify(key)}: ${JSON.stringify(answer)}`);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, `{\n  "neo4j": ${JSON.stringify(this.identity.neo4j)},\n  "graph": ${JSON.stringify(this.identity.graph)},\n  "answers": {\n${lines.join(',\n')}\n  }\n}\n`);
  }

  /** The test's last check: every question had its recorded answer. */
  expectAllRecorded(): void {
    expect({ 'questions without a recorded answer of Neo4j (record them with UPDATE_REFERENCES=1)': this.unrecorded }).toEqual({
      'questions without a recorded answer of Neo4j (record them with UPDATE_REFERENCES=1)': 0,
    });
  }
}

/**
 * What the references read of the graph, hashed: entities (id, name, labels), relationships (ends, type, id, the sources
 * they cite) and the sources' dates. The same fingerprint, the same answers.
 */
async function graphFingerprint(db: Database): Promise<string> {
  const entities = (await db.read('MATCH (n:Entity) RETURN n.id AS id, n.name AS name, labels(n) AS labels ORDER BY id')).map((row) => ({ ...row, labels: [...(row.labels as string[])].sort() }));
  const relationships = await db.read('MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, r.id AS id, r.evidenceSourceIds AS sources ORDER BY from, type, to, id');
  const sources = await db.read('MATCH (s:Source) RETURN s.id AS id, toString(s.publishedOn) AS publishedOn ORDER BY id');
  return createHash('sha256').update(JSON.stringify({ entities, relationships, sources })).digest('hex');
}
