import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { DOC_EXAMPLE } from '../../src/web/graphiql/graphiql.examples';

export const README = path.join(PROJECT_ROOT, 'README.md');
export const DOCS = path.join(PROJECT_ROOT, 'docs');

/** The documents whose examples are checked: the README, then every guide in docs/, by name. */
export function documents(): string[] {
  const guides = fs
    .readdirSync(DOCS)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(DOCS, name));
  return [README, ...guides];
}

/** Where a shown output sits in its document, so an update can rewrite it in place. */
interface ShownOutput {
  /** The document, relative to the project (`README.md`, `docs/analysts.md`). */
  file: string;
  expected: string;
  expectedStart: number;
  expectedEnd: number;
}

/** One example: a GraphQL block (optionally variables) followed by the JSON answer it shows. */
export interface ReadmeExample extends ShownOutput {
  name: string;
  /** The role whose API key the example is sent with (`<!-- example: name as researcher -->`). */
  role: string | undefined;
  query: string;
  variables: Record<string, unknown> | undefined;
}

/** One command: `$ npm run --silent SCRIPT -- ARGS` and the text it prints. */
export interface ReadmeCommand extends ShownOutput {
  name: string;
  script: string;
  args: string[];
}

const COMMAND = /<!-- command: ([\w-]+) -->\s*```sh\n\$ npm run --silent ([\w:-]+) -- (.*)\n```\s*```text\n([\s\S]*?)```/g;

const relative = (file: string) => path.relative(PROJECT_ROOT, file);

/** Every match ends with the output's closing fence, so the output ends just before it (even when empty). */
function shown(file: string, match: RegExpMatchArray, expected: string): ShownOutput {
  const expectedStart = match.index! + match[0].length - '```'.length - expected.length;
  return { file: relative(file), expected, expectedStart, expectedEnd: expectedStart + expected.length };
}

export function examplesIn(file: string, text: string = fs.readFileSync(file, 'utf8')): ReadmeExample[] {
  return [...text.matchAll(DOC_EXAMPLE)].map((match) => ({
    name: match[1],
    role: match[2],
    query: match[3],
    variables: match[4] ? JSON.parse(match[4]) : undefined,
    ...shown(file, match, match[5]),
  }));
}

/** A shown command line's arguments, split as a shell would split words and double-quoted strings. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((word) => word[1] ?? word[2]);
}

export function commandsIn(file: string, text: string = fs.readFileSync(file, 'utf8')): ReadmeCommand[] {
  return [...text.matchAll(COMMAND)].map((match) => ({ name: match[1], script: match[2], args: shellWords(match[3]), ...shown(file, match, match[4]) }));
}

/** Every example of every document, in document order. */
export function readmeExamples(): ReadmeExample[] {
  return documents().flatMap((file) => examplesIn(file));
}

/** Every command of every document, in document order (the order they run in, since they change the graph). */
export function readmeCommands(): ReadmeCommand[] {
  return documents().flatMap((file) => commandsIn(file));
}

/** Replaces one shown output (found again by `find`, since earlier rewrites move it) with `actual`. */
export function rewriteShown(file: string, find: (file: string, text: string) => ShownOutput, actual: string): void {
  const absolute = path.join(PROJECT_ROOT, file);
  const text = fs.readFileSync(absolute, 'utf8');
  const current = find(absolute, text);
  fs.writeFileSync(absolute, text.slice(0, current.expectedStart) + actual + text.slice(current.expectedEnd));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The relative links in a Markdown document's prose (`[text](target)`, `![alt](target)`): no web addresses, nothing in code blocks. */
export function relativeLinks(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((target) => !/^[a-z]+:/.test(target));
}
