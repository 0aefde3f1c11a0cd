import { buildDocument, CONFIDENT, confidentCandidates } from '../../src/web/curate/browser/decisions';
import type { Decisions, DraftEntity, DraftRelation } from '../../src/web/curate/browser/draft';
import { segments } from '../../src/web/curate/browser/segments';

const entity = (id: string, extra: Partial<DraftEntity> = {}): DraftEntity => ({ id, type: 'Institution', kind: 'UNIVERSITY', name: id, status: 'NEW', confidence: 0.85, reason: 'a guess', mentions: [], options: [], aliases: [], properties: {}, quotes: [`quote ${id}`], ...extra });
const relation = (from: string, to: string, extra: Partial<DraftRelation> = {}): DraftRelation => ({ type: 'COOPERATES_WITH', from, to, properties: {}, quote: `${from} with ${to}`, confidence: 0.7, reason: 'a verb', span: { start: 0, end: 1 }, ...extra });

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

  it('accepts the confident undecided candidates: linked and resolved entities, confident new ones, then confident relationships between accepted ends', () => {
    const draft = {
      entities: [
        entity('linked', { status: 'LINKED', confidence: 0.75 }),
        entity('confident', { confidence: CONFIDENT }),
        entity('guess', { confidence: CONFIDENT - 0.05 }),
        entity('resolved', { status: 'AMBIGUOUS' }),
        entity('unresolved', { status: 'AMBIGUOUS' }),
        entity('rejected', { confidence: 0.95 }),
        entity('picked', { confidence: 0.5 }),
      ],
      relations: [
        relation('linked', 'confident'),
        relation('linked', 'confident', { confidence: CONFIDENT - 0.05 }),
        relation('linked', 'guess'),
        relation('resolved', 'unresolved'),
        relation('confident', 'rejected'),
        relation('confident', 'picked'),
        relation('resolved', 'picked'),
      ],
    };
    const decisions: Decisions = {
      entities: { resolved: { chosenId: 'mahidol-university' }, unresolved: { chosenId: '' }, rejected: { accepted: false }, picked: { accepted: true } },
      relations: { 6: { accepted: false } },
    };
    expect(confidentCandidates(draft, decisions)).toEqual({ entities: ['linked', 'confident', 'resolved'], relations: [0, 5] });
  });

  it('builds the import document from the decisions: only accepted candidates, rejected entities drop their relationships, a chosen option replaces an ambiguous entity', () => {
    const draft = {
      entities: [
        entity('a', { aliases: [{ alias: 'A', quote: 'A (A)', confidence: 0.9, reason: 'defined', span: { start: 0, end: 1 } }] }),
        entity('b'),
        entity('mahidol', { status: 'AMBIGUOUS', options: [{ id: 'mahidol-university', type: 'Institution', kind: 'UNIVERSITY', name: 'Mahidol University', matchedBy: 'EXACT' }] }),
        entity('undecided'),
      ],
      relations: [relation('a', 'b'), relation('a', 'mahidol'), relation('a', 'undecided'), relation('mahidol', 'a')],
    };
    const source = { id: 's', title: 'T', publisher: 'P', place: 'X', publishedOn: '2024-01-01', file: 's.txt', url: null };
    const document = buildDocument(draft, source, {
      entities: { b: { accepted: false }, mahidol: { accepted: true, chosenId: 'mahidol-university' }, a: { accepted: true, name: 'A university' }, undecided: {} },
      relations: { 0: { accepted: true }, 1: { accepted: true }, 2: { accepted: true } },
    });
    expect(document.source).toEqual({ id: 's', title: 'T', publisher: 'P', place: 'X', publishedOn: '2024-01-01', file: 's.txt' });
    expect(document.entities.map((item: any) => [item.id, item.name])).toEqual([
      ['a', 'A university'],
      ['mahidol-university', 'Mahidol University'],
    ]);
    expect(document.entities[0].evidence).toEqual([{ quote: 'quote a' }, { quote: 'A (A)' }]);
    expect(document.relations).toEqual([{ type: 'COOPERATES_WITH', from: 'a', to: 'mahidol-university', evidence: [{ quote: 'a with mahidol' }] }]);
  });
});
