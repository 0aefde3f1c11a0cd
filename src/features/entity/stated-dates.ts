import type { GraphContext } from '../../engine/context';
import type { Evidence } from './entity.type';

/** A fact's first and last statement: the earliest and latest publication dates of its sources. */
export interface StatedDates {
  first: string | null;
  last: string | null;
}

/** The earliest and latest of `dates` (ISO dates sort as text). */
export function statedRange(dates: readonly (string | null | undefined)[]): StatedDates {
  const known = dates.filter((date): date is string => typeof date === 'string').sort();
  return { first: known[0] ?? null, last: known[known.length - 1] ?? null };
}

/** The dates of what `evidence` cites, its sources batched per request (for objects no compiled statement dated). */
export async function statedDates(ctx: GraphContext, evidence: readonly Evidence[]): Promise<StatedDates> {
  const sources = await ctx.loaders.source.loadMany([...new Set(evidence.map((item) => item.sourceId))]);
  return statedRange(sources.map((source) => (source && !(source instanceof Error) ? source.publishedOn : null)));
}
