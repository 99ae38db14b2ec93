import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeClip, type Clip } from '../../src/clip';
import { deleteClip, importClips, loadSearchTexts, saveArticle } from '../../src/store';
import { bucketOf } from '../../src/store/search-buckets';
import { makeArticle } from './make-article';
import { tempLibraries } from './temp-library';

const openTempLibrary = tempLibraries();

const clips = Array.from({ length: 300 }, (_, i) =>
  makeClip(makeArticle({ url: `https://n.example/${i}`, canonicalUrl: null, text: `Story number ${i}.` }), {
    pageUrl: `https://n.example/${i}`,
    newId: () => `clip-${i}`,
  }),
);

describe('search text buckets', () => {
  it('puts an id in the same bucket every time, spread over at most 64 buckets', () => {
    // FNV-1a of the id, modulo 64, as worked out apart from this code: a library stored with one
    // hash cannot find its texts under another, so the values are pinned.
    const ids = ['clip-7', 'clip-123', '3f2c9a1e-0b7d-4c55-9a8e-2f1d6b0c4e21', '__proto__'];
    expect(ids.map(bucketOf)).toEqual(['b15', 'b54', 'b10', 'b61']);
    const buckets = new Set(clips.map((c) => bucketOf(c.id)));
    expect(buckets.size).toBeGreaterThan(32);
    expect(buckets.size).toBeLessThanOrEqual(64);
  });

  it('an import writes one record per bucket, and every text comes back', async () => {
    const lib = await openTempLibrary('buckets');
    await importClips(lib, clips);
    expect(await lib.count('searchText')).toBe(new Set(clips.map((c) => bucketOf(c.id))).size);
    const texts = await loadSearchTexts(lib);
    expect(texts.size).toBe(300);
    expect(texts.get('clip-123')).toBe('story number 123.');
  });

  it('keeps the text of a clip whose id is "__proto__" (an imported id is any string)', async () => {
    const lib = await openTempLibrary('buckets-proto');
    const odd = makeClip(
      makeArticle({ url: 'https://n.example/odd', canonicalUrl: null, text: 'Odd one.' }),
      {
        pageUrl: 'https://n.example/odd',
        newId: () => '__proto__',
      },
    );
    await importClips(lib, [odd]);
    expect((await loadSearchTexts(lib)).get('__proto__')).toBe('odd one.');
  });

  it('saving and deleting one clip leave the other texts of its bucket alone', async () => {
    const lib = await openTempLibrary('buckets-one');
    await importClips(lib, clips);
    const neighbour = clips.find((c) => c.id !== 'clip-5' && bucketOf(c.id) === bucketOf('clip-5'))!;
    await saveArticle(
      lib,
      makeArticle({ url: 'https://n.example/5', canonicalUrl: null, text: 'Rewritten.' }),
      {
        pageUrl: 'https://n.example/5',
      },
    );
    let texts = await loadSearchTexts(lib);
    expect(texts.get('clip-5')).toBe('rewritten.');
    expect(texts.get(neighbour.id)).toBe(`story number ${neighbour.id.slice(5)}.`);
    await deleteClip(lib, 'clip-5');
    texts = await loadSearchTexts(lib);
    expect(texts.has('clip-5')).toBe(false);
    expect(texts.size).toBe(299);
    expect(texts.has(neighbour.id)).toBe(true);
  });

  it('an import folds the texts of the clips it writes with the folder it is given, if any', async () => {
    const lib = await openTempLibrary('buckets-given');
    const [a, b] = clips as [Clip, Clip];
    const twin = { ...b, text: 'Twin text.', updatedAt: '2030-01-01T00:00:00.000Z' };
    const folded: (string | null)[][] = [];
    const fold = async (texts: (string | null)[]): Promise<string[]> => (
      folded.push(texts),
      texts.map((text) => `folded ${text}`)
    );
    await importClips(lib, [a, b, twin], { fold });
    // One call, before the write: only the texts that are stored, the twin's in b's place.
    expect(folded).toEqual([[a.text, 'Twin text.']]);
    const texts = await loadSearchTexts(lib);
    expect(texts.get(a.id)).toBe(`folded ${a.text}`);
    expect(texts.get(b.id)).toBe('folded Twin text.');
  });
});
