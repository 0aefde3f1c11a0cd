import { toCuratedDocument } from '../../src/engine/documents/document.format';
import type { FailureClassTags } from '../../src/features/propose/extraction-corpus';
import { addCorpusDocument, emptyCorpusScore } from '../../src/features/propose/extraction-eval';
import { LinkStatus } from '../../src/features/propose/propose.model';
import type { DocumentDraft } from '../../src/features/propose/propose.service';

const TEXT = 'Mahidol University and Heron Bay University are partners in the Heron Bay Lab. Heron Bay Lab opened in Bangkok.';

const curated = toCuratedDocument({
  source: { id: 'doc', title: 'A document (fictional)', publisher: 'tests', place: 'Bangkok', publishedOn: '2026-01-01', file: 'doc.txt' },
  entities: [
    { id: 'mahidol-university', type: 'Institution', kind: 'UNIVERSITY', name: 'Mahidol University', aliases: [], evidence: [{ quote: 'Mahidol University' }] },
    { id: 'bangkok', type: 'Place', kind: 'CITY', name: 'Bangkok', aliases: [], evidence: [{ quote: 'Bangkok' }] },
    { id: 'heron-bay-university', type: 'Institution', kind: 'UNIVERSITY', name: 'Heron Bay University', aliases: [], evidence: [{ quote: 'Heron Bay University' }] },
    { id: 'heron-bay-lab', type: 'Platform', kind: 'JOINT_LABORATORY', name: 'Heron Bay Lab', aliases: [], evidence: [{ quote: 'the Heron Bay Lab' }] },
  ],
  relations: [
    { type: 'PARTICIPATES_IN', from: 'mahidol-university', to: 'heron-bay-lab', evidence: [{ quote: 'Mahidol University and Heron Bay University are partners' }] },
    { type: 'PARTICIPATES_IN', from: 'heron-bay-university', to: 'heron-bay-lab', evidence: [{ quote: 'Heron Bay University are partners' }] },
    { type: 'LOCATED_IN', from: 'heron-bay-lab', to: 'bangkok', evidence: [{ quote: 'Heron Bay Lab opened in Bangkok' }] },
  ],
});

const tags: FailureClassTags = {
  entities: new Map([['heron-bay-university', ['coordination', 'name-prefix']]]),
  relations: new Map([
    ['heron-bay-university PARTICIPATES_IN heron-bay-lab', ['partner-frame', 'coordination']],
    ['heron-bay-lab LOCATED_IN bangkok', ['event-frame']],
  ]),
};

const GRAPH_IDS = new Set(['mahidol-university', 'bangkok', 'guangxi-university-of-chinese-medicine']);

function entity(id: string, name: string, status: LinkStatus, quotes: string[] = [name], written?: string) {
  const start = written === undefined ? -1 : TEXT.indexOf(written);
  return { id, name, type: 'Institution', status, aliases: [], quotes, mentions: start < 0 ? [] : [{ start, end: start + written!.length }] };
}

/** A draft as the proposer might make it: one right link, one wrong link, one extra link, one new entity found, one spurious. */
const draft = {
  entities: [
    entity('mahidol-university', 'Mahidol University', LinkStatus.LINKED),
    // "Heron Bay University" linked to a graph entity it is not (a linked proposal carries the graph's name): a wrong link, and the curated entity is missed.
    entity('guangxi-university-of-chinese-medicine', 'Guangxi University of Chinese Medicine', LinkStatus.LINKED, ['Heron Bay University'], 'Heron Bay University'),
    entity('heron-bay-lab', 'Heron Bay Lab', LinkStatus.NEW),
    entity('partners', 'Partners', LinkStatus.NEW, ['partners in the']),
    // A graph entity the document does not record: an extra link, neither right nor wrong.
    entity('guangxi', 'Guangxi', LinkStatus.LINKED, ['Heron Bay']),
  ],
  relations: [
    { type: 'PARTICIPATES_IN', from: 'mahidol-university', to: 'heron-bay-lab', quote: 'Mahidol University and Heron Bay University are partners' },
    { type: 'PARTICIPATES_IN', from: 'guangxi-university-of-chinese-medicine', to: 'heron-bay-lab', quote: 'not in the text' },
  ],
} as unknown as DocumentDraft;

describe('scoring a corpus document against the seeded graph', () => {
  const score = emptyCorpusScore();
  addCorpusDocument(score, draft, curated, tags, GRAPH_IDS, TEXT);

  it('counts mentions of graph entities linked by id; a link from a name curated as another entity is wrong, one the document does not record is extra', () => {
    expect(score.knownLinks).toEqual({ found: 1, total: 2 });
    expect(score.missedLinks).toEqual(['Bangkok (bangkok)']);
    expect(score.wrongLinks).toEqual(['"Heron Bay University" in doc.txt → guangxi-university-of-chinese-medicine, curated as heron-bay-university']);
    expect(score.extraLinks).toEqual(['Guangxi in doc.txt → guangxi']);
  });

  it('counts new entities found by name and proposals that match nothing curated as spurious', () => {
    expect(score.newEntities).toEqual({ found: 1, total: 2 });
    expect(score.missedEntities).toEqual(['Heron Bay University (heron-bay-university)']);
    expect(score.spurious).toEqual(['Partners (Institution) in doc.txt']);
    expect(score.spuriousMax).toBe(1);
  });

  it('counts relationships whose ends map to the curated ends, overall and by role', () => {
    expect(score.relations).toEqual({ found: 1, total: 3 });
    expect(score.roles['partner (COOPERATES_WITH, PARTICIPATES_IN)']).toEqual({ found: 1, total: 2 });
    expect(score.roles['location (LOCATED_IN)']).toEqual({ found: 0, total: 1 });
    expect(score.roles['host (HOSTED)']).toEqual({ found: 0, total: 0 });
  });

  it('tells a role fact missed with both ends found (the frame went unread) from one missed with an end not found', () => {
    // heron-bay-university was linked wrongly, so its partnership misses an end; the lab's place misses Bangkok, not linked.
    expect(score.roleMisses).toEqual({ 'both ends found': 0, 'one end found': 2, 'no end found': 0 });
    const bothFound = emptyCorpusScore();
    addCorpusDocument(bothFound, { ...draft, relations: [] } as DocumentDraft, curated, tags, GRAPH_IDS, TEXT);
    expect(bothFound.roleMisses).toEqual({ 'both ends found': 1, 'one end found': 2, 'no end found': 0 });
  });

  it('tells a fact missed with both ends named or referred to in one sentence from one whose ends the proposal finds only apart', () => {
    const missedWith = (lab: { mentions: { start: number; end: number }[]; quotes: string[] }) => {
      const mahidol = { mentions: [{ start: 0, end: 18 }], quotes: ['Mahidol University'] };
      const entities = draft.entities.map((one) => (one.id === 'mahidol-university' ? { ...one, ...mahidol } : one.id === 'heron-bay-lab' ? { ...one, ...lab } : one));
      const score = emptyCorpusScore();
      addCorpusDocument(score, { ...draft, entities, relations: [] } as DocumentDraft, curated, tags, GRAPH_IDS, TEXT);
      return score.bothEndsMissed;
    };
    const second = TEXT.lastIndexOf('Heron Bay Lab');
    // Named in the first sentence, or referred to there (a reference leaves its clause as a quote, not a mention).
    expect(missedWith({ mentions: [{ start: TEXT.indexOf('Heron Bay Lab'), end: TEXT.indexOf('Heron Bay Lab') + 13 }], quotes: [] })).toEqual({ together: 1, apart: 0 });
    expect(missedWith({ mentions: [], quotes: ['partners in the Heron Bay Lab'] })).toEqual({ together: 1, apart: 0 });
    // Only in "Heron Bay Lab opened in Bangkok.", which does not name Mahidol University.
    expect(missedWith({ mentions: [{ start: second, end: second + 13 }], quotes: ['Heron Bay Lab opened in Bangkok'] })).toEqual({ together: 0, apart: 1 });
  });

  it('counts recall per failure class over tagged entities and relationships', () => {
    expect(score.classes.coordination).toEqual({ found: 0, total: 2 });
    expect(score.classes['partner-frame']).toEqual({ found: 0, total: 1 });
    expect(score.classes['event-frame']).toEqual({ found: 0, total: 1 });
    expect(score.classes.alias).toEqual({ found: 0, total: 0 });
  });

  it('counts quotes that are not verbatim', () => {
    expect(score.quotes).toEqual({ found: 6, total: 7 });
  });

  it('adds a second document to the same totals', () => {
    const twice = emptyCorpusScore();
    addCorpusDocument(twice, draft, curated, tags, GRAPH_IDS, TEXT);
    addCorpusDocument(twice, draft, curated, tags, GRAPH_IDS, TEXT);
    expect([twice.documents, twice.knownLinks, twice.spurious.length, twice.spuriousMax]).toEqual([2, { found: 2, total: 4 }, 2, 1]);
  });
});

describe('scoring a relationship whose type means the same either way', () => {
  it('counts COOPERATES_WITH proposed in the other direction as found, and PARTICIPATES_IN reversed as not', () => {
    const withCooperation = toCuratedDocument({
      ...curated,
      relations: [
        { type: 'COOPERATES_WITH', from: 'mahidol-university', to: 'heron-bay-lab', evidence: [{ quote: 'Mahidol University and Heron Bay University are partners' }] },
        { type: 'PARTICIPATES_IN', from: 'mahidol-university', to: 'heron-bay-lab', evidence: [{ quote: 'Mahidol University and Heron Bay University are partners' }] },
      ],
    });
    const reversed = {
      ...draft,
      relations: [
        { type: 'COOPERATES_WITH', from: 'heron-bay-lab', to: 'mahidol-university', quote: 'Mahidol University' },
        { type: 'PARTICIPATES_IN', from: 'heron-bay-lab', to: 'mahidol-university', quote: 'Mahidol University' },
      ],
    } as unknown as DocumentDraft;
    const score = emptyCorpusScore();
    addCorpusDocument(score, reversed, withCooperation, { entities: new Map(), relations: new Map() }, GRAPH_IDS, TEXT);
    expect(score.relations).toEqual({ found: 1, total: 2 });
  });
});

describe('matching an agreement the text never names', () => {
  const text = 'On 18 October the Kite Institute and Heron Robotics signed a memorandum of understanding on drone mapping. Heron Robotics will train the pilots.';
  const document = (agreementName: string) =>
    toCuratedDocument({
      source: { id: 'mou', title: 'A memorandum (fictional)', publisher: 'tests', place: 'Hanoi', publishedOn: '2027-01-01', file: 'mou.txt' },
      entities: [{ id: 'drone-mou', type: 'Agreement', kind: 'MOU', name: agreementName, aliases: [], evidence: [{ quote: 'the Kite Institute and Heron Robotics signed a memorandum of understanding on drone mapping' }] }],
      relations: [],
    });
  const proposal = (name: string, quote: string) =>
    ({ entities: [{ id: 'proposed', name, type: 'Agreement', status: LinkStatus.NEW, aliases: [], quotes: [quote], mentions: [] }], relations: [] }) as unknown as DocumentDraft;
  const found = (curatedName: string, proposedName: string, quote: string) => {
    const score = emptyCorpusScore();
    addCorpusDocument(score, proposal(proposedName, quote), document(curatedName), { entities: new Map(), relations: new Map() }, new Set(), text);
    return score.newEntities.found;
  };

  it('matches the unnamed curated agreement whose evidence quotes the same sentence, whatever either side called it', () => {
    expect(found('Drone mapping MoU of the Kite Institute', 'Memorandum of understanding between Kite Institute and Heron Robotics', 'On 18 October the Kite Institute and Heron Robotics signed a memorandum')).toBe(1);
  });

  it('does not match on another sentence, nor when either name is written in the text', () => {
    expect(found('Drone mapping MoU of the Kite Institute', 'Memorandum of understanding between Kite Institute and Heron Robotics', 'Heron Robotics will train the pilots.')).toBe(0);
    expect(found('memorandum of understanding on drone mapping', 'Memorandum between Kite Institute and Heron Robotics', 'the Kite Institute and Heron Robotics signed a memorandum of understanding on drone mapping')).toBe(0);
  });
});
