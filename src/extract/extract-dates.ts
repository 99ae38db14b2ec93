import type { ExtractedDate, MetadataSource } from './types';
import { textOf, type PageContext } from './page-context';
import { stringOf } from './read-json-ld';
import { parseMachineDate, parseTextDate, type ParsedDate } from './parse-date';

/** Meta tags that state when an article was first published, most specific first. */
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'og:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'citation_date',
  'date',
  'displaydate',
  'created',
  'rnews:datepublished',
];
/** Meta tags that state when an article was last changed. */
const MODIFIED_META_KEYS = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'datemodified',
  'article:updated_time',
  'last-modified',
  'lastmod',
  'dcterms.modified',
  'dc.date.modified',
];

/** Class and id fragments of elements that hold a visible publication date. */
const DATE_ELEMENT_SELECTOR = [
  'time',
  '[itemprop~="datePublished"]',
  '[class*="date" i]',
  '[id*="date" i]',
  '[class*="time" i]',
  '[class*="publish" i]',
  '[class*="posted" i]',
  '[class*="meta" i]',
  '[class*="byline" i]',
  '[class*="datum" i]',
  '[class*="dateline" i]',
  '[class*="info" i]',
].join(',');
/** Visible dates are short; longer text is a paragraph that happens to mention a date. */
const MAX_DATE_TEXT_CHARS = 100;
/** How many candidate elements to try before giving up on visible dates. */
const MAX_DATE_ELEMENTS = 60;
const UPDATED_WORDS =
  /\b(?:updated?|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato|bijgewerkt|last edited)\b/i;
const RELATED_CONTAINER =
  /comment|related|recommend|teaser|sidebar|footer|widget|promo|newsletter|other|latest|more|popular|trending|list/i;
const TIME_ONLY = /(?<![\d:.])([01]?\d|2[0-3])[:.h]([0-5]\d)(?:\s*([ap])\.?\s?m\.?)?(?![\d:.])/i;

/** The publication and modification dates of a page. */
export interface DatesFound {
  published: ExtractedDate | null;
  modified: ExtractedDate | null;
}

function toExtracted(
  parsed: ParsedDate | null,
  raw: string,
  source: MetadataSource,
  origin: string,
): ExtractedDate | null {
  return parsed ? { ...parsed, raw, source, origin } : null;
}

function fromJsonLd(node: Record<string, unknown> | null, keys: string[]): ExtractedDate | null {
  if (!node) return null;
  for (const key of keys) {
    const raw = stringOf(node[key]);
    const date = raw ? toExtracted(parseMachineDate(raw), raw, 'json-ld', key) : null;
    if (date) return date;
  }
  return null;
}

function fromMeta(page: PageContext, keys: string[]): ExtractedDate | null {
  for (const key of keys) {
    for (const raw of page.meta.get(key) ?? []) {
      const date = toExtracted(
        parseMachineDate(raw),
        raw,
        key.startsWith('og:') || key.startsWith('article:') ? 'opengraph' : 'meta',
        key,
      );
      if (date) return date;
    }
  }
  return null;
}

function fromMicrodata(doc: Document, prop: string): ExtractedDate | null {
  for (const el of doc.querySelectorAll(`[itemprop~="${prop}"]:not(meta)`)) {
    const raw = el.getAttribute('datetime') ?? el.getAttribute('content') ?? textOf(el);
    const date = toExtracted(parseMachineDate(raw) ?? parseTextDate(raw, null), raw, 'microdata', prop);
    if (date) return date;
  }
  return null;
}

function isInRelatedContainer(element: Element): boolean {
  for (let el: Element | null = element.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    if (el.tagName === 'ASIDE' || el.tagName === 'FOOTER' || el.tagName === 'LI') return true;
    const marker = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
    if (RELATED_CONTAINER.test(marker)) return true;
  }
  return false;
}

/** A time of day stated next to a date in a separate element, as in "🕘 09:11 📅 12 April 2018". */
function timeNearby(element: Element): { hour: number; minute: number; raw: string } | null {
  const scopes = [element, element.parentElement, element.parentElement?.parentElement].filter(
    (e): e is Element => !!e && textOf(e).length <= MAX_DATE_TEXT_CHARS * 2,
  );
  for (const scope of scopes) {
    const text = textOf(scope);
    const match = TIME_ONLY.exec(text.replace(/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/g, ' '));
    if (!match) continue;
    let hour = Number(match[1]);
    if (match[3]?.toLowerCase() === 'p' && hour < 12) hour += 12;
    if (match[3]?.toLowerCase() === 'a' && hour === 12) hour = 0;
    return { hour, minute: Number(match[2]), raw: text };
  }
  return null;
}

function withTime(date: ParsedDate, time: { hour: number; minute: number }): ParsedDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return { iso: `${date.iso}T${pad(time.hour)}:${pad(time.minute)}`, hasTime: true, hasOffset: false };
}

/** Visible dates: `<time>` elements first, then short date-like elements, in document order. */
function fromVisibleText(
  page: PageContext,
  lang: string | null,
  headline: Element | null,
): ExtractedDate | null {
  const { doc } = page;
  let tried = 0;
  let fallback: ExtractedDate | null = null;
  for (const element of doc.querySelectorAll(DATE_ELEMENT_SELECTOR)) {
    if (tried >= MAX_DATE_ELEMENTS) break;
    if (element.closest('script,style,noscript,template,head')) continue;
    // Dates before the headline belong to the site chrome (today's date in the masthead).
    if (headline && isBefore(element, headline)) continue;
    const datetime = element.getAttribute('datetime');
    const text = textOf(element);
    if (!datetime && (text.length === 0 || text.length > MAX_DATE_TEXT_CHARS)) continue;
    if (isInRelatedContainer(element)) continue;
    tried++;
    const isModified =
      UPDATED_WORDS.test(text) && !/\b(?:published|veröffentlicht|publié|publicado)\b/i.test(text);
    let parsed = datetime ? parseMachineDate(datetime) : null;
    let raw = datetime ?? text;
    let source: MetadataSource = datetime ? 'time-element' : 'page-text';
    if (!parsed) {
      parsed = parseTextDate(text, lang);
      raw = text;
      source = 'page-text';
    }
    if (!parsed) continue;
    if (!parsed.hasTime && source === 'page-text') {
      const time = timeNearby(element);
      if (time) {
        parsed = withTime(parsed, time);
        raw = time.raw;
      }
    }
    const found = toExtracted(parsed, raw, source, describe(element));
    if (!found) continue;
    if (!isModified) return found;
    fallback ??= found;
  }
  return fallback;
}

/** `Node.DOCUMENT_POSITION_PRECEDING`, spelled out: the core has no global `Node` to read it from. */
const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_CONTAINS = 8;

function isBefore(element: Element, headline: Element): boolean {
  const position = headline.compareDocumentPosition(element);
  return (position & DOCUMENT_POSITION_PRECEDING) !== 0 && (position & DOCUMENT_POSITION_CONTAINS) === 0;
}

function describe(element: Element): string {
  const cls = typeof element.className === 'string' ? element.className.trim().split(/\s+/)[0] : '';
  return element.tagName.toLowerCase() + (cls ? `.${cls}` : '');
}

/** A date in the URL path: `/2018/04/12/`, `/2018-04-12-`, `/20180412/`. */
function fromUrl(url: URL): ExtractedDate | null {
  const match =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(
      url.pathname,
    );
  if (!match) return null;
  const raw = `${match[1]}-${match[2]}-${match[3]}`;
  return toExtracted(parseMachineDate(raw), match[0], 'url', 'path');
}

/** Picks the more precise of two readings of the same day: a time beats none. */
function refine(best: ExtractedDate | null, others: (ExtractedDate | null)[]): ExtractedDate | null {
  if (!best || best.hasTime) return best;
  const day = best.iso.slice(0, 10);
  return others.find((d) => d && d.hasTime && d.iso.slice(0, 10) === day) ?? best;
}

/**
 * Finds when the article was published and last modified: JSON-LD, then OpenGraph and other meta
 * tags, then microdata, then `<time>` elements and dates printed near the headline, then the URL.
 * @param headline the element holding the headline, to skip dates in the masthead above it
 */
export function extractDates(page: PageContext, lang: string | null, headline: Element | null): DatesFound {
  const { jsonLd } = page;
  const structured = [
    fromJsonLd(jsonLd.article, ['datePublished', 'dateCreated', 'uploadDate']),
    fromMeta(page, PUBLISHED_META_KEYS),
    fromJsonLd(jsonLd.page, ['datePublished', 'dateCreated']),
    fromMicrodata(page.doc, 'datePublished'),
  ];
  const structuredBest = structured.find((d) => d !== null) ?? null;
  const visible = structuredBest?.hasTime ? null : fromVisibleText(page, lang, headline);
  const published = refine(structuredBest ?? visible ?? fromUrl(page.url), [...structured, visible]);
  const modified =
    fromJsonLd(jsonLd.article, ['dateModified']) ??
    fromMeta(page, MODIFIED_META_KEYS) ??
    fromJsonLd(jsonLd.page, ['dateModified']) ??
    fromMicrodata(page.doc, 'dateModified');
  return { published, modified };
}
