import { openDB, type IDBPDatabase } from 'idb';
import type { Clip } from '../clip';
import { readExportBatches, type ExportBatch } from './clips';
import type { Library } from './open-library';
import { toClipHead } from './records';
import { DB_NAME, DB_VERSION, type StoredClip } from './schema';

/** The library as it is stored, opened at its own version: not upgraded, not changed. */
export type StoredLibrary = IDBPDatabase;

/** The first version that keeps bodies apart from heads (v3); before it `clips` held whole clips. */
const FIRST_SPLIT_VERSION = 3;

/**
 * Opens the library at the version it is stored at, without upgrading it: for an export when it
 * cannot be opened at this version (an upgrade that failed leaves it, unchanged, at the older one).
 * @returns `null` when there is no library at all (none is created).
 * @throws a `VersionError` for a library a newer Newsclip stored, whose layout this one does not know.
 */
export async function openStoredLibrary(name: string = DB_NAME): Promise<StoredLibrary | null> {
  let isNew = false;
  let db: StoredLibrary;
  try {
    db = await openDB(name, undefined, {
      upgrade(_db, _oldVersion, _newVersion, tx) {
        // Only a database that does not exist yet is upgraded when no version is asked for.
        isNew = true;
        // Aborting rejects the transaction's `done` too: expected, not an error to report.
        tx.done.catch(() => undefined);
        tx.abort();
      },
    });
  } catch (error) {
    if (isNew) return null;
    throw error;
  }
  if (db.version > DB_VERSION) {
    // A newer Newsclip's layout is not one this code knows how to read.
    db.close();
    throw new DOMException(
      `The library is at version ${db.version}, newer than this Newsclip's.`,
      'VersionError',
    );
  }
  return db;
}

/**
 * Every clip of a library opened by `openStoredLibrary`, `size` at a time, as an export writes
 * them: from version 3 on as `readExportBatches` reads them; before it, the whole clips versions
 * 1 and 2 kept, without their index keys. A clip an upgrade could not read is exported as stored.
 */
export async function* readStoredExportBatches(db: StoredLibrary, size = 500): AsyncGenerator<ExportBatch> {
  if (db.version >= FIRST_SPLIT_VERSION) {
    yield* readExportBatches(db as unknown as Library, size);
    return;
  }
  if (!db.objectStoreNames.contains('clips')) return;
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const tx = db.transaction('clips');
    // Records of a store whose key path is `id`: objects, in id order.
    const records = (await tx.store.getAll(range, size)) as StoredClip[];
    await tx.done;
    if (records.length === 0) return;
    // A v1/v2 record is the whole clip and its index keys: without them, the clip (body included).
    yield { records: records.map((record) => toClipHead(record) as Clip), count: records.length };
    after = records[records.length - 1]!.id;
  }
}
