import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { removeBylineAndDateline } from '../../src/extract/extract-body';
import { textOf } from '../../src/extract/page-context';
import { corpusCase, withPage } from './corpus';

const URL_ = 'https://news.example.test/2018/04/12/bridge-opens';
const PARAGRAPH =
  '<p>The new harbour bridge opened to traffic on Saturday morning, three years after the council voted for it and two months later than planned, with the mayor among the first to walk across.</p>';

describe('removeBylineAndDateline: the byline and dateline lines leave the stored body', () => {
  it('removes a byline and a dateline opening the body, on the whole page (readability detaches the body)', () => {
    const html = `<html lang="en"><body><article><h1>Bridge opens</h1><p>By Jane Doe</p><p>12 April 2018 09:11</p>
      ${PARAGRAPH.repeat(4)}</article></body></html>`;
    const dom = new JSDOM(html, { url: URL_ });
    const { text, authors } = extractArticle(dom.window.document, URL_);
    dom.window.close();
    expect(authors).toEqual(['Jane Doe']);
    expect(text).toContain('The new harbour bridge opened');
    expect(text).not.toMatch(/Jane Doe|12 April 2018/);
  });

  // Labelled author lines on dev-corpus pages (tf-duengebehoerde, hd-ethify, tf-sonnenernergie).
  it.each([
    'By Jane Doe',
    'Text: Jane Doe',
    'Autorin Jane Doe',
    'Von: Jane Doe',
    'Autoren Jane Doe und John Roe',
    // A name that opens like a label ("de").
    'De Wet Potgieter',
  ])('removes the closing author line "%s"', (line) => {
    const root = new JSDOM(`<div>${PARAGRAPH}${PARAGRAPH}<p>${line}</p></div>`).window.document.body
      .firstElementChild!;
    removeBylineAndDateline(root, ['Jane Doe', 'John Roe', 'De Wet Potgieter'], 'de');
    expect(textOf(root)).not.toContain(line);
    expect(textOf(root)).toContain('The new harbour bridge opened');
  });

  it('reads a byline line padded with white space and invisible characters past the length limit', () => {
    // Over 80 characters as written; a short line once white space is folded and soft hyphens dropped.
    const padded = `\n${' '.repeat(60)}By Jane\u00ad Doe\u200b${'\u00ad'.repeat(30)}\n${' '.repeat(60)}`;
    const root = new JSDOM(`<div>${PARAGRAPH}${PARAGRAPH}<p>${padded}</p></div>`).window.document.body
      .firstElementChild!;
    expect(root.lastElementChild!.textContent!.length).toBeGreaterThan(150);
    removeBylineAndDateline(root, ['Jane Doe'], 'en');
    expect(root.querySelectorAll('p')).toHaveLength(2);
    // A paragraph of the story, long by its visible characters alone, stays.
    expect(textOf(root)).toContain('The new harbour bridge opened');
  });

  // Edge lines found on dev-corpus pages (guardian-1, telegraph, yahoo-2, wikipedia-4, theverge).
  it.each([
    ['a drop cap', '<p><span>W</span>hen the bridge opened, the mayor spoke.</p>'],
    ['a slide counter', '<p>1 / 5</p>'],
    ['a lone separator', '<p><span>/</span></p>'],
    ['a reference’s access date', '<ol><li><span>. Retrieved 20 July 2022</span></li></ol>'],
  ])('keeps %s', (_what, edge) => {
    const root = new JSDOM(`<div>${edge}${PARAGRAPH}${PARAGRAPH}</div>`).window.document.body
      .firstElementChild!;
    const before = textOf(root);
    removeBylineAndDateline(root, ['Jane Doe'], 'en');
    expect(textOf(root)).toBe(before);
  });
});

/** The extracted body of an article page whose `<article>` holds the headline and `bodyHtml`. */
function extractedBody(bodyHtml: string): { text: string; contentHtml: string } {
  const html = `<html lang="en"><body><article><h1>Bridge opens</h1>${bodyHtml}</article></body></html>`;
  const dom = new JSDOM(html, { url: URL_ });
  try {
    const { text, contentHtml } = extractArticle(dom.window.document, URL_);
    return { text: text ?? '', contentHtml: contentHtml ?? '' };
  } finally {
    dom.window.close();
  }
}

/** The extracted text of such a page. */
const articleText = (bodyHtml: string): string => extractedBody(bodyHtml).text;

describe("extractArticle: the site's lines that close the body leave it", () => {
  const bodyText = (closing: string): string => articleText(`${PARAGRAPH.repeat(4)}${closing}`);

  // Closing lines on dev-corpus pages (hd-1594754655, tf-tvtoday, hd-1656725247, tf-mitvergnuegen,
  // tf-energiezukunft, hd-1775625776).
  it.each([
    '<p>Copyright © 2020 WABC-TV. All Rights Reserved.</p><!-- .entry-content -->',
    '<p>© Cover Media</p>',
    '<p>Also read: <a href="/2018/04/13/tunnel">Tunnel works start</a></p>',
    '<p><a href="/2018/04/12/bridge-opens/2">Weiterlesen</a></p>',
    '<h3>Mehr zum Thema</h3>',
    '<h3>Trending Stories</h3><div><h3>Latest News</h3></div>',
    // Filed under, and the comments' links (hd-fouryears.eu, hd-utopia.de, hd-kinra.de, hd-tierwelt.ch).
    '<p>Tags: <a href="/tag/harbour">Harbour</a>, <a href="/tag/bridges">Bridges</a></p>',
    '<p>Schlagwörter: Verkehr Hafen Brücken</p>',
    '<p>Posted in <a href="/category/city">City</a></p>',
    '<p>Kommentare (0)</p>',
    '<p><a href="#respond">Leave a reply</a></p>',
    // A blog theme's filing line (hd-sprechwaisen, hd-pbrunst).
    '<p>This entry was posted in <a href="/category/city">City</a>. Bookmark the <a href="/2018/04/12/bridge-opens">permalink</a>.</p>',
    `<p>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:00 Uhr veröffentlicht und unter Verkehr gespeichert. ${'Sie können Kommentare zu diesem Eintrag über den RSS-2.0-Feed verfolgen. '.repeat(3)}</p>`,
  ])('%s', (closing) => {
    const text = bodyText(closing);
    expect(text).toContain('the mayor among the first to walk across.');
    expect(text).not.toMatch(
      /Copyright|Cover Media|Also read|Weiterlesen|Mehr zum Thema|Trending|Latest|Tags|Harbour|Schlagwörter|Posted|posted|Beitrag|Kommentare|reply/,
    );
  });

  it('keeps closing lines that are the article’s own', () => {
    for (const closing of [
      '<p><strong>More to follow.</strong></p>',
      '<p><b>Further updates to follow.</b></p>',
      '<p><strong>See you next week!</strong></p>',
      '<p>The studio said it kept all rights reserved for a sequel that may never be made.</p>',
      '<p>Copyright law was not at issue, the council said.</p>',
      '<p>Read more about the bridge in the council minutes, which list every vote since 2015.</p>',
      '<p>More than 200 people crossed in the first hour.</p>',
      '<p>Comments from residents are welcome at the council office until Friday.</p>',
      '<p>Themen wie der Verkehr auf der Brücke stehen im Mai wieder auf der Tagesordnung.</p>',
      '<p>Themen: Haushalt 2019, Bebauungsplan Nord und die Sanierung der Hafenbrücke.</p>',
      '<p>Posted in Kabul and Berlin, the two reporters worked on the story for a year.</p>',
      '<p>Posted in Kabul since 2019</p>',
      '<p>This entry in the council’s register was posted on the town hall door.</p>',
      '<p>This entry was posted to the council register on 12 April, the clerk said.</p>',
      '<p>Dieser Beitrag wurde am 14. April korrigiert. In einer früheren Fassung hieß es, die Brücke sei im Mai eröffnet worden.</p>',
      '<p>Dieser Beitrag wurde 2013 eingeführt und beträgt heute 18,36 Euro im Monat.</p>',
    ])
      expect(bodyText(closing)).toContain(closing.replace(/<[^>]+>/g, ''));
  });
});

describe('extractArticle: what stays at the end of the body (a review of the closing-line rule)', () => {
  const textOf_ = (body: string): string | null => {
    const dom = new JSDOM(
      `<html lang="en"><body><article><h1>Bridge opens</h1>${body}</article></body></html>`,
      {
        url: URL_,
      },
    );
    try {
      return extractArticle(dom.window.document, URL_).text;
    } finally {
      dom.window.close();
    }
  };

  it('keeps a heading that a quote, a figure or code follows', () => {
    const quote =
      '<blockquote>We waited three years for this, and it was worth every day of it, said the mayor.</blockquote>';
    expect(textOf_(`${PARAGRAPH.repeat(4)}<h3>Top tip from the mayor</h3>${quote}`)).toContain(
      'Top tip from the mayor',
    );
    const figure =
      '<figure><img src="/b.jpg" alt=""><figcaption>The bridge at dawn, seen from the harbour wall.</figcaption></figure>';
    expect(textOf_(`${PARAGRAPH.repeat(4)}<h3>Other views of the bridge</h3>${figure}`)).toContain(
      'Other views of the bridge',
    );
  });

  it('keeps a one-paragraph brief that ends in its agency copyright', () => {
    const brief =
      '<p>WASHINGTON (AP) — The Senate passed the harbour bill on Tuesday by a wide margin after a short debate, sending it to the president. Copyright 2023 The Associated Press. All rights reserved.</p>';
    expect(textOf_(brief)).toContain('The Senate passed the harbour bill');
  });
});

describe('extractArticle: a form in the body leaves it with its box', () => {
  it('htmldate-dev/hd-t3n.de-Laufzeit: a newsletter sign-up mid-page leaves no labels or error messages', async () => {
    const c = corpusCase('htmldate-dev', 'hd-t3n.de-Laufzeit');
    const { text } = await withPage(c, (doc) => extractArticle(doc, c.url));
    expect(text).toContain('ET-News geht allerdings davon aus');
    expect(text).not.toMatch(
      /E-Mail-Adresse|Absenden des Formulars|Verpasse keine News|Hinweis zum Newsletter/,
    );
  });

  it('keeps a form that is most of the body: the page is the form', async () => {
    const c = corpusCase('htmldate-dev', 'hd-france.attc.org-privatisations');
    const { text } = await withPage(c, (doc) => extractArticle(doc, c.url));
    expect(text).toMatch(/Votre adresse électronique/);
  });
});

describe('extractArticle: links to other stories leave the body', () => {
  const bodyText = (middle: string): string =>
    articleText(`${PARAGRAPH.repeat(2)}${middle}${PARAGRAPH.repeat(2)}<p>The bridge cost 40 million.</p>`);

  // Shapes from dev-corpus pages (hd-automobilwoche, hd-tagesschau, hd-ok-magazin, hd-pcmag,
  // hd-metro.co.uk, hd-washingtontimes, hd-money.kompas.com, tf-eltiempo).
  it.each([
    '<p><strong>Lesen Sie auch:</strong></p><p><a href="/a">Turbulente Woche für VW-Chef Diess</a></p><p><a href="/b">Das E-Werk: Standort Zwickau ist Vorreiter</a></p>',
    '<div><h3>Further Reading</h3></div><ul><li><a href="/a">Samsung launches 870 QVO SSDs</a></li><li><a href="/b">PNY launches a tiny USB stick</a></li></ul>',
    '<p>Diese Artikel könnten dich auch interessieren:</p><p></p><p><a href="/a">"Tarzan"-Star: Grauenvoller Mord</a></p>',
    '<p>MORE : <a href="/a">Storm tracker shows how the storm will rip through the UK</a></p>',
    '<p><strong>SEE ALSO:</strong> <a href="/a">GOP candidates reassess the party’s abortion stance</a></p>',
    '<p>Baca juga: <a href="/a">Menhub Lobi Sri Mulyani dan Airlangga</a></p>',
    '<p>(Le puede interesar: <a href="/a">Buscan responsables de bus quemado</a>)</p>',
    // Arabic, written with its vowel marks (hd-1806793639 writes it without).
    '<p>اقرأ أيضًا</p><p><a href="/a">مصر تكسر حاجز ألف إصابة</a></p>',
  ])('%s', (middle) => {
    const text = bodyText(middle);
    expect(text.match(/The new harbour bridge opened/g)).toHaveLength(4);
    expect(text).toContain('The bridge cost 40 million.');
    expect(text).not.toMatch(
      /Lesen Sie|Diess|Zwickau|Further Reading|Samsung|PNY|Artikel|Tarzan|Storm|SEE ALSO|GOP|Baca|Menhub|interesar|Buscan|اقرأ|مصر/,
    );
  });

  it('keeps a subheading that starts like a label, and a label with no links under it', () => {
    for (const middle of [
      '<h2>More than a bridge</h2><p><a href="/council">The council</a> wants the crossing to carry trams as well, from 2027.</p>',
      '<p>Mehr: Die Beschränkungen in Frankreich sind wesentlich strenger als in Deutschland, sagt die Ministerin.</p>',
      '<p><strong>Lee también...</strong></p><p>Three ferries will keep running until the end of the year, the operator said on Friday.</p>',
      // From a review: a bold word opening a sentence, a live blog's self-linked entry title, a
      // photo with a linked caption, sources on other sites and documents.
      '<p><strong>Top</strong> officials told <em><a href="https://www.nytimes.com/x">The New York Times</a></em> the crossing would stay open.</p>',
      '<h3><a href="#entry-12">Latest: police confirm two arrests near the bridge</a></h3>',
      '<h2>More than a bridge</h2><figure><img src="/b.jpg"><figcaption><a href="/photos/b">The bridge at dawn, by Jane Doe</a></figcaption></figure>',
      '<p>Weitere Informationen:</p><p><a href="https://directions-cert.de/">directions-cert.de, the project’s site</a></p>',
      '<p>Read the full ruling:</p><p><a href="/docs/ruling.pdf">Ruling of the harbour court, 4 March</a></p>',
    ])
      for (const block of JSDOM.fragment(middle).children) expect(bodyText(middle)).toContain(textOf(block));
  });

  it('htmldate-dev/hd-tagesschau.de.rheinmetall: "Mehr zu diesem Thema:" and its links leave, the closing note stays', async () => {
    const c = corpusCase('htmldate-dev', 'hd-tagesschau.de.rheinmetall');
    const { text } = await withPage(c, (doc) => extractArticle(doc, c.url));
    expect(text).not.toMatch(
      /Mehr zu diesem Thema|Eine Whistleblowerin gegen Rheinmetall|Alle Meldungen zum Thema/,
    );
    expect(text).toContain('Über dieses Thema berichtete Inforadio am 29. April 2020');
  });
});

describe('extractArticle: runs of links to the site at the edges of the body leave it', () => {
  // Shapes from dev-corpus pages: a tag list (hd-elmundo.es, hd-dawo-dresden), other headlines
  // (hd-kath.net, hd-1523806243), "» Title" lines (hd-selbst.de), breadcrumbs (hd-computerbild.de).
  it.each([
    [
      'closing tags',
      `${PARAGRAPH.repeat(4)}<ul><li><a href="/tag/harbour">Harbour</a></li><li><a href="/tag/council">City council</a></li><li><a href="/tag/traffic">Traffic</a></li></ul>`,
    ],
    [
      'closing headlines',
      `${PARAGRAPH.repeat(4)}<h3><a href="/2018/04/11/ferry">Ferry operator cuts its timetable</a></h3><h3><a href="/2018/04/10/tram">Tram line to reach the quay by 2027</a></h3>`,
    ],
    [
      'closing » lines',
      `${PARAGRAPH.repeat(4)}<p><a href="/guide/ferry">» Ferry timetable</a></p><p><a href="/guide/parking">» Parking near the harbour</a></p>`,
    ],
  ])('%s', (_what, body) => {
    const text = articleText(body);
    expect(text.match(/The new harbour bridge opened/g)).toHaveLength(4);
    expect(text).not.toMatch(/Harbour$|City council|Traffic|Ferry|Tram|Parking|Home/m);
  });

  // The headline above the article, as on most pages: the body's first line is the article's.
  const openingText = (articleHtml: string): string => {
    const url = 'https://news.example.test/city/traffic/bridge-opens';
    const html = `<html lang="en"><head><title>Bridge opens</title></head><body><h1>Bridge opens</h1><article>${articleHtml}</article></body></html>`;
    const dom = new JSDOM(html, { url });
    try {
      return extractArticle(dom.window.document, url).text ?? '';
    } finally {
      dom.window.close();
    }
  };

  it('removes breadcrumbs opening the body', () => {
    const crumbs = `<ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li><li><a href="/city/traffic">Traffic</a></li></ul>`;
    const text = openingText(`${crumbs}${PARAGRAPH.repeat(4)}`);
    expect(text.match(/The new harbour bridge opened/g)).toHaveLength(4);
    expect(text).not.toMatch(/Home|City|Traffic/);
  });

  it("keeps headlines opening the body: they may be the article's own", () => {
    const headlines = `<h2><a href="/city/traffic/bridge-opens-live">Live: the bridge opens</a></h2><h2><a href="/city/traffic/bridge-photos">The bridge in pictures</a></h2>`;
    const text = openingText(`${headlines}${PARAGRAPH.repeat(4)}`);
    expect(text).toContain('Live: the bridge opens');
    expect(text).toContain('The bridge in pictures');
  });

  it("keeps links that are the article's: to other sites, to documents, one alone, and lines that text follows", () => {
    for (const [what, body, kept] of [
      [
        'sources on other sites',
        `${PARAGRAPH.repeat(4)}<ul><li><a href="https://council.example.org/minutes">Council minutes</a></li><li><a href="https://ferries.example.org/">Ferry operator</a></li></ul>`,
        ['Council minutes', 'Ferry operator'],
      ],
      [
        'documents of the site',
        `${PARAGRAPH.repeat(4)}<ul><li><a href="/files/plan.pdf">Bridge plan</a></li><li><a href="/files/budget.pdf">Bridge budget</a></li></ul>`,
        ['Bridge plan', 'Bridge budget'],
      ],
      [
        'one link alone',
        `${PARAGRAPH.repeat(4)}<p><a href="/2018/04/11/ferry">Ferry operator cuts its timetable</a></p>`,
        ['Ferry operator cuts its timetable'],
      ],
      [
        'sentences that link their words',
        `${PARAGRAPH.repeat(4)}<p><a href="/2018/03/01/vote">The council approved the funding in March</a>.</p><p><a href="/2018/02/01/design">The design was chosen in February</a>.</p>`,
        ['The council approved the funding in March.', 'The design was chosen in February.'],
      ],
      [
        'a list the article introduces',
        `${PARAGRAPH.repeat(4)}<p>The most-read stories of 2018:</p><ul><li><a href="/2018/01/ferry">Ferry strike ends</a></li><li><a href="/2018/02/tram">Tram plans approved</a></li></ul>`,
        ['The most-read stories of 2018:', 'Ferry strike ends', 'Tram plans approved'],
      ],
      [
        'links followed by words outside a paragraph',
        `${PARAGRAPH.repeat(4)}<ul><li><a href="/2018/04/11/ferry">Ferry timetable</a></li><li><a href="/2018/04/10/tram">Tram plans</a></li></ul><blockquote>The bridge cost 40 million.</blockquote>`,
        ['Ferry timetable', 'Tram plans', 'The bridge cost 40 million.'],
      ],
      [
        "links followed by the article's last words",
        `${PARAGRAPH.repeat(4)}<ul><li><a href="/2018/04/11/ferry">Ferry timetable</a></li><li><a href="/2018/04/10/tram">Tram plans</a></li></ul><p>The bridge cost 40 million.</p>`,
        ['Ferry timetable', 'Tram plans', 'The bridge cost 40 million.'],
      ],
    ] as const) {
      const text = articleText(body);
      for (const line of kept) expect(text, what).toContain(line);
    }
  });

  it('keeps a run of more than a hundred lines: an archive, not a box beside the article', () => {
    const items = Array.from(
      { length: 150 },
      (_, i) => `<li><a href="/2018/04/${i + 1}/story">Story ${i + 1}</a></li>`,
    ).join('');
    const text = articleText(`${PARAGRAPH.repeat(20)}<ul>${items}</ul>`);
    expect(text).toContain('Story 150');
    expect(text).toContain('Story 1\n');
  });

  it('keeps a run that is most of the body: a page of links', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) =>
        `<li><a href="/2018/04/${i + 1}/story">Story number ${i + 1} of the harbour week, with its headline in full</a></li>`,
    ).join('');
    const text = articleText(`<p>The week at the harbour, day by day.</p><ul>${items}</ul>`);
    expect(text).toContain('Story number 12 of the harbour week');
  });

  it('htmldate-dev/hd-kath.net-Menschensohn: the lists under the article leave with their labels, its last paragraph stays', async () => {
    const c = corpusCase('htmldate-dev', 'hd-kath.net-Menschensohn');
    const { text } = await withPage(c, (doc) => extractArticle(doc, c.url));
    // The last items of "Mehr zu" and of "Top-15 / meist-gelesen", which close the body.
    expect(text).not.toMatch(/Matthäus, das ‚Geschenk Gottes’|meist-gelesen|Chinesisches Regime verhaftet/);
    expect(text).toContain('Zu den Aufstiegen der Liebe und ihren inneren Reinigungen');
  });
});

describe('extractArticle: picture credits and counters leave the body, the pictures stay', () => {
  const extracted = (middle: string) =>
    extractedBody(`${PARAGRAPH.repeat(2)}${middle}${PARAGRAPH.repeat(2)}`);

  // Lines from dev-corpus pages (hd-selbst.de, hd-autohaus.de, hd-huffpost.com, hd-fluter.de,
  // hd-heiko-adams.de, hd-aktion-hummelschutz).
  it.each([
    '<p>Foto: sidm / DW</p>',
    '<figure><img src="/bridge.jpg" alt="The bridge"><figcaption>© Foto: Skoda</figcaption></figure>',
    '<p>MANDEL NGAN/Getty Images</p>',
    '<p><em>Titelbild: Geyres Christophe/ABACA/picture-alliance</em></p>',
    '<p>Post Views: 1.432</p>',
    '<p>(95 Stimmen: 4,73 von 5)</p>',
    // Ad and share-bar labels and sign-up prompts (hd-guten-tach.de, hd-dubisthalle.de,
    // hd-eurosport.de, breitbart, hd-theweek.com).
    '<div><p><small>Anzeige</small></p></div>',
    '<p>-- Anzeige --</p>',
    '<p><span>Share</span></p>',
    '<p>Diesen Artikel teilen</p>',
    '<p>SIGN UP FOR OUR NEWSLETTER</p>',
    '<p>SUBSCRIBE &amp; SAVE</p>',
  ])('%s', (middle) => {
    const { text, contentHtml } = extracted(middle);
    expect(text.match(/The new harbour bridge opened/g)).toHaveLength(4);
    expect(text).not.toMatch(
      /Foto|Skoda|Getty|Titelbild|Post Views|Stimmen|Anzeige|Share|teilen|SIGN|SUBSCRIBE/,
    );
    if (middle.includes('<img')) expect(contentHtml).toContain('bridge.jpg');
  });

  it("keeps a list's items that read like a label: the steps of a how-to, a council's revenues", () => {
    for (const list of [
      '<ul><li>Port fees</li><li>Advertising</li><li>Property rents</li></ul>',
      '<ol><li>Capture</li><li>Edit</li><li>Share</li></ol>',
      '<ol><li>Sign up for a free account on the city website.</li><li>Subscribe to toll alerts</li></ol>',
    ])
      for (const item of JSDOM.fragment(list).querySelectorAll('li'))
        expect(extracted(list).text).toContain(textOf(item));
  });

  it('keeps lines that start or end like a credit but say something', () => {
    for (const line of [
      'Photo finish: the ferry beat the tram by four minutes on the first morning.',
      'Getty Images said on Friday it would buy the harbour archive for 2 million',
      'The bridge at dawn, seen from the north quay.',
      'Share prices of the builder rose 4% on the news.',
      'Die Stadt hat Anzeige erstattet.',
      'Sign up for the harbour run closes on Friday',
      'Sign up for our harbour charity run by Friday.',
    ])
      expect(extracted(`<p>${line}</p>`).text).toContain(line);
  });
});

describe("extractArticle: the author's biography closing the body leaves it", () => {
  // Shapes from dev-corpus pages (iab-1, hd-horizont.net, hd-weinkenner.de, hd-peta.de).
  it.each([
    '<div><h4>About the author</h4><p>Jane Doe has covered the harbour for the paper since 2009.</p></div>',
    '<p>Über den Autor</p><div><p><img src="/jane.jpg" alt="Jane Doe"></p><p>Jane Doe schreibt seit 2009 über den Hafen.</p></div>',
    // The author's name as a heading below the biography's (citylab-1).
    '<section><h4>About the Author</h4><div><h5>Jane Doe</h5><p>Jane Doe has covered the harbour since 2009.</p></div></section>',
  ])('%s', (closing) => {
    const { text, contentHtml } = extractedBody(`${PARAGRAPH.repeat(4)}${closing}`);
    expect(text.match(/The new harbour bridge opened/g)).toHaveLength(4);
    expect(text).not.toMatch(/About the author|Über den Autor|Jane Doe/);
    expect(contentHtml).not.toContain('jane.jpg');
  });

  it('htmldate-dev/hd-weinkenner.de-st.magdalener: the biography and its picture leave, the last tasting note stays', async () => {
    const c = corpusCase('htmldate-dev', 'hd-weinkenner.de-st.magdalener');
    const { text, contentHtml } = await withPage(c, (doc) => extractArticle(doc, c.url));
    expect(text).not.toMatch(/Über den Autor|schreibt seit mehr als 25/);
    expect(contentHtml).not.toContain('Jossi-Loibl');
    expect(text).toMatch(/Um 42 Euro\.$/);
  });

  it('keeps the heading and what follows where that is long (a profile) or most of the body', () => {
    const profile = `<h2>About the author</h2>${PARAGRAPH.repeat(6)}`;
    expect(articleText(`${PARAGRAPH.repeat(12)}${profile}`)).toContain('About the author');
    const bio =
      '<h4>About the author</h4><p>Jane Doe has covered the harbour for the paper since 2009, and before that the council.</p>';
    expect(articleText(`<p>The bridge opened on Saturday.</p>${bio}`)).toContain('Jane Doe has covered');
    // From a review: the words in a sentence, and a section after the biography (a review's verdict).
    const sentence = `${PARAGRAPH.repeat(4)}<p>A last word <strong>about the author</strong>, who died last year.</p><p>She wrote the book over ten years.</p>`;
    expect(articleText(sentence)).toContain('She wrote the book over ten years.');
    const verdict = `${PARAGRAPH.repeat(4)}<h2>About the author</h2><p>Jane Doe is a historian of the port.</p><h2>Verdict</h2><p>An essential read. Four stars.</p>`;
    expect(articleText(verdict)).toContain('An essential read. Four stars.');
  });
});

describe('extractArticle: what is left of a byline or a dateline at the top leaves the body', () => {
  // Lines from dev-corpus pages (hd-0b5db247, hd-de.cointelegraph.com, hd-eurosport.de).
  it.each(['<p>Von</p>', '<p>vor 2 Stunden</p>', '<p>VOR EINER STUNDE</p>', '<p>12 minutes ago</p>'])(
    '%s',
    (line) => {
      const text = articleText(`${line}${PARAGRAPH.repeat(4)}`);
      expect(text.match(/The new harbour bridge opened/g)).toHaveLength(4);
      expect(text).not.toMatch(/^Von$|Stunde|ago/im);
    },
  );

  it.each(['<p>Geschrieben von:</p>', '<p>Written by:</p>'])(
    'drops a byline label left alone at the end: %s (hd-frau-sabienes)',
    (label) => {
      const text = articleText(`${PARAGRAPH.repeat(4)}${label}`);
      expect(text.match(/The new harbour bridge opened/g)).toHaveLength(4);
      expect(text).not.toMatch(/Geschrieben|Written/);
    },
  );

  it('keeps a film’s credits, whose labels have no colon', () => {
    const text = articleText(
      `${PARAGRAPH.repeat(4)}<p>Directed by</p><p>Greta Gerwig</p><p>Written by</p><p>Noah Baumbach</p>`,
    );
    expect(text).toMatch(/Greta Gerwig\s+Written by/);
  });

  it('keeps a paragraph that opens with such words', () => {
    const line = 'Vor 2 Stunden hatte der Rat noch getagt, als die ersten Autos über die Brücke fuhren.';
    expect(articleText(`<p>${line}</p>${PARAGRAPH.repeat(4)}`)).toContain(line);
  });
});
