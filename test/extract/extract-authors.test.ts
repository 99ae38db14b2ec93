import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

const URL_ = 'https://zeitung.test/lokales/2022/sperrung-der-hauptstrasse';
const paragraphs = `<p>${'Die Hauptstraße bleibt gesperrt. '.repeat(20)}</p><p>${'Umleitungen sind ausgeschildert. '.repeat(20)}</p>`;

function creditsOf(head: string, body: string): { byline: string | null; authors: string[] } {
  const dom = new JSDOM(
    `<html lang="de"><head>${head}</head><body><article>${body}</article></body></html>`,
    {
      url: URL_,
    },
  );
  try {
    const { byline, authors } = extractArticle(dom.window.document, URL_);
    return { byline, authors };
  } finally {
    dom.window.close();
  }
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
