import { canonicalKey, mergeClips, type Clip } from '../clip';
import type { Library } from './open-library';
import { toClip } from './records';
import { searchTextOf } from './records';
import { updateSearchTexts } from './search-buckets';
import { inClipTransaction, writeClip } from './write-clip';

/** What an import did. */
export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges clips into the library in one transaction (all or nothing): a clip matching one already
 * stored by id, else by canonical URL, is merged with it (`mergeClips`: newer `updatedAt` wins, tags
 * united); any other clip is added.
 */
export async function importClips(db: Library, clips: readonly Clip[]): Promise<ImportOutcome> {
  return inClipTransaction(db, async (tx) => {
    const outcome: ImportOutcome = { added: 0, updated: 0, unchanged: 0 };
    const store = tx.objectStore('clips');
    // What is already stored, from the small summaries: most imports then read no clip at all.
    const ids = new Set<string>();
    const idsByUrl = new Map<string, string>();
    for (const summary of await tx.objectStore('summaries').getAll()) {
      ids.add(summary.id);
      idsByUrl.set(canonicalKey(summary.url), summary.id);
    }
    // Writes are queued, not awaited one by one; a failed one aborts the transaction and rejects below.
    const writes: Promise<unknown>[] = [];
    // Search texts are written once per bucket at the end, not once per clip.
    const texts = new Map<string, string>();
    const queue = (write: Promise<unknown>): void => {
      // Handled here too, in case a later read fails first and `writes` is never awaited.
      write.catch(() => undefined);
      writes.push(write);
    };
    for (const incoming of clips) {
      const urlKey = canonicalKey(incoming.canonicalUrl ?? incoming.url);
      const match = ids.has(incoming.id) ? incoming.id : idsByUrl.get(urlKey);
      const stored = match === undefined ? undefined : await store.get(match);
      if (!stored) {
        outcome.added++;
        ids.add(incoming.id);
        idsByUrl.set(urlKey, incoming.id);
        queue(writeClip(tx, incoming, false));
        texts.set(incoming.id, searchTextOf(incoming));
        continue;
      }
      const existing = toClip(stored);
      const merged = mergeClips(existing, incoming);
      if (JSON.stringify(merged) === JSON.stringify(existing)) {
        outcome.unchanged++;
      } else {
        outcome.updated++;
        queue(writeClip(tx, merged, false));
        texts.set(merged.id, searchTextOf(merged));
      }
    }
    queue(updateSearchTexts(tx.objectStore('searchText'), texts));
    await Promise.all(writes);
    return outcome;
  });
}
