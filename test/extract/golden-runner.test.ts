import { describe, expect, it } from 'vitest';
import { summarise, type PageResult } from './golden-runner';

// The golden floors are only as good as the summary they compare: it must average over labelled
// pages only and name every page that fails, with what was expected and what came out.
function page(
  id: string,
  expected: PageResult['expected'],
  got: Partial<PageResult['got']>,
  scores: PageResult['scores'],
): PageResult {
  return {
    id,
    expected,
    got: { title: null, byline: null, published: null, body: null, ...got },
    scores,
    unsafe: [],
    error: null,
  };
}

describe('summarise', () => {
  const results = [
    page('good', { title: 'A' }, { title: 'A' }, { title: 1 }),
    page('bad', { title: 'B' }, { title: 'Site name' }, { title: 0 }),
    page('unlabelled', {}, { title: 'C' }, {}),
    page('body', { body: 'x y z' }, { body: 'x' }, { body: 0.5 }),
    page('time', { published: '2018-04-12T09:11' }, { published: '2018-04-12' }, { published: 1, minute: 0 }),
  ];

  it('averages a field over the pages that label it', () => {
    expect(summarise(results, 'title')).toMatchObject({ mean: 0.5, n: 2 });
    expect(summarise(results, 'byline').n).toBe(0);
  });

  it('names each failing page with the expected and the extracted value', () => {
    expect(summarise(results, 'title').failing).toEqual(['bad: expected "B", got "Site name"']);
    expect(summarise(results, 'body').failing).toEqual(['body: expected "x y z", got "x" (F1 0.50)']);
    expect(summarise(results, 'minute').failing).toEqual([
      'time: expected "2018-04-12T09:11", got "2018-04-12"',
    ]);
  });
});
