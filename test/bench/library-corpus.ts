import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeClip, type Clip } from '../../src/clip';
import { extractArticle } from '../../src/extract';
import type { ExtractedArticle } from '../../src/extract/types';
import { parsePage } from '../../scripts/load-page';
import { SHARED } from '../e2e/serve-pages';

const CORPUS = join(SHARED, 'corpus/readability');
// Tags as a reader might use them: a few dozen, most clips with one or two.
const TAGS = [
  'Politics',
  'Economy',
  'EU',
  'Climate',
  'Tech',
  'Science',
  'Health',
  'Sport',
  'Culture',
  'Opinion',
  'Long read',
  'Africa',
  'Asia',
  'Americas',
  'Europe',
  'Elections',
  'Energy',
  'Courts',
  'Education',
  'Media',
];

/** Real articles: the engine's extraction of the readability corpus pages (first `limit` that extract). */
export function corpusArticles(limit: number): ExtractedArticle[] {
  const lines = readFileSync(join(CORPUS, 'manifest.jsonl'), 'utf8').trim().split('\n');
  const articles: ExtractedArticle[] = [];
  for (const line of lines) {
    if (articles.length >= limit) break;
    const page = JSON.parse(line) as { path: string; url: string };
    try {
      const dom = parsePage(readFileSync(join(CORPUS, page.path)), page.url);
      const article = extractArticle(dom.window.document, page.url);
      dom.window.close();
      if (article.contentHtml) articles.push(article);
    } catch {
      // A page the engine cannot read is no use as a sample; the next one is.
    }
  }
  return articles.length > 0 ? articles : manifestArticles(lines.slice(0, limit));
}

/** Articles from the corpus labels alone, should the engine fail on every page (it is being built). */
function manifestArticles(lines: readonly string[]): ExtractedArticle[] {
  return lines.map((line) => {
    const page = JSON.parse(line) as {
      url: string;
      expected: { title?: string; byline?: string; body?: string };
    };
    const text = page.expected.body ?? '';
    const words = text.split(/\s+/).filter(Boolean).length;
    return {
      url: page.url,
      title: page.expected.title ?? null,
      byline: page.expected.byline ?? null,
      authors: page.expected.byline ? [page.expected.byline] : [],
      published: null,
      modified: null,
      siteName: null,
      lang: 'en',
      dir: null,
      canonicalUrl: null,
      excerpt: text.slice(0, 200),
      leadImage: null,
      contentHtml: text
        .split(/(?<=[.!?])\s+(?=[A-Z])/)
        .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
        .join(''),
      text,
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / 230)),
      isArticle: true,
    };
  });
}

/** A library of `count` clips cycling through `articles`, each with its own URL, time and tags. */
export function makeLibrary(articles: readonly ExtractedArticle[], count: number): Clip[] {
  const start = Date.UTC(2020, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const base = articles[i % articles.length]!;
    const url = `https://news${i % 50}.example/${2020 + (i % 5)}/story-${i}`;
    const tags = [TAGS[i % TAGS.length]!, ...(i % 3 === 0 ? [TAGS[(i * 7) % TAGS.length]!] : [])];
    return makeClip(
      { ...base, url, canonicalUrl: url, title: `${base.title ?? 'Untitled'} (${i})` },
      {
        pageUrl: url,
        tags,
        now: new Date(start + i * 3_600_000),
        newId: () => `bench-${String(i).padStart(6, '0')}`,
      },
    );
  });
}
