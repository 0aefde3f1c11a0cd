import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { LEGAL_WORDS } from './propose.lexicon';
import type { Sentence } from './propose.text';

/**
 * A sentence's dependency parse over the proposer's own tokens: for token i, the token it depends on (`heads[i]`,
 * -1 for the root or a word whose head is punctuation), its relation to it (`deps[i]`: nsubj, dobj, conj, appos…,
 * spaCy's English labels), its fine tag and its lemma.
 */
/** A token's place in the recogniser's names, in the IOB scheme. */
export type EntityTag = 'B' | 'I' | 'O';

export interface Parse {
  heads: number[];
  deps: string[];
  tags: string[];
  lemmas: string[];
  /** Where the model's named-entity recogniser puts names: B where one begins, I inside one, O outside (absent from parses recorded before it). */
  entities?: EntityTag[];
  /** The label the recogniser gives each name ("ORG", "GPE", "DATE"…; "" outside one; absent from parses recorded before it). */
  labels?: string[];
}

/** The Python the set-up step made (scripts/build-nlp.js) and the server it runs. */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../..' : '../../..');
export const parserPython = (): string => process.env.PROPOSER_PARSER_PYTHON ?? path.join(ROOT, '.venv-nlp', 'bin', 'python');
const PARSER_SCRIPT = path.join(ROOT, 'nlp', 'parse_server.py');

interface WireSentence {
  words: string[];
  spaces: boolean[];
  /** For each of the proposer's tokens, the index of its word (of its first: "China's" is "China" and "'s"). */
  tokenWord: number[];
}

/**
 * compromise keeps punctuation beside a word ("University," has post ", "); the parser reads it as words of its
 * own, as its model was trained to. Each token is one word ("China's" two: "China" and "'s"; a legal form keeps
 * its full stop inside a sentence); the punctuation around it becomes words between.
 */
export function wireSentence(sentence: Sentence): WireSentence {
  const words: string[] = [];
  const spaces: boolean[] = [];
  const tokenWord: number[] = [];
  const punctuation = (chars: string, spaceAfter: boolean) => {
    const marks = [...chars.replace(/\s+/g, '')];
    marks.forEach((mark, n) => {
      words.push(mark);
      spaces.push(n === marks.length - 1 ? spaceAfter : false);
    });
  };
  sentence.tokens.forEach((token, index) => {
    punctuation(token.pre, false);
    tokenWord.push(words.length);
    // "China's": the owner and its possessive are two words to the parser, as its model was trained.
    const possessive = /^(.+?)(['’]s)$/u.exec(token.text);
    if (possessive) {
      words.push(possessive[1]);
      spaces.push(false);
    }
    // "Bago Valley Seeds Co. will join": a legal form's full stop inside a sentence is part of the word, not its end.
    const abbreviated = LEGAL_WORDS.has(token.lower) && token.post.startsWith('.') && index < sentence.tokens.length - 1;
    words.push(`${possessive ? possessive[2] : token.text}${abbreviated ? '.' : ''}`);
    const post = abbreviated ? token.post.slice(1) : token.post;
    const marks = post.replace(/\s+/g, '');
    spaces.push(marks.length === 0 && /\s/.test(post));
    punctuation(marks, /\s$/.test(post));
  });
  return { words, spaces, tokenWord };
}

/** A word-level parse projected onto the tokens: a head that is punctuation leaves the token without one. */
function projected(wire: WireSentence, parse: Parse): Parse {
  const tokenOfWord = new Map(wire.tokenWord.map((word, token) => [word, token]));
  return {
    heads: wire.tokenWord.map((word) => (parse.heads[word] === word ? -1 : (tokenOfWord.get(parse.heads[word]) ?? -1))),
    deps: wire.tokenWord.map((word) => parse.deps[word]),
    tags: wire.tokenWord.map((word) => parse.tags[word]),
    lemmas: wire.tokenWord.map((word) => parse.lemmas[word]),
    entities: parse.entities && wire.tokenWord.map((word) => parse.entities![word]),
    labels: parse.labels && wire.tokenWord.map((word) => parse.labels![word]),
  };
}

/**
 * One long-lived parser process (nlp/parse_server.py, spaCy's small English model), started on first use and
 * asked one document at a time; every proposer thread has its own. When the set-up step has not made its Python,
 * or the process fails, `parse` answers undefined and the proposer reads the text with its patterns alone.
 */
export class DependencyParser {
  private process: ChildProcessWithoutNullStreams | undefined;
  private ready: Promise<boolean> | undefined;
  private readonly waiting: ((line: string | undefined) => void)[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  static available(): boolean {
    return fs.existsSync(parserPython()) && fs.existsSync(PARSER_SCRIPT);
  }

  private start(): Promise<boolean> {
    if (this.ready) return this.ready;
    if (!DependencyParser.available()) return (this.ready = Promise.resolve(false));
    const child = spawn(parserPython(), [PARSER_SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PYTHONUNBUFFERED: '1' } });
    this.process = child;
    child.stderr.resume();
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => this.waiting.shift()?.(line));
    const fail = () => {
      this.process = undefined;
      this.ready = undefined;
      for (const waiter of this.waiting.splice(0)) waiter(undefined);
    };
    child.on('exit', fail);
    child.on('error', fail);
    this.ready = new Promise<boolean>((resolve) => this.waiting.push((line) => resolve(line !== undefined && line.includes('"ready"'))));
    void this.ready.then(() => this.hold(false));
    return this.ready;
  }

  /** An idle parser never keeps a process alive (a CLI ends when its work does); one being asked does. */
  private hold(busy: boolean): void {
    const child = this.process;
    if (!child) return;
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as unknown as { ref(): void; unref(): void }[]) busy ? handle.ref() : handle.unref();
  }

  private ask(request: string): Promise<string | undefined> {
    return new Promise((resolve) => {
      this.hold(true);
      this.waiting.push((line) => {
        this.hold(false);
        resolve(line);
      });
      this.process!.stdin.write(`${request}\n`);
    });
  }

  /** Each sentence's parse, in order; undefined when no parser runs. */
  parse(sentences: Sentence[]): Promise<Parse[] | undefined> {
    const next = this.queue.then(async () => {
      if (sentences.length === 0 || !(await this.start()) || !this.process) return undefined;
      const wires = sentences.map(wireSentence);
      const line = await this.ask(JSON.stringify({ sentences: wires.map(({ words, spaces }) => ({ words, spaces })) }));
      if (line === undefined) return undefined;
      const answer = JSON.parse(line) as { parses?: Parse[] };
      return answer.parses?.map((parse, n) => projected(wires[n], parse));
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.process?.kill();
    this.process = undefined;
  }
}

/** The parser this thread shares across its proposals. */
let shared: DependencyParser | undefined;
export const sharedParser = (): DependencyParser => (shared ??= new DependencyParser());
