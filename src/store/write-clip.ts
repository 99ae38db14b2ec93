import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Clip } from '../clip';
import { searchTextOf, toStoredClip, toSummary } from './records';
import { updateSearchTexts } from './search-buckets';
import type { NewsclipDB } from './schema';

/** A read-write transaction over the three stores a clip lives in. */
export type ClipWriteTx = IDBPTransaction<NewsclipDB, ('clips' | 'summaries' | 'searchText')[], 'readwrite'>;

/** The stores every clip write touches, so a write is all or nothing. */
export const CLIP_STORES = ['clips', 'summaries', 'searchText'] as const;

/**
 * Puts a clip and its summary in `tx`, and its search text unless `withText` is false (the text is
 * unchanged, or the caller batches texts with `updateSearchTexts`). The caller awaits `tx.done`.
 */
export function writeClip(tx: ClipWriteTx, clip: Clip, withText = true): Promise<unknown> {
  return startAll([
    () => tx.objectStore('clips').put(toStoredClip(clip)),
    () => tx.objectStore('summaries').put(toSummary(clip)),
    ...(withText
      ? [() => updateSearchTexts(tx.objectStore('searchText'), new Map([[clip.id, searchTextOf(clip)]]))]
      : []),
  ]);
}

/** Deletes a clip, its summary and its search text in `tx`. */
export function eraseClip(tx: ClipWriteTx, id: string): Promise<unknown> {
  return startAll([
    () => tx.objectStore('clips').delete(id),
    () => tx.objectStore('summaries').delete(id),
    () => updateSearchTexts(tx.objectStore('searchText'), new Map([[id, null]])),
  ]);
}

/**
 * Starts requests in order and waits for all. A request that throws when started (a quota or clone
 * error) aborts the rest; the ones already started are then rejected by the abort, and are caught here
 * so that they do not surface as unhandled rejections.
 */
function startAll(starts: readonly (() => Promise<unknown>)[]): Promise<unknown> {
  const started: Promise<unknown>[] = [];
  try {
    for (const start of starts) started.push(start());
  } catch (error) {
    for (const request of started) request.catch(() => undefined);
    return Promise.reject(error);
  }
  return Promise.all(started);
}

/**
 * Runs `work` in one read-write transaction over the clip stores and waits for it to commit. If
 * anything fails (a quota error, a value that cannot be stored) the transaction is aborted, so the
 * library is exactly as it was before.
 */
export async function inClipTransaction<T>(
  db: IDBPDatabase<NewsclipDB>,
  work: (tx: ClipWriteTx) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(CLIP_STORES, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request, or committed: nothing left to undo.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}
