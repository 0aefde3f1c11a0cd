import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';
import { DOC_EXAMPLE } from '../../src/graphiql/graphiql.examples';

export const README = path.join(PROJECT_ROOT, 'README.md');

/** Where a shown output sits in the README text, so an update can rewrite it in place. */
interface ShownOutput {
  expected: string;
  expectedStart: number;
  expectedEnd: number;
}

/** One README example: a GraphQL block (optionally variables) followed by the JSON answer it shows. */
export interface ReadmeExample extends ShownOutput {
  name: string;
  /** The role whose API key the example is sent with (`<!-- example: name as researcher -->`). */
  role: string | undefined;
  query: string;
  variables: Record<string, unknown> | undefined;
}

/** One README command: `$ npm run --silent SCRIPT -- ARGS` and the text it prints. */
export interface ReadmeCommand extends ShownOutput {
  name: string;
  script: string;
  args: string[];
}

const COMMAND = /<!-- command: ([\w-]+) -->\s*```sh\n\$ npm run --silent ([\w:-]+) -- (.*)\n```\s*```text\n([\s\S]*?)```/g;

function shown(match: RegExpMatchArray, expected: string): ShownOutput {
  const expectedStart = match.index! + match[0].lastIndexOf(expected);
  return { expected, expectedStart, expectedEnd: expectedStart + expected.length };
}

export function readmeExamples(text: string = fs.readFileSync(README, 'utf8')): ReadmeExample[] {
  return [...text.matchAll(DOC_EXAMPLE)].map((match) => ({
    name: match[1],
    role: match[2],
    query: match[3],
    variables: match[4] ? JSON.parse(match[4]) : undefined,
    ...shown(match, match[5]),
  }));
}

export function readmeCommands(text: string = fs.readFileSync(README, 'utf8')): ReadmeCommand[] {
  return [...text.matchAll(COMMAND)].map((match) => ({ name: match[1], script: match[2], args: match[3].split(' '), ...shown(match, match[4]) }));
}

/** Replaces one shown output (found again by `find`, since earlier rewrites move it) with `actual`. */
export function rewriteShown(find: (text: string) => ShownOutput, actual: string): void {
  const text = fs.readFileSync(README, 'utf8');
  const current = find(text);
  fs.writeFileSync(README, text.slice(0, current.expectedStart) + actual + text.slice(current.expectedEnd));
}
