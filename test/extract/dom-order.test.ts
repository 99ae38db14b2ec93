import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isWithinTags, NON_TEXT_TAGS } from '../../src/extract/dom-order';

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
