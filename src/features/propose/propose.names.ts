/**
 * How names are compared: the same name written with other case, punctuation, quotes, a leading
 * "the", a legal form or an ordinal in words rather than figures has one `nameKey`; the same words in another order
 * ("Guangxi Science and Technology Department" and "Department of Science and Technology of Guangxi") share a `wordsKey`.
 */

/** Legal-form words that do not tell two organisations apart ("Co., Ltd.", "Inc.", "GmbH", "Public Company Limited"). */
const LEGAL_SUFFIX = /(?:[\s,]+(?:co|company|corp|corporation|inc|incorporated|ltd|limited|llc|plc|gmbh|ag|sa|bhd|berhad|sdn|sendirian|pte|pty|tbk|jsc|public(?=\s+(?:company|co)\b))\.?)+\s*$/i;
/** A legal form written before the name (Indonesia's "PT"), in capitals as registered. */
const LEGAL_PREFIX = /^PT\.?\s+(?=\p{Lu})/u;

/** Words that only join a name's parts; reordering a name moves or drops them. */
const JOINING_WORDS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'at', 'to', 'a', 'an', '&']);

/** What a state's official name puts before its common name: "the People's Republic of", "the Kingdom of", "the Republic of the Union of". */
const STATE_DESIGNATOR = /^(?:the\s+)?(?:(?:socialist|democratic|people['’]?s|federal|islamic|united|federated|independent|plurinational|cooperative|arab)\s+)*(?:republic|kingdom|union|state|federation|commonwealth|sultanate|principality|emirate)\s+of\s+(?:the\s+)?/i;

/** What a region's official name puts after its common name: "Guangxi Zhuang Autonomous Region", "Yunnan Province". */
const REGION_DESIGNATOR = /(?<=\p{L})\s+(?:(?:zhuang|hui|uygur|uyghur|uighur)\s+)?(?:autonomous\s+region|special\s+administrative\s+region|autonomous\s+prefecture|province|municipality)\b/giu;

/** "the Socialist Republic of Viet Nam" → "Viet Nam"; a name without a state designator is returned as it is. */
export function withoutStateDesignator(name: string): string {
  const rest = name.trim().replace(STATE_DESIGNATOR, '');
  return rest === '' || rest === name.trim() ? name.trim() : withoutStateDesignator(rest);
}

/** "Department of Science and Technology of Guangxi Zhuang Autonomous Region" → "… of Guangxi". */
export function withoutRegionDesignators(name: string): string {
  return name.replace(REGION_DESIGNATOR, '');
}

/** The name without quotes, a leading article, a legal form or surrounding punctuation. */
export function coreName(name: string): string {
  return name
    .replace(/[“”"‘’]/g, (quote) => (quote === '’' || quote === '‘' ? "'" : ''))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '')
    .replace(LEGAL_SUFFIX, '')
    .replace(LEGAL_PREFIX, '')
    .replace(/^[\s.,;:()'-]+|[\s.,;:()'-]+$/g, '');
}

/** The name as it should be shown: no quotes, no leading article, no surrounding punctuation; legal suffixes stay. */
export function displayName(name: string): string {
  return name
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/^[\s,;:()'-]+|[\s,;:()'-]+$/g, '');
}

/** Lowercase words of a name: hyphens, dots and commas split, apostrophes stay ("world's"). */
export function nameWords(name: string): string[] {
  return coreName(name)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'&]+/u)
    .filter((word) => word.length > 0);
}

/** Ordinals in words and in figures are one word of a name: "Seventh General Assembly", "7th General Assembly". */
const ORDINALS: Record<string, string> = {
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th', tenth: '10th',
  eleventh: '11th', twelfth: '12th', thirteenth: '13th', fourteenth: '14th', fifteenth: '15th', sixteenth: '16th', seventeenth: '17th', eighteenth: '18th', nineteenth: '19th', twentieth: '20th',
};

/** A name's words as names are compared: `nameWords`, ordinals in figures. */
const comparedWords = (name: string) => nameWords(name).map((word) => ORDINALS[word] ?? word);

/** Equal for the same name in another case, punctuation, with or without "the" or a legal suffix, an ordinal in words or figures. */
export function nameKey(name: string): string {
  return comparedWords(name).join(' ');
}

/** The name's own words, sorted: equal for reordered names. Undefined for one-word names (nameKey covers those). */
export function wordsKey(name: string): string | undefined {
  const words = comparedWords(name).filter((word) => !JOINING_WORDS.has(word));
  return words.length > 1 ? [...words].sort().join(' ') : undefined;
}

/** The words a full-text look-up must find in a name for it to be one of these variants. */
export function contentWords(name: string): string[] {
  return [...new Set(nameWords(name).filter((word) => !JOINING_WORDS.has(word)))];
}

/** A readable, stable id: "China-ASEAN Information Harbor Co., Ltd." → "china-asean-information-harbor". */
export function slug(name: string): string {
  return (
    nameWords(name)
      .join('-')
      .normalize('NFKD')
      .replace(/[^a-z0-9-]+/g, '')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80)
      .replace(/-$/, '') || 'entity'
  );
}

/** How a mention's name matches an entity's name or alias, best first; undefined when it does not. */
export enum NameMatch {
  EXACT = 'EXACT',
  VARIANT = 'VARIANT',
  REORDERED = 'REORDERED',
}

export function matchName(mention: string, known: string): NameMatch | undefined {
  if (mention.trim().toLowerCase() === known.trim().toLowerCase()) return NameMatch.EXACT;
  if (nameKey(mention) !== '' && nameKey(mention) === nameKey(known)) return NameMatch.VARIANT;
  const words = wordsKey(mention);
  return words !== undefined && words === wordsKey(known) ? NameMatch.REORDERED : undefined;
}

/** A name's words anywhere in a text, whatever their case, hyphens or spacing ("Technology Transfer", "technology-transfer"). */
export function wordsPattern(name: string): RegExp {
  const words = name.split(/[\s-]+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b${words.join('[\\s-]+')}\\b`, 'gi');
}
