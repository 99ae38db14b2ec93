import type { LeadImage } from './types';
import { textOf, type PageContext } from './page-context';
import { followReference, stringOf, type JsonLdNode } from './read-json-ld';
import { firstMeta } from './read-meta-tags';
import { siteNameInTitle, wordsOf } from './site-name-in-title';

/** Scripts written right to left (ISO 639-1 codes). */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ku']);
const EXCERPT_MAX_CHARS = 300;

/** Resolves `href` against the page; only http(s) URLs are kept. */
function absoluteUrl(href: string | null | undefined, base: URL): string | null {
  if (!href) return null;
  try {
    const resolved = new URL(href.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null; // A malformed URL on the page is the same as none.
  }
}

/** The site's name as the page's metadata states it: `og:site_name` and the like, or the article's JSON-LD publisher. */
export function extractSiteName(page: PageContext): string | null {
  const publisher = page.jsonLd.article?.publisher as JsonLdNode | undefined;
  return (
    firstMeta(page.meta, [
      'og:site_name',
      'application-name',
      'apple-mobile-web-app-title',
      'twitter:app:name:iphone',
    ])?.value ??
    (publisher && typeof publisher === 'object' ? stringOf(publisher.name) : null) ??
    null
  );
}

/** A name longer than this is not a site's name but text around one. */
const MAX_SITE_NAME_CHARS = 100;

/** The `name` of a publisher or site in JSON-LD, following a reference (`{ "@id": "#org" }`) to its node. */
function nodeName(value: unknown, byId: ReadonlyMap<string, JsonLdNode>): string | null {
  for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
    if (!item || typeof item !== 'object') continue;
    const name = stringOf(followReference(item as JsonLdNode, byId).name);
    if (name && name.length <= MAX_SITE_NAME_CHARS) return name;
  }
  return null;
}
/** Publishers and names read in microdata: a page's own comes first, and more are other items'. */
const MAX_MICRODATA_READ = 3;
/** Microdata items whose publisher is the site's: the page and its article, not a reviewed book. */
const PAGE_ITEM_TYPE = /schema\.org\/(?:\w*Article|BlogPosting|\w*WebPage|Report)\b/i;

/** The name the microdata gives the page's publisher (`itemprop="publisher" itemscope`, then `itemprop="name"`). */
function microdataPublisherName(doc: Document): string | null {
  const publishers = [...doc.querySelectorAll('[itemprop~="publisher"][itemscope]')].slice(
    0,
    MAX_MICRODATA_READ,
  );
  for (const publisher of publishers) {
    const item = publisher.parentElement?.closest('[itemscope]');
    if (item && !PAGE_ITEM_TYPE.test(item.getAttribute('itemtype') ?? '')) continue;
    const names = [...publisher.querySelectorAll('[itemprop~="name"]')].slice(0, MAX_MICRODATA_READ);
    for (const element of names) {
      // A name inside another item (the publisher's logo, its address) is that item's.
      if (element.closest('[itemscope]') !== publisher) continue;
      const content = element.getAttribute('content');
      const name =
        content ?? ((element.textContent ?? '').length <= MAX_SITE_NAME_CHARS ? textOf(element) : '');
      if (name.trim() && name.length <= MAX_SITE_NAME_CHARS) return name.trim();
    }
  }
  return null;
}

/**
 * The site's name to show a reader: the stated one; else the publisher the page's JSON-LD refers
 * to, its microdata publisher, its JSON-LD `WebSite`; else the part of `<title>` that spells the
 * domain's name. Only the stated name goes to the headline and byline readers: the others name a
 * personal blog's author as often as a site. A name that holds the headline is the page's title
 * copied into a site-name tag (CMSs fill `application-name` so, some `og:site_name`), not a name.
 * @param headline the article's headline, as extracted
 */
export function extractShownSiteName(
  page: PageContext,
  stated: string | null,
  headline: string | null = null,
): string | null {
  const { jsonLd, doc, url } = page;
  const holdsHeadline = holdsText(headline);
  const candidates = [
    () => stated,
    () => nodeName(jsonLd.article?.publisher, jsonLd.byId),
    () => microdataPublisherName(doc),
    () => nodeName(jsonLd.website, jsonLd.byId),
    () => siteNameInTitle(doc.title, url.hostname),
  ];
  for (const read of candidates) {
    const name = read();
    if (name && !holdsHeadline(name)) return name;
  }
  return null;
}

/** A headline this short may be a site's name or a word of one ("Design", "Quanta Magazine"). */
const MIN_HEADLINE_WORDS_IN_NAME = 4;
/** Words of letters and digits, one space apart: punctuation ("’", ":"), case and accents aside. */
const fold = (text: string): string => wordsOf(text).join(' ');

/** Whether a name holds `headline`, one of at least four words, as a run of its words. */
function holdsText(headline: string | null): (name: string) => boolean {
  const folded = headline ? fold(headline) : '';
  if (folded.split(' ').length < MIN_HEADLINE_WORDS_IN_NAME) return () => false;
  return (name) => ` ${fold(name)} `.includes(` ${folded} `);
}

/** The page's language as a BCP 47 tag (`en`, `de-DE`), from `<html lang>`, meta tags or JSON-LD. */
export function extractLang(page: PageContext): string | null {
  const { doc, meta, jsonLd } = page;
  const raw =
    doc.documentElement.getAttribute('lang') ??
    doc.documentElement.getAttribute('xml:lang') ??
    firstMeta(meta, ['content-language', 'dc.language', 'language', 'og:locale'])?.value ??
    stringOf(jsonLd.article?.inLanguage) ??
    null;
  const tag = raw
    ?.trim()
    .split(/[,;\s]/)[0]
    ?.replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

/** Text direction: stated on `<html>` or `<body>`, else known from the language. */
export function extractDir(doc: Document, lang: string | null): 'ltr' | 'rtl' | null {
  const stated = (
    doc.documentElement.getAttribute('dir') ??
    doc.body?.getAttribute('dir') ??
    ''
  ).toLowerCase();
  if (stated === 'ltr' || stated === 'rtl') return stated;
  if (!lang) return null;
  return RTL_LANGUAGES.has(lang.slice(0, 2).toLowerCase()) ? 'rtl' : 'ltr';
}

/**
 * `<link rel=canonical>`, else `og:url`, as an absolute http(s) URL. A site's home page given as the
 * canonical address of a page that is not it is a template's tag, not this page's address: it would
 * make every article of the site one.
 */
export function extractCanonicalUrl(page: PageContext): string | null {
  const stated = [headLink(page.doc, 'canonical'), firstMeta(page.meta, ['og:url'])?.value];
  // A home page visited with a campaign query (`?utm_source=…`) is still the home page; `/?p=101`
  // (WordPress with plain links) is a post.
  const isOwnPageRoot =
    page.url.pathname === '/' && [...page.url.searchParams.keys()].every((name) => /^utm_/i.test(name));
  for (const href of stated) {
    const url = absoluteUrl(href, page.base);
    if (url && (isOwnPageRoot || !isSiteRoot(new URL(url)))) return url;
  }
  return null;
}

const isSiteRoot = (url: URL): boolean => url.pathname === '/' && url.search === '';

/** The page's own summary, else the first paragraph of the body, as plain text. */
export function extractExcerpt(page: PageContext, bodyText: string | null): string | null {
  const stated =
    firstMeta(page.meta, ['og:description', 'description', 'twitter:description', 'dc.description'])?.value ??
    stringOf(page.jsonLd.article?.description);
  const text = stated ?? bodyText?.split(/\n\s*\n/).find((p) => p.trim().length > 40) ?? null;
  if (!text) return null;
  const plain = textOf(htmlToText(page.doc, text));
  if (!plain) return null;
  return plain.length > EXCERPT_MAX_CHARS ? `${plain.slice(0, EXCERPT_MAX_CHARS - 1).trimEnd()}…` : plain;
}

/**
 * Meta descriptions sometimes carry markup or entities; reading them as text drops both safely.
 * Plain text (most descriptions) skips the parse: each `<template>` costs jsdom a new document.
 */
function htmlToText(doc: Document, html: string): Node {
  if (!/[<&]/.test(html)) return doc.createTextNode(html);
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}

function imageFromJsonLd(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return value;
  // Arrays nested past any real page's could outrun the stack.
  if (Array.isArray(value))
    return depth < MAX_IMAGE_ARRAY_DEPTH ? imageFromJsonLd(value[0], depth + 1) : null;
  if (value && typeof value === 'object') {
    const node = value as JsonLdNode;
    return stringOf(node.url) ?? stringOf(node.contentUrl);
  }
  return null;
}

/** How deep in arrays a JSON-LD image is looked for (`"image": [["…"]]`). */
const MAX_IMAGE_ARRAY_DEPTH = 4;

/** The lead image: `og:image`, `twitter:image`, JSON-LD `image`, `rel=image_src`, else the body's first image. */
export function extractLeadImage(page: PageContext, content: Element | null): LeadImage | null {
  const { meta, jsonLd, doc, base } = page;
  const stated =
    firstMeta(meta, ['og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'])
      ?.value ??
    imageFromJsonLd(jsonLd.article?.image) ??
    headLink(doc, 'image_src');
  const statedUrl = absoluteUrl(stated, base);
  if (statedUrl)
    return { url: statedUrl, alt: firstMeta(meta, ['og:image:alt', 'twitter:image:alt'])?.value ?? null };
  const img = content?.querySelector('img[src]');
  const src = absoluteUrl(img?.getAttribute('src'), base);
  return src ? { url: src, alt: img?.getAttribute('alt') || null } : null;
}

/** The `href` of the first `<link>` whose `rel` includes `rel` (a tag walk: cheaper than an attribute selector). */
function headLink(doc: Document, rel: string): string | null {
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const rels = link.getAttribute('rel')?.toLowerCase().split(/\s+/) ?? [];
    if (rels.includes(rel) && link.getAttribute('href')) return link.getAttribute('href');
  }
  return null;
}
