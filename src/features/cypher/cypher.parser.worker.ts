/*
 * The Cypher parser's worker thread (started by cypher.parser.ts): it loads Neo4j's grammar
 * (@neo4j-cypher/language-support: seconds and ~250 MB) and parses each query, away from the event
 * loop that serves everyone else. Run from the TypeScript sources (the tests), tsx compiles it as the
 * worker loads it; from dist/, it is the compiled JavaScript beside the parser.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getDebugTree } from '@neo4j-cypher/language-support';

/** What the parser thread is started with. */
export interface ParserWorkerData {
  /** Parsed once at start: the parser learns its grammar's decisions on first use, so later queries are fast. */
  warmUp: string;
}

export interface ParseRequest {
  id: number;
  query: string;
}

/**
 * The first message says the parser is loaded; then one reply per request: the tree flattened (rule
 * names and child counts in preorder, because a deep object tree would overflow the structured-clone
 * serializer), or why it failed (`too-deep` when the parser's own recursion gave up).
 */
export type ParserReply = { ready: true; id?: undefined } | { id: number; names: string[]; counts: number[] } | { id: number; failure: string };

interface ParseTree {
  name: string;
  children?: ParseTree[];
}

/** The tree's rule names and child counts in preorder, without recursion. */
export function flattenTree(tree: ParseTree): { names: string[]; counts: number[] } {
  const names: string[] = [];
  const counts: number[] = [];
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children ?? [];
    names.push(node.name);
    counts.push(children.length);
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]);
  }
  return { names, counts };
}

function parse({ id, query }: ParseRequest): ParserReply {
  try {
    return { id, ...flattenTree(getDebugTree(query)) };
  } catch (error) {
    return { id, failure: error instanceof RangeError ? 'too-deep' : error instanceof Error ? error.message : String(error) };
  }
}

if (parentPort) {
  const port = parentPort;
  getDebugTree((workerData as ParserWorkerData).warmUp);
  port.postMessage({ ready: true } satisfies ParserReply);
  port.on('message', (request: ParseRequest) => port.postMessage(parse(request)));
}
