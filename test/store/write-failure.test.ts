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

/** fake-indexeddb's own step for a transaction the browser aborts, with the error it gives it. */
type AbortableTransaction = IDBTransaction & { _abort(errorName: string): void };

/**
 * Makes the `n`th `put` from now on run out of room the way a browser does: the request is accepted,
 * then the browser aborts its transaction with a `QuotaExceededError` (the transaction's `error`),
 * and every request still open fails with a bare `AbortError`.
 */
function runOutOfRoomAtPut(n: number): void {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    const request = put.apply(this, args);
    if (++calls === n) {
      const tx = this.transaction as AbortableTransaction;
      queueMicrotask(() => tx._abort('QuotaExceededError'));
    }
    return request;
  });
}

/** Makes the `n`th `put` from now on throw as it starts, as it does for a value it cannot store. */
function throwAtPut(n: number, error: DOMException): void {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (++calls === n) throw error;
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
    runOutOfRoomAtPut(5);
    const error: unknown = await importClips(db, [{ ...clip, tags: ['New'] }, ...incoming]).catch(
      (e: unknown) => e,
    );
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('QuotaExceededError');
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
    runOutOfRoomAtPut(1); // A tag edit writes the clip's head only: the put goes through, then is undone.
    const error: unknown = await setClipTags(db, clip.id, ['Changed']).catch((e: unknown) => e);
    expect(describeStorageError(error)).toMatch(/no room left/);
    vi.restoreAllMocks();
    expect((await getAllClips(db))[0]?.tags).toEqual(['Keep']);
    expect((await listAllSummaries(db))[0]?.tags).toEqual(['Keep']);
  });

  it('a value the browser cannot store, thrown as its put starts: the import is rolled back', async () => {
    name = uniqueDbName('clone');
    db = await openLibrary(name);
    await saveArticle(db, makeArticle(), { pageUrl: 'https://news.example/p', tags: ['Keep'] });
    const before = await getAllClips(db);
    const incoming = [1, 2].map((i) =>
      makeClip(makeArticle({ url: `https://other.example/${i}`, canonicalUrl: null }), { pageUrl: 'x' }),
    );
    throwAtPut(3, new DOMException('The object could not be cloned.', 'DataCloneError'));
    const error: unknown = await importClips(db, incoming).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(describeStorageError(error)).toBe(
      'Newsclip could not write to its library, so nothing was changed (The object could not be cloned.).',
    );
    expect(await getAllClips(db)).toEqual(before);
  });

  it('describes any other write error without blaming the reader', () => {
    expect(describeStorageError(new Error('boom'))).toBe(
      'Newsclip could not write to its library, so nothing was changed (boom).',
    );
  });
});
