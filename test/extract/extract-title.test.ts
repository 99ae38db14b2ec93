import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/extract/decode-entities';
import { extractTitle } from '../../src/extract/extract-title';
import { readPageContext } from '../../src/extract/page-context';

const URL_ = 'https://zeitung.test/wirtschaft/2022/zinsen-privatkredit';

function titleOf(head: string, body: string, siteName: string | null = 'Zeitung'): string | null {
  const dom = new JSDOM(`<html><head>${head}</head><body>${body}<p>Text.</p></body></html>`, { url: URL_ });
  try {
    return extractTitle(readPageContext(dom.window.document, URL_), siteName).title;
  } finally {
    dom.window.close();
  }
}

const seoTitle =
  '<meta property="og:title" content="Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten | Zeitung">';

describe('extractTitle', () => {
  it('takes the visible headline over an SEO title that says something else (tf-smava, tf-heizung)', () => {
    expect(
      titleOf(seoTitle, '<article><h1>Wie hoch sind die Zinsen für einen Privatkredit?</h1></article>'),
    ).toBe('Wie hoch sind die Zinsen für einen Privatkredit?');
  });

  it('takes the metadata’s words when the heading runs on into a date and categories (hd-hvw-online)', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="Zuschauerrückkehr bei den Proficlubs der Region">',
        '<h1>Zuschauerrückkehr bei den Proficlubs der Region <span>02.02.2022 • Verband, Presse</span></h1>',
      ),
    ).toBe('Zuschauerrückkehr bei den Proficlubs der Region');
  });

  it('matches a heading against every metadata title, not only the first (hd-handelsblatt)', () => {
    expect(
      titleOf(
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Der enge Partner wird zum Fremden"}</script>
         <meta name="twitter:title" content="Deutschland, Frankreich und die Rückkehr der Ressentiments">`,
        '<h1>Corona</h1><h2>Deutschland, Frankreich und die Rückkehr der Ressentiments</h2>',
      ),
    ).toBe('Deutschland, Frankreich und die Rückkehr der Ressentiments');
  });

  it('takes the heading that prints a metadata title word for word over a blog name the <title> ends with (hd-marktplatz)', () => {
    expect(
      titleOf(
        `<title>Alles hat seine Zeit&#8230; | Marktplatz für ein gutes Leben</title>
         <meta property="og:title" content="Alles hat seine Zeit...">`,
        '<h1>Marktplatz für ein gutes Leben</h1><article><h1>Alles hat seine Zeit…</h1></article>',
        null,
      ),
    ).toBe('Alles hat seine Zeit…');
  });

  it('takes the headline, not the standfirst, from a <title> of "Headline - Standfirst : Site" (hd-literaturkritik)', () => {
    expect(
      titleOf(
        '<title>Vom Boden aus gedacht - Ann Cotten verwebt in „Die Anleitungen der Vorfahren“ Lokales und Globales : literaturkritik.de</title>',
        '<h1>Vom Boden aus gedacht</h1><h2>Ann Cotten verwebt in „Die Anleitungen der Vorfahren“ Lokales und Globales</h2>',
        null,
      ),
    ).toBe('Vom Boden aus gedacht');
  });

  it('takes the <h1>, not a kicker <h2> that prints the leading part of the <title>', () => {
    expect(
      titleOf(
        '<title>Krieg in der Ukraine – Selenskyj fordert mehr Waffen | Zeitung</title>',
        '<article><h2 class="kicker">Krieg in der Ukraine</h2><h1>Selenskyj fordert mehr Waffen</h1></article>',
      ),
    ).toBe('Selenskyj fordert mehr Waffen');
  });

  it('skips text only screen readers get, and headings hidden from sight (tf-iass-potsdam, tf-bmbf)', () => {
    expect(
      titleOf(
        '',
        `<header><h1 class="aural" aria-hidden="true">Navigation und Service</h1></header>
         <h1><span class="visuallyhidden">Headline:</span> Energiewende und gesellschaftlicher Wandel</h1>`,
      ),
    ).toBe('Energiewende und gesellschaftlicher Wandel');
  });

  it('drops a kicker printed inside the heading (hd-handwerk-magazin, tf-oekologisch-bauen)', () => {
    expect(
      titleOf(
        '',
        '<h1><span class="entry-title__toptitle">Investitionen in IT-Sicherheit</span> Cyber-Angriffe: 20 Prozent vom Budget</h1>',
      ),
    ).toBe('Cyber-Angriffe: 20 Prozent vom Budget');
  });

  it('leaves out the permalink a documentation page prints beside its heading (readability/mercurial)', () => {
    expect(
      titleOf(
        '<title>Evolve: Shared Mutable History — evolve extension for Mercurial</title>',
        `<h1><a class="toc-backref" href="#id4">Evolve: Shared Mutable History</a><a class="headerlink"
           href="#evolve-shared-mutable-history" title="Permalink to this headline">¶</a></h1>`,
        null,
      ),
    ).toBe('Evolve: Shared Mutable History');
    expect(
      titleOf(
        '',
        '<article><h1>Ten years of WebAssembly <a href="#ten-years" aria-label="Link">#</a></h1></article>',
      ),
    ).toBe('Ten years of WebAssembly');
  });

  it('skips a logo heading that links home, and keeps a short headline inside the article (hd-wir-empfehlen)', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="Truckwash A31Das etwas andere Branchenbuch | Das etwas andere Branchenbuch">',
        `<h1 class="site-title"><a href="https://zeitung.test/" rel="home">Das etwas andere Branchenbuch für Firmen</a></h1>
         <article><h1 class="page-title">Truckwash A31</h1></article>`,
        null,
      ),
    ).toBe('Truckwash A31');
  });

  it('does not take a label ending in a colon or a generic section heading for the headline (hd-bundesrat, hd-eawag)', () => {
    expect(
      titleOf(
        '<title>News - Zeitung</title><meta property="og:title" content="Auf das erste Elektron kommt es an">',
        '<h1>Sie sind hier:</h1><h1>News</h1><h1>Auf das erste Elektron kommt es an</h1>',
      ),
    ).toBe('Auf das erste Elektron kommt es an');
  });

  it('reads headings with soft hyphens as the words they are (hd-bundesrat)', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="Erinnerung an die Opfer der NS-Verbrechen">',
        '<h1>Er\u00adin\u00adne\u00adrung an die Op\u00adfer der NS-Ver\u00adbre\u00adchen</h1>',
      ),
    ).toBe('Erinnerung an die Opfer der NS-Verbrechen');
  });

  it('reads a heading without the CSS-in-JS <style> inside it, as a browser keeps it (hd-be.ch-impfen)', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="Medienmitteilungen">',
        '<main><h1 class="css-1x"><style data-emotion="css 1x">.css-1x{font-size:2em;margin:0}</style>' +
          '<span>Impfen und Boostern ist bis Ende Februar noch überall möglich</span></h1></main>',
        'Kanton Bern',
      ),
    ).toBe('Impfen und Boostern ist bis Ende Februar noch überall möglich');
  });

  it('decodes character references left in metadata by double escaping (hd-finanzmarktwelt, hd-journalistenwatch)', () => {
    expect(
      titleOf('<meta property="og:title" content="Ladensterben immer dramatischer &amp;raquo; Zeitung">', ''),
    ).toBe('Ladensterben immer dramatischer');
  });
});

describe('extractTitle: what a heading prints that is not its headline', () => {
  it('cuts a site name joined by a bare bar, and leaves out ruby pronunciation (hd-nhk.or.jp)', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="NEWS WEB EASY|子どもへの体罰を禁止する法律ができる">',
        '<h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を禁止する法律ができる</h1>',
        'NEWS WEB EASY',
      ),
    ).toBe('子どもへの体罰を禁止する法律ができる');
  });

  it('leaves out a forum prefix badge inside the heading (hd-villagersandheroes: XenForo)', () => {
    expect(
      titleOf(
        '',
        '<h1 class="p-title-value"><span class="label label--royalBlue">Patch Notes</span>Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build</h1>',
      ),
    ).toBe('Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build');
  });

  it('takes a Chinese <h1> for a headline by its characters, not its spaces, and skips a logo <h1>', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="旅遊日記 @ 史蒂文的家">',
        '<h1 class="topbar__logo__title">痞客邦 PIXNET</h1><article><h1>新竹尖石美樹營地賞楓</h1></article>',
        '史蒂文的家',
      ),
    ).toBe('新竹尖石美樹營地賞楓');
  });

  it('cuts a site name after a bare bar even when the headline names the site too', () => {
    expect(
      titleOf('<meta property="og:title" content="Spiegel-Affäre erschüttert Bonn|SPIEGEL">', '', 'SPIEGEL'),
    ).toBe('Spiegel-Affäre erschüttert Bonn');
  });

  it('takes a sponsored <h1> ("headline--branded") for a headline, not a logo', () => {
    expect(
      titleOf('', '<h1 class="headline--branded">Die Zinsen für Privatkredite steigen wieder</h1>'),
    ).toBe('Die Zinsen für Privatkredite steigen wieder');
  });

  it('takes a heading marked itemprop="headline" over a bare <title>, but not over og:title (tf-chadim)', () => {
    const body =
      '<h2>Textplanung</h2><article><h2 itemprop="headline">Schreiben Sie für Ihre Zielgruppe</h2></article>';
    expect(titleOf('<title>der Schreibstil - zeitung.test - Webdesign</title>', body)).toBe(
      'Schreiben Sie für Ihre Zielgruppe',
    );
    expect(titleOf('<meta property="og:title" content="Schreibstil: Ein Leitfaden">', body)).toBe(
      'Schreibstil: Ein Leitfaden',
    );
    // Not a related story's, and not one of a listing's teasers.
    const bare = '<title>der Schreibstil - zeitung.test - Webdesign</title>';
    const teaser = '<div class="related-posts"><h3 itemprop="headline">Meistgelesen: Texte planen</h3></div>';
    expect(titleOf(bare, teaser + body)).toBe('Schreiben Sie für Ihre Zielgruppe');
    const listing =
      '<h2 itemprop="headline">Texte planen und gliedern</h2><h2 itemprop="headline">Ein Leitfaden für Webtexte</h2>';
    expect(titleOf(bare, listing)).toBe('der Schreibstil - zeitung.test - Webdesign');
  });

  it('takes a heading classed as the post title that equals og:title over a blog-name <h1> it overlaps (hd-sibenlab)', () => {
    expect(
      titleOf(
        '<title>privacy policy: SibenLab privacy policy</title><meta property="og:title" content="SibenLab privacy policy">',
        '<header><div><h1 class="title">privacy policy</h1></div></header><div class="post"><h3 class="post-title entry-title">SibenLab privacy policy</h3></div>',
        'privacy policy',
      ),
    ).toBe('SibenLab privacy policy');
    // Not a subheading printing the alternative headline, nor a teaser's heading.
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves new budget: what it means","alternativeHeadline":"Taxes will rise next year"}</script>';
    expect(
      titleOf(
        ld,
        '<article><h1>Council approves new budget</h1><h2 class="headline">Taxes will rise next year</h2></article>',
      ),
    ).toBe('Council approves new budget');
    expect(
      titleOf(
        '<meta property="og:title" content="Mayor resigns after vote">',
        '<article><h1>Exclusive: Mayor resigns after the vote</h1></article><aside><h3 class="c-teaser__headline">Mayor resigns after vote</h3></aside>',
      ),
    ).toBe('Exclusive: Mayor resigns after the vote');
  });

  it('takes the first heading that reads as a headline when the <title> names only the site (tf-nationalrail, hd-carta)', () => {
    const body =
      '<div class="cookie-banner"><h2>We value your privacy here</h2></div><header><h1><img alt=""></h1></header>' +
      '<main><h2>Menü</h2><h2>Rail Replacement Services Travel Advice</h2><h2>More news</h2></main>';
    expect(titleOf('<title>Zeitung -</title>', body)).toBe('Rail Replacement Services Travel Advice');
    expect(titleOf('<title>zeitung.test</title>', body, null)).toBe(
      'Rail Replacement Services Travel Advice',
    );
    // A title of its own is kept, quotes and all, and so is the home page's name.
    expect(titleOf('<title>«Wir sind bereit» – Interview</title>', '')).toBe('«Wir sind bereit» – Interview');
    expect(titleOf('<title>Reisehinweise - Zeitung</title>', body)).toBe('Reisehinweise');
    const dom = new JSDOM(`<html><head><title>Zeitung</title></head><body>${body}</body></html>`, {
      url: 'https://zeitung.test/',
    });
    expect(extractTitle(readPageContext(dom.window.document, 'https://zeitung.test/'), 'Zeitung').title).toBe(
      'Zeitung',
    );
    dom.window.close();
  });

  it('keeps a site name followed by a spaced colon as part of the headline', () => {
    expect(titleOf('<meta property="og:title" content="Zeitung: Die Auflage wächst wieder">', '')).toBe(
      'Zeitung: Die Auflage wächst wieder',
    );
  });
});

describe('extractTitle: metadata that names only the site', () => {
  it('takes no logo heading for the headline because `twitter:title` is the site name (hd-1791336003)', () => {
    const head =
      '<meta name="twitter:title" content="Zeitung"><meta property="og:title" content="Zinsen steigen erneut">';
    const body =
      '<h1><a href="/"><img alt="Logo"><span>Zeitung</span></a></h1><article><h1>Zinsen steigen erneut</h1></article>';
    expect(titleOf(head, body)).toBe('Zinsen steigen erneut');
  });
});

describe('extractTitle: a metadata title as a reader sees it', () => {
  it('folds the white space of a metadata title (tf-villacc: "Villa Galaxy  - Ferienvilla in Florida")', () => {
    expect(
      titleOf('<meta property="og:title" content="Villa  Galaxy \n - Ferienvilla">', '<p>Text.</p>'),
    ).toBe('Villa Galaxy - Ferienvilla');
  });
});

describe('decodeEntities', () => {
  it.each([
    ['Signa in Sorge &#8211; Finanzdaten', 'Signa in Sorge – Finanzdaten'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&#x201E;Peta&#x201C;', '„Peta“'],
    ['M&uuml;ller', 'Müller'],
    ['R&D &unknown; &#0; &#xD800;', 'R&D &unknown; &#0; &#xD800;'],
  ])('%s → %s', (raw, decoded) => {
    expect(decodeEntities(raw)).toBe(decoded);
  });
});
