import fs from 'node:fs';
import path from 'node:path';
import { Authenticator } from '../../src/platform/auth/authenticator';
import { Role } from '../../src/platform/auth/roles';
import { longProposalText } from '../../bench/proposal';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { QueryStats } from '../../src/engine/db/database';
import { Deadline } from '../../src/engine/db/deadline';
import { QueryTimeoutError } from '../../src/platform/graphql/errors';
import { MAX_PROPOSE_TEXT_LENGTH } from '../../src/features/propose/propose.input';
import { ProposerPool } from '../../src/features/propose/propose.pool';
import { postGraphQL, seededDatabase, silentLogger, TEST_KEYS, testAuthConfig, useSeededServer } from '../support/graph';

/** The proposer's worker pool: reads go on while texts are read, the queue is bounded, a thread that dies is replaced. */
const PROPOSE = 'query ($input: ProposeDocumentInput!) { proposeDocument(input: $input) { entities { id } relations { type } } }';
const LIGHT_READ = '{ node(id: "mahidol-university") { id } }';
const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer');
const lotusText = fs.readFileSync(path.join(FIXTURES, 'lotus-valley-forum-2026-03-14.txt'), 'utf8');

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function propose(url: string, text: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': TEST_KEYS[Role.EDITOR] },
    body: JSON.stringify({ query: PROPOSE, variables: { input: { text } } }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer['body'] };
}

describe('the proposer pool', () => {
  const fixture = useSeededServer(false, { authenticator: new Authenticator(testAuthConfig()), requestTimeoutMs: 120_000, proposer: { threads: 1, maxQueued: 1 } });

  it('serves reads while a large text is being read', async () => {
    let proposed = false;
    const proposal = propose(fixture.server.url, longProposalText(20_000)).finally(() => (proposed = true));
    // Reads one after the other for as long as the proposal runs: on the event loop's thread, the
    // analysis would hold each read until it was done, and only a few could complete meanwhile.
    let readsDuringProposal = 0;
    while (!proposed) {
      const read = await postGraphQL(fixture.server.url, LIGHT_READ);
      expect(read.data).toEqual({ node: { id: 'mahidol-university' } });
      if (!proposed) readsDuringProposal += 1;
    }
    const answer = await proposal;
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.proposeDocument.entities.length).toBeGreaterThan(10);
    expect(readsDuringProposal).toBeGreaterThanOrEqual(20);
  }, 300_000);

  it('queues one proposal behind the running one and refuses the next with 503 OVERLOADED and Retry-After', async () => {
    const text = longProposalText(20_000);
    const running = propose(fixture.server.url, text);
    const queued = propose(fixture.server.url, text);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await propose(fixture.server.url, lotusText);
    expect(refused.status).toBe(503);
    expect(refused.body.errors?.[0].extensions?.code).toBe('OVERLOADED');
    expect(refused.body.errors?.[0].message).toMatch(/PROPOSER_THREADS, PROPOSER_MAX_QUEUED/);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    for (const answer of await Promise.all([running, queued])) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    const metrics = await (await fetch(fixture.server.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(/^collab_graph_admission_rejections_total\{reason="proposer_queue_full"\} [1-9]\d*$/m);
  }, 300_000);

  it('answers a clear error when the thread reading a text dies, and reads the next text in a new one', async () => {
    // The thread is up and has read a text, so the one below starts at once.
    expect((await propose(fixture.server.url, lotusText)).body.errors).toBeUndefined();
    const [thread] = fixture.server.proposer.threads;
    const doomed = propose(fixture.server.url, longProposalText(20_000));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await thread.terminate();
    const failed = await doomed;
    expect(failed.status).toBe(200);
    expect(failed.body.errors?.[0]).toMatchObject({ extensions: { code: 'INTERNAL' }, message: expect.stringMatching(/^The proposer failed while reading this text/) });
    expect(JSON.stringify(failed.body)).not.toMatch(/at .*\.ts:\d+|worker exited/);
    const next = await propose(fixture.server.url, lotusText);
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data.proposeDocument.entities.length).toBeGreaterThan(10);
    expect(fixture.server.proposer.threads).toHaveLength(1);
    expect(fixture.server.proposer.threads[0]).not.toBe(thread);
  }, 300_000);
});

describe('a proposal at its deadline', () => {
  it('gets QUERY_TIMEOUT, its thread is stopped and replaced, and the threads stop with the pool', async () => {
    const db = await seededDatabase();
    const pool = new ProposerPool({ threads: 1, maxQueued: 0 }, silentLogger);
    try {
      const shortText = 'The Example University opened a laboratory in Nanning.';
      // The first proposal starts the thread (and loads the language model) under a generous deadline.
      expect((await pool.propose(db.runner(), { text: shortText })).entities.length).toBeGreaterThan(0);
      const [thread] = pool.threads;
      const exited = new Promise((resolve) => thread.once('exit', resolve));
      await expect(pool.propose(db.runner(new QueryStats(), Deadline.after(2_000)), { text: longProposalText(MAX_PROPOSE_TEXT_LENGTH) })).rejects.toBeInstanceOf(QueryTimeoutError);
      await exited;
      expect((await pool.propose(db.runner(), { text: shortText })).entities.length).toBeGreaterThan(0);
      const [replacement] = pool.threads;
      expect(replacement).not.toBe(thread);
      const stopped = new Promise((resolve) => replacement.once('exit', resolve));
      await pool.close();
      await stopped;
      expect(pool.threads).toHaveLength(0);
    } finally {
      await pool.close();
      await db.close();
    }
  }, 300_000);
});

describe('a proposer without its dependency parser', () => {
  it('says so in the log when its threads start, and still reads texts, with its patterns alone', async () => {
    const db = await seededDatabase();
    const warnings: { message: string; fields?: Record<string, unknown> }[] = [];
    const logger = { ...silentLogger, warn: (message: string, fields?: Record<string, unknown>) => void warnings.push({ message, fields }) };
    const installed = process.env.PROPOSER_PARSER_PYTHON;
    process.env.PROPOSER_PARSER_PYTHON = '/nonexistent/python';
    const pool = new ProposerPool({ threads: 1, maxQueued: 0 }, logger);
    try {
      const draft = await pool.propose(db.runner(), { text: 'Brisk University and Osprey University are partners in the Tern Robotics Hub.' });
      expect(draft.relations.filter((relation) => relation.type === 'PARTICIPATES_IN')).toHaveLength(2);
      expect(warnings).toEqual([{ message: expect.stringMatching(/dependency parser is not installed/), fields: { python: '/nonexistent/python' } }]);
    } finally {
      if (installed === undefined) delete process.env.PROPOSER_PARSER_PYTHON;
      else process.env.PROPOSER_PARSER_PYTHON = installed;
      await pool.close();
      await db.close();
    }
  }, 120_000);
});
