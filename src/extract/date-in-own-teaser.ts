// The date a site prints beside its own link to the page: a "latest news" list on the article page
// itself, whose teaser for this very article carries its day ("10.11.2021 Menschenrechte achten").
import type { ExtractedDate } from './types';
import { hasAncestorOrSelf } from './dom-order';
import { describe } from './read-date-element';
import { isComment } from './is-in-foreign-container';
import { textOf } from './page-context';
import { parseTextDate } from './parse-date';

/** A teaser is a day and a headline or two, not a list of them. */
const MAX_TEASER_CHARS = 300;

/** The page's address as links name it: no fragment, no trailing slash. */
function addressOf(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/**
 * A date in a link to the page itself, or in the short teaser holding that link. For a page that
 * states its date nowhere else: the site's own list of articles says which day this one is from.
 */
export function dateInOwnTeaser(
  doc: Document,
  url: URL,
  lang: string | null,
  base: URL = url,
): ExtractedDate | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const here = addressOf(url);
  for (const link of Array.from(doc.getElementsByTagName('a'))) {
    const href = link.getAttribute('href');
    if (!href || href.startsWith('#')) continue;
    let target: URL;
    try {
      target = new URL(href, base);
    } catch {
      continue;
    }
    // A comment's permalink ("…/#comment-12", its date) points into the page, not at it.
    if (target.hash !== '' || addressOf(target) !== here || hasAncestorOrSelf(link, isComment)) continue;
    for (const teaser of [link, link.parentElement]) {
      const text = teaser ? textOf(teaser) : '';
      if (!text || text.length > MAX_TEASER_CHARS || !/\d/.test(text)) continue;
      const parsed = parseTextDate(text, lang);
      if (parsed)
        return { ...parsed, raw: text.slice(0, 100), source: 'page-text', origin: describe(teaser!) };
    }
  }
  return null;
}
