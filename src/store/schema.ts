import type { DBSchema } from 'idb';
import type { Clip } from '../clip';
import type { ExtractedDate } from '../extract/types';

/** The IndexedDB database name of the library. */
export const DB_NAME = 'newsclip';
/** The current schema version; `MIGRATIONS` has one step for each version up to this one. */
export const DB_VERSION = 3;

/** The article body of a clip: the two large fields, stored apart from the rest (v3). */
export type ClipBody = Pick<Clip, 'contentHtml' | 'text'>;

/** A clip without its body: everything the list, the lookups and the tag edits need. */
export type ClipHead = Omit<Clip, keyof ClipBody>;

/**
 * A clip as stored in `clips` (v3): its head plus the derived keys its indexes read, the folded
 * search text of its headline, byline, site and tags, and the body pack that holds its body.
 */
export interface StoredClip extends ClipHead {
  /** `clipUrlKey(clip)`: canonical URL, the identity for "already in the library". */
  urlKey: string;
  /** `canonicalKey(pageUrl)`: finds the clip of the tab the popup was opened on. */
  pageKey: string;
  /** Lower-cased tags (added in v2), so tag lookups and renames ignore case. */
  tagKeys: string[];
  /** Folded headline, byline, site and tags, for search (v3; was in the v2 summaries). */
  meta: string;
  /** The key of the `bodies` record that holds this clip's body (v3), indexed `by-pack`. */
  pack: string;
  /** Where this clip's JSON is in its pack when the pack is a blob: `[start, end)` in bytes. */
  span: [number, number] | null;
  /**
   * That JSON is this very clip, field for field (it was imported as the file had it and not edited
   * since), so an export can copy its bytes instead of reading and writing it again.
   */
  whole: boolean;
}

/** One body in a pack, with the id of its clip. */
export type PackedBody = ClipBody & { id: string };

/**
 * Bodies of several clips in one record (v3), written once and never changed: a new body goes to a
 * new pack, and a pack that no head names any more is deleted. An import keeps each 32 new clips as
 * the bytes they had in the file, a `Blob` of their JSON one after the other (each head has its
 * `span`); other writes keep a list. Chromium stores values above 64 kB and blobs in files of their
 * own, outside LevelDB: at 10,000 clips a record per body cost the browser 6 s (mostly LevelDB
 * compactions), packs about 1 s; and a blob of the file's bytes costs the page nothing to serialise
 * (285 MB of strings took it 2.5 s).
 */
export type BodyPack = PackedBody[] | Blob;

/** What the list needs of a clip: painting the list never loads article bodies. */
export interface ClipSummary {
  id: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  url: string;
  published: ExtractedDate | null;
  savedAt: string;
  updatedAt: string;
  tags: string[];
  tagKeys: string[];
  readingMinutes: number;
  /** Folded headline, byline, site and tags, for search. */
  meta: string;
}

/**
 * The folded full texts of the clips whose ids fall in one bucket (added in v2), loaded only when the
 * reader searches. Bucketed because a record per clip made a 10,000-clip import spend ~9 s on this
 * store alone in Chromium: per-record cost, not bytes, dominated.
 */
export interface SearchTextBucket {
  /** `bucketOf(clipId)`. */
  id: string;
  /** Folded text by clip id. */
  texts: Record<string, string>;
}

/** The library's schema, declared once: store names, keys, values and indexes derive from it. */
export interface NewsclipDB extends DBSchema {
  clips: {
    key: string;
    value: StoredClip;
    indexes: {
      'by-url': string;
      'by-page-url': string;
      'by-saved': string;
      'by-published': string;
      'by-site': string;
      'by-tag': string;
      'by-tag-key': string;
      'by-pack': string;
    };
  };
  /** Out-of-line keys and no index: Chromium then stores a pack without cloning it once more. */
  bodies: { key: string; value: BodyPack };
  searchText: { key: string; value: SearchTextBucket };
}
