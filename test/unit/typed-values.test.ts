import neo4j from 'neo4j-driver';
import { TypedValueError, decodeValue, encodeProperties, encodeValue } from '../../src/engine/db/typed-values';

const { Date, LocalTime, Time, LocalDateTime, DateTime, Duration, Point } = neo4j.types;

describe('typed property values', () => {
  const values: [string, unknown, unknown][] = [
    ['a string', 'Mahidol', 'Mahidol'],
    ['a boolean', false, false],
    ['a safe integer', neo4j.int(2600), 2600],
    ['an integer beyond 2^53', neo4j.int('9007199254740993'), { $int: '9007199254740993' }],
    ['a whole float', 2, { $float: 2 }],
    ['NaN', Number.NaN, { $float: 'NaN' }],
    ['-Infinity', Number.NEGATIVE_INFINITY, { $float: '-Infinity' }],
    ['a list of strings', ['a', 'b'], ['a', 'b']],
    ['an empty list', [], []],
    ['bytes', new Int8Array([-1, 0, 127]), { $bytes: '/wB/' }],
    ['a date', new Date(neo4j.int(2021), neo4j.int(9), neo4j.int(27)), { $date: [2021, 9, 27] }],
    ['a local time', new LocalTime(6, 7, 8, 9), { $localtime: [6, 7, 8, 9] }],
    ['a time', new Time(12, 0, 0, 0, -10_800), { $time: [12, 0, 0, 0, -10_800] }],
    ['a local date-time', new LocalDateTime(2024, 2, 29, 23, 59, 59, 123_456_789), { $localdatetime: [2024, 2, 29, 23, 59, 59, 123_456_789] }],
    ['a date-time with an offset', new DateTime(2024, 1, 1, 0, 0, 0, 500_000_000, 20_700), { $datetime: [2024, 1, 1, 0, 0, 0, 500_000_000, 20_700, null] }],
    ['a date-time in a named zone', new DateTime(2024, 10, 27, 2, 30, 0, 0, 3_600, 'Europe/Berlin'), { $datetime: [2024, 10, 27, 2, 30, 0, 0, 3_600, 'Europe/Berlin'] }],
    ['a duration', new Duration(14, 3, 14_706, 7_000_000), { $duration: [14, 3, 14_706, 7_000_000] }],
    ['a 2D point', new Point(neo4j.int(4326), 100.5, 13.75), { $point: [4326, 100.5, 13.75] }],
    ['a 3D point', new Point(neo4j.int(9157), 1, 2, 3), { $point: [9157, 1, 2, 3] }],
  ];

  it.each(values)('keeps %s, type and all', (_name, value, encoded) => {
    expect(encodeValue(value)).toEqual(encoded);
    const decoded = decodeValue(JSON.parse(JSON.stringify(encoded)));
    expect(encodeValue(decoded)).toEqual(encoded);
    expect(String(decoded)).toBe(String(value));
  });

  it('sends integers as Neo4j integers and floats as numbers', () => {
    expect(neo4j.isInt(decodeValue(3))).toBe(true);
    expect(decodeValue({ $float: 3 })).toBe(3);
  });

  it('writes property keys in order, so equal graphs give equal files', () => {
    expect(Object.keys(encodeProperties({ name: 'x', aliases: [], id: 'y' }))).toEqual(['aliases', 'id', 'name']);
  });

  it.each([
    ['a fractional untagged number', 1.5],
    ['a map that is not a tag', { name: 'x' }],
    ['an unknown tag', { $uuid: 'x' }],
    ['a date of two parts', { $date: [2021, 9] }],
    ['a date-time without its offset', { $datetime: [2024, 1, 1, 0, 0, 0, 0, null, 'Europe/Berlin'] }],
    ['null', null],
  ])('refuses %s', (_name, value) => {
    expect(() => decodeValue(value)).toThrow(TypedValueError);
  });
});
