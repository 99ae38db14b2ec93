import { canonicalKey, clipUrlKey, tagKey, type Clip } from '../clip';
import { foldText } from './fold-text';
import type { ClipBody, ClipHead, ClipSummary, StoredClip } from './schema';
import { uniqueWords } from './unique-words';

/**
 * The stored head of a clip: everything but the body, plus its index keys and where its body is.
 * @param span where the clip's JSON is in `pack`, if that is a blob
 * @param whole that JSON is this very clip (`StoredClip.whole`)
 */
export function toStoredClip(
  clip: ClipHead & Partial<ClipBody>,
  pack: string,
  span: [number, number] | null = null,
  whole = false,
): StoredClip {
  const head: Partial<StoredClip> & Partial<ClipBody> = {
    ...clip,
    urlKey: clipUrlKey(clip),
    pageKey: canonicalKey(clip.pageUrl),
    tagKeys: clip.tags.map(tagKey),
    meta: metaTextOf(clip),
    pack,
    span,
    whole,
  };
  delete head.contentHtml;
  delete head.text;
  return head as StoredClip;
}

/** Drops the derived keys of a stored head: what comes out equals what went in, field for field. */
export function toClipHead(stored: StoredClip): ClipHead {
  const head: Partial<StoredClip> = { ...stored };
  delete head.urlKey;
  delete head.pageKey;
  delete head.tagKeys;
  delete head.meta;
  delete head.pack;
  delete head.span;
  delete head.whole;
  return head as ClipHead;
}

/** The clip of a stored head and its body (an empty body if its pack lost it). */
export function toClip(stored: StoredClip, body: ClipBody | undefined): Clip {
  return { ...toClipHead(stored), contentHtml: body?.contentHtml ?? null, text: body?.text ?? null };
}

/** The list row of a stored head. */
export function toSummary(stored: StoredClip): ClipSummary {
  return {
    id: stored.id,
    title: stored.title,
    byline: stored.byline,
    siteName: stored.siteName,
    url: stored.canonicalUrl ?? stored.url,
    published: stored.published,
    savedAt: stored.savedAt,
    updatedAt: stored.updatedAt,
    tags: stored.tags,
    tagKeys: stored.tagKeys,
    readingMinutes: stored.readingMinutes,
    meta: stored.meta,
  };
}

/** Headline, byline, site and tags, folded for search. */
function metaTextOf(clip: ClipHead): string {
  return foldText([clip.title, clip.byline, clip.siteName, ...clip.tags].filter(Boolean).join(' \n '));
}

/**
 * The full text of a clip as search compares it: its folded words, each once. Search matches every
 * query word (never across a space) as a substring, so the distinct words answer exactly as the whole
 * text does, in about half the bytes an import has to write and a search has to scan.
 */
export function searchTextOf(clip: Pick<Clip, 'text'>): string {
  return uniqueWords(foldText(clip.text ?? ''));
}
