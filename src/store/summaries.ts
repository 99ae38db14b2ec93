import type { Library } from './open-library';
import type { ClipSummary } from './schema';

/** The `limit` most recently saved clips' summaries, newest first: what the popup paints first. */
export async function listRecentSummaries(db: Library, limit: number): Promise<ClipSummary[]> {
  const out: ClipSummary[] = [];
  const tx = db.transaction('summaries');
  for (
    let cursor = await tx.store.index('by-saved').openCursor(null, 'prev');
    cursor && out.length < limit;
  ) {
    out.push(cursor.value);
    if (out.length < limit) cursor = await cursor.continue();
    else break;
  }
  await tx.done;
  return out;
}

/** Every summary, newest first. */
export async function listAllSummaries(db: Library): Promise<ClipSummary[]> {
  return (await db.getAllFromIndex('summaries', 'by-saved')).reverse();
}

/** The folded full text of every clip, by id, for search. */
export async function loadSearchTexts(db: Library): Promise<Map<string, string>> {
  const rows = await db.getAll('searchText');
  return new Map(rows.map((row) => [row.id, row.text]));
}
