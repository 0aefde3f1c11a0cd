import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { DependencyParser, type Parse } from '../../src/features/propose/propose.parser';
import { readText } from '../../src/features/propose/propose.text';

const { text, parse } = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer', 'parse-heron-network.json'), 'utf8')) as { text: string; parse: Parse };

describe('the proposer\'s dependency parser (spaCy, installed by npm run nlp:build)', () => {
  const parser = new DependencyParser();
  afterAll(() => parser.close());

  it('is installed, and parses a sentence as the recorded parse the unit tests read', async () => {
    expect(DependencyParser.available()).toBe(true);
    const parses = await parser.parse(readText(text));
    expect(parses).toEqual([parse]);
  });

  it('answers several documents asked at once in order, each sentence of each', async () => {
    const texts = ['Alpha University hosted the forum. Beta College organised it.', text, 'The network met in Hanoi.'];
    const answers = await Promise.all(texts.map((item) => parser.parse(readText(item))));
    expect(answers.map((answer) => answer?.length)).toEqual([2, 1, 1]);
    expect(answers[1]).toEqual([parse]);
  });

  it('starts again after its process dies, and answers nothing for no sentences', async () => {
    await parser.parse(readText(text));
    (parser as unknown as { process: { kill(signal: string): void } }).process.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await parser.parse(readText(text))).toEqual([parse]);
    expect(await parser.parse([])).toBeUndefined();
  });
});
