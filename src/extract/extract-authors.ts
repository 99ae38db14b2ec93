import type { MetadataSource } from './types';
import { isBefore, textNodesAfter } from './dom-order';
import { isInForeignContainer } from './is-in-foreign-container';
import { textOf, type PageContext } from './page-context';
import { typesOf, type JsonLdNode } from './read-json-ld';
import { BYLINE_PREFIX, creditOf, formatByline, splitByline } from './split-byline';

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
];

/** Bylines are short; a longer "author" element is a biography or a comment. */
const MAX_BYLINE_CHARS = 120;

/** Reads names (or, failing those, a credit) from one piece of byline text. */
type BylineReader = (text: string, fromMetadata: boolean) => string[];

const readNames: BylineReader = (text, fromMetadata) => splitByline(text, fromMetadata);
const readCredit: BylineReader = (text) => {
  const credit = creditOf(text);
  return credit ? [credit] : [];
};

function namesFromJsonLd(
  value: unknown,
  byId: ReadonlyMap<string, JsonLdNode>,
  read: BylineReader,
  depth = 0,
): string[] {
  if (depth > 3 || value === null || value === undefined) return [];
  if (typeof value === 'string') return read(value, true);
  if (Array.isArray(value)) return value.flatMap((v) => namesFromJsonLd(v, byId, read, depth + 1));
  if (typeof value !== 'object') return [];
  let node = value as JsonLdNode;
  const ref = node['@id'];
  if (typeof ref === 'string' && node.name === undefined) node = byId.get(ref) ?? node;
  const types = typesOf(node);
  // An organisation is credited, never named as a person.
  if (read === readNames && types.some((t) => t !== 'person')) return [];
  const name = node.name;
  if (typeof name === 'string') return read(name, true);
  if (typeof node.givenName === 'string' && typeof node.familyName === 'string') {
    return splitByline(`${node.givenName} ${node.familyName}`, true);
  }
  return [];
}

function namesFromElement(element: Element, read: BylineReader): string[] {
  const named = element.querySelector('[itemprop~="name"]');
  const text = named ? textOf(named) || named.getAttribute('content') || '' : textOf(element);
  if (!text || text.length > MAX_BYLINE_CHARS) return [];
  return read(text, false);
}

/**
 * Names in the byline element nearest the headline: the first one after it (bylines sit under the
 * headline or, as on agency pages, alone under the body), else the nearest one above it. Byline
 * elements beside the chosen one (one `<span class="author">` per name) add their names.
 */
function namesFromPage(
  bylineElements: readonly Element[],
  headline: Element | null,
  read: BylineReader,
): string[] {
  const candidates = bylineElements.filter(
    (element, i) =>
      !isInForeignContainer(element, headline) &&
      // A credit in a figure is the photographer's.
      !element.closest('figure, figcaption') &&
      // The innermost byline element holds the cleanest text; its ancestors repeat it with extras.
      !(bylineElements[i + 1] && element.contains(bylineElements[i + 1]!) && textOf(element).length > 60),
  );
  const after = headline ? candidates.filter((e) => !isBefore(e, headline)) : candidates;
  const before = headline ? candidates.filter((e) => !after.includes(e)).reverse() : [];
  for (const element of [...after, ...before]) {
    const names = namesFromElement(element, read);
    if (names.length === 0) continue;
    const container = element.parentElement;
    for (const sibling of candidates) {
      if (sibling !== element && sibling.parentElement === container)
        names.push(...namesFromElement(sibling, read));
    }
    return names;
  }
  return [];
}

/** How far past the headline to read plain text for a "By …" line: the article's opening lines. */
const MAX_TEXT_NODES_SCANNED = 120;
/** A text that is only the word introducing a byline, with the names in the next element. */
const PREFIX_ALONE =
  /^(?:by|von|par|por|door|text(?: von)?|autor(?:in)?|author|erstellt von|written by)\s*:?$/i;

/** Names in a "By Jane Doe" line printed after the headline, with or without a byline class. */
function namesFromBylineText(doc: Document, headline: Element | null, read: BylineReader): string[] {
  if (!headline) return [];
  for (const { text, parent } of textNodesAfter(doc, headline, MAX_TEXT_NODES_SCANNED)) {
    if (text.length > MAX_BYLINE_CHARS) continue;
    let line: string | null = null;
    if (PREFIX_ALONE.test(text)) {
      // "By" in its own span, the name in the next: read the smallest ancestor that holds both.
      let holder: Element | null = parent;
      while (holder && textOf(holder).length <= text.length + 1) holder = holder.parentElement;
      const held = holder ? textOf(holder) : '';
      line = held.startsWith(text) ? `${text} ${held.slice(text.length)}` : held || null;
    } else if (BYLINE_PREFIX.test(text) && /^\S+(?:\s+\S+){0,3}\s*:?\s+\p{Lu}/u.test(text)) {
      line = text;
    }
    if (!line || line.length > MAX_BYLINE_CHARS || isInForeignContainer(parent, headline)) continue;
    const names = read(line, false);
    if (names.length > 0) return names;
  }
  return [];
}

/**
 * Finds the article's authors, trusting JSON-LD, then meta tags, then microdata and `rel=author`,
 * then the byline element nearest the headline, then Readability's byline.
 * @param headline the element holding the headline, if the page shows one
 * @param readabilityByline the byline Readability found while parsing the body, if any
 */
export function extractAuthors(
  page: PageContext,
  headline: Element | null,
  readabilityByline: string | null,
): AuthorsFound {
  const { jsonLd, meta, doc } = page;
  const attempts = (read: BylineReader): [MetadataSource, () => string[]][] => [
    ['json-ld', () => namesFromJsonLd(jsonLd.article?.author ?? jsonLd.article?.creator, jsonLd.byId, read)],
    ['json-ld', () => namesFromJsonLd(jsonLd.page?.author, jsonLd.byId, read)],
    [
      'meta',
      () => {
        for (const key of AUTHOR_META_KEYS) {
          const names = (meta.get(key) ?? []).flatMap((v) => read(v, true));
          if (names.length > 0) return names;
        }
        return [];
      },
    ],
    ['page-text', () => namesFromBylineText(doc, headline, read)],
    ['page-text', () => namesFromPage(page.scan.bylineElements, headline, read)],
    ['page-text', () => (readabilityByline ? read(readabilityByline, false) : [])],
  ];
  for (const [source, attempt] of attempts(readNames)) {
    const names = dedupe(attempt());
    if (names.length > 0) return { authors: names, byline: formatByline(names), source };
  }
  // No person is named: the byline is what the page credits instead, a newsroom, an agency or a
  // user name ("Redaktion", "dpa/lno", "c1ph4"), and `authors` stays empty.
  for (const [source, attempt] of attempts(readCredit)) {
    const credits = dedupe(attempt());
    if (credits.length > 0) return { authors: [], byline: credits.join(', '), source };
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
