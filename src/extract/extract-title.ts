import { CHROME_TAGS, isWithinTags } from './dom-order';
import { isInForeignContainer } from './is-in-foreign-container';
import { textOf, type PageContext } from './page-context';
import { decodeEntities } from './decode-entities';
import { stringOf } from './read-json-ld';
import {
  fold,
  headingText,
  isHeadlineLike,
  isHomePage,
  isInMainContent,
  isMarkedHeadline,
  isScreenReaderOnly,
  MIN_HEADLINE_WORDS,
  namesOnlyTheSite,
  wordsIn,
} from './read-heading';

/** Separators left at either end of a title with nothing beside them: "National Rail Enquiries -". */
const DANGLING_SEPARATORS = /^\s*(?:[|–—\-:·•/]\s+)+|(?:\s+[|–—\-:·•/])+\s*$/g;
/** A title of separators alone ("-"). */
const ONLY_SEPARATORS = /^[\s|–—\-:·•»«/]*$/;
/** Separators between a headline and the site's name in `<title>` and `og:title`. */
const TITLE_SEPARATOR = /\s+[|–—\-:·•»«/]\s+|\s+[|–—»]\s*|\s*[|–—»]\s+/;

const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The headline and the element on the page that shows it, if any. */
export interface TitleFound {
  title: string | null;
  element: Element | null;
}

/** Drops a site name before or after a separator: "Headline | Site" → "Headline". */
function stripSiteName(title: string, siteNames: string[]): string {
  // "NEWS WEB EASY|子どもへの…": a bar with no spaces separates only where it meets the site's name.
  for (const site of siteNames) {
    if (site.length < 3) continue;
    const lower = title.toLowerCase();
    const name = site.toLowerCase();
    const after = lower.startsWith(name) ? /^\s*[|｜]\s*(.+)$/.exec(title.slice(site.length)) : null;
    if (after) return after[1]!.trim();
    const before = lower.endsWith(name) ? /^(.+?)\s*[|｜]\s*$/.exec(title.slice(0, -site.length)) : null;
    if (before) return before[1]!.trim();
  }
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
    if (wordsIn(joined) >= MIN_HEADLINE_WORDS || kept.length === 1)
      return kept.length === 1 ? kept[0]!.trim() : title;
  }
  // No part names the site: keep the longest part when it is clearly the headline.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  const first = parts[0]!;
  if (
    first === longest &&
    wordsIn(first) >= MIN_HEADLINE_WORDS &&
    parts.slice(1).every((p) => wordsIn(p) <= 4)
  ) {
    return first.trim();
  }
  return title;
}

/**
 * The first part of a title that still holds several ("Headline - Standfirst : Site" once the site
 * is cut is still two): a reading of the headline to match headings against, never shown alone.
 */
function leadingPart(title: string): string {
  const first = title.split(TITLE_SEPARATOR)[0]!.trim();
  return first !== title && wordsIn(first) >= MIN_HEADLINE_WORDS ? first : title;
}

/**
 * "<h1><span>Kicker</span><span>Headline</span></h1>": the metadata may name the headline with or
 * without its kicker; the headline is the last part the metadata also names.
 */
function headlineAmongParts(heading: Element, references: readonly FoldedTitle[]): string | null {
  const parts = [...heading.children].filter((child) => fold(textOf(child)).length >= 12);
  if (parts.length < 2) return null;
  const named = parts.filter((child) => references.some((r) => r.f.includes(fold(textOf(child)))));
  return named.length > 0 ? textOf(named[named.length - 1]) : null;
}

/** A heading must cover this share of a metadata title to be its visible form ("Headline" of "Headline | Site"). */
const MIN_TITLE_COVERAGE = 0.5;

/** Headings that may show the headline: `<h1>`s first, then `<h2>`/`<h3>` (blogs put the post title there). */
function headingCandidates(doc: Document): Element[] {
  const h1s = [...doc.getElementsByTagName('h1')].filter(isOnShow).slice(0, 6);
  const lower = [...doc.querySelectorAll('h2, h3')].filter(isOnShow).slice(0, 12);
  return [...h1s, ...lower];
}

/** Outside navigation, footers and asides, and not a heading only screen readers get. */
const isOnShow = (heading: Element): boolean =>
  !isWithinTags(heading, CHROME_TAGS) && !isScreenReaderOnly(heading);

/** Every headline the metadata states, most trusted first, with character references decoded. */
function metadataTitles(page: PageContext): string[] {
  const { jsonLd, meta } = page;
  const titles = [
    stringOf(jsonLd.article?.headline),
    ...['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'title'].flatMap(
      (key) => meta.get(key) ?? [],
    ),
    stringOf(jsonLd.article?.name),
    stringOf(jsonLd.article?.alternativeHeadline),
  ];
  // White space folded as in a heading's text: "Villa Galaxy  - Ferienvilla" reads with one space.
  const folded = titles.map((t) => t?.replace(/\s+/g, ' ').trim());
  return [...new Set(folded.filter((t): t is string => !!t))];
}

/** A metadata title, folded for comparison; `stated` is false for one with the site name cut off. */
interface FoldedTitle {
  text: string;
  f: string;
  stated: boolean;
  /** Only the leading part of a title ("Headline" of "Headline - Standfirst : Site"). */
  isPart: boolean;
}

/**
 * Finds the headline: the visible heading that some metadata title agrees with; else the page's
 * first `<h1>` that reads as a headline (a page's visible headline beats an SEO title written for
 * search results); else JSON-LD `headline`, `og:title` and `<title>` with the site name cut off.
 * @param siteName the site's name, to cut it from `<title>`
 */
export function extractTitle(page: PageContext, siteName: string | null): TitleFound {
  const { doc, url } = page;
  const titles = metadataTitles(page);
  const docTitle = decodeEntities(textOf(doc.querySelector('head > title') ?? doc.querySelector('title')));
  const siteNames = [
    siteName ?? '',
    url.hostname.replace(/^www\./, ''),
    url.hostname.replace(/^www\./, '').split('.')[0] ?? '',
  ];
  const foldedSites = siteNames.map(fold).filter(Boolean);
  // A metadata title that is only the site's name (`twitter:title` "News.az") names no headline:
  // it would pick the logo's heading.
  const references: FoldedTitle[] = [...titles, docTitle].filter(Boolean).flatMap((t) => {
    if (foldedSites.includes(fold(t))) return [];
    const stripped = stripSiteName(t, siteNames);
    const lead = leadingPart(stripped);
    const readings: FoldedTitle[] = [{ text: t, f: fold(t), stated: true, isPart: false }];
    if (stripped !== t) readings.push({ text: stripped, f: fold(stripped), stated: false, isPart: false });
    if (lead !== stripped) readings.push({ text: lead, f: fold(lead), stated: false, isPart: true });
    return readings;
  });
  const headings = headingCandidates(doc);

  // An <h1> that prints a whole metadata title word for word beats one that only overlaps a longer
  // title: a blog's name in an <h1> overlaps "Post | Blog name", the post's <h1> equals "Post". So
  // does a heading classed as the headline (Blogger's `<h3 class="post-title entry-title">` under
  // the blog's name in an <h1>); a kicker or a related story's <h2>/<h3> may equal a title too.
  const alternative = fold(stringOf(page.jsonLd.article?.alternativeHeadline) ?? '');
  for (const heading of headings) {
    const isH1 = heading.localName === 'h1';
    if (!isH1 && !isMarkedHeadline(heading)) continue;
    const text = headingText(heading);
    const f = fold(text);
    if (f.length === 0 || text.length > 300) continue;
    // A subheading may print the alternative headline.
    const equals = (r: FoldedTitle) => !r.isPart && r.f === f && (isH1 || r.f !== alternative);
    if (references.some((r) => equals(r) && (r.stated || isHeadlineLike(heading, text, foldedSites))))
      return { title: headlineAmongParts(heading, references) ?? text, element: heading };
  }
  for (const heading of headings) {
    const text = headingText(heading);
    if (text.length < 3 || text.length > 300) continue;
    const f = fold(text);
    if (f.length === 0) continue;
    const headline = headlineAmongParts(heading, references);
    if (headline) return { title: headline, element: heading };
    const agrees = (r: FoldedTitle) =>
      r.f === f || (f.length >= 12 && r.f.includes(f) && f.length >= r.f.length * MIN_TITLE_COVERAGE);
    // A generic heading ("News") may equal a `<title>` once the site name is cut off it.
    if (references.some((r) => agrees(r) && (r.stated || isHeadlineLike(heading, text, foldedSites))))
      return { title: text, element: heading };
    // A heading that runs on into a kicker, a date or categories: the metadata's words are the headline.
    const within = references.find(
      (r) => r.stated && r.f.length >= 12 && f.includes(r.f) && r.f.length >= f.length * MIN_TITLE_COVERAGE,
    );
    if (within) return { title: within.text, element: heading };
  }
  for (const h1 of [...doc.getElementsByTagName('h1')].filter(isOnShow).slice(0, 6)) {
    const text = headingText(h1);
    if (isHeadlineLike(h1, text, foldedSites)) return { title: text, element: h1 };
  }
  const metaTitle = titles[0];
  if (metaTitle) return { title: stripSiteName(metaTitle, siteNames), element: null };
  // With only a `<title>` to go on, a heading the page marks up as its headline (`<h2
  // itemprop="headline">`) says more than a `<title>` written for search results: the one such
  // heading on show outside related stories (a listing marks each teaser's).
  const markedHeadings = page.scan.itempropHeadlines.filter(
    (el) => HEADING_TAGS.has(el.localName) && isOnShow(el) && !isInForeignContainer(el),
  );
  const marked = markedHeadings.length === 1 ? markedHeadings[0] : undefined;
  if (marked) {
    const text = headingText(marked);
    if (wordsIn(text) >= MIN_HEADLINE_WORDS && text.length <= 300) return { title: text, element: marked };
  }
  // A `<title>` that names only the site ("National Rail Enquiries -") leaves the page's first
  // heading that reads as a headline to say what it is about; on the home page, the site's name does.
  const ownTitle = ONLY_SEPARATORS.test(docTitle) ? '' : docTitle.replace(DANGLING_SEPARATORS, '');
  if (!isHomePage(url) && (!ownTitle || namesOnlyTheSite(ownTitle, foldedSites))) {
    // Only a heading in the page's main content: not a cookie banner's, a related story's or a link.
    const heading = headings.find(
      (h) =>
        h.localName !== 'h1' &&
        isInMainContent(h) &&
        !isInForeignContainer(h) &&
        !h.querySelector('a[href]') &&
        isHeadlineLike(h, headingText(h), foldedSites),
    );
    if (heading) return { title: headingText(heading), element: heading };
  }
  if (ownTitle) return { title: stripSiteName(ownTitle, siteNames), element: null };
  const first = doc.querySelector('h1');
  return first ? { title: textOf(first) || null, element: first } : { title: null, element: null };
}
