import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { parsePage } from '../../scripts/load-page';

const URL_OF_PAGE = 'https://news.example.test/2024/05/harbour/bridge-opens';
const PARAGRAPH =
  '<p>The new harbour bridge opened to traffic on Saturday morning, three years after the council voted for it and two months later than planned, with the mayor among the first to walk across.</p>';
/** An article whose pictures wait for a lazy loader: one in `data-src`, one only in `<noscript>`. */
const LAZY_PAGE = `<!doctype html><html lang="en"><head><title>Harbour bridge opens</title></head><body>
<article><h1>Harbour bridge opens</h1>${PARAGRAPH}
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/deck.jpg" data-srcset="/img/deck-2x.jpg 2x" alt="The deck"></figure>
${PARAGRAPH}${PARAGRAPH}
<figure><img src="/static/placeholder.gif" alt="The towers"><noscript><img src="/img/towers.jpg" alt="The towers"></noscript></figure>
${PARAGRAPH}${PARAGRAPH}</article></body></html>`;

function contentOf(dom: JSDOM): string {
  try {
    return extractArticle(dom.window.document, URL_OF_PAGE).contentHtml ?? '';
  } finally {
    dom.window.close();
  }
}

describe('lazy-loaded images come back in the stored article', () => {
  it.each([
    // A browser tab parses with scripting on: <noscript> holds its markup as text.
    ['as a browser parses it', () => parsePage(LAZY_PAGE, URL_OF_PAGE)],
    // jsdom's default parse (scripting off) builds elements inside <noscript>.
    [
      'as jsdom parses it by default',
      () => new JSDOM(LAZY_PAGE, { url: URL_OF_PAGE, virtualConsole: new VirtualConsole() }),
    ],
  ])('%s', (_how, parse) => {
    const html = contentOf(parse());
    expect(html).toContain('src="https://news.example.test/img/deck.jpg"');
    expect(html).toContain('srcset="https://news.example.test/img/deck-2x.jpg 2x"');
    expect(html).toContain('src="https://news.example.test/img/towers.jpg"');
    expect(html).not.toMatch(/placeholder\.gif|data:image|&lt;img/);
  });
});

/** An article with one figure between its paragraphs. */
const pageWith = (
  figure: string,
) => `<!doctype html><html lang="en"><head><title>Harbour bridge opens</title></head><body>
<article><h1>Harbour bridge opens</h1>${PARAGRAPH}${PARAGRAPH}<figure>${figure}</figure>${PARAGRAPH}${PARAGRAPH}</article></body></html>`;

describe('a lazy loader that names its picture in a data attribute and repeats it in <noscript>', () => {
  // WordPress's lazy loaders print both (hd-silkes-weinkeller has 28): the engine then leaves the
  // fallback unparsed, for speed, and the picture must still come through from the data attribute.
  const page = pageWith(
    `<img src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E" alt="The deck" data-lazy-src="/img/deck.jpg" data-lazy-srcset="/img/deck-2x.jpg 2x"><noscript><img src="/img/deck.jpg" srcset="/img/deck-2x.jpg 2x" alt="The deck"></noscript>`,
  );

  it('keeps the picture once, with its real URLs', () => {
    const html = contentOf(parsePage(page, URL_OF_PAGE));
    expect(html.match(/<img\b/g)).toHaveLength(1);
    expect(html).toContain('src="https://news.example.test/img/deck.jpg"');
    expect(html).toContain('srcset="https://news.example.test/img/deck-2x.jpg 2x"');
    expect(html).not.toMatch(/data:image|&lt;img/);
  });
});

describe('a <noscript> fallback whose picture the lazy <img> does not name', () => {
  const FALLBACK =
    '<noscript><img src="/img/towers.jpg" srcset="/img/towers-2x.jpg 2x" alt="The towers"></noscript>';
  it.each([
    [
      'a placeholder in data-src',
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lazy-placeholder.png">',
    ],
    [
      'a low-resolution preview in data-src',
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/towers-20w.jpg">',
    ],
    ['the same picture but no srcset waiting', '<img class="lazyload" data-src="/img/towers.jpg">'],
  ])('takes the fallback’s picture and srcset over %s', (_what, img) => {
    const html = contentOf(parsePage(pageWith(img + FALLBACK), URL_OF_PAGE));
    expect(html).toContain('src="https://news.example.test/img/towers.jpg"');
    expect(html).toContain('srcset="https://news.example.test/img/towers-2x.jpg 2x"');
    expect(html).not.toMatch(/placeholder|towers-20w|&lt;img/);
  });
});

describe("a page's <base href>", () => {
  // Readability resolves what the page had against the document's base URL, as the browser does; a
  // lazy loader's URL moved into `src` afterwards must resolve against the same base.
  // A placeholder file, not a data: URL: Readability's own lazy-image step leaves it in place.
  const lazyPage = pageWith(
    `<img src="img/lazy-placeholder.gif" data-src="img/deck.jpg" data-srcset="img/deck-2x.jpg 2x" alt="The deck">`,
  );
  const withBase = (base: string) => lazyPage.replace('<head>', `<head><base href="${base}">`);

  it('is what a lazy-loaded picture and the lead image resolve against', () => {
    const dom = parsePage(withBase('https://cdn.news.example.test/assets/'), URL_OF_PAGE);
    const article = extractArticle(dom.window.document, URL_OF_PAGE);
    dom.window.close();
    expect(article.contentHtml).toContain('src="https://cdn.news.example.test/assets/img/deck.jpg"');
    expect(article.contentHtml).toContain('srcset="https://cdn.news.example.test/assets/img/deck-2x.jpg 2x"');
    expect(article.leadImage?.url).toBe('https://cdn.news.example.test/assets/img/deck.jpg');
  });

  it('is read against the page URL given, also where the document was parsed without it', () => {
    const dom = new JSDOM(withBase('/assets/'), { virtualConsole: new VirtualConsole() });
    expect(contentOf(dom)).toContain('src="https://news.example.test/assets/img/deck.jpg"');
  });

  it('is the first HTML <base>: not an SVG <base>, and read as the URL parser reads it', () => {
    // Chromium resolves nothing against an SVG <base>.
    const svgBase = lazyPage.replace(
      '<article>',
      '<svg><base href="https://elsewhere.test/svg/"/></svg><article>',
    );
    expect(contentOf(parsePage(svgBase, URL_OF_PAGE))).toContain(
      'src="https://news.example.test/2024/05/harbour/img/deck.jpg"',
    );
    // A no-break space is part of the URL, as the browser reads it, not white space to trim.
    expect(contentOf(parsePage(withBase('\u00a0/nb/'), URL_OF_PAGE))).toContain(
      'src="https://news.example.test/2024/05/harbour/%C2%A0/nb/img/deck.jpg"',
    );
  });

  it('is ignored when it is not http(s)', () => {
    const html = contentOf(parsePage(withBase('javascript:alert(1)//'), URL_OF_PAGE));
    expect(html).toContain('src="https://news.example.test/2024/05/harbour/img/deck.jpg"');
  });
});

describe('URLs in the stored article', () => {
  it('keeps an image CDN’s commas inside each srcset URL, lazy or not', () => {
    // A placeholder file and no "lazy" class: Readability's own lazy-image step leaves this <img> to ours.
    const html = contentOf(
      parsePage(
        pageWith(
          '<img src="/img/c_fill,w_80/deck.jpg" srcset="/img/c_fill,w_80/deck.jpg 80w,/img/c_fit,w_320/deck.jpg 320w" alt="The deck">' +
            '<img src="/static/placeholder.gif" data-src="/img/c_fill,w_80/towers.jpg" data-srcset="/img/c_fill,w_80/towers.jpg 80w, /img/c_fit,w_320/towers.jpg 320w" alt="The towers">',
        ),
        URL_OF_PAGE,
      ),
    );
    expect(html).toContain(
      'srcset="https://news.example.test/img/c_fill,w_80/deck.jpg 80w,https://news.example.test/img/c_fit,w_320/deck.jpg 320w"',
    );
    expect(html).toContain('src="https://news.example.test/img/c_fill,w_80/towers.jpg"');
    expect(html).toContain(
      'srcset="https://news.example.test/img/c_fill,w_80/towers.jpg 80w, https://news.example.test/img/c_fit,w_320/towers.jpg 320w"',
    );
  });

  it('points a link with an empty href at the page, not at the reader showing it', () => {
    const html = contentOf(parsePage(pageWith('<a href="">The bridge, in pictures</a>'), URL_OF_PAGE));
    expect(html).toContain(`<a href="${URL_OF_PAGE}"`);
  });

  it.each([
    [
      'parsed without its address',
      (page: string) => new JSDOM(page, { virtualConsole: new VirtualConsole() }),
    ],
    [
      'whose <base> jsdom honours and a browser refuses',
      (page: string) =>
        parsePage(page.replace('<head>', '<head><base href="javascript:void(0)//">'), URL_OF_PAGE),
    ],
  ])('resolves links and images against the page’s URL in a document %s', (_what, parse) => {
    const html = contentOf(
      parse(
        pageWith('<img src="/img/deck.jpg" alt="The deck"><a href="/2024/05/harbour/more">More pictures</a>'),
      ),
    );
    expect(html).toContain('src="https://news.example.test/img/deck.jpg"');
    expect(html).toContain('href="https://news.example.test/2024/05/harbour/more"');
  });
});
