import { describe, expect, it } from 'vitest';
import { makeClip } from '../../src/clip';
import { foldText, searchSummaries } from '../../src/store';
import { searchTextOf, toStoredClip, toSummary } from '../../src/store/records';
import { makeArticle } from './make-article';

const clips = [
  makeClip(
    makeArticle({ title: 'Café reopens', byline: 'Anna Müller', text: 'The owner said don’t worry.' }),
    {
      pageUrl: 'x',
      tags: ['Food'],
      newId: () => '1',
    },
  ),
  makeClip(
    makeArticle({ title: 'Budget vote', byline: null, siteName: 'Daily', text: 'Parliament voted at dawn.' }),
    {
      pageUrl: 'y',
      tags: ['Politics', 'EU'],
      newId: () => '2',
    },
  ),
  makeClip(makeArticle({ title: 'EU summit', byline: 'Jo Li', text: 'Leaders met in Brussels.' }), {
    pageUrl: 'z',
    tags: ['eu'],
    newId: () => '3',
  }),
];
const summaries = clips.map((c) => toSummary(toStoredClip(c, c.id)));
const texts = new Map(clips.map((c) => [c.id, searchTextOf(c)]));
const ids = (text: string, tag: string | null = null, limit = 10): string[] =>
  searchSummaries(summaries, texts, { text, tag, limit }).items.map((s) => s.id);

describe('searchSummaries', () => {
  it('matches headline, byline, site, tags and full text, ignoring case and accents', () => {
    expect(ids('cafe')).toEqual(['1']);
    expect(ids('MULLER')).toEqual(['1']);
    expect(ids('daily')).toEqual(['2']);
    expect(ids('politics')).toEqual(['2']);
    expect(ids('brussels')).toEqual(['3']);
    expect(ids("don't")).toEqual(['1']);
  });

  it('needs every word, in any field', () => {
    expect(ids('eu dawn')).toEqual(['2']);
    expect(ids('eu nothing')).toEqual([]);
  });

  it('filters by tag in any case, and an empty query lists everything', () => {
    expect(ids('', 'EU')).toEqual(['2', '3']);
    expect(ids('')).toEqual(['1', '2', '3']);
  });

  it('stops at the limit and says there is more', () => {
    expect(searchSummaries(summaries, texts, { text: '', limit: 2 })).toMatchObject({ more: true });
    expect(ids('', null, 2)).toEqual(['1', '2']);
  });

  it('without the full texts loaded, still matches the summary fields', () => {
    expect(searchSummaries(summaries, null, { text: 'brussels', limit: 5 }).items).toEqual([]);
    expect(searchSummaries(summaries, null, { text: 'jo li', limit: 5 }).items.map((s) => s.id)).toEqual([
      '3',
    ]);
  });

  it('folds typographic quotes and dashes', () => {
    expect(foldText('“Don’t” — Über  ALLES')).toBe('"don\'t" - uber alles');
  });
});

describe('foldText', () => {
  it('folds only what needs folding and keeps non-Latin scripts', () => {
    expect(foldText('Hello\u00a0 World\n\nNext')).toBe('hello world next');
    expect(foldText('Ｆｕｌｌｗｉｄｔｈ ﬁne')).toBe('fullwidth fine');
    expect(foldText('Привет МИР 😀')).toBe('привет мир 😀');
    expect(foldText('İstanbul')).toBe('istanbul');
  });
});

describe('searchTextOf', () => {
  it('keeps each folded word once, and search over it answers as over the whole text', () => {
    const text = 'The vote, the VOTE and the vote again: parliament’s vote.';
    const clip = makeClip(makeArticle({ text }), { pageUrl: 'w', tags: [], newId: () => '9' });
    const words = searchTextOf(clip).split(' ');
    expect(new Set(words).size).toBe(words.length);
    const whole = foldText(text);
    for (const term of ['vote', 'parliament', "parliament's", 'gain', 'ote,', 'again:']) {
      expect(searchTextOf(clip).includes(term), term).toBe(whole.includes(term));
    }
  });
});
