import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isInForeignContainer } from '../../src/extract/is-in-foreign-container';
import { dateOfElement } from '../../src/extract/read-date-element';
import { corpusCase, extractWithout, extractWithoutDateMetadata, withPage } from './corpus';

const URL_ = 'https://diario.test/politica/2022/una-jugada-clave';

function publishedOf(head: string, afterHeadline: string): string | null {
  const html = `<html lang="es"><head>${head}</head><body><article><h1>Una jugada clave del gobierno</h1>${afterHeadline}
    <p>${'El gobierno anunció una medida. '.repeat(20)}</p><p>${'La oposición respondió. '.repeat(20)}</p></article></body></html>`;
  const dom = new JSDOM(html, { url: URL_ });
  try {
    return extractArticle(dom.window.document, URL_).published?.iso ?? null;
  } finally {
    dom.window.close();
  }
}

const utcMeta = '<meta property="article:published_time" content="2022-05-04T00:25:56Z">';

describe('extractDates: a date in the URL', () => {
  it('reads a day written year last in the path, in the page’s day and month order (hd-weisser-ring)', () => {
    const dateOf = (url: string, lang: string) => {
      const dom = new JSDOM(
        `<html lang="${lang}"><body><article><h1>Eine Meldung aus dem Verein</h1><p>${'Text. '.repeat(60)}</p></article></body></html>`,
        { url },
      );
      try {
        return extractArticle(dom.window.document, url).published?.iso ?? null;
      } finally {
        dom.window.close();
      }
    };
    expect(dateOf('https://verein.test/meldungen/29-10-2021', 'de')).toBe('2021-10-29');
    expect(dateOf('https://verein.test/meldungen/10.11.2021/', 'de')).toBe('2021-11-10');
    expect(dateOf('https://club.test/news/10-11-2021', 'en-US')).toBe('2021-10-11');
    expect(dateOf('https://verein.test/2021/10/29/meldung', 'de')).toBe('2021-10-29');
    // A number that is no day, month and year, a version, an event's day in a slug, a phone number.
    for (const path of [
      '/produkt/45-10-2021',
      '/docs/1.2.2020/changes',
      '/events/29-10-2021-konzert',
      '/tel-030-12-11-2019',
    ])
      expect(dateOf(`https://verein.test${path}`, 'de')).toBeNull();
  });
});

describe('extractDates: the date beside the site’s own link to the page', () => {
  const url = 'https://verband.test/menschenrechte-achten';
  const dateOf = (teasers: string) => {
    const dom = new JSDOM(
      `<html lang="de"><body><article><h1>Menschenrechte achten</h1><p>${'Ein Appell an die Regierung. '.repeat(30)}</p></article>
        <aside class="latest"><ul>${teasers}</ul></aside></body></html>`,
      { url },
    );
    try {
      return extractArticle(dom.window.document, url).published?.iso ?? null;
    } finally {
      dom.window.close();
    }
  };

  it('reads the day in the teaser that links to the page itself (hd-awo, hd-ditb)', () => {
    const other =
      '<li><a href="/andere-meldung"><div class="authored">03.11.2021</div><h2>Andere Meldung</h2></a></li>';
    expect(
      dateOf(
        `${other}<li><a href="/menschenrechte-achten/"><div class="authored">10.11.2021</div><h2>Menschenrechte achten</h2></a></li>`,
      ),
    ).toBe('2021-11-10');
    // The date beside the link, in the same short list item.
    expect(
      dateOf(
        `${other}<li>16.10.2021<br><a href="https://verband.test/menschenrechte-achten">Menschenrechte achten</a></li>`,
      ),
    ).toBe('2021-10-16');
  });

  it('resolves the teaser’s link against the page’s <base href>', () => {
    const teaser = '<li><a href="menschenrechte-achten">10.11.2021 Menschenrechte achten</a></li>';
    // Against the base, "menschenrechte-achten" is this page; against the page's own URL too.
    expect(dateOf(`<base href="https://verband.test/">${teaser}`)).toBe('2021-11-10');
    // Against this base it is another page, though against the page's own URL it would be this one.
    expect(dateOf(`<base href="https://verband.test/archiv/">${teaser}`)).toBeNull();
  });

  it('does not read a comment’s permalink or a teaser for another page', () => {
    expect(dateOf('<li><a href="#comment-3">November 1, 2020 at 3:32 am</a></li>')).toBeNull();
    expect(
      dateOf('<li><a href="/menschenrechte-achten#comment-3">November 1, 2020 at 3:32 am</a></li>'),
    ).toBeNull();
    expect(
      dateOf('<li class="comment"><a href="/menschenrechte-achten">1. November 2020</a></li>'),
    ).toBeNull();
    expect(dateOf('<li><a href="/andere-meldung">03.11.2021 Andere Meldung</a></li>')).toBeNull();
  });
});

describe('extractDates: a UTC time read against the local time the page prints', () => {
  it('gives the page’s own offset when the page prints the same moment locally (tf-gazetadopovo, tf-24ora)', () => {
    expect(publishedOf(utcMeta, '<span class="date">3 de mayo de 2022, 21:25</span>')).toBe(
      '2022-05-03T21:25:56-03:00',
    );
  });

  it('keeps the UTC time when the printed time is not the same moment in any real zone', () => {
    expect(publishedOf(utcMeta, '<span class="date">3 de mayo de 2022, 09:07</span>')).toBe(
      '2022-05-04T00:25:56Z',
    );
  });

  it('keeps the UTC time when the page prints no time of day', () => {
    expect(publishedOf(utcMeta, '<span class="date">3 de mayo de 2022</span>')).toBe('2022-05-04T00:25:56Z');
  });
});

function datesOf(html: string, url = URL_) {
  const dom = new JSDOM(html, { url });
  try {
    const { published, modified } = extractArticle(dom.window.document, url);
    return { published: published?.iso ?? null, modified: modified?.iso ?? null };
  } finally {
    dom.window.close();
  }
}

const paragraphs = `<p>${'El gobierno anunció una medida. '.repeat(20)}</p><p>${'La oposición respondió. '.repeat(20)}</p>`;

describe('extractDates: which printed date is the article’s', () => {
  it('reads the date in the article’s own <footer>, not a comment’s (hd-lemire: WordPress themes)', () => {
    const html = `<html lang="en"><body><article><h1>Parsing JSON quickly in practice</h1>${paragraphs}
      <footer class="entry-footer"><span class="posted-on">Posted on <time class="entry-date published">August 2, 2019</time></span></footer></article>
      <ol class="comment-list"><li><article class="comment-body"><footer class="comment-meta">Reader says: August 3, 2019 at 4:11 am</footer><p>Nice.</p></article></li></ol></body></html>`;
    expect(datesOf(html).published).toBe('2019-08-02');
  });

  it('skips a comment’s date even when the article prints none (hd-resonator)', () => {
    const html = `<html lang="en"><body><article><h1>Parsing JSON quickly in practice</h1>${paragraphs}</article>
      <ol class="comment-list"><li><article class="comment-body"><footer class="comment-meta">Reader says: August 3, 2019 at 4:11 am</footer></article></li></ol></body></html>`;
    expect(datesOf(html).published).toBeNull();
  });

  it('gives the day the page prints under its headline when that is the day it was modified (hd-rtl, hd-utopia, tf-womenshealth)', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-16T16:16:10Z","dateModified":"2021-03-20T14:00:17Z"}</script>`;
    const html = `<html lang="de"><head>${head}</head><body><article><h1>Bund und Länder planen eine Verlängerung</h1>
      <div class="publish-info">20. März 2021 - 15:00 Uhr</div>${paragraphs}</article></body></html>`;
    expect(datesOf(html)).toEqual({
      published: '2021-03-20T15:00:17+01:00',
      // The same moment on the page's clock, like the published time.
      modified: '2021-03-20T15:00:17+01:00',
    });
  });

  it('keeps the published date when the page calls the modified day it prints an update (videos-1, spiceworks)', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-12-15T08:50:02-05:00","dateModified":"2018-07-24T14:15:58-04:00"}</script>`;
    const lines = [
      '<span class="c-byline__item">Updated <time datetime="2018-07-24T18:15:58+00:00">Jul 24, 2018, 2:15pm EDT</time></span>',
      '<div class="author-details" datetime="2018-07-24T18:15:58+00:00"><em>Last Updated:</em> July 24, 2018</div>',
      '<p class="meta">Mise à jour le <time datetime="2018-07-24T18:15:58+00:00">24 juillet 2018</time></p>',
      '<p class="meta">Aktualisierung: <time datetime="2018-07-24T18:15:58+00:00">24.07.2018</time></p>',
      '<p class="meta">Ultimo aggiornamento <time datetime="2018-07-24T18:15:58+00:00">24 luglio 2018</time></p>',
    ];
    for (const line of lines) {
      const html = `<html lang="en"><head>${head}</head><body><article><h1>The 21 best movies of 2017</h1>
        ${line}${paragraphs}</article></body></html>`;
      expect(datesOf(html)).toEqual({
        published: '2017-12-15T08:50:02-05:00',
        modified: '2018-07-24T14:15:58-04:00',
      });
    }
  });

  it('keeps the published date when the modified day is printed only far below the article (wikipedia-3)', () => {
    const head = `<script type="application/ld+json">{"@type":"Article","datePublished":"2003-02-28T21:51:08Z","dateModified":"2020-02-24T20:33:46Z"}</script>`;
    const long = `<p>${'A long encyclopaedia article with many words in it. '.repeat(60)}</p>`;
    const html = `<html lang="en"><head>${head}</head><body><h1>Some encyclopaedia topic</h1>${long}${long}
      <div class="footer-info">This page was last edited on 24 February 2020, at 20:33 (UTC).</div></body></html>`;
    expect(datesOf(html).published).toBe('2003-02-28T21:51:08Z');
  });
});

describe('extractDates: metadata that states another day than the page prints under its headline', () => {
  const stated = '<meta property="article:published_time" content="2021-12-20T11:02:44+01:00">';
  const page = (underHeadline: string, head = stated, aboveHeadline = '') =>
    `<html lang="de"><head>${head}</head><body><article>${aboveHeadline}<h1>Riesling aus der Pfalz im Test</h1>
      ${underHeadline}${paragraphs}</article></body></html>`;

  it('gives the day printed in a date element, which readers go by (hd-deutscheweine, hd-sac-cas, tf-heizung)', () => {
    expect(datesOf(page('<span class="date">27.01.2022</span>')).published).toBe('2022-01-27');
    expect(
      datesOf(page('<p class="meta">Erscheinungsdatum <time datetime="2022-01-25">25.01.2022</time></p>'))
        .published,
    ).toBe('2022-01-25');
  });

  it('keeps the metadata’s day when the printed line is an update', () => {
    expect(datesOf(page('<span class="date">Aktualisiert am 27.01.2022</span>')).published).toBe(
      '2021-12-20T11:02:44+01:00',
    );
  });

  it('keeps the metadata’s moment when the page prints its day in another time zone', () => {
    // Midnight of the 13th in UTC, 8 pm of the 12th in New York.
    const newYork = '<meta property="article:published_time" content="2018-06-12T20:00:00-04:00">';
    expect(datesOf(page('<span class="date">13.06.2018</span>', newYork)).published).toBe(
      '2018-06-12T20:00-04:00',
    );
  });

  it('keeps the metadata’s day when the printed one is the same day written month first (readability/engadget: "11.03.17")', () => {
    const november = '<meta property="article:published_time" content="2017-11-03T03:01:00">';
    expect(datesOf(page('<span class="date">11.03.17</span>', november)).published).toBe('2017-11-03T03:01');
  });

  it('keeps the metadata’s day when a date in plain text follows the headline (hd-weinlachgummis: a book’s release date)', () => {
    expect(datesOf(page('<div><b>Erscheinungsdatum:</b> 14.08.2017</div>')).published).toBe(
      '2021-12-20T11:02:44+01:00',
    );
  });

  it('keeps the metadata’s day when the page also prints it above the headline', () => {
    expect(
      datesOf(page('<span class="date">27.01.2022</span>', stated, '<span class="date">20.12.2021</span>'))
        .published,
    ).toBe('2021-12-20T11:02:44+01:00');
  });

  it('keeps the metadata’s day when the line around the date calls it an update, in any of our languages', () => {
    expect(
      datesOf(
        page('<div class="meta"><span>Updated</span> <time datetime="2022-01-27">27.01.2022</time></div>'),
      ).published,
    ).toBe('2021-12-20T11:02:44+01:00');
    expect(datesOf(page('<span class="date">Modifié le 27.01.2022</span>')).published).toBe(
      '2021-12-20T11:02:44+01:00',
    );
  });

  it('reads an update label printed beside the date’s own wrapper as its line', () => {
    const labelled = (label: string) =>
      datesOf(
        page(
          `<div class="meta"><div class="label">${label}</div><div class="value"><span><time datetime="2022-01-27">27.01.2022</time></span></div></div>`,
        ),
      ).published;
    expect(labelled('Zuletzt aktualisiert')).toBe('2021-12-20T11:02:44+01:00');
    // The same markup with a publication label: the day printed under the headline is the page's.
    expect(labelled('Veröffentlicht')).toBe('2022-01-27');
  });

  it('does not take a headline or a second date beside the date’s wrapper for an update label', () => {
    // "stand" is an update word ("Stand: 27.01.2022"); here it is the headline's.
    const withHeadline = `<html lang="de"><head>${stated}</head><body><article><header><h1>Why we must stand with Ukraine</h1>
      <div><span><time datetime="2022-01-27">27.01.2022</time></span></div></header>${paragraphs}</article></body></html>`;
    expect(datesOf(withHeadline).published).toBe('2022-01-27');
    const twoDates = page(
      '<div class="dates"><div><time datetime="2022-01-27">27.01.2022</time></div><div>Updated <time datetime="2022-01-28">28.01.2022</time></div></div>',
    );
    expect(datesOf(twoDates).published).toBe('2022-01-27');
  });

  it('keeps the metadata’s day for a live blog entry’s or an event’s date under the headline', () => {
    expect(
      datesOf(page('<div class="liveblog-entry"><time datetime="2022-01-27T10:00Z">10:00</time></div>'))
        .published,
    ).toBe('2021-12-20T11:02:44+01:00');
    expect(
      datesOf(page('<div class="event-date"><time datetime="2022-03-05">5. März 2022</time>, Berlin</div>'))
        .published,
    ).toBe('2021-12-20T11:02:44+01:00');
  });

  it('keeps the metadata’s day when the printed day comes after the page’s last change', () => {
    const withModified = `${stated}<meta property="article:modified_time" content="2021-12-22T09:00:00+01:00">`;
    expect(datesOf(page('<span class="date">05.03.2022</span>', withModified)).published).toBe(
      '2021-12-20T11:02:44+01:00',
    );
  });

  it('still reads a hidden machine-readable date when the page states no other', () => {
    expect(
      datesOf(page('<div hidden><time datetime="2021-12-20T10:00+01:00">20.12.2021</time></div>', ''))
        .published,
    ).toBe('2021-12-20T10:00+01:00');
  });

  it('reads no date hidden from sight or the day a source was retrieved (tf-biobiochile, wikipedia)', () => {
    expect(datesOf(page('<span class="date" style="display: none">27.01.2022</span>')).published).toBe(
      '2021-12-20T11:02:44+01:00',
    );
    expect(datesOf(page('<span class="reference-accessdate">Retrieved 27.01.2022</span>')).published).toBe(
      '2021-12-20T11:02:44+01:00',
    );
  });
});

describe('extractDates: structured dates printed in page markup', () => {
  it('reads microdata on an <abbr title> (hd-sibenlab: Blogger) and RDFa property="schema:dateCreated" (hd-meininger: Drupal)', () => {
    const abbr = `<html lang="en"><body><article><h1>Our privacy policy for readers</h1>
      <abbr class="published" itemprop="datePublished" title="2018-06-05T08:00:00-07:00">08:00</abbr>${paragraphs}</article></body></html>`;
    expect(datesOf(abbr).published).toBe('2018-06-05T08:00-07:00');
    const rdfa = `<html lang="de"><body><article><h1>Wachstum in der Weinbranche</h1>
      <span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00" class="hidden"></span>${paragraphs}</article></body></html>`;
    // Stated in UTC, written on the German page's clock.
    expect(datesOf(rdfa).published).toBe('2022-01-28T13:45:46+01:00');
  });

  it('takes WordPress’s <time class="entry-date published"> over the <time class="updated"> beside it (hd-heiko-adams)', () => {
    const html = `<html lang="de"><body><article><h1>Laufen im Winter, ein Jahr später</h1>
      <time class="updated" datetime="2019-02-09T23:00:55+01:00">9. Februar 2019</time>
      <time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">10. Februar 2019</time>${paragraphs}</article></body></html>`;
    expect(datesOf(html).published).toBe('2019-02-10T09:30:10+01:00');
  });
});

describe('extractDates: dates printed as plain text around the headline', () => {
  const body = (inside: string, lang = 'de') =>
    `<html${lang ? ` lang="${lang}"` : ''}><body><div class="content">${inside}</div></body></html>`;

  it('reads a date inside the headline element, past a template’s indentation (hd-hvw-online)', () => {
    const html = body(`<h1>Zuschauerrückkehr bei den Proficlubs der Region<br><small>
      ${' '.repeat(300)}02.02.2022 •${' '.repeat(50)}<span>Verband</span></small></h1>${paragraphs}`);
    expect(datesOf(html).published).toBe('2022-02-02');
  });

  it('reads a dateline that opens the first paragraph (hd-l-mag, tf-energiezukunft)', () => {
    const html = body(
      `<h2>Lesbische Erinnerungskultur mit Stolpersteinen</h2><p>27.1.2022 - Bei der Erinnerung an die Verfolgten ${'des Regimes '.repeat(20)}</p>${paragraphs}`,
    );
    expect(datesOf(html).published).toBe('2022-01-27');
  });

  it('reads a dateline that opens a paragraph a link splits into short texts (tf-energiezukunft)', () => {
    const html = body(
      `<h1>Bundesregierung drosselt Bioenergie</h1><p>Am vergangenen Freitag hat die Regierung einen Entwurf vorgelegt.</p><p>29.11.2022 – Mehrfach hatte die Branche die Nachteile des <a href="/gesetz">Gesetzes</a> dargelegt ${'und Vorschläge gemacht '.repeat(10)}</p>${paragraphs}`,
    );
    expect(datesOf(html).published).toBe('2022-11-29');
  });

  it('reads a date in the element after a "Mise en ligne" label, wherever the page prints it', () => {
    const review = `<p>${'Un long paragraphe sur le documentaire et ses voix. '.repeat(60)}</p>`.repeat(3);
    const html = `<html lang="fr"><body><h1>Un documentaire sonore</h1>${review}<ul class="credits"><li><p class="title">Mise en ligne</p><p class="content">23 mai 2019</p></li></ul></body></html>`;
    expect(datesOf(html, 'https://radio.test/son/nuls').published).toBe('2019-05-23');
  });

  it('does not read a date that a link splits off the middle of a paragraph as a dateline', () => {
    const html = body(
      `<h1>Die Sitzung des Rates</h1><p>${'Der Rat hat lange beraten und viel gesprochen. '.repeat(6)}in der <a href="/s">Sitzung</a> vom 12. Mai 2019 – so die <a href="/st">Stadt</a> ${'und weitere Worte folgen hier. '.repeat(6)}</p>${paragraphs}`,
    );
    expect(datesOf(html, 'https://zeitung.test/rat').published).toBeNull();
  });

  it('reads a date line just above the headline (hd-bdzv, hd-liquimoly)', () => {
    const html = body(
      `<p class="category">24. April 2020 | <a href="/presse">Pressemitteilung</a></p><h1>Ein Künstler gestaltet die Titelseite</h1>${paragraphs}`,
    );
    expect(datesOf(html, 'https://verband.test/presse/eliasson').published).toBe('2020-04-24');
  });

  it('reads a German date on a page that does not state its language (hd-abookshelf: Blogger)', () => {
    const html = body(
      `<h2 class="date-header"><span>Samstag, 5. Oktober 2013</span></h2><h3 class="post-title">Ein Interview mit einer Autorin</h3>${paragraphs}`,
      '',
    );
    expect(datesOf(html, 'https://blog.test/2013/10/interview.html').published).toBe('2013-10-05');
  });
});

describe('extractDates: a publication date stated in words anywhere on the page', () => {
  it.each([
    [
      '<p class="footer">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61</p>',
      '2023-11-01',
    ],
    [
      '<p class="postmetadata">Dieser Beitrag wurde am Samstag, 3. Dezember 2011 veröffentlicht.</p>',
      '2011-12-03',
    ],
    [
      '<div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href="/">Jan</a> geschrieben.</div>',
      '2015-12-14T14:48',
    ],
  ])('%s → %s (hd-literaturkritik, hd-pbrunst, hd-hobby-werkstatt-blog)', (footer, day) => {
    // The footer sits below a long review, past the opening lines read for a dateline.
    const review = `<p>${'Ein langer Absatz über den Roman und seine Figuren. '.repeat(60)}</p>`.repeat(3);
    const html = `<html lang="de"><body><h1>Eine Rezension über einen neuen Roman</h1>${review}${footer}</body></html>`;
    expect(datesOf(html, 'https://rezensionen.test/rezension.php?id=30063').published).toBe(day);
  });
});

describe('extractDates: a UTC time written on the clock of the page’s country', () => {
  function zonedOf(url: string, lang: string, head: string, afterHeadline = '') {
    const html = `<html lang="${lang}"><head>${head}</head><body><article><h1>Die Sperrung der Hauptstraße</h1>${afterHeadline}
      <p>${'Die Hauptstraße bleibt gesperrt. '.repeat(20)}</p><p>${'Umleitungen sind ausgeschildert. '.repeat(20)}</p></article></body></html>`;
    return datesOf(html, url);
  }
  const midnightUtc =
    '<meta property="article:published_time" content="2022-11-06T23:00:00.000Z"><meta property="article:modified_time" content="2022-11-07T08:15:00Z">';

  it('writes a .de page’s UTC moment in German time, on the day its readers call it (tf-beige, hd-Repubblica)', () => {
    expect(zonedOf('https://zeitung.de/reise/provence', 'de', midnightUtc)).toEqual({
      published: '2022-11-07T00:00+01:00',
      modified: '2022-11-07T09:15+01:00',
    });
  });

  it('follows summer time', () => {
    expect(
      zonedOf(
        'https://zeitung.de/reise/provence',
        'de',
        '<meta property="article:published_time" content="2022-07-06T22:30:00Z">',
      ).published,
    ).toBe('2022-07-07T00:30+02:00');
  });

  it('reads the country from og:locale on a .com page when that country keeps one clock', () => {
    expect(
      zonedOf(
        'https://news.example.com/politica/roma',
        'it',
        '<meta property="og:locale" content="it_IT"><meta property="article:published_time" content="2020-05-01T22:54:29.000Z">',
      ).published,
    ).toBe('2020-05-02T00:54:29+02:00');
  });

  it('keeps UTC for og:locale en_US, which WordPress writes for English sites everywhere (hd-abc7ny)', () => {
    expect(
      zonedOf(
        'https://news.example.com/traffic/penn-station',
        'en',
        '<meta property="og:locale" content="en_US"><meta property="article:published_time" content="2020-05-02T02:54:29.000Z">',
      ).published,
    ).toBe('2020-05-02T02:54:29Z');
  });

  it('keeps UTC when nothing names one country: English on a .com', () => {
    expect(
      zonedOf(
        'https://news.example.com/traffic/penn-station',
        'en',
        '<meta property="article:published_time" content="2020-05-02T02:54:29.000Z">',
      ).published,
    ).toBe('2020-05-02T02:54:29Z');
  });

  it('keeps UTC for both dates when the page itself prints the UTC day under its headline', () => {
    expect(
      zonedOf(
        'https://zeitung.de/reise/provence',
        'de',
        midnightUtc,
        '<span class="date">6. November 2022</span>',
      ),
    ).toEqual({ published: '2022-11-06T23:00Z', modified: '2022-11-07T08:15Z' });
  });

  it('leaves a time the page states with its own offset as it is', () => {
    expect(
      zonedOf(
        'https://zeitung.de/reise/provence',
        'de',
        '<meta property="article:published_time" content="2022-11-06T23:00:00-05:00">',
      ).published,
    ).toBe('2022-11-06T23:00-05:00');
  });
});

describe('extractDates: a UTC time that other metadata states on the page’s own clock', () => {
  function statedOf(
    jsonLd: object,
    meta: string,
    afterHeadline = '',
    url = 'https://news.example.com/local/bridge',
  ) {
    const html = `<html lang="en"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...jsonLd })}</script>${meta}</head>
      <body><article><h1>The bridge reopens</h1>${afterHeadline}<p>${'The bridge reopened to traffic on Thursday. '.repeat(20)}</p></article></body></html>`;
    return datesOf(html, url);
  }
  const pacificMeta = '<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">';

  it('writes both dates on the offset another source states for the same moment (readability/wikia)', () => {
    expect(
      statedOf({ dateCreated: '2017-02-24T01:18:13Z', dateModified: '2017-02-24T03:00:00Z' }, pacificMeta),
    ).toEqual({
      published: '2017-02-23T17:18:13-08:00',
      modified: '2017-02-23T19:00-08:00',
    });
  });

  it('learns the offset from the modified date when only that is stated both ways', () => {
    expect(
      statedOf(
        { datePublished: '2017-02-20T10:00:00Z', dateModified: '2017-02-24T01:18:00Z' },
        '<meta property="article:modified_time" content="2017-02-23T17:18-08:00">',
      ),
    ).toEqual({ published: '2017-02-20T02:00-08:00', modified: '2017-02-23T17:18-08:00' });
  });

  it('takes that offset over the time zone of the page’s country', () => {
    expect(
      statedOf(
        { datePublished: '2022-11-06T23:00:00Z' },
        '<meta property="article:published_time" content="2022-11-06T18:00:00-05:00">',
        '',
        'https://zeitung.de/reise/provence',
      ).published,
    ).toBe('2022-11-06T18:00-05:00');
  });

  it('keeps UTC when the page prints the UTC day under its headline', () => {
    expect(
      statedOf({ datePublished: '2017-02-24T01:18:13Z' }, pacificMeta, '<time>February 24, 2017</time>')
        .published,
    ).toBe('2017-02-24T01:18:13Z');
  });

  it('goes by the local time the page prints, when that is the same moment on another clock', () => {
    expect(
      statedOf(
        { datePublished: '2017-02-24T01:18:00Z' },
        pacificMeta.replace(':13-', ':00-'),
        '<time>24 February 2017 02:18</time>',
      ).published,
    ).toBe('2017-02-24T02:18+01:00');
  });

  it('writes the modified date on the clock the printed local time reveals for the published one', () => {
    expect(
      statedOf(
        { datePublished: '2022-05-04T00:25:56Z', dateModified: '2022-05-04T02:00:00Z' },
        '',
        '<time>3 May 2022 21:25</time>',
      ),
    ).toEqual({ published: '2022-05-03T21:25:56-03:00', modified: '2022-05-03T23:00-03:00' });
  });

  it('gives the modified date its own stated offset, across a change to summer time', () => {
    expect(
      statedOf(
        { datePublished: '2017-02-24T01:18:13Z', dateModified: '2017-07-11T06:30:00Z' },
        pacificMeta + '<meta property="article:modified_time" content="2017-07-10T23:30:00-07:00">',
      ).modified,
    ).toBe('2017-07-10T23:30-07:00');
  });

  it('follows the country’s summer time when the stated offset is the country’s', () => {
    expect(
      statedOf(
        { datePublished: '2017-02-24T01:18:13Z', dateModified: '2017-07-11T04:30:00Z' },
        '<meta property="article:published_time" content="2017-02-24T02:18:13+01:00">',
        '',
        'https://zeitung.de/reise/provence',
      ),
    ).toEqual({ published: '2017-02-24T02:18:13+01:00', modified: '2017-07-11T06:30+02:00' });
  });

  it('keeps UTC when the other source states another moment', () => {
    expect(
      statedOf(
        { datePublished: '2017-02-24T01:18:13Z' },
        '<meta property="article:published_time" content="2017-02-23T09:00:00-08:00">',
      ).published,
    ).toBe('2017-02-24T01:18:13Z');
  });
});

describe('extractDates: a date element just above the headline, another date far down the text', () => {
  const pageWith = (closingLine: string) => {
    const url = 'https://gazeta.test/politics/2020/09/inauguracia';
    const html = `<html lang="ru"><body><article>
      <div class="article__meta"><p class="meta"><span><time class="meta__text" datetime="2020-09-23T20:12:38+0300">сегодня в 20:12</time></span>
        <span class="meta__text">Политика</span> <span class="meta__text">362</span></p></div>
      <header><h1>Причиной тайной инаугурации стал стыд</h1></header>
      <p>${'Все прошло стремительно, как и положено спецоперации. '.repeat(40)}</p>
      <p>${'В тайне даже от союзников и старшего брата. '.repeat(20)}</p>
      <p class="article__in-newspaper-meta">${closingLine}</p></article></body></html>`;
    const dom = new JSDOM(html, { url });
    try {
      return extractArticle(dom.window.document, url).published?.iso ?? null;
    } finally {
      dom.window.close();
    }
  };

  it('takes the one above: the line at the end is the print edition’s (hd-1719330438, its metadata gone)', async () => {
    expect(pageWith('Опубликован в газете №28372 от 24 сентября 2020')).toBe('2020-09-23T20:12:38+03:00');
    const page = corpusCase('htmldate-dev', 'hd-1719330438');
    const { published } = await extractWithout(
      page,
      'script[type="application/ld+json"], meta[itemprop], meta[property*="time"]',
    );
    expect(published?.iso.slice(0, 10)).toBe(page.expected.published);
  });

  it('keeps the time of the same day read far down the text (a blog’s footer, hd-bumsbutzener-gumpfen)', async () => {
    const page = corpusCase('htmldate-dev', 'hd-bumsbutzener-gumpfen.blogspot.com.tach-auch');
    const { published } = await withPage(page, (doc) => extractArticle(doc, page.url));
    expect(published?.iso).toBe('2020-04-28T21:11+02:00');
  });

  it('still reads the page’s only date far down the text', () => {
    const url = 'https://gazeta.test/politics/inauguracia';
    const dom = new JSDOM(
      `<html lang="ru"><body><article><h1>Причиной тайной инаугурации стал стыд</h1><p>${'Все прошло стремительно. '.repeat(80)}</p><p class="meta">Опубликован 24 сентября 2020</p></article></body></html>`,
      { url },
    );
    try {
      expect(extractArticle(dom.window.document, url).published?.iso).toBe('2020-09-24');
    } finally {
      dom.window.close();
    }
  });
});

describe('extractDates: a list of posts, each dated above its heading', () => {
  it('takes the date above the headline when the same kind of date heads the next post (hd-alacarte)', () => {
    const post = (day: string, title: string) =>
      `<ul><li class="artikeldatum"><time datetime="2021-11-${day} 16:11">${day}. November 2021 16:11 Uhr</time></li></ul><h2>${title}</h2>${paragraphs}`;
    const html = `<html lang="de"><head><title>Der historische Purzelbaum - alacarte</title></head><body><main>${post('25', 'Der historische Purzelbaum')}${post('30', 'Ein anderer Beitrag')}</main></body></html>`;
    expect(datesOf(html).published).toBe('2021-11-25T16:11');
  });

  it('still takes the date under the headline when the same kind of date above it is the day’s, in a masthead', () => {
    const html = `<html lang="de"><body><header><span class="date">Montag, 29. November 2021</span></header>
      <main><h1>Der historische Purzelbaum</h1><span class="date">25. November 2021</span>${paragraphs}</main></body></html>`;
    expect(datesOf(html).published).toBe('2021-11-25');
  });

  it('still takes the date under the headline when only the layout around the two dates is alike', () => {
    const html = `<html lang="de"><body><main><div class="col-12"><time>29.11.2021</time> <a href="/">Startseite</a></div>
      <h1>Der historische Purzelbaum</h1><div class="col-12"><time>25.11.2021</time> von Jana Beispiel</div>${paragraphs}</main></body></html>`;
    expect(datesOf(html).published).toBe('2021-11-25');
  });

  it('still takes the date under the headline when the one above is of another kind', () => {
    const html = `<html lang="de"><body><main><p class="heute">Montag, 29. November 2021</p><h1>Der historische Purzelbaum</h1>
      <p class="datum">25. November 2021</p>${paragraphs}</main></body></html>`;
    expect(datesOf(html).published).toBe('2021-11-25');
  });
});

describe('extractDates: an <aside> holding the post’s own metadata', () => {
  const metaDay = '<meta name="date" content="2022-01-26T14:32:06+02:00">';

  it('reads the day printed in an <aside class="meta"> by the headline over a CMS date (hd-alpin)', () => {
    const aside =
      '<aside class="meta" role="complementary"><div class="meta__row--posted"><time datetime="2022-01-21">21.01.2022 - 13:30</time></div></aside>';
    expect(publishedOf(metaDay, aside)).toBe('2022-01-21T13:30');
  });

  it('reads no date from any other <aside>', () => {
    for (const aside of ['<aside>', '<aside class="box">'])
      expect(
        publishedOf(metaDay, `${aside}<time datetime="2022-01-21">21.01.2022 - 13:30</time></aside>`),
      ).toBe('2022-01-26T14:32:06+02:00');
  });

  it('reads no date from a related post’s <aside class="entry-meta">, nor from one outside any article', () => {
    const page = (html: string) => {
      const dom = new JSDOM(html, { url: URL_ });
      try {
        return extractArticle(dom.window.document, URL_);
      } finally {
        dom.window.close();
      }
    };
    const story = `<article><h1>Una jugada clave del gobierno</h1><p>${'El gobierno anunció una medida. '.repeat(20)}</p><p>${'La oposición respondió. '.repeat(20)}</p></article>`;
    const card = `<article class="post"><h2><a href="/2021/p3">Otra nota</a></h2><aside class="entry-meta"><time>May 3, 2021</time> <span class="byline">by <a rel="author" href="/author/jane">Jane Roe</a></span></aside></article>`;
    const related = page(
      `<html lang="en"><head><meta property="article:published_time" content="2021-06-01"></head><body><main>${story}<section class="related-posts">${card}</section></main></body></html>`,
    );
    expect(related.published?.iso).toBe('2021-06-01');
    expect(related.byline).toBeNull();
    const outside = page(
      `<html lang="en"><body><main>${story}</main><aside class="meta"><p>Site last updated <time>January 5, 2020</time></p></aside></body></html>`,
    );
    expect(outside.published).toBeNull();
  });

  it('takes only a class word naming the post’s metadata for it, in the headline’s article', () => {
    const { document } = new JSDOM(
      `<article><h1>Headline</h1><aside class="meta"><time id="own"></time></aside><aside class="entry-meta"><time id="entry"></time></aside>
       <aside class="metabox"><time id="box"></time></aside><aside class="widget-meta"><time id="widget"></time></aside></article>
       <article><aside class="meta"><time id="other"></time></aside></article>`,
    ).window;
    const headline = document.querySelector('h1');
    const foreign = (id: string) => isInForeignContainer(document.getElementById(id)!, headline);
    expect(['own', 'entry', 'box', 'widget', 'other'].map(foreign)).toEqual([false, false, true, true, true]);
    // Without a headline no aside is the article's.
    expect(isInForeignContainer(document.getElementById('own')!)).toBe(true);
  });

  it('takes a "widget" block inside the headline’s <article> for the article’s own, and one outside it for foreign', () => {
    const { document } = new JSDOM(
      `<article><div class="widget widget-hero"><h1>Headline</h1></div>
         <div class="widget widget-contentparsed"><div class="byline"><time id="own"></time></div>
           <section class="listing--related"><time id="related"></time></section></div>
         <div class="widget-related"><time id="widget-related"></time></div><div class="widget_comments"><time id="widget-comments"></time></div></article>
       <div class="widget widget_recent_entries"><time id="sidebar"></time></div>`,
    ).window;
    const headline = document.querySelector('h1');
    const foreign = (id: string) => isInForeignContainer(document.getElementById(id)!, headline);
    expect(['own', 'related', 'widget-related', 'widget-comments', 'sidebar'].map(foreign)).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
  });

  it.each([
    ['hd-theweek.com-Julie-Chavez', 'its byline in a "widget" block'],
    ['hd-bergsteigen.com-skibergsteigen', 'a German long date without the day’s full stop'],
  ])('dates %s from the page alone: %s', async (id) => {
    const page = corpusCase('htmldate-dev', id);
    const { published } = await extractWithoutDateMetadata(page);
    expect(published?.iso.slice(0, 10)).toBe(page.expected.published);
  });

  it('takes a block classed as the post’s metadata inside a plain <aside> in the headline’s article for its own', () => {
    const { document } = new JSDOM(
      `<article><h1>Headline</h1><aside><section class="meta"><time id="meta"></time></section><section class="author"><span id="author"></span></section><section class="social"><time id="social"></time></section></aside></article>
       <aside><section class="meta"><time id="outside"></time></section></aside>`,
    ).window;
    const headline = document.querySelector('h1');
    const foreign = (id: string) => isInForeignContainer(document.getElementById(id)!, headline);
    expect(['meta', 'author', 'social', 'outside'].map(foreign)).toEqual([false, false, true, true]);
  });

  it('takes a column classed as a sidebar inside the headline’s article for its own, and no other', () => {
    const { document } = new JSDOM(
      `<article><h1>Headline</h1><div class="Tech-Sidebar"><span class="Tech-Date" id="own"></span><ul><li><time id="list"></time></li></ul></div>
       <div class="related-posts"><span class="date" id="related"></span></div><div class="sidebar related-posts"><span class="date" id="both"></span></div>
       <aside><a href="/x">Read also: the council’s budget is late again</a><div class="post-meta"><time id="teaser"></time></div></aside></article>
       <div class="sidebar"><span class="date" id="outside"></span></div>`,
    ).window;
    const headline = document.querySelector('h1');
    const foreign = (id: string) => isInForeignContainer(document.getElementById(id)!, headline);
    expect(['own', 'list', 'related', 'both', 'teaser', 'outside'].map(foreign)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('reads the author and the day in the article’s sidebar column when metadata states neither (hd-unocero)', async () => {
    const page = corpusCase('htmldate-dev', 'hd-unocero.com.marcas');
    const { byline, published } = await extractWithout(
      page,
      'script[type="application/ld+json"], meta[property$="_time"], meta[name="author"]',
    );
    expect(byline).toBe(page.expected.byline);
    expect(published?.iso.slice(0, 10)).toBe(page.expected.published);
  });

  it('reads the date and time in <aside><section class="meta"> when the page states no date in metadata (hd-die-tagespost)', async () => {
    const page = corpusCase('htmldate-dev', 'hd-die-tagespost.de.Demut');
    const { published } = await extractWithout(
      page,
      'script[type="application/ld+json"], meta[property$="_time"]',
    );
    expect(published?.iso).toBe('2020-04-24T08:30');
  });

  it('takes a sidebar its class names a part of the article around it for the article’s own, and no other', () => {
    const { document } = new JSDOM(
      `<article class="episode card"><div class="episode__sidebar"><p id="own">Mise en ligne</p></div>
         <div class="site__sidebar"><p id="site"></p></div><div class="episode-sidebar"><p id="dash"></p></div>
         <div class="episode__sidebar related"><p id="related"></p></div></article>
       <div class="episode__sidebar"><p id="outside"></p></div>`,
    ).window;
    const foreign = (id: string) => isInForeignContainer(document.getElementById(id)!, null);
    expect(['own', 'site', 'dash', 'related', 'outside'].map(foreign)).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
  });

  it('reads the day stated in words in the episode’s own sidebar (hd-arteradio.com-nuls)', async () => {
    const page = corpusCase('htmldate-dev', 'hd-arteradio.com-nuls');
    const { published } = await withPage(page, (doc) => extractArticle(doc, page.url));
    expect(published?.iso).toBe('2019-05-23');
    expect(published?.raw).toBe('23 mai 2019');
  });

  it('reads the day on the page itself (hd-alpin.de-freeride)', async () => {
    const page = corpusCase('htmldate-dev', 'hd-alpin.de-freeride');
    const { published } = await withPage(page, (doc) => extractArticle(doc, page.url));
    expect(published?.iso.slice(0, 10)).toBe(page.expected.published);
  });
});

describe('extractDates: a date in Eastern Arabic digits under the headline', () => {
  it('reads "الجمعة ٢٥ ديسمبر ٢٠٢٠" as printed text, not only in a date element', () => {
    const url = 'https://akhbar.test/news/12345';
    const dom = new JSDOM(
      `<html lang="ar" dir="rtl"><body><article><h1>عنوان الخبر الرئيسي اليوم</h1><div>الجمعة ٢٥ ديسمبر ٢٠٢٠</div><p>${'نص الخبر هنا. '.repeat(40)}</p><p>${'فقرة أخرى من الخبر. '.repeat(40)}</p></article></body></html>`,
      { url },
    );
    expect(extractArticle(dom.window.document, url).published?.iso).toBe('2020-12-25');
  });
});

describe('extractDates: the time of a day printed without one, from the article’s own <time datetime>', () => {
  const text = `<p>${'El gobierno anunció una medida. '.repeat(20)}</p><p>${'La oposición respondió. '.repeat(20)}</p>`;
  const publishedOfBody = (body: string) => {
    const dom = new JSDOM(
      `<html lang="es"><body><article><h1>Una jugada clave del gobierno</h1><div class="posted-on">26.10.2023</div>${text}${body}</article></body></html>`,
      { url: URL_ },
    );
    try {
      return extractArticle(dom.window.document, URL_).published?.iso ?? null;
    } finally {
      dom.window.close();
    }
  };

  it.each([
    [
      'the post’s entry date',
      '<footer class="entry-meta"><time class="entry-date published" datetime="2023-10-26T13:12:55+02:00"></time></footer>',
      '2023-10-26T13:12:55+02:00',
    ],
    [
      'not another story’s',
      '<aside class="related"><ul><li><a href="/otra">Otra noticia</a> <time datetime="2023-10-26T09:00:00+02:00">26.10.2023</time></li></ul></aside>',
      '2023-10-26',
    ],
    [
      'not an update’s',
      '<footer class="entry-meta"><time class="updated" datetime="2023-10-26T18:00:00+02:00"></time></footer>',
      '2023-10-26',
    ],
    [
      'not another day’s',
      '<footer class="entry-meta"><time class="entry-date published" datetime="2023-10-25T13:12:55+02:00"></time></footer>',
      '2023-10-26',
    ],
  ])('takes %s', (_, body, iso) => {
    expect(publishedOfBody(body)).toBe(iso);
  });

  it('dates hd-islamische-zeitung.de-Krieg to its moment once its date metadata is gone', async () => {
    const { published } = await extractWithoutDateMetadata(
      corpusCase('htmldate-dev', 'hd-islamische-zeitung.de-Krieg'),
    );
    expect(published?.iso).toBe('2023-10-26T13:12:55+02:00');
  });
});

describe('extractDates: a date in the canonical URL', () => {
  const dateAt = (url: string, head: string) => {
    const dom = new JSDOM(
      `<html lang="en"><head>${head}</head><body><article><h1>The council approves the bridge</h1><p>${'The council met. '.repeat(60)}</p></article></body></html>`,
      { url },
    );
    try {
      return extractArticle(dom.window.document, url).published;
    } finally {
      dom.window.close();
    }
  };

  it('reads the day in the path of the address the page gives as its own, where its own has none', () => {
    const canonical = '<link rel="canonical" href="https://news.test/local/2015/03/18/council-bridge.html">';
    expect(dateAt('https://news.test/amp/council-bridge', canonical)).toMatchObject({
      iso: '2015-03-18',
      source: 'url',
      origin: 'canonical URL path',
    });
    // The address it was read at comes first.
    expect(dateAt('https://news.test/2015/03/20/council-bridge', canonical)?.iso).toBe('2015-03-20');
    expect(dateAt('https://news.test/amp/council-bridge', '')).toBeNull();
  });

  it('dates a saved Washington Post page by its canonical address (readability/wapo-1)', async () => {
    const page = corpusCase('readability', 'wapo-1');
    const { published } = await withPage(page, (doc) => extractArticle(doc, page.url));
    expect(page.url).not.toMatch(/2015/);
    expect(published?.iso).toBe('2015-03-18');
  });
});

describe('dateOfElement: a date line made of several blocks', () => {
  it('reads each block as a line of its own: no time glued to the next line’s counter, no label to a name (hd-tagesanzeiger)', async () => {
    const page = corpusCase('htmldate-dev', 'hd-tagesanzeiger.ch.umweltzerstoerung');
    // "<div>Christoph von Eichhorn</div><time>Aktualisiert: 11.04.2020, 10:27</time></div><div>…44 Kommentare"
    const found = await withPage(page, (doc) =>
      dateOfElement(doc.querySelector('[class^="ContentMetaInfo_root"]')!, 'de'),
    );
    expect(found).toMatchObject({ iso: '2020-04-11T10:27', hasTime: true, isModified: true });
    expect(found?.raw).toContain('Eichhorn Aktualisiert: 11.04.2020, 10:27 44 Kommentare');
  });

  it('keeps inline elements together: "<b>12</b>.04.2018" is one date', () => {
    const { document } = new JSDOM('<div class="date"><span><b>12</b>.04.2018</span>, <i>09</i>:11</div>')
      .window;
    expect(dateOfElement(document.querySelector('div')!, 'de')?.iso).toBe('2018-04-12T09:11');
  });
});
