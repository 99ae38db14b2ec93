import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import {
  describeStorageError,
  getAllClips,
  importClips,
  listAllSummaries,
  openLibrary,
  saveArticle,
  setClipTags,
  type Library,
} from '../../src/store';
import { makeClip } from '../../src/clip';
import { makeArticle, uniqueDbName } from './make-article';

let db: Library;
let name: string;

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await deleteDB(name);
});

/** Makes the `n`th `put` from now on fail the way a full disk does. */
function failNthPut(n: number): void {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    calls++;
    if (calls === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

describe('a failed write changes nothing already stored', () => {
  it('quota error in the middle of an import: the whole import is rolled back', async () => {
    name = uniqueDbName('quota');
    db = await openLibrary(name);
    const { clip } = await saveArticle(db, makeArticle(), {
      pageUrl: 'https://news.example/p',
      tags: ['Keep'],
    });
    const before = await getAllClips(db);
    const incoming = [1, 2, 3].map((i) =>
      makeClip(makeArticle({ url: `https://other.example/${i}`, canonicalUrl: null }), { pageUrl: 'x' }),
    );
    failNthPut(5);
    const error: unknown = await importClips(db, [{ ...clip, tags: ['New'] }, ...incoming]).catch(
      (e: unknown) => e,
    );
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(DOMException);
    expect(describeStorageError(error)).toMatch(/no room left.*library is unchanged/);
    expect(await getAllClips(db)).toEqual(before);
    expect((await listAllSummaries(db)).map((s) => s.id)).toEqual([clip.id]);
  });

  it('quota error on a tag edit: the clip keeps its tags', async () => {
    name = uniqueDbName('quota-tags');
    db = await openLibrary(name);
    const { clip } = await saveArticle(db, makeArticle(), {
      pageUrl: 'https://news.example/p',
      tags: ['Keep'],
    });
    failNthPut(1); // A tag edit writes the clip's head only.
    await expect(setClipTags(db, clip.id, ['Changed'])).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect((await getAllClips(db))[0]?.tags).toEqual(['Keep']);
    expect((await listAllSummaries(db))[0]?.tags).toEqual(['Keep']);
  });

  it('describes any other write error without blaming the reader', () => {
    expect(describeStorageError(new Error('boom'))).toBe(
      'Newsclip could not write to its library, so nothing was changed (boom).',
    );
  });
});
