import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDB, openDB } from 'idb';
import {
  DB_VERSION,
  describeStorageError,
  getAllClips,
  getClip,
  listAllSummaries,
  listRecentSummaries,
  LibraryUpgradeError,
  libraryUnlessFailing,
  listTags,
  loadSearchTexts,
  openLibrary,
  openStoredLibrary,
  readStoredExportBatches,
  saveArticle,
  UNPROMPTED_RETRY_AFTER_MS,
  type StoredLibrary,
} from '../../src/store';
import { EXPORT_FOOTER, exportHeader, exportRecordParts, parseLibrary } from '../../src/export';
import { canonicalKey, tagKey, type Clip } from '../../src/clip';
import { makeArticle, uniqueDbName } from './make-article';

let name = '';
afterEach(async () => {
  await deleteDB(name);
});

/** A clip exactly as schema v1 stored it: index keys `urlKey` and `pageKey`, no `tagKeys`. */
function v1Record(n: number, tags: string[]): Clip & { urlKey: string; pageKey: string } {
  const article = makeArticle({ url: `https://news.example/${n}`, canonicalUrl: null, title: `Story ${n}` });
  return {
    ...article,
    id: `v1-${n}`,
    savedAt: new Date(Date.UTC(2024, 0, n)).toISOString(),
    updatedAt: new Date(Date.UTC(2024, 0, n)).toISOString(),
    tags,
    pageUrl: article.url,
    urlKey: canonicalKey(article.url),
    pageKey: canonicalKey(article.url),
  };
}

/** A stored v1/v2 record as `getAllClips` gives it back: without the keys kept only for indexes. */
function clipOf(record: Clip & { urlKey: string; pageKey: string; tagKeys?: string[] }): Clip {
  const clip: Partial<typeof record> = { ...record };
  delete clip.urlKey;
  delete clip.pageKey;
  delete clip.tagKeys;
  return clip as Clip;
}

describe('migrations', () => {
  it('is at schema version 3', () => {
    expect(DB_VERSION).toBe(3);
  });

  it('creates v1 with the clips store and its indexes', async () => {
    name = uniqueDbName('v1');
    const db = await openLibrary(name, 1);
    expect([...db.objectStoreNames]).toEqual(['clips']);
    const indexes = [...db.transaction('clips').store.indexNames].sort();
    expect(indexes).toEqual(['by-page-url', 'by-published', 'by-saved', 'by-site', 'by-tag', 'by-url']);
    db.close();
  });

  it('upgrades a seeded v1 library to v3 without losing a clip, filling tagKeys, heads, bodies and search text', async () => {
    name = uniqueDbName('v1-to-v2');
    const v1 = await openLibrary(name, 1);
    const records = [v1Record(1, ['EU']), v1Record(2, ['eu', 'Trade']), v1Record(3, [])];
    // Seeded through raw idb, as v1 code wrote it: no field v2 added.
    const raw = v1 as unknown as Awaited<ReturnType<typeof openDB>>;
    for (const r of records) await raw.put('clips', r);
    v1.close();

    const db = await openLibrary(name);
    expect(db.version).toBe(3);
    const clips = await getAllClips(db);
    expect(clips).toEqual(records.map(clipOf));
    expect((await db.getAllFromIndex('clips', 'by-tag-key', 'eu')).map((c) => c.id)).toEqual([
      'v1-1',
      'v1-2',
    ]);
    expect((await listRecentSummaries(db, 10)).map((s) => s.title)).toEqual([
      'Story 3',
      'Story 2',
      'Story 1',
    ]);
    expect((await loadSearchTexts(db)).get('v1-2')).toContain('cafe owners cheered');
    expect(await listTags(db)).toEqual([
      { tag: 'eu', count: 2 },
      { tag: 'Trade', count: 1 },
    ]);
    // And the upgraded library keeps working: re-clipping a v1 URL updates it.
    const again = await saveArticle(db, makeArticle({ url: 'https://news.example/2', canonicalUrl: null }), {
      pageUrl: 'https://news.example/2',
    });
    expect(again).toMatchObject({ status: 'updated', clip: { id: 'v1-2', tags: ['eu', 'Trade'] } });
    db.close();
  });

  it('upgrades a seeded v2 library to v3: bodies move to packs of 32, summaries go, nothing is lost', async () => {
    name = uniqueDbName('v2-to-v3');
    const v2 = await openLibrary(name, 2);
    const records = Array.from({ length: 40 }, (_, i) => {
      const n = i + 1;
      const record = v1Record(n, n % 2 ? ['EU'] : []);
      return { ...record, id: `v2-${String(n).padStart(2, '0')}`, tagKeys: record.tags.map(tagKey) };
    });
    // Seeded through raw idb, as v2 code wrote it: whole clips, their summaries and search texts.
    const raw = v2 as unknown as Awaited<ReturnType<typeof openDB>>;
    for (const r of records) {
      await raw.put('clips', r);
      await raw.put('summaries', { id: r.id, title: r.title, savedAt: r.savedAt, tags: r.tags });
    }
    await raw.put('searchText', { id: 'b00', texts: { 'v2-01': 'the vote came at dawn' } });
    v2.close();

    const db = await openLibrary(name);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(['bodies', 'clips', 'searchText']);
    const clips = await getAllClips(db);
    expect(clips).toEqual(records.map(clipOf));
    // Consecutive ids share a pack, as an import writes them.
    const heads = await db.getAll('clips');
    expect(new Set(heads.slice(0, 32).map((h) => h.pack)).size).toBe(1);
    expect(new Set(heads.slice(32).map((h) => h.pack))).toEqual(new Set([heads[32]!.pack]));
    expect((await db.getAllKeys('bodies')).sort()).toEqual([heads[0]!.pack, heads[32]!.pack].sort());
    expect(heads[39]).not.toHaveProperty('contentHtml');
    expect(heads[39]).toMatchObject({ id: 'v2-40', meta: 'story 40 jane doe and john roe example news' });
    expect((await listAllSummaries(db)).map((s) => s.id).slice(0, 2)).toEqual(['v2-40', 'v2-39']);
    expect((await loadSearchTexts(db)).get('v2-01')).toBe('the vote came at dawn');
    expect(await listTags(db)).toEqual([{ tag: 'EU', count: 20 }]);
    // Re-clipping a migrated clip moves its new body to a pack of its own; its neighbours keep theirs.
    await saveArticle(db, makeArticle({ url: 'https://news.example/2', canonicalUrl: null, text: 'New.' }), {
      pageUrl: 'https://news.example/2',
    });
    expect((await getClip(db, 'v2-02'))?.text).toBe('New.');
    expect((await getClip(db, 'v2-03'))?.text).toBe(records[2]!.text);
    db.close();
  });

  it('an upgrade that runs out of room says so, and leaves the older library as it was', async () => {
    name = uniqueDbName('v2-quota');
    const v2 = await openLibrary(name, 2);
    const raw = v2 as unknown as Awaited<ReturnType<typeof openDB>>;
    const record = { ...v1Record(1, ['EU']), tagKeys: ['eu'] };
    await raw.put('clips', record);
    v2.close();
    // The browser accepts the upgrade's first write, then aborts it for want of room.
    const put = IDBObjectStore.prototype.put;
    let aborted = false;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      const request = put.apply(this, args);
      const tx = this.transaction as IDBTransaction & { _abort(errorName: string): void };
      if (!aborted) queueMicrotask(() => tx._abort('QuotaExceededError'));
      aborted = true;
      return request;
    });
    const error: unknown = await openLibrary(name).catch((e: unknown) => e);
    spy.mockRestore();
    expect(aborted).toBe(true);
    expect(error).toBeInstanceOf(LibraryUpgradeError);
    expect(error).toMatchObject({ storedVersion: 2, reason: { name: 'QuotaExceededError' } });
    expect(describeStorageError(error)).toMatch(/no room left to bring your library up to this version/);
    const after = await openDB(name);
    expect(after.version).toBe(2);
    expect(await after.getAll('clips')).toEqual([record]);
    after.close();
  });

  it('refuses a version it has no migration for', async () => {
    await expect(openLibrary(uniqueDbName('x'), 99)).rejects.toThrow(/No migration step/);
  });
});

/** Every batch `readStoredExportBatches` gives, and the clips in them. */
async function exportAsStored(
  db: StoredLibrary,
  size?: number,
): Promise<{ counts: number[]; clips: Clip[] }> {
  const counts: number[] = [];
  const clips: Clip[] = [];
  for await (const batch of readStoredExportBatches(db, size)) {
    counts.push(batch.count);
    for (const record of batch.records) {
      // Only a v3 library keeps clips as the file they came from had them.
      if (record instanceof Blob) throw new Error('a blob in an export of whole clips');
      clips.push(record);
    }
  }
  return { counts, clips };
}

describe('a library that will not open at this version still exports as stored', () => {
  it('an upgrade that cannot read a v2 record leaves v2 as it was, and every clip exports as stored', async () => {
    name = uniqueDbName('v2-unreadable');
    const v2 = await openLibrary(name, 2);
    const raw = v2 as unknown as Awaited<ReturnType<typeof openDB>>;
    const records = [v1Record(1, ['EU']), v1Record(2, []), v1Record(3, ['Trade'])].map((r) => ({
      ...r,
      tagKeys: r.tags.map(tagKey),
    }));
    // A record an earlier version wrote wrongly: the v3 step cannot read its tags.
    const unreadable = { ...records[1]!, tags: null as unknown as string[] };
    for (const r of [records[0]!, unreadable, records[2]!]) await raw.put('clips', r);
    v2.close();

    const error: unknown = await openLibrary(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryUpgradeError);
    expect((error as LibraryUpgradeError).reason).toBeInstanceOf(TypeError);
    expect(describeStorageError(error)).toMatch(
      /^Newsclip could not bring your library up to this version \(.*null.*\), so it is unchanged\.$/,
    );
    const stored = await openStoredLibrary(name);
    expect(stored?.version).toBe(2);
    const { counts, clips } = await exportAsStored(stored!, 2);
    stored!.close();
    expect(counts).toEqual([2, 1]);
    expect(clips).toEqual([records[0]!, unreadable, records[2]!].map(clipOf));
    // The export file holds them all, and the readable ones import back as they were.
    const text = [exportHeader(), ...exportRecordParts(clips, true), EXPORT_FOOTER].join('');
    expect((JSON.parse(text) as { clips: Clip[] }).clips).toEqual(clips);
    const withoutUnreadable = [
      exportHeader(),
      ...exportRecordParts([clips[0]!, clips[2]!], true),
      EXPORT_FOOTER,
    ];
    expect(parseLibrary(withoutUnreadable.join(''))).toEqual({ ok: true, value: [clips[0], clips[2]] });
    // Reading it changed nothing.
    const after = await openDB(name);
    expect(after.version).toBe(2);
    expect(await after.getAll('clips')).toEqual([records[0], unreadable, records[2]]);
    after.close();
  });

  it('page loads leave a library that will not open alone for a minute after it failed, then try again', async () => {
    name = uniqueDbName('v2-unprompted');
    const v2 = await openLibrary(name, 2);
    const raw = v2 as unknown as Awaited<ReturnType<typeof openDB>>;
    await raw.put('clips', { ...v1Record(1, []), tags: null, tagKeys: [] });
    v2.close();
    let tries = 0;
    let clock = 0;
    let openedByReader = false;
    const forPageLoads = libraryUnlessFailing(
      () => {
        tries++;
        return openLibrary(name);
      },
      UNPROMPTED_RETRY_AFTER_MS,
      () => clock,
      () => openedByReader,
    );
    expect(await forPageLoads()).toBeNull();
    clock += UNPROMPTED_RETRY_AFTER_MS - 1;
    expect(await forPageLoads()).toBeNull();
    expect(tries).toBe(1);
    // A minute on, the library opens again (here it was mended meanwhile).
    await deleteDB(name);
    clock += 1;
    const db = await forPageLoads();
    expect(tries).toBe(2);
    expect(db?.version).toBe(DB_VERSION);
    db?.close();
    // Within the minute after a failure, a library a reader's request has opened is used at once.
    const failing = libraryUnlessFailing(
      () => {
        tries++;
        return openedByReader ? openLibrary(name) : Promise.reject(new Error('no room'));
      },
      UNPROMPTED_RETRY_AFTER_MS,
      () => clock,
      () => openedByReader,
    );
    expect(await failing()).toBeNull();
    expect(await failing()).toBeNull();
    expect(tries).toBe(3);
    openedByReader = true;
    const reopened = await failing();
    expect(tries).toBe(4);
    expect(reopened?.version).toBe(DB_VERSION);
    reopened?.close();
  });

  it('finds no library where there is none, and creates none', async () => {
    name = uniqueDbName('none');
    expect(await openStoredLibrary(name)).toBeNull();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(name);
  });

  it('a library at this version exports as stored every clip as saved', async () => {
    name = uniqueDbName('v3-as-stored');
    const db = await openLibrary(name);
    for (const n of [1, 2, 3]) {
      const url = `https://news.example/${n}`;
      await saveArticle(db, makeArticle({ url, canonicalUrl: null, title: `Story ${n}` }), { pageUrl: url });
    }
    const saved = await getAllClips(db);
    db.close();
    expect(saved.map((c) => c.title).sort()).toEqual(['Story 1', 'Story 2', 'Story 3']);
    const stored = await openStoredLibrary(name);
    expect(stored?.version).toBe(DB_VERSION);
    const byId = (a: Clip, b: Clip) => a.id.localeCompare(b.id);
    expect((await exportAsStored(stored!)).clips.sort(byId)).toEqual(saved.sort(byId));
    stored!.close();
  });

  it('leaves a library a newer Newsclip stored alone, and says to update', async () => {
    name = uniqueDbName('v4');
    const newer = await openDB(name, DB_VERSION + 1, {
      upgrade: (db) => void db.createObjectStore('clips', { keyPath: 'id' }),
    });
    await newer.put('clips', { id: 'v4-1', title: 'From the future' });
    newer.close();
    const refused: unknown = await openLibrary(name).catch((e: unknown) => e);
    expect((refused as DOMException).name).toBe('VersionError');
    expect(describeStorageError(refused)).toMatch(/saved by a newer version of Newsclip.*Update Newsclip/);
    await expect(openStoredLibrary(name)).rejects.toMatchObject({ name: 'VersionError' });
    const after = await openDB(name);
    expect(after.version).toBe(DB_VERSION + 1);
    expect(await after.getAll('clips')).toEqual([{ id: 'v4-1', title: 'From the future' }]);
    after.close();
  });
});
