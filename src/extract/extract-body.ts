import { signatureOverOffice, type Line } from './byline-in-body';
import { copyForArticleSearch, FastReadability } from './fast-readability';
import { elementsBackward, elementsForward } from './dom-order';
import { refuseDomClobbering } from './find-dom-clobbering';
import { CODE_ELEMENTS, HAS_VISIBLE_CHARACTER, textOf } from './page-context';
import { ACCESSED_WORDS } from './read-date-element';
import { parseTextDate } from './parse-date';
import { BYLINE_PREFIX } from './split-byline';
import { mapSrcsetUrls } from './srcset';
import {
  RELATED_HEADING,
  removeAuthorBio,
  removeForms,
  removeLinkRunsAtEdges,
  removeRelatedStories,
  removeSiteLines,
  visibleCharactersBeside,
} from './site-blocks';

/** What Readability found in the page, with the body as a live element of a cloned document. */
export interface BodyFound {
  content: Element;
  byline: string | null;
  title: string | null;
  lang: string | null;
}

/**
 * A closing line that is the site's, not the article's: a copyright notice ("Copyright © 2020
 * WABC-TV. All Rights Reserved.", "© Foto: Skoda"). Not prose about copyright: "Copyright law …".
 */
const COPYRIGHT_LINE =
  /^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})|(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati)\.?$/i;
/** A closing link to another story, or the label of one: "Also read: …", "Weiterlesen", "Lire aussi." */
const READ_ALSO_LINE =
  /^(?:also read|read also|read more|see also|lesen sie auch|weiterlesen|lire aussi|à lire aussi|a lire aussi|leer más|lee también|leggi anche)(?:\s*[:.…]|$)/i;
/**
 * A closing line that files the article: "Tags: Computer science, Python", "Schlagwörter: …",
 * "Kategorien:"; with a link, "Posted in Uncategorized". Not a sentence: "Themen: der Haushalt
 * und die Brücke." is an agenda, "Posted in Kabul, the two reporters …" a story.
 */
const FILED_UNDER_LINE =
  /^(?:tags?|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|themen|kategorien?|categories|category|étiquettes|etiquetas|temas)\s*:/i;
const FILED_UNDER_LINK_LINE = /^(?:filed under|posted in)\s/i;
/**
 * A blog theme's line under a post, saying where it was filed: "This entry was posted in News.
 * Bookmark the permalink.", "Dieser Beitrag wurde am … veröffentlicht und unter … abgelegt." Written
 * as sentences, and longer than other closing lines when it adds how to follow the comments. It
 * opens with the theme's words and names what a theme names (the permalink, where it is filed,
 * the comments' feed): "Dieser Beitrag wurde am 14. April korrigiert." is the editors' note.
 */
const ENTRY_FILED_LINE = /^(?:this entry was (?:posted|filed)|dieser (?:beitrag|eintrag) wurde)\s/i;
const ENTRY_FILED_WORDS =
  /permalink|lesezeichen|filed under|rss[- ]2\.0|\s(?:abgelegt|gespeichert)(?![\p{L}])/iu;
const ENTRY_FILED_LINE_MAX_CHARS = 500;
/** A closing line of the comments' ("Kommentare (0)", "Leave a reply", "Kommentar schreiben"). */
const COMMENTS_LINE =
  /^(?:(?:\d+\s+)?(?:kommentare?|comments?)(?:\s*\(\d+\))?|kommentar (?:schreiben|verfassen)|kommentare lesen und schreiben.{0,40}|(?:leave|post|write|add) a (?:reply|comment)|schreibe einen kommentar)$/i;
/** The blocks that may close a body with one line of the site's. */
const CLOSING_LINE_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'li', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A line of the site's is short; a longer one is the article's. */
const CLOSING_LINE_MAX_CHARS = 300;

/** Links whose only job is to share the page or follow the site. */
const SHARE_LINK =
  /(?:facebook\.com\/shar|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/share|pinterest\.com\/pin|wa\.me\/|whatsapp:|t\.me\/share|reddit\.com\/submit|mailto:\?)/i;
/** Attributes where lazy-loading scripts park the real image URL. */
const LAZY_SRC_ATTRIBUTES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER_SRC = /^data:|blank\.gif|spacer\.gif|placeholder|lazy/i;
/** Short blocks at the edges of the body are checked for a stray byline or dateline. */
const EDGE_BLOCK_MAX_CHARS = 80;
/** The blocks at the body's edges that may hold only a byline or a dateline. */
const EDGE_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'span',
  'li',
  'h4',
  'h5',
  'h6',
  'time',
  'address',
]);

const HAS_IMAGE_TAG = /<img\b/i;

/**
 * In a browser a `<noscript>` holds its markup as text (pages are parsed with scripting on), and
 * Readability recovers a lazy loader's fallback image only from an `<img>` element inside it.
 * Parses that text into elements in the clone: a cloned document is inert (no loads, no scripts),
 * and all of it is sanitised later with the rest of the body. Parsing costs (a WordPress page's
 * fallbacks run to 30 kB), so a fallback is left as text where Readability would not use its image
 * or where the lazy `<img>` before it already names the same picture.
 * @returns whether any markup was parsed, which the page's own checks have then not seen
 */
function parseNoscriptMarkup(clone: Document): boolean {
  let parsed = false;
  for (const noscript of Array.from(clone.getElementsByTagName('noscript'))) {
    const markup = noscript.textContent ?? '';
    // Readability drops every other <noscript> ("please enable JavaScript", styles) unread.
    if (noscript.firstElementChild || !HAS_IMAGE_TAG.test(markup)) continue;
    const placeholder = noscript.previousElementSibling;
    if (!placeholder || !mayTakeFallbackImage(placeholder) || namesSamePicture(placeholder, markup)) continue;
    const template = clone.createElement('template');
    template.innerHTML = markup;
    noscript.replaceChildren(template.content);
    parsed = true;
  }
  return parsed;
}

/**
 * Whether Readability may put a `<noscript>`'s image in place of `element`, the element before it:
 * an `<img>`, or images with no text around them. (Readability asks for exactly one image, after
 * deleting those with no source at all; counting any number keeps every case it might take.)
 */
const mayTakeFallbackImage = (element: Element): boolean =>
  element.localName === 'img' ||
  (element.getElementsByTagName('img').length > 0 && !HAS_VISIBLE_CHARACTER.test(element.textContent ?? ''));

/**
 * Whether a lazy loader's `<img>` names in its data attributes the picture its fallback shows: the
 * fallback's markup holds the same URL, and a `srcset` only if the `<img>` has one waiting too.
 */
function namesSamePicture(element: Element, fallbackMarkup: string): boolean {
  const img = element.localName === 'img' ? element : element.getElementsByTagName('img')[0];
  if (!img) return false;
  const lazySrc = lazySrcOf(img);
  if (!lazySrc || PLACEHOLDER_SRC.test(lazySrc) || !fallbackMarkup.includes(lazySrc)) return false;
  const srcsetWaits = [...LAZY_SRCSET_ATTRIBUTES, 'srcset'].some((name) => {
    const value = img.getAttribute(name);
    return !!value && !value.startsWith('data:');
  });
  return srcsetWaits || !/\ssrcset\s*=/i.test(fallbackMarkup);
}

/** The URL a lazy loader would load into an `<img>`'s `src`, from the first attribute that has one. */
const lazySrcOf = (img: Element): string | undefined =>
  LAZY_SRC_ATTRIBUTES.map((name) => img.getAttribute(name)).find(
    (value) => value && !value.startsWith('data:'),
  ) ?? undefined;

/** Moves lazy-loaded image URLs into `src`/`srcset` so the stored article shows its pictures. */
function restoreLazyImages(root: Element): void {
  for (const img of root.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (!src || PLACEHOLDER_SRC.test(src)) {
      const real = lazySrcOf(img);
      if (real) img.setAttribute('src', real);
    }
    const lazySrcset = LAZY_SRCSET_ATTRIBUTES.map((a) => img.getAttribute(a)).find(Boolean);
    if (lazySrcset && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySrcset);
  }
}

/** A URL that names its scheme ("https:", "mailto:"): resolving it again changes nothing. */
const HAS_SCHEME = /^\s*[a-z][a-z0-9+.-]*:/i;

/**
 * Makes absolute, against the page's base URL, every link and image URL still relative after
 * Readability's own pass (`_fixRelativeUris`, against the document's base): the lazy images
 * restored after it, an empty `href` it skips (left empty, it would point at the reader showing
 * it), and everything when the document's own base is unusable (a `javascript:` `<base>` jsdom
 * honours and a browser refuses, a document parsed without its address). Absolute URLs are left as
 * they are: resolving them again changes nothing, and a `srcset` keeps the page's spacing and the
 * commas inside its URLs.
 */
function absolutizeRelativeUrls(root: Element, base: URL): void {
  const resolve = (url: string): string => {
    if (url.startsWith('#') || HAS_SCHEME.test(url)) return url;
    try {
      return new URL(url, base).href;
    } catch {
      return url; // Left as found; the sanitiser drops it if it is not http(s).
    }
  };
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    const resolved = resolve(href);
    if (resolved !== href) link.setAttribute('href', resolved);
  }
  for (const media of root.querySelectorAll('img, source')) {
    // An empty `src` shows no picture; pointing it at the page would not show one either.
    const src = media.getAttribute('src');
    if (src) {
      const resolved = resolve(src);
      if (resolved !== src) media.setAttribute('src', resolved);
    }
    const srcset = media.getAttribute('srcset');
    if (srcset) {
      const resolved = mapSrcsetUrls(srcset, resolve);
      if (resolved !== srcset) media.setAttribute('srcset', resolved);
    }
  }
}

/**
 * Removes what Readability keeps of the site's: links to other stories (under a label, or in a run
 * at the body's edges), lines such as picture credits, counters and ad labels, share bars, forms,
 * the author's biography, closing lines, and the headline repeated at the top.
 */
function removeNonArticleBlocks(root: Element, title: string | null, url: URL): void {
  removeRelatedStories(root, url);
  removeSiteLines(root);
  for (const link of root.querySelectorAll('a[href]')) {
    if (!SHARE_LINK.test(link.getAttribute('href')!)) continue;
    const container = link.parentElement;
    link.remove();
    if (container && container !== root && textOf(container) === '') container.remove();
  }
  removeForms(root);
  removeAuthorBio(root);
  removeClosingSiteLines(root);
  const firstHeading = root.querySelector('h1, h2');
  if (firstHeading && title && textOf(firstHeading).toLowerCase() === title.toLowerCase()) {
    const before = textOf(root).indexOf(textOf(firstHeading));
    if (before === 0) firstHeading.remove();
  }
  // Last: a closing line or the headline may stand between the body's edge and a run.
  removeLinkRunsAtEdges(root, url);
}

/**
 * Removes the lines of the site's that close the body: a copyright notice, the tags it is filed
 * under, a blog theme's "This entry was posted in …", a link to the comments, a link to another
 * story ("Also read: …"), and a related-stories heading left with nothing under it ("Mehr zum
 * Thema").
 */
function removeClosingSiteLines(root: Element): void {
  for (let removed = 0; removed < 3; removed++) {
    let last: Element | null = null;
    for (const el of elementsBackward(root, CLOSING_LINE_TAGS)) {
      // The innermost block holding the last text: a wrapper is read through.
      if (HAS_VISIBLE_CHARACTER.test(el.textContent ?? '') && !el.querySelector('p, div, li')) {
        last = el;
        break;
      }
    }
    // Text in a quote, a figure or a table may follow the last such block: then it closes nothing.
    if (!last || visibleCharactersBeside(last, root, true, null, 0) > 0) return;
    const text = textOf(last);
    const isEntryFiledLine =
      text.length <= ENTRY_FILED_LINE_MAX_CHARS &&
      ENTRY_FILED_LINE.test(text) &&
      ENTRY_FILED_WORDS.test(text);
    if (text.length > CLOSING_LINE_MAX_CHARS && !isEntryFiledLine) return;
    // A heading is a label, not a sentence: "More to follow." and "See you next week!" are the article's.
    const isHeading = (/^h[2-6]$/.test(last.localName) || isAllEmphasis(last, text)) && !/[.!?]$/.test(text);
    const isSiteLine =
      isEntryFiledLine ||
      COPYRIGHT_LINE.test(text) ||
      (!/[.!?]$/.test(text) &&
        (FILED_UNDER_LINE.test(text) ||
          (FILED_UNDER_LINK_LINE.test(text) && last.querySelector('a[href]') !== null))) ||
      COMMENTS_LINE.test(text) ||
      (READ_ALSO_LINE.test(text) && (text.length < 20 || last.querySelector('a[href]') !== null)) ||
      (isHeading && RELATED_HEADING.test(text));
    if (!isSiteLine) return;
    let gone: Element = last;
    // A wrapper the line leaves empty goes with it.
    while (gone.parentElement && gone.parentElement !== root && gone.parentElement.children.length === 1)
      gone = gone.parentElement;
    // A brief that is one paragraph ending in its agency's copyright keeps it: it is the body.
    if (!hasMoreTextBefore(gone, root, text.length)) return;
    gone.remove();
  }
}

/** An element or a text node: not a comment, whose text no reader sees. */
const isShownNode = (node: Node): boolean =>
  node.nodeType === node.ELEMENT_NODE || node.nodeType === node.TEXT_NODE;

/** Whether more than `length` characters of text stand before `element` inside `root`. */
function hasMoreTextBefore(element: Element, root: Element, length: number): boolean {
  let before = 0;
  for (let node: Node | null = element; node && node !== root; node = node.parentNode)
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (isShownNode(sibling)) before += (sibling.textContent ?? '').trim().length;
      if (before > length) return true;
    }
  return false;
}

/** Whether a block's whole text is set in bold: a heading written as `<p><strong>…</strong></p>`. */
function isAllEmphasis(block: Element, text: string): boolean {
  const bold = block.querySelector('strong, b');
  return bold !== null && textOf(bold) === text;
}

/** The first or last short blocks of the body, where bylines and datelines sit. */
function edgeBlocks(root: Element): Element[] {
  // Any visible character will do, so the raw text is enough: textOf's walk around <style> and
  // <noscript> would cost a second pass over every wrapper of the whole body.
  const isBlock = (el: Element) =>
    el.children.length <= 3 && HAS_VISIBLE_CHARACTER.test(el.textContent ?? '');
  // Read from each end only as far as needed: the text of every block of a long body costs.
  const first: Element[] = [];
  for (const el of elementsForward(root, EDGE_BLOCK_TAGS)) {
    if (first.length === 4) break;
    if (isBlock(el)) first.push(el);
  }
  const last: Element[] = [];
  for (const el of elementsBackward(root, EDGE_BLOCK_TAGS)) {
    if (last.length === 3) break;
    if (isBlock(el)) last.unshift(el);
  }
  return [...first, ...last];
}

/**
 * Whether `element` shows more than `limit` characters that are neither white space nor invisible:
 * then its `textOf`, which only folds white space and drops invisible ones, is longer than `limit`.
 * Counts up to the first character past the limit. An element with code inside (whose text
 * `textOf` leaves out) is not counted: false, and the caller reads its text.
 */
function hasMoreVisibleCharactersThan(element: Element, limit: number): boolean {
  if (element.querySelector(CODE_ELEMENTS)) return false;
  const text = element.textContent ?? '';
  if (text.length <= limit) return false;
  let visible = 0;
  for (const character of text) {
    if (HAS_VISIBLE_CHARACTER.test(character) && ++visible > limit) return true;
  }
  return false;
}

/** Whether a line holds one of the names and nothing else but separators and "and". */
function isOnlyNames(line: string, names: readonly string[]): boolean {
  const rest = names
    .reduce((left, name) => left.replace(name, ''), line)
    .replace(/[\s,&|·•–—-]+|\band\b|\bund\b/g, '');
  // Nothing but the names: a drop cap ("W"), a slide counter or a stray "/" names nobody.
  return names.some((name) => line.includes(name)) && rest.length <= 3;
}

const STATES_A_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
/**
 * An edge line left of a byline or a dateline: the label whose name stood in a block of its own
 * ("Von", "Geschrieben von:", a longer label only with its colon: "Written by" may be a film's
 * credits), or the story's age ("vor 2 Stunden", "12 minutes ago", "• Publiziert vor
 * einer Stunde").
 */
const LEFTOVER_BYLINE_OR_AGE =
  /^(?:von|by|par|por|door|di)\s*:?$|^(?:geschrieben von|verfasst von|written by|posted by)\s*:$|^(?:•\s*)?(?:(?:publiziert|veröffentlicht|aktualisiert|updated|published|posted)\s+)?(?:vor (?:\d+|einer?|zwei|drei) (?:sekunden?|minuten?|stunden?|tagen?)|\d+ (?:seconds?|minutes?|hours?|days?) ago|an? (?:minute|hour|day) ago|hace \d+ (?:minutos?|horas?|días?)|il y a \d+ (?:minutes?|heures?|jours?))$/i;

/**
 * Removes a line that only repeats the byline ("Ceyhun Aliyev", "By Jane Doe") or a dateline
 * ("12 April 2018 09:11") from the top or bottom of the body.
 */
export function removeBylineAndDateline(
  root: Element,
  authors: readonly string[],
  lang: string | null,
): void {
  const names = authors.map((a) => a.toLowerCase());
  // A name over the office its signer holds is a signature, and stays with its office. Read only
  // once a block repeats a byline: most pages have none at their edges.
  let signature: Line | null | undefined;
  const isSignature = (block: Element, text: string) => {
    if (signature === undefined) signature = signatureOverOffice(root);
    return !!signature && signature.text === text && signature.block.contains(block);
  };
  for (const block of edgeBlocks(root)) {
    // Most edge blocks are paragraphs of the story: told apart without folding all their text.
    if (hasMoreVisibleCharactersThan(block, EDGE_BLOCK_MAX_CHARS)) continue;
    const text = textOf(block);
    if (text.length > EDGE_BLOCK_MAX_CHARS || !root.contains(block)) continue;
    const lower = text.toLowerCase();
    // Any label a byline may open with ("Text: Jane Doe", "Autorin Jane Doe", "By Jane Doe"), read
    // with and without it: "De Wet Potgieter" opens with a name that looks like the label "de".
    const isByline =
      [lower, lower.replace(BYLINE_PREFIX, '')].some((line) => isOnlyNames(line, names)) &&
      !isSignature(block, text);
    // A dateline states its year; a short text chrono reads as a date may be a drop cap ("W") or a
    // slide counter ("1 / 5"), and a reference's "Retrieved 20 July 2022" is the reference's.
    const isDateline =
      !isByline &&
      STATES_A_YEAR.test(text) &&
      !ACCESSED_WORDS.test(text) &&
      parseTextDate(text, lang) !== null &&
      text.replace(/[\d\s:.,/-]/g, '').length < 30;
    if (isByline || isDateline || LEFTOVER_BYLINE_OR_AGE.test(text)) block.remove();
  }
}

/**
 * Runs Readability on a clone of the document (it rewrites what it parses) and cleans the result:
 * restores lazy images, makes URLs absolute, and drops related-stories blocks and share bars.
 * @returns `null` when Readability finds no article body.
 */
export function extractBody(doc: Document, url: URL, base: URL = url): BodyFound | null {
  const clone = copyForArticleSearch(doc);
  // The page passed the check, but a <noscript>'s markup becomes elements only here.
  if (parseNoscriptMarkup(clone)) refuseDomClobbering(clone);
  // The same again, when Readability starts its search over (checked once: the page is the same).
  const copyOfPage = (): Document => {
    const copy = copyForArticleSearch(doc);
    parseNoscriptMarkup(copy);
    return copy;
  };
  // Readability's own JSON-LD reading duplicates ours; skipping it saves a second parse. Its walk
  // stripping class attributes is skipped too: the sanitiser drops every class anyway.
  const result = new FastReadability<Element>(
    clone,
    { serializer: (node) => node as Element, disableJSONLD: true, keepClasses: true },
    copyOfPage,
  ).parse();
  const content = result?.content;
  if (!result || !content) return null;
  restoreLazyImages(content);
  absolutizeRelativeUrls(content, base);
  removeNonArticleBlocks(content, result.title ?? null, url);
  return { content, byline: result.byline ?? null, title: result.title ?? null, lang: result.lang ?? null };
}
