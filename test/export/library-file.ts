import { makeClip, type Clip } from '../../src/clip';
import { makeArticle } from '../store/make-article';

/** A small library covering every shape a field can take (nulls, dates without offset, RTL, tags). */
export function sampleClips(): Clip[] {
  const at = (day: number): Date => new Date(Date.UTC(2024, 4, day, 8));
  return [
    makeClip(makeArticle(), {
      pageUrl: 'https://news.example/2024/05/budget-vote?utm_source=rss',
      tags: ['EU', 'Budget'],
      now: at(1),
      newId: () => 'a',
    }),
    makeClip(
      makeArticle({
        url: 'https://azertag.az/en/xeber/1150243',
        canonicalUrl: null,
        title: 'President receives SCO Sec-Gen',
        byline: null,
        authors: [],
        published: {
          iso: '2018-04-12T09:11',
          raw: '09:11 12.04.2018',
          source: 'page-text',
          origin: 'p.date',
          hasTime: true,
          hasOffset: false,
        },
        leadImage: null,
        siteName: null,
        dir: null,
        lang: null,
      }),
      { pageUrl: 'https://azertag.az/en/xeber/1150243', now: at(2), newId: () => 'b' },
    ),
    makeClip(
      makeArticle({
        url: 'https://rtl.example/x',
        canonicalUrl: 'https://rtl.example/x',
        title: 'خبر',
        dir: 'rtl',
        lang: 'ar',
        contentHtml: null,
        text: null,
        excerpt: null,
        published: null,
        isArticle: false,
        wordCount: 0,
        readingMinutes: 0,
      }),
      { pageUrl: 'https://rtl.example/x', tags: ['Arabic'], now: at(3), newId: () => 'c' },
    ),
  ];
}
