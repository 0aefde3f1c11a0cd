import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Deadline } from '../../engine/db/deadline';
import type { ParserReply, ParserWorkerData, ParseRequest } from './cypher.parser.worker';

/**
 * A node of Neo4j's Cypher parse tree, as `getDebugTree` of @neo4j-cypher/language-support gives it:
 * a grammar rule (`reduceExpression`, `functionInvocation`, …) with its children, or a token (its text,
 * no children).
 */
export interface SyntaxNode {
  name: string;
  children: SyntaxNode[];
}

/** The parser gave up: a query nested deeper than it (or this service) can follow. */
export class CypherTooDeepError extends Error {}

/**
 * Expressions nested deeper than this are refused: Neo4j's own planner takes minutes over a few
 * hundred nested lists, before any transaction time limit applies, and nothing legitimate nests so deep.
 */
export const MAX_EXPRESSION_NESTING = 100;

/**
 * The parser runs in a worker thread (cypher.parser.worker.ts): loading @neo4j-cypher/language-support
 * takes seconds and ~250 MB, and parsing a long query tens to hundreds of milliseconds, none of which
 * may stall the event loop that serves everyone else. The worker starts with the first researcher query.
 * The compiled worker sits beside this file; run from the TypeScript sources (the tests), tsx compiles it.
 */
const WORKER_FILE = path.join(__dirname, `cypher.parser.worker${path.extname(__filename)}`);
const WORKER_EXEC_ARGV = path.extname(__filename) === '.ts' ? ['--require', require.resolve('tsx/cjs')] : [];

/** One query with the common constructs: the parser learns its grammar's decisions on first use, so the first real queries are fast. */
const WARM_UP_QUERY = `MATCH p = (a:Institution {id: $id})-[r:PARTICIPATES_IN*1..3]->(b)<-[:X]-(c), (d)
WHERE a.name <> 'x' AND any(l IN labels(b) WHERE l IN ['A', 'B']) AND NOT b:Y AND r[0].w >= 1.5 OR c.v IS NULL
OPTIONAL MATCH (x)-[:R]-(y)
WITH p, a, x, collect(b) AS bs, count(*) AS c
UNWIND range(0, size(bs) - 1) AS i
CALL (x) { MATCH (x)--(z) RETURN z LIMIT 1 }
RETURN reduce(s = 0, r IN relationships(p) | s + size(r.evidenceQuotes)) AS n, [x IN range(1, 5) WHERE x % 2 = 1 | x * x] AS l,
  all(q IN bs WHERE q.v > 0) AS q, [(a)-->(m) | m.name] AS ms, COUNT { MATCH (a)--(q) } AS k, EXISTS { MATCH (a)--() } AS e,
  COLLECT { MATCH (a)--(o) RETURN o.id } AS os, CASE WHEN c > 1 THEN 'a' ELSE 'b' END AS cs, a {.name, .id} AS m, bs[0..2] AS sl,
  -1 IN range(1, 3) AS isIn, toUpper(a.name) + '!' AS shout, {k: [1, 2.5, "s", null, true]} AS map, $p AS param
ORDER BY n DESC SKIP 1 LIMIT 10
UNION ALL
MATCH (n) RETURN n, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18`;

interface Pending {
  resolve(reply: ParserReply): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
/** Whether the worker has loaded the parser: only then is a slow parse the query's fault. */
let loaded = false;
/** Resolves when the current worker has loaded the parser. */
let ready: Promise<void> = Promise.resolve();
let markReady: () => void = () => undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function parserWorker(): Worker {
  if (worker) return worker;
  loaded = false;
  ready = new Promise((resolve) => {
    markReady = resolve;
  });
  const started = new Worker(WORKER_FILE, { execArgv: WORKER_EXEC_ARGV, workerData: { warmUp: WARM_UP_QUERY } satisfies ParserWorkerData });
  started.on('message', (reply: ParserReply) => {
    if (reply.id === undefined) {
      loaded = true;
      markReady();
      return;
    }
    pending.get(reply.id)?.resolve(reply);
    pending.delete(reply.id);
  });
  const fail = (error: Error) => {
    if (worker === started) worker = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`the Cypher parser thread exited (code ${code})`)));
  // A parser thread must not keep the process alive on its own (after the listeners, which would ref it again).
  started.unref();
  worker = started;
  return started;
}

/** Rebuilds the tree from its preorder flattening, without recursion, refusing expressions nested too deeply. */
function rebuild(names: string[], counts: number[]): SyntaxNode {
  const root: SyntaxNode = { name: names[0], children: [] };
  const open: { node: SyntaxNode; missing: number }[] = [{ node: root, missing: counts[0] }];
  let nesting = 0;
  for (let index = 1; index < names.length; index += 1) {
    while (open[open.length - 1].missing === 0) {
      const { node } = open.pop()!;
      if (node.name === 'expression' && node.children.length > 0) nesting -= 1;
    }
    const parent = open[open.length - 1];
    const node: SyntaxNode = { name: names[index], children: [] };
    parent.node.children.push(node);
    parent.missing -= 1;
    open.push({ node, missing: counts[index] });
    if (node.name === 'expression' && counts[index] > 0 && (nesting += 1) > MAX_EXPRESSION_NESTING) {
      throw new CypherTooDeepError(`it nests expressions more than ${MAX_EXPRESSION_NESTING} deep`);
    }
  }
  return root;
}

/** Starts loading the parser now, so the first researcher query does not wait seconds for it. */
export function warmCypherParser(): void {
  parserWorker();
}

/** Resolves once the parser is loaded (it takes seconds after start), or rejects with QueryTimeoutError at `deadline`. */
export async function cypherParserReady(deadline: Deadline): Promise<void> {
  parserWorker();
  await deadline.race(ready);
}

/**
 * Parses `query` with Neo4j's Cypher grammar. If `deadline` passes first, the parser thread is
 * stopped (and started afresh for the next query) and the caller gets QueryTimeoutError.
 */
export async function parseCypher(query: string, deadline: Deadline): Promise<SyntaxNode> {
  const thread = parserWorker();
  const id = (nextId += 1);
  const answer = new Promise<ParserReply>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.postMessage({ id, query } satisfies ParseRequest);
  });
  const reply = await deadline.race(answer, () => {
    pending.delete(id);
    // A query that keeps the loaded parser busy past its deadline stops it; loading is left to finish.
    if (loaded) void thread.terminate();
  });
  if (!('names' in reply)) {
    const failure = 'failure' in reply ? reply.failure : 'no answer';
    if (failure === 'too-deep') throw new CypherTooDeepError('the query is nested too deeply for the Cypher parser');
    throw new Error(`The Cypher parser failed: ${failure}`);
  }
  return rebuild(reply.names, reply.counts);
}
