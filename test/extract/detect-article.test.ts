import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle } from '../../src/extract';
import { loadPage } from '../../scripts/load-page';
import { REPO_ROOT, corpusCase, withPage, type CorpusFolder } from './corpus';

const FIXTURES = resolve(REPO_ROOT, 'test/fixtures/extract');

/** Hand-made pages that are not articles, each at the URL it would have and at an article-like URL. */
const notArticleFixtures = [
  ['home-front.html', 'a home page: a dozen teasers', 'https://www.harbour-news.test/'],
  ['home-front.html', 'a section front: the same teasers', 'https://www.harbour-news.test/city/'],
  [
    'home-front.html',
    'a teaser page at an article-like URL (the page itself must decide it)',
    'https://www.harbour-news.test/city/2024/03/04/harbour-bridge-vote-set-for-tuesday',
  ],
  ['search-results.html', 'a search result page', 'https://www.harbour-news.test/search?q=bridge'],
  [
    'search-results.html',
    'a search result page at a slug-like URL',
    'https://www.harbour-news.test/results/bridge-vote-results-page',
  ],
  ['contact.html', 'a short contact page', 'https://www.harbour-news.test/contact'],
  [
    'teaser-list.html',
    'a section front whose teasers have long summaries, each under its headline and a kicker line: not running prose',
    'https://www.harbour-news.test/city',
  ],
] as const;

describe('detectArticle: pages that are not articles', () => {
  it.each(notArticleFixtures)(
    '%s, %s → not an article, with the signals that said so',
    (file, _what, url) => {
      const dom = loadPage(resolve(FIXTURES, file), url);
      try {
        const verdict = detectArticle(dom.window.document, url);
        expect(verdict.isArticle, JSON.stringify(verdict.signals)).toBe(false);
        expect(verdict.signals.some((s) => s.weight < 0)).toBe(true);
        expect(extractArticle(dom.window.document, url).isArticle).toBe(false);
      } finally {
        dom.window.close();
      }
    },
  );

  it.each<[CorpusFolder, string, string]>([
    ['htmldate-dev', 'hd-stuttgart.de', "a city's home page"],
    ['trafilatura-dev', 'tf-villacc.de.galaxy', 'a holiday villa to rent'],
    ['trafilatura-dev', 'tf-uniqz.de.katzendecke', 'a shop product page ("In den Warenkorb")'],
  ])('%s/%s, %s → not an article', async (folder, id) => {
    const c = corpusCase(folder, id);
    const verdict = await withPage(c, (doc) => detectArticle(doc, c.url));
    expect(verdict.isArticle, JSON.stringify(verdict.signals)).toBe(false);
    expect(verdict.signals.length).toBeGreaterThan(0);
  });
});

describe('detectArticle: news articles from the corpus', () => {
  it.each([
    'nytimes-1',
    'nytimes-2',
    'bbc-1',
    'guardian-1',
    'wapo-1',
    'lemonde-1',
    'telegraph',
    'seattletimes-1',
  ])('readability/%s → an article', async (id) => {
    const c = corpusCase('readability', id);
    const verdict = await withPage(c, (doc) => detectArticle(doc, c.url));
    expect(verdict.isArticle, JSON.stringify(verdict.signals)).toBe(true);
    expect(verdict.score).toBeGreaterThanOrEqual(3);
    // extractArticle, which hands detection the meta tags it read, gives the same verdict.
    const extracted = await withPage(c, (doc) => extractArticle(doc, c.url));
    expect(extracted.isArticle).toBe(true);
  });
});

describe('detectArticle: articles without much <p> prose or metadata', () => {
  it.each<[CorpusFolder, string, string]>([
    [
      'htmldate-dev',
      'hd-dw.com-elephants',
      'a short Deutsche Welle news story (two long paragraphs, no og:type)',
    ],
    ['htmldate-dev', 'hd-blog.python.org', 'a Blogger post whose text is lines split by <br>, not <p>'],
    [
      'htmldate-dev',
      'hd-bumsbutzener-gumpfen.blogspot.com.tach-auch',
      'a Blogger post with a short <p> or two and the rest of its text split by <br>',
    ],
  ])('%s/%s, %s → an article', async (folder, id) => {
    const c = corpusCase(folder, id);
    const verdict = await withPage(c, (doc) => detectArticle(doc, c.url));
    expect(verdict.isArticle, JSON.stringify(verdict.signals)).toBe(true);
  });
});

describe('detectArticle: articles that call themselves a website', () => {
  // Many CMSs (TYPO3, government sites, public broadcasters) set og:type "website" on every page;
  // paragraphs that follow one another in one container are an article's text, not teasers.
  it.each<[CorpusFolder, string, string]>([
    ['htmldate-dev', 'hd-tagesschau.de.rheinmetall', "a public broadcaster's investigative story"],
    ['htmldate-dev', 'hd-be.ch-impfen', "a canton's press release"],
    ['htmldate-dev', 'hd-berkutschi.com-willingen', 'a sports news story'],
  ])('%s/%s, %s → an article, for its running prose', async (folder, id) => {
    const c = corpusCase(folder, id);
    const verdict = await withPage(c, (doc) => detectArticle(doc, c.url));
    expect(verdict.signals.map((s) => s.name)).toContain('og-type-website');
    expect(verdict.signals.map((s) => s.name)).toContain('running-prose');
    expect(verdict.isArticle, JSON.stringify(verdict.signals)).toBe(true);
  });

  it('htmldate-dev/hd-kinra.de: a blog post at its plain permalink ("/?p=959") is not the home page', async () => {
    const c = corpusCase('htmldate-dev', 'hd-kinra.de');
    expect(new URL(c.url).pathname).toBe('/');
    const verdict = await withPage(c, (doc) => detectArticle(doc, c.url));
    expect(verdict.signals.map((s) => s.name)).not.toContain('url-is-home');
    expect(verdict.isArticle, JSON.stringify(verdict.signals)).toBe(true);
    // The same page at the bare home URL is scored as a home page.
    const atHome = await withPage(c, (doc) => detectArticle(doc, 'http://blog.kinra.de/?lang=de'));
    expect(atHome.signals.map((s) => s.name)).toContain('url-is-home');
  });
});

describe('detectArticle: a post body without <p>', () => {
  const postWith = (code: string) =>
    `<!doctype html><html><body><div class="post-body">${'A line of the post.<br>'.repeat(25)}${code}</div></body></html>`;
  const verdictOf = (html: string) => {
    // Straight into jsdom, which keeps <style> text as a browser does (the batch loader empties it).
    const dom = new JSDOM(html, { url: 'https://blog.example.test/2024/05/a-post-about-lines' });
    try {
      return detectArticle(dom.window.document, dom.window.location.href);
    } finally {
      dom.window.close();
    }
  };

  it('measures its text, not the CSS, script or <noscript> markup inside it', () => {
    const css = `<style>${'.post-body p { margin: 0 0 1em; color: #222; } '.repeat(20)}</style>`;
    const script = `<script>${'window.dataLayer.push({ event: "view" }); '.repeat(20)}</script>`;
    expect(verdictOf(postWith('')).signals.map((s) => s.name)).toContain('no-prose');
    expect(verdictOf(postWith(css + script)).signals.map((s) => s.name)).toContain('no-prose');
    // A browser holds <noscript> markup as text: fallback image tags are no prose either.
    const fallback =
      '<noscript>&lt;img src="/images/a-picture-of-the-harbour-bridge-at-night.jpg" alt=""&gt;</noscript>';
    expect(verdictOf(postWith(fallback.repeat(8))).signals.map((s) => s.name)).toContain('no-prose');
    expect(verdictOf(postWith('More lines of the post. '.repeat(20))).signals.map((s) => s.name)).toContain(
      'prose-in-container',
    );
  });
});

describe('detectArticle: a paragraph with CSS inside', () => {
  it('counts a paragraph by its text, not a <style> block inside it, which a browser keeps (hd-elle.de)', () => {
    const css = `<style>${'.newsletter__optin-text strong { font-family: unset; } '.repeat(5)}</style>`;
    // Straight into jsdom, which keeps <style> text as a browser does (the batch loader empties it).
    const dom = new JSDOM(
      `<!doctype html><html><body><h1>A headline</h1><p>${css}Short.</p>${'<p>A short line.</p>'.repeat(3)}</body></html>`,
      { url: 'https://magazin.example.test/2024/05/a-story' },
    );
    try {
      const signals = detectArticle(dom.window.document, dom.window.location.href).signals;
      expect(signals.map((s) => s.name)).not.toContain('some-prose');
      expect(signals.map((s) => s.name)).toContain('no-prose');
    } finally {
      dom.window.close();
    }
  });
});
