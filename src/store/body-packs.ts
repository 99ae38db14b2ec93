import type { BodyPack, ClipBody, PackedBody } from './schema';
import type { ClipWriteTx } from './write-clip';

/**
 * Clips per body pack an import writes: about 1 MB of articles at 29 kB each, far above the 64 kB
 * from which Chromium stores a record in a file of its own, and few enough that reading one clip's
 * body parses little.
 */
export const BODIES_PER_PACK = 32;

/** A key for a new pack. Keys are never reused, so a pack is never overwritten. */
export function newPackKey(): string {
  return crypto.randomUUID();
}

/** The pack of some clips' bodies, as a list (for writes other than an import's new clips). */
export function packBodies(clips: readonly PackedBody[]): PackedBody[] {
  return clips.map((clip) => ({ id: clip.id, contentHtml: clip.contentHtml, text: clip.text }));
}

/** The bodies in some packs, by pack key and clip id. A blob pack is parsed once. */
export async function unpack(
  packs: ReadonlyMap<string, BodyPack | undefined>,
): Promise<Map<string, Map<string, ClipBody>>> {
  const entries = await Promise.all(
    [...packs].map(async ([key, pack]): Promise<[string, Map<string, ClipBody>]> => {
      const list: readonly Partial<PackedBody>[] =
        pack instanceof Blob ? (JSON.parse(await pack.text()) as Partial<PackedBody>[]) : (pack ?? []);
      const bodies = new Map<string, ClipBody>();
      for (const { id, contentHtml = null, text = null } of list) {
        if (typeof id === 'string') bodies.set(id, { contentHtml, text });
      }
      return [key, bodies];
    }),
  );
  return new Map(entries);
}

/** Reads the packs of `keys` (each once) in a transaction over `bodies`. */
export async function getPacks(
  store: { get(key: string): Promise<BodyPack | undefined> },
  keys: Iterable<string>,
): Promise<Map<string, BodyPack | undefined>> {
  const unique = [...new Set(keys)];
  const packs = await Promise.all(unique.map((key) => store.get(key)));
  return new Map(unique.map((key, i) => [key, packs[i]]));
}

/**
 * Deletes those of the packs `keys` that no clip names any more. Call it after the writes that
 * moved clips out of them, in the same transaction: requests run in order, so it counts after them.
 */
export function releasePacks(tx: ClipWriteTx, keys: Iterable<string>): Promise<unknown> {
  const heads = tx.objectStore('clips').index('by-pack');
  const bodies = tx.objectStore('bodies');
  return Promise.all(
    [...new Set(keys)].map(async (key) => {
      if ((await heads.count(key)) === 0) await bodies.delete(key);
    }),
  );
}
