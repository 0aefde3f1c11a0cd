import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/engine/db/values';

describe('driver values to GraphQL values', () => {
  it('keeps integers exact: numbers when safe, BigInt beyond', () => {
    expect(toPlain(neo4j.int(2600))).toBe(2600);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe(BigInt('9007199254740993'));
  });

  it('draws the line between number and BigInt exactly at the safe range, both signs', () => {
    for (const text of ['0', '-1', '4294967295', '4294967296', '-4294967296', '-4294967297', '9007199254740991', '-9007199254740991']) {
      expect(toPlain(neo4j.int(text))).toBe(Number(text));
    }
    for (const text of ['9007199254740992', '-9007199254740992', '-9007199254740993', '9223372036854775807', '-9223372036854775808']) {
      expect(toPlain(neo4j.int(text))).toBe(BigInt(text));
    }
  });

  it('writes dates as ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2021, 9, 9))).toBe('2021-09-09');
    expect(toPlain({ dates: [new neo4j.types.Date(2021, 9, 13)] })).toEqual({ dates: ['2021-09-13'] });
  });

  it('passes nulls, strings and nested maps through', () => {
    expect(toPlain({ a: null, b: 'x', c: { d: [neo4j.int(1)] } })).toEqual({ a: null, b: 'x', c: { d: [1] } });
  });
});
