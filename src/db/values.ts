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
 * nodes and relationships become their property maps.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : BigInt(value.toString());
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  const plain: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) plain[key] = toPlain(item);
  return plain;
}
