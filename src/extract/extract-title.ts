import { ARTICLE_TAG, CHROME_TAGS, hasAncestorOrSelf, isWithinTags, RUBY_ANNOTATION_TAGS } from './dom-order';
import { isInForeignContainer } from './is-in-foreign-container';
import { textOf, type PageContext } from './page-context';
import { decodeEntities } from './decode-entities';
import { stringOf } from './read-json-ld';
import { countWords } from './text-of-html';

/** Separators left at either end of a title with nothing beside them: "National Rail Enquiries -". */
const DANGLING_SEPARATORS = /^\s*(?:[|–—\-:·•/]\s+)+|(?:\s+[|–—\-:·•/])+\s*$/g;
/** A title of separators alone ("-"). */
const ONLY_SEPARATORS = /^[\s|–—\-:·•»«/]*$/;
/** Separators between a headline and the site's name in `<title>` and `og:title`. */
const TITLE_SEPARATOR = /\s+[|–—\-:·•»«/]\s+|\s+[|–—»]\s*|\s*[|–—»]\s+/;
/** Words in a text, two Chinese or Japanese characters counting as one: those scripts use no spaces. */
function wordsIn(text: string): number {
  const { words, cjk } = countWords(text);
  return words + Math.ceil(cjk / 2);
}

const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

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
  return [...new Set(titles.filter((t): t is string => !!t))];
}

/** A metadata title, folded for comparison; `stated` is false for one with the site name cut off. */
interface FoldedTitle {
  text: string;
  f: string;
  stated: boolean;
  /** Only the leading part of a title ("Headline" of "Headline - Standfirst : Site"). */
  isPart: boolean;
}

/** Class names that hide text from sight but not from screen readers ("Headline:" before a headline). */
const SCREEN_READER_ONLY =
  /^(?:sr-only|visually-?hidden|screen-?reader-(?:text|only)|element-invisible|a11y-hidden|offscreen|hidden|aural)$/i;

const isScreenReaderOnly = (el: Element): boolean =>
  el.hasAttribute('hidden') ||
  el.getAttribute('aria-hidden') === 'true' ||
  [...el.classList].some((c) => SCREEN_READER_ONLY.test(c));

/** Class names of a kicker (the topic line printed small above or beside a headline) inside a heading. */
const KICKER_CLASS =
  /kicker|dachzeile|top-?(?:title|line)|over-?(?:title|line)|eyebrow|roof-?line|super-?title|pre-?title|h1-?small/i;

/** Class names of a badge inside a heading: a forum thread's prefix ("Patch Notes"), "Live", "Neu". */
const BADGE_CLASS = /^(?:label|badge)$/i;

const isKicker = (el: Element): boolean =>
  el.localName === 'small' || [...el.classList].some((c) => KICKER_CLASS.test(c) || BADGE_CLASS.test(c));

const isRubyAnnotation = (el: Element): boolean => RUBY_ANNOTATION_TAGS.has(el.localName);

/**
 * A heading's text without ruby pronunciation, without what only screen readers get, and without a
 * kicker or a badge printed inside it.
 */
function headingText(heading: Element): string {
  const isLeftOut = (el: Element) => isScreenReaderOnly(el) || isKicker(el);
  const elements = [...heading.querySelectorAll('*')];
  const hasRuby = elements.some(isRubyAnnotation);
  if (!hasRuby && !elements.some(isLeftOut)) return textOf(heading);
  const copy = heading.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('rt, rp')) el.remove();
  const read = textOf(copy);
  for (const el of copy.querySelectorAll('*')) if (isLeftOut(el)) el.remove();
  const rest = textOf(copy);
  return wordsIn(rest) >= MIN_HEADLINE_WORDS ? rest : read;
}

/** Class names that mark a heading as the article's headline. */
const HEADLINE_CLASS = /headline|entry-title|post-title|article-title|story-title/i;
/** Class names that name the article's headline and nothing else ("entry-title", not "c-teaser__headline"). */
const HEADLINE_CLASS_TOKEN = /^(?:headline|entry-title|post-title|article-title|story-title)$/i;

const isMarkedHeadline = (heading: Element): boolean =>
  [...heading.classList].some((token) => HEADLINE_CLASS_TOKEN.test(token));

/**
 * Whether a text is the site's name, perhaps with a tagline ("Archive of Our Own beta"), rather than
 * a headline that names the site.
 * @param siteNames folded
 */
function namesOnlyTheSite(text: string, siteNames: string[]): boolean {
  const joined = fold(text).replace(/ /g, '');
  return siteNames.some((site) => {
    const bare = site.replace(/ /g, '');
    return bare.length >= 3 && joined.includes(bare) && bare.length >= joined.length * 0.5;
  });
}

/** Elements that hold a page's main content: `<main>`, `<article>`, `role="main"`, `div.main`, `#content`. */
const MAIN_CONTENT_TAGS: ReadonlySet<string> = new Set(['main', 'article']);
const MAIN_CONTENT_TOKEN = /^(?:main|content|main-content|maincontent)$/i;

const isInMainContent = (element: Element): boolean =>
  hasAncestorOrSelf(
    element,
    (el) =>
      MAIN_CONTENT_TAGS.has(el.localName) ||
      el.getAttribute('role') === 'main' ||
      MAIN_CONTENT_TOKEN.test(el.id) ||
      [...el.classList].some((token) => MAIN_CONTENT_TOKEN.test(token)),
  );

/** A site's home page, or a language's: `/`, `/de/`, `/en/index.html`, `/home`. */
const isHomePage = (url: URL): boolean =>
  url.search === '' &&
  /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:(?:index|default|home|start)(?:\.\w+)?)?$/i.test(url.pathname);

/** Whether an `<h1>` reads as a headline rather than a logo, a section name or a label. */
function isHeadlineLike(heading: Element, text: string, siteNames: string[]): boolean {
  const words = wordsIn(text);
  // A short heading is a headline only where the page says so; else it is likely a section name.
  const minWords =
    isWithinTags(heading, ARTICLE_TAG) || HEADLINE_CLASS.test(heading.className) ? 2 : MIN_HEADLINE_WORDS;
  // "Sie sind hier:", "Read more:" label what follows; they are not headlines.
  if (words < minWords || text.length > 300 || /:\s*$/.test(text)) return false;
  if (namesOnlyTheSite(text, siteNames)) return false;
  // A logo: the heading says so in its class, or is a link to the home page.
  if ([...heading.classList].some(isLogoClass)) return false;
  const link = heading.querySelector('a[href]');
  return !(link && textOf(link) === text && isHomeLink(link));
}

/** Class names of a heading that holds the site's logo or name ("topbar__logo__title", "site-title"). */
const isLogoClass = (token: string): boolean =>
  /^site-?(?:title|name)$/i.test(token) ||
  token.split(/[-_]+/).some((part) => /^(?:logo|brand)$/i.test(part));

function isHomeLink(link: Element): boolean {
  if (link.getAttribute('rel')?.split(/\s+/).includes('home')) return true;
  const href = link.getAttribute('href') ?? '';
  return /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/i.test(href.trim());
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
  const references: FoldedTitle[] = [...titles, docTitle].filter(Boolean).flatMap((t) => {
    const stripped = stripSiteName(t, siteNames);
    const lead = leadingPart(stripped);
    const readings: FoldedTitle[] = [{ text: t, f: fold(t), stated: true, isPart: false }];
    if (stripped !== t) readings.push({ text: stripped, f: fold(stripped), stated: false, isPart: false });
    if (lead !== stripped) readings.push({ text: lead, f: fold(lead), stated: false, isPart: true });
    return readings;
  });
  const foldedSites = siteNames.map(fold).filter(Boolean);
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
