import type { BodyPack, ClipBody } from './schema';

/**
 * Clips per body pack an import writes: about 1 MB of articles at 29 kB each, far above the 64 kB
 * from which Chromium stores a record in a file of its own (where LevelDB would rewrite it in every
 * compaction), and small enough that changing one clip's body rewrites little.
 */
export const BODIES_PER_PACK = 32;

/** The `bodies` store of a read-write or upgrade transaction. */
export interface BodyStore {
  get(key: string): Promise<BodyPack | undefined>;
  put(value: BodyPack, key: string): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}

/** Body changes by pack key: by clip id, a body to set or `null` to remove. */
export type BodyChanges = ReadonlyMap<string, ReadonlyMap<string, ClipBody | null>>;

/**
 * Sets or removes bodies in their packs: one read and one write per pack touched (a pack left empty
 * is deleted). Packs in `known` are not read again: each is the stored pack, or `undefined` for one
 * known not to exist yet. Call it once per transaction for a pack (two calls racing on one pack would
 * lose an update).
 */
export function updateBodies(
  store: BodyStore,
  changes: BodyChanges,
  known: ReadonlyMap<string, BodyPack | undefined> = new Map(),
): Promise<unknown> {
  return Promise.all(
    [...changes].map(async ([key, entries]) => {
      const pack = (known.has(key) ? known.get(key) : await store.get(key)) ?? new Map<string, ClipBody>();
      for (const [id, body] of entries) {
        if (body === null) pack.delete(id);
        else pack.set(id, body);
      }
      await (pack.size === 0 ? store.delete(key) : store.put(pack, key));
    }),
  );
}

/** One body change, as `updateBodies` takes it. */
export function bodyChange(pack: string, id: string, body: ClipBody | null): BodyChanges {
  return new Map([[pack, new Map([[id, body]])]]);
}

/**
 * Reads the packs of `keys` that are not in `cache` yet, adds them to it and returns it, so a run
 * of lookups reads each pack once.
 */
export async function readPacks(
  store: Pick<BodyStore, 'get'>,
  keys: Iterable<string>,
  cache: Map<string, BodyPack> = new Map(),
): Promise<Map<string, BodyPack>> {
  const missing = [...new Set(keys)].filter((key) => !cache.has(key));
  const packs = await Promise.all(missing.map((key) => store.get(key)));
  missing.forEach((key, i) => cache.set(key, packs[i] ?? new Map()));
  return cache;
}
