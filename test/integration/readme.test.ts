import fs from 'node:fs';
import { postGraphQL, useSeededServer } from '../support/graph';
import { README, readmeExamples } from '../support/readme-examples';

/**
 * Every example in the README runs against the seeded graph and must print exactly the output
 * shown. `UPDATE_README=1 npx jest test/integration/readme.test.ts` rewrites the outputs after a
 * deliberate change (then read the diff).
 */
const fixture = useSeededServer();

const examples = readmeExamples();

it('has examples for researchers, dashboards and policy analysts', () => {
  expect(examples.length).toBeGreaterThanOrEqual(8);
});

it.each(examples.map((example) => [example.name, example] as const))('README example %s prints what the README shows', async (_name, example) => {
  const { status: _status, ...body } = await postGraphQL(fixture.server.url, example.query, example.variables);
  const actual = JSON.stringify(body, null, 2) + '\n';
  if (process.env.UPDATE_README) {
    const text = fs.readFileSync(README, 'utf8');
    const current = readmeExamples(text).find((candidate) => candidate.name === example.name)!;
    fs.writeFileSync(README, text.slice(0, current.expectedStart) + actual + text.slice(current.expectedEnd));
  }
  expect(body.errors).toBeUndefined();
  expect(actual).toBe(process.env.UPDATE_README ? actual : example.expected);
});
