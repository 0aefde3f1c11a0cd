/**
 * When a fact was stated: the publication dates (`Source.publishedOn`, a DATE) of the sources its
 * evidence cites. Computed from the evidence when read rather than stored, so no write path (seed,
 * import, curation, merges, restore) can leave them stale. Each source is found through the unique
 * index on `Source.id`. Arguments are Cypher expressions made by the caller from allow-listed names.
 */

/** A DATE range as one parameter: `{from, to}`, either end null for open, the whole map null for none. */
export interface DateRangeValue {
  from?: string | null;
  to?: string | null;
}

/** The first publication date, in `order`, among the sources whose ids `sourceIds` lists. */
function statedDate(sourceIds: string, order: 'ASC' | 'DESC'): string {
  return `head(COLLECT { MATCH (statedSource:Source) WHERE statedSource.id IN ${sourceIds} RETURN statedSource.publishedOn AS statedOn ORDER BY statedOn ${order} LIMIT 1 })`;
}

/** The earliest publication date among the sources of `owner`'s evidence (null without evidence). */
export function firstStatedOf(owner: string): string {
  return statedDate(`${owner}.evidenceSourceIds`, 'ASC');
}

/** The latest publication date among the sources of `owner`'s evidence (null without evidence). */
export function lastStatedOf(owner: string): string {
  return statedDate(`${owner}.evidenceSourceIds`, 'DESC');
}

/**
 * A chain of relationships (`relationships(path)`) stands stated once every hop is: its first
 * statement is the latest of its hops' first statements; its last, the latest statement of any hop.
 */
export function chainFirstStatedOf(hops: string): string {
  return `head(COLLECT { UNWIND ${hops} AS statedHop RETURN ${firstStatedOf('statedHop')} AS statedOn ORDER BY statedOn DESC LIMIT 1 })`;
}

export function chainLastStatedOf(hops: string): string {
  return statedDate(`reduce(statedIds = [], statedHop IN ${hops} | statedIds + coalesce(statedHop.evidenceSourceIds, []))`, 'DESC');
}

/**
 * Whether `owner` was stated within the range `range` (a parameter holding a `DateRangeValue`): at
 * least one piece of its evidence cites a source published on or after `from` and on or before
 * `to`, both ends included. A null range holds for everything.
 */
export function statedWithin(owner: string, range: string): string {
  return `(${range} IS NULL OR EXISTS { MATCH (statedSource:Source) WHERE statedSource.id IN ${owner}.evidenceSourceIds AND (${range}.from IS NULL OR statedSource.publishedOn >= date(${range}.from)) AND (${range}.to IS NULL OR statedSource.publishedOn <= date(${range}.to)) })`;
}
