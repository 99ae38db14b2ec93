import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { tagKey, type Clip } from '../clip';
import { foldText } from './fold-text';
import { searchTextOf, toStoredClip } from './records';
import { updateSearchTexts } from './search-buckets';
import { BODIES_PER_PACK, newPackKey, packBodies } from './body-packs';
import type { NewsclipDB, PackedBody } from './schema';

/** The database and the upgrade transaction a migration step works in. */
export type MigrationStep = (
  db: IDBPDatabase<NewsclipDB>,
  tx: IDBPTransaction<NewsclipDB, StoreNames<NewsclipDB>[], 'versionchange'>,
) => Promise<void>;

/** A clip as v1 and v2 stored it: the whole clip with its index keys (`tagKeys` from v2 on). */
type LegacyClip = Clip & { urlKey: string; pageKey: string; tagKeys?: string[] };

/** The untyped view of a database, for the stores of earlier versions that the schema no longer has. */
function legacy(db: IDBPDatabase<NewsclipDB>): IDBPDatabase {
  return db as unknown as IDBPDatabase;
}

/** v1: the clips store and its indexes. */
const createClips: MigrationStep = async (db) => {
  const clips = db.createObjectStore('clips', { keyPath: 'id' });
  clips.createIndex('by-url', 'urlKey');
  clips.createIndex('by-page-url', 'pageKey');
  clips.createIndex('by-saved', 'savedAt');
  // Clips without a date have no `published.iso`: IndexedDB leaves them out of the index, as wanted.
  clips.createIndex('by-published', 'published.iso');
  clips.createIndex('by-site', 'siteName');
  clips.createIndex('by-tag', 'tags', { multiEntry: true });
};

/**
 * v2: case-insensitive tags and a list that paints without article bodies. Adds `tagKeys` to every
 * clip with its index, and the `summaries` and `searchText` stores, filled from the existing clips.
 */
const addSummariesAndTagKeys: MigrationStep = async (db, tx) => {
  const clips = tx.objectStore('clips');
  // `tagKeys` is new in v2, so a v1 record has none yet; the index is filled by the cursor below.
  clips.createIndex('by-tag-key', 'tagKeys', { multiEntry: true });
  const summaries = legacy(db).createObjectStore('summaries', { keyPath: 'id' });
  summaries.createIndex('by-saved', 'savedAt');
  db.createObjectStore('searchText', { keyPath: 'id' });

  const texts = new Map<string, string>();
  for (let cursor = await clips.openCursor(); cursor; cursor = await cursor.continue()) {
    const clip = cursor.value as unknown as LegacyClip;
    const stored: LegacyClip = { ...clip, tagKeys: clip.tags.map(tagKey) };
    texts.set(clip.id, searchTextOf(clip));
    const summary = {
      id: clip.id,
      title: clip.title,
      byline: clip.byline,
      siteName: clip.siteName,
      url: clip.canonicalUrl ?? clip.url,
      published: clip.published,
      savedAt: clip.savedAt,
      updatedAt: clip.updatedAt,
      tags: clip.tags,
      tagKeys: stored.tagKeys,
      readingMinutes: clip.readingMinutes,
      meta: foldText([clip.title, clip.byline, clip.siteName, ...clip.tags].filter(Boolean).join(' \n ')),
    };
    await Promise.all([cursor.update(stored as never), summaries.put(summary)]);
  }
  await updateSearchTexts(tx.objectStore('searchText'), texts);
};

/**
 * v3: bodies apart from the rest, in packs. Every clip record becomes a head (no `contentHtml` and
 * `text`, plus `meta` and `pack`, indexed `by-pack`); the bodies go to the new `bodies` store, in
 * packs of consecutive ids as an import writes them; `summaries` goes, since the list now reads the
 * small heads.
 */
const splitBodies: MigrationStep = async (db, tx) => {
  legacy(db).deleteObjectStore('summaries');
  db.createObjectStore('bodies');
  const clips = tx.objectStore('clips');
  clips.createIndex('by-pack', 'pack');
  const bodies = tx.objectStore('bodies');
  let pack: { key: string; bodies: PackedBody[] } = { key: newPackKey(), bodies: [] };
  for (let cursor = await clips.openCursor(); cursor; cursor = await cursor.continue()) {
    const clip = cursor.value as unknown as LegacyClip;
    const writes: Promise<unknown>[] = [cursor.update(toStoredClip(clip, pack.key))];
    pack.bodies.push(...packBodies([clip]));
    if (pack.bodies.length === BODIES_PER_PACK) {
      writes.push(bodies.put(pack.bodies, pack.key));
      pack = { key: newPackKey(), bodies: [] };
    }
    await Promise.all(writes);
  }
  if (pack.bodies.length > 0) await bodies.put(pack.bodies, pack.key);
};

/** One step per schema version, in order: `MIGRATIONS[v - 1]` upgrades a database to version `v`. */
export const MIGRATIONS: readonly MigrationStep[] = [createClips, addSummariesAndTagKeys, splitBodies];
