import type { EntityType } from '../../engine/model/model';
import type { EntityRegistry } from './propose.registry';
import { HEADS } from './propose.lexicon';
import { headKey, type Mention } from './propose.mentions';

/**
 * The entities the text has named so far, in order, for the words that refer back to one and that extraction
 * left as words ("it", "hosted it", "the forum" inside a verb's frame); definite descriptions that extraction
 * read as mentions were resolved there (propose.extract.ts, resolveReference), once.
 */
export class Antecedents {
  private readonly named: { mention: Mention; type: EntityType; words: string[] }[] = [];

  constructor(private readonly registry: EntityRegistry) {}

  private typeOf(mention: Mention): EntityType | undefined {
    return this.registry.typeOf(mention);
  }

  private wordsOf(mention: Mention): string[] {
    return mention.name.toLowerCase().split(/[\s-]+/).map(headKey);
  }

  note(mention: Mention): void {
    const type = mention.entityId && mention.form !== 'domain' ? this.typeOf(mention) : undefined;
    if (type) this.named.push({ mention, type, words: this.wordsOf(mention) });
  }

  /**
   * What the text is about among `types`: of those named so far, the one the text speaks of most often so far, by name
   * or by a reference ("the new laboratory", "the lab"; on a tie, the first named, as a text names its subject first).
   * "Funding comes from A" funds it, not whatever was named last in passing.
   */
  topic(types: EntityType[], except: Set<string | undefined> = new Set()): Mention | undefined {
    const spoken = new Map<string | undefined, number>();
    for (const { mention } of this.named) spoken.set(mention.entityId, (spoken.get(mention.entityId) ?? 0) + 1);
    const mentionsOf = (item: { mention: Mention }) => spoken.get(item.mention.entityId) ?? 0;
    return this.named
      .filter((item) => types.includes(item.type) && !except.has(item.mention.entityId))
      .reduce<{ mention: Mention } | undefined>((best, item) => (!best || mentionsOf(item) > mentionsOf(best) ? item : best), undefined)?.mention;
  }

  /**
   * The last entity of one of `types` named, preferring one whose name holds `head` ("the lab" → "… Joint Laboratory")
   * or that is of the kind `head` says ("the company" → "… Corporation").
   */
  last(types: EntityType[], head?: string, except: Set<string | undefined> = new Set()): Mention | undefined {
    const candidates = this.named.filter((item) => types.includes(item.type) && !except.has(item.mention.entityId));
    const kind = head ? HEADS[head]?.kind : undefined;
    const byHead = head ? (candidates.filter((item) => item.words.includes(headKey(head))).at(-1) ?? candidates.filter((item) => !!kind && item.mention.kind === kind).at(-1)) : undefined;
    return (byHead ?? candidates.at(-1))?.mention;
  }
}
