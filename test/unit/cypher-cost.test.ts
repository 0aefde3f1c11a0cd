import { getDebugTree } from '@neo4j-cypher/language-support';
import { COLLECTED_LIST, findCostlyExpression, STORED_LIST } from '../../src/features/cypher/cypher.cost';
import type { SyntaxNode } from '../../src/features/cypher/cypher.parser';

const LIMIT = 1_000_000;
const costly = (query: string, params: Record<string, unknown> = {}) => findCostlyExpression(getDebugTree(query) as SyntaxNode, params, LIMIT);
const verdict = (query: string, params?: Record<string, unknown>) => {
  const found = costly(query, params);
  return found ? `${found.kind} ${found.construct} ${found.estimate}` : 'ok';
};

describe('the estimate of work one expression does', () => {
  it.each([
    ['reduce over a small literal list', 'RETURN reduce(s = 0, x IN [1, 2, 3] | s + x)', {}],
    ['reduce over a path', 'MATCH p = (a)-[*..4]-(b) RETURN reduce(w = 0, r IN relationships(p) | w + r.weight)', {}],
    ['string building over a stored list', "MATCH (n) RETURN reduce(s = '', q IN n.evidenceQuotes | s + q + ' ')", {}],
    ['a range with literal bounds, iterated', 'RETURN reduce(s = 0, x IN range(1, 1000000) | s + x)', {}],
    ['a range sized by a parameter', 'RETURN [x IN range(1, $n) | x * 2]', { n: 1000 }],
    ['a range sized by a collected list', 'MATCH (n) WITH collect(n) AS ns RETURN [i IN range(0, size(ns) - 1) | ns[i]]', {}],
    ['a huge range that makes rows', 'UNWIND range(1, 3000000000) AS x RETURN count(x)', {}],
    ['a range of variable size that makes rows', 'MATCH (n) UNWIND range(0, n.count) AS i RETURN i', {}],
    ['membership in a small range', 'MATCH (n) WHERE n.year IN range(2000, 2020) RETURN n', {}],
    ['nested loops within the limit', 'WITH range(1, 1000) AS r RETURN reduce(s = 0, x IN r | s + reduce(t = 0, y IN r | t + y))', {}],
    ['list predicates over labels', "MATCH (n) RETURN any(l IN labels(n) WHERE l = 'A'), [x IN [1, 2] | x]", {}],
    ['arithmetic clause after clause', `MATCH (n) WITH count(n) AS a ${'WITH a + a + a + a AS a '.repeat(12)}RETURN a`, {}],
    ['a subquery inside a bounded loop', 'RETURN [x IN range(1, 1000) WHERE COUNT { MATCH (a)-->(b) WHERE b.v = x } > 0]', {}],
  ])('lets %s through', (_what: string, query: string, params: Record<string, unknown>) => {
    expect(verdict(query, params)).toBe('ok');
  });

  it.each([
    ['a range too long to walk', 'RETURN reduce(s = 0, x IN range(1, 3000000000) | s + x)', 'unbounded-range range 3000000000', {}],
    ['a range sized by a large parameter', 'RETURN all(x IN range(1, $n) WHERE x > 0)', 'unbounded-range range 3000000000', { n: 3_000_000_000 }],
    ['a range sized by data', 'MATCH (n) WITH count(n) AS c RETURN [x IN range(1, c) | x]', 'unbounded-range range Infinity', {}],
    ['a range with a step of unknown size', 'RETURN range(1, 10, $step)', 'unbounded-range range Infinity', { step: 'x' }],
    ['nested reduce', 'RETURN reduce(s = 0, x IN range(1, 20000) | s + reduce(t = 0, y IN range(1, 20000) | t + y))', 'iteration-limit reduce 400000000', {}],
    ['nested iteration over collected lists', 'MATCH (n) WITH collect(n) AS ns RETURN [a IN ns | [b IN ns WHERE a = b]]', `iteration-limit list comprehension ${COLLECTED_LIST ** 2}`, {}],
    ['a membership scan inside a loop', 'MATCH (n) WITH collect(n) AS ns RETURN [a IN ns WHERE a IN ns]', `iteration-limit IN ${COLLECTED_LIST ** 2}`, {}],
    ['quadratic string building', "RETURN reduce(s = '', x IN range(1, 200000) | s + 'abcdefghij')", 'iteration-limit reduce 40000000000', {}],
    ['a string grown from a number', "RETURN reduce(s = 0, x IN range(1, 2000) | s + 'ab')", 'iteration-limit reduce 4000000', {}],
    ['exponential doubling', "RETURN reduce(s = 'a', x IN range(1, 40) | s + s)", 'iteration-limit reduce Infinity', {}],
    ['exponential replace', "RETURN reduce(s = 'a', x IN range(1, 40) | replace(s, 'a', 'aa'))", 'iteration-limit reduce Infinity', {}],
    ['lists doubled clause by clause', `WITH [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] AS l ${'WITH l + l + l + l + l + l + l + l + l + l AS l '.repeat(6)}RETURN size(l)`, 'value-too-large concatenation 10000000', {}],
    ['nested replace', `RETURN ${'replace('.repeat(7)}'aaaaaaaaaa'${", 'a', 'aaaaaaaaaa')".repeat(7)}`, 'value-too-large replace 1111110', {}],
  ])('refuses %s', (_what: string, query: string, expected: string, params: Record<string, unknown>) => {
    expect(verdict(query, params)).toBe(expected);
  });

  it('counts a list read from the graph as smaller than one collected in the query', () => {
    expect(STORED_LIST).toBeLessThan(COLLECTED_LIST);
    expect(verdict(`MATCH (n) RETURN [a IN n.aliases | [b IN n.aliases | [c IN n.aliases | 1]]]`)).toBe('ok');
    expect(verdict(`MATCH (n) RETURN [a IN n.aliases | [b IN n.aliases | [c IN n.aliases | [d IN n.aliases | 1]]]]`)).toBe(`iteration-limit list comprehension ${STORED_LIST ** 4}`);
  });

  it('names the construct and quotes it', () => {
    expect(costly('RETURN 1 + reduce(s = 0, x IN range(1, 3000000000) | s + x)')).toEqual({
      kind: 'unbounded-range',
      construct: 'range',
      estimate: 3_000_000_000,
      expression: 'range ( 1 , 3000000000 )',
    });
  });
});
