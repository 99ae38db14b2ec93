import {
  canonicalKey,
  clipUrlKey,
  isSameArticle,
  makeClip,
  mergeClips,
  updateClip,
  type Clip,
  type MakeClipOptions,
} from '../clip';
import type { ExtractedArticle } from '../extract/types';
import { getPacks, readBodies } from './body-packs';
import type { Library } from './open-library';
import { sameValue } from './plan-import';
import { toClip, toClipHead } from './records';
import type { BodyPack, ClipHead, StoredClip } from './schema';
import { eraseClip, inClipTransaction, writeClip, writeClipHead, type ClipWriteTx } from './write-clip';

/** What `saveArticle` did: a new clip, or an update of the clip already kept for that URL. */
export interface SaveOutcome {
  status: 'saved' | 'updated';
  clip: Clip;
}

/**
 * Stores an extracted article. An article whose canonical URL is already in the library updates that
 * clip in place (same id, `savedAt` and tags, plus any new tags), if it is the same article
 * (`isSameArticle`); otherwise a new clip is added.
 */
export async function saveArticle(
  db: Library,
  article: ExtractedArticle,
  options: MakeClipOptions,
): Promise<SaveOutcome> {
  return inClipTransaction(db, async (tx) => {
    const key = canonicalKey(article.canonicalUrl ?? article.url);
    const existing = await storedSameArticle(tx, key, article, options.pageUrl);
    const clip = existing ? updateClip(existing, article, options) : makeClip(article, options);
    await writeClip(tx, clip, existing);
    return { status: existing ? 'updated' : 'saved', clip };
  });
}

/** The stored clip at canonical URL key `key` that is the article clipped from `pageUrl`, if any. */
async function storedSameArticle(
  tx: ClipWriteTx,
  key: string,
  article: Pick<ExtractedArticle, 'url' | 'title'>,
  pageUrl: string,
): Promise<StoredClip | undefined> {
  const sameAddress = await tx.objectStore('clips').index('by-url').getAll(key);
  return sameAddress.find((stored) => isSameArticle(stored, article, pageUrl));
}

/** The clips of some stored heads, with their bodies read from `packs` (after the transaction). */
export async function withBodies(
  heads: readonly StoredClip[],
  packs: ReadonlyMap<string, BodyPack | undefined>,
): Promise<Clip[]> {
  const bodies = await readBodies(heads, packs);
  return heads.map((head) => toClip(head, bodies.get(head.id)));
}

/** The clip with this id, or `null`. */
export async function getClip(db: Library, id: string): Promise<Clip | null> {
  const tx = db.transaction(['clips', 'bodies']);
  const stored = await tx.objectStore('clips').get(id);
  const packs = await getPacks(tx.objectStore('bodies'), stored ? [stored.pack] : []);
  await tx.done;
  return stored ? (await withBodies([stored], packs))[0]! : null;
}

/**
 * The clip of a page, by the address it was clipped from, else by its canonical URL, or `null`: two
 * articles may state one canonical URL, and each was clipped from its own page. Only its head: this
 * runs on every page load, and the body is not needed to know the page is clipped.
 */
export async function findClipByUrl(db: Library, url: string): Promise<ClipHead | null> {
  const key = canonicalKey(url);
  const tx = db.transaction('clips');
  const stored = (await tx.store.index('by-page-url').get(key)) ?? (await tx.store.index('by-url').get(key));
  await tx.done;
  return stored ? toClipHead(stored) : null;
}

/** Deletes a clip and returns it, so the caller can offer to undo; `null` if it was not there. */
export async function deleteClip(db: Library, id: string): Promise<Clip | null> {
  const deleted = await inClipTransaction(db, async (tx) => {
    const stored = await tx.objectStore('clips').get(id);
    if (!stored) return null;
    // A blob read from a record stays readable after the record is gone, so its body is parsed after.
    const packs = await getPacks(tx.objectStore('bodies'), [stored.pack]);
    await eraseClip(tx, stored);
    return { stored, packs };
  });
  return deleted ? (await withBodies([deleted.stored], deleted.packs))[0]! : null;
}

/**
 * Puts a deleted clip back (undo of `deleteClip`): exactly as it was, unless the library gained the
 * same clip meanwhile (its id, from an import) or the same article (clipped again). Then the two
 * are merged as an import merges them (`mergeClips`: the newer supplies the fields, the tags of
 * both are kept, the earlier `savedAt` stays), so Undo neither doubles a clip nor overwrites one.
 */
export async function restoreClip(db: Library, clip: Clip): Promise<void> {
  await inClipTransaction(db, async (tx) => {
    const present =
      (await tx.objectStore('clips').get(clip.id)) ??
      (await storedSameArticle(tx, clipUrlKey(clip), clip, clip.pageUrl));
    if (!present) return writeClip(tx, clip, undefined);
    const { contentHtml, text, ...head } = clip;
    const merged = mergeClips(toClipHead(present), head);
    // The clip in the library is the newer: its body stays, and its head takes the tags and savedAt.
    if (Date.parse(clip.updatedAt) <= Date.parse(present.updatedAt))
      return writeClipHead(tx, merged, present);
    return writeClip(tx, { ...merged, contentHtml, text }, present);
  });
}

/**
 * Puts back the copy of a clip that a re-clip replaced (undo of an "Updated"), if the clip is still
 * the re-clip's `replacement` apart from its tags: a later re-clip or import is not overwritten,
 * and tags edited since stay. The copy put back counts as the newest (`updatedAt` now), so an
 * export taken before the undo does not bring the replacement back. Returns whether it was put back.
 */
export async function revertClip(
  db: Library,
  previous: Clip,
  replacement: Clip,
  now: Date = new Date(),
): Promise<boolean> {
  return inClipTransaction(db, async (tx) => {
    const stored = await tx.objectStore('clips').get(previous.id);
    if (!stored || !sameValue(headBesidesTags(toClipHead(stored)), headBesidesTags(replacement)))
      return false;
    // The tags as they are now: the update kept the earlier ones, and edits since are the reader's.
    await writeClip(tx, { ...previous, tags: stored.tags, updatedAt: now.toISOString() }, stored);
    return true;
  });
}

/** A clip's head without its tags and the time they last changed, for comparing what tag edits keep. */
function headBesidesTags(clip: ClipHead | Clip): Record<string, unknown> {
  const head: Record<string, unknown> = { ...clip, tags: [], updatedAt: '' };
  delete head.contentHtml;
  delete head.text;
  return head;
}

/** Every clip, in id order (for tests and small libraries; export reads `readClipBatches`). */
export async function getAllClips(db: Library): Promise<Clip[]> {
  const tx = db.transaction(['clips', 'bodies']);
  const heads = await tx.objectStore('clips').getAll();
  const packs = await getPacks(
    tx.objectStore('bodies'),
    heads.map((head) => head.pack),
  );
  await tx.done;
  return withBodies(heads, packs);
}

/**
 * Every clip in id order, `size` at a time, each batch (heads and their body packs) read in its own
 * transaction: an export of thousands of articles holds one batch in memory, not the library. An
 * import packs clips in id order, so a batch reads few packs. A clip saved meanwhile may or may not
 * be included; none is read twice.
 */
export async function* readClipBatches(db: Library, size = 500): AsyncGenerator<Clip[]> {
  for await (const { heads, packs } of readHeadBatches(db, size)) yield await withBodies(heads, packs);
}

/** A batch of an export: clips, and blobs of the JSON of consecutive clips as stored. */
export interface ExportBatch {
  /** Each blob holds one or more clips' JSON with commas between them: a part of the `clips` list. */
  records: (Clip | Blob)[];
  /** How many clips the batch holds. */
  count: number;
}

// Between two clips one line apart in a file there is a comma and white space; a clip's own JSON,
// with all its fields, is hundreds of bytes. A shorter gap in a pack holds no clip.
const MAX_SEPARATOR_BYTES = 16;

/**
 * Every clip for an export, as `readClipBatches` reads them, except that clips stored as the file
 * had them and not edited since (`StoredClip.whole`) come as slices of their pack, unread: one slice
 * for each run of such clips that stood on consecutive lines of the file (a Blob costs ~0.3 ms).
 */
export async function* readExportBatches(db: Library, size = 500): AsyncGenerator<ExportBatch> {
  for await (const { heads, packs } of readHeadBatches(db, size)) {
    // Heads to read and write anew, and runs of copied bytes, in id order.
    const order: (StoredClip | { blob: Blob; start: number; end: number })[] = [];
    for (const head of heads) {
      const pack = packs.get(head.pack);
      const last = order[order.length - 1];
      if (!(head.whole && head.span && pack instanceof Blob)) order.push(head);
      else if (last && 'blob' in last && last.blob === pack && gapIsSeparator(head.span[0] - last.end))
        last.end = head.span[1];
      else order.push({ blob: pack, start: head.span[0], end: head.span[1] });
    }
    const clips = await withBodies(
      order.filter((entry): entry is StoredClip => !('blob' in entry)),
      packs,
    );
    let next = 0;
    const records = order.map((entry) =>
      'blob' in entry ? entry.blob.slice(entry.start, entry.end) : clips[next++]!,
    );
    yield { records, count: heads.length };
  }
}

function gapIsSeparator(bytes: number): boolean {
  return bytes > 0 && bytes <= MAX_SEPARATOR_BYTES;
}

/** Heads in id order, `size` at a time, with their packs, each batch read in its own transaction. */
async function* readHeadBatches(
  db: Library,
  size: number,
): AsyncGenerator<{ heads: StoredClip[]; packs: Map<string, BodyPack | undefined> }> {
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const tx = db.transaction(['clips', 'bodies']);
    const heads: StoredClip[] = await tx.objectStore('clips').getAll(range, size);
    const packs = await getPacks(
      tx.objectStore('bodies'),
      heads.map((head) => head.pack),
    );
    await tx.done;
    if (heads.length === 0) return;
    yield { heads, packs };
    after = heads[heads.length - 1]!.id;
  }
}

/** The number of clips in the library. */
export function countClips(db: Library): Promise<number> {
  return db.count('clips');
}
