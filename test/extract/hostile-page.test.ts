import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle } from '../../src/extract';
import { HOSTILE_ARTICLE_HTML, HOSTILE_ARTICLE_URL } from '../fixtures/extract/hostile-article';
import { policyViolations } from './assert-safe-html';

// A real-looking article with attacks planted in its head, its chrome and inside the body text that
// Readability keeps: the whole pipeline (Readability, lazy images, absolute URLs, DOMPurify) must
// let nothing through into contentHtml, and no metadata URL may carry a script.

function extractHostile() {
  // Straight into jsdom, not through scripts/load-page.ts: the loader empties <style> blocks, and
  // the MathML payload hides its <img> inside one.
  const dom = new JSDOM(HOSTILE_ARTICLE_HTML, {
    url: HOSTILE_ARTICLE_URL,
    virtualConsole: new VirtualConsole(),
  });
  try {
    return {
      article: extractArticle(dom.window.document, HOSTILE_ARTICLE_URL),
      verdict: detectArticle(dom.window.document, HOSTILE_ARTICLE_URL),
    };
  } finally {
    dom.window.close();
  }
}

describe('a hostile article page through extractArticle', () => {
  const { article, verdict } = extractHostile();
  const html = article.contentHtml ?? '';

  it('still extracts the article', () => {
    expect(verdict.isArticle).toBe(true);
    expect(article.isArticle).toBe(true);
    expect(article.title).toBe('City council approves the new harbour bridge');
    expect(article.byline).toBe('Jane Doe');
    expect(article.text).toContain('The city council approved the new harbour bridge on Tuesday evening');
    expect(article.text).toContain('revived twice since.');
  });

  it('keeps only policy markup in contentHtml', () => {
    expect(policyViolations(html)).toEqual([]);
  });

  it.each([
    ['script', /<script/i],
    ['event handler', /\son\w+\s*=/i],
    ['javascript: URL', /javascript:|&#106;avascript/i],
    ['data: URL', /data:/i],
    ['style', /style|url\(/i],
    ['svg or math', /<svg|<math|<mglyph/i],
    ['frame, object or embed', /<iframe|<object|<embed|srcdoc/i],
    ['form or input', /<form|<input|<button|formaction/i],
    ['base or meta', /<base|<meta/i],
    ['noscript or template', /<noscript|<template/i],
    ['clobbering id or name', /\s(?:id|name)\s*=/i],
    ['an alert() from any payload', /alert\(/],
  ])('contentHtml holds no %s', (_kind, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('makes every link safe to open from the reader', () => {
    expect(html).toContain(
      '<a href="https://www.harbour-news.test/city/bridge-history" rel="noopener noreferrer" target="_blank">',
    );
  });

  it('drops script URLs from the metadata too (canonical, lead image) and markup from the excerpt', () => {
    expect(article.canonicalUrl).toBeNull();
    // The og:image is a script URL: the lead image is the body's first picture instead.
    expect(article.leadImage).toEqual({
      url: 'https://img.harbour-news.test/bridge.jpg',
      alt: 'The bridge design',
    });
    expect(article.excerpt).toBe('The council voted for the bridge.');
  });
});

describe('the hostile page with scripting on, as a browser tab parses it', () => {
  // With scripts on, <noscript> is raw text (the parse the noscript mXSS relies on) and every
  // payload that runs records itself. The page's own scripts run while it loads, as in a tab; the
  // extraction must make nothing more run.
  /** Time for the page's queued events (load, the <details> toggle) to fire, before and after. */
  const SETTLE_MS = 150;

  async function extractWithScripting() {
    const html = HOSTILE_ARTICLE_HTML.replaceAll('alert(', 'window.__ran.push(');
    const dom = new JSDOM(html, {
      url: HOSTILE_ARTICLE_URL,
      runScripts: 'dangerously',
      virtualConsole: new VirtualConsole(),
      beforeParse: (window) => Object.assign(window, { __ran: [] as string[] }),
    });
    const ran = (dom.window as unknown as { __ran: string[] }).__ran;
    try {
      await new Promise((done) => dom.window.addEventListener('load', done));
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      const ranWhileLoading = [...ran];
      const article = extractArticle(dom.window.document, HOSTILE_ARTICLE_URL);
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      return { article, ranWhileLoading, ranAfter: [...ran] };
    } finally {
      dom.window.close();
    }
  }

  it('runs no payload during extraction and keeps contentHtml within the policy', async () => {
    const { article, ranWhileLoading, ranAfter } = await extractWithScripting();
    expect(ranWhileLoading.length, 'the page ran its own scripts, so the harness works').toBeGreaterThan(0);
    expect(ranAfter).toEqual(ranWhileLoading);
    expect(policyViolations(article.contentHtml ?? '')).toEqual([]);
    expect(article.contentHtml ?? '').not.toMatch(/__ran|javascript:|\son\w+\s*=/i);
    expect(article.text).toContain('The city council approved the new harbour bridge on Tuesday evening');
  });
});

describe('an attack on a page served as XHTML', () => {
  it('sanitises a copy in an HTML document: no script, handler or XML namespace reaches contentHtml', () => {
    // An XHTML page's clone would serialise as XML, with attributes DOMPurify never saw.
    const para = `<p>${'The city council approved the new harbour bridge on Tuesday evening. '.repeat(12)}</p>`;
    const dom = new JSDOM(
      `<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bridge</title></head><body><article><h1>The council approves the harbour bridge</h1>${para}<p>More <img src="x.png" onerror="window.__ran=1"/> text.<script>window.__ran=2</script><a href="javascript:alert(1)">link</a></p>${para}${para}</article></body></html>`,
      {
        url: HOSTILE_ARTICLE_URL,
        contentType: 'application/xhtml+xml',
        virtualConsole: new VirtualConsole(),
      },
    );
    try {
      const article = extractArticle(dom.window.document, HOSTILE_ARTICLE_URL);
      const html = article.contentHtml ?? '';
      expect(html).toContain('harbour bridge');
      expect(policyViolations(html)).toEqual([]);
      expect(html).not.toMatch(/__ran|javascript:|\son\w+\s*=|xmlns|<script/i);
    } finally {
      dom.window.close();
    }
  });
});

describe('a page that clobbers the DOM (a form field or image named after a DOM member)', () => {
  // In a browser `<form><input name="parentElement">` makes form.parentElement the input, and a walk
  // up the tree never ends (it hung the content script in Chromium). jsdom does not clobber, so
  // these pages check that the engine names the trick and stops; the e2e test checks the browser.
  const paragraph = `<p>${'The council met on Tuesday to vote on the harbour bridge plan. '.repeat(8)}</p>`;
  const page = (trap: string) =>
    '<html><head><title>Bridge</title></head><body><article><h1>The council approves the bridge</h1>' +
    `${paragraph}${paragraph}${trap}${paragraph}</article></body></html>`;
  const url = 'https://news.example/2024/05/06/bridge';
  const extract = (trap: string) => () => extractArticle(new JSDOM(page(trap), { url }).window.document, url);

  it.each([
    ['<form><input name="parentElement"></form>', 'parentElement'],
    ['<form><div><input id="nextElementSibling"></div></form>', 'nextElementSibling'],
    ['<form><button name="getAttribute">Go</button></form>', 'getAttribute'],
    ['<img name="body" src="x.png">', 'body'],
    ['<form name="querySelectorAll"></form>', 'querySelectorAll'],
    // No form owns the field on the page (the script holds the id); the clone drops the script.
    [
      '<script id="f"></script><div><input form="f" name="firstChild"><form id="f"></form></div>',
      'firstChild',
    ],
  ])('%s: throws a message that names "%s"', (trap, member) => {
    expect(extract(trap)).toThrow(new RegExp(`hides the browser's own "${member}"`));
  });

  it.each([
    '<form><input name="submit"><input name="id"><input name="action"></form>',
    '<img name="logo" src="x.png"><form name="search"></form>',
    '<img name="parentElement" src="x.png"><p id="tagName">Outside any form, these hide nothing.</p>',
    '<form id="f"></form><input name="nodeType"><input form="f" name="q"><img name="firstChild" src="x.png">',
  ])('%s (names that hide nothing the engine reads): extracts the article', (harmless) => {
    expect(extract(harmless)().title).toBe('The council approves the bridge');
  });
});

describe('clobbering as a browser does it, simulated in jsdom', () => {
  // jsdom has no named properties on forms; defining the property by hand gives the browser's
  // behaviour. The getter gives up after many reads, so a walk that would loop fails the test
  // instead of hanging it.
  const paragraph = '<p>The council met on Tuesday.</p>';
  const url = 'https://news.example/2024/05/06/bridge';
  const clobbered = (member: string) => {
    const html = `<html><body><article><h1>The council approves the bridge</h1>${paragraph.repeat(3)}<form><input name="q"></form></article></body></html>`;
    const doc = new JSDOM(html, { url }).window.document;
    const form = doc.querySelector('form')!;
    const field = doc.querySelector('input')!;
    let reads = 0;
    Object.defineProperty(form, member, {
      get: () => {
        if (++reads > 10_000) throw new Error(`walked through form.${member} forever`);
        return field;
      },
    });
    return doc;
  };

  it('detects without walking up through a form whose parentElement is a field of it', () => {
    const verdict = detectArticle(clobbered('parentElement'), url);
    expect(verdict.signals.map((s) => s.name)).not.toContain('unreadable-page');
  });

  it('refuses a form that holds a member as its own (a name since changed, an image owned from outside)', () => {
    expect(() => extractArticle(clobbered('nextElementSibling'), url)).toThrow(
      /hides the browser's own "nextElementSibling"/,
    );
  });

  it('refuses a page whose image hides the document’s doctype, which the copy for Readability reads', () => {
    const html = `<!doctype html><html><body><article><h1>The council approves the bridge</h1>${paragraph.repeat(3)}</article></body></html>`;
    const doc = new JSDOM(html, { url }).window.document;
    // What Chromium does for <img name="doctype">; jsdom does not clobber.
    Object.defineProperty(doc, 'doctype', { value: doc.createElement('img') });
    expect(() => extractArticle(doc, url)).toThrow(/hides the browser's own "doctype"/);
  });

  it('gives a verdict, not an exception, when a clobbered document makes detection throw', () => {
    const doc = clobbered('parentElement');
    Object.defineProperty(doc, 'getElementsByTagName', { value: doc.createElement('img') });
    const verdict = detectArticle(doc, url);
    expect(verdict.isArticle).toBe(false);
    expect(verdict.signals[0]?.name).toBe('unreadable-page');
  });

  it('reads a page whose markup, if parsed again when Readability retries, would grow a clobbered form', () => {
    // On the page the <xmp> holds text; parsed again, the <mglyph> would be MathML and the text a
    // form. Readability's retry (the page is short) rebuilds its body from a copy, not from markup.
    const trap =
      '<div><math><mtext><table><mglyph><xmp><div><form><input name="parentNode"></form></div></xmp></mglyph></table></mtext></math></div>';
    const html = `<html><head><title>Bridge</title></head><body><article><h1>The council approves the bridge</h1><p>The council met on Tuesday and approved the harbour bridge after a long debate about costs.</p>${trap}</article></body></html>`;
    const doc = new JSDOM(html, { url }).window.document;
    const reparsed = doc.createElement('template');
    reparsed.innerHTML = doc.body.innerHTML;
    expect(reparsed.content.querySelector('form')).not.toBeNull();
    // jsdom does not clobber (the Chromium e2e test does); here, no body is given markup to parse.
    const elementProto = doc.defaultView!.Element.prototype;
    const innerHtml = Object.getOwnPropertyDescriptor(elementProto, 'innerHTML')!;
    const bodiesSet: string[] = [];
    Object.defineProperty(elementProto, 'innerHTML', {
      ...innerHtml,
      set(this: Element, markup: string) {
        if (this.localName === 'body') bodiesSet.push(markup);
        innerHtml.set!.call(this, markup);
      },
    });
    try {
      const article = extractArticle(doc, url);
      expect(article.text).toContain('approved the harbour bridge');
      expect(article.contentHtml).not.toMatch(/<form|<input/);
    } finally {
      Object.defineProperty(elementProto, 'innerHTML', innerHtml);
    }
    expect(bodiesSet).toEqual([]);
  });

  it('refuses a page whose <noscript> markup, parsed only in the clone, clobbers a form there', () => {
    const html = `<html><body><article><h1>The council approves the bridge</h1>${paragraph.repeat(8)}<img src="blank.gif"><noscript></noscript></article></body></html>`;
    const doc = new JSDOM(html, { url }).window.document;
    // A browser holds a <noscript>'s markup as text; the extraction parses it in its clone.
    doc.querySelector('noscript')!.textContent = '<img src="b.jpg"><form><input name="parentElement"></form>';
    expect(() => extractArticle(doc, url)).toThrow(/hides the browser's own "parentElement"/);
  });
});

describe('JSON-LD nested deeper than the call stack goes', () => {
  it('gives an article without a lead image or site name from it, not a stack overflow', () => {
    const deep = (leaf: string) => `${'['.repeat(20_000)}${leaf}${']'.repeat(20_000)}`;
    const url = 'https://news.example/2024/05/story';
    const ld = `{"@type": "NewsArticle", "image": ${deep('"https://news.example/a.jpg"')}, "publisher": {"name": ${deep('"Example"')}}}`;
    const html = `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head>
      <body><article><h1>Story</h1><p>${'A sentence of the story, long enough to read. '.repeat(12)}</p></article></body></html>`;
    const dom = new JSDOM(html, { url });
    try {
      const article = extractArticle(dom.window.document, url);
      expect(article.leadImage).toBeNull();
      expect(article.siteName).toBeNull();
      expect(article.title).toBe('Story');
    } finally {
      dom.window.close();
    }
  });
});
