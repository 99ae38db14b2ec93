import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { sameDay, sameMinute, sameNames, tokenF1 } from '../../scripts/score';
import { corpusCase, withPage, type CorpusFolder } from './corpus';

// Exact checks on pages whose label is clearly right (read against the page), field by field.
// Labels that are Readability's or a crawler's quirks (a site name in the title, a date as the
// byline, an agency as the author) are not used here; the aggregate floors cover those pages.
interface PageCheck {
  folder: CorpusFolder;
  id: string;
  fields: ('title' | 'byline' | 'published' | 'minute' | 'body')[];
}

const checks: PageCheck[] = [
  { folder: 'readability', id: 'nytimes-1', fields: ['title', 'byline', 'body'] },
  { folder: 'readability', id: 'nytimes-2', fields: ['title', 'byline', 'body'] },
  { folder: 'readability', id: 'wapo-1', fields: ['title', 'byline', 'body'] },
  { folder: 'readability', id: 'cnn', fields: ['title', 'byline', 'body'] },
  { folder: 'readability', id: 'bbc-1', fields: ['title', 'minute', 'body'] },
  { folder: 'readability', id: 'guardian-1', fields: ['byline', 'minute', 'body'] },
  { folder: 'readability', id: 'article-author-tag', fields: ['byline', 'minute'] },
  // The author's name once, not "Joshua Sokol May and Joshua Sokol".
  { folder: 'readability', id: 'quanta-1', fields: ['title', 'byline'] },
  // A Blogger post: the post's title, not the blog's name ("Silicon Exposed").
  { folder: 'readability', id: 'blogger', fields: ['title'] },
  { folder: 'trafilatura-dev', id: 'tf-ladiaria.com.uy-productor', fields: ['title', 'published'] },
  { folder: 'htmldate-dev', id: 'hd-blog.python.org', fields: ['published'] },
];

const BODY_F1 = 0.95;

describe('golden pages: exact fields', () => {
  it.each(checks)('$folder/$id: $fields', async ({ folder, id, fields }) => {
    const c = corpusCase(folder, id);
    const a = await withPage(c, (doc) => extractArticle(doc, c.url));
    const e = c.expected;
    for (const field of fields) {
      if (field === 'title') expect(a.title, 'title').toBe(e.title);
      if (field === 'byline')
        expect(sameNames(e.byline!, a.byline ?? ''), `byline: expected ${e.byline}, got ${a.byline}`).toBe(
          true,
        );
      if (field === 'published')
        expect(
          sameDay(e.published!, a.published?.iso ?? ''),
          `published: expected ${e.published}, got ${a.published?.iso}`,
        ).toBe(true);
      if (field === 'minute')
        expect(
          sameMinute(e.published!, a.published?.iso ?? ''),
          `minute: expected ${e.published}, got ${a.published?.iso}`,
        ).toBe(true);
      if (field === 'body')
        expect(tokenF1(e.body!, a.text ?? ''), 'body token F1').toBeGreaterThanOrEqual(BODY_F1);
    }
    expect(a.isArticle, 'isArticle').toBe(true);
  });
});

describe('golden pages: Japanese with ruby pronunciation (htmldate-dev/hd-nhk.or.jp.k100)', () => {
  it('keeps the readings as <ruby> in the stored HTML and out of the plain text', async () => {
    const c = corpusCase('htmldate-dev', 'hd-nhk.or.jp.k100');
    const a = await withPage(c, (doc) => extractArticle(doc, c.url));
    expect(a.contentHtml).toContain('<ruby>法律<rt>ほうりつ</rt></ruby>');
    // The opening words as a reader reads them, not "子こどもへの虐待ぎゃくたい".
    expect(a.text).toMatch(/^子どもへの虐待をなくすための法律ができて、/);
  });
});

describe('golden pages: a canonical address that is the site’s home page (htmldate-dev/hd-oberstdorfresort.de.kraeuter)', () => {
  it('is not taken as the address of a blog post, which the library would file every post of the site under', async () => {
    const c = corpusCase('htmldate-dev', 'hd-oberstdorfresort.de.kraeuter');
    // The page states <link rel="canonical" href="https://.tramino.de">, a template's tag.
    const a = await withPage(c, (doc) => extractArticle(doc, c.url));
    expect(a.canonicalUrl).toBeNull();
  });
});
