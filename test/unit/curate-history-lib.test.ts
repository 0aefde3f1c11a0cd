import {
  actorText,
  brokenPathText,
  changesEvidence,
  evidenceChange,
  evidenceOf,
  propertyChanges,
  refusalText,
  retractionSummary,
  statisticLabel,
  statisticText,
  valueText,
  whenText,
} from '../../src/web/curate/browser/history-format';

describe("the review page's History helpers", () => {
  it('says who made a change and when, in words', () => {
    expect(actorText('api-key:history-editor')).toBe('history-editor (API key)');
    expect(actorText('jwt:auth0|42:x')).toBe('auth0|42:x (signed-in user)');
    expect(actorText('cli:ana')).toBe('ana (command line)');
    expect(actorText('seed')).toBe('seed');
    expect(actorText('anonymous')).toBe('anonymous');
    const now = new Date('2026-12-03T08:00:00Z');
    expect(whenText('2026-12-03T07:59:30.123Z', now)).toBe('2026-12-03 07:59 UTC (just now)');
    expect(whenText('2026-12-03T07:15:00Z', now)).toBe('2026-12-03 07:15 UTC (45 min ago)');
    expect(whenText('2026-12-03T02:00:00Z', now)).toBe('2026-12-03 02:00 UTC (6 h ago)');
    expect(whenText('2026-11-20T08:00:00Z', now)).toBe('2026-11-20 08:00 UTC (13 d ago)');
    expect(whenText('not a date', now)).toBe('not a date');
  });

  it('shows values as text: lists joined, absent as a dash', () => {
    expect(valueText(null)).toBe('—');
    expect(valueText(undefined)).toBe('—');
    expect(valueText([])).toBe('—');
    expect(valueText(['MU', 'Mahidol'])).toBe('MU, Mahidol');
    expect(valueText(2600)).toBe('2600');
    expect(valueText({ low: 1 })).toBe('{"low":1}');
  });

  it('lists the changed properties before → after, leaving the evidence arrays to the quotes', () => {
    const item = {
      changedProperties: ['evidenceQuotes', 'evidenceSourceIds', 'name', 'aliases', 'founded'],
      before: { name: 'Mahidol University', aliases: ['MU'], evidenceQuotes: ['a'], evidenceSourceIds: ['s1'] },
      after: { name: 'Mahidol University (Salaya)', aliases: ['MU', 'Mahidol'], founded: '1888-01-01', evidenceQuotes: ['a', 'b'], evidenceSourceIds: ['s1', 's2'] },
    };
    expect(propertyChanges(item)).toEqual([
      { property: 'name', before: 'Mahidol University', after: 'Mahidol University (Salaya)' },
      { property: 'aliases', before: 'MU', after: 'MU, Mahidol' },
      { property: 'founded', before: '—', after: '1888-01-01' },
    ]);
    expect(changesEvidence(item)).toBe(true);
    expect(changesEvidence({ changedProperties: ['name'] })).toBe(false);
    // A created item has no "before".
    expect(propertyChanges({ changedProperties: ['name'], before: null, after: { name: 'New Lab' } })).toEqual([{ property: 'name', before: '—', after: 'New Lab' }]);
  });

  it('reads the evidence as quotes with their sources, and names the quotes a change added and removed', () => {
    const before = { evidenceQuotes: ['joint laboratories', 'Mahidol University', 'joint laboratories'], evidenceSourceIds: ['s1', 's1', 's2'] };
    const after = { evidenceQuotes: ['Mahidol University', 'joint laboratories', 'the lab'], evidenceSourceIds: ['s1', 's2', 's3'] };
    expect(evidenceOf(before)).toEqual([
      { quote: 'joint laboratories', sourceId: 's1' },
      { quote: 'Mahidol University', sourceId: 's1' },
      { quote: 'joint laboratories', sourceId: 's2' },
    ]);
    expect(evidenceOf(null)).toEqual([]);
    // The same quote from another source is another piece of evidence.
    expect(evidenceChange(before, after)).toEqual({ added: [{ quote: 'the lab', sourceId: 's3' }], removed: [{ quote: 'joint laboratories', sourceId: 's1' }], kept: 2 });
    expect(evidenceChange(null, after)).toEqual({ added: evidenceOf(after), removed: [], kept: 0 });
  });

  it('explains a refused revert by its code, falling back on the message', () => {
    expect(refusalText('CHANGE_DEPENDED_ON', 'm', ['7'])).toBe('Revert refused: Later changes build on it: revert that one first, newest first.');
    expect(refusalText('CHANGE_DEPENDED_ON', 'm', ['7', '8'])).toBe('Revert refused: Later changes build on it: revert those first, newest first.');
    expect(refusalText('CHANGE_ALREADY_REVERTED', 'm', [])).toBe('Revert refused: It was reverted already.');
    expect(refusalText('CHANGE_NOT_REVERTIBLE', 'm', [])).toMatch(/restore/);
    expect(refusalText('FORBIDDEN', 'Requires the editor role', [])).toBe('Revert refused: Requires the editor role');
    expect(refusalText(undefined, 'Failed to fetch', [])).toBe('Revert refused: Failed to fetch');
  });

  it("words a retraction's impact: statistics, broken hub connections and the summary", () => {
    expect(statisticLabel('entities.Platform')).toBe('Platform entities');
    expect(statisticLabel('relationships.ESTABLISHED')).toBe('ESTABLISHED relationships');
    expect(statisticLabel('total')).toBe('total');
    expect(statisticText({ before: 12, after: 11 })).toBe('12 → 11 (-1)');
    expect(statisticText({ before: 3, after: 4 })).toBe('3 → 4 (+1)');
    expect(brokenPathText({ fromName: 'ASEAN', toName: 'China', hopsBefore: 1, hopsAfter: 3 })).toBe('ASEAN ↔ China: 1 hop → 3 hops');
    expect(brokenPathText({ fromName: 'ASEAN', toName: 'Laos', hopsBefore: 2, hopsAfter: null })).toBe('ASEAN ↔ Laos: 2 hops → no longer connected within 4 hops');
    const report = { sourceId: 'note', lostEntities: [1], keptEntities: [1, 2], lostRelationships: [1, 2], keptRelationships: [1], removedConflictIds: [], brokenPaths: [1] };
    expect(retractionSummary({ ...report, dryRun: true })).toBe(
      "Retracting note: 1 entities and 2 relationships would lose all support; 3 facts keep other sources (only this source's quotes go); 0 conflicts removed; 1 hub connections break or lengthen. Nothing was written.",
    );
    expect(retractionSummary({ ...report, dryRun: false })).toMatch(/^Retracted note: 1 entities and 2 relationships lost all support;.*lengthen\.$/);
  });
});
