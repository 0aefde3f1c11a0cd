// The page's helpers are a browser script that is also a CommonJS module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildDocument, segments } = require('../../src/curate/public/curate-lib.js') as {
  segments: (text: string, marks: { start: number; end: number; [key: string]: unknown }[]) => { text: string; marks: { id: string }[] }[];
  buildDocument: (draft: unknown, source: unknown, decisions: unknown) => any;
};

describe('the review page helpers', () => {
  it('cuts the text so that nested and overlapping marks all show', () => {
    const parts = segments('the China-ASEAN Center opened', [
      { start: 4, end: 22, id: 'centre' },
      { start: 4, end: 9, id: 'china' },
      { start: 10, end: 29, id: 'quote' },
    ]);
    expect(parts.map((part: any) => [part.text, part.marks.map((mark: any) => mark.id)])).toEqual([
      ['the ', []],
      ['China', ['centre', 'china']],
      ['-', ['centre']],
      ['ASEAN Center', ['centre', 'quote']],
      [' opened', ['quote']],
    ]);
  });

  it('builds the import document from the decisions: rejected entities drop their relationships, a chosen option replaces an ambiguous entity', () => {
    const entity = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: 'Institution', kind: 'UNIVERSITY', name: id, status: 'NEW', options: [], aliases: [], properties: {}, quotes: [`quote ${id}`], ...extra });
    const draft = {
      entities: [
        entity('a', { aliases: [{ alias: 'A', quote: 'A (A)' }] }),
        entity('b'),
        entity('mahidol', { status: 'AMBIGUOUS', options: [{ id: 'mahidol-university', type: 'Institution', kind: 'UNIVERSITY', name: 'Mahidol University' }] }),
      ],
      relations: [
        { type: 'COOPERATES_WITH', from: 'a', to: 'b', properties: {}, quote: 'a with b' },
        { type: 'COOPERATES_WITH', from: 'a', to: 'mahidol', properties: {}, quote: 'a with mahidol' },
      ],
    };
    const source = { id: 's', title: 'T', publisher: 'P', place: 'X', publishedOn: '2024-01-01', file: 's.txt', url: null };
    const document = buildDocument(draft, source, { entities: { b: { accepted: false }, mahidol: { chosenId: 'mahidol-university' }, a: { name: 'A university' } }, relations: {} });
    expect(document.source).toEqual({ id: 's', title: 'T', publisher: 'P', place: 'X', publishedOn: '2024-01-01', file: 's.txt' });
    expect(document.entities.map((item: any) => [item.id, item.name])).toEqual([
      ['a', 'A university'],
      ['mahidol-university', 'Mahidol University'],
    ]);
    expect(document.entities[0].evidence).toEqual([{ quote: 'quote a' }, { quote: 'A (A)' }]);
    expect(document.relations).toEqual([{ type: 'COOPERATES_WITH', from: 'a', to: 'mahidol-university', evidence: [{ quote: 'a with mahidol' }] }]);
  });
});
