import { decodeEntities } from './decode-entities';

/** A JSON-LD node as parsed: an object with string keys, contents unknown until read. */
export type JsonLdNode = Record<string, unknown>;

/** schema.org types that describe one article (CreativeWork subtypes a news page uses). */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'analysisnewsarticle',
  'askpublicnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reportagenewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'scholarlyarticle',
  'techarticle',
  'report',
  'satiricalarticle',
]);
/** Page-level types whose dates and authors stand for the article when no article node exists. */
const PAGE_TYPES = new Set([
  'webpage',
  'itempage',
  'creativework',
  'medicalwebpage',
  'review',
  'recipe',
  'howto',
]);

/** The article node of a page's JSON-LD, and the page node as a weaker fallback. */
export interface JsonLdArticle {
  article: JsonLdNode | null;
  page: JsonLdNode | null;
  /** The site's own node (`WebSite`), whose `name` is the site's name. */
  website: JsonLdNode | null;
  /** Every node with an `@id`, to follow references such as `"author": { "@id": "#jane" }`. */
  byId: ReadonlyMap<string, JsonLdNode>;
}

/** Lower-cased `@type` values of a node, without a schema.org prefix. */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^https?:\/\/schema\.org\//i, '').toLowerCase());
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Sites wrap JSON-LD in HTML comments or CDATA, or leave control characters in strings.
    const cleaned = text
      .replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '')
      .replace(/(?:-->|(?:\/\/\s*)?\]\]>)\s*$/, '')
      // eslint-disable-next-line no-control-regex -- raw control characters are what breaks JSON.parse here
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(cleaned);
    } catch {
      return null; // Unreadable JSON-LD is as good as none; other sources still count.
    }
  }
}

function collectNodes(value: unknown, into: JsonLdNode[], depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  into.push(node);
  collectNodes(node['@graph'], into, depth + 1);
  for (const key of ['mainEntity', 'mainEntityOfPage', 'hasPart']) {
    const child = node[key];
    if (child && typeof child === 'object') collectNodes(child, into, depth + 1);
  }
}

/** Parses every JSON-LD block on the page and picks the article (or page) node. */
export function readJsonLd(doc: Document): JsonLdArticle {
  const nodes: JsonLdNode[] = [];
  for (const script of jsonLdScripts(doc)) collectNodes(parseJson(script.textContent ?? ''), nodes);
  let article: JsonLdNode | null = null;
  let page: JsonLdNode | null = null;
  let website: JsonLdNode | null = null;
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
    const types = typesOf(node);
    if (!article && types.some((t) => ARTICLE_TYPES.has(t))) article = node;
    else if (!page && types.some((t) => PAGE_TYPES.has(t))) page = node;
    if (!website && types.includes('website')) website = node;
  }
  return { article, page, website, byId };
}

/**
 * The node `node` stands for: one with an `@id` and no `name` of its own is a reference
 * (`"author": { "@id": "#jane" }`), and the page's node with that `@id` is meant.
 */
export function followReference(node: JsonLdNode, byId: ReadonlyMap<string, JsonLdNode>): JsonLdNode {
  const ref = node['@id'];
  return typeof ref === 'string' && node.name === undefined ? (byId.get(ref) ?? node) : node;
}

/** Arrays in arrays deeper than this hold no value worth reading (and could outrun the stack). */
const MAX_ARRAY_DEPTH = 4;

/** A string value of a node's property, from a string, a number or the first string in an array. */
export function stringOf(value: unknown): string | null {
  return stringWithin(value, 0);
}

function stringWithin(value: unknown, depth: number): string | null {
  if (typeof value === 'string') return decodeEntities(value.trim()) || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (depth >= MAX_ARRAY_DEPTH) return null;
    for (const item of value) {
      const s = stringWithin(item, depth + 1);
      if (s) return s;
    }
  }
  if (value && typeof value === 'object') {
    const v = (value as JsonLdNode)['@value'];
    if (typeof v === 'string') return decodeEntities(v.trim()) || null;
  }
  return null;
}

/** The page's `<script type="application/ld+json">` elements (a tag walk: cheaper than an attribute selector). */
export function jsonLdScripts(doc: Document): Element[] {
  const scripts = doc.getElementsByTagName('script');
  const found: Element[] = [];
  for (let i = 0; i < scripts.length; i++) {
    if (scripts[i]!.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
      found.push(scripts[i]!);
  }
  return found;
}
