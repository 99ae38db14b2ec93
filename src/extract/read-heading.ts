// Reading a heading: the text it shows (without a kicker, a badge, ruby readings or what only
// screen readers get), and whether it reads as a headline rather than a logo, a label or the site.
import { ARTICLE_TAG, hasAncestorOrSelf, isWithinTags, RUBY_ANNOTATION_TAGS } from './dom-order';
import { textOf } from './page-context';
import { countWords } from './text-of-html';

/** Words in a text, two Chinese or Japanese characters counting as one: those scripts use no spaces. */
export function wordsIn(text: string): number {
  const { words, cjk } = countWords(text);
  return words + Math.ceil(cjk / 2);
}

/** A headline shorter than this after cutting a suffix was probably cut in the wrong place. */
export const MIN_HEADLINE_WORDS = 3;

export const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Class names that hide text from sight but not from screen readers ("Headline:" before a headline). */
const SCREEN_READER_ONLY =
  /^(?:sr-only|visually-?hidden|screen-?reader-(?:text|only)|element-invisible|a11y-hidden|offscreen|hidden|aural)$/i;

export const isScreenReaderOnly = (el: Element): boolean =>
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

/** What a permalink shows beside a heading: "¶" (Sphinx, MkDocs), "#", "§", a link symbol, or an icon. */
const PERMALINK_TEXT = /^[\s¶#§🔗]*$/u;

/** A link to the heading itself, printed beside its text ("Evolve: Shared Mutable History¶"). */
const isPermalink = (el: Element): boolean =>
  el.localName === 'a' &&
  (el.getAttribute('href') ?? '').startsWith('#') &&
  PERMALINK_TEXT.test(el.textContent ?? '');

/**
 * A heading's text without ruby pronunciation, without its permalink, without what only screen
 * readers get, and without a kicker or a badge printed inside it.
 */
export function headingText(heading: Element): string {
  const isLeftOut = (el: Element) => isScreenReaderOnly(el) || isKicker(el);
  const elements = [...heading.querySelectorAll('*')];
  const hasRuby = elements.some(isRubyAnnotation);
  const hasPermalink = elements.some(isPermalink);
  if (!hasRuby && !hasPermalink && !elements.some(isLeftOut)) return textOf(heading);
  const copy = heading.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('rt, rp')) el.remove();
  for (const el of copy.querySelectorAll('a[href^="#"]')) if (isPermalink(el)) el.remove();
  const read = textOf(copy);
  for (const el of copy.querySelectorAll('*')) if (isLeftOut(el)) el.remove();
  const rest = textOf(copy);
  return wordsIn(rest) >= MIN_HEADLINE_WORDS ? rest : read;
}

const HEADLINE_CLASS_WORDS = 'headline|entry-title|post-title|article-title|story-title';
/** Class names that mark a heading as the article's headline. */
export const HEADLINE_CLASS = new RegExp(HEADLINE_CLASS_WORDS, 'i');
/** Class names that name the article's headline and nothing else ("entry-title", not "c-teaser__headline"). */
const HEADLINE_CLASS_TOKEN = new RegExp(`^(?:${HEADLINE_CLASS_WORDS})$`, 'i');

export const isMarkedHeadline = (heading: Element): boolean =>
  [...heading.classList].some((token) => HEADLINE_CLASS_TOKEN.test(token));

/**
 * Whether a text is the site's name, perhaps with a tagline ("Archive of Our Own beta"), rather than
 * a headline that names the site.
 * @param siteNames folded
 */
export function namesOnlyTheSite(text: string, siteNames: string[]): boolean {
  const joined = fold(text).replace(/ /g, '');
  return siteNames.some((site) => {
    const bare = site.replace(/ /g, '');
    return bare.length >= 3 && joined.includes(bare) && bare.length >= joined.length * 0.5;
  });
}

/** Elements that hold a page's main content: `<main>`, `<article>`, `role="main"`, `div.main`, `#content`. */
const MAIN_CONTENT_TAGS: ReadonlySet<string> = new Set(['main', 'article']);
const MAIN_CONTENT_TOKEN = /^(?:main|content|main-content|maincontent)$/i;

export const isInMainContent = (element: Element): boolean =>
  hasAncestorOrSelf(
    element,
    (el) =>
      MAIN_CONTENT_TAGS.has(el.localName) ||
      el.getAttribute('role') === 'main' ||
      MAIN_CONTENT_TOKEN.test(el.id) ||
      [...el.classList].some((token) => MAIN_CONTENT_TOKEN.test(token)),
  );

/** A site's home page, or a language's: `/`, `/de/`, `/en/index.html`, `/home`. */
export const isHomePage = (url: URL): boolean =>
  url.search === '' &&
  /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:(?:index|default|home|start)(?:\.\w+)?)?$/i.test(url.pathname);

/** Whether an `<h1>` reads as a headline rather than a logo, a section name or a label. */
export function isHeadlineLike(heading: Element, text: string, siteNames: string[]): boolean {
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
