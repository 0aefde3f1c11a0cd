import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';

export const README = path.join(PROJECT_ROOT, 'README.md');

/** One README example: a GraphQL block (optionally variables) followed by the JSON answer it shows. */
export interface ReadmeExample {
  name: string;
  query: string;
  variables: Record<string, unknown> | undefined;
  /** The shown answer, and where it sits in the README text. */
  expected: string;
  expectedStart: number;
  expectedEnd: number;
}

const EXAMPLE = /<!-- example: ([\w-]+) -->\s*```graphql\n([\s\S]*?)```\s*(?:```json variables\n([\s\S]*?)```\s*)?```json\n([\s\S]*?)```/g;

export function readmeExamples(text: string = fs.readFileSync(README, 'utf8')): ReadmeExample[] {
  return [...text.matchAll(EXAMPLE)].map((match) => {
    const expected = match[4];
    const expectedStart = match.index! + match[0].lastIndexOf(expected);
    return {
      name: match[1],
      query: match[2],
      variables: match[3] ? JSON.parse(match[3]) : undefined,
      expected,
      expectedStart,
      expectedEnd: expectedStart + expected.length,
    };
  });
}
