import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { extractSiteName } from '../../src/extract/extract-site-info';
import { readPageContext } from '../../src/extract/page-context';
import { siteNameInTitle } from '../../src/extract/site-name-in-title';
import { corpusCase, withPage } from './corpus';

const URL_ = 'https://www.example-news.com/2024/05/story';

function statedSiteName(head: string, body = ''): string | null {
  const dom = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, {
    url: URL_,
  });
  try {
    return extractSiteName(readPageContext(dom.window.document, URL_));
  } finally {
    dom.window.close();
  }
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('siteNameInTitle', () => {
  it.each([
    ['Intendanten-Wechsel beim MDR – Du bist Halle', 'dubisthalle.de', 'Du bist Halle'],
    ['News - Eawag', 'www.eawag.ch', 'Eawag'],
    ['Coronavirus: Was jetzt gilt - DER SPIEGEL', 'www.spiegel.de', 'DER SPIEGEL'],
    ['Jamie joins the war on toxic food | Daily Mail Online', 'www.dailymail.co.uk', 'Daily Mail Online'],
    ['stern.de | Brexit-Votum vertagt', 'www.stern.de', 'stern.de'],
    ['Katzendecke zweilagig - | ✂ Uniqz®', 'uniqz.de', 'Uniqz®'],
  ])('reads the part of "%s" that spells %s', (title, host, name) => {
    expect(siteNameInTitle(title, host)).toBe(name);
  });

  it.each([
    // A headline that starts with the domain's word is not the site's name.
    ['Apple Park opens its doors | Newsroom', 'www.apple.com'],
    // The domain's name must be spelt whole: "Berlin" is not berliner-zeitung.de.
    ['Mieten steigen weiter | Berlin', 'www.berliner-zeitung.de'],
    // Nor a short word inside another ("ndr" in "Wandrer").
    ['Der Wandrer - Gedichte', 'www.ndr.de'],
    ['A title with no separator', 'www.example.com'],
    ['Headline | The New York Times', 'www.nytimes.com'],
    // A headline that names the site a few words in is a headline.
    ['Ein Titel über die Handelsblatt-Konferenz - Wirtschaft', 'www.handelsblatt.com'],
    // Only the first and last parts can name the site.
    ['Politik - Handelsblatt - Ein Bericht über die Lage', 'www.handelsblatt.com'],
  ])('finds no site name in "%s" on %s', (title, host) => {
    expect(siteNameInTitle(title, host)).toBeNull();
  });
});

describe('extractSiteName', () => {
  it('prefers og:site_name to every other statement', () => {
    const head = `<meta property="og:site_name" content="Example News">${jsonLd({
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: 'Example Media Group' },
    })}`;
    expect(statedSiteName(head)).toBe('Example News');
  });

  it("follows the article's JSON-LD publisher by reference", () => {
    const head = jsonLd({
      '@graph': [
        { '@type': 'NewsArticle', headline: 'A', publisher: { '@id': '#org' } },
        { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'The Example Times' },
      ],
    });
    expect(statedSiteName(head)).toBe('The Example Times');
  });

  it("reads the microdata publisher's own name, not its logo's", () => {
    const body = `<article itemscope itemtype="https://schema.org/NewsArticle">
      <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
        <div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject">
          <meta itemprop="name" content="Logo of Litradio"><meta itemprop="url" content="/logo.png">
        </div>
        <meta itemprop="name" content="Litradio">
      </div></article>`;
    expect(statedSiteName('', body)).toBe('Litradio');
  });

  it('reads the JSON-LD WebSite when no publisher is named', () => {
    const head = jsonLd({ '@type': 'WebSite', name: 'Kölner Stadt-Anzeiger', url: 'https://www.ksta.de/' });
    expect(statedSiteName(head)).toBe('Kölner Stadt-Anzeiger');
  });

  it('states nothing from the title alone', () => {
    expect(statedSiteName('<title>Story - Example News</title>')).toBeNull();
  });
});

describe('siteName in an extraction', () => {
  it("shows the title's site name, and a blog named after its author keeps its author", () => {
    const url = 'https://www.janedoe.net/2024/05/on-walking';
    const html = `<!doctype html><html><head><title>On walking | Jane Doe</title>
      <meta name="author" content="Jane Doe"></head><body><article><h1>On walking</h1>
      ${'<p>Walking is the oldest way to think, and the cheapest, and it asks for nothing but time.</p>'.repeat(6)}
      </article></body></html>`;
    const dom = new JSDOM(html, { url });
    try {
      const article = extractArticle(dom.window.document, url);
      expect(article.siteName).toBe('Jane Doe');
      expect(article.authors).toEqual(['Jane Doe']);
    } finally {
      dom.window.close();
    }
  });

  it.each([
    ['hd-dubisthalle.de-Intendanten-Wechsel', 'Du bist Halle'],
    ['hd-eawag.ch-elektron', 'Eawag'],
    ['hd-litradio.net.bossong', 'Litradio'],
  ])('names the site of corpus page %s', async (id, name) => {
    const page = corpusCase('htmldate-dev', id);
    const article = await withPage(page, (doc) => extractArticle(doc, page.url));
    expect(article.siteName).toBe(name);
  });
});
