import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { mergeClips } from '../../src/clip';
import {
  deleteClip,
  getAllClips,
  getClip,
  importClips,
  openLibrary,
  restoreClip,
  saveArticle,
  type Library,
} from '../../src/store';
import { makeArticle, uniqueDbName } from '../store/make-article';
import { sampleClips } from './library-file';

let db: Library;
let name: string;
beforeEach(async () => {
  name = uniqueDbName('merge');
  db = await openLibrary(name);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await deleteDB(name);
});

const [base] = sampleClips() as [ReturnType<typeof sampleClips>[number]];

describe('import merges without losing anything', () => {
  it('same id, newer updatedAt: the incoming fields win, tags are united, savedAt stays earliest', async () => {
    await restoreClip(db, base);
    const incoming = {
      ...base,
      title: 'Newer title',
      tags: ['budget', 'Vote'],
      savedAt: '2024-06-01T00:00:00.000Z',
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    expect(await importClips(db, [incoming])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await getClip(db, base.id)).toEqual({
      ...incoming,
      savedAt: base.savedAt,
      tags: ['budget', 'Vote', 'EU'],
    });
  });

  it('same id, older updatedAt: the stored fields stay, new tags are still added', async () => {
    await restoreClip(db, base);
    const incoming = {
      ...base,
      title: 'Stale title',
      tags: ['Old tag'],
      updatedAt: '2000-01-01T00:00:00.000Z',
    };
    await importClips(db, [incoming]);
    expect(await getClip(db, base.id)).toEqual({ ...base, tags: ['EU', 'Budget', 'Old tag'] });
  });

  it('different id, same canonical URL: merged into the stored clip, which keeps its id', async () => {
    await restoreClip(db, base);
    const incoming = {
      ...base,
      id: 'other-device',
      canonicalUrl: `${base.canonicalUrl}?utm_campaign=x#top`,
      tags: ['Shared'],
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    expect(await importClips(db, [incoming])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const all = await getAllClips(db);
    expect(all.map((c) => [c.id, c.tags])).toEqual([[base.id, ['Shared', 'EU', 'Budget']]]);
  });

  it('unknown clips are added beside the existing ones', async () => {
    const [a, b, c] = sampleClips();
    await restoreClip(db, a!);
    expect(await importClips(db, [b!, c!])).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect((await getAllClips(db)).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('two clips of one URL in the same file are both kept, as the library that exported them held them', async () => {
    const twin = { ...base, id: 'twin', tags: ['Twin'], updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(await importClips(db, [base, twin])).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect((await getAllClips(db)).map((x) => [x.id, x.tags])).toEqual([
      ['a', ['EU', 'Budget']],
      ['twin', ['Twin']],
    ]);
  });

  it("a different article stating a stored clip's URL is added beside it, whatever the order of the file", async () => {
    // Another page naming this clip's address as its canonical one (a template's tag, a hostile page).
    const other = {
      ...base,
      id: 'z-other',
      title: 'Harbour reopens',
      pageUrl: 'https://news.example/2024/06/harbour',
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    for (const order of [
      [other, base],
      [base, other],
      [{ ...other, id: '0-other' }, base],
    ]) {
      await restoreClip(db, base);
      const outcome = await importClips(db, order);
      expect(outcome).toEqual({ added: 1, updated: 0, unchanged: 1 });
      expect((await getAllClips(db)).find((x) => x.id === 'a')).toEqual(base);
      for (const x of await getAllClips(db)) await deleteClip(db, x.id);
    }
  });

  it('an export of a library holding two clips of one URL imports into a library holding one as both', async () => {
    const twin = { ...base, id: 'twin', title: 'Another article', pageUrl: 'https://news.example/other' };
    await restoreClip(db, base);
    expect(await importClips(db, [base, twin])).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect((await getAllClips(db)).map((x) => x.id)).toEqual(['a', 'twin']);
  });

  it('a stored clip is matched by URL by one clip of a file at most; the next of that URL is added', async () => {
    await restoreClip(db, base);
    const newer = { ...base, id: 'newer', tags: ['Newer'], updatedAt: '2030-01-01T00:00:00.000Z' };
    const other = { ...base, id: 'other', tags: ['Other'], updatedAt: '2031-01-01T00:00:00.000Z' };
    expect(await importClips(db, [newer, other])).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect((await getAllClips(db)).map((x) => [x.id, x.tags])).toEqual([
      ['a', ['Newer', 'EU', 'Budget']],
      ['other', ['Other']],
    ]);
  });

  it('a clip saved from a tab while the file is read is merged with, not added twice', async () => {
    const getAll = IDBObjectStore.prototype.getAll;
    let saving: Promise<unknown> | null = null;
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
      // The import's first read: the background clips the same page right then.
      if (!saving && this.name === 'clips')
        saving = saveArticle(db, makeArticle({ url: base.url, title: 'From the tab' }), {
          pageUrl: base.url,
        });
      return getAll.apply(this, args);
    });
    const outcome = await importClips(db, [{ ...base, updatedAt: '2030-01-01T00:00:00.000Z' }]);
    await saving;
    expect(outcome).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const all = await getAllClips(db);
    expect(all.map((c) => [c.title, c.tags])).toEqual([[base.title, ['EU', 'Budget']]]);
  });

  it('mergeClips keeps the older clip when both have the same updatedAt', () => {
    expect(mergeClips(base, { ...base, title: 'Same time' }).title).toBe(base.title);
  });
});
