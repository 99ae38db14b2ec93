import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { makeClip, type Clip } from '../../src/clip';
import {
  deleteClip,
  findClipByUrl,
  getAllClips,
  getClip,
  importClips,
  openLibrary,
  renameTag,
  setClipTags,
  type Library,
} from '../../src/store';
import { makeArticle, uniqueDbName } from './make-article';

let db: Library | undefined;
let name = '';
afterEach(async () => {
  vi.restoreAllMocks();
  db?.close();
  db = undefined;
  if (name) await deleteDB(name);
});

async function library(): Promise<Library> {
  name = uniqueDbName('packs');
  return (db = await openLibrary(name));
}

// Ids out of order on purpose: an import packs them in id order.
const clips: Clip[] = Array.from({ length: 70 }, (_, i) =>
  makeClip(makeArticle({ url: `https://n.example/${i}`, canonicalUrl: null, text: `Story ${i}.` }), {
    pageUrl: `https://n.example/${i}`,
    newId: () => `clip-${String((i * 37) % 70).padStart(2, '0')}`,
  }),
);
const byId = (id: string): Clip => clips.find((c) => c.id === id)!;

/** Counts the records written to the `bodies` store from now on. */
function countBodyWrites(): { count: number } {
  const writes = { count: 0 };
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === 'bodies') writes.count++;
    return put.apply(this, args);
  });
  return writes;
}

describe('body packs', () => {
  it('an import writes bodies in packs of 32 clips in id order, each named after its first clip', async () => {
    const lib = await library();
    await importClips(lib, clips);
    expect(await lib.getAllKeys('bodies')).toEqual(['clip-00', 'clip-32', 'clip-64']);
    expect((await lib.get('clips', 'clip-40'))?.pack).toBe('clip-32');
    expect(await lib.get('clips', 'clip-40')).not.toHaveProperty('text');
    expect(await getClip(lib, 'clip-40')).toEqual(byId('clip-40'));
    expect(await getAllClips(lib)).toEqual([...clips].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('deleting a clip leaves the other bodies of its pack, and the last one takes the pack along', async () => {
    const lib = await library();
    await importClips(lib, clips);
    await deleteClip(lib, 'clip-65');
    expect((await getClip(lib, 'clip-66'))?.text).toBe(byId('clip-66').text);
    for (const id of ['clip-64', 'clip-66', 'clip-67', 'clip-68', 'clip-69']) await deleteClip(lib, id);
    expect(await lib.getAllKeys('bodies')).toEqual(['clip-00', 'clip-32']);
  });

  it('re-importing a deleted clip whose id names a pack keeps the other bodies of that pack', async () => {
    const lib = await library();
    await importClips(lib, clips);
    await deleteClip(lib, 'clip-32');
    expect(await importClips(lib, [byId('clip-32')])).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await getAllClips(lib)).toEqual([...clips].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('a merged newer body is rewritten in its pack; a merge of tags only writes no body', async () => {
    const lib = await library();
    await importClips(lib, clips);
    const newer = { ...byId('clip-33'), text: 'Rewritten.', updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(await importClips(lib, [newer])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await getClip(lib, 'clip-33')).toEqual(newer);
    expect((await getClip(lib, 'clip-34'))?.text).toBe(byId('clip-34').text);

    const writes = countBodyWrites();
    expect(await importClips(lib, [{ ...byId('clip-34'), tags: ['Late'] }])).toEqual({
      added: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(writes.count).toBe(0);
    expect((await getClip(lib, 'clip-34'))?.tags).toEqual(['Late']);
  });

  it('tag edits rewrite heads only', async () => {
    const lib = await library();
    await importClips(lib, clips);
    const writes = countBodyWrites();
    await setClipTags(lib, 'clip-01', ['EU']);
    await renameTag(lib, 'eu', 'Europe');
    expect(writes.count).toBe(0);
    expect(await getClip(lib, 'clip-01')).toMatchObject({ tags: ['Europe'], text: byId('clip-01').text });
  });

  it('a page lookup reads the head alone', async () => {
    const lib = await library();
    await importClips(lib, clips);
    const found = await findClipByUrl(lib, 'https://n.example/1');
    expect(found?.id).toBe('clip-37');
    expect(found).not.toHaveProperty('contentHtml');
  });
});
