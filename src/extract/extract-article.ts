import type { ExtractedArticle } from './types';
import { detectArticle } from './detect-article';
import { extractAuthors } from './extract-authors';
import { extractBody, removeBylineAndDateline } from './extract-body';
import { extractDates } from './extract-dates';
import {
  extractCanonicalUrl,
  extractDir,
  extractExcerpt,
  extractLang,
  extractLeadImage,
  extractShownSiteName,
  extractSiteName,
} from './extract-site-info';
import { extractTitle } from './extract-title';
import { refuseDomClobbering } from './find-dom-clobbering';
import { readPageContext } from './page-context';
import { sanitizeInPlace, sanitizeToFragment } from './sanitize-html';
import { blockText, countWords, readingMinutes } from './text-of-html';

/**
 * Extracts everything a reader and the library need from one page. Steps:
 * 1. read `<meta>` tags and JSON-LD once;
 * 2. site name (as stated; the one shown may come from more places), language and headline (the
 *    visible `<h1>` the metadata agrees with);
 * 3. the body: Readability on a clone, lazy images restored, URLs made absolute, related blocks cut;
 * 4. authors (structured data first, then bylines on the page) and dates (likewise);
 * 5. the byline and dateline lines removed from the body, which is then sanitised with DOMPurify;
 * 6. text, word count, reading time, excerpt and lead image from the cleaned body.
 * A page without an article body still gives its metadata, with `contentHtml` and `text` null.
 * @param url the page's URL, used to resolve relative links and read dates in the path
 */
export function extractArticle(doc: Document, url: string): ExtractedArticle {
  const view = doc.defaultView;
  if (!view)
    throw new Error('extractArticle needs a document with a window (a live page or a JSDOM document).');
  if (!doc.documentElement) return emptyArticle(url);
  refuseDomClobbering(doc);
  const page = readPageContext(doc, url);
  const siteName = extractSiteName(page);
  const lang = extractLang(page);
  const headline = extractTitle(page, siteName);
  const body = doc.body ? extractBody(doc, page.url, page.base) : null;
  const authors = extractAuthors(page, headline.element, body, siteName);
  const dates = extractDates(page, lang, headline.element);

  let contentHtml: string | null = null;
  let text: string | null = null;
  if (body) {
    removeBylineAndDateline(body.content, authors.authors, lang);
    const clean = sanitizedBody(view, body.content);
    text = blockText(clean) || null;
    contentHtml = clean.innerHTML;
  }
  const counts = countWords(text ?? '');
  const title = headline.title ?? body?.title ?? null;
  return {
    url,
    title,
    byline: authors.byline,
    authors: authors.authors,
    published: dates.published,
    modified: dates.modified,
    siteName: extractShownSiteName(page, siteName, title),
    lang: lang ?? body?.lang ?? null,
    dir: extractDir(doc, lang),
    canonicalUrl: extractCanonicalUrl(page),
    excerpt: extractExcerpt(page, text),
    leadImage: extractLeadImage(page, body?.content ?? null),
    contentHtml,
    text,
    wordCount: counts.words + counts.cjk,
    readingMinutes: readingMinutes(counts),
    isArticle: detectArticle(doc, url, page.meta).isArticle && text !== null,
  };
}

/**
 * The body sanitised where it stands in Readability's inert clone (adopting it into the live page
 * would start fetching every image in it). An XHTML page's clone would serialise as XML, and
 * DOMPurify refuses some trees in place (a clobbered root): those are sanitised as a copy inside
 * DOMPurify's own HTML document instead.
 */
function sanitizedBody(view: Window, content: Element): Element {
  if (content.ownerDocument.contentType === 'text/html') {
    try {
      sanitizeInPlace(view, content);
      return content;
    } catch {
      // DOMPurify refused the tree in place, or gave up part-way: the tree, as far as it got, is
      // sanitised again below as a copy in DOMPurify's own document.
    }
  }
  const fragment = sanitizeToFragment(view, content);
  const holder = fragment.ownerDocument.createElement('div');
  holder.appendChild(fragment);
  return holder;
}

/** The result for a document with nothing in it. */
function emptyArticle(url: string): ExtractedArticle {
  return {
    url,
    title: null,
    byline: null,
    authors: [],
    published: null,
    modified: null,
    siteName: null,
    lang: null,
    dir: null,
    canonicalUrl: null,
    excerpt: null,
    leadImage: null,
    contentHtml: null,
    text: null,
    wordCount: 0,
    readingMinutes: 0,
    isArticle: false,
  };
}
