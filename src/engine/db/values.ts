import neo4j, { type Integer } from 'neo4j-driver';

/** Dates, times and durations: each prints as its ISO 8601 form. */
export function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  );
}

const TWO_TO_THE_32 = 4_294_967_296;

/**
 * A driver Integer as a number when it fits a double exactly, else a BigInt. Read from its two 32-bit
 * halves: the driver's own range check compares through subtraction, allocating Integers, which cost a
 * 200-node neighbourhood about 150 KB of garbage per answer. Above 2^53 in size the sum is inexact but
 * never a safe integer, so the check holds.
 */
function integerValue(value: Integer): number | bigint {
  const number = value.high * TWO_TO_THE_32 + (value.low >>> 0);
  return Number.isSafeInteger(number) ? number : BigInt(value.toString());
}

/**
 * Converts driver values into plain JSON-ready values without loss: integers become numbers when
 * they fit a double exactly and BigInt otherwise; temporal values become their ISO strings;
 * nodes and relationships become their property maps. Lists and maps the driver decoded are
 * converted in place: they are the caller's own, and a large answer is not copied again.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) value[index] = toPlain(value[index]);
    return value;
  }
  if (neo4j.isInt(value)) return integerValue(value);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain({ ...value.properties });
  return value;
}
