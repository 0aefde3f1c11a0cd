import neo4j, { type Integer } from 'neo4j-driver';

/**
 * Property values as JSON (in backups and change snapshots) without loss of type: strings, booleans and safe integers
 * as themselves; everything JSON cannot tell apart or hold as a one-key object tagged with its
 * Neo4j type (a property is never a map, so an object is always a tag). Floats are always tagged,
 * so 2.0 stays a FLOAT and 2 an INTEGER.
 */
export type TypedValue = string | boolean | number | TypedValue[] | { [tag: `$${string}`]: unknown };

export class TypedValueError extends Error {}

const toNumber = (value: number | Integer): number => (typeof value === 'number' ? value : neo4j.integer.toNumber(value));

/** JSON has no NaN or infinities: those travel as their names. */
function encodeFloat(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

export function encodeValue(value: unknown): TypedValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return { $float: encodeFloat(value) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : { $int: value.toString() };
  if (value instanceof Int8Array) return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (neo4j.isDate(value)) return { $date: [value.year, value.month, value.day].map(toNumber) };
  if (neo4j.isLocalTime(value)) return { $localtime: [value.hour, value.minute, value.second, value.nanosecond].map(toNumber) };
  if (neo4j.isTime(value)) return { $time: [...[value.hour, value.minute, value.second, value.nanosecond].map(toNumber), toNumber(value.timeZoneOffsetSeconds)] };
  if (neo4j.isLocalDateTime(value)) {
    return { $localdatetime: [value.year, value.month, value.day, value.hour, value.minute, value.second, value.nanosecond].map(toNumber) };
  }
  if (neo4j.isDateTime(value)) {
    const fields = [value.year, value.month, value.day, value.hour, value.minute, value.second, value.nanosecond].map(toNumber);
    // The offset beside a named zone tells the two readings of an hour that the clocks go back through apart.
    return { $datetime: [...fields, toNumber(value.timeZoneOffsetSeconds!), value.timeZoneId ?? null] };
  }
  if (neo4j.isDuration(value)) return { $duration: [value.months, value.days, value.seconds, value.nanoseconds].map((part) => toNumber(part)) };
  if (neo4j.isPoint(value)) return { $point: [toNumber(value.srid), value.x, value.y, ...(value.z === undefined ? [] : [value.z])].map(encodeFloat) };
  throw new Error(`cannot encode a property value of type ${Object.prototype.toString.call(value)}`);
}

function numbers(tag: string, value: unknown, lengths: number[]): number[] {
  if (!Array.isArray(value) || !lengths.includes(value.length) || !value.every((item) => typeof item === 'number')) {
    throw new TypedValueError(`${tag} must be a list of ${lengths.join(' or ')} numbers`);
  }
  return value as number[];
}

function decodeFloat(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return Number(value);
  throw new TypedValueError(`$float must be a number, NaN, Infinity or -Infinity, got ${JSON.stringify(value)}`);
}

/** Driver values for `encodeValue`'s output: integers as neo4j.int, floats as numbers. */
export function decodeValue(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypedValueError(`an untagged number must be a safe integer, got ${value}`);
    return neo4j.int(value);
  }
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value === null || typeof value !== 'object' || Object.keys(value).length !== 1) throw new TypedValueError(`not a typed value: ${JSON.stringify(value)}`);
  const [[tag, body]] = Object.entries(value);
  const { Date, LocalTime, Time, LocalDateTime, DateTime, Duration, Point } = neo4j.types;
  switch (tag) {
    case '$int':
      if (typeof body !== 'string' || !/^-?\d+$/.test(body)) throw new TypedValueError('$int must be a string of digits');
      return neo4j.int(body);
    case '$float':
      return decodeFloat(body);
    case '$bytes':
      if (typeof body !== 'string') throw new TypedValueError('$bytes must be a base64 string');
      return new Int8Array(Buffer.from(body, 'base64'));
    case '$date': {
      const [year, month, day] = numbers(tag, body, [3]);
      return new Date(year, month, day);
    }
    case '$localtime': {
      const [hour, minute, second, nanosecond] = numbers(tag, body, [4]);
      return new LocalTime(hour, minute, second, nanosecond);
    }
    case '$time': {
      const [hour, minute, second, nanosecond, offsetSeconds] = numbers(tag, body, [5]);
      return new Time(hour, minute, second, nanosecond, offsetSeconds);
    }
    case '$localdatetime': {
      const [year, month, day, hour, minute, second, nanosecond] = numbers(tag, body, [7]);
      return new LocalDateTime(year, month, day, hour, minute, second, nanosecond);
    }
    case '$datetime': {
      if (!Array.isArray(body) || body.length !== 9) throw new TypedValueError('$datetime must be a list of 9 items');
      const [year, month, day, hour, minute, second, nanosecond, offsetSeconds] = numbers(tag, body.slice(0, 8), [8]);
      const zone = body[8] as unknown;
      if (zone !== null && typeof zone !== 'string') throw new TypedValueError('$datetime must end with a zone name or null');
      return new DateTime(year, month, day, hour, minute, second, nanosecond, offsetSeconds, zone ?? undefined);
    }
    case '$duration': {
      const [months, days, seconds, nanoseconds] = numbers(tag, body, [4]);
      return new Duration(months, days, seconds, nanoseconds);
    }
    case '$point': {
      if (!Array.isArray(body) || (body.length !== 3 && body.length !== 4)) throw new TypedValueError('$point must be [srid, x, y] or [srid, x, y, z]');
      const [srid, x, y, z] = body.map(decodeFloat);
      return new Point(neo4j.int(srid), x, y, z);
    }
    default:
      throw new TypedValueError(`unknown value tag ${tag}`);
  }
}

/** Encodes a property map with its keys in order, so equal graphs give equal backups and snapshots. */
export function encodeProperties(properties: Record<string, unknown>): Record<string, TypedValue> {
  return Object.fromEntries(
    Object.keys(properties)
      .sort()
      .map((key) => [key, encodeValue(properties[key])]),
  );
}

export function decodeProperties(properties: unknown): Record<string, unknown> {
  if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) throw new TypedValueError('properties must be an object');
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, decodeValue(value)]));
}
