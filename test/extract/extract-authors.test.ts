import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { corpusCase, extractWithout, withPage } from './corpus';
import { closingAuthorLineIn, signatureIn, signatureOverOfficeIn } from '../../src/extract/byline-in-body';

const URL_ = 'https://zeitung.test/lokales/2022/sperrung-der-hauptstrasse';
const paragraphs = `<p>${'Die Hauptstraße bleibt gesperrt. '.repeat(20)}</p><p>${'Umleitungen sind ausgeschildert. '.repeat(20)}</p>`;

function bylineOf(head: string, body: string, url = URL_): { byline: string | null; authors: string[] } {
  const dom = new JSDOM(`<html lang="de"><head>${head}</head><body>${body}</body></html>`, { url });
  try {
    const { byline, authors } = extractArticle(dom.window.document, url);
    return { byline, authors };
  } finally {
    dom.window.close();
  }
}

/** A page whose body is wrapped in `<article>`, as most of these tests' pages are. */
function creditsOf(head: string, body: string): { byline: string | null; authors: string[] } {
  return bylineOf(head, `<article>${body}</article>`);
}

describe('extractAuthors: bylines that name no person', () => {
  it('credits the organisation JSON-LD names as author, without calling it a person (hd-eurosport, hd-wikimediafoundation)', () => {
    expect(
      creditsOf(
        '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Eurosport"}}</script>',
        `<h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}`,
      ),
    ).toEqual({ byline: 'Eurosport', authors: [] });
  });

  it('credits a newsroom printed as the byline (hd-autosprint, hd-exxpress)', () => {
    expect(
      creditsOf(
        '',
        `<h1>Die Sperrung der Hauptstraße dauert an</h1><span class="author">Von Redaktion</span>${paragraphs}`,
      ),
    ).toEqual({ byline: 'Redaktion', authors: [] });
  });

  it('still names the person when the page names one beside the newsroom', () => {
    expect(
      creditsOf(
        '<meta name="author" content="Redaktion">',
        `<h1>Die Sperrung der Hauptstraße dauert an</h1><span class="author">Von Jana Schmidt</span>${paragraphs}`,
      ),
    ).toEqual({ byline: 'Jana Schmidt', authors: ['Jana Schmidt'] });
  });
});

describe('extractAuthors: the page names the writer where metadata names the site', () => {
  it('passes over a meta author that is the site itself and reads the byline (hd-dw.com-elephants)', () => {
    expect(
      bylineOf(
        '<meta name="author" content="Deutsche Welle (www.zeitung.test)">',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><p>Autor : Jana Schmidt</p>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'Jana Schmidt', authors: ['Jana Schmidt'] });
  });

  it('drops the site name printed beside the writer in metadata (hd-unocero: "unocero - Alberto Ávila")', () => {
    expect(
      bylineOf(
        '<meta property="og:site_name" content="Zeitung"><meta name="author" content="Zeitung - Alberto Ávila">',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'Alberto Ávila', authors: ['Alberto Ávila'] });
  });

  it('reads the name after an "Autor:" label in a line that starts with the date (hd-autohaus.de-skode)', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><div><h5>Datum: </h5>03.11.2021 <h5>Autor: </h5>Peter Maahn/SP-X</div>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'Peter Maahn', authors: ['Peter Maahn'] });
  });

  it('credits the user name printed after a date under the headline (hd-vipflash.de-Ehezoff)', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><h2>Lokales <span>06.11.2023 13:30 von Olga</span></h2>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'Olga', authors: [] });
  });
});

describe('extractAuthors: a labelled author line closing the body', () => {
  const closedBy = (...lines: string[]) =>
    bylineOf(
      '',
      `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}${lines.join('')}</article>`,
    );

  it('names the authors a closing "Autoren …" or "Text: …" line gives (tf-duengebehoerde)', () => {
    expect(closedBy('<p>Autoren Jelko Djuren und Jutta Klaukien</p>')).toEqual({
      byline: 'Jelko Djuren and Jutta Klaukien',
      authors: ['Jelko Djuren', 'Jutta Klaukien'],
    });
    expect(closedBy('<p>Text: Jane Doe</p>', '<p>Foto: Stadtarchiv</p>').authors).toEqual(['Jane Doe']);
  });

  it('takes no author from a closing sentence, a caption, or a label further up the body', () => {
    const closingLine = (html: string) =>
      closingAuthorLineIn(new JSDOM(`<div>${html}</div>`).window.document.body.firstElementChild!);
    // German capitalises nouns: this line is found, and the byline reader finds no name in it.
    expect(closedBy('<p>Von Montag an gilt wieder der normale Fahrplan.</p>').authors).toEqual([]);
    expect(closingLine('<p>Text: die Redaktion</p>')).toBeNull();
    expect(closingLine('<p>Von links: Peter Müller und Anna Schmidt</p>')).toBeNull();
    expect(
      closingLine('<figure><img src="/a.jpg"><div class="caption">Von Peter Müller gemalt</div></figure>'),
    ).toBeNull();
    const far = `<p>Text: Jane Doe</p><p>${'Die Bauarbeiten gehen weiter. '.repeat(5)}</p><p>Foto: Stadtarchiv</p>`;
    expect(closingLine(far)).toBeNull();
    // The whole page too, with a body long enough that only the closing line could name anyone.
    const longBody = '<p>Die Bauarbeiten gehen weiter, sagt die Stadt.</p>'.repeat(130);
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${longBody}<figure><img src="/a.jpg"><div class="caption">Von links: Bürgermeister Peter Müller und Anna Schmidt</div></figure></article>`,
      ).authors,
    ).toEqual([]);
  });

  it('reads every name after a label the byline reader knows ("Auteurs :", "Text und Fotos:")', () => {
    expect(closedBy('<p>Auteurs : Jean Dupont et Marie Curie</p>').authors).toEqual([
      'Jean Dupont',
      'Marie Curie',
    ]);
    expect(closedBy('<p>Text und Fotos: Jutta Klaukien</p>').authors).toEqual(['Jutta Klaukien']);
  });
});

describe('extractAuthors: a signature under the body', () => {
  it('names the writer whose name alone, in bold, closes the article', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}<p><b><i>Stefan Wasmer</i></b></p></article>`,
      ),
    ).toEqual({ byline: 'Stefan Wasmer', authors: ['Stefan Wasmer'] });
  });

  it('does not take a quotation’s or a picture’s credit closing the body for a signature', () => {
    for (const closing of [
      '<blockquote><p>Wir schaffen das.</p><p><i>Angela Merkel</i></p></blockquote>',
      '<p><em>Fotos Michael Kappeler</em></p>',
    ])
      expect(
        bylineOf(
          '',
          `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}${closing}</article>`,
        ),
      ).toEqual({ byline: null, authors: [] });
  });

  it('does not take a closing line in plain type, or a bold line that is not a name, for a signature', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}<p>Stefan Wasmer</p></article>`,
      ),
    ).toEqual({ byline: null, authors: [] });
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}<p><strong>Mehr zum Thema</strong></p></article>`,
      ),
    ).toEqual({ byline: null, authors: [] });
  });
});

describe('signatureIn: a signature closing the text column, with more kept after it', () => {
  /** A body as Readability may return it: the article's column, then a block of the page's own. */
  const bodyWith = (column: string, after: string): Element =>
    new JSDOM(
      `<div id="body"><div class="text">${column}</div>${after}</div>`,
    ).window.document.getElementById('body')!;
  const column = `${paragraphs}<p>${'Der Verkehr staut sich. '.repeat(10)}</p>`;
  const ticker =
    '<div><h2>Kurznachrichtenticker</h2><ul><li>vor 16 Stunden</li><li>Weitere Absagen in der Oberliga Nord.</li></ul><p>Die App: Lesen Sie alles auf Ihrem Smartphone.</p></div>';

  it('reads the name that closes the column when a news ticker follows it (hd-eishockeynews)', () => {
    expect(signatureIn(bodyWith(`${column}<p><b><i>Stefan Wasmer</i></b></p>`, ticker))).toBe(
      'Stefan Wasmer',
    );
  });

  it('reads nothing where the column does not end with the bold line, or the line is no name', () => {
    // A wiki's bold subheading above a table.
    expect(
      signatureIn(
        bodyWith(`${column}<p><b>After Divorce</b></p><table><tr><td>Day 1</td></tr></table>`, ticker),
      ),
    ).toBeNull();
    // A portal's bold copyright line.
    expect(
      signatureIn(bodyWith(`${column}<p><b>【版权所有，未经授权不得转载。】</b></p>`, ticker)),
    ).toBeNull();
    expect(signatureIn(bodyWith(`${column}<p><b>Mehr zum Thema:</b></p>`, ticker))).toBeNull();
  });

  it('reads nothing where the article goes on after the column, or the name is no signature', () => {
    // An article split in two: a bold subheading closes the first part, prose follows.
    expect(
      signatureIn(bodyWith(`${column}<p><b>Die Reaktionen</b></p>`, `<div></div>${paragraphs}`)),
    ).toBeNull();
    // A quotation's credit, a picture's credit.
    expect(
      signatureIn(bodyWith(`${column}<blockquote><p><i>Angela Merkel</i></p></blockquote>`, ticker)),
    ).toBeNull();
    expect(signatureIn(bodyWith(`${column}<p><em>Fotos Michael Kappeler</em></p>`, ticker))).toBeNull();
  });

  it('takes no column of fewer than three paragraphs for the article’s', () => {
    const oneParagraph = `<p>${'Die Hauptstraße bleibt gesperrt. '.repeat(20)}</p>`;
    expect(signatureIn(bodyWith(`${oneParagraph}<p><b><i>Stefan Wasmer</i></b></p>`, ticker))).toBeNull();
  });
});

describe("signatureOverOfficeIn: a statement signed with the signer's office", () => {
  const body = (markup: string): Element =>
    new JSDOM(`<div id="body">${paragraphs}${markup}</div>`).window.document.getElementById('body')!;

  it('reads the name over an office line in one paragraph (hd-ditb: "Kazım TÜRKMEN<br>DITIB-Bundesvorsitzender")', () => {
    expect(signatureOverOfficeIn(body('<p>Kazım TÜRKMEN<br>DITIB-Bundesvorsitzender</p>'))).toBe(
      'Kazım TÜRKMEN',
    );
    expect(signatureOverOfficeIn(body('<p>Jane Doe<br>\n  President and CEO</p>'))).toBe('Jane Doe');
  });

  it('reads the name over an office in blocks of their own (hd-ekiba: a press officer’s card)', () => {
    expect(
      signatureOverOfficeIn(
        body(
          '<div><a href="/weber"><strong>Alexandra Weber </strong></a><div class="funktion">Stellvertretende Pressesprecherin</div></div>',
        ),
      ),
    ).toBe('Alexandra Weber');
  });

  it('reads nothing from a contact block, a caption, a quotation or a line that is no office', () => {
    // The office's line gives a telephone number or an address: contact details, not a signature.
    expect(signatureOverOfficeIn(body('<p>Jane Doe<br>Pressesprecherin, Tel. 0721 9175-0</p>'))).toBeNull();
    expect(signatureOverOfficeIn(body('<p>Jane Doe<br>Sprecherin: presse@example.org</p>'))).toBeNull();
    expect(
      signatureOverOfficeIn(
        body('<figure><img src="a.jpg"><figcaption>Max Muster<br>Bürgermeister</figcaption></figure>'),
      ),
    ).toBeNull();
    expect(
      signatureOverOfficeIn(body('<blockquote><p>Max Muster<br>Bürgermeister</p></blockquote>')),
    ).toBeNull();
    // A list of results, a sentence before an office: no name alone over an office.
    expect(signatureOverOfficeIn(body('<p>Karl Geiger<br>Komplettes Ergebnis</p>'))).toBeNull();
    expect(
      signatureOverOfficeIn(body('<p>Das sagte am Montag der Vorsitzende.<br>Der Präsident</p>')),
    ).toBeNull();
    expect(signatureOverOfficeIn(body('<p>Bürgermeister</p>'))).toBeNull();
    // A sentence that mentions an office, after a line that happens to be two words.
    const sentence =
      'Der Präsident hat am Montag in Berlin erklärt, dass die Hauptstraße bis zum Ende des Jahres gesperrt bleibt.';
    expect(signatureOverOfficeIn(body(`<p>Zum Schluss<br>${sentence}</p>`))).toBeNull();
  });

  it.each([
    ['<p>Jane Doe<br>Mayor of Springfield</p>', 'Jane Doe'],
    ['<p>Jean Dupont<br>Maire de Lyon</p>', 'Jean Dupont'],
    ['<p>Jane Doe<br>Founder and CEO</p>', 'Jane Doe'],
    // A press contact's card as a list's one item (hd-ekiba).
    [
      '<ul><li><a href="/weber"><strong>Alexandra Weber</strong></a><p>Pressesprecherin</p></li></ul>',
      'Alexandra Weber',
    ],
    // White space between inline elements is part of the line.
    ['<p><strong>Anna</strong> <strong>Maria</strong> Schmidt<br>Pressesprecherin</p>', 'Anna Maria Schmidt'],
  ])('reads the signer of %s', (markup, name) => {
    expect(signatureOverOfficeIn(body(markup))).toBe(name);
  });

  it.each([
    // A sentence about an office; a letter's greeting over "your mayor".
    '<p><b>Zur Person</b></p><p>Max Muster ist Bürgermeister von Musterstadt.</p>',
    '<p>Herzliche Grüße<br>Ihre Bürgermeisterin</p>',
    '<p>Jane Doe<br>Sie ist die neue Bürgermeisterin.</p>',
    // A table of officials, a list, a definition list, a heading over a line.
    '<table><tr><td>Eva Roth</td><td>Zweite Bürgermeisterin</td></tr></table>',
    '<table><tr><td>Hans Maier<br>Bürgermeister</td><td>Eva Roth<br>Zweite Bürgermeisterin</td></tr></table>',
    '<dl><dt>Gemeinderat</dt><dd>Hans Maier<br>Bürgermeister</dd></dl>',
    '<ul><li>Anna Schmidt</li><li>Ministerin für Bildung</li></ul>',
    '<ul><li>Hans Maier<br>Bürgermeister</li><li>Eva Roth<br>Zweite Bürgermeisterin</li></ul>',
    '<dl><dt>Hans Maier</dt><dd>Bürgermeister</dd></dl>',
    '<h3>Jane Doe</h3><p>Chair of the committee</p>',
    // A caption outside a figure: the two lines stand in blocks side by side, not in one.
    '<div><img src="a.jpg"><p>Max Muster</p><p>Bürgermeister von Musterstadt</p></div>',
    // Words that only end like an office, or hold one inside.
    '<p>Infineon Technologies<br>Halbleiter für die Autoindustrie</p>',
    '<p>Bose SoundLink Flex<br>Bluetooth-Lautsprecher im Test</p>',
    '<p>Find Us<br>Staff Directory</p>',
    '<p>Dosage Guidelines<br>Administer with food</p>',
    '<p>Weitere Termine<br>Nächste Vorstandssitzung im Rathaus</p>',
    // A contact block: the name's block holds its label too.
    '<p>Media Contact<br>Jane Doe<br>Director of Communications</p>',
  ])('reads no signer from %s', (markup) => {
    expect(signatureOverOfficeIn(body(markup))).toBeNull();
  });

  it.each(['hd-ditb.de-Propheten', 'hd-ekiba.de-trauer'])(
    'signs %s, whose metadata names only the organisation',
    async (id) => {
      const page = corpusCase('htmldate-dev', id);
      const { byline, authors } = await withPage(page, (doc) => extractArticle(doc, page.url));
      expect(byline).toBe(page.expected.byline);
      expect(authors).toEqual([page.expected.byline]);
    },
  );

  it('keeps the signer’s name in the text, over the office, where it stands in an element of its own', () => {
    const url = 'https://zeitung.test/lokales/2022/sperrung-der-hauptstrasse';
    const dom = new JSDOM(
      `<html lang="de"><body><article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}<ul><li><span>Jane Doe</span><p>Bürgermeisterin</p></li></ul></article></body></html>`,
      { url },
    );
    const { byline, text } = extractArticle(dom.window.document, url);
    expect(byline).toBe('Jane Doe');
    expect(text).toMatch(/Jane Doe\s+Bürgermeisterin$/);
  });

  it('still removes a stray byline line at the top when the same person signs at the end', () => {
    const url = 'https://zeitung.test/lokales/2022/sperrung-der-hauptstrasse';
    const dom = new JSDOM(
      `<html lang="de"><head><meta name="author" content="Jane Doe"></head><body><article><h1>Die Sperrung der Hauptstraße dauert an</h1><p>Jane Doe</p>${paragraphs}<ul><li><span>Jane Doe</span><p>Bürgermeisterin</p></li></ul></article></body></html>`,
      { url },
    );
    const { text } = extractArticle(dom.window.document, url);
    expect(text).toMatch(/^Die Hauptstraße/);
    expect(text).toMatch(/Jane Doe\s+Bürgermeisterin$/);
  });

  it('signs the article when nothing else names its author', () => {
    expect(
      bylineOf(
        '<meta name="author" content="Türkisch-Islamische Union e.V.">',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}<p>Kazım TÜRKMEN<br>DITIB-Bundesvorsitzender</p></article>`,
      ),
    ).toEqual({ byline: 'Kazım TÜRKMEN', authors: ['Kazım TÜRKMEN'] });
  });
});

describe('extractAuthors: nested byline elements', () => {
  it('reads the innermost byline element that names someone, not the job title beside it (readability/yahoo-1)', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><div class="author"><a class="author-link" href="/a">Ben Silverman</a><div class="author-title">Games Editor</div></div>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'Ben Silverman', authors: ['Ben Silverman'] });
  });

  it('still reads the container when the inner element names nobody', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><div class="byline">Von Jana Schmidt <span class="author-avatar"></span></div>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'Jana Schmidt', authors: ['Jana Schmidt'] });
  });
});

describe('extractAuthors: a "by" line over the headline', () => {
  it('names the book’s author printed over a chapter’s headline (hd-royalroad, readability/royal-road)', async () => {
    const labelled = corpusCase('htmldate-dev', 'hd-royalroad.com.melas');
    expect(await withPage(labelled, (doc) => extractArticle(doc, labelled.url).byline)).toBe(
      labelled.expected.byline,
    );
    // Readability's label for this page is its own "Follow Author"; the header prints "by Sleyca".
    const unlabelled = corpusCase('readability', 'royal-road');
    expect(await withPage(unlabelled, (doc) => extractArticle(doc, unlabelled.url).byline)).toBe('Sleyca');
  });

  it('reads the name after a "by" of its own over the headline in its header block', () => {
    expect(
      bylineOf(
        '',
        `<article><header><p class="kicker">Opinion</p><p><span>By</span> <a href="/a/jana">Jana Schmidt</a></p><h1>Die Sperrung der Hauptstraße dauert an</h1></header>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'Jana Schmidt', authors: ['Jana Schmidt'] });
  });

  it('takes no kicker or picture credit over the headline for a byline (a review’s findings)', () => {
    const over = (line: string) =>
      bylineOf(
        '',
        `<article><header>${line}<h1>Die Sperrung der Hauptstraße dauert an</h1></header>${paragraphs}</article>`,
      );
    for (const kicker of ['De Haagse Politiek', 'By The Numbers', 'Von Der Leyen', 'Di Maio'])
      expect(over(`<a class="kicker" href="/k">${kicker}</a>`)).toEqual({ byline: null, authors: [] });
    expect(over('<div class="hero"><img src="/a.jpg" alt=""><span>Photo by John Roe</span></div>')).toEqual({
      byline: null,
      authors: [],
    });
    // A caption's credit in a figure, even with "by" in an element of its own.
    expect(
      over(
        '<figure><img src="/a.jpg" alt=""><figcaption><span>by</span> <span>John Roe</span></figcaption></figure>',
      ),
    ).toEqual({
      byline: null,
      authors: [],
    });
  });

  it('reads nothing over the headline outside its header block, or past another line', () => {
    const teaser = `<div class="teaser"><a href="/t">Ein anderer Artikel</a> <span>von</span> <span>Max Muster</span></div>`;
    // The "von" line belongs to a teaser beside the header, not to the header.
    expect(
      bylineOf(
        '',
        `<article>${teaser}<header><h1>Die Sperrung der Hauptstraße dauert an</h1></header>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: null, authors: [] });
    // The headline's parent holds a whole column of text, not a header.
    expect(
      bylineOf(
        '',
        `<article><span>von</span> <span>Max Muster</span><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: null, authors: [] });
    // A headline straight in the body, with a short page: the body is no header block.
    expect(
      bylineOf(
        '',
        `<span>von</span> <span>Max Muster</span><h1>Die Sperrung der Hauptstraße dauert an</h1><p>Kurz.</p>`,
      ),
    ).toEqual({
      byline: null,
      authors: [],
    });
    // A kicker line between the "by" and the headline is no name.
    expect(
      bylineOf(
        '',
        `<article><header><span>von</span> <span>Max Muster</span> <p class="kicker">Ein ziemlich langer Vorspann über die Sperrung der Hauptstraße und den Verkehr</p><h1>Die Sperrung der Hauptstraße dauert an</h1></header>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: null, authors: [] });
  });
});

describe('extractAuthors: a "By" line under the headline, behind a design’s marks', () => {
  it('reads "// By Arun Sai Krishnan • Nov 11, 2020" when no metadata names the author (readability/dropbox-blog)', async () => {
    const c = corpusCase('readability', 'dropbox-blog');
    const { byline } = await extractWithout(c, 'script[type="application/ld+json"], meta[name="author"]');
    expect(byline).toBe('Arun Sai Krishnan');
  });

  it('reads it in a page of its own, and no dash that opens an ordinary sentence', () => {
    const headline = '<h1>Die Sperrung der Hauptstraße dauert an</h1>';
    expect(
      bylineOf('', `<article>${headline}<div><span>— Von Hans Meier</span></div>${paragraphs}</article>`)
        .byline,
    ).toBe('Hans Meier');
    expect(
      bylineOf(
        '',
        `<article>${headline}<div><span>— Vor Ort war es ruhig</span></div>${paragraphs}</article>`,
      ).byline,
    ).toBeNull();
  });
});

describe('extractAuthors: a byline whose names run on past the label’s element', () => {
  const headline = '<h1>Die Sperrung der Hauptstraße dauert an</h1>';
  const byline = (line: string) => creditsOf('', `${headline}<p class="bylines">${line}</p>${paragraphs}`);

  it('reads both authors of "Von Fiona Bornhöft und Mariam Hofbeck" with the metadata gone (trafilatura-dev/tf-ad-magazin.de.wellness)', async () => {
    const c = corpusCase('trafilatura-dev', 'tf-ad-magazin.de.wellness');
    const { authors } = await extractWithout(
      c,
      'script[type="application/ld+json"], meta[name*="author" i], meta[property*="author" i]',
    );
    expect(authors).toEqual(['Fiona Bornhöft', 'Mariam Hofbeck']);
  });

  it('reads every name joined by a comma or an "and", each in an element like the first', () => {
    const name = (n: string) => `<span class="name"><a href="/autor/x">${n}</a></span>`;
    expect(
      byline(
        `<span class="name"><span>Von </span><a href="/autor/jana">Jana Schmidt</a></span>, ${name('Peter Maahn')} und ${name('Anna Weber')}`,
      ).authors,
    ).toEqual(['Jana Schmidt', 'Peter Maahn', 'Anna Weber']);
  });

  it('adds nothing that is not a name: a date, a desk, a tag, a section, a place or a picture agency', () => {
    const first = '<span class="name"><span>Von </span><a href="/autor/jana">Jana Schmidt</a></span>';
    for (const after of [
      ', <time>12. April 2022</time>',
      ', Lokalredaktion',
      ', <a href="/thema/klimawandel" rel="category tag">Climate Change</a>',
      ' / <a href="/section/world">Middle East</a>',
      ', <a href="/thema/usa">White House</a>, <a href="/thema/justiz">Supreme Court</a>',
      ' en <span class="place">Buenos Aires</span>',
      ' / <span class="name">Getty Images</span>',
    ])
      expect(byline(`${first}${after}`).authors, after).toEqual(['Jana Schmidt']);
  });
});

describe('extractAuthors: a byline that runs on into a biography', () => {
  it('reads the name in "By Alex Heath, a deputy editor … newsletter. He’s covered …" when no metadata names him (readability/theverge)', async () => {
    const c = corpusCase('readability', 'theverge');
    const { byline } = await extractWithout(
      c,
      'script[type="application/ld+json"], meta[name*="author"], meta[property*="author"]',
    );
    expect(byline).toBe('Alex Heath');
  });

  it('cuts at a sentence’s end, not at an initial', () => {
    const bio = 'He has covered the city council and its budget for over a decade for several papers.';
    const line = (name: string) =>
      `<article><h1>Die Lage in Nicaragua bleibt angespannt</h1><p class="byline"><span>By</span> <a href="/a">${name}</a>, a senior reporter. ${bio}</p>${paragraphs}</article>`;
    expect(bylineOf('', line('Jane Doe')).byline).toBe('Jane Doe');
    expect(bylineOf('', line('J. K. Rowling')).byline).toBe('J. K. Rowling');
    // A title's full stop ends no sentence: the line is too long and names nobody clearly.
    expect(bylineOf('', line('Prof. Dr. Hans Meier')).byline).not.toBe('Prof.');
    // Nor do a design's marks before it make the line prose.
    const marked = `<article><h1>Die Lage in Nicaragua bleibt angespannt</h1><p>— By <a href="/a">Jane Doe</a>, a senior reporter. ${bio}</p>${paragraphs}</article>`;
    expect(bylineOf('', marked).byline).toBe('Jane Doe');
  });
});

describe('extractAuthors: what only looks like a byline', () => {
  it('reads no "von …" inside a paragraph’s sentence as a byline (hd-globalvoices: "Anführer von Bauernbewegungen")', () => {
    const prose = `<p>${'Die Regierung hat viele Menschen verhaftet. '.repeat(3)}Darunter waren Studenten, Anführer <a href="/x">von Bauernbewegungen</a>, Journalisten und andere.</p>`;
    expect(
      bylineOf('', `<article><h1>Die Lage in Nicaragua bleibt angespannt</h1>${prose}${paragraphs}</article>`)
        .byline,
    ).toBeNull();
    // A "By" line of its own inside the same kind of block still is one.
    expect(
      bylineOf(
        '',
        `<article><h1>Die Lage in Nicaragua bleibt angespannt</h1><p>Von Hans Meier</p>${paragraphs}</article>`,
      ).byline,
    ).toBe('Hans Meier');
  });

  it('takes none of the site’s own desks for a person beside the writer (hd-de.globalvoices: "Global Voices Latin America")', async () => {
    const c = corpusCase('htmldate-dev', 'hd-de.globalvoices.org.nicaragua');
    expect(await withPage(c, (doc) => extractArticle(doc, c.url).byline)).toBe(c.expected.byline);
    // A person whose first names the site is named after stays one, beside another writer.
    const line =
      '<article><h1>Die Lage in Nicaragua bleibt angespannt</h1><p class="byline">Por Juan Carlos Ruiz y Ana Gómez</p>';
    expect(bylineOf('', `${line}${paragraphs}</article>`, 'https://juancarlos.test/2022/x').authors).toEqual([
      'Juan Carlos Ruiz',
      'Ana Gómez',
    ]);
  });
});

describe('extractAuthors: an author label of its own anywhere in the article', () => {
  it('reads the name after "Author:" in the article’s footer, when nothing else names one (hd-strangemachines)', async () => {
    const c = corpusCase('htmldate-dev', 'hd-strangemachines.io.performant');
    // Its JSON-LD names the author too: without it, only the footer's "Author: Jacopo Cascioli" does.
    const { byline } = await extractWithout(c, 'script[type="application/ld+json"]');
    expect(byline).toBe(c.expected.byline);
  });

  it('reads it in a list of facts under the body, and in a footer its class calls the article’s', () => {
    const facts = '<ul class="facts"><li><span>Autorin:</span> <span>Jana Schmidt</span></li></ul>';
    expect(
      bylineOf('', `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}${facts}</article>`),
    ).toEqual({
      byline: 'Jana Schmidt',
      authors: ['Jana Schmidt'],
    });
    expect(
      bylineOf(
        '',
        `<main><div><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}</div><footer class="footer article-footer">${facts}</footer></main>`,
      ),
    ).toEqual({ byline: 'Jana Schmidt', authors: ['Jana Schmidt'] });
  });

  it('takes no author label from the site’s footer, comments, an aside or a figure', () => {
    const facts = '<ul><li><span>Autor:</span> <span>Max Muster</span></li></ul>';
    for (const around of [
      (inner: string) => `<footer class="site-footer">${inner}</footer>`,
      (inner: string) => `<div class="comments">${inner}</div>`,
      (inner: string) => `<aside>${inner}</aside>`,
    ])
      expect(
        bylineOf(
          '',
          `<main><div><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}</div>${around(facts)}</main>`,
        ),
      ).toEqual({ byline: null, authors: [] });
    // A label opening a paragraph is no byline line.
    const paragraph = `<p><span>Autor:</span> Max Muster, ${'der die Sperrung seit Wochen begleitet. '.repeat(4)}</p>`;
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}${paragraph}</article>`,
      ),
    ).toEqual({ byline: null, authors: [] });
    // A picture's caption under the headline credits the picture.
    const figure = `<figure><img src="/a.jpg" alt=""><figcaption>${facts}</figcaption></figure>`;
    expect(
      bylineOf(
        '',
        `<main><div><h1>Die Sperrung der Hauptstraße dauert an</h1>${figure}${paragraphs}</div></main>`,
      ),
    ).toEqual({ byline: null, authors: [] });
  });
});

describe('extractAuthors: an agency credited in the article text', () => {
  it('credits the agency in the dateline that opens the body (hd-sat1regional: "Hamburg (dpa/lno) –")', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><p>Hamburg (dpa/lno) – Die Hauptstraße bleibt gesperrt. ${'Umleitungen sind ausgeschildert. '.repeat(20)}</p>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'dpa/lno', authors: [] });
  });

  it('credits the agency in parentheses closing the body, past an editor’s note (hd-fr.de: "(FR mit dpa)")', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}<p>${'Die Stadt prüft den Schaden. '.repeat(10)}(FR mit dpa)</p><p><em>Die Zeitung ist Teil eines Netzwerks.</em></p></article>`,
      ),
    ).toEqual({ byline: 'FR mit dpa', authors: [] });
  });

  it('names the writer over the agency when the page names one', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><p class="byline">Von Jana Schmidt</p><p>Hamburg (dpa) – Die Hauptstraße bleibt gesperrt. ${'Umleitungen sind ausgeschildert. '.repeat(20)}</p>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'Jana Schmidt', authors: ['Jana Schmidt'] });
  });

  it('does not take other words in parentheses for a credit', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><p>Hamburg (Altona) – Die Hauptstraße bleibt gesperrt. ${'Umleitungen sind ausgeschildert. '.repeat(20)}</p>${paragraphs}<p>${'Die Stadt prüft. '.repeat(10)}(siehe oben)</p></article>`,
      ),
    ).toEqual({ byline: null, authors: [] });
  });
});

describe('extractAuthors: a user name in metadata, the full name on the page', () => {
  it('prints the full name the byline shows for the user name JSON-LD gives (tf-baumeister)', () => {
    expect(
      bylineOf(
        '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"arianschlichenmayer"}}</script>',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><div class="post-author">von Arian Schlichenmayer</div>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'Arian Schlichenmayer', authors: ['Arian Schlichenmayer'] });
  });

  it('gives the full name a Person’s biography opens with for a one-word display name (hd-mtb-news)', () => {
    const person = (description: string) =>
      `<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"Stefanus","description":"${description}"}]}</script>`;
    const page = `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}</article>`;
    expect(
      bylineOf(person('Stefanus Stahl - Maschinenbauer, Abenteurer und Projektleiter.'), page).authors,
    ).toEqual(['Stefanus Stahl']);
    expect(bylineOf(person('Stefanus Stahl ist Maschinenbauer.'), page).authors).toEqual(['Stefanus Stahl']);
    expect(bylineOf(person('Stefanus Rossi è un giornalista.'), page).authors).toEqual(['Stefanus Rossi']);
    // A biography that does not open with a name gives nothing to add: a verb, a noun, a role.
    for (const bio of [
      'Stefanus fährt seit 2002 Rad.',
      'Stefanus Fährt gern Rad.',
      'Stefanus Bergführer, Fotograf und Autor.',
      'Stefanus Stahl Maschinenbauer und Abenteurer.',
      'Stefanus Redakteur - seit 2002 im Team.',
    ])
      expect(bylineOf(person(bio), page).authors).toEqual(['Stefanus']);
  });

  it('credits an organisation by its name, not by its description', () => {
    expect(
      bylineOf(
        '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Golem","description":"Golem Media (Berlin) - ein Verlag"}}</script>',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'Golem', authors: [] });
  });

  it('keeps the metadata name when the page’s byline names someone else', () => {
    expect(
      bylineOf(
        '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"mariannek"}}</script>',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><div class="post-author">von Arian Schlichenmayer</div>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'mariannek', authors: ['mariannek'] });
  });
});

describe('extractAuthors: the page names more than the metadata', () => {
  const jsonLdAuthor = (name: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"${name}"}}</script>`;
  const article = (afterHeadline = '') =>
    `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${afterHeadline}${paragraphs}</article>`;

  it('names the co-author the byline adds to the one JSON-LD gives (hd-ebike-mtb)', () => {
    expect(
      bylineOf(
        jsonLdAuthor('Rudolf Fischer'),
        article(
          `<span class="author vcard">von Rudolf Fischer, Simon Kohler</span><span class="author">Rudolf Fischer</span>`,
        ),
      ),
    ).toEqual({ byline: 'Rudolf Fischer and Simon Kohler', authors: ['Rudolf Fischer', 'Simon Kohler'] });
  });

  it('names every author the meta tag lists when JSON-LD gives only the first (hd-standard.co.uk)', () => {
    expect(
      bylineOf(
        jsonLdAuthor('April Roach') + '<meta name="author" content="April Roach, Daniel O&#x27;Mahony">',
        article(),
      ),
    ).toEqual({ byline: "April Roach and Daniel O'Mahony", authors: ['April Roach', "Daniel O'Mahony"] });
  });

  it('takes no one-word extra from the meta tag for a co-author ("Jane Doe, Washington")', () => {
    expect(
      bylineOf(
        jsonLdAuthor('April Roach') + '<meta name="author" content="April Roach, Washington">',
        article(),
      ),
    ).toEqual({ byline: 'April Roach', authors: ['April Roach'] });
  });

  it('reads Dublin Core creators, one per tag and surname first, as the names they are (readability/ietf-1)', () => {
    expect(
      bylineOf(
        '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">',
        article(),
      ),
    ).toEqual({ byline: 'F. Kooman and Michiel de Jong', authors: ['F. Kooman', 'Michiel de Jong'] });
  });

  it('keeps JSON-LD’s author when the meta tag names someone else', () => {
    expect(
      bylineOf(
        jsonLdAuthor('April Roach') + '<meta name="author" content="Daniel O&#x27;Mahony, Jane Doe">',
        article(),
      ),
    ).toEqual({ byline: 'April Roach', authors: ['April Roach'] });
  });

  it('keeps the metadata’s author when the byline names someone else entirely', () => {
    expect(
      bylineOf(
        jsonLdAuthor('Rudolf Fischer'),
        article(`<span class="author">von Simon Kohler und Jana Schmidt</span>`),
      ),
    ).toEqual({ byline: 'Rudolf Fischer', authors: ['Rudolf Fischer'] });
  });
});

describe('extractAuthors: a forum thread', () => {
  it('credits the user name of the first post after the headline (hd-katzen-forum, hd-villagersandheroes: XenForo)', () => {
    expect(
      bylineOf(
        '',
        `<nav><div data-author="Werbung">x</div></nav><h1>Jede Nacht verliert Pepe Dreck aus dem Fell</h1><article class="message" data-author="Pepemaus">${paragraphs}</article><article class="message" data-author="yellowkitty"><p>Antwort.</p></article>`,
      ),
    ).toEqual({ byline: 'Pepemaus', authors: [] });
  });
});

describe('extractAuthors: what a review found', () => {
  it('keeps the co-authors a byline container prints beside a linked first author', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><div class="authors"><a class="author" href="/a">Jane Doe</a>, John Roe and Max Muster</div>${paragraphs}</article>`,
      ),
    ).toEqual({
      byline: 'Jane Doe, John Roe and Max Muster',
      authors: ['Jane Doe', 'John Roe', 'Max Muster'],
    });
  });

  it('reads a writer’s own e-mail on their own domain as no sign of the site', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><p class="byline">Von Jana Schmidt (jana@zeitung.test)</p>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: 'Jana Schmidt', authors: ['Jana Schmidt'] });
  });

  it('does not take a picture credit after a number for a byline ("Bild 3 von Peter Müller")', () => {
    expect(
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><figure><img src="/a.jpg"><figcaption>Bild 3 von Peter Müller</figcaption></figure>${paragraphs}</article>`,
      ),
    ).toEqual({ byline: null, authors: [] });
  });
});

describe('extractAuthors: WordPress cards and embedded posts', () => {
  it('reads the author from a Yoast card label, in the page’s language (tf-frolleinherr)', () => {
    expect(
      creditsOf(
        '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">' +
          '<meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="3 Minuten">',
        `<h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}`,
      ),
    ).toEqual({ byline: 'Karoline Herr', authors: ['Karoline Herr'] });
    // Any other card ("Geschätzte Lesezeit", "Filed under") names no author.
    expect(
      creditsOf(
        '<meta name="twitter:label1" content="Filed under"><meta name="twitter:data1" content="Jane Doe">',
        `<h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}`,
      ).byline,
    ).toBeNull();
  });

  it('takes no "shared by" line of an embedded Instagram post for the byline (tf-frolleinherr, hd-liquimoly-hbl)', () => {
    const embed =
      '<blockquote class="instagram-media"><div><p><a href="https://www.instagram.com/p/x/">Ein Beitrag geteilt von Eleonora Aricó (@eleonoraarico)</a></p></div></blockquote>';
    expect(
      creditsOf('', `<h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}${embed}`).byline,
    ).toBeNull();
  });
});

describe('extractAuthors: microdata of nested items', () => {
  it('takes the authors of cited papers for no author of the page (hd-link.springer.com)', () => {
    const references = ['NH. Shear', 'SP. Spielberg']
      .map(
        (name) =>
          `<li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle"><meta itemprop="author" content="${name}"><span>${name}, a cited paper.</span></li>`,
      )
      .join('');
    expect(
      bylineOf(
        '<meta name="dc.creator" content="Marwan H. Adwan">',
        `<article itemscope itemtype="http://schema.org/ScholarlyArticle"><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}<ol>${references}</ol></article>`,
      ),
    ).toEqual({ byline: 'Marwan H. Adwan', authors: ['Marwan H. Adwan'] });
  });

  it.each(['mainEntity', 'blogPost', 'hasPart', 'mainEntity hasPart'])(
    'still reads the article nested in the page’s item as its %s',
    (property) => {
      expect(
        bylineOf(
          '',
          `<div itemscope itemtype="http://schema.org/Blog"><article itemprop="${property}" itemscope itemtype="http://schema.org/BlogPosting"><meta itemprop="author" content="Jane Doe"><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}</article></div>`,
        ),
      ).toEqual({ byline: 'Jane Doe', authors: ['Jane Doe'] });
    },
  );
});

describe('extractAuthors: metadata that names the site', () => {
  const article = `<article><h1>Die Sperrung der Hauptstraße dauert an</h1>${paragraphs}</article>`;

  it('takes a site name of several parts, given as author, for no people (hd-1602557452)', () => {
    // Names in a script without capitals pass as a person's by their shape alone.
    const site = 'خبرگزاری باشگاه خبرنگاران | آخرین اخبار ایران و جهان | YJC';
    const head = `<meta property="og:site_name" content="${site}"><meta property="article:author" content="${site}">`;
    expect(bylineOf(head, article).authors).toEqual([]);
  });

  it("credits a one-word author that is the site's own name, naming no person (hd-automobilwoche, hd-1716561772)", () => {
    const url = 'https://www.ukrinform.test/politics/2022/sperrung';
    expect(bylineOf('<meta name="author" content="Ukrinform">', article, url)).toEqual({
      byline: 'Ukrinform',
      authors: [],
    });
    // A user's subdomain is not the site's name.
    expect(
      bylineOf('<meta name="author" content="jane">', article, 'https://jane.blogs.test/2022/x').authors,
    ).toEqual(['jane']);
    expect(bylineOf('<meta name="author" content="ukrinformer">', article, url)).toEqual({
      byline: 'ukrinformer',
      authors: ['ukrinformer'],
    });
  });

  it("reads the site's name past a subdomain whatever its length (blog.ndr.de is NDR's), and keeps a hyphenated domain's person", () => {
    const onBlog = 'https://blog.ndr.test/2022/sperrung';
    expect(bylineOf('<meta name="author" content="Ndr">', article, onBlog)).toEqual({
      byline: 'Ndr',
      authors: [],
    });
    // A shared second level is not the site's name: parlament.gv.at is the Parliament's.
    expect(
      bylineOf('<meta name="author" content="Parlament">', article, 'https://www.parlament.gv.test/x')
        .authors,
    ).toEqual([]);
    // A personal site named after its writer, whose CMS user name runs the name together.
    const personal = 'https://moritz-meyer.test/blog/sperrung';
    expect(bylineOf('<meta name="author" content="MoritzMeyer">', article, personal).authors).toEqual([
      'MoritzMeyer',
    ]);
  });

  it('keeps the person a personal site is named after (readability/toc-missing)', () => {
    const head = '<meta property="og:site_name" content="Jane Doe"><meta name="author" content="Jane Doe">';
    expect(bylineOf(head, article)).toEqual({ byline: 'Jane Doe', authors: ['Jane Doe'] });
  });

  it("reads the Shareaholic plugin's author and dates (hd-wolfgangmichal)", () => {
    const head =
      "<meta name='shareaholic:article_author_name' content='Jane Doe'>" +
      "<meta name='shareaholic:article_published_time' content='2017-06-07T11:19:22+02:00'>";
    const dom = new JSDOM(`<html lang="de"><head>${head}</head><body>${article}</body></html>`, {
      url: URL_,
    });
    const result = extractArticle(dom.window.document, URL_);
    dom.window.close();
    expect(result.authors).toEqual(['Jane Doe']);
    expect(result.published).toMatchObject({ iso: '2017-06-07T11:19:22+02:00', source: 'meta' });
  });
});

describe('extractAuthors: a byline element that says more than the names it links', () => {
  it('reads the people it links to their pages, without their job titles (htmldate-dev/hd-aclu.org-grades)', async () => {
    const c = corpusCase('htmldate-dev', 'hd-aclu.org-grades');
    // The page's JSON-LD names both; without it the byline element under the headline must.
    const found = await extractWithout(c, 'script[type="application/ld+json"]');
    expect(found.authors).toEqual(['Sarah Hinger', 'Sylvia Torres-Guillén']);
  });

  const headline = '<h1>Die Sperrung der Hauptstraße dauert an</h1>';
  const byline = (inner: string) =>
    bylineOf('', `<article>${headline}<div class="article-author">${inner}</div>${paragraphs}</article>`);

  it('takes only links to a writer’s page, and no list of every writer', () => {
    const titles =
      ', Leiterin der Lokalredaktion und Expertin für Verkehrsfragen im Landkreis, schreibt seit 2019 über Straßen, Radwege und den Nahverkehr';
    expect(byline(`<a href="/autoren/hanna-weber">Hanna Weber</a>${titles}`).authors).toEqual([
      'Hanna Weber',
    ]);
    // A link to a section is no person, however its text reads; nor is a writer's page's link
    // that does not spell the name its address does.
    expect(byline(`<a href="/lokales/stadtmitte">Stadtmitte Nord</a>${titles}`).authors).toEqual([]);
    expect(byline(`<a href="/autoren/weber-hanna">Zur Artikelübersicht</a>${titles}`).authors).toEqual([]);
    expect(byline(`<a href="/autoren/weber-hanna">Hanna Weber</a>${titles}`).authors).toEqual([
      'Hanna Weber',
    ]);
    const everyone = [
      'Anna Berg',
      'Bernd Kurz',
      'Clara Ost',
      'Dirk Lang',
      'Eva Roth',
      'Felix Ahn',
      'Gina Holt',
      'Hans Wirth',
      'Ida Sommer',
    ]
      .map((name) => `<a href="/autor/${name.toLowerCase().replace(' ', '-')}">${name}</a>`)
      .join(', ');
    expect(byline(`Unsere Autorinnen und Autoren im Überblick: ${everyone}`).authors).toEqual([]);
  });
});

describe('extractAuthors: a link to the writer’s page under the headline, with nothing else to say it is the byline', () => {
  it('reads it when no metadata names the author (readability/engadget)', async () => {
    const c = corpusCase('readability', 'engadget');
    const { byline } = await extractWithout(
      c,
      'script[type="application/ld+json"], meta[name="author"], meta[property="article:author"]',
    );
    expect(byline).toBe('Devindra Hardawar');
  });

  it('reads a user’s handle that spells the name written together (readability/medium-3)', async () => {
    const c = corpusCase('readability', 'medium-3');
    // Medium's author link under the headline is `/@johncwelch`, its classes say nothing.
    const { byline } = await extractWithout(
      c,
      'script[type="application/ld+json"], meta[name="author"], meta[property="article:author"]',
    );
    expect(byline).toBe('John C. Welch');
    // A handle that does not spell the link's text names no one: a channel, a company, a short name.
    const handle = (href: string, text: string) =>
      bylineOf(
        '',
        `<article><h1>Die Sperrung der Hauptstraße dauert an</h1><div class="meta"><a href="${href}">${text}</a></div>${paragraphs}</article>`,
      ).byline;
    expect(handle('/@hannaweber', 'Hanna Weber')).toBe('Hanna Weber');
    expect(handle('/@zeitungtest', 'Hanna Weber')).toBeNull();
    expect(handle('/@hannaweber/posts', 'Hanna Weber')).toBeNull();
    expect(handle('/@hannaweber/', 'Hanna Weber')).toBe('Hanna Weber');
    // A handle on another site is a channel or a post quoted, not the writer's page.
    expect(handle('https://www.youtube.com/@hannaweber', 'Hanna Weber')).toBeNull();
    expect(handle('https://www.threads.net/@hannaweber', 'Hanna Weber')).toBeNull();
  });

  const headline = '<h1>Die Sperrung der Hauptstraße dauert an</h1>';
  it('reads the line the link stands in, and no link in a sentence, a caption or an aside', () => {
    expect(
      bylineOf(
        '',
        `<article>${headline}<div class="meta"><a href="/autoren/hanna-weber">Hanna Weber</a> und <a href="/autoren/jan-roth">Jan Roth</a></div>${paragraphs}</article>`,
      ).authors,
    ).toEqual(['Hanna Weber', 'Jan Roth']);
    const prose = `<p>Wie <a href="/autoren/hanna-weber">Hanna Weber</a> schon im Frühjahr berichtete, ist die Sperrung der Hauptstraße seit Monaten geplant und wird bis zum Herbst dauern.</p>`;
    expect(bylineOf('', `<article>${headline}${prose}${paragraphs}</article>`).authors).toEqual([]);
    const caption = `<figure><img src="/bild.jpg"><figcaption><a href="/autoren/hanna-weber">Hanna Weber</a></figcaption></figure>`;
    expect(bylineOf('', `<article>${headline}${caption}${paragraphs}</article>`).authors).toEqual([]);
    const aside = `<aside><a href="/autoren/hanna-weber">Hanna Weber</a></aside>`;
    expect(bylineOf('', `<article>${headline}${aside}${paragraphs}</article>`).authors).toEqual([]);
  });

  it('takes no story’s subject, topic page or link that names nobody', () => {
    // The first paragraph opening with a person's page names the story's subject.
    const subject = `<p><a href="/people/elon-musk">Elon Musk</a> said on Tuesday that the company would build its next factory near Berlin, with work to start within a year.</p>`;
    expect(bylineOf('', `<article>${headline}${subject}${paragraphs}</article>`).authors).toEqual([]);
    // A topic page is no writer's, even under a directory named like one.
    const tags = `<div class="tags"><a href="/news/people/taylor-swift">Taylor Swift</a></div>`;
    expect(bylineOf('', `<article>${headline}${tags}${paragraphs}</article>`).authors).toEqual([]);
    // A link to the staff list is no credit.
    const staff = `<div class="meta"><a href="/staff/list">Staff</a></div>`;
    expect(bylineOf('', `<article>${headline}${staff}${paragraphs}</article>`).byline).toBeNull();
  });

  it('adds no photographer or editor a byline links to the author its metadata names', () => {
    const credits = `<div class="byline">Reporting: <a href="/author/jane-doe">Jane Doe</a> in Berlin, with additional reporting from the regional desk; Photography: <a href="/contributors/bob-roe">Bob Roe</a>; Editing: <a href="/editors/dee-ede">Dee Ede</a></div>`;
    expect(
      bylineOf(
        '<meta name="author" content="Jane Doe">',
        `<article>${headline}${credits}${paragraphs}</article>`,
      ).authors,
    ).toEqual(['Jane Doe']);
  });
});

describe('extractAuthors: an agency credited alone under the headline', () => {
  it('is the byline of a wire story that names no one (htmldate-dev/hd-japantimes.co.jp.surgical)', async () => {
    const c = corpusCase('htmldate-dev', 'hd-japantimes.co.jp.surgical');
    const found = await withPage(c, (doc) => extractArticle(doc, c.url));
    expect(found.byline).toBe('JIJI');
    expect(found.authors).toEqual([]);
  });

  const headline = '<h1>Die Sperrung der Hauptstraße dauert an</h1>';
  it('credits agencies joined, and no picture’s credit, link or sentence', () => {
    const credit = (line: string) =>
      `<article>${headline}<p class="credit">${line}</p>${paragraphs}</article>`;
    expect(bylineOf('', credit('AFP-JIJI')).byline).toBe('AFP-JIJI');
    expect(bylineOf('', credit('dpa/lno')).byline).toBe('dpa/lno');
    // The lead picture's credit, in its figure or after it.
    const photo = `<figure><img src="/bild.jpg"><figcaption>AFP</figcaption></figure>`;
    expect(bylineOf('', `<article>${headline}${photo}${paragraphs}</article>`).byline).toBeNull();
    const afterPicture = `<div class="lead"><img src="/bild.jpg"><span class="credit">AFP</span></div>`;
    expect(bylineOf('', `<article>${headline}${afterPicture}${paragraphs}</article>`).byline).toBeNull();
    expect(bylineOf('', credit('<a href="/thema/afp">AFP</a>')).byline).toBeNull();
    // A picture drawn by CSS or loaded late, a credit labelled as a photo's or naming a photo
    // source ("KCNA", "File", "Pool"), and a tag in a list are no byline either.
    const after = (picture: string, line: string) =>
      bylineOf('', `<article>${headline}${picture}${line}${paragraphs}</article>`).byline;
    expect(
      after('<div style="background-image:url(/b.jpg)"></div>', '<span class="credit">AFP</span>'),
    ).toBeNull();
    expect(after('<div data-src="/b.jpg"></div>', '<p>AFP</p>')).toBeNull();
    expect(after('<div class="hero"><span>AFP</span></div>', '')).toBeNull();
    expect(after('', '<p>Photo: <span>Reuters</span></p>')).toBeNull();
    expect(bylineOf('', credit('AFP/KCNA')).byline).toBeNull();
    expect(bylineOf('', credit('AP/Pool')).byline).toBeNull();
    expect(after('', '<ul class="tags"><li>Weather</li><li>AFP</li></ul>')).toBeNull();
    expect(bylineOf('', credit('AFP meldet, dass die Sperrung andauert')).byline).toBeNull();
  });
});
