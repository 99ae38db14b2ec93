import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Clip } from '../clip';
import { newPackKey, packBodies, releasePacks } from './body-packs';
import { searchTextOf, toStoredClip } from './records';
import { failureCause } from './storage-error';
import { updateSearchTexts } from './search-buckets';
import type { ClipHead, NewsclipDB, StoredClip } from './schema';

/** A read-write transaction over the three stores a clip lives in. */
export type ClipWriteTx = IDBPTransaction<NewsclipDB, ('clips' | 'bodies' | 'searchText')[], 'readwrite'>;

/** The stores every clip write touches, so a write is all or nothing. */
export const CLIP_STORES = ['clips', 'bodies', 'searchText'] as const;

/**
 * Puts a clip in `tx`: its head, its body in a new pack (the pack it had goes if no other clip is in
 * it) and its search text. The caller awaits `tx.done`.
 * @param existing the stored head of this clip, if it is in the library
 */
export function writeClip(tx: ClipWriteTx, clip: Clip, existing: StoredClip | undefined): Promise<unknown> {
  const pack = newPackKey();
  return startAll([
    () => tx.objectStore('bodies').put(packBodies([clip]), pack),
    () => tx.objectStore('clips').put(toStoredClip(clip, pack)),
    () => releasePacks(tx, existing ? [existing.pack] : []),
    () => updateSearchTexts(tx.objectStore('searchText'), new Map([[clip.id, searchTextOf(clip)]])),
  ]);
}

/** Puts a clip's head in `tx` when only the head changed (tags): body and search text stay. */
export function writeClipHead(tx: ClipWriteTx, head: ClipHead, stored: StoredClip): Promise<unknown> {
  return tx.objectStore('clips').put(toStoredClip(head, stored.pack, stored.span));
}

/** Deletes a clip, its body (with its pack, if no other clip is in it) and its search text in `tx`. */
export function eraseClip(tx: ClipWriteTx, stored: StoredClip): Promise<unknown> {
  return startAll([
    () => tx.objectStore('clips').delete(stored.id),
    () => releasePacks(tx, [stored.pack]),
    () => updateSearchTexts(tx.objectStore('searchText'), new Map([[stored.id, null]])),
  ]);
}

/**
 * Starts requests in order and waits for all. A request that throws when started (a value that cannot
 * be cloned) aborts the rest; the ones already started are then rejected by the abort, and are caught here
 * so that they do not surface as unhandled rejections.
 */
export function startAll(starts: readonly (() => Promise<unknown>)[]): Promise<unknown> {
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
 * library is exactly as it was before. The error thrown is the one that says why (`failureCause`).
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
    throw failureCause([tx.error, error]);
  }
}
