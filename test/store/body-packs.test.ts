import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeClip, type Clip } from '../../src/clip';
import {
  type ClipSource,
  deleteClip,
  findClipByUrl,
  getAllClips,
  getClip,
  importClips,
  renameTag,
  setClipTags,
  type Library,
} from '../../src/store';
import { makeArticle } from './make-article';
import { tempLibraries } from './temp-library';

const openTempLibrary = tempLibraries();
afterEach(() => {
  vi.restoreAllMocks();
});

function library(): Promise<Library> {
  return openTempLibrary('packs');
}

// Ids out of order on purpose: an import packs them in id order.
const clips: Clip[] = Array.from({ length: 70 }, (_, i) =>
  makeClip(makeArticle({ url: `https://n.example/${i}`, canonicalUrl: null, text: `Story ${i}.` }), {
    pageUrl: `https://n.example/${i}`,
    newId: () => `clip-${String((i * 37) % 70).padStart(2, '0')}`,
  }),
);
const byId = (id: string): Clip => clips.find((c) => c.id === id)!;
const inIdOrder = (list: Clip[]): Clip[] => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** The ids of the clips in each pack, packs in order of their first id. */
async function packGroups(lib: Library): Promise<string[][]> {
  const groups = new Map<string, string[]>();
  for (const head of await lib.getAll('clips'))
    groups.set(head.pack, [...(groups.get(head.pack) ?? []), head.id]);
  expect((await lib.getAllKeys('bodies')).sort()).toEqual([...groups.keys()].sort());
  return [...groups.values()].sort((a, b) => a[0]!.localeCompare(b[0]!));
}
const ids = (from: number, to: number): string[] =>
  Array.from({ length: to - from }, (_, i) => `clip-${String(from + i).padStart(2, '0')}`);

/** The file the clips were read from, as the popup gives it: their JSON, one per line. */
function fileOf(list: readonly Clip[]): ClipSource {
  const encoder = new TextEncoder();
  const spans = new Uint32Array(list.length * 2);
  const parts: BlobPart[] = [];
  let size = 0;
  list.forEach((clip, i) => {
    const json = encoder.encode(`${i === 0 ? '' : ',\n'}${JSON.stringify(clip)}`);
    spans[2 * i] = size + (i === 0 ? 0 : 2);
    spans[2 * i + 1] = size += json.length;
    parts.push(json);
  });
  return { file: new Blob(parts), spans };
}

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
  it('an import writes bodies in packs of 32 clips in id order', async () => {
    const lib = await library();
    await importClips(lib, clips);
    expect(await packGroups(lib)).toEqual([ids(0, 32), ids(32, 64), ids(64, 70)]);
    expect(await lib.get('clips', 'clip-40')).not.toHaveProperty('text');
    expect(await getClip(lib, 'clip-40')).toEqual(byId('clip-40'));
    expect(await getAllClips(lib)).toEqual(inIdOrder(clips));
  });

  it('with the file, keeps new clips as blobs of their own JSON, each head knowing where its clip is', async () => {
    const lib = await library();
    await importClips(lib, clips, { source: fileOf(clips) });
    expect(await packGroups(lib)).toEqual([ids(0, 32), ids(32, 64), ids(64, 70)]);
    expect((await lib.getAll('bodies')).every((pack) => pack instanceof Blob)).toBe(true);
    expect((await lib.getAll('clips')).every((head) => head.whole && head.span)).toBe(true);
    expect(await getClip(lib, 'clip-40')).toEqual(byId('clip-40'));
    expect(await getAllClips(lib)).toEqual(inIdOrder(clips));
  });

  it('with the file text, a clip merged with a later one of the same id is not taken from the file', async () => {
    const lib = await library();
    const [a, b] = clips as [Clip, Clip];
    const twin = { ...b, id: a.id, url: a.url, text: 'Twin text.', updatedAt: '2030-01-01T00:00:00.000Z' };
    const list = [a, b, twin];
    expect(await importClips(lib, list, { source: fileOf(list) })).toEqual({
      added: 2,
      updated: 1,
      unchanged: 0,
    });
    expect(await getClip(lib, a.id)).toEqual({ ...twin, id: a.id, savedAt: a.savedAt, tags: [] });
    expect(await getClip(lib, b.id)).toEqual(b);
  });

  it('deleting a clip leaves the other bodies of its pack, and the last one takes the pack along', async () => {
    const lib = await library();
    await importClips(lib, clips);
    await deleteClip(lib, 'clip-65');
    expect((await getClip(lib, 'clip-66'))?.text).toBe(byId('clip-66').text);
    for (const id of ['clip-64', 'clip-66', 'clip-67', 'clip-68', 'clip-69']) await deleteClip(lib, id);
    expect(await packGroups(lib)).toEqual([ids(0, 32), ids(32, 64)]);
  });

  it('re-importing a deleted clip puts it in a pack of its own and keeps the others', async () => {
    const lib = await library();
    await importClips(lib, clips);
    const deleted = await deleteClip(lib, 'clip-32');
    expect(deleted).toEqual(byId('clip-32'));
    expect(await importClips(lib, [byId('clip-32')])).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await packGroups(lib)).toEqual([ids(0, 32), ['clip-32'], ids(33, 64), ids(64, 70)]);
    expect(await getAllClips(lib)).toEqual(inIdOrder(clips));
  });

  it('a merged newer body goes to a new pack, the old one stays for the others; a merge of tags writes no body', async () => {
    const lib = await library();
    await importClips(lib, clips);
    const newer = { ...byId('clip-33'), text: 'Rewritten.', updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(await importClips(lib, [newer])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await getClip(lib, 'clip-33')).toEqual(newer);
    expect(await packGroups(lib)).toEqual([
      ids(0, 32),
      ['clip-32', ...ids(34, 64)],
      ['clip-33'],
      ids(64, 70),
    ]);
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
