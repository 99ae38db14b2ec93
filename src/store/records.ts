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

/** The folded full text of a clip, as search compares it. */
export function searchTextOf(clip: Clip): string {
  return foldText(clip.text ?? '');
}
