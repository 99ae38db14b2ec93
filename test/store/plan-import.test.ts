import { describe, expect, it } from 'vitest';
import { makeClip } from '../../src/clip';
import { planImport, sameValue } from '../../src/store/plan-import';
import { toStoredClip } from '../../src/store/records';
import { makeArticle } from './make-article';

describe('sameValue', () => {
  it.each([
    { a: { x: 1, y: [1, { z: null }] }, b: { y: [1, { z: null }], x: 1 }, same: true },
    { a: { x: 1 }, b: { x: 1, y: undefined }, same: false },
    { a: [1, 2], b: { 0: 1, 1: 2 }, same: false },
    { a: { x: 'a'.repeat(3) }, b: { x: 'aaa' }, same: true },
    { a: null, b: {}, same: false },
  ])('$a vs $b: $same', ({ a, b, same }) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('planImport', () => {
  const stored = makeClip(makeArticle(), { pageUrl: 'p', tags: ['EU'], newId: () => 'a' });
  const head = toStoredClip(stored, 'a');

  it('reads no body it does not merge with, and tells a body change from a head change', () => {
    const other = makeClip(makeArticle({ url: 'https://other.example/' }), {
      pageUrl: 'q',
      newId: () => 'b',
    });
    const later = '2030-01-01T00:00:00.000Z';
    const bodies: string[] = [];
    const plan = planImport(
      [head],
      [
        other,
        { ...stored, tags: ['Trade'], updatedAt: later },
        { ...stored, text: 'New.', updatedAt: '2031-01-01T00:00:00.000Z' },
      ],
      (h) => (bodies.push(h.id), { contentHtml: stored.contentHtml, text: stored.text }),
    );
    expect(bodies).toEqual(['a']);
    expect(plan.outcome).toEqual({ added: 1, updated: 2, unchanged: 0 });
    expect(plan.added.map((c) => c.id)).toEqual(['b']);
    expect(plan.updated).toMatchObject([{ clip: { text: 'New.', tags: ['EU', 'Trade'] }, body: true }]);
  });
});
