import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import {
  addClipTags,
  changeClipTags,
  deleteTag,
  getClip,
  listAllSummaries,
  listTags,
  openLibrary,
  renameTag,
  saveArticle,
  setClipTags,
  type Library,
} from '../../src/store';
import { makeArticle, uniqueDbName } from './make-article';

let db: Library;
let name: string;

beforeEach(async () => {
  name = uniqueDbName('tags');
  db = await openLibrary(name);
});
afterEach(async () => {
  db.close();
  await deleteDB(name);
});

async function clipWith(n: number, tags: string[]): Promise<string> {
  const article = makeArticle({ url: `https://news.example/${n}`, canonicalUrl: null });
  return (await saveArticle(db, article, { pageUrl: article.url, tags })).clip.id;
}

describe('tags', () => {
  it('sets tags trimmed, case-insensitively unique, displayed as typed, and bumps updatedAt', async () => {
    const id = await clipWith(1, []);
    const now = new Date('2030-01-01T00:00:00Z');
    const clip = await setClipTags(db, id, ['  EU ', 'eu', 'Climate  change', ''], now);
    expect(clip?.tags).toEqual(['EU', 'Climate change']);
    expect(clip?.updatedAt).toBe(now.toISOString());
    expect((await listAllSummaries(db))[0]?.tags).toEqual(['EU', 'Climate change']);
  });

  it('adds tags to the ones a clip has', async () => {
    const id = await clipWith(1, ['EU']);
    expect((await addClipTags(db, id, ['eu', 'Trade']))?.tags).toEqual(['EU', 'Trade']);
    expect(await addClipTags(db, 'missing', ['x'])).toBeNull();
  });

  it('two editors showing one list each add and remove only their own change (popup and reader tab)', async () => {
    const id = await clipWith(1, ['EU', 'Budget']);
    // Both opened the clip with ['EU', 'Budget']; neither has seen the other's change.
    await Promise.all([
      changeClipTags(db, id, { add: ['Vote'] }),
      changeClipTags(db, id, { remove: ['budget'] }),
      changeClipTags(db, id, { add: ['Trade'] }),
    ]);
    expect((await getClip(db, id))?.tags).toEqual(['EU', 'Vote', 'Trade']);
    expect(await changeClipTags(db, 'missing', { add: ['x'] })).toBeNull();
  });

  it('lists tags with counts, most used first, in their most common spelling', async () => {
    await clipWith(1, ['EU', 'Trade']);
    await clipWith(2, ['EU']);
    await clipWith(3, ['eu', 'Climate']);
    expect(await listTags(db)).toEqual([
      { tag: 'EU', count: 3 },
      { tag: 'Climate', count: 1 },
      { tag: 'Trade', count: 1 },
    ]);
  });

  it('renames a tag across the library, in any case, merging with an existing spelling', async () => {
    const a = await clipWith(1, ['eu', 'Trade']);
    const b = await clipWith(2, ['EU', 'Europe']);
    const c = await clipWith(3, ['Other']);
    expect(await renameTag(db, 'Eu', 'Europe')).toBe(2);
    expect((await getClip(db, a))?.tags).toEqual(['Europe', 'Trade']);
    expect((await getClip(db, b))?.tags).toEqual(['Europe']);
    expect((await getClip(db, c))?.tags).toEqual(['Other']);
    await expect(renameTag(db, 'Other', '  ')).rejects.toThrow(/empty/);
  });

  it('deletes a tag from every clip and keeps the clips', async () => {
    const a = await clipWith(1, ['EU', 'Trade']);
    await clipWith(2, ['eu']);
    expect(await deleteTag(db, 'EU')).toBe(2);
    expect((await getClip(db, a))?.tags).toEqual(['Trade']);
    expect(await listTags(db)).toEqual([{ tag: 'Trade', count: 1 }]);
    expect((await listAllSummaries(db)).length).toBe(2);
  });
});
