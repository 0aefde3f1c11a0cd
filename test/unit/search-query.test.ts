import { luceneAllWords } from '../../src/engine/db/lucene';
import { luceneQuery, luceneTerms } from '../../src/features/search/lucene';

describe('full-text query building', () => {
  it('matches every word as a whole word or a prefix, and boosts the exact phrase', () => {
    expect(luceneQuery('Mahidol University')).toBe('("mahidol university")^4 OR ((mahidol OR mahidol*) AND (university OR university*))');
    expect(luceneQuery('CATTC')).toBe('(cattc OR cattc*)');
  });

  it('turns Lucene syntax in user text into plain words', () => {
    expect(luceneTerms('name:"x" OR *:* AND (a~ || b^9) \\ /re/')).toEqual(['name', 'x', 'a', 'b', '9', 're']);
    expect(luceneQuery('*** ~~ ()')).toBeUndefined();
  });

  it('requires every word of a name, leaving out words that syntax splits or empties', () => {
    expect(luceneAllWords(['Mahidol', 'University'])).toBe('+Mahidol +University');
    expect(luceneAllWords(['(CATTC)', 'R&D', '***'])).toBe('+CATTC');
    expect(luceneAllWords(['&&'])).toBeUndefined();
    // A name in capitals: "AND", "OR", "NOT" and "TO" are Lucene's operators only so written, so they are made words.
    expect(luceneAllWords(['SCIENCE', 'AND', 'TECHNOLOGY', 'OR', 'NOT', 'TO'])).toBe('+SCIENCE +and +TECHNOLOGY +or +not +to');
  });
});
