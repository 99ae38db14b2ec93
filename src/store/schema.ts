import type { DBSchema } from 'idb';
import type { Clip } from '../clip';
import type { ExtractedDate } from '../extract/types';

/** The IndexedDB database name of the library. */
export const DB_NAME = 'newsclip';
/** The current schema version; `MIGRATIONS` has one step for each version up to this one. */
export const DB_VERSION = 2;

/** A clip as stored: the clip plus the derived keys its indexes read. */
export interface StoredClip extends Clip {
  /** `clipUrlKey(clip)`: canonical URL, the identity for "already in the library". */
  urlKey: string;
  /** `canonicalKey(pageUrl)`: finds the clip of the tab the popup was opened on. */
  pageKey: string;
  /** Lower-cased tags (added in v2), so tag lookups and renames ignore case. */
  tagKeys: string[];
}

/** What the list needs of a clip (added in v2): painting the list never loads article bodies. */
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
    };
  };
  summaries: {
    key: string;
    value: ClipSummary;
    indexes: { 'by-saved': string };
  };
  searchText: { key: string; value: SearchTextBucket };
}
