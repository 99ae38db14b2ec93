import { describeStorageError, saveArticle, type Library } from '../store';
import type { ClipTabOutcome, Result } from '../messages';
import { extractFromTab } from './extract-from-tab';
import { showTabState } from './toolbar-badge';

/** How to clip a tab. */
export interface ClipTabOptions {
  tags: readonly string[];
  /** Store the page even if the engine says it is not an article ("Clip anyway"). */
  force: boolean;
  /** The tab's address, if known; the article's URL is used otherwise. */
  pageUrl?: string;
}

/**
 * Clips tab `tabId`: asks its content script to extract, stores the article (or updates the clip of
 * the same URL), and marks the toolbar button. Every failure comes back as a message for the reader.
 */
export async function clipTab(
  db: Library,
  tabId: number,
  options: ClipTabOptions,
): Promise<Result<ClipTabOutcome>> {
  const extracted = await extractFromTab(tabId);
  if (!extracted.ok) return extracted;
  const article = extracted.value;
  if (!article.isArticle && !options.force)
    return { ok: true, value: { status: 'not-article', title: article.title } };
  try {
    const { status, clip } = await saveArticle(db, article, {
      pageUrl: options.pageUrl ?? article.url,
      tags: options.tags,
    });
    await showTabState(tabId, 'saved').catch(() => undefined); // The tab may have closed meanwhile.
    return { ok: true, value: { status, clipId: clip.id, title: clip.title } };
  } catch (error) {
    return { ok: false, error: describeStorageError(error) };
  }
}
