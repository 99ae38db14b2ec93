import type { ArticleSignal, ArticleVerdict } from './types';
import { jsonLdScripts } from './read-json-ld';
import { readMetaTags, type MetaTags } from './read-meta-tags';
import { CHROME_TAGS, isWithinTags, SHOW_ELEMENT } from './dom-order';

/** Score at or above which a page is called an article. */
const ARTICLE_THRESHOLD = 3;
/** A paragraph this long is prose, not a teaser or a menu item. */
const PROSE_PARAGRAPH_CHARS = 120;
/** Paragraphs to look at: enough to tell, few enough to stay cheap on huge pages. */
const MAX_PARAGRAPHS_SCANNED = 60;
/** Post bodies that hold their text without <p> elements, and how much text makes prose there. */
const PROSE_CONTAINER_CLASSES = ['post-body', 'entry-content', 'article-body', 'article-content'];
const PROSE_CONTAINER_CHARS = 700;
const ARTICLE_LD_TYPE =
  /"@type"\s*:\s*\[?\s*"(?:[A-Za-z]*NewsArticle|Article|BlogPosting|LiveBlogPosting|ReportageNewsArticle|TechArticle|ScholarlyArticle|Report)"/;
const LISTING_LD_TYPE =
  /"@type"\s*:\s*\[?\s*"(?:CollectionPage|SearchResultsPage|ItemList|VideoGallery|ProfilePage)"/;
const PRODUCT_LD_TYPE = /"@type"\s*:\s*\[?\s*"(?:Product|Offer|AggregateOffer)"/;
/** Shop buttons: a product page has prose too, but an article has no basket. */
const BASKET_BUTTON =
  /^(?:add to (?:cart|basket|bag)|buy now|in den (?:warenkorb|einkaufswagen)|jetzt kaufen|ajouter au panier|añadir al carrito|aggiungi al carrello|in winkelwagen)/i;
const MAX_BUTTONS_SCANNED = 30;
const SEARCH_PATH =
  /\/(?:search|suche|recherche|buscar|tag|tags|topic|topics|category|categories|author|authors|archive|video|videos)(?:\/|$)/i;
/** A query naming one item by its number: a post, a page, an article. */
const ITEM_QUERY = /[?&](?:p|page_id|post|story|article)=\d+\/?(?:&|$)/i;
const SEARCH_QUERY = /[?&](?:q|query|s|search|keywords?)=/i;

/** Signals from the URL: a long slug, a date or an id mean one story; a bare section path does not. */
function urlSignals(url: URL, signals: ArticleSignal[]): void {
  const path = url.pathname.replace(/\/+$/, '');
  const segments = path.split('/').filter(Boolean);
  const last = decodeURIComponent(segments[segments.length - 1] ?? '').replace(/\.\w{2,5}$/, '');
  // "/?p=959" is a WordPress post at its plain permalink, not the home page.
  if (segments.length === 0 && !ITEM_QUERY.test(url.search))
    signals.push({ name: 'url-is-home', weight: -4 });
  else if (SEARCH_PATH.test(path) || SEARCH_QUERY.test(url.search))
    signals.push({ name: 'url-is-listing', weight: -3 });
  else if (/(?:19|20)\d{2}[/-]?[01]\d[/-]?[0-3]\d/.test(path))
    signals.push({ name: 'url-has-date', weight: 1 });
  if (
    last.split(/[-_+]|%20/).filter((w) => /\p{L}/u.test(w)).length >= 3 ||
    /\d{5,}/.test(last) ||
    /\p{L}{25,}/u.test(last)
  ) {
    signals.push({ name: 'url-has-slug-or-id', weight: 1, detail: last.slice(0, 60) });
  } else if (segments.length === 1 && last.length < 20) {
    signals.push({ name: 'url-is-section', weight: -1 });
  }
}

/** The `itemtype`s stated on the page's outer containers, where microdata marks the whole page. */
function outerItemTypes(doc: Document): string {
  const holders = [
    doc.documentElement,
    doc.body,
    ...[...doc.getElementsByTagName('article')].slice(0, 3),
    doc.getElementsByTagName('main')[0],
  ];
  return holders.map((el) => el?.getAttribute('itemtype') ?? '').join(' ');
}

/** Signals from metadata the page states about itself. */
function metadataSignals(doc: Document, meta: MetaTags, signals: ArticleSignal[]): void {
  const ogType = meta.get('og:type')?.[0]?.trim().toLowerCase() ?? null;
  if (ogType === 'article' || ogType?.startsWith('article') || ogType === 'blog') {
    signals.push({ name: 'og-type-article', weight: 3 });
  } else if (ogType === 'website' || ogType === 'video.other' || ogType === 'profile') {
    signals.push({ name: `og-type-${ogType}`, weight: -1 });
  }
  if (meta.has('article:published_time')) signals.push({ name: 'article-published-time', weight: 2 });
  for (const script of jsonLdScripts(doc)) {
    const json = script.textContent ?? '';
    if (ARTICLE_LD_TYPE.test(json)) {
      signals.push({ name: 'json-ld-article', weight: 3 });
      break;
    }
    if (LISTING_LD_TYPE.test(json)) signals.push({ name: 'json-ld-listing', weight: -2 });
    if (PRODUCT_LD_TYPE.test(json)) signals.push({ name: 'json-ld-product', weight: -3 });
  }
  const itemTypes = outerItemTypes(doc);
  if (
    ogType === 'product' ||
    ogType === 'og:product' ||
    /schema\.org\/Product/i.test(itemTypes) ||
    meta.has('product:price:amount')
  ) {
    signals.push({ name: 'product-page', weight: -3 });
  }
  if (/Article|BlogPosting/i.test(itemTypes)) signals.push({ name: 'microdata-article', weight: 2 });
}

/**
 * Characters of text in `container`, not counting its `<style>`, `<script>` and `<noscript>`
 * elements: code is no prose, and in a browser a `<noscript>` holds markup as text (a fallback
 * `<img>` tag). The batch tools also empty `<style>` blocks, which a browser keeps, so counting
 * them would give Node and the content script different answers.
 */
function proseLength(doc: Document, container: Element): number {
  return (container.textContent?.length ?? 0) - codeCharsIn(doc, container);
}

const CODE_TAGS: ReadonlySet<string> = new Set(['style', 'script', 'noscript']);

/**
 * Characters of code inside an element ("<p><style>…"), for the reason `proseLength` gives. A walk
 * of its elements: a selector query on every paragraph would double detection's cost. A TreeWalker
 * moves through the tree itself, where a hand-written walk reads each element's `parentElement`: a
 * form field named "parentElement" hides a form's own (DOM clobbering), and such a walk never ends.
 */
function codeCharsIn(doc: Document, root: Element): number {
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  let chars = 0;
  let node = walker.firstChild();
  while (node) {
    const el = node as Element;
    if (CODE_TAGS.has(el.localName)) {
      chars += el.textContent?.length ?? 0;
      node = nextAfterSubtree(walker);
    } else node = walker.nextNode();
  }
  return chars;
}

/** The walker's next node outside the current node's subtree, or `null` at the end of its root. */
function nextAfterSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** A paragraph line long enough to be text, not a kicker, a byline or a date above a teaser. */
const TEXT_LINE_CHARS = 60;

/**
 * Whether a paragraph runs on from a paragraph of text before it (empty spacers passed over): an
 * article's text does, a teaser's summary follows its headline or its kicker. A page's footer and
 * asides are no article's text.
 */
function followsAParagraph(paragraph: Element): boolean {
  let before = paragraph.previousElementSibling;
  while (before?.localName === 'p' && !(before.textContent ?? '').trim())
    before = before.previousElementSibling;
  return (
    before?.localName === 'p' &&
    (before.textContent?.length ?? 0) >= TEXT_LINE_CHARS &&
    !isWithinTags(paragraph, CHROME_TAGS)
  );
}

/** Signals from the page's shape: one headline and running prose, not many teasers. */
function structureSignals(doc: Document, signals: ArticleSignal[]): void {
  const h1Count = doc.getElementsByTagName('h1').length;
  if (h1Count === 1) signals.push({ name: 'one-h1', weight: 1 });
  const articleCount = doc.getElementsByTagName('article').length;
  if (articleCount >= 4)
    signals.push({ name: 'many-article-elements', weight: -2, detail: String(articleCount) });

  const paragraphs = doc.getElementsByTagName('p');
  let prose = 0;
  let proseChars = 0;
  let running = 0;
  const limit = Math.min(paragraphs.length, MAX_PARAGRAPHS_SCANNED);
  for (let i = 0; i < limit; i++) {
    const paragraph = paragraphs[i]!;
    let length = paragraph.textContent?.length ?? 0;
    // Only a paragraph long with its code may owe its length to it.
    if (length >= PROSE_PARAGRAPH_CHARS && paragraph.firstElementChild) length -= codeCharsIn(doc, paragraph);
    if (length >= PROSE_PARAGRAPH_CHARS) {
      prose++;
      proseChars += length;
      if (followsAParagraph(paragraph)) running++;
    }
  }
  // Long paragraphs that follow paragraphs outweigh an og:type "website", which many CMSs (TYPO3, public
  // broadcasters, government sites) state on every page.
  if (running >= 2) {
    signals.push({ name: 'running-prose', weight: 3, detail: String(running) });
  } else if (prose >= 3 || proseChars >= 1000) {
    signals.push({ name: 'prose-paragraphs', weight: 2, detail: String(prose) });
  } else {
    // Some blogs write posts as text and <br>s, with few or no <p>: measure the post container too.
    const containers = PROSE_CONTAINER_CLASSES.flatMap((c) => [...doc.getElementsByClassName(c)].slice(0, 2));
    containers.push(...[...doc.getElementsByTagName('article')].slice(0, 2));
    let length = 0;
    for (const container of containers) length = Math.max(length, proseLength(doc, container));
    if (length >= PROSE_CONTAINER_CHARS)
      signals.push({ name: 'prose-in-container', weight: 2, detail: String(length) });
    else if (prose > 0) signals.push({ name: 'some-prose', weight: 1, detail: String(prose) });
    else signals.push({ name: 'no-prose', weight: -3 });
  }
  const buttons = [
    ...[...doc.getElementsByTagName('button')].slice(0, MAX_BUTTONS_SCANNED),
    ...[...doc.getElementsByTagName('input')]
      .slice(0, MAX_BUTTONS_SCANNED)
      .filter((i) => /^(?:submit|button)$/i.test(i.getAttribute('type') ?? '')),
  ];
  for (let i = 0; i < buttons.length; i++) {
    const button = buttons[i]!;
    if (BASKET_BUTTON.test((button.textContent || button.getAttribute('value') || '').trim())) {
      signals.push({ name: 'basket-button', weight: -3 });
      break;
    }
  }
  if (doc.getElementsByTagName('time').length > 0) signals.push({ name: 'time-element', weight: 1 });
}

/**
 * Decides cheaply whether a page is a single article (not a home page, section front, search
 * result or video index). Reads metadata, the URL and counts paragraphs: no Readability, no layout,
 * so it can run on every page load. The same code gives the same verdict in Node.
 * @param meta the page's meta tags, when the caller has read them already
 */
export function detectArticle(doc: Document, url: string, meta?: MetaTags): ArticleVerdict {
  try {
    return weighSignals(doc, url, meta);
  } catch (error) {
    // A page that hides DOM members behind form fields or images of the same name (DOM clobbering)
    // can make any DOM call throw; it gets a verdict all the same, on every page load.
    const detail = error instanceof Error ? error.message : String(error);
    return { isArticle: false, score: 0, signals: [{ name: 'unreadable-page', weight: 0, detail }] };
  }
}

function weighSignals(doc: Document, url: string, meta?: MetaTags): ArticleVerdict {
  const signals: ArticleSignal[] = [];
  if (!doc.body || doc.getElementsByTagName('frameset').length > 0) {
    return { isArticle: false, score: 0, signals: [{ name: 'no-body', weight: 0 }] };
  }
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    signals.push({ name: 'url-unreadable', weight: 0 });
  }
  if (parsed) urlSignals(parsed, signals);
  metadataSignals(doc, meta ?? readMetaTags(doc), signals);
  structureSignals(doc, signals);
  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  return { isArticle: score >= ARTICLE_THRESHOLD, score, signals };
}
