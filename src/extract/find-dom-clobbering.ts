/**
 * DOM clobbering: a form field named after a member of its form (`<input name="parentElement">`)
 * or an image or form named after a member of the document (`<img name="body">`) hides that member
 * in a browser: `form.parentElement` returns the input, and a walk up the tree never ends. jsdom
 * does not do this, Chromium and Firefox do. The lists hold only what the engine and Readability
 * read, so a page that hides something else (`<img name="cookie">`, `<input name="submit">`) is read.
 */
const ELEMENT_MEMBERS: ReadonlySet<string> = new Set([
  'attributes',
  'childElementCount',
  'childNodes',
  'children',
  'cloneNode',
  'closest',
  'compareDocumentPosition',
  'contains',
  'firstChild',
  'firstElementChild',
  'getAttribute',
  'getAttributeNames',
  'getElementsByClassName',
  'getElementsByTagName',
  'hasAttribute',
  'hasAttributes',
  'hasChildNodes',
  'innerHTML',
  'lastChild',
  'lastElementChild',
  'localName',
  'matches',
  'nextElementSibling',
  'nextSibling',
  'nodeName',
  'nodeType',
  'nodeValue',
  'outerHTML',
  'ownerDocument',
  'parentElement',
  'parentNode',
  'previousElementSibling',
  'previousSibling',
  'querySelector',
  'querySelectorAll',
  'removeAttribute',
  'removeChild',
  'replaceChild',
  'setAttribute',
  'tagName',
  'textContent',
]);
const DOCUMENT_MEMBERS: ReadonlySet<string> = new Set([
  'baseURI',
  'body',
  'cloneNode',
  'contentType',
  'createElement',
  'createTextNode',
  'createTreeWalker',
  'defaultView',
  'documentElement',
  'documentURI',
  'getElementsByClassName',
  'getElementsByTagName',
  'querySelector',
  'querySelectorAll',
  'title',
]);

/** A member as the DOM's own prototypes define it, whatever the object's own properties say. */
function builtIn<T>(object: object, member: string): T {
  for (let proto = Object.getPrototypeOf(object); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, member);
    if (descriptor) return (descriptor.get ? descriptor.get.call(object) : descriptor.value) as T;
  }
  throw new Error(`the DOM has no ${member}`);
}

type ReadAttribute = (this: Element, name: string) => string | null;
type ListByTag = (this: Document | Element, tag: string) => HTMLCollectionOf<Element>;

/** Elements whose `name` the document exposes as its own property. */
const DOCUMENT_NAMED_TAGS = ['img', 'form', 'embed', 'object', 'iframe'];

/**
 * The DOM member a page hides with a form field, image or form named after it, or `null` for a page
 * that hides none. Reads the page through the DOM's own prototypes, so clobbering cannot mislead it.
 */
export function findDomClobbering(doc: Document): string | null {
  const root = builtIn<Element | null>(doc, 'documentElement');
  if (!root) return null;
  const attribute = builtIn<ReadAttribute>(root, 'getAttribute');
  const inDocument = builtIn<ListByTag>(doc, 'getElementsByTagName');
  const under = builtIn<ListByTag>(root, 'getElementsByTagName');
  for (const tag of DOCUMENT_NAMED_TAGS) {
    const elements = inDocument.call(doc, tag);
    for (let i = 0; i < elements.length; i++) {
      const name = attribute.call(elements[i]!, 'name');
      if (name !== null && DOCUMENT_MEMBERS.has(name)) return name;
    }
  }
  const forms = inDocument.call(doc, 'form');
  for (let f = 0; f < forms.length; f++) {
    const form = forms[f]!;
    // A form's named members are its fields and the images inside it, by name or by id.
    const fields = builtIn<HTMLFormControlsCollection>(form, 'elements');
    const images = under.call(form, 'img');
    for (const list of [fields, images]) {
      for (let i = 0; i < list.length; i++) {
        const el = list[i] as Element;
        for (const member of [attribute.call(el, 'name'), attribute.call(el, 'id')]) {
          if (member !== null && ELEMENT_MEMBERS.has(member)) return member;
        }
      }
    }
  }
  return null;
}
