import { canonicalKey, clipUrlKey, tagKey, type Clip } from '../clip';
import { foldText } from './fold-text';
import type { ClipSummary, StoredClip } from './schema';

/** Adds the derived index keys to a clip. */
export function toStoredClip(clip: Clip): StoredClip {
  return {
    ...clip,
    urlKey: clipUrlKey(clip),
    pageKey: canonicalKey(clip.pageUrl),
    tagKeys: clip.tags.map(tagKey),
  };
}

/** Drops the derived index keys: what comes out equals what went in, field for field. */
export function toClip(stored: StoredClip): Clip {
  const clip: Partial<StoredClip> = { ...stored };
  delete clip.urlKey;
  delete clip.pageKey;
  delete clip.tagKeys;
  return clip as Clip;
}

/** The list row of a clip. */
export function toSummary(clip: Clip): ClipSummary {
  return {
    id: clip.id,
    title: clip.title,
    byline: clip.byline,
    siteName: clip.siteName,
    url: clip.canonicalUrl ?? clip.url,
    published: clip.published,
    savedAt: clip.savedAt,
    updatedAt: clip.updatedAt,
    tags: clip.tags,
    tagKeys: clip.tags.map(tagKey),
    readingMinutes: clip.readingMinutes,
    meta: foldText([clip.title, clip.byline, clip.siteName, ...clip.tags].filter(Boolean).join(' \n ')),
  };
}

/**
 * The full text of a clip as search compares it: its folded words, each once. Search matches every
 * query word (never across a space) as a substring, so the distinct words answer exactly as the whole
 * text does, in about half the bytes an import has to write and a search has to scan.
 */
export function searchTextOf(clip: Clip): string {
  return [...new Set(foldText(clip.text ?? '').split(' '))].join(' ');
}
