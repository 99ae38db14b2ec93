import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../src/extract/read-json-ld';

function articleOf(scriptBody: string): Record<string, unknown> | null {
  const dom = new JSDOM(`<script type="application/ld+json">${scriptBody}</script>`);
  try {
    return readJsonLd(dom.window.document).article;
  } finally {
    dom.window.close();
  }
}

describe('readJsonLd', () => {
  it('reads JSON-LD wrapped in a bare CDATA section (readability/aclu, wikipedia-2, spiceworks)', () => {
    const article = articleOf(
      '\n  <![CDATA[\n  {"@type":"Article","datePublished":"2018-04-05T06:00"}\n  ]]>\n',
    );
    expect(article?.datePublished).toBe('2018-04-05T06:00');
  });

  it('reads JSON-LD wrapped in a commented CDATA section and in an HTML comment', () => {
    expect(articleOf('//<![CDATA[\n{"@type":"NewsArticle","headline":"A"}\n//]]>')?.headline).toBe('A');
    expect(articleOf('<!--{"@type":"BlogPosting","headline":"B"}-->')?.headline).toBe('B');
  });

  it('finds the article inside @graph and arrays, and ignores unreadable blocks', () => {
    expect(
      articleOf('[{"@type":"BreadcrumbList"},{"@graph":[{"@type":"ReportageNewsArticle","headline":"C"}]}]')
        ?.headline,
    ).toBe('C');
    expect(articleOf('{not json')).toBeNull();
  });
});
