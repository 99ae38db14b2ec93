import { applyTagChange, normalizeTags, tagKey, type Clip, type TagChange } from '../clip';
import type { Library } from './open-library';
import { getPacks } from './body-packs';
import { withBodies } from './clips';
import { toClipHead, toStoredClip } from './records';
import { inClipTransaction, writeClipHead } from './write-clip';

/** A tag as displayed (its most common spelling) and the number of clips carrying it. */
export interface TagCount {
  tag: string;
  count: number;
}

export type { TagChange } from '../clip';

/** Replaces a clip's tags (trimmed, case-insensitively unique); returns the updated clip or `null`. */
export function setClipTags(
  db: Library,
  id: string,
  tags: readonly string[],
  now?: Date,
): Promise<Clip | null> {
  return rewriteClipTags(db, id, () => tags, now);
}

/**
 * Takes tags off a clip and puts others on, applied to the tags it has when the change is written:
 * an editor showing an older list (the popup and a reader tab on one clip) adds or removes only
 * what it was asked to, and keeps what another editor did meanwhile. Returns the clip or `null`.
 */
export function changeClipTags(db: Library, id: string, change: TagChange, now?: Date): Promise<Clip | null> {
  return rewriteClipTags(db, id, (tags) => applyTagChange(tags, change), now);
}

/** Adds tags to a clip, keeping the ones it has. */
export function addClipTags(db: Library, id: string, tags: readonly string[]): Promise<Clip | null> {
  return changeClipTags(db, id, { add: tags });
}

/** Writes `tagsOf(stored tags)` as a clip's tags, in one transaction with the read. */
async function rewriteClipTags(
  db: Library,
  id: string,
  tagsOf: (stored: readonly string[]) => readonly string[],
  now: Date = new Date(),
): Promise<Clip | null> {
  const changed = await inClipTransaction(db, async (tx) => {
    const stored = await tx.objectStore('clips').get(id);
    if (!stored) return null;
    // Only the head changes (tags are not part of the full text); the body is read to return the clip.
    const head = {
      ...toClipHead(stored),
      tags: normalizeTags(tagsOf(stored.tags)),
      updatedAt: now.toISOString(),
    };
    const packs = await getPacks(tx.objectStore('bodies'), [stored.pack]);
    await writeClipHead(tx, head, stored);
    return { stored: toStoredClip(head, stored.pack, stored.span), packs };
  });
  return changed ? (await withBodies([changed.stored], changed.packs))[0]! : null;
}

/** Tag counts of some clips: most used first, then alphabetically, each in its most common spelling. */
export function countTags(clips: Iterable<{ tags: readonly string[] }>): TagCount[] {
  const counts = new Map<string, Map<string, number>>();
  for (const clip of clips) {
    for (const tag of clip.tags) {
      const spellings = counts.get(tagKey(tag)) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      counts.set(tagKey(tag), spellings);
    }
  }
  return [...counts.values()]
    .map((spellings) => {
      const sorted = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return { tag: sorted[0]![0], count: sorted.reduce((sum, [, n]) => sum + n, 0) };
    })
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Every tag in the library with its clip count (see `countTags`). */
export async function listTags(db: Library): Promise<TagCount[]> {
  return countTags(await db.getAll('clips'));
}

/**
 * Applies `edit` to the tags of every clip carrying `tag` (any case), in one transaction.
 * Returns the number of clips changed.
 */
async function editTagEverywhere(
  db: Library,
  tag: string,
  edit: (tags: string[]) => string[],
  now: Date,
): Promise<number> {
  return inClipTransaction(db, async (tx) => {
    const stored = await tx.objectStore('clips').index('by-tag-key').getAll(tagKey(tag));
    await Promise.all(
      stored.map((s) => {
        const head = toClipHead(s);
        return writeClipHead(
          tx,
          { ...head, tags: normalizeTags(edit(head.tags)), updatedAt: now.toISOString() },
          s,
        );
      }),
    );
    return stored.length;
  });
}

/** Renames a tag across the library (merging it into `to` where a clip has both). */
export async function renameTag(
  db: Library,
  from: string,
  to: string,
  now: Date = new Date(),
): Promise<number> {
  const key = tagKey(from);
  if (normalizeTags([to]).length === 0) throw new Error('renameTag: the new name is empty.');
  return editTagEverywhere(db, from, (tags) => tags.map((t) => (tagKey(t) === key ? to : t)), now);
}

/** Removes a tag from every clip (the clips stay). */
export function deleteTag(db: Library, tag: string, now: Date = new Date()): Promise<number> {
  const key = tagKey(tag);
  return editTagEverywhere(db, tag, (tags) => tags.filter((t) => tagKey(t) !== key), now);
}
