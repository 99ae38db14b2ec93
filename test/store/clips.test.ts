import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import {
  changeClipTags,
  countClips,
  deleteClip,
  findClipByUrl,
  getAllClips,
  getClip,
  importClips,
  listAllSummaries,
  listRecentSummaries,
  loadSearchTexts,
  openLibrary,
  readClipBatches,
  restoreClip,
  revertClip,
  saveArticle,
  type Library,
} from '../../src/store';
import { makeArticle, uniqueDbName } from './make-article';

let db: Library;
let name: string;

async function fresh(): Promise<Library> {
  name = uniqueDbName('clips');
  db = await openLibrary(name);
  return db;
}

afterEach(async () => {
  db.close();
  await deleteDB(name);
});

describe('saveArticle', () => {
  it('adds a new clip with id, times, tags and page URL', async () => {
    await fresh();
    const now = new Date('2024-05-02T08:00:00Z');
    const { status, clip } = await saveArticle(db, makeArticle(), {
      pageUrl: 'https://news.example/2024/05/budget-vote?utm_source=x',
      tags: [' Politics ', 'politics', 'Budget'],
      now,
    });
    expect(status).toBe('saved');
    expect(clip.savedAt).toBe(now.toISOString());
    expect(clip.updatedAt).toBe(now.toISOString());
    expect(clip.tags).toEqual(['Politics', 'Budget']);
    expect(await getClip(db, clip.id)).toEqual(clip);
    expect(await countClips(db)).toBe(1);
  });

  it('updates a clip of the same canonical URL in place, keeping id, savedAt and tags', async () => {
    await fresh();
    const first = await saveArticle(db, makeArticle(), {
      pageUrl: 'https://news.example/a',
      tags: ['Politics'],
      now: new Date('2024-05-02T08:00:00Z'),
    });
    const second = await saveArticle(
      db,
      makeArticle({
        title: 'Budget passed (updated)',
        url: 'https://news.example/2024/05/budget-vote#comments',
      }),
      {
        pageUrl: 'https://news.example/b',
        tags: ['politics', 'Economy'],
        now: new Date('2024-05-03T08:00:00Z'),
      },
    );
    expect(second.status).toBe('updated');
    expect(second.clip.id).toBe(first.clip.id);
    expect(second.clip.savedAt).toBe(first.clip.savedAt);
    expect(second.clip.updatedAt).toBe('2024-05-03T08:00:00.000Z');
    expect(second.clip.tags).toEqual(['Politics', 'Economy']);
    expect(second.clip.title).toBe('Budget passed (updated)');
    expect(await countClips(db)).toBe(1);
  });

  it('keeps a different article that states the same canonical URL as a clip of its own', async () => {
    await fresh();
    // A site-wide template's canonical tag, or a hostile page naming an article the reader clipped.
    const shared = 'https://news.example/2024/05/budget-vote';
    // Ids in the order that puts the other article first among the clips of that canonical URL.
    const first = await saveArticle(db, makeArticle({ canonicalUrl: shared }), {
      pageUrl: 'https://news.example/2024/05/budget-vote',
      tags: ['Politics'],
      newId: () => 'z-first',
    });
    const other = await saveArticle(
      db,
      makeArticle({
        url: 'https://news.example/2024/06/harbour',
        canonicalUrl: shared,
        title: 'Harbour reopens',
      }),
      { pageUrl: 'https://news.example/2024/06/harbour', newId: () => 'a-other' },
    );
    expect(other.status).toBe('saved');
    expect(other.clip.id).not.toBe(first.clip.id);
    expect((await getClip(db, first.clip.id))?.title).toBe(first.clip.title);
    expect((await getAllClips(db)).map((clip) => clip.title).sort()).toEqual([
      'Harbour reopens',
      'Parliament passes the budget after a night-long session',
    ]);
    // Clipped again from its own page, each updates its own clip.
    const again = await saveArticle(
      db,
      makeArticle({
        url: 'https://news.example/2024/06/harbour',
        canonicalUrl: shared,
        title: 'Harbour reopens today',
      }),
      { pageUrl: 'https://news.example/2024/06/harbour' },
    );
    expect(again).toMatchObject({ status: 'updated', clip: { id: other.clip.id } });
    expect(await countClips(db)).toBe(2);
    // Each page finds its own clip, whose tags the popup then shows and edits.
    expect((await findClipByUrl(db, shared))?.id).toBe(first.clip.id);
    expect((await findClipByUrl(db, 'https://news.example/2024/06/harbour'))?.id).toBe(other.clip.id);
    // Clipped again from its page with a query of its own and an edited headline: the same article.
    const fromFeed = await saveArticle(
      db,
      makeArticle({
        url: 'https://news.example/2024/06/harbour?src=rss',
        canonicalUrl: shared,
        title: 'Harbour: delay',
      }),
      { pageUrl: 'https://news.example/2024/06/harbour?src=rss' },
    );
    expect(fromFeed).toMatchObject({ status: 'updated', clip: { id: other.clip.id } });
    expect(await countClips(db)).toBe(2);
  });

  it('keeps two articles told apart by their query, under one canonical URL, as two clips', async () => {
    await fresh();
    const shared = 'https://news.example/article.php';
    for (const id of ['1', '2']) {
      const url = `https://news.example/article.php?id=${id}`;
      const saved = await saveArticle(db, makeArticle({ url, canonicalUrl: shared, title: `Story ${id}` }), {
        pageUrl: url,
      });
      expect(saved.status).toBe('saved');
    }
    expect((await getAllClips(db)).map((clip) => clip.title).sort()).toEqual(['Story 1', 'Story 2']);
    // And a third from elsewhere, imported, is added beside them.
    const third = 'https://news.example/article.php?id=3';
    const other = (await getAllClips(db))[0]!;
    const imported = { ...other, id: 'imported-3', url: third, pageUrl: third, title: 'Story 3' };
    expect(await importClips(db, [imported])).toEqual({ added: 1, updated: 0, unchanged: 0 });
  });

  it('treats URLs that differ only in tracking parameters or a trailing slash as one article', async () => {
    await fresh();
    await saveArticle(db, makeArticle({ canonicalUrl: null, url: 'https://x.example/a/?utm_medium=mail' }), {
      pageUrl: 'https://x.example/a/',
    });
    const again = await saveArticle(
      db,
      makeArticle({ canonicalUrl: null, url: 'https://x.example/a?fbclid=1' }),
      {
        pageUrl: 'https://x.example/a',
      },
    );
    expect(again.status).toBe('updated');
  });
});

describe('lookups and lists', () => {
  it('finds a clip by canonical URL or by the address it was clipped from', async () => {
    await fresh();
    const { clip } = await saveArticle(db, makeArticle(), { pageUrl: 'https://m.news.example/amp/budget' });
    expect((await findClipByUrl(db, 'https://news.example/2024/05/budget-vote'))?.id).toBe(clip.id);
    expect((await findClipByUrl(db, 'https://m.news.example/amp/budget#top'))?.id).toBe(clip.id);
    expect(await findClipByUrl(db, 'https://elsewhere.example/')).toBeNull();
  });

  it('lists summaries newest first without article bodies, and search texts folded', async () => {
    await fresh();
    for (let i = 0; i < 5; i++) {
      await saveArticle(
        db,
        makeArticle({ url: `https://news.example/${i}`, canonicalUrl: null, title: `T${i}` }),
        {
          pageUrl: `https://news.example/${i}`,
          now: new Date(Date.UTC(2024, 0, 1 + i)),
        },
      );
    }
    const recent = await listRecentSummaries(db, 3);
    expect(recent.map((s) => s.title)).toEqual(['T4', 'T3', 'T2']);
    expect((await listRecentSummaries(db, 1)).map((s) => s.title)).toEqual(['T4']);
    expect((await listRecentSummaries(db, 50)).map((s) => s.title)).toEqual(['T4', 'T3', 'T2', 'T1', 'T0']);
    expect(recent[0]).not.toHaveProperty('contentHtml');
    expect(recent[0]).not.toHaveProperty('text');
    expect((await listAllSummaries(db)).map((s) => s.title)).toEqual(['T4', 'T3', 'T2', 'T1', 'T0']);
    const texts = await loadSearchTexts(db);
    expect(texts.size).toBe(5);
    expect([...texts.values()][0]).toContain('cafe owners cheered');
  });
});

describe('deleteClip and restoreClip', () => {
  it('deletes from every store and restores field for field (undo)', async () => {
    await fresh();
    const { clip } = await saveArticle(db, makeArticle(), { pageUrl: 'https://news.example/p', tags: ['A'] });
    const deleted = await deleteClip(db, clip.id);
    expect(deleted).toEqual(clip);
    expect(await getAllClips(db)).toEqual([]);
    expect(await listAllSummaries(db)).toEqual([]);
    expect((await loadSearchTexts(db)).size).toBe(0);
    await restoreClip(db, deleted!);
    expect(await getAllClips(db)).toEqual([clip]);
    expect((await listAllSummaries(db)).map((s) => s.id)).toEqual([clip.id]);
  });

  it("undo after the page was clipped again merges the two: one clip, both clips' tags", async () => {
    await fresh();
    const { clip } = await saveArticle(db, makeArticle(), {
      pageUrl: 'https://news.example/p',
      tags: ['Old'],
      now: new Date('2024-05-01T00:00:00Z'),
    });
    const deleted = (await deleteClip(db, clip.id))!;
    const again = await saveArticle(db, makeArticle({ title: 'Budget: the final text' }), {
      pageUrl: 'https://news.example/p',
      tags: ['New'],
      now: new Date('2024-05-02T00:00:00Z'),
    });
    await restoreClip(db, deleted);
    const all = await getAllClips(db);
    expect(all.map((c) => [c.id, c.title, c.tags, c.savedAt])).toEqual([
      [again.clip.id, 'Budget: the final text', ['New', 'Old'], clip.savedAt],
    ]);
    expect(all[0]?.text).toBe(again.clip.text);
  });

  it("undo after an import brought the clip back newer keeps the import's fields and both clips' tags", async () => {
    await fresh();
    const { clip } = await saveArticle(db, makeArticle(), {
      pageUrl: 'https://news.example/p',
      tags: ['Mine'],
    });
    const deleted = (await deleteClip(db, clip.id))!;
    const imported = {
      ...clip,
      title: 'Imported title',
      tags: ['Theirs'],
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    await importClips(db, [imported]);
    await restoreClip(db, deleted);
    expect(await getAllClips(db)).toEqual([{ ...imported, tags: ['Theirs', 'Mine'] }]);
    // The other way round: the deleted copy is the newer, and supplies the fields and body.
    const older = (await deleteClip(db, clip.id))!;
    await importClips(db, [
      { ...older, title: 'Older', text: 'Older text.', updatedAt: '2020-01-01T00:00:00.000Z' },
    ]);
    await restoreClip(db, older);
    expect(await getAllClips(db)).toEqual([older]);
  });

  it('an update is undone by putting the copy it replaced back, with the tags as they are now', async () => {
    await fresh();
    const { clip } = await saveArticle(db, makeArticle(), { pageUrl: 'https://news.example/p', tags: ['A'] });
    const update = await saveArticle(db, makeArticle({ title: 'Page not found', text: '404' }), {
      pageUrl: 'https://news.example/p',
      tags: ['B'],
      now: new Date('2030-01-01T00:00:00Z'),
    });
    // Tags edited after the update stay: one added, one taken off.
    await changeClipTags(db, clip.id, { add: ['C'], remove: ['A'] });
    const now = new Date('2031-01-01T00:00:00Z');
    expect(await revertClip(db, clip, update.clip, now)).toBe(true);
    const reverted = { ...clip, tags: ['B', 'C'], updatedAt: now.toISOString() };
    expect(await getAllClips(db)).toEqual([reverted]);
    // Undone once, the clip is no longer the update's copy: a second undo changes nothing.
    expect(await revertClip(db, clip, update.clip)).toBe(false);
    expect(await getAllClips(db)).toEqual([reverted]);
    // The copy put back is the newest: an export taken before the undo does not bring the update back.
    await importClips(db, [{ ...update.clip, tags: ['B', 'C'] }]);
    expect(await getAllClips(db)).toEqual([reverted]);
  });

  it('returns null for an unknown id', async () => {
    await fresh();
    expect(await deleteClip(db, 'nope')).toBeNull();
  });
});

describe('readClipBatches', () => {
  it('reads every clip once, in id order, a batch at a time', async () => {
    await fresh();
    for (let i = 0; i < 7; i++) {
      await saveArticle(db, makeArticle({ url: `https://news.example/${i}`, canonicalUrl: null }), {
        pageUrl: `https://news.example/${i}`,
        newId: () => `id-${i}`,
      });
    }
    const batches: string[][] = [];
    for await (const batch of readClipBatches(db, 3)) batches.push(batch.map((c) => c.id));
    expect(batches).toEqual([['id-0', 'id-1', 'id-2'], ['id-3', 'id-4', 'id-5'], ['id-6']]);
    expect(batches.flat()).toEqual((await getAllClips(db)).map((c) => c.id));
  });
});
