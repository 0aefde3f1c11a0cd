import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../src/platform/config/config';

/** Every TypeScript file under a folder of the project. */
function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(folder, file));
}

/** Functions, methods and arrow functions longer than `limit` lines, as "file:line name (n lines)". */
function longFunctions(files: string[], limit: number): string[] {
  const found: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
        if (last - first + 1 > limit) found.push(`${file}:${first + 1} ${name} (${last - first + 1} lines)`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('the house', () => {
  it('has no circle and no import running up a layer (.dependency-cruiser.cjs)', () => {
    const cruise = spawnSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'depcruise'), ['src', '--output-type', 'err'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(cruise.status === 0 ? '' : cruise.stdout + cruise.stderr).toBe('');
  });

  it('has no function over 80 lines', () => {
    expect(longFunctions([...sourceFiles('src'), ...sourceFiles('bench')], 80)).toEqual([]);
  });
});
