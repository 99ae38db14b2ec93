import type { ExtractedArticle } from '../../src/extract/types';

/** A plausible extracted article; override any field. */
export function makeArticle(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  const url = overrides.url ?? 'https://news.example/2024/05/budget-vote';
  return {
    url,
    title: 'Parliament passes the budget after a night-long session',
    byline: 'Jane Doe and John Roe',
    authors: ['Jane Doe', 'John Roe'],
    published: {
      iso: '2024-05-02T06:30:00+02:00',
      raw: '2 May 2024, 06:30',
      source: 'json-ld',
      origin: 'datePublished',
      hasTime: true,
      hasOffset: true,
    },
    modified: null,
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    canonicalUrl: url,
    excerpt: 'The vote came at dawn.',
    leadImage: { url: 'https://news.example/img/budget.jpg', alt: 'The chamber' },
    contentHtml:
      '<p>The vote came at dawn after a <em>night-long</em> session.</p><p>Café owners cheered.</p>',
    text: 'The vote came at dawn after a night-long session.\n\nCafé owners cheered.',
    wordCount: 13,
    readingMinutes: 1,
    isArticle: true,
    ...overrides,
  };
}

let counter = 0;
/** A database name no other test uses. */
export function uniqueDbName(prefix = 'test'): string {
  counter++;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2)}`;
}
