import { textOf, type PageContext } from './page-context';
import { stringOf } from './read-json-ld';
import { firstMeta } from './read-meta-tags';

/** Separators between a headline and the site's name in `<title>` and `og:title`. */
const TITLE_SEPARATOR = /\s+[|–—\-:·•»«/]\s+|\s+[|–—»]\s*|\s*[|–—»]\s+/;
/** A headline shorter than this after cutting a suffix was probably cut in the wrong place. */
const MIN_HEADLINE_WORDS = 3;

/** The headline and the element on the page that shows it, if any. */
export interface TitleFound {
  title: string | null;
  element: Element | null;
}

const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Drops a site name before or after a separator: "Headline | Site" → "Headline". */
function stripSiteName(title: string, siteNames: string[]): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const folded = siteNames.map(fold).filter(Boolean);
  const isSite = (part: string) => {
    const p = fold(part);
    return folded.some((site) => p === site || p.includes(site) || site.includes(p));
  };
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length > 0 && kept.length < parts.length) {
    const joined = kept.join(' - ');
    if (joined.split(/\s+/).length >= MIN_HEADLINE_WORDS || kept.length === 1)
      return kept.length === 1 ? kept[0]!.trim() : title;
  }
  // No part names the site: keep the longest part when it is clearly the headline.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  const first = parts[0]!;
  if (
    first === longest &&
    first.split(/\s+/).length >= MIN_HEADLINE_WORDS &&
    parts.slice(1).every((p) => p.split(/\s+/).length <= 4)
  ) {
    return first.trim();
  }
  return title;
}

/** A heading must cover this share of a metadata title to be its visible form ("Headline" of "Headline | Site"). */
const MIN_TITLE_COVERAGE = 0.5;

/** Headings that may show the headline: `<h1>`s first, then `<h2>`/`<h3>` (blogs put the post title there). */
function headingCandidates(doc: Document): Element[] {
  const outsideChrome = (h: Element) => !h.closest('nav, footer, aside');
  const h1s = [...doc.getElementsByTagName('h1')].filter(outsideChrome).slice(0, 6);
  const lower = [...doc.querySelectorAll('h2, h3')].filter(outsideChrome).slice(0, 12);
  return [...h1s, ...lower];
}

/**
 * Finds the headline: the visible `<h1>` that the metadata agrees with, else JSON-LD `headline`,
 * `og:title` and `<title>` with the site name cut off.
 * @param siteName the site's name, to cut it from `<title>`
 */
export function extractTitle(page: PageContext, siteName: string | null): TitleFound {
  const { doc, jsonLd, meta, url } = page;
  const metaTitle =
    stringOf(jsonLd.article?.headline) ??
    firstMeta(meta, ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'title'])
      ?.value ??
    stringOf(jsonLd.article?.name) ??
    null;
  const docTitle = textOf(doc.querySelector('head > title') ?? doc.querySelector('title'));
  const siteNames = [
    siteName ?? '',
    url.hostname.replace(/^www\./, ''),
    url.hostname.replace(/^www\./, '').split('.')[0] ?? '',
  ];
  const references = [metaTitle, docTitle].filter((t): t is string => !!t).map(fold);

  for (const heading of headingCandidates(doc)) {
    const text = textOf(heading);
    if (text.length < 3 || text.length > 300) continue;
    const f = fold(text);
    // "<h1><span>Kicker</span><span>Headline</span></h1>": the metadata may name the headline with or
    // without its kicker; the headline is the last part the metadata also names.
    const parts = [...heading.children].filter((child) => fold(textOf(child)).length >= 12);
    const named = parts.filter((child) => references.some((r) => r.includes(fold(textOf(child)))));
    if (parts.length >= 2 && named.length > 0)
      return { title: textOf(named[named.length - 1]), element: heading };
    const matches = (r: string) =>
      r === f ||
      (f.length >= 12 && r.includes(f) && f.length >= r.length * MIN_TITLE_COVERAGE) ||
      (r.length >= 12 && f.startsWith(r));
    if (f.length > 0 && references.some(matches)) {
      return { title: text, element: heading };
    }
  }
  if (metaTitle) return { title: stripSiteName(metaTitle, siteNames), element: null };
  if (docTitle) return { title: stripSiteName(docTitle, siteNames), element: null };
  const first = doc.querySelector('h1');
  return first ? { title: textOf(first) || null, element: first } : { title: null, element: null };
}
