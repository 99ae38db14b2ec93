// Readability 0.6.0, parsing as it does, sooner. Three of its per-element checks are made cheaper:
// its main walk asks each of them of every element; each reads `textContent` or `style` first and
// its cheap conditions after, so a wrapper around the whole page builds the page's text once per
// check. Profiled in Chromium over the bench pages, the three took about 13% of a parse. Each
// version below answers exactly what the original does, reading the costly part last or stopping
// at the first character of text. A search it starts over starts from a fresh copy of the page,
// not from markup it serialised and parses again; `copyForArticleSearch` makes its copy. The
// body found is not serialised for a log line nobody reads, and a link's text is measured once
// while the candidates are weighed, not once per candidate holding it.
// test/extract/fast-readability.test.ts compares whole parses.
import { Readability } from '@mozilla/readability';
import { builtInDescriptor } from './find-dom-clobbering';
import { HAS_VISIBLE_CHARACTER } from './page-context';

/** The parts of Readability's prototype the checks and the page restore use. */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp; hashUrl: RegExp };
  ELEMENT_NODE: number;
  _unwrapNoscriptImages(doc: Document): void;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _grabArticle(page?: Element): Element | null;
  _prepArticle(articleContent: Element): void;
  _cleanConditionally(root: Element, tag: string): void;
  _getLinkDensity(element: Element): number;
  _getInnerText(element: Element, normalizeSpaces?: boolean): string;
  _debug: boolean;
  /** Text lengths of links, kept while the candidates are weighed and through each clutter pass. */
  _linkTextLengths?: WeakMap<Element, number> | null;
  /** Whether the kept lengths serve any element, not only scored candidates. */
  _linkTextLengthsForAll?: boolean;
}

/** `NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION`: the nodes `textContent` is made of. */
const SHOW_TEXT_AND_CDATA = 0x4 | 0x8;

/**
 * Whether any of the text nodes `textContent` is made of passes `test`, without building the text:
 * most elements answer at their first text node, and a `<style>` holds hundreds of kilobytes. The
 * browser's tree walker, not `firstChild`/`nextSibling` read in JavaScript: a form field named
 * `firstChild` hides a form's own (DOM clobbering), and script-built nesting can outrun recursion.
 */
function someTextNode(element: Element, test: (data: string) => boolean): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT_AND_CDATA);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (test((node as CharacterData).data)) return true;
  }
  return false;
}

/** `textContent.trim()` is non-empty exactly when one of its text nodes' is. */
const isNotBlank = (data: string): boolean => data.trim() !== '';
/** A character a reader sees, as `textOf` counts them. */
const showsACharacter = (data: string): boolean => HAS_VISIBLE_CHARACTER.test(data);

/** The checks, each the same predicate as Readability 0.6.0's method of the same name. */
const cheaperChecks = {
  /** A byline: marked as one by `rel`, `itemprop` or class, with under 100 characters of text. */
  _isValidByline(this: ReadabilityInternals, node: Element, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    const isMarked =
      rel === 'author' ||
      (!!itemprop && itemprop.includes('author')) ||
      this.REGEXPS.byline.test(matchString);
    if (!isMarked) return false;
    const bylineLength = (node.textContent ?? '').trim().length;
    return bylineLength > 0 && bylineLength < 100;
  },

  /** Not hidden by its inline style, `hidden` or `aria-hidden` (a Wikimedia math fallback image is kept). */
  _isProbablyVisible(node: Element): boolean {
    // Without a style attribute the inline style is empty: reading `style` would only build an object.
    if (node.hasAttribute('style')) {
      const style = (node as Partial<ElementCSSInlineStyle>).style;
      if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    }
    if (node.hasAttribute('hidden')) return false;
    if (node.getAttribute('aria-hidden') !== 'true') return true;
    const className: unknown = node.className;
    return typeof className === 'string' && className.includes('fallback-image');
  },

  /** An element with no text and no children but `<br>` and `<hr>`. */
  _isElementWithoutContent(this: ReadabilityInternals, node: Element): boolean {
    return (
      node.nodeType === this.ELEMENT_NODE &&
      !someTextNode(node, isNotBlank) &&
      (!node.children.length ||
        node.children.length ===
          node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length)
    );
  },
};

const readabilitySteps = Readability.prototype as unknown as ReadabilityInternals;
const grabArticle = readabilitySteps._grabArticle;
const getLinkDensity = readabilitySteps._getLinkDensity;
const prepArticle = readabilitySteps._prepArticle;
const cleanConditionally = readabilitySteps._cleanConditionally;

/** Steps of Readability's parse that do its work without one wasted read. */
const quieterSteps = {
  /**
   * Readability's search, as it is. Its caller logs the body found (`"Grabbed: " + innerHTML`), and
   * builds that string before `log` sees debugging is off: serialising the body cost about 1% of an
   * extraction in Chromium. Without debugging, that one read of the markup gives an empty string.
   */
  _grabArticle(this: ReadabilityInternals, page?: Element): Element | null {
    this._linkTextLengths = new WeakMap();
    try {
      const article = grabArticle.call(this, page);
      if (article && !this._debug) readsAsEmptyOnce(article);
      return article;
    } finally {
      this._linkTextLengths = null;
    }
  },

  /**
   * Readability's link density: the share of an element's text in its links. The search weighs
   * every candidate (each paragraph's ancestors, five deep) by it, so a link inside five nested
   * candidates has its text read five times. Here a link's text length is read once from the
   * weighing on, until the body found is cleaned (`_prepArticle`), which removes buttons and forms
   * inside links; in between, the search only moves whole elements. Elements not yet scored are
   * read afresh: the search's walk asks about them while it still removes nodes inside links.
   * The cleaning's removal passes keep lengths too, each its own (`_cleanConditionally`).
   * Profiled in Chromium, link density took about 7% of an extraction.
   */
  _getLinkDensity(this: ReadabilityInternals, element: Element): number {
    const lengths = this._linkTextLengths;
    if (!lengths || !(this._linkTextLengthsForAll || 'readability' in element))
      return getLinkDensity.call(this, element);
    const textLength = this._getInnerText(element).length;
    if (textLength === 0) return 0;
    let linkLength = 0;
    const links = element.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      const href = link.getAttribute('href');
      const coefficient = href && this.REGEXPS.hashUrl.test(href) ? 0.3 : 1;
      let length = lengths.get(link);
      if (length === undefined) lengths.set(link, (length = this._getInnerText(link).length));
      linkLength += length * coefficient;
    }
    return linkLength / textLength;
  },

  _prepArticle(this: ReadabilityInternals, articleContent: Element): void {
    this._linkTextLengths = null;
    try {
      prepArticle.call(this, articleContent);
    } finally {
      this._linkTextLengths = new WeakMap();
    }
  },

  /**
   * Readability's removal of one tag's elements that read as clutter, each asked its link density.
   * It asks them last to first, so an element inside a link is gone before any element holding the
   * link is measured, and what it removes later stands before, or around, the links measured: a
   * link's text length holds for the rest of the pass. Each pass starts afresh, since the one
   * before may have removed part of a link.
   */
  _cleanConditionally(this: ReadabilityInternals, root: Element, tag: string): void {
    const outer = this._linkTextLengths;
    this._linkTextLengths = new WeakMap();
    this._linkTextLengthsForAll = true;
    try {
      cleanConditionally.call(this, root, tag);
    } finally {
      this._linkTextLengths = outer;
      this._linkTextLengthsForAll = false;
    }
  },
};

/** The next read of `element.innerHTML` gives '' (and a write goes through); reads after it are real. */
function readsAsEmptyOnce(element: Element): void {
  Object.defineProperty(element, 'innerHTML', {
    configurable: true,
    get(this: Element) {
      Reflect.deleteProperty(this, 'innerHTML');
      return '';
    },
    set(this: Element, markup: string) {
      Reflect.deleteProperty(this, 'innerHTML');
      this.innerHTML = markup;
    },
  });
}

/** What Readability's search reads as the body's markup, to hand back when it starts again. */
const RESTART_TOKEN = '<!-- Newsclip: the page as Readability prepared it -->';

/** Readability's constructor options, as its types declare them. */
type ReadabilityOptions<T> = ConstructorParameters<typeof Readability<T>>[1];

/**
 * Readability's search starts by serialising the whole body (`body.innerHTML`), only to parse that
 * markup back into the body when a search finds too little text and it tries again with looser
 * rules. Profiled in Chromium, the serialising alone took 5% of an extraction, on every page. Here
 * the body's first read (Readability reads it nowhere else, and once per parse) gives a token, and
 * setting the token rebuilds the body from a new copy of the page put through Readability's own
 * preparation: the tree the first search started from, without markup read and parsed again.
 * That need not give the same tree, so after a retry the result can differ from stock Readability's
 * where a re-parse would have changed the page: a carriage return written `&#13;` is kept, as are a
 * `<pre>`'s leading newline and a script-built `<p>` holding a `<div>`.
 */
function restoreWithoutReparse(doc: Document, copyOfPage: () => Document): void {
  const body = doc.body as HTMLElement | null;
  if (!body) return;
  const { get, set } = builtInDescriptor(body, 'innerHTML');
  if (!get || !set) return;
  let isFirstRead = true;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get(this: HTMLElement) {
      if (!isFirstRead) return get.call(this) as string;
      isFirstRead = false;
      return RESTART_TOKEN;
    },
    set(this: HTMLElement, markup: string) {
      if (markup !== RESTART_TOKEN) return set.call(this, markup);
      const copy = copyOfPage();
      const preparing = new Readability(copy) as unknown as ReadabilityInternals;
      // The steps of Readability's parse() before its search, in its order.
      preparing._unwrapNoscriptImages(copy);
      preparing._removeScripts(copy);
      preparing._prepDocument();
      this.replaceChildren();
      const prepared = copy.body;
      for (let child = prepared.firstChild; child; child = prepared.firstChild) this.appendChild(child);
    },
  });
}

/** What Readability reads in a parsed page's `<head>` when its own JSON-LD reading is off. */
const HEAD_ELEMENTS_READ: ReadonlySet<string> = new Set(['title', 'meta', 'base']);

/**
 * A copy of the page for Readability with its JSON-LD reading off (`disableJSONLD`), which rewrites
 * what it parses. Every `<style>`'s text is replaced by an empty CSS comment: a browser parses a
 * `<style>`'s stylesheet as it joins a document, even an inert copy, and so does jsdom: one page's
 * 470 kB of inline CSS took 19 ms to copy, the rest of the page 0.4 ms. Readability removes every
 * `<style>` before its search; until then only its `<noscript>` fallback handling (and ours) looks
 * at them, and only at where they stand and whether an element holds text, which an empty CSS
 * comment keeps as it was. Of the `<head>`, only what Readability reads is copied: the `<title>`,
 * the `<meta>` tags and the `<base>` its links resolve against. The scripts, stylesheet links and
 * styles there, about a tenth of a page's nodes, it would only remove. Readability's search walks
 * the head too, so an element a script put there (`<div class="author">`), or the text of a
 * `<noframes>`, could give stock Readability a byline; the copy gives none from the head. The
 * parse is otherwise the same as of a whole copy (the corpus test compares them). The document is
 * cloned without children, which keeps the page's URL (links resolve as on the page) and makes the
 * copy inert: nothing loads or runs; its doctype comes along, so jsdom reads the same mode as the
 * page's.
 */
export function copyForArticleSearch(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  const root = doc.documentElement as HTMLElement | null;
  if (!root) return copy;
  if (doc.doctype) copy.appendChild(copy.importNode(doc.doctype));
  // Imported into the copy but not yet in it: no stylesheet is parsed before its text goes.
  const rootCopy = copy.importNode(root, false);
  for (let child = root.firstChild; child; child = child.nextSibling) {
    // Found by its tag, not as `doc.head`: an `<img name="head">` would answer for the document's.
    if (child.nodeType !== child.ELEMENT_NODE || (child as Element).localName !== 'head') {
      rootCopy.appendChild(copy.importNode(child, true));
      continue;
    }
    const headCopy = copy.importNode(child, false);
    for (let item = (child as Element).firstElementChild; item; item = item.nextElementSibling)
      if (HEAD_ELEMENTS_READ.has(item.localName)) headCopy.appendChild(copy.importNode(item, true));
    rootCopy.appendChild(headCopy);
  }
  for (const style of Array.from(rootCopy.getElementsByTagName('style'))) {
    // Text that shows nothing (white space, a zero-width space) is left: it costs nothing to parse,
    // and Readability's test for text (`trim()`) and ours (visible characters) answer it differently.
    if (someTextNode(style, showsACharacter)) style.textContent = '/**/';
  }
  copy.appendChild(rootCopy);
  return copy;
}

/** Readability, parsing as it does, sooner. */
export class FastReadability<T = string> extends Readability<T> {
  /**
   * @param copyOfPage returns a new copy of `doc` as it is handed over; given it, a search that
   *   starts again rebuilds the body from a copy instead of from markup Readability kept.
   */
  constructor(doc: Document, options?: ReadabilityOptions<T>, copyOfPage?: () => Document) {
    super(doc, options);
    if (copyOfPage) restoreWithoutReparse(doc, copyOfPage);
  }
}

/** The method names replaced: each must exist on Readability, or an upgrade renamed what we patch. */
export const REPLACED_CHECKS = Object.keys(cheaperChecks);
/** Readability's steps wrapped to skip a wasted read: each must exist, as for the checks. */
export const WRAPPED_STEPS = Object.keys(quieterSteps);
/** Readability's steps the page restore repeats: each must exist, as for the checks. */
export const REPEATED_STEPS = ['_unwrapNoscriptImages', '_removeScripts', '_prepDocument'];

Object.assign(FastReadability.prototype, cheaperChecks, quieterSteps);
