import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../platform/config/config';
import type { IdeExample, IdeExampleGroup } from './ide-example';

/**
 * A documented example: `<!-- example: NAME [as ROLE] -->`, a ```graphql block, optionally a
 * ```json variables block, then the ```json answer the docs show (test/integration/readme.test.ts
 * checks that answer). Groups: 1 name, 2 role, 3 query, 4 variables, 5 shown answer.
 */
export const DOC_EXAMPLE = /<!-- example: ([\w-]+)(?: as (\w+))? -->\s*```graphql\n([\s\S]*?)```\s*(?:```json variables\n([\s\S]*?)```\s*)?```json\n([\s\S]*?)```/g;

/** Who an example is for; the IDE's example picker groups by it, in this order. */
export const AUDIENCES = [
  { id: 'researchers', title: 'Researchers', pattern: /research/i },
  { id: 'dashboards', title: 'Dashboards', pattern: /dashboard/i },
  { id: 'analysts', title: 'Policy analysts', pattern: /analyst/i },
  { id: 'curators', title: 'Curators', pattern: /curat/i },
] as const;

type AudienceId = (typeof AUDIENCES)[number]['id'] | 'other';

/** The README and the guides under docs/, which hold the checked examples. */
export function docFiles(root = PROJECT_ROOT): string[] {
  const docs = path.join(root, 'docs');
  const guides = fs.existsSync(docs) ? fs.readdirSync(docs).filter((name) => name.endsWith('.md')).sort() : [];
  return [path.join(root, 'README.md'), ...guides.map((name) => path.join(docs, name))].filter((file) => fs.existsSync(file));
}

/**
 * The first sentence of the paragraph before `offset`, as plain text, without asides in brackets:
 * "2. How are they connected, and who says so? The shortest…" → "How are they connected, and who says so?".
 */
function introduction(text: string, offset: number): string {
  const paragraph = text.slice(0, offset).split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean).at(-1) ?? '';
  if (paragraph.startsWith('#') || paragraph.startsWith('```')) return '';
  const plain = paragraph
    .replace(/^\d+\.\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/`/g, '')
    .replace(/ \([^)]*\)/g, '');
  return (/^.*?[.?!](?= |$)/.exec(plain)?.[0] ?? plain).replace(/:$/, '');
}

/** A guide named for its readers (docs/researchers.md) says who; otherwise the nearest heading that names them. */
function audienceOf(file: string, text: string, offset: number): AudienceId {
  const byFile = AUDIENCES.find((audience) => audience.pattern.test(path.basename(file)));
  if (byFile) return byFile.id;
  const headings = [...text.slice(0, offset).matchAll(/^(#{2,4}) (.+)$/gm)].reverse();
  for (const [, hashes, heading] of headings) {
    const audience = AUDIENCES.find((candidate) => candidate.pattern.test(heading));
    if (audience) return audience.id;
    // A top-level section that names nobody: what follows is for everyone.
    if (hashes.length === 2) break;
  }
  return 'other';
}

/** A title as GraphQL comment lines of at most about 46 characters, so it reads without scrolling beside the Examples panel. */
function commentLines(title: string): string {
  const lines: string[] = [];
  for (const word of title.split(' ')) {
    if (lines.length > 0 && `${lines.at(-1)} ${word}`.length <= 46) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return lines.map((line) => `# ${line}\n`).join('');
}

/** Every documented example, grouped by who it is for, in document order within a group. */
export function ideExamples(files = docFiles()): IdeExampleGroup[] {
  const byAudience = new Map<AudienceId, IdeExample[]>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(DOC_EXAMPLE)) {
      const [, name, role, query, variables] = match;
      const title = introduction(text, match.index) || name.replace(/-/g, ' ');
      const audience = audienceOf(file, text, match.index);
      const group = byAudience.get(audience) ?? [];
      group.push({ name, title, role, query: `${commentLines(title)}${query}`, variables: variables?.trim() });
      byAudience.set(audience, group);
    }
  }
  const order: AudienceId[] = [...AUDIENCES.map((audience) => audience.id), 'other'];
  return order
    .filter((audience) => byAudience.has(audience))
    .map((audience) => ({ audience, title: AUDIENCES.find((candidate) => candidate.id === audience)?.title ?? 'More examples', examples: byAudience.get(audience)! }));
}
