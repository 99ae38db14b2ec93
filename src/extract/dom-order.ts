// Node and NodeFilter constants, spelled out: the core runs on any window's document and reads no globals.
export const SHOW_TEXT = 4;
export const SHOW_ELEMENT = 1;
const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_CONTAINS = 8;
/** Elements whose text is never article text. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'select',
  'option',
]);
export const ARTICLE_TAG: ReadonlySet<string> = new Set(['article']);
/** The site's navigation, footers and asides: no headline or article date stands there. */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'aside']);
/** A ruby's pronunciation (`<ruby>子<rt>こ</rt></ruby>`), printed over the text and never read as part of it. */
export const RUBY_ANNOTATION_TAGS: ReadonlySet<string> = new Set(['rt', 'rp']);
/** A picture and its caption: a name there is the photographer's or a person pictured. */
export const FIGURE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption']);

/**
 * Whether `element` or one of its ancestors has one of `localNames` (lower case): what
 * `closest('nav, aside')` answers on an HTML page (and on XHTML and SVG, whose names keep their
 * case), from a parent walk that jsdom runs many times faster.
 */
export function isWithinTags(element: Element, localNames: ReadonlySet<string>): boolean {
  for (let el: Element | null = element; el; el = el.parentElement)
    if (localNames.has(el.localName)) return true;
  return false;
}

/** Whether `element` comes before `anchor` in the document and does not contain it. */
export function isBefore(element: Element, anchor: Element): boolean {
  const position = anchor.compareDocumentPosition(element);
  return (position & DOCUMENT_POSITION_PRECEDING) !== 0 && (position & DOCUMENT_POSITION_CONTAINS) === 0;
}

/** One text node's folded text and the element that holds it. */
export interface TextAfter {
  text: string;
  parent: Element;
}

/**
 * The non-empty text nodes that follow `start` in document order (the opening lines after a
 * headline), with white space folded, skipping scripts, styles and form options.
 * @param maxNodes how many text nodes to read at most
 */
export function textNodesAfter(doc: Document, start: Node, maxNodes: number): Generator<TextAfter> {
  return textNodesFrom(doc, start, maxNodes, 'nextNode');
}

/**
 * The non-empty text nodes that precede `start` in document order, nearest first (the lines just
 * above a headline), likewise folded and filtered.
 * @param maxNodes how many text nodes to read at most
 */
export function textNodesBefore(doc: Document, start: Node, maxNodes: number): Generator<TextAfter> {
  return textNodesFrom(doc, start, maxNodes, 'previousNode');
}

/**
 * The body's text nodes in document order, every one, up to `maxNodes`: for a statement a page may
 * print anywhere ("Erschienen am …", "Author:"). Unfolded and unfiltered; the caller tests each.
 */
export function* textNodesOfBody(doc: Document, maxNodes: number): Generator<Text> {
  const root = doc.body;
  if (!root) return;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let i = 0, node = walker.nextNode(); node && i < maxNodes; i++, node = walker.nextNode())
    yield node as Text;
}

/** A character `trim()` keeps: the text node holds more than the white space between tags. */
const HAS_NON_SPACE = /\S/;

function* textNodesFrom(
  doc: Document,
  start: Node,
  maxNodes: number,
  step: 'nextNode' | 'previousNode',
): Generator<TextAfter> {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_TEXT);
  walker.currentNode = start;
  // Text nodes in a row often share a parent (a line broken by <br>): its ancestors are climbed once.
  let lastParent: Element | null = null;
  let lastParentIsText = false;
  for (let i = 0; i < maxNodes; i++) {
    const node = walker[step]();
    if (!node) return;
    const value = node.nodeValue ?? '';
    const parent = node.parentElement;
    // The white space between tags is most text nodes; it holds no line to read.
    if (!parent || !HAS_NON_SPACE.test(value)) continue;
    if (parent !== lastParent) {
      lastParent = parent;
      lastParentIsText = !isWithinTags(parent, NON_TEXT_TAGS);
    }
    if (lastParentIsText) yield { text: value.replace(/\s+/g, ' ').trim(), parent };
  }
}

/**
 * The elements under `root` (not `root` itself) named in `localNames`, in document order: what
 * `root.querySelectorAll(...)` lists, read one at a time, so a caller that needs the first few
 * does not list a whole article. The walk is live: collect what to remove, then remove it.
 */
export function* elementsForward(root: Element, localNames: ReadonlySet<string>): Generator<Element> {
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (localNames.has(el.localName)) yield el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
}

/** The same elements as `elementsForward`, last first: the closing lines of an article. */
export function* elementsBackward(root: Element, localNames: ReadonlySet<string>): Generator<Element> {
  let el: Element | null = deepestLast(root);
  while (el && el !== root) {
    if (localNames.has(el.localName)) yield el;
    el = el.previousElementSibling ? deepestLast(el.previousElementSibling) : el.parentElement;
  }
}

function deepestLast(element: Element): Element {
  let el = element;
  while (el.lastElementChild) el = el.lastElementChild;
  return el;
}

/**
 * Whether `element` or an element around it passes `test`. A walk in script: jsdom's `closest`
 * with attribute-substring selectors cost more than the rest of date finding.
 */
export function hasAncestorOrSelf(element: Element, test: (el: Element) => boolean): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) if (test(el)) return true;
  return false;
}
