import { decodeEntities } from './decode-entities';

/** Every `<meta>` value on a page, keyed by its lower-cased `name`, `property` or `itemprop`. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

/** Reads all `<meta>` tags in one pass; a key may hold several values, in document order. */
export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of doc.getElementsByTagName('meta')) {
    const raw = meta.getAttribute('content')?.trim();
    if (!raw) continue;
    const content = decodeEntities(raw);
    // RDFa pages put several space-separated names in one `property`.
    const keys = [
      meta.getAttribute('name'),
      meta.getAttribute('property'),
      isOfNestedItem(meta) ? null : meta.getAttribute('itemprop'),
    ].flatMap((key) => (key ? key.toLowerCase().trim().split(/\s+/) : []));
    for (const key of keys) {
      const values = tags.get(key);
      if (values) values.push(content);
      else tags.set(key, [content]);
    }
  }
  return tags;
}

/** The first value of the first of `keys` that the page has. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return { key, value };
  }
  return null;
}

/**
 * Properties that nest another work in the page's item: a cited paper, a review, a comment, a
 * list entry. The page's own article may itself be nested (`mainEntity`, `blogPost`, `hasPart`).
 */
const OTHER_ITEM_PROPERTY =
  /^(?:citation|review|reviews|comment|comments|itemlistelement|relatedlink|significantlink|mentions|isbasedon|workexample|recipe|video|audio|associatedmedia)$/i;

/**
 * Whether a microdata `<meta itemprop>` describes another work nested in the page's item, such as
 * a cited paper (`<li itemprop="citation" itemscope>`): its author and dates are that work's.
 */
function isOfNestedItem(meta: Element): boolean {
  if (!meta.hasAttribute('itemprop')) return false;
  const scope = meta.parentElement?.closest('[itemscope]');
  const properties = scope?.getAttribute('itemprop')?.trim().split(/\s+/) ?? [];
  return properties.some((p) => OTHER_ITEM_PROPERTY.test(p));
}
