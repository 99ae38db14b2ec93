/**
 * DOM clobbering: a form field named after a member of its form (`<input name="parentElement">`)
 * or an image or form named after a member of the document (`<img name="body">`) hides that member
 * in a browser: `form.parentElement` returns the input, and a walk up the tree never ends. jsdom
 * does not do this, Chromium and Firefox do. The lists hold what the engine and Readability read
 * and would loop or fail on; a page that hides something else (`<input name="submit">`, a booking
 * form's `<select name="children">`) is read. `title`, `baseURI` and `documentURI` are read on
 * Readability's clone, which Firefox clobbers too.
 */
const ELEMENT_MEMBERS: ReadonlySet<string> = new Set([
  'childElementCount',
  'childNodes',
  'cloneNode',
  'closest',
  'compareDocumentPosition',
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
  'doctype',
  'documentElement',
  'documentURI',
  'getElementsByClassName',
  'getElementsByTagName',
  'querySelector',
  'querySelectorAll',
  'title',
]);

/** A member as the DOM's own prototypes define it, whatever the object's own properties say. */
export function builtInDescriptor(object: object, member: string): PropertyDescriptor {
  for (let proto = Object.getPrototypeOf(object); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, member);
    if (descriptor) return descriptor;
  }
  throw new Error(`the DOM has no ${member}`);
}

/** Reads a member as the DOM's own prototypes define it, whatever the object's own properties say. */
function readBuiltIn<T>(object: object, member: string): T {
  const descriptor = builtInDescriptor(object, member);
  return (descriptor.get ? descriptor.get.call(object) : descriptor.value) as T;
}

type GetAttribute = (this: Element, name: string) => string | null;
type ListByName = (this: Document, namespace: string, localName: string) => HTMLCollectionOf<Element>;
type ListByTag = (this: Element, tag: string) => HTMLCollectionOf<Element>;

export const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
/** Elements whose `name` the document exposes as its own property. */
const DOCUMENT_NAMED_TAGS = ['img', 'form', 'embed', 'object', 'iframe'];
/** The fields that may belong to a form by a `form` attribute, from anywhere in the page. */
const LISTED_FIELD_TAGS = ['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea'];

/**
 * The DOM member a page hides with a form field, image or form named after it, or `null` for a page
 * that hides none. Reads the page through the DOM's own prototypes, so clobbering cannot mislead it.
 * Two tests: the names in the markup, which Node and the browser read alike; and, in a browser, the
 * members themselves, which a clobbered form or document holds as own properties (an image the form
 * owns from outside it, a name a script has since changed, an XHTML `<h:form>`).
 */
function findDomClobbering(doc: Document): string | null {
  const root = readBuiltIn<Element | null>(doc, 'documentElement');
  if (!root) return null;
  const getAttribute = readBuiltIn<GetAttribute>(root, 'getAttribute');
  const listByName = readBuiltIn<ListByName>(doc, 'getElementsByTagNameNS');
  const listUnder = readBuiltIn<ListByTag>(root, 'getElementsByTagName');
  const hidden = (object: object, members: ReadonlySet<string>) =>
    [...members].find((member) => Object.getOwnPropertyDescriptor(object, member) !== undefined) ?? null;
  const documentMember = hidden(doc, DOCUMENT_MEMBERS);
  if (documentMember) return documentMember;
  for (const tag of DOCUMENT_NAMED_TAGS) {
    const elements = listByName.call(doc, HTML_NAMESPACE, tag);
    for (let i = 0; i < elements.length; i++) {
      const name = getAttribute.call(elements[i]!, 'name');
      // An `<object>` is named on the document by its id too, an image by its id once it has a name.
      const namedById = tag === 'object' || (tag === 'img' && name);
      const id = namedById ? getAttribute.call(elements[i]!, 'id') : null;
      const member = [name, id].find((n) => n !== null && DOCUMENT_MEMBERS.has(n));
      if (member) return member;
    }
  }
  const forms = listByName.call(doc, HTML_NAMESPACE, 'form');
  const memberNamed = (el: Element) =>
    [getAttribute.call(el, 'name'), getAttribute.call(el, 'id')].find(
      (n): n is string => n !== null && ELEMENT_MEMBERS.has(n),
    ) ?? null;
  // A field's `form` attribute names a form by id, and which element holds that id changes as
  // Readability rewrites its clone: with `<script id="f">` first, `<input form="f">` belongs to no
  // form here and to `<form id="f">` once the script is removed. Such a field counts wherever it is.
  if (forms.length > 0) {
    for (const tag of LISTED_FIELD_TAGS) {
      const fields = listByName.call(doc, HTML_NAMESPACE, tag);
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i]!;
        const member = getAttribute.call(field, 'form') !== null ? memberNamed(field) : null;
        if (member) return member;
      }
    }
  }
  for (let f = 0; f < forms.length; f++) {
    const form = forms[f]!;
    const formMember = hidden(form, ELEMENT_MEMBERS);
    if (formMember) return formMember;
    // A form's named members are its fields and images, by name or by id (an image it owns from
    // outside it shows in the own-property test above).
    const fields = readBuiltIn<HTMLFormControlsCollection>(form, 'elements');
    const images = listUnder.call(form, 'img');
    for (const list of [fields, images]) {
      for (let i = 0; i < list.length; i++) {
        const member = memberNamed(list[i] as Element);
        if (member) return member;
      }
    }
  }
  return null;
}

/** Stops with a message that names the hidden member, on a page that clobbers the DOM. */
export function refuseDomClobbering(doc: Document): void {
  const hidden = findDomClobbering(doc);
  if (hidden) {
    throw new Error(
      `this page hides the browser's own "${hidden}" behind a form field or image of that name, ` +
        'a trick that misleads scripts reading it; Newsclip leaves it alone.',
    );
  }
}
