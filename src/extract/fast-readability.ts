// Readability 0.6.0 with three of its per-element checks made cheaper and nothing else changed.
// Its main walk asks each of them of every element; each reads `textContent` or `style` first and
// its cheap conditions after, so a wrapper around the whole page builds the page's text once per
// check. Profiled in Chromium over the bench pages, the three took about 13% of a parse. Each
// version below answers exactly what the original does, reading the costly part last or stopping
// at the first character of text; test/extract/fast-readability.test.ts compares whole parses.
import { Readability } from '@mozilla/readability';

/** The parts of Readability's prototype the checks use. */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
  ELEMENT_NODE: number;
}

/** `NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION`: the nodes `textContent` is made of. */
const SHOW_TEXT_AND_CDATA = 0x4 | 0x8;

/**
 * Whether `textContent.trim()` would be non-empty, without building the text: the whole text is
 * blank exactly when each of its text nodes is, and most elements show a character early. The
 * browser's tree walker, not `firstChild`/`nextSibling` read in JavaScript: a form field named
 * `firstChild` hides a form's own (DOM clobbering), and script-built nesting can outrun recursion.
 */
function hasNonBlankText(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT_AND_CDATA);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as CharacterData).data.trim()) return true;
  }
  return false;
}

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
      !hasNonBlankText(node) &&
      (!node.children.length ||
        node.children.length ===
          node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length)
    );
  },
};

/** Readability, parsing as it does, sooner. */
export class FastReadability<T = string> extends Readability<T> {}

/** The method names replaced: each must exist on Readability, or an upgrade renamed what we patch. */
export const REPLACED_CHECKS = Object.keys(cheaperChecks);

Object.assign(FastReadability.prototype, cheaperChecks);
