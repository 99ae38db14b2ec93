import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

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
