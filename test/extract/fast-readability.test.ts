import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import {
  copyForArticleSearch,
  FastReadability,
  REPEATED_STEPS,
  REPLACED_CHECKS,
  WRAPPED_STEPS,
} from '../../src/extract/fast-readability';
import { extractArticle } from '../../src/extract';
import { CORPUS_FOLDERS, everyNth, readManifest, withPage } from './corpus';

// FastReadability must parse exactly as Readability does: each replaced check is compared with
// Readability's own on elements built to reach every branch, and whole parses on corpus pages.

type Check = (this: unknown, node: Element, matchString?: string) => unknown;
const methodsOf = (prototype: object) => prototype as Record<string, Check>;
const stock = methodsOf(Readability.prototype);
const fast = methodsOf(FastReadability.prototype);

/** Elements that reach each branch of the three checks: styles, hiding, bylines, blank text. */
const ELEMENTS_HTML = `
  <div id="plain">Text</div>
  <div style="display:none">Hidden by style</div>
  <div style="visibility: hidden">Invisible</div>
  <div style="color: red">Styled, shown</div>
  <div style="">Empty style</div>
  <div hidden>Hidden attribute</div>
  <div aria-hidden="true">Hidden from readers</div>
  <div aria-hidden="false">Not hidden</div>
  <img aria-hidden="true" class="mwe-math-fallback-image-inline" alt="x">
  <svg aria-hidden="true" class="fallback-image"><text>svg</text></svg>
  <svg style="display:none"><g></g></svg>
  <math aria-hidden="true"><mi>x</mi></math>
  <a rel="author" href="/a">Jane Doe</a>
  <span itemprop="author">Jane Doe</span>
  <span itemprop="author"> </span>
  <p class="byline">${'Very long byline text. '.repeat(6)}</p>
  <p class="byline">By Jane Doe</p>
  <p class="byline">${'x'.repeat(99)}</p>
  <p class="byline">${'x'.repeat(100)}</p>
  <p class="byline">${'x'.repeat(101)}</p>
  <p class="summary">By Jane Doe</p>
  <div class="writtenby"><span itemprop="name">Jane</span></div>
  <div> \n\t </div>
  <div>&nbsp;</div>
  <div>\u200b</div>
  <div><br><br></div>
  <div><br><hr></div>
  <div><p><br></p></div>
  <div><p> </p><span>late text</span></div>
  <div><!-- a comment only --></div>
  <div><span> </span><span>\ufeff</span></div>
  <div><img src="x.png"></div>
  <section><div><div> </div></div><div>deep <b>text</b></div></section>
  <header></header>
`;

/** Only an XML document holds CDATA sections, which `textContent` reads like text. */
const XHTML_ELEMENTS = `<html xmlns="http://www.w3.org/1999/xhtml"><body>
  <div><![CDATA[ cdata text ]]></div>
  <div><![CDATA[ \n ]]></div>
  <div><br/><![CDATA[\u00a0]]><span><![CDATA[x]]></span></div>
  <div><br/><hr/><![CDATA[ ]]></div>
  <p class="byline"><![CDATA[By Jane Doe]]></p>
</body></html>`;

function elementsToCheck(): Element[] {
  const { document } = new JSDOM(`<!doctype html><body>${ELEMENTS_HTML}</body>`).window;
  const xhtml = new JSDOM(XHTML_ELEMENTS, { contentType: 'application/xhtml+xml' }).window.document;
  expect(xhtml.getElementsByTagName('div')[0]!.firstChild!.nodeType).toBe(xhtml.CDATA_SECTION_NODE);
  return [...document.body.querySelectorAll('*'), ...xhtml.body.querySelectorAll('*')];
}

describe('FastReadability', () => {
  it('replaces only methods Readability has', () => {
    expect([...REPLACED_CHECKS].sort()).toEqual([
      '_isElementWithoutContent',
      '_isProbablyVisible',
      '_isValidByline',
    ]);
    for (const name of REPLACED_CHECKS) {
      expect(typeof stock[name], name).toBe('function');
      expect(fast[name], name).not.toBe(stock[name]);
    }
    for (const name of REPEATED_STEPS) expect(typeof stock[name], name).toBe('function');
    expect(WRAPPED_STEPS).toEqual(['_grabArticle', '_getLinkDensity', '_prepArticle', '_cleanConditionally']);
    for (const name of WRAPPED_STEPS) {
      expect(typeof stock[name], name).toBe('function');
      expect(fast[name], name).not.toBe(stock[name]);
    }
  });

  it.each(REPLACED_CHECKS)('%s answers as Readability does on every kind of element', (name) => {
    const elements = elementsToCheck();
    expect(elements.length).toBeGreaterThan(30);
    for (const element of elements) {
      const matchString = `${element.getAttribute('class') ?? ''} ${element.id}`;
      const expected = Boolean(stock[name]!.call(Readability.prototype, element, matchString));
      const got = fast[name]!.call(FastReadability.prototype, element, matchString);
      expect(got, `${name} on ${element.outerHTML.slice(0, 80)}`).toBe(expected);
    }
  });

  it('reads a tree nested deeper than the call stack goes, as a page script can build', () => {
    const { document } = new JSDOM('<!doctype html><body></body>').window;
    // <div><br><hr>(20,000 nested spans around the text)</hr></div>: a `<br>` and an `<hr>` are all
    // its children, so only the text decides. Built from the bottom up, text first: jsdom's own
    // bookkeeping recurses up the ancestors of a node that changes.
    const emptyButFor = (text: string): Element => {
      let nested = document.createElement('span');
      nested.append(text);
      for (let depth = 0; depth < 20_000; depth++) {
        const parent = document.createElement('span');
        parent.appendChild(nested);
        nested = parent;
      }
      const rule = document.createElement('hr');
      rule.appendChild(nested);
      const element = document.createElement('div');
      element.append(document.createElement('br'), rule);
      return element;
    };
    const isEmpty = (check: Record<string, Check>, element: Element) =>
      Boolean(check._isElementWithoutContent!.call(Readability.prototype, element));
    const blank = emptyButFor(' \n ');
    const filled = emptyButFor('text at the bottom');
    expect(isEmpty(fast, blank)).toBe(true);
    expect(isEmpty(fast, filled)).toBe(false);
    expect(isEmpty(stock, blank)).toBe(true);
    expect(isEmpty(stock, filled)).toBe(false);
  });

  it('serialises no markup for a log line nobody reads, unless debugging', () => {
    const paragraph = '<p>The council met on Tuesday and approved the harbour bridge, nine votes to two.</p>';
    const html = `<!doctype html><body><article><h1>Bridge</h1>${paragraph.repeat(8)}</article></body>`;
    const { window } = new JSDOM(html);
    const builtIn = Object.getOwnPropertyDescriptor(window.Element.prototype, 'innerHTML')!;
    let reads = 0;
    Object.defineProperty(window.Element.prototype, 'innerHTML', {
      ...builtIn,
      get(this: Element) {
        reads++;
        return builtIn.get!.call(this) as string;
      },
    });
    const readsOfParse = (parse: (clone: Document) => unknown): number => {
      reads = 0;
      parse(window.document.cloneNode(true) as Document);
      return reads;
    };
    const serializer = (node: Node) => node as Element;
    expect(readsOfParse((clone) => new FastReadability(clone, { serializer }, () => clone).parse())).toBe(0);
    // Stock Readability reads the body's markup for its search and the found body's for the log.
    expect(readsOfParse((clone) => new Readability(clone, { serializer }).parse())).toBe(2);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const debugging = readsOfParse((clone) =>
      new FastReadability(clone, { serializer, debug: true }, () => clone).parse(),
    );
    log.mockRestore();
    expect(debugging).toBeGreaterThan(0);
  });

  it('finds the elements each check is there for', () => {
    const elements = elementsToCheck();
    const count = (name: string) =>
      elements.filter((el) => fast[name]!.call(FastReadability.prototype, el, `${el.className} ${el.id}`))
        .length;
    // Hidden ones, bylines and empty ones exist among the elements, and not every element is one.
    for (const name of REPLACED_CHECKS) {
      expect(count(name), name).toBeGreaterThan(0);
      expect(count(name), name).toBeLessThan(elements.length);
    }
  });

  it('starts a search over from a copy of the page, prepared as Readability prepared the first', () => {
    // The story sits in a "sidebar", which the first search strips as unlikely; it finds too
    // little text, so the second, which keeps it, starts again from the page Readability prepared.
    const sentence = 'The council met on Tuesday and approved the harbour bridge after a long debate. ';
    const html = `<!doctype html><html><head><style>p { color: red }</style></head><body>
      <div class="sidebar">${sentence.repeat(4)}<br><br>It cost <font>twelve</font> million.<br><br>
        ${sentence.repeat(4)}<img src="blank.gif"><noscript><img src="bridge.jpg"></noscript>
        <script>document.title = 'changed'</script></div></body></html>`;
    const { document } = new JSDOM(html).window;
    let copies = 0;
    const copyOfPage = () => {
      copies++;
      return document.cloneNode(true) as Document;
    };
    const clone = document.cloneNode(true) as Document;
    const got = new FastReadability(clone, {}, copyOfPage).parse();
    const expected = new Readability(document.cloneNode(true) as Document).parse();
    expect(copies).toBeGreaterThan(0);
    expect(got).toEqual(expected);
    expect(got?.content).toContain('<span>twelve</span> million.');
    expect(got?.content).toContain('bridge.jpg');
    expect(got?.content).not.toMatch(/<script|<style/);
    // Only the search's one read of the body's markup is answered with a token.
    expect(clone.body.outerHTML).toContain(clone.body.innerHTML);
  });

  it('copies a page with its stylesheets emptied and the head Readability reads, keeping the rest', () => {
    const html = `<!doctype html><html lang="de" dir="ltr"><head><title>Brücke</title><base href="/news/">
      <style>p { color: red }</style><link rel="stylesheet" href="a.css">
      <meta property="og:title" content="Die Brücke"><script type="application/ld+json">{}</script></head>
      <body class="story"><style>.x { color: blue }</style><p>Text <a href="bridge">link</a></p>
      <style> \n </style><style>\u200b</style>
      <svg><style>circle { fill: red }</style><circle r="1"/></svg></body></html>`;
    const { document } = new JSDOM(html, { url: 'https://example.org/2024/page.html' }).window;
    const copy = copyForArticleSearch(document);
    expect(copy).not.toBe(document);
    expect(copy.URL).toBe(document.URL);
    expect(copy.compatMode).toBe('CSS1Compat');
    expect(copy.baseURI).toBe('https://example.org/news/');
    expect(copy.querySelector('a')!.href).toBe('https://example.org/news/bridge');
    expect(copy.title).toBe('Brücke');
    expect(copy.documentElement.getAttribute('lang')).toBe('de');
    // Every <style> stays where it was; those with visible text hold an empty comment instead.
    const texts = (doc: Document) => Array.from(doc.getElementsByTagName('style'), (el) => el.textContent);
    expect(texts(copy)).toEqual(['/**/', ' \n ', '\u200b', '/**/']);
    expect(texts(document)[0]).toBe('p { color: red }');
    // Of the head, the title, the base and the meta tags; everything else is copied, and the page
    // itself is untouched.
    expect(copy.head.outerHTML).toBe(
      '<head><title>Brücke</title><base href="/news/"><meta property="og:title" content="Die Brücke"></head>',
    );
    expect(document.head.querySelector('script, link')).not.toBeNull();
    for (const el of document.querySelectorAll('style'))
      if (/[a-z]/.test(el.textContent!)) el.textContent = '/**/';
    expect(copy.body.outerHTML).toBe(document.body.outerHTML);
  });

  it('recovers a lazy image from its <noscript> text when Readability starts its search over', () => {
    // The story sits in a "sidebar": the first search strips it and finds too little text.
    const sentence = 'The council met on Tuesday and approved the harbour bridge after a long debate. ';
    const html = `<!doctype html><body><div class="sidebar">${sentence.repeat(8)}
      <img src="blank.gif"><noscript></noscript>${sentence.repeat(2)}</div></body>`;
    const { document } = new JSDOM(html, { url: 'https://example.org/a.html' }).window;
    // A browser holds a <noscript>'s markup as text; each copy of the page parses it again.
    document.querySelector('noscript')!.textContent = '<img src="bridge.jpg">';
    const { contentHtml } = extractArticle(document, 'https://example.org/a.html');
    expect(contentHtml).toContain('https://example.org/bridge.jpg');
    expect(contentHtml).not.toContain('blank.gif');
  });

  // A <style> beside or inside the element before a <noscript> decides whether Readability takes
  // the <noscript>'s image in its place (CSS-in-JS sites put one right before what it styles).
  it.each([
    ['in the figure before it', '<figure><style>.f{}</style><img src="a.jpg"></figure>'],
    ['between the lazy image and it', '<img data-src="a.jpg" alt="Bridge"><style>.f{}</style>'],
  ])('keeps the page image, as with the stylesheet, with a <style> %s', (_, before) => {
    const story = '<p>The council met on Tuesday and voted for the harbour bridge, after a long debate.</p>';
    const html = `<!doctype html><body><article><h1>Bridge</h1>${story.repeat(6)}${before}<noscript></noscript>${story.repeat(6)}</article></body>`;
    const { document } = new JSDOM(html, { url: 'https://example.org/a.html' }).window;
    // A browser holds a <noscript>'s markup as text; the extraction parses it in its copy.
    document.querySelector('noscript')!.textContent = '<img src="b.jpg">';
    const { contentHtml } = extractArticle(document, 'https://example.org/a.html');
    expect(contentHtml).toContain('a.jpg');
    expect(contentHtml).not.toContain('b.jpg');
  });

  it('weighs links by their text as it is when the body found is cleaned, not as the candidates were weighed', () => {
    // The cleaning drops the button inside the link before it measures the note's links: the note
    // is then mostly text and stays. A length kept from the weighing would count the button's text.
    const story =
      '<p>The council voted on Tuesday to build the new harbour bridge, after two years of debate.</p>';
    const note = `<div class="note"><p>A note on the vote, from the council's own minutes.</p><a href="/minutes">Minutes <button>${'Open the full minutes of the meeting '.repeat(4)}</button></a></div>`;
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><div id="main">${story.repeat(4)}${note}${story.repeat(4)}</div></body></html>`;
    const parse = (make: (doc: Document) => Readability<string>) =>
      make(new JSDOM(html, { url: 'https://news.example.test/bridge' }).window.document).parse();
    const expected = parse((doc) => new Readability(doc));
    expect(expected?.content).toContain('A note on the vote');
    expect(parse((doc) => new FastReadability(doc))).toEqual(expected);
  });

  it('scores every candidate as Readability does where its walk removes part of a link it has measured', () => {
    // The walk asks the link density of a <div> holding one <p> before it reaches the share bar inside
    // that paragraph's link and removes it: the candidates are weighed by the link without it.
    const story =
      '<p>The council voted on Tuesday to build the new harbour bridge, after two years of debate.</p>';
    const linked = `<div><p>Read what the mayor said about the bridge at the vote, and what comes next: <a href="/mayor">the mayor <span class="social">${'share this on every network '.repeat(4)}</span></a></p></div>`;
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><div id="main">${story.repeat(3)}${linked}${story.repeat(3)}</div></body></html>`;
    const scores = (make: (doc: Document) => Readability<Element>) => {
      const content = make(
        new JSDOM(html, { url: 'https://news.example.test/bridge' }).window.document,
      ).parse()?.content;
      const scored = content ? [content, ...content.querySelectorAll('*')] : [];
      return scored.map(
        (e) => (e as Element & { readability?: { contentScore: number } }).readability?.contentScore,
      );
    };
    const serializer = (node: Node) => node as Element;
    const expected = scores((doc) => new Readability(doc, { serializer }));
    expect(expected.filter((score) => score !== undefined).length).toBeGreaterThan(1);
    expect(scores((doc) => new FastReadability(doc, { serializer }))).toEqual(expected);
  });

  it('measures a link once per pass of clutter removal, and afresh in the next pass', () => {
    // Nested <div>s each hold the link: one pass measures it once. A pass may remove part of a link
    // (a <ul> inside it, before the <div> pass), so the next one measures it again.
    const { document } = new JSDOM(
      `<body><div><div><p>${'Text of the story. '.repeat(8)}</p><a href="/x">Go <span>on</span></a></div></div></body>`,
    ).window;
    const link = document.querySelector('a')!;
    const parser = new FastReadability(document) as unknown as {
      _getInnerText(element: Element): string;
      _cleanConditionally(root: Element, tag: string): void;
    };
    const read = vi.spyOn(parser, '_getInnerText');
    const linkReads = () => read.mock.calls.filter(([element]) => element === link).length;
    parser._cleanConditionally(document.body, 'div');
    expect(linkReads()).toBe(1);
    link.querySelector('span')!.remove();
    parser._cleanConditionally(document.body, 'div');
    expect(linkReads()).toBe(2);
    // The second pass read the link as it now is.
    const lastLinkRead = read.mock.calls.findLastIndex(([element]) => element === link);
    expect(read.mock.results[lastLinkRead]?.value).toBe('Go');
  });

  it('copies an empty document as an empty document', () => {
    const { document } = new JSDOM('').window;
    document.documentElement.remove();
    expect(copyForArticleSearch(document).documentElement).toBeNull();
  });

  // Every 12th page of each corpus: 52 pages of news, blogs and documentation.
  const pages = CORPUS_FOLDERS.flatMap((folder) => everyNth(readManifest(folder), 12));
  it('has corpus pages to compare', () => expect(pages.length).toBeGreaterThanOrEqual(50));
  it.each(pages.map((page) => [`${page.folder}/${page.id}`, page] as const))(
    'parses %s exactly as Readability does',
    async (_, page) => {
      const parse = (make: (clone: Document, page: Document) => Readability<string>) =>
        withPage(page, (doc) => make(doc.cloneNode(true) as Document, doc).parse());
      const expected = await parse((clone) => new Readability(clone));
      const got = await parse((clone) => new FastReadability(clone));
      expect(got).toEqual(expected);
      // Readability removes every stylesheet before it reads the page, and with its JSON-LD reading
      // off reads only the head's title, meta tags and base: a copy without the rest is the same.
      const searchOnly = { disableJSONLD: true };
      const expectedWithoutJsonLd = await parse((clone) => new Readability(clone, searchOnly));
      const copied = await parse((_, doc) => new FastReadability(copyForArticleSearch(doc), searchOnly));
      expect(copied).toEqual(expectedWithoutJsonLd);
      // A search started over rebuilds the body from a copy of the page, not from its markup.
      const restored = await parse(
        (clone, doc) => new FastReadability(clone, {}, () => doc.cloneNode(true) as Document),
      );
      expect(restored).toEqual(expected);
    },
  );
});
