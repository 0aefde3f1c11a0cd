import type { ChangeFollower } from '../../engine/changes/change-follower';
import type { ChangeNotice } from '../../engine/changes/change-log';

/** What a subscriber watches; each filter given narrows the stream, none given is every change. */
export interface ChangeFilter {
  types?: readonly string[];
  ids?: readonly string[];
}

export function changeMatches(notice: ChangeNotice, { types, ids }: ChangeFilter): boolean {
  if (types && !notice.entityTypes.some((type) => types.includes(type))) return false;
  if (ids && !notice.entityIds.some((id) => ids.includes(id))) return false;
  return true;
}

/**
 * How many matching changes may wait for a subscriber that reads slower than the graph changes; past
 * this its stream completes (it should subscribe again and catch up from the change log) rather than
 * holding an unbounded queue in the service's memory.
 */
export const MAX_PENDING_CHANGES = 10_000;

/**
 * The changes `follower` delivers from now on that match `filter`, as an async iterator (what a
 * GraphQL subscription's source stream is). `return()` — the client left, the server stops — unsubscribes.
 */
export function followChanges(follower: Pick<ChangeFollower, 'subscribe'>, filter: ChangeFilter, maxPending = MAX_PENDING_CHANGES): AsyncIterableIterator<ChangeNotice> {
  const pending: ChangeNotice[] = [];
  let wake: (() => void) | undefined;
  let finished = false;
  const finish = (): IteratorResult<ChangeNotice> => {
    finished = true;
    unsubscribe();
    wake?.();
    return { done: true, value: undefined };
  };
  const unsubscribe = follower.subscribe((notice) => {
    if (finished || !changeMatches(notice, filter)) return;
    if (pending.length >= maxPending) return void finish();
    pending.push(notice);
    wake?.();
  });
  return {
    async next() {
      while (pending.length === 0 && !finished) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      return pending.length > 0 && !finished ? { done: false, value: pending.shift()! } : finish();
    },
    async return() {
      return finish();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
