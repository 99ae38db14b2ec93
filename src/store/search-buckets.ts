import type { SearchTextBucket } from './schema';

// Buckets of search text. Few enough that an import of 10,000 clips writes a few dozen records, many
// enough that saving one clip rewrites only about 1/64 of the library's text (~1.5 MB at 10,000).
const BUCKETS = 64;

/** The bucket key of a clip id (FNV-1a, so the same id always lands in the same bucket). */
export function bucketOf(clipId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < clipId.length; i++) {
    hash ^= clipId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `b${String((hash >>> 0) % BUCKETS).padStart(2, '0')}`;
}

/** The `searchText` store of a read-write or upgrade transaction. */
export interface SearchTextStore {
  get(key: string): Promise<SearchTextBucket | undefined>;
  put(value: SearchTextBucket): Promise<unknown>;
}

/**
 * Sets (a string) or removes (`null`) the search texts of clips: one read and one write per bucket
 * touched. Call it once per transaction (two calls racing on one bucket would lose an update).
 */
export function updateSearchTexts(
  store: SearchTextStore,
  changes: ReadonlyMap<string, string | null>,
): Promise<unknown> {
  const byBucket = new Map<string, [string, string | null][]>();
  for (const [id, text] of changes) {
    const key = bucketOf(id);
    byBucket.set(key, [...(byBucket.get(key) ?? []), [id, text]]);
  }
  return Promise.all(
    [...byBucket].map(async ([key, entries]) => {
      const bucket = (await store.get(key)) ?? { id: key, texts: {} };
      for (const [id, text] of entries) {
        if (text === null) delete bucket.texts[id];
        // Defined, not assigned: an imported id "__proto__" would hit the prototype setter and vanish.
        else
          Object.defineProperty(bucket.texts, id, {
            value: text,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      await store.put(bucket);
    }),
  );
}
