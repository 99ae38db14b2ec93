import { afterEach } from 'vitest';
import { deleteDB } from 'idb';
import { openLibrary, type Library } from '../../src/store';
import { uniqueDbName } from './make-article';

/**
 * For one test file: a function that opens a library under a fresh name; each one opened is closed
 * and deleted after its test.
 */
export function tempLibraries(): (prefix: string) => Promise<Library> {
  const opened: { db: Library; name: string }[] = [];
  afterEach(async () => {
    for (const { db, name } of opened.splice(0)) {
      db.close();
      await deleteDB(name);
    }
  });
  return async (prefix) => {
    const name = uniqueDbName(prefix);
    const db = await openLibrary(name);
    opened.push({ db, name });
    return db;
  };
}
