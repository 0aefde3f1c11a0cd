import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { CURATE_ASSETS } from '../../src/web/curate/curate.http';
import { EXPLORER_ASSETS } from '../../src/web/explorer/explorer.http';

/** The folders and files the Dockerfile's last stage copies from the build context, relative to the project. */
function copiedIntoImage(): string[] {
  const stages = fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8').split(/^FROM /m);
  return [...stages[stages.length - 1].matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((match) => match[1].split(' '));
}

describe('the Docker image', () => {
  it('holds every page file the service serves from src/', () => {
    const copied = copiedIntoImage();
    const served = [...Object.values(EXPLORER_ASSETS), ...Object.values(CURATE_ASSETS)]
      .map((asset) => path.relative(PROJECT_ROOT, asset.file))
      .filter((file) => file.startsWith(`src${path.sep}`));
    expect(served.length).toBeGreaterThanOrEqual(2);
    expect(served.filter((file) => !copied.some((source) => file === source || file.startsWith(`${source}/`)))).toEqual([]);
  });

  it('installs the proposer\'s dependency parser where the service looks for it', () => {
    const lastStage = fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8').split(/^FROM /m).at(-1)!;
    expect(copiedIntoImage()).toEqual(expect.arrayContaining(['nlp', 'scripts/build-nlp.js']));
    expect(lastStage).toMatch(/python3-venv/);
    expect(lastStage).toMatch(/^RUN node scripts\/build-nlp\.js/m);
  });
});
