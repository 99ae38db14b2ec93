import { JSDOM } from 'jsdom';
import { srcsetUrls } from '../../src/extract/srcset';

/**
 * The elements and attributes article HTML may hold, written out here rather than read from the
 * policy under test: widening the policy must fail this check until someone widens it here too.
 */
export const SAFE_TAGS: readonly string[] = [
  ...['a', 'abbr', 'article', 'aside', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col'],
  ...['colgroup', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark'],
  ...['ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small'],
  ...['source', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead'],
  ...['time', 'tr', 'u', 'ul', 'var', 'wbr'],
];
export const SAFE_ATTRIBUTES: readonly string[] = [
  ...['alt', 'cite', 'colspan', 'datetime', 'dir', 'height', 'href', 'lang', 'media', 'reversed'],
  ...['rowspan', 'scope', 'sizes', 'src', 'srcset', 'start', 'title', 'type', 'width'],
];
const ALLOWED_TAGS = new Set(SAFE_TAGS.map((t) => t.toUpperCase()));
/** `rel` and `target` are set by our own hook on every link. */
const ALLOWED_ATTRS = new Set<string>([...SAFE_ATTRIBUTES, 'rel', 'target']);
const URL_ATTRS = new Set(['href', 'src', 'cite']);
const SAFE_URL = /^(?:https?:|mailto:|#)/i;
/** Images load only from the web. */
const SAFE_IMAGE_URL = /^https?:/i;

const parser = new JSDOM('<!DOCTYPE html><body></body>');

/**
 * Everything in sanitised article HTML that breaks the policy, as readable problems (empty when the
 * HTML is safe). The HTML is parsed as a browser would (a `<template>`, so nothing loads or runs),
 * and serialising and re-parsing it must give the same markup, else a browser could read it
 * differently from what the sanitiser checked (mutation XSS).
 */
export function policyViolations(html: string): string[] {
  const problems: string[] = [];
  const template = parser.window.document.createElement('template');
  template.innerHTML = html;
  const walker = parser.window.document.createTreeWalker(template.content, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node.namespaceURI !== 'http://www.w3.org/1999/xhtml')
      problems.push(`foreign element <${node.localName}>`);
    if (!ALLOWED_TAGS.has(node.tagName)) problems.push(`element <${node.localName}>`);
    for (const { name, value } of node.attributes) {
      // DOMPurify voids a customized built-in's `is` to "" (removing it would serialise it back).
      const voidedIs = name === 'is' && value === '';
      if (!ALLOWED_ATTRS.has(name) && !voidedIs)
        problems.push(`attribute ${name}="${value}" on <${node.localName}>`);
      const safe = name === 'src' ? SAFE_IMAGE_URL : SAFE_URL;
      if (URL_ATTRS.has(name) && !safe.test(value)) problems.push(`${name}="${value}"`);
      // As a browser reads a srcset (tested on its own in srcset.test.ts): a CDN's URL may hold commas.
      if (name === 'srcset')
        for (const url of srcsetUrls(value))
          if (!SAFE_IMAGE_URL.test(url)) problems.push(`srcset candidate "${url}"`);
      if (name === 'target' && value !== '_blank') problems.push(`target="${value}"`);
      if (name === 'rel' && value !== 'noopener noreferrer') problems.push(`rel="${value}"`);
    }
  }
  const reparsed = parser.window.document.createElement('template');
  reparsed.innerHTML = template.innerHTML;
  if (reparsed.innerHTML !== template.innerHTML) problems.push('markup changes when parsed again (mXSS)');
  return problems;
}
