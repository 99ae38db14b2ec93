import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { searchTextOf, toSummary, toClip } from './records';
import { updateSearchTexts } from './search-buckets';
import { tagKey } from '../clip';
import type { NewsclipDB } from './schema';

/** The database and the upgrade transaction a migration step works in. */
export type MigrationStep = (
  db: IDBPDatabase<NewsclipDB>,
  tx: IDBPTransaction<NewsclipDB, StoreNames<NewsclipDB>[], 'versionchange'>,
) => Promise<void>;

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
  const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
  summaries.createIndex('by-saved', 'savedAt');
  db.createObjectStore('searchText', { keyPath: 'id' });

  const texts = new Map<string, string>();
  for (let cursor = await clips.openCursor(); cursor; cursor = await cursor.continue()) {
    const stored = { ...cursor.value, tagKeys: cursor.value.tags.map(tagKey) };
    const clip = toClip(stored);
    texts.set(clip.id, searchTextOf(clip));
    await Promise.all([cursor.update(stored), summaries.put(toSummary(clip))]);
  }
  await updateSearchTexts(tx.objectStore('searchText'), texts);
};

/** One step per schema version, in order: `MIGRATIONS[v - 1]` upgrades a database to version `v`. */
export const MIGRATIONS: readonly MigrationStep[] = [createClips, addSummariesAndTagKeys];
