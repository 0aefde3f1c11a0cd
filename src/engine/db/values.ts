import neo4j from 'neo4j-driver';

/** Dates, times and durations: each prints as its ISO 8601 form. */
export function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  );
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
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : BigInt(value.toString());
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain({ ...value.properties });
  return value;
}
