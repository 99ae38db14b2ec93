import { canonicalKey, makeClip, updateClip, type Clip, type MakeClipOptions } from '../clip';
import type { ExtractedArticle } from '../extract/types';
import type { Library } from './open-library';
import { toClip } from './records';
import type { StoredClip } from './schema';
import { eraseClip, inClipTransaction, writeClip } from './write-clip';

/** What `saveArticle` did: a new clip, or an update of the clip already kept for that URL. */
export interface SaveOutcome {
  status: 'saved' | 'updated';
  clip: Clip;
}

/**
 * Stores an extracted article. An article whose canonical URL is already in the library updates that
 * clip in place (same id, `savedAt` and tags, plus any new tags); otherwise a new clip is added.
 */
export async function saveArticle(
  db: Library,
  article: ExtractedArticle,
  options: MakeClipOptions,
): Promise<SaveOutcome> {
  return inClipTransaction(db, async (tx) => {
    const key = canonicalKey(article.canonicalUrl ?? article.url);
    const existing = await tx.objectStore('clips').index('by-url').get(key);
    const clip = existing ? updateClip(toClip(existing), article, options) : makeClip(article, options);
    await writeClip(tx, clip);
    return { status: existing ? 'updated' : 'saved', clip };
  });
}

/** The clip with this id, or `null`. */
export async function getClip(db: Library, id: string): Promise<Clip | null> {
  const stored = await db.get('clips', id);
  return stored ? toClip(stored) : null;
}

/** The clip of a page, by its canonical URL or the address it was clipped from, or `null`. */
export async function findClipByUrl(db: Library, url: string): Promise<Clip | null> {
  const key = canonicalKey(url);
  const tx = db.transaction('clips');
  const stored = (await tx.store.index('by-url').get(key)) ?? (await tx.store.index('by-page-url').get(key));
  await tx.done;
  return stored ? toClip(stored) : null;
}

/** Deletes a clip and returns it, so the caller can offer to undo; `null` if it was not there. */
export async function deleteClip(db: Library, id: string): Promise<Clip | null> {
  return inClipTransaction(db, async (tx) => {
    const stored = await tx.objectStore('clips').get(id);
    if (stored) await eraseClip(tx, id);
    return stored ? toClip(stored) : null;
  });
}

/** Puts a clip back exactly as it was (undo of `deleteClip`). */
export async function restoreClip(db: Library, clip: Clip): Promise<void> {
  await inClipTransaction(db, (tx) => writeClip(tx, clip));
}

/** Every clip, in id order (for export). */
export async function getAllClips(db: Library): Promise<Clip[]> {
  return (await db.getAll('clips')).map(toClip);
}

/**
 * Every clip in id order, `size` at a time, each batch read in its own transaction: an export of
 * thousands of articles holds one batch in memory, not the library. A clip saved meanwhile may or
 * may not be included; none is read twice.
 */
export async function* readClipBatches(db: Library, size = 500): AsyncGenerator<Clip[]> {
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const batch: StoredClip[] = await db.getAll('clips', range, size);
    if (batch.length === 0) return;
    yield batch.map(toClip);
    after = batch[batch.length - 1]!.id;
  }
}

/** The number of clips in the library. */
export function countClips(db: Library): Promise<number> {
  return db.count('clips');
}
