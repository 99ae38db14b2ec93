import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { srcsetUrls } from './srcset';

/**
 * The one policy for article HTML we store and show. Only the tags and attributes an article needs;
 * no scripts, event handlers, forms, frames, embeds, SVG or MathML, no `style` (CSS `url()` can leak
 * reads), no `class`/`id` (page CSS and DOM clobbering), and links and images only to http(s)
 * (mailto for links): `javascript:` and `data:` URLs are dropped.
 */
export const ARTICLE_SANITIZE_POLICY = {
  ALLOWED_TAGS: [
    'a',
    'abbr',
    'b',
    'blockquote',
    'br',
    'caption',
    'cite',
    'code',
    'col',
    'colgroup',
    'dd',
    'del',
    'dfn',
    'div',
    'dl',
    'dt',
    'em',
    'figcaption',
    'figure',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'img',
    'ins',
    'kbd',
    'li',
    'mark',
    'ol',
    'p',
    'picture',
    'pre',
    'q',
    // Pronunciation over Chinese and Japanese characters (`<ruby>子<rt>こ</rt></ruby>`): without these
    // tags the reading runs into the text ("子こども").
    'rp',
    'rt',
    'ruby',
    's',
    'samp',
    'section',
    'small',
    'source',
    'span',
    'strong',
    'sub',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'time',
    'tr',
    'u',
    'ul',
    'var',
    'wbr',
    'article',
    'aside',
    'header',
    'footer',
  ],
  ALLOWED_ATTR: [
    'href',
    'src',
    'srcset',
    'sizes',
    'alt',
    'title',
    'width',
    'height',
    'colspan',
    'rowspan',
    'scope',
    'datetime',
    'lang',
    'dir',
    'cite',
    'start',
    'reversed',
    'type',
    'media',
  ],
  // DOMPurify tests this against every allowed attribute not on its own URI-safe list (`width`,
  // `colspan`, `datetime`, `lang`...), so it must also accept values that are not URLs, as
  // DOMPurify's default does; only the schemes are narrowed. `href`/`src`/`srcset`/`cite` are held
  // to http(s), mailto and `#` by the hook below.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|#|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
} satisfies Config;

const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'srcset', 'cite']);
const SAFE_URL = /^(?:https?:|mailto:|#)/i;
/** What an image loads: a `#` or `mailto:` there would have the reader fetch its own page or nothing. */
const SAFE_IMAGE_URL = /^https?:/i;
const IMAGE_URL_ATTRIBUTES: ReadonlySet<string> = new Set(['src', 'srcset']);

/** How a call hands over its result: a string, the input sanitised where it stands, or a fragment. */
type PurifierMode = 'string' | 'in-place' | 'fragment';

const IN_PLACE_CONFIG = { ...ARTICLE_SANITIZE_POLICY, IN_PLACE: true } satisfies Config;
const FRAGMENT_CONFIG = { ...ARTICLE_SANITIZE_POLICY, RETURN_DOM_FRAGMENT: true } satisfies Config;
const MODE_CONFIGS: Record<PurifierMode, Config> = {
  string: ARTICLE_SANITIZE_POLICY,
  'in-place': IN_PLACE_CONFIG,
  fragment: FRAGMENT_CONFIG,
};

const purifiers = new WeakMap<object, Map<PurifierMode, DOMPurify>>();

/**
 * One DOMPurify per window (the page's in the content script, jsdom's in Node) and mode, with our
 * hooks and its config set once: parsing the config on every call costs a Chromium page 0.2 ms.
 * Callers still pass the mode's config, which DOMPurify ignores while one is set, for its types.
 */
function purifierFor(view: Window, mode: PurifierMode): DOMPurify {
  let byMode = purifiers.get(view);
  if (!byMode) purifiers.set(view, (byMode = new Map()));
  let purifier = byMode.get(mode);
  if (purifier) return purifier;
  purifier = createDOMPurify(view as unknown as WindowLike);
  // Unsupported, DOMPurify hands its input back untouched; nothing may be stored that way.
  if (!purifier.isSupported) throw new Error('DOMPurify cannot run in this window; nothing was sanitised.');
  purifier.setConfig(MODE_CONFIGS[mode]);
  purifier.addHook('afterSanitizeAttributes', restrictUrls);
  byMode.set(mode, purifier);
  return purifier;
}

/** Holds link and image URLs to http(s), mailto and `#`, and opens links in a new tab without a referrer. */
function restrictUrls(node: Element): void {
  // Most elements keep no attribute at all once DOMPurify has dropped classes and styles.
  if (!node.hasAttributes()) return;
  let hasHref = false;
  // Each attribute node as it is: `getAttribute('src')` misses an `SRC`, or a `src` in another
  // namespace, that a page script set with `setAttributeNS`; DOMPurify keeps both, and the next
  // parse of the stored markup reads either as `src`.
  const attributes = node.attributes;
  for (let i = attributes.length - 1; i >= 0; i--) {
    const attribute = attributes[i]!;
    const name = attribute.name.toLowerCase();
    if (!URL_ATTRIBUTES.has(name)) continue;
    // DOMPurify lets `data:` through on images by design; a stored article must not carry them.
    const value = attribute.value;
    // Every URL a browser would read in a srcset, which is not every piece between commas.
    const urls = name === 'srcset' ? srcsetUrls(value) : [value.trim()];
    const safe = IMAGE_URL_ATTRIBUTES.has(name) ? SAFE_IMAGE_URL : SAFE_URL;
    if (urls.some((u) => u !== '' && !safe.test(u))) node.removeAttributeNode(attribute);
    else if (name === 'href') hasHref = true;
  }
  if (hasHref && node.tagName === 'A') {
    node.setAttribute('rel', 'noopener noreferrer');
    node.setAttribute('target', '_blank');
  }
}

/**
 * Sanitises article HTML under `ARTICLE_SANITIZE_POLICY`.
 * @param view the window whose DOM parses the HTML (never executes it)
 */
export function sanitizeHtml(view: Window, dirty: string | Node): string {
  return purifierFor(view, 'string').sanitize(dirty, ARTICLE_SANITIZE_POLICY);
}

/**
 * Sanitises the subtree of `root` where it stands, under `ARTICLE_SANITIZE_POLICY`: one walk,
 * without the copy of the tree DOMPurify makes of a node it is given. Only for an element of an
 * inert document (Readability's clone of the page), whose images never load and scripts never run.
 * `root` itself must be an allowed tag (Readability's `<div>`); its disallowed attributes go too.
 */
export function sanitizeInPlace(view: Window, root: Element): void {
  dropAttributesNeverKept(root);
  purifierFor(view, 'in-place').sanitize(root, IN_PLACE_CONFIG);
}

const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set(ARTICLE_SANITIZE_POLICY.ALLOWED_ATTR);
/** `is` stays in the markup, from the element's own "is value", unless DOMPurify voids it to `is=""`. */
const LEFT_TO_DOMPURIFY: ReadonlySet<string> = new Set(['is']);
/**
 * Where the body holds a form or a form's field, these also decide which fields hide a form's own
 * members (DOM clobbering), and DOMPurify drops a clobbered form whole: removing them first would
 * keep what it drops. A field can belong to a form by its `form` attribute, from anywhere in the body.
 */
const LEFT_TO_DOMPURIFY_WITH_FORMS: ReadonlySet<string> = new Set(['is', 'id', 'name', 'form']);
/** A form, and the elements that can belong to one. */
const FORM_ELEMENTS: ReadonlySet<string> = new Set([
  'form',
  'button',
  'fieldset',
  'input',
  'object',
  'output',
  'select',
  'textarea',
]);
/** A plain attribute name as the HTML parser writes it: lower case, no namespace prefix. */
const PLAIN_ATTRIBUTE_NAME = /^[a-z][a-z0-9_.-]*$/;

/**
 * Removes the attributes the policy never keeps (`id`, `data-*`, `aria-*`, `role`…) before DOMPurify
 * walks the tree. DOMPurify would remove them too, one by one through its hooks and checks, which
 * costs Chromium a fifth of its sanitising; what it then keeps is the same. Forms themselves, and
 * attributes named otherwise than the parser names them (`SRC` set by a script), are left to it.
 */
function dropAttributesNeverKept(root: Element): void {
  // A static list: jsdom indexes a live `getElementsByTagName('*')` in quadratic time, and
  // selectors such as `:not(form)` cost it more than the whole pass saves.
  const elements = root.querySelectorAll('*');
  const hasForms = Array.prototype.some.call(elements, (e: Element) => FORM_ELEMENTS.has(e.localName));
  const leftAlone = hasForms ? LEFT_TO_DOMPURIFY_WITH_FORMS : LEFT_TO_DOMPURIFY;
  for (let i = -1; i < elements.length; i++) {
    const element = i < 0 ? root : elements[i]!;
    // A form's own members may be hidden behind its fields; the page was refused if they are.
    if (element.localName === 'form' || !element.hasAttributes()) continue;
    // Only plain lower-case names: `removeAttribute` lower-cases its argument, so for `SRC` it
    // would remove the real `src`.
    for (const name of element.getAttributeNames())
      if (!KEPT_ATTRIBUTES.has(name) && !leftAlone.has(name) && PLAIN_ATTRIBUTE_NAME.test(name))
        element.removeAttribute(name);
  }
}

/**
 * Sanitises under `ARTICLE_SANITIZE_POLICY` into a fragment of DOMPurify's own inert HTML document:
 * for a tree `sanitizeInPlace` must not touch (an XHTML page's, or one DOMPurify refuses in place).
 */
export function sanitizeToFragment(view: Window, dirty: Node): DocumentFragment {
  return purifierFor(view, 'fragment').sanitize(dirty, FRAGMENT_CONFIG);
}
