/** Class or id fragments of elements that may hold a visible date. */
const DATE_MARKER = /date|time|publish|posted|meta|byline|datum|dateline|info/i;
/** Class or id fragments of elements that may hold a byline. */
const BYLINE_MARKER = /byline|author|autor|auteur|writer|reporter/i;
/** Subtrees that never hold article metadata. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'HEAD']);

/** The page's elements that metadata readers look at, found in one pass. */
export interface PageScan {
  /** `<time>`, `abbr[title]`, and elements whose class or id says date, time, meta… in document order. */
  dateElements: Element[];
  /** Elements whose class, id, `rel` or `itemprop` say author, in document order. */
  bylineElements: Element[];
  /** Elements with `itemprop` datePublished / dateModified (not `<meta>`). */
  itempropPublished: Element[];
  itempropModified: Element[];
  /** Elements whose `itemprop` says headline: the page's own, and on a listing each teaser's. */
  itempropHeadlines: Element[];
  /** Elements with a `data-author` attribute: forum posts and reviews name their writer there. */
  dataAuthorElements: Element[];
}

/**
 * Walks the body once and sorts out the elements every metadata reader needs. Whole-document
 * attribute-substring selectors (`[class*="date" i]`) cost a full tree walk each in jsdom, and
 * several of them cost more than the rest of extraction; one walk with a regex per element does not.
 */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    dateElements: [],
    bylineElements: [],
    itempropPublished: [],
    itempropModified: [],
    itempropHeadlines: [],
    dataAuthorElements: [],
  };
  const root = doc.body;
  if (!root) return scan;
  // A hand-written depth-first walk: indexing jsdom's live getElementsByTagName('*') is quadratic.
  let el: Element | null = root.firstElementChild;
  while (el) {
    const tag = el.tagName;
    const skip = SKIPPED_TAGS.has(tag);
    if (!skip) classify(el, tag, scan);
    let next: Element | null = skip ? null : el.firstElementChild;
    while (!next && el && el !== root) {
      next = el.nextElementSibling;
      if (!next) el = el.parentElement;
    }
    el = next;
  }
  return scan;
}

function classify(el: Element, tag: string, scan: PageScan): void {
  // Most elements carry no attribute at all: of what follows, only a bare <time> counts for them.
  if (!el.hasAttributes()) {
    if (tag === 'TIME') scan.dateElements.push(el);
    return;
  }
  const cls = el.getAttribute('class');
  const marker = cls ? `${cls} ${el.id}` : el.id;
  const itemprop = el.getAttribute('itemprop');
  // RDFa says the same with `property="schema:datePublished"` (Drupal prints it on a hidden span).
  const property = tag === 'META' ? null : (itemprop ?? el.getAttribute('property'));
  const isPublished = property !== null && /\b(?:schema:)?date(?:Published|Created)\b/.test(property);
  if (isPublished) scan.itempropPublished.push(el);
  if (property !== null && /\b(?:schema:)?dateModified\b/.test(property)) scan.itempropModified.push(el);
  if (itemprop && /\bheadline\b/.test(itemprop)) scan.itempropHeadlines.push(el);
  if (
    tag === 'TIME' ||
    (tag === 'ABBR' && el.hasAttribute('title')) ||
    isPublished ||
    (marker && DATE_MARKER.test(marker))
  ) {
    scan.dateElements.push(el);
  }
  if (el.hasAttribute('data-author')) scan.dataAuthorElements.push(el);
  const rel = el.getAttribute('rel');
  if (
    (marker && BYLINE_MARKER.test(marker)) ||
    (rel && /\bauthor\b/i.test(rel)) ||
    (itemprop && /\b(?:author|creator)\b/.test(itemprop))
  ) {
    scan.bylineElements.push(el);
  }
}
