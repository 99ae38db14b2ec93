import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/extract/sanitize-html';
import { policyViolations } from './assert-safe-html';

// The other side of the hostile table: markup an article needs must come through unchanged.
interface KeptCase {
  title: string;
  payload: string;
  expected: string;
}

const LINK = 'rel="noopener noreferrer" target="_blank"';

// What an article needs must survive: a sanitiser that drops everything is not the goal.
const kept: KeptCase[] = [
  {
    title: 'links: https, mailto and in-page anchors',
    payload: '<a href="mailto:a@b.test">m</a><a href="https://x.test/">x</a>',
    expected: `<a href="mailto:a@b.test" ${LINK}>m</a><a href="https://x.test/" ${LINK}>x</a>`,
  },
  {
    title: 'table cell spans and header scope',
    payload: '<table><tr><th scope="col">h</th><td colspan="2" rowspan="3">x</td></tr></table>',
    expected:
      '<table><tbody><tr><th scope="col">h</th><td colspan="2" rowspan="3">x</td></tr></tbody></table>',
  },
  {
    title: 'image size, alt, title, srcset and sizes',
    payload:
      '<img src="https://x.test/a.png" width="100" height="50" alt="A" title="T" sizes="(max-width: 600px) 100vw" srcset="https://x.test/a.png 1x, https://x.test/b.png 2x">',
    expected:
      '<img src="https://x.test/a.png" width="100" height="50" alt="A" title="T" sizes="(max-width: 600px) 100vw" srcset="https://x.test/a.png 1x, https://x.test/b.png 2x">',
  },
  {
    title: 'an image CDN’s srcset, whose URLs hold commas (tagesanzeiger, nbcnews, lexpress)',
    payload:
      '<img src="https://cdn.x.test/c_fill,w_80/a.jpg" srcset="https://cdn.x.test/c_fill,w_80/a.jpg 80w,https://cdn.x.test/c_fit,w_320/a.jpg 320w">',
    expected:
      '<img src="https://cdn.x.test/c_fill,w_80/a.jpg" srcset="https://cdn.x.test/c_fill,w_80/a.jpg 80w,https://cdn.x.test/c_fit,w_320/a.jpg 320w">',
  },
  {
    title: '<time datetime>',
    payload: '<time datetime="2018-04-12T09:11">12 April</time>',
    expected: '<time datetime="2018-04-12T09:11">12 April</time>',
  },
  {
    title: 'lang and dir of a quotation in another script',
    payload: '<p lang="ar" dir="rtl">x</p>',
    expected: '<p lang="ar" dir="rtl">x</p>',
  },
  {
    title: 'ordered list start, reversed and type',
    payload: '<ol start="3" reversed type="a"><li>x</li></ol>',
    expected: '<ol start="3" reversed="" type="a"><li>x</li></ol>',
  },
  {
    title: '<picture><source> with type and media',
    payload:
      '<picture><source srcset="https://x.test/a.webp" type="image/webp" media="(min-width: 800px)"><img src="https://x.test/a.png"></picture>',
    expected:
      '<picture><source srcset="https://x.test/a.webp" type="image/webp" media="(min-width: 800px)"><img src="https://x.test/a.png"></picture>',
  },
  {
    title: 'figure with caption, blockquote with an https cite',
    payload:
      '<figure><img src="https://x.test/a.png" alt="a"><figcaption>c</figcaption></figure><blockquote cite="https://x.test/s">q</blockquote>',
    expected:
      '<figure><img src="https://x.test/a.png" alt="a"><figcaption>c</figcaption></figure><blockquote cite="https://x.test/s">q</blockquote>',
  },
  {
    title:
      'a quotation citing a part of the page, and an address to write to (cite keeps # and mailto: as href does)',
    payload: '<blockquote cite="#source-3">q</blockquote><q cite="mailto:desk@x.test">r</q>',
    expected: '<blockquote cite="#source-3">q</blockquote><q cite="mailto:desk@x.test">r</q>',
  },
  {
    title: 'ruby pronunciation over Japanese characters',
    payload: '<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>ども</p>',
    expected: '<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>ども</p>',
  },
];

const dom = new JSDOM('<!DOCTYPE html><body></body>', { url: 'https://newsclip.test/' });
const view = dom.window as unknown as Window;
afterAll(() => dom.window.close());

describe('sanitizeHtml: what an article needs is kept', () => {
  it.each(kept)('$title', ({ payload, expected }) => {
    expect(sanitizeHtml(view, payload)).toBe(expected);
  });
});

describe('policyViolations (the checker the tests above rely on)', () => {
  it.each([
    ['<img src="https://x.test/a.png" onerror="alert(1)">', 'attribute onerror'],
    ['<a href="javascript:alert(1)">x</a>', 'href="javascript:alert(1)"'],
    ['<img srcset="https://x.test/a.png 1x, data:image/png;base64,AAAA 2x">', 'srcset candidate'],
    ['<svg><a>x</a></svg>', 'foreign element'],
    ['<iframe src="https://x.test/"></iframe>', 'element <iframe>'],
    ['<a href="https://x.test/" target="_self">x</a>', 'target="_self"'],
    ['<div is="x-evil">x</div>', 'attribute is="x-evil"'],
  ])('flags %s', (html, problem) => {
    expect(policyViolations(html).join('\n')).toContain(problem);
  });

  it('passes clean article markup', () => {
    expect(policyViolations(kept.map((k) => k.expected).join(''))).toEqual([]);
  });
});
