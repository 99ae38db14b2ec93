import type { Library } from './open-library';
import { toSummary } from './records';
import type { ClipSummary } from './schema';

/**
 * The `limit` most recently saved clips' summaries, newest first: what the popup paints first.
 * Three requests whatever `limit` is: find the `limit`-th newest save time with a key cursor, then
 * read everything from there on in one `getAll` (a cursor would cost a round trip per row).
 */
export async function listRecentSummaries(db: Library, limit: number): Promise<ClipSummary[]> {
  const tx = db.transaction('clips');
  const index = tx.store.index('by-saved');
  let cursor = await index.openKeyCursor(null, 'prev');
  if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
  const rows = await index.getAll(cursor ? IDBKeyRange.lowerBound(cursor.key) : null);
  await tx.done;
  // Rows saved in the same millisecond as the boundary may exceed `limit`; keep the newest.
  return rows.reverse().slice(0, limit).map(toSummary);
}

/** Every summary, newest first. */
export async function listAllSummaries(db: Library): Promise<ClipSummary[]> {
  return (await db.getAllFromIndex('clips', 'by-saved')).reverse().map(toSummary);
}

/** The folded full text of every clip, by id, for search. */
export async function loadSearchTexts(db: Library): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const bucket of await db.getAll('searchText')) {
    for (const [id, text] of Object.entries(bucket.texts)) texts.set(id, text);
  }
  return texts;
}
