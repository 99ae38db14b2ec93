import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementsBackward, elementsForward, isWithinTags, NON_TEXT_TAGS } from '../../src/extract/dom-order';
import { corpusCase, withPage } from './corpus';

describe('isWithinTags', () => {
  const body =
    '<div><noscript><p id="hidden">x</p></noscript><p id="shown">y</p><svg><style id="svg-style">a{}</style></svg></div>';

  it.each([
    ['an HTML page', 'text/html', `<html><body>${body}</body></html>`],
    [
      'an XHTML page, whose tag names keep their case',
      'application/xhtml+xml',
      `<html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html>`,
    ],
  ])('answers as closest() does on %s', (_, contentType, html) => {
    const doc = new JSDOM(html, { contentType }).window.document;
    expect(isWithinTags(doc.getElementById('hidden')!, NON_TEXT_TAGS)).toBe(true);
    expect(isWithinTags(doc.getElementById('shown')!, NON_TEXT_TAGS)).toBe(false);
    expect(isWithinTags(doc.getElementById('svg-style')!, NON_TEXT_TAGS)).toBe(true);
  });
});

describe('elementsForward and elementsBackward', () => {
  const tags = new Set(['p', 'div', 'span', 'li', 'h4', 'time', 'address']);
  const selector = [...tags].join(', ');

  it.each(['wikipedia', 'nytimes-1', 'medium-1'])(
    'list what querySelectorAll lists, in document order and reversed, on readability/%s',
    async (id) => {
      await withPage(corpusCase('readability', id), (doc) => {
        for (const root of [doc.body, doc.querySelector('article, main, #content') ?? doc.body]) {
          const listed = [...root.querySelectorAll(selector)];
          expect(listed.length).toBeGreaterThan(0);
          expect([...elementsForward(root, tags)]).toEqual(listed);
          expect([...elementsBackward(root, tags)]).toEqual(listed.reverse());
        }
      });
    },
  );

  it('list nothing under an element without children, and never the root itself', () => {
    const doc = new JSDOM('<div id="root"><p></p></div>').window.document;
    const p = doc.querySelector('p')!;
    expect([...elementsForward(p, tags)]).toEqual([]);
    expect([...elementsBackward(p, tags)]).toEqual([]);
    const root = doc.getElementById('root')!;
    expect([...elementsBackward(root, tags)]).toEqual([p]);
  });
});
