import type { ExtractedArticle } from './extract/types';

/** One article in the library: everything the engine returned, plus what the library adds. */
export interface Clip extends ExtractedArticle {
  /** Stable id, kept across re-clips, exports and imports. */
  id: string;
  /** ISO 8601 UTC time the article first entered the library. */
  savedAt: string;
  /** ISO 8601 UTC time of the last change (re-clip, tag edit); the newer one wins on import. */
  updatedAt: string;
  /** As typed, trimmed, case-insensitively unique. */
  tags: string[];
  /** The address of the tab at clip time (may differ from `url` and `canonicalUrl`). */
  pageUrl: string;
}

// Query parameters that identify a campaign or a click, not a page: two URLs differing only in these
// are the same article (utm_* from Google Analytics, fbclid/gclid/mc_eid from Facebook/Google/Mailchimp).
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|cmpid)$/i;

/** The key that identifies an article across re-clips: its canonical URL without fragment or tracking. */
export function canonicalKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL (e.g. an imported clip with a bare string): the trimmed text is still a usable key.
    return url.trim();
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
  }
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/')) {
    parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  }
  return parsed.href;
}

/** The URL a clip is deduplicated by: the page's canonical URL, else its URL. */
export function clipUrlKey(clip: Pick<Clip, 'canonicalUrl' | 'url'>): string {
  return canonicalKey(clip.canonicalUrl ?? clip.url);
}

/** The case-insensitive identity of a tag. */
export function tagKey(tag: string): string {
  return tag.trim().toLocaleLowerCase();
}

/** Trims tags, drops empty ones and case-insensitive duplicates (the first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tagKey(tag);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Tags to take off a clip (matched ignoring case) and tags to put on it. */
export interface TagChange {
  add?: readonly string[];
  remove?: readonly string[];
}

/** `tags` with a change applied: the removed ones off, whatever their case, the added ones on. */
export function applyTagChange(tags: readonly string[], change: TagChange): string[] {
  const removed = new Set((change.remove ?? []).map(tagKey));
  return normalizeTags([...tags.filter((t) => !removed.has(tagKey(t))), ...(change.add ?? [])]);
}

/** Splits what a reader typed in a tags field ("a, b") into tags. */
export function parseTagInput(text: string): string[] {
  return normalizeTags(text.split(','));
}

/** Options for `makeClip`. */
export interface MakeClipOptions {
  pageUrl: string;
  tags?: readonly string[];
  /** Clock, for tests. */
  now?: Date;
  /** Id generator, for tests. */
  newId?: () => string;
}

/**
 * Whether a stored clip with the same canonical address is the article now clipped: clipped from
 * the same page (whatever feed or referrer marker its query adds: `?src=rss`), or with the same
 * headline. A page's canonical address is the page's own say, and a site-wide template or a hostile
 * page can give one article another's: then the stored clip is a different article, to be kept and
 * not overwritten. The rest of a query stays: `article.php?id=1` and `?id=2` are two articles.
 */
export function isSameArticle(
  stored: Pick<Clip, 'url' | 'pageUrl' | 'title'>,
  article: Pick<ExtractedArticle, 'url' | 'title'>,
  pageUrl: string,
): boolean {
  const storedPages = new Set([stored.pageUrl, stored.url].map(pageAddress));
  return (
    storedPages.has(pageAddress(pageUrl)) ||
    storedPages.has(pageAddress(article.url)) ||
    (stored.title !== null && stored.title === article.title)
  );
}

/** Query parameters that say where a reader came from (a feed, a newsletter), not which page. */
const REFERRER_PARAM = /^(?:src|ref|source|from|smid|xtor|cmp|ito|rss|feed)$/i;

/** A page's address as `canonicalKey` writes it, without the query parameters that name a referrer. */
function pageAddress(url: string): string {
  const key = canonicalKey(url);
  let parsed: URL;
  try {
    parsed = new URL(key);
  } catch {
    return key;
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (REFERRER_PARAM.test(name)) parsed.searchParams.delete(name);
  }
  return parsed.href;
}

/** Builds a new clip from an extracted article. */
export function makeClip(article: ExtractedArticle, options: MakeClipOptions): Clip {
  const now = (options.now ?? new Date()).toISOString();
  return {
    ...article,
    id: (options.newId ?? (() => crypto.randomUUID()))(),
    savedAt: now,
    updatedAt: now,
    tags: normalizeTags(options.tags ?? []),
    pageUrl: options.pageUrl,
  };
}

/**
 * Re-clipping an article already in the library: the fresh extraction replaces the content, while the
 * id, `savedAt` and the reader's tags stay (tags typed now are added).
 */
export function updateClip(
  existing: Pick<Clip, 'id' | 'savedAt' | 'tags'>,
  article: ExtractedArticle,
  options: MakeClipOptions,
): Clip {
  return {
    ...article,
    id: existing.id,
    savedAt: existing.savedAt,
    updatedAt: (options.now ?? new Date()).toISOString(),
    tags: normalizeTags([...existing.tags, ...(options.tags ?? [])]),
    pageUrl: options.pageUrl,
  };
}

/**
 * Merges two versions of one clip without losing anything: the one with the newer `updatedAt` supplies
 * the fields, the tags are united, the earlier `savedAt` is kept and the id of `existing` stays.
 */
export function mergeClips<T extends Pick<Clip, 'id' | 'savedAt' | 'updatedAt' | 'tags'>>(
  existing: T,
  incoming: T,
): T {
  const incomingNewer = Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt);
  const winner = incomingNewer ? incoming : existing;
  const loser = incomingNewer ? existing : incoming;
  return {
    ...winner,
    id: existing.id,
    savedAt:
      Date.parse(incoming.savedAt) < Date.parse(existing.savedAt) ? incoming.savedAt : existing.savedAt,
    tags: normalizeTags([...winner.tags, ...loser.tags]),
  };
}
