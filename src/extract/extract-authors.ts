import type { MetadataSource } from './types';
import { textOf, type PageContext } from './page-context';
import { typesOf, type JsonLdNode } from './read-json-ld';
import { formatByline, splitByline } from './split-byline';

/** The article's authors and where they were found. */
export interface AuthorsFound {
  authors: string[];
  byline: string | null;
  source: MetadataSource | null;
}

const AUTHOR_META_KEYS = [
  'author',
  'article:author',
  'og:article:author',
  'article:author_name',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'cxenseparse:author',
  'citation_author',
  'twitter:data1',
];

/** Class and id fragments that mark a byline element on a page. */
const BYLINE_SELECTOR = [
  '[class*="byline" i]',
  '[id*="byline" i]',
  '[class*="author" i]',
  '[id*="author" i]',
  '[class*="autor" i]',
  '[class*="auteur" i]',
  '[class*="writer" i]',
  '[class*="reporter" i]',
  '[itemprop~="author"]',
  '[itemprop~="creator"]',
  'a[rel~="author"]',
  '[rel~="author"]',
].join(',');

/** Bylines are short; a longer "author" element is a biography or a comment. */
const MAX_BYLINE_CHARS = 120;
/** Containers whose authors are not the article's: comments, related stories, author bios. */
const FOREIGN_CONTAINER =
  /comment|related|recommend|teaser|sidebar|footer|widget|promo|newsletter|bio\b|profile|about-author/i;

function namesFromJsonLd(value: unknown, byId: ReadonlyMap<string, JsonLdNode>, depth = 0): string[] {
  if (depth > 3 || value === null || value === undefined) return [];
  if (typeof value === 'string') return splitByline(value, true);
  if (Array.isArray(value)) return value.flatMap((v) => namesFromJsonLd(v, byId, depth + 1));
  if (typeof value !== 'object') return [];
  let node = value as JsonLdNode;
  const ref = node['@id'];
  if (typeof ref === 'string' && node.name === undefined) node = byId.get(ref) ?? node;
  const types = typesOf(node);
  if (types.some((t) => t !== 'person')) return [];
  const name = node.name;
  if (typeof name === 'string') return splitByline(name, true);
  if (typeof node.givenName === 'string' && typeof node.familyName === 'string') {
    return splitByline(`${node.givenName} ${node.familyName}`, true);
  }
  return [];
}

function isInsideForeignContainer(element: Element): boolean {
  for (let el: Element | null = element.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const marker = `${el.className && typeof el.className === 'string' ? el.className : ''} ${el.id}`;
    if (FOREIGN_CONTAINER.test(marker) || el.tagName === 'FOOTER' || el.tagName === 'ASIDE') return true;
  }
  return false;
}

function namesFromElement(element: Element): string[] {
  const named = element.querySelector('[itemprop~="name"]');
  const text = named ? textOf(named) || named.getAttribute('content') || '' : textOf(element);
  if (!text || text.length > MAX_BYLINE_CHARS) return [];
  return splitByline(text);
}

function namesFromPage(doc: Document): string[] {
  const names: string[] = [];
  for (const element of doc.querySelectorAll(BYLINE_SELECTOR)) {
    if (element.closest('script,style,noscript,template') || isInsideForeignContainer(element)) continue;
    // The innermost byline element holds the cleanest text; its ancestors repeat it with extras.
    if (element.querySelector(BYLINE_SELECTOR) && textOf(element).length > 60) continue;
    for (const name of namesFromElement(element)) {
      if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
    }
    if (names.length >= 4) break;
  }
  return names;
}

/**
 * Finds the article's authors, trusting JSON-LD, then meta tags, then microdata and `rel=author`,
 * then byline elements on the page, then Readability's byline.
 * @param readabilityByline the byline Readability found while parsing the body, if any
 */
export function extractAuthors(page: PageContext, readabilityByline: string | null): AuthorsFound {
  const { jsonLd, meta, doc } = page;
  const attempts: [MetadataSource, () => string[]][] = [
    ['json-ld', () => namesFromJsonLd(jsonLd.article?.author ?? jsonLd.article?.creator, jsonLd.byId)],
    ['json-ld', () => namesFromJsonLd(jsonLd.page?.author, jsonLd.byId)],
    [
      'meta',
      () => {
        for (const key of AUTHOR_META_KEYS) {
          const values = meta.get(key) ?? [];
          const names = values.flatMap((v) => splitByline(v, key !== 'author'));
          if (names.length > 0) return names;
        }
        return [];
      },
    ],
    ['page-text', () => namesFromPage(doc)],
    ['page-text', () => (readabilityByline ? splitByline(readabilityByline) : [])],
  ];
  for (const [source, attempt] of attempts) {
    const names = dedupe(attempt());
    if (names.length > 0) return { authors: names, byline: formatByline(names), source };
  }
  return { authors: [], byline: null, source: null };
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
