import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { extractShownSiteName, extractSiteName } from '../../src/extract/extract-site-info';
import { readPageContext } from '../../src/extract/page-context';
import { siteNameInTitle } from '../../src/extract/site-name-in-title';
import { corpusCase, withPage } from './corpus';

const URL_ = 'https://www.example-news.com/2024/05/story';

/** The stated site name and the one shown, of a page with this head and body. */
function siteNamesOf(head: string, body = ''): { stated: string | null; shown: string | null } {
  const dom = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, {
    url: URL_,
  });
  try {
    const page = readPageContext(dom.window.document, URL_);
    const stated = extractSiteName(page);
    return { stated, shown: extractShownSiteName(page, stated) };
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
    ['Jamie joins the war on toxic food | dailymail.co.uk', 'www.dailymail.co.uk', 'dailymail.co.uk'],
    ['stern.de | Brexit-Votum vertagt', 'www.stern.de', 'stern.de'],
    ['Katzendecke zweilagig - | ✂ Uniqz®', 'uniqz.de', 'Uniqz®'],
    ['Top stories | AP News', 'apnews.com', 'AP News'],
    // A short name is the site's, not a two-part ending: zdh.de is not "www".
    ['Förderstopp trifft Betriebe - ZDH', 'www.zdh.de', 'ZDH'],
    ['Nachrichten aus Kenia | ABC News', 'www.abc.net.au', 'ABC News'],
    ['Erfolgsgeschichte - WEISSER RING e. V.', 'weisser-ring.de', 'WEISSER RING e. V.'],
    ['Évaluation et listes - La Vie des idées', 'laviedesidees.fr', 'La Vie des idées'],
    ['Golem.de | IT-News für Profis', 'www.golem.de', 'Golem.de'],
    ['World News Tonight | ABC News', 'abcnews.go.com', 'ABC News'],
    // Umlauts and ß as a German domain spells them (hd-schweizerjaeger, tf-oekologisch-bauen).
    ['Die Lage in Bayern - Süddeutsche Zeitung', 'www.sueddeutsche.de', 'Süddeutsche Zeitung'],
    ['Steinkauz - SCHWEIZER JÄGER Online', 'www.schweizerjaeger.ch', 'SCHWEIZER JÄGER Online'],
    ['Energieeffizienz | Ökologisch Bauen', 'oekologisch-bauen.info', 'Ökologisch Bauen'],
    ['Straßen gesperrt - Strassenbau News', 'strassenbau.test', 'Strassenbau News'],
    ['Straßenbau | Nachrichten', 'strassenbau.test', 'Straßenbau'],
    // Decomposed ("u" and a combining diaeresis) and capital sharp s.
    ['Die Lage - Su\u0308ddeutsche Zeitung', 'www.sueddeutsche.de', 'Su\u0308ddeutsche Zeitung'],
    ['Die Lage - STRAẞENBAU NEWS', 'strassenbau.test', 'STRAẞENBAU NEWS'],
    // A long title: its last part is read however long the headline.
    [`${'Headline '.repeat(50)}| Example News`, 'www.example-news.com', 'Example News'],
  ])('reads the part of "%s" that spells %s', (title, host, name) => {
    expect(siteNameInTitle(title, host)).toBe(name);
  });

  it.each([
    // A headline that starts with the domain's name, or names it a few words in, is a headline.
    ['Apple Music arrives - Newsroom', 'www.apple.com'],
    ["Time's Up | Opinion", 'time.com'],
    ['Election Time | Opinion', 'time.com'],
    ['Im Focus | Kolumne', 'www.focus.de'],
    ['Ein Bericht im Handelsblatt - Wirtschaft', 'www.handelsblatt.com'],
    // A first part is the name alone: "Apple News" there is a headline (a last part may say "News").
    ['Apple News - Newsroom', 'www.apple.com'],
    // The domain's name must be spelt whole: "Berlin" is not berliner-zeitung.de.
    ['Mieten steigen weiter | Berlin', 'www.berliner-zeitung.de'],
    // Nor a short name inside a word ("ndr" in "Wandrer").
    ['Der Wandrer - Gedichte', 'www.ndr.de'],
    // Only the first and last parts can name the site.
    ['Politik - Handelsblatt - Ein Bericht über die Lage', 'www.handelsblatt.com'],
    // A title of one part is the headline (or, on a home page, the site's name alone).
    ['Example', 'www.example.com'],
    ['Headline | The New York Times', 'www.nytimes.com'],
    // A subdomain is the site's section, not its name.
    ['Announcing v2 | Blog', 'blog.example.co.uk'],
    ['Neue Folge | Blog', 'blog.ndr.de'],
    // Hosts that give users subdomains: the title names the platform.
    ['My first post | GitHub', 'jane.github.io'],
    ['Mein Garten – WordPress.com', 'jane.wordpress.com'],
    // An address has no name.
    ['Top 10 | 1', '192.168.1.1'],
  ])('finds no site name in "%s" on %s', (title, host) => {
    expect(siteNameInTitle(title, host)).toBeNull();
  });

  it('splits a title spaced with no-break spaces and new lines', () => {
    expect(siteNameInTitle('Headline\u00a0|\nExample', 'www.example.com')).toBe('Example');
  });
});

describe('extractSiteName and extractShownSiteName', () => {
  it('prefer og:site_name to every other statement', () => {
    const head = `<meta property="og:site_name" content="Example News">${jsonLd({
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: 'Example Media Group' },
    })}`;
    expect(siteNamesOf(head)).toEqual({ stated: 'Example News', shown: 'Example News' });
  });

  it("show the article's JSON-LD publisher found by reference", () => {
    const head = jsonLd({
      '@graph': [
        { '@type': 'NewsArticle', headline: 'A', publisher: { '@id': '#org' } },
        { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'The Example Times' },
      ],
    });
    expect(siteNamesOf(head)).toEqual({ stated: null, shown: 'The Example Times' });
  });

  it("show the microdata publisher's own name, not its logo's", () => {
    const body = `<article itemscope itemtype="https://schema.org/NewsArticle">
      <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
        <div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject">
          <meta itemprop="name" content="Logo of Litradio"><meta itemprop="url" content="/logo.png">
        </div>
        <meta itemprop="name" content="Litradio">
      </div></article>`;
    expect(siteNamesOf('', body).shown).toBe('Litradio');
  });

  it("show no publisher of another item (a reviewed book's)", () => {
    const body = `<div itemscope itemtype="https://schema.org/Book"><h2 itemprop="name">Dubliners</h2>
      <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
        <span itemprop="name">Penguin Classics</span></div></div>`;
    expect(siteNamesOf('', body).shown).toBeNull();
  });

  it('show no JSON-LD name longer than a name', () => {
    expect(siteNamesOf(jsonLd({ '@type': 'WebSite', name: 'Example '.repeat(20) })).shown).toBeNull();
  });

  it('show the JSON-LD WebSite when no publisher is named', () => {
    const head = jsonLd({ '@type': 'WebSite', name: 'Kölner Stadt-Anzeiger', url: 'https://www.ksta.de/' });
    expect(siteNamesOf(head)).toEqual({ stated: null, shown: 'Kölner Stadt-Anzeiger' });
  });

  it("show the title's part that spells the domain, and state nothing from it", () => {
    expect(siteNamesOf('<title>Story - Example News</title>')).toEqual({
      stated: null,
      shown: 'Example News',
    });
  });

  it('read a WebSite name nested in arrays deeper than the stack goes as no name', () => {
    const deepName = `${'['.repeat(20_000)}"x"${']'.repeat(20_000)}`;
    const script = `<script type="application/ld+json">{"@type": "WebSite", "name": ${deepName}}</script>`;
    expect(siteNamesOf(script).shown).toBeNull();
    expect(siteNamesOf(jsonLd({ '@type': 'WebSite', name: [['Example']] })).shown).toBe('Example');
  });
});

describe('siteName in an extraction', () => {
  /** What extraction gives for `html` served from `url`. */
  function extractFrom(url: string, html: string) {
    const dom = new JSDOM(html, { url });
    try {
      return extractArticle(dom.window.document, url);
    } finally {
      dom.window.close();
    }
  }

  /** A personal blog's post: `head` says who publishes it. */
  const blogPost = (head: string) =>
    extractFrom(
      'https://www.janedoe.net/2024/05/on-walking',
      `<!doctype html><html><head><title>On walking | Jane Doe</title>${head}</head><body>
      <article><h1>On walking</h1>
      ${'<p>Walking is the oldest way to think, and the cheapest, and it asks for nothing but time.</p>'.repeat(6)}
      </article></body></html>`,
    );

  it("shows a blog's title as its site name, and the blog keeps its author of the same name", () => {
    const article = blogPost(
      jsonLd({ '@type': 'BlogPosting', author: { '@type': 'Person', name: 'Jane Doe' } }),
    );
    expect(article.siteName).toBe('Jane Doe');
    expect(article.authors).toEqual(['Jane Doe']);
  });

  it('keeps the author of a blog whose JSON-LD names her as publisher and as the website', () => {
    const article = blogPost(
      jsonLd({
        '@graph': [
          { '@type': 'BlogPosting', author: { '@id': '#jane' }, publisher: { '@id': '#jane' } },
          { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
          { '@type': 'WebSite', name: 'Jane Doe' },
        ],
      }),
    );
    expect(article.authors).toEqual(['Jane Doe']);
    expect(article.siteName).toBe('Jane Doe');
  });

  /** A club's news page: `head` and a headline of the given text. */
  const newsPage = (head: string, headline: string) =>
    extractFrom(
      'https://www.handball.test/de/news/2022/cup-vorschau',
      `<!doctype html><html><head>${head}</head><body><article><h1>${headline}</h1>
      ${'<p>Der Cup-Achtelfinal bringt zwei Brüder gegeneinander aufs Feld, und die Halle ist ausverkauft.</p>'.repeat(6)}
      </article></body></html>`,
    );

  it('does not show the page title a CMS copied into application-name as the site name', () => {
    const headline = 'Beim BSV Stans freut man sich auf ein Bruderduell';
    const head = `<title>${headline} - Handball Schweiz</title><meta name="application-name" content="${headline} - Handball Schweiz">`;
    expect(newsPage(head, headline).siteName).toBeNull();
    // The next source along names the site.
    const publisher = jsonLd({ '@type': 'WebSite', name: 'Handball Schweiz' });
    expect(newsPage(head + publisher, headline).siteName).toBe('Handball Schweiz');
  });

  it('reads the headline in a name whatever the punctuation between their words', () => {
    const head = `<meta property="og:site_name" content="EFF's Annual Report 2015: Electronic Frontier Foundation">`;
    expect(newsPage(head, 'EFF’s Annual Report 2015').siteName).toBeNull();
  });

  it('keeps a name that a short headline is a word of', () => {
    const head = '<title>Design</title><meta property="og:site_name" content="Studio Design Werk">';
    expect(newsPage(head, 'Design').siteName).toBe('Studio Design Werk');
    const longer = '<meta property="og:site_name" content="Handball Schweiz Cup Vorschau">';
    // Four words, but not the name's own: "ball" is half of one.
    expect(newsPage(longer, 'ball Schweiz Cup Vorschau').siteName).toBe('Handball Schweiz Cup Vorschau');
  });

  it.each([
    ['hd-handball.ch-bruderduell', null],
    ['hd-dubisthalle.de-Intendanten-Wechsel', 'Du bist Halle'],
    ['hd-eawag.ch-elektron', 'Eawag'],
    ['hd-litradio.net.bossong', 'Litradio'],
  ])('names the site of corpus page %s', async (id, name) => {
    const page = corpusCase('htmldate-dev', id);
    const article = await withPage(page, (doc) => extractArticle(doc, page.url));
    expect(article.siteName).toBe(name);
  });
});
