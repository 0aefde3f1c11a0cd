import { EntityType } from '../../engine/model/model';
import { HEADS } from './propose.lexicon';
import { headKey, headOf, type Mention } from './propose.mentions';
import type { EntityRegistry, SentenceMentions } from './propose.registry';

/** Words that may stand between "a" and the head of a thing named only in the next sentence: "a new joint laboratory". */
const UNNAMED_MODIFIERS = /^(?:new|joint|first|second|bilateral|regional|national|international|research|innovation|technology|demonstration|training|pilot|shared|\w+-\w+)$/;
/** Heads of what a text sets up first and names after: a platform, or a company ("a joint venture"). */
const COMPANY_HEADS = new Set(['venture', 'company']);
/** General words a text may use for it when it names it: "Named the X, the new facility …", "The joint venture, X, …". */
const GENERAL_WORDS = new Set(['facility', 'venture', 'company', 'platform']);

/** Where the indefinite phrase starts ("a") and its head word. */
interface Unnamed {
  first: number;
  head: number;
}

/** "A joint laboratory … was inaugurated … by A and B": an indefinite platform or venture no name covers. */
function unnamedIn(entry: SentenceMentions): Unnamed | undefined {
  const { tokens } = entry.sentence;
  for (let k = 0; k < tokens.length; k += 1) {
    if (!['a', 'an'].includes(tokens[k].lower)) continue;
    let head = k + 1;
    while (head < tokens.length && head - k <= 3 && UNNAMED_MODIFIERS.test(tokens[head].lower) && !isUnnamedHead(tokens[head].lower)) head += 1;
    const covered = entry.top.some((mention) => mention.first <= head && k <= mention.last);
    if (tokens[head] && isUnnamedHead(tokens[head].lower) && tokens[head].text === tokens[head].lower && !covered) return { first: k, head };
  }
  return undefined;
}

const isUnnamedHead = (word: string) => COMPANY_HEADS.has(word) || HEADS[word]?.type === EntityType.Platform;

/**
 * The name the sentence after gives it, introduced as the thing the text spoke of: "Named the X, the new facility …",
 * "The joint venture, X, is based in …", "It is called X".
 */
function namedAfter(next: SentenceMentions, head: string): Mention | undefined {
  const { tokens } = next.sentence;
  const company = COMPANY_HEADS.has(head);
  const fits = (mention: Mention) => mention.form === 'name' && !!mention.entityId && (company ? mention.kind === 'COMPANY' : mention.type === EntityType.Platform && headKey(headOf(mention.name) ?? '') === headKey(head));
  for (const mention of next.top.filter(fits)) {
    const before = tokens.slice(0, mention.first).map((token) => token.lower);
    const named = /(?:^|\s)(?:named|called|known as)(?: the)?$/.test(before.join(' '));
    const apposed = before[0] === 'the' && before.length <= 4 && (before.at(-1) === head || GENERAL_WORDS.has(before.at(-1)!)) && /^,\s*$/.test(tokens[mention.first - 1].post);
    if (named || apposed) return mention;
  }
  return undefined;
}

/**
 * "A joint laboratory … was inaugurated … by A and B. Named the X Joint Laboratory, the new facility …": the indefinite
 * thing is the one the next sentence names, so what the first sentence says of it (who set it up, where) is said of that
 * name. Runs after registration, so the name has its entity.
 */
export function nameTheUnnamed(text: string, perSentence: SentenceMentions[], registry: EntityRegistry): void {
  perSentence.forEach((entry, n) => {
    const unnamed = unnamedIn(entry);
    const next = perSentence[n + 1];
    if (!unnamed || !next) return;
    const { tokens } = entry.sentence;
    const name = namedAfter(next, tokens[unnamed.head].lower);
    const entity = name?.entityId ? registry.get(name.entityId) : undefined;
    if (!name || !entity) return;
    const start = tokens[unnamed.first].start;
    const end = tokens[unnamed.head].end;
    const pointer: Mention = {
      ...name,
      sentence: entry.sentence,
      first: unnamed.first,
      last: unnamed.head,
      start,
      end,
      text: text.slice(start, end),
      form: 'reference',
      nested: false,
      antecedents: 1,
      reason: `"${text.slice(start, end)}" is the one the next sentence names ${entity.name}`,
    };
    registry.refer(entity, pointer, text);
    entry.top.splice(entry.top.filter((mention) => mention.first < unnamed.first).length, 0, pointer);
  });
}
