import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle, type ArticleVerdict, type ExtractedArticle } from '../../src/extract';

// Documents a content script can meet that have no article at all, or a pathological one:
// each gives a clear answer ("not an article", or an article), never an exception.
const URL_ = 'https://www.harbour-news.test/city/2024/03/05/council-approves-harbour-bridge';

function run(
  html: string,
  prepare?: (doc: Document) => void,
  url = URL_,
): { verdict: ArticleVerdict; article: ExtractedArticle } {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    prepare?.(doc);
    return { verdict: detectArticle(doc, url), article: extractArticle(doc, url) };
  } finally {
    dom.window.close();
  }
}

/** A long article: many paragraphs of distinct running prose. */
function hugeArticle(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the council report goes on about the harbour bridge, its cost, ` +
      `its lanes and the ${i % 7} objections received from residents of district ${i % 13}.</p>`,
  ).join('\n');
  return (
    '<!DOCTYPE html><html lang="en"><head><title>The full council report</title>' +
    '<meta property="og:type" content="article"></head><body><article><h1>The full council report</h1>' +
    `${body}</article></body></html>`
  );
}

describe('edge documents', () => {
  it.each([
    ['an empty string', ''],
    ['white space only', ' \n\t '],
    ['an empty body', '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>'],
    ['only scripts and styles', '<html><body><script>var a = 1;</script><style>p{}</style></body></html>'],
    [
      'a frameset',
      '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
    ],
    ['a page that is one image', '<html><body><img src="https://x.test/a.jpg" alt="a"></body></html>'],
    ['binary garbage', '\u0000\u0001\u0002\ufffd\ufffd<<<>>>&&&;;'],
  ])('%s → not an article, without throwing', (_what, html) => {
    const { verdict, article } = run(html);
    expect(verdict.isArticle).toBe(false);
    expect(article.isArticle).toBe(false);
    expect(article.url).toBe(URL_);
  });

  it('a document whose <body> was removed → not an article, without throwing', () => {
    const { verdict, article } = run(
      '<html><head><title>x</title></head><body><p>x</p></body></html>',
      (doc) => doc.body.remove(),
    );
    expect(verdict).toMatchObject({ isArticle: false, signals: [{ name: 'no-body' }] });
    expect(article).toMatchObject({ isArticle: false, contentHtml: null, text: null });
  });

  it('a document without a root element → not an article, without throwing', () => {
    const { verdict, article } = run('<p>x</p>', (doc) => doc.documentElement.remove());
    expect(verdict.isArticle).toBe(false);
    expect(article.isArticle).toBe(false);
  });

  it('an unreadable URL → a verdict that says so, without throwing', () => {
    const dom = new JSDOM('<p>x</p>');
    try {
      const verdict = detectArticle(dom.window.document, 'not a url');
      expect(verdict.signals.map((s) => s.name)).toContain('url-unreadable');
    } finally {
      dom.window.close();
    }
  });

  it('a huge page (5,000 paragraphs) → an article with all of its text', () => {
    const { verdict, article } = run(hugeArticle(5000));
    expect(verdict.isArticle).toBe(true);
    expect(article.isArticle).toBe(true);
    expect(article.title).toBe('The full council report');
    expect(article.text).toContain('Paragraph 1 of the council report');
    expect(article.text).toContain('Paragraph 5000 of the council report');
    expect(article.wordCount).toBeGreaterThan(5000 * 20);
  });
});

describe('the canonical address', () => {
  const page = (head: string, url: string): string | null =>
    run(`<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`, undefined, url).article
      .canonicalUrl;

  it('skips a site root given as an article’s canonical link for its og:url', () => {
    const head =
      '<link rel="canonical" href="https://www.harbour-news.test/"><meta property="og:url" content="/city/bridge">';
    expect(page(head, URL_)).toBe('https://www.harbour-news.test/city/bridge');
  });

  it('skips a site root given as the canonical address of a post at /?p=101', () => {
    expect(
      page('<meta property="og:url" content="https://blog.example/">', 'https://blog.example/?p=101'),
    ).toBeNull();
  });

  it('resolves a relative link against the page’s <base href>, as the browser does', () => {
    const head = '<base href="https://www.harbour-news.test/city/"><link rel="canonical" href="bridge">';
    expect(page(head, 'https://m.harbour-news.test/city/bridge?amp=1')).toBe(
      'https://www.harbour-news.test/city/bridge',
    );
  });

  it('keeps a home page’s own root as its canonical address', () => {
    const home = 'https://www.harbour-news.test/?utm_source=feed';
    expect(page('<link rel="canonical" href="/">', home)).toBe('https://www.harbour-news.test/');
  });
});
