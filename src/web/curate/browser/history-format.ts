/**
 * The History view's wording, free of the DOM so the unit tests can read it: who and when, a change's
 * properties before → after (evidence as quotes, not as the parallel arrays the graph stores), a
 * refused revert, and a retraction's impact.
 */

/** One quote and the source it cites. */
export interface Quote {
  sourceId: string;
  quote: string;
}

/** One changed property as the detail shows it; evidence is listed quote by quote instead. */
export interface PropertyChange {
  property: string;
  before: string;
  after: string;
}

/** The quotes a change added and took away, and how many it left as they were. */
export interface EvidenceChange {
  added: Quote[];
  removed: Quote[];
  kept: number;
}

/** The graph stores an item's evidence as two parallel lists; these are their property names. */
const EVIDENCE_PROPERTIES = ['evidenceQuotes', 'evidenceSourceIds'];

const EMPTY = '—';

/** Who made a change, in words: `api-key:alice` → `alice (API key)`. */
export function actorText(by: string): string {
  const [kind, ...rest] = by.split(':');
  const name = rest.join(':');
  const kinds: Record<string, string> = { 'api-key': 'API key', jwt: 'signed-in user', cli: 'command line' };
  return name && kinds[kind] ? `${name} (${kinds[kind]})` : by;
}

/** When, as a UTC date and minute, with how long ago relative to `now`. */
export function whenText(at: string, now: Date = new Date()): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  const ago = seconds < 60 ? 'just now' : seconds < 3600 ? `${Math.floor(seconds / 60)} min ago` : seconds < 86_400 ? `${Math.floor(seconds / 3600)} h ago` : `${Math.floor(seconds / 86_400)} d ago`;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC (${ago})`;
}

/** A property's value as text: lists joined, absent as a dash, objects as JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return EMPTY;
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(', ') : EMPTY;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An item's evidence from its stored properties: each quote with its source. */
export function evidenceOf(properties: Record<string, unknown> | null): Quote[] {
  const quotes = (properties?.evidenceQuotes as string[] | undefined) ?? [];
  const sources = (properties?.evidenceSourceIds as string[] | undefined) ?? [];
  return quotes.map((quote, index) => ({ quote, sourceId: sources[index] ?? '' }));
}

/** The quotes a change added and removed (the same quote from the same source counts once each time it is stored). */
export function evidenceChange(before: Record<string, unknown> | null, after: Record<string, unknown> | null): EvidenceChange {
  const key = (quote: Quote) => `${quote.sourceId}\u0000${quote.quote}`;
  const difference = (from: Quote[], without: Quote[]) => {
    const left = without.map(key);
    return from.filter((quote) => {
      const at = left.indexOf(key(quote));
      if (at === -1) return true;
      left.splice(at, 1);
      return false;
    });
  };
  const [was, is] = [evidenceOf(before), evidenceOf(after)];
  const added = difference(is, was);
  return { added, removed: difference(was, is), kept: is.length - added.length };
}

/** The changed properties other than evidence, each before → after. */
export function propertyChanges(item: { changedProperties: string[]; before: Record<string, unknown> | null; after: Record<string, unknown> | null }): PropertyChange[] {
  return item.changedProperties
    .filter((property) => !EVIDENCE_PROPERTIES.includes(property))
    .map((property) => ({ property, before: valueText(item.before?.[property]), after: valueText(item.after?.[property]) }));
}

/** Whether a change touched the item's evidence. */
export function changesEvidence(item: { changedProperties: string[] }): boolean {
  return item.changedProperties.some((property) => EVIDENCE_PROPERTIES.includes(property));
}

/** A refused revert as the page shows it: the reason, and the later changes to revert first. */
export function refusalText(code: string | undefined, message: string, dependents: string[]): string {
  const reasons: Record<string, string> = {
    CHANGE_DEPENDED_ON: `Later changes build on it: revert ${dependents.length === 1 ? 'that one' : 'those'} first, newest first.`,
    CHANGE_ALREADY_REVERTED: 'It was reverted already.',
    CHANGE_NOT_REVERTIBLE: 'It cannot be reverted: a restore, or a change before the last restore.',
  };
  return `Revert refused: ${(code && reasons[code]) || message}`;
}

/** A statistic's key in words: `entities.Platform` → `Platform entities`, `relationships.ESTABLISHED` → `ESTABLISHED relationships`. */
export function statisticLabel(key: string): string {
  const [group, name] = key.split('.');
  return name && (group === 'entities' || group === 'relationships') ? `${name} ${group}` : key;
}

/** A statistic before → after, with the difference. */
export function statisticText({ before, after }: { before: number; after: number }): string {
  const difference = after - before;
  return `${before} → ${after} (${difference > 0 ? '+' : ''}${difference})`;
}

/** A hub connection a retraction breaks or lengthens. */
export function brokenPathText(path: { fromName: string; toName: string; hopsBefore: number; hopsAfter: number | null }): string {
  const hops = (count: number) => `${count} hop${count === 1 ? '' : 's'}`;
  const after = path.hopsAfter === null ? 'no longer connected within 4 hops' : hops(path.hopsAfter);
  return `${path.fromName} ↔ ${path.toName}: ${hops(path.hopsBefore)} → ${after}`;
}

/** A retraction's impact in one sentence. */
export function retractionSummary(report: {
  dryRun: boolean;
  sourceId: string;
  lostEntities: unknown[];
  keptEntities: unknown[];
  lostRelationships: unknown[];
  keptRelationships: unknown[];
  removedConflictIds: unknown[];
  brokenPaths: unknown[];
}): string {
  const lost = `${report.lostEntities.length} entities and ${report.lostRelationships.length} relationships`;
  const kept = report.keptEntities.length + report.keptRelationships.length;
  const verb = report.dryRun ? 'Retracting' : 'Retracted';
  const tail = report.dryRun ? ' Nothing was written.' : '';
  return (
    `${verb} ${report.sourceId}: ${lost} ${report.dryRun ? 'would lose' : 'lost'} all support; ${kept} facts keep other sources (only this source's quotes go); ` +
    `${report.removedConflictIds.length} conflicts removed; ${report.brokenPaths.length} hub connections break or lengthen.${tail}`
  );
}
