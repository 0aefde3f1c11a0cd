/**
 * Cypher that appends the evidence pairs in `evidence` (a list of `{sourceId, quote}` maps) that
 * `target` does not hold yet. Evidence is stored as two parallel lists (`evidenceSourceIds`,
 * `evidenceQuotes`) so researchers can query it in plain Cypher. `carried` are the variables the
 * statement still needs afterwards.
 */
export function appendEvidence(target: string, evidence: string, carried: string[] = []): string {
  const keep = [target, ...carried].join(', ');
  return `
WITH ${keep}, [e IN ${evidence} WHERE NOT e.sourceId + '|' + e.quote IN ${evidenceKeys(target)}] AS fresh
SET ${target}.evidenceSourceIds = coalesce(${target}.evidenceSourceIds, []) + [e IN fresh | e.sourceId],
    ${target}.evidenceQuotes = coalesce(${target}.evidenceQuotes, []) + [e IN fresh | e.quote]`;
}

/** The evidence stored on `variable` as `sourceId|quote` keys, to tell which pieces it already holds. */
export function evidenceKeys(variable: string): string {
  return `[i IN range(0, size(coalesce(${variable}.evidenceQuotes, [])) - 1) | ${variable}.evidenceSourceIds[i] + '|' + ${variable}.evidenceQuotes[i]]`;
}

/** The evidence lists stored on `variable`, as a list of `{sourceId, quote}` maps. */
export function storedEvidence(variable: string): string {
  return `[i IN range(0, size(coalesce(${variable}.evidenceQuotes, [])) - 1) | {sourceId: ${variable}.evidenceSourceIds[i], quote: ${variable}.evidenceQuotes[i]}]`;
}

/**
 * How many distinct sources the list expression `sourceIds` names: how many documents state a fact.
 * Computed when read, like the stated dates, so no write path can leave it stale.
 */
function distinctSourceCount(sourceIds: string): string {
  return `size(reduce(countedSources = [], countedSource IN coalesce(${sourceIds}, []) | CASE WHEN countedSource IN countedSources THEN countedSources ELSE countedSources + countedSource END))`;
}

/** How many distinct sources the evidence of `owner` (an entity or relationship) cites. */
export function sourceCountOf(owner: string): string {
  return distinctSourceCount(`${owner}.evidenceSourceIds`);
}

/** How many distinct sources the hops of a chain of relationships (`relationships(path)`) cite together. */
export function chainSourceCountOf(hops: string): string {
  return distinctSourceCount(`reduce(chainSources = [], countedHop IN ${hops} | chainSources + coalesce(countedHop.evidenceSourceIds, []))`);
}
