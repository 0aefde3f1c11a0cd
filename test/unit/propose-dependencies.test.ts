import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/platform/config/config';
import { extract } from '../../src/features/propose/propose.extract';
import { DependencyReader } from '../../src/features/propose/propose.dependencies';
import type { Mention } from '../../src/features/propose/propose.mentions';
import { wireSentence, type Parse } from '../../src/features/propose/propose.parser';
import { readText } from '../../src/features/propose/propose.text';

// A sentence and the parse spaCy's en_core_web_sm gives it, recorded so that these tests need no Python
// (test/integration/propose-parser.test.ts checks the live parser still gives it).
const { text: TEXT, parse: PARSE } = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'proposer', 'parse-heron-network.json'), 'utf8')) as { text: string; parse: Parse };
const [sentence] = readText(TEXT);


const mention = (first: number, last: number, entityId: string) => ({ sentence, first, last, entityId, name: entityId, start: sentence.tokens[first].start, end: sentence.tokens[last].end }) as Mention;
const NETWORK = mention(1, 4, 'network');
const KESTREL = mention(18, 21, 'kestrel');
const DELTA = mention(23, 25, 'delta');
const mentionAt = (index: number) => [NETWORK, KESTREL, DELTA].find((item) => item.first <= index && index <= item.last);
const reader = () => new DependencyReader(sentence.tokens, PARSE, mentionAt, () => []);
const ids = (mentions: Mention[]) => mentions.map((item) => item.entityId);

describe('reading a dependency parse', () => {
  it('sends the parser each word with the punctuation beside it as words of their own, and maps every token back', () => {
    const wire = wireSentence(sentence);
    expect(wire.words.slice(0, 7)).toEqual(['The', 'Heron', 'Digital', 'Farming', 'Network', ',', 'which']);
    expect(wire.words.at(-1)).toBe('.');
    expect(wire.tokenWord).toHaveLength(sentence.tokens.length);
    expect(wire.tokenWord.map((word) => wire.words[word])).toEqual(sentence.tokens.map((token) => token.text));
    // "Network," is followed by a space after its comma, not before it.
    expect(wire.spaces.slice(4, 6)).toEqual([false, true]);
  });

  it('gives a clause its subject, its object with the conjuncts, and a relative clause the noun it describes', () => {
    const clauses = reader().clauses((index) => ['set', 'welcomed'].includes(sentence.tokens[index].lower));
    const welcomed = clauses.find((clause) => clause.verb === 16)!;
    expect(ids(welcomed.subjects)).toEqual(['network']);
    expect(ids(welcomed.objects)).toEqual(['kestrel', 'delta']);
    const setUp = clauses.find((clause) => clause.verb === 7)!;
    expect(setUp.passive).toBe(true);
    expect(ids(setUp.subjects)).toEqual(['network']);
  });

  it('reads "welcomed A and B as members" as A and B being the members, not the network', () => {
    const [role] = reader().roles((index) => sentence.tokens[index].lower === 'members');
    expect(ids(role.members)).toEqual(['kestrel', 'delta']);
  });

  // (The patterns alone found neither until the para1 round taught them "welcomed … as members"; the roles test above keeps the parse's own reading checked.)
  it('turns the parse into membership relations, as the patterns alone now do too', () => {
    const has = (relations: ReturnType<typeof extract>['relations'], from: string) => relations.some((relation) => relation.type === 'MEMBER_OF' && relation.from === from && relation.to === 'heron-digital-farming-network');
    const withParse = extract(TEXT, undefined, [sentence], [PARSE]).relations;
    expect(has(withParse, 'kestrel-institute-of-agronomy')).toBe(true);
    expect(has(withParse, 'delta-tech')).toBe(true);
    expect(has(extract(TEXT, undefined, [sentence]).relations, 'kestrel-institute-of-agronomy')).toBe(true);
    for (const relation of withParse) expect(TEXT.slice(relation.span.start, relation.span.end)).toBe(relation.quote);
  });
});
