import { readJsonLd, type JsonLdArticle } from './read-json-ld';
import { readMetaTags, type MetaTags } from './read-meta-tags';
import { scanPage, type PageScan } from './scan-page';

/** What every metadata reader needs from a page, read once. */
export interface PageContext {
  doc: Document;
  url: URL;
  meta: MetaTags;
  jsonLd: JsonLdArticle;
  /** Date and byline elements of the body, found in one walk. */
  scan: PageScan;
}

/** Reads the page's `<meta>` tags and JSON-LD once for all metadata readers. */
export function readPageContext(doc: Document, url: string): PageContext {
  return { doc, url: parseUrl(url), meta: readMetaTags(doc), jsonLd: readJsonLd(doc), scan: scanPage(doc) };
}

/** The page's URL; an unreadable one becomes `about:blank`, against which nothing relative resolves. */
function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    return new URL('about:blank');
  }
}

/** Text of an element with white space folded and invisible characters (soft hyphens, zero-width spaces) dropped. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
