import { EntityType } from '../../engine/model/model';
import { ENTITY_PROPERTIES } from '../../engine/model/properties';
import type { EntityRegistry, SentenceMentions } from './propose.extract';
import { QUALIFIERS } from './propose.lexicon';
import type { ProposedDate, ProposedQuantity } from './propose.model';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? iso(year, month, day) : undefined;
}

interface DatePattern {
  pattern: RegExp;
  read: (match: RegExpExecArray, year: number | undefined) => { date?: string; endDate?: string } | undefined;
}

/** Dates as press releases write them; a date without a year takes the publication's year. */
const DATE_PATTERNS: DatePattern[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => ({ date: validDate(+m[1], +m[2], +m[3]) }) },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\s*(?:-|–|to|until|through)\\s*(?:${MONTH}\\s+)?(\\d{1,2})(?:,\\s*(\\d{4}))?\\b`, 'g'),
    read: (m, year) => {
      const y = m[5] ? +m[5] : year;
      if (!y) return undefined;
      return { date: validDate(y, monthNumber(m[1]), +m[2]), endDate: validDate(y, monthNumber(m[3] ?? m[1]), +m[4]) };
    },
  },
  { pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g'), read: (m) => ({ date: validDate(+m[3], monthNumber(m[1]), +m[2]) }) },
  { pattern: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'g'), read: (m) => ({ date: validDate(+m[3], monthNumber(m[2]), +m[1]) }) },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?!\\s*(?:,\\s*)?\\d{4})(?!\\s*(?:-|–|to|until|through))\\b`, 'g'),
    read: (m, year) => (year ? { date: validDate(year, monthNumber(m[1]), +m[2]) } : undefined),
  },
];

/**
 * Dates in the text. A range in a sentence that names an event becomes the event's start and end
 * dates; the rest are listed for the curator.
 */
export function findDates(text: string, sentences: SentenceMentions[], registry: EntityRegistry, publishedOn: string | undefined): ProposedDate[] {
  const year = publishedOn ? Number(publishedOn.slice(0, 4)) : undefined;
  const found: ProposedDate[] = [];
  const covered: [number, number][] = [];
  for (const { pattern, read } of DATE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (covered.some(([from, to]) => start < to && end > from)) continue;
      const read_ = read(match as RegExpExecArray, year);
      if (!read_?.date) continue;
      covered.push([start, end]);
      const sentence = sentences.find((entry) => entry.sentence.start <= start && start <= entry.sentence.end);
      const event = sentence?.top.map((mention) => registry.entities.find((entity) => entity.id === mention.entityId)).find((entity) => entity?.type === EntityType.Event);
      const isRange = read_.endDate !== undefined;
      const date: ProposedDate = {
        text: match[0],
        date: read_.date,
        endDate: read_.endDate ?? null,
        span: { start, end },
        entityId: null,
        property: null,
        confidence: match[5] || /\d{4}/.test(match[0]) ? 0.9 : 0.7,
        reason: /\d{4}/.test(match[0]) ? 'a full date' : `a date without a year, read in ${year}, the publication's year`,
      };
      if (event && isRange) {
        Object.assign(date, { entityId: event.id, property: 'startDate', reason: `${date.reason}; the dates of ${event.name}, named in the same sentence` });
        event.properties = { ...event.properties, startDate: read_.date, ...(read_.endDate ? { endDate: read_.endDate } : {}) };
      } else if (publishedOn && read_.date === publishedOn) {
        Object.assign(date, { property: 'publishedOn', reason: `${date.reason}; the publication date` });
      }
      found.push(date);
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Counts with their qualifiers ("more than 2,600 members", "9 ASEAN countries", "20 joint laboratories"),
 * proposed as the properties of the entity they describe when its type has one.
 */
export function findQuantities(text: string, sentences: SentenceMentions[], registry: EntityRegistry): ProposedQuantity[] {
  const found: ProposedQuantity[] = [];
  for (const { sentence, top } of sentences) {
    const { tokens } = sentence;
    tokens.forEach((token, index) => {
      if (!/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(token.text) || token.tags.has('Date') || token.tags.has('Year') || token.tags.has('Ordinal') || /[-–]$/.test(token.post) || /^\d{4}$/.test(token.text)) return;
      const value = Number(token.text.replace(/,/g, ''));
      const before = text.slice(Math.max(sentence.start, token.start - 24), token.start);
      const [, qualifier] = QUALIFIERS.find(([pattern]) => pattern.test(before)) ?? [undefined, 'EXACT'];
      const qualifierText = /(?:more than|over|above|at least|nearly|almost|about|around|up to|fewer than|less than)\s*$/i.exec(before)?.[0] ?? '';
      const countedTokens = [];
      for (let k = index + 1; k < tokens.length && countedTokens.length < 4; k += 1) {
        if (['in', 'of', 'with', 'including', 'and', 'to', 'for', 'or'].includes(tokens[k].lower) && countedTokens.length > 0) break;
        countedTokens.push(tokens[k]);
        if (!/^\s*$|^-$/.test(tokens[k].post)) break;
      }
      if (countedTokens.length === 0) return;
      const counted = text.slice(countedTokens[0].start, countedTokens.at(-1)!.end);
      const start = token.start - qualifierText.length;
      const quantity: ProposedQuantity = { text: text.slice(start, countedTokens.at(-1)!.end), value, qualifier, counted, span: { start, end: countedTokens.at(-1)!.end }, entityId: null, property: null, confidence: 0.7, reason: `a number with what it counts${qualifierText ? `, qualified "${qualifierText.trim()}"` : ''}` };
      const countsCountries = /\bcountries$/i.test(counted);
      const countsMembers = /^members?$/i.test(counted);
      const holder = top.find((mention) => mention.entityId && mention.first <= index && index <= mention.last);
      const earlier = top.filter((mention) => mention.entityId && mention.last < index && index - mention.last <= 6).at(-1);
      const typeOf = (id: string | undefined) => registry.entities.find((entity) => entity.id === id)?.type;
      const networkBefore = top.filter((mention) => mention.last < index && typeOf(mention.entityId) === EntityType.Network).at(-1);
      const candidate = countsCountries ? (holder ?? earlier) : countsMembers ? networkBefore : holder;
      const entity = candidate && registry.entities.find((item) => item.id === candidate.entityId);
      const property = countsCountries ? 'countryCount' : countsMembers ? 'memberCount' : 'count';
      const allowed = entity ? ENTITY_PROPERTIES[entity.type] : {};
      const qualifierProperty = `${property === 'count' ? 'count' : property}Qualifier`;
      if (entity && allowed[property] && (qualifier === 'EXACT' || qualifier === 'MORE_THAN')) {
        quantity.entityId = entity.id;
        quantity.property = property;
        quantity.reason += `; the ${property} of ${entity.name}`;
        const qualified = allowed[qualifierProperty] ? { [qualifierProperty]: qualifier } : {};
        if (qualifier === 'EXACT' || allowed[qualifierProperty]) entity.properties = { ...entity.properties, [property]: value, ...qualified };
      }
      found.push(quantity);
    });
  }
  return found;
}
