import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { detectArticle, extractArticle, type ExtractedArticle } from '../../src/extract';
import { loadPage } from '../../scripts/load-page';
import { SHARED_DIR } from './corpus';

// The seed contract: the first page the project was given, and what a correct extraction returns.
const SEED_DIR = resolve(SHARED_DIR, 'fixtures/seed');

interface SeedExpected {
  url: string;
  isArticle: boolean;
  title: string;
  byline: string;
  published: string;
  lang: string;
  body: {
    paragraphs: number;
    startsWith: string;
    endsWith: string;
    mustContain: string[];
    mustNotContain: string[];
  };
}

const expected = JSON.parse(readFileSync(resolve(SEED_DIR, 'expected.json'), 'utf8')) as SeedExpected;

function extractSeed(): { article: ExtractedArticle; detected: boolean } {
  const dom = loadPage(resolve(SEED_DIR, 'page.html'), expected.url);
  try {
    const doc = dom.window.document;
    return {
      detected: detectArticle(doc, expected.url).isArticle,
      article: extractArticle(doc, expected.url),
    };
  } finally {
    dom.window.close();
  }
}

function paragraphCount(html: string): number {
  const dom = new JSDOM(`<!DOCTYPE html><body>${html}</body>`);
  const count = dom.window.document.querySelectorAll('p').length;
  dom.window.close();
  return count;
}

describe('seed page (../shared/fixtures/seed)', () => {
  const { article, detected } = extractSeed();
  const text = article.text ?? '';

  it('finds the headline, the byline and the language', () => {
    expect(article.title).toBe(expected.title);
    expect(article.byline).toBe(expected.byline);
    expect(article.authors).toEqual([expected.byline]);
    expect(article.lang).toBe(expected.lang);
  });

  it('reads the published time as the page states it, local wall-clock time without an offset', () => {
    expect(article.published?.iso).toBe(expected.published);
    expect(article.published?.hasTime).toBe(true);
    expect(article.published?.hasOffset).toBe(false);
  });

  it('calls it an article, and detection and extraction agree', () => {
    expect(article.isArticle).toBe(expected.isArticle);
    expect(detected).toBe(expected.isArticle);
  });

  it(`keeps exactly ${expected.body.paragraphs} body paragraphs`, () => {
    expect(paragraphCount(article.contentHtml ?? '')).toBe(expected.body.paragraphs);
  });

  it('starts and ends the text where the article does', () => {
    expect(text.startsWith(expected.body.startsWith), `text starts: ${text.slice(0, 120)}`).toBe(true);
    expect(text.endsWith(expected.body.endsWith), `text ends: ${text.slice(-120)}`).toBe(true);
  });

  it('the contract names phrases the text must hold', () =>
    expect(expected.body.mustContain.length).toBeGreaterThan(0));

  it.each(expected.body.mustContain)('text contains %j', (phrase) => {
    expect(text).toContain(phrase);
  });

  it.each(expected.body.mustNotContain)('text and HTML leave out %j', (phrase) => {
    expect(text).not.toContain(phrase);
    expect(article.contentHtml ?? '').not.toContain(phrase);
  });
});

describe('seed page in other time zones', () => {
  // Node re-reads process.env.TZ when it is assigned, so one process can stand in for machines
  // around the world; the `getTimezoneOffset` check proves each zone really took effect.
  const originalTz = process.env.TZ;
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });
  const zones = [
    ['UTC', 0],
    ['America/Los_Angeles', 420],
    ['Asia/Kolkata', -330],
    ['Pacific/Kiritimati', -840],
    ['Asia/Baku', -240],
  ] as const;

  it.each(zones)('gives the same published value with TZ=%s', (zone, offsetOnApril12) => {
    process.env.TZ = zone;
    expect(new Date(2018, 3, 12, 9, 11).getTimezoneOffset()).toBe(offsetOnApril12);
    const { article } = extractSeed();
    expect(article.published).toMatchObject({ iso: expected.published, hasOffset: false });
    expect(article.published?.iso).not.toMatch(/(?:Z|[+-]\d{2}:\d{2})$/);
  });
});
