import { HTML_NAMESPACE } from './find-dom-clobbering';
import { readJsonLd, type JsonLdArticle } from './read-json-ld';
import { readMetaTags, type MetaTags } from './read-meta-tags';
import { scanPage, type PageScan } from './scan-page';

/** What every metadata reader needs from a page, read once. */
export interface PageContext {
  doc: Document;
  url: URL;
  /** What the page's relative links resolve against: its `<base href>`, else its own URL. */
  base: URL;
  meta: MetaTags;
  jsonLd: JsonLdArticle;
  /** Date and byline elements of the body, found in one walk. */
  scan: PageScan;
}

/** Reads the page's `<meta>` tags and JSON-LD once for all metadata readers. */
export function readPageContext(doc: Document, url: string): PageContext {
  const pageUrl = parseUrl(url);
  return {
    doc,
    url: pageUrl,
    base: documentBaseUrl(doc, pageUrl),
    meta: readMetaTags(doc),
    jsonLd: readJsonLd(doc),
    scan: scanPage(doc),
  };
}

/**
 * The URL a page's relative links resolve against, as the browser resolves them: the first HTML
 * `<base href>` (read against the page's URL; an SVG `<base>` is no base), or the page's URL.
 * Worked out from `doc` and `url` rather than read from `doc.baseURI`, so a document parsed
 * without its address (in Node) gives the same links. Unlike the browser, which refuses only
 * `javascript:` and `data:` bases, any base that is not http(s) is ignored (an `ftp:` one too):
 * nothing but http(s) links and images is stored.
 */
function documentBaseUrl(doc: Document, url: URL): URL {
  const bases = doc.getElementsByTagNameNS(HTML_NAMESPACE, 'base');
  for (let i = 0; i < bases.length; i++) {
    const href = bases[i]!.getAttribute('href');
    if (href === null) continue;
    try {
      // Not trimmed: the URL parser strips what the browser strips, and a no-break space is kept.
      const base = new URL(href, url);
      return base.protocol === 'http:' || base.protocol === 'https:' ? base : url;
    } catch {
      return url;
    }
  }
  return url;
}

/** The page's URL; an unreadable one becomes `about:blank`, against which nothing relative resolves. */
function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    return new URL('about:blank');
  }
}

/**
 * Elements whose text nobody reads: CSS-in-JS sites put `<style>` blocks inside headings and
 * bylines, and in a browser a `<noscript>` holds markup as text. (Inline `<script>` text stays:
 * the same in every environment, and a script's JSON can state a date the page shows nowhere else.)
 */
export const CODE_ELEMENTS = 'style, noscript';
const CODE_TAGS = new Set(['style', 'noscript']);

/** Soft hyphens, zero-width spaces and joiners, and byte-order marks: characters nobody sees. */
const INVISIBLE = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';
export const INVISIBLE_CHARACTERS = new RegExp(`[${INVISIBLE}]`, 'g');
/** Whether a text holds anything a reader sees (cheaper than `textOf(node) !== ''`). */
export const HAS_VISIBLE_CHARACTER = new RegExp(`[^\\s${INVISIBLE}]`);

/** Elements a browser lays out as lines of their own: their text never runs on into the next. */
const LINE_TAGS: ReadonlySet<string> = new Set(
  'address article aside blockquote br caption dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);
const LINE_ELEMENTS = [...LINE_TAGS].join(', ');

function textWithoutCode(parent: Node, breakLines = false): string {
  let text = '';
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) {
      text += (child as CharacterData).data;
    } else if (child.nodeType === child.ELEMENT_NODE && !CODE_TAGS.has((child as Element).localName)) {
      const isLine = breakLines && LINE_TAGS.has((child as Element).localName);
      text += isLine ? ` ${textWithoutCode(child, true)} ` : textWithoutCode(child, breakLines);
    }
  }
  return text;
}

/**
 * Text of an element as a reader sees it: without the `<style>` and `<noscript>` inside it, white
 * space folded, invisible characters (soft hyphens, zero-width spaces) dropped.
 */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const hasCode =
    node.nodeType === node.ELEMENT_NODE && (node as Element).querySelector(CODE_ELEMENTS) !== null;
  return (hasCode ? textWithoutCode(node) : (node.textContent ?? ''))
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `textOf` with a space where one line of the layout ends and the next begins: "10:27</time></div>
 * <div>44 Kommentare" reads "10:27 44 Kommentare", not the time "10:2744". For reading a date
 * line; `textOf` stays the text other comparisons are made on.
 */
export function lineTextOf(element: Element): string {
  if (element.querySelector(LINE_ELEMENTS) === null) return textOf(element);
  return textWithoutCode(element, true).replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}
