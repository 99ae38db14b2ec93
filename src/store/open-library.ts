import { openDB, type IDBPDatabase } from 'idb';
import { MIGRATIONS } from './migrations';
import { DB_NAME, DB_VERSION, type NewsclipDB } from './schema';
import { failureCause, LibraryUpgradeError } from './storage-error';

/** The open library database. */
export type Library = IDBPDatabase<NewsclipDB>;

/**
 * Opens the library, running the migration step of every version between the stored one and
 * `version`, in order, inside the upgrade transaction (a failing step aborts it: nothing changes).
 * @param version only tests pass a version below `DB_VERSION`, to seed an older database.
 * @param onClosed called when the connection closes for a newer version or because the browser ended it.
 */
export async function openLibrary(
  name: string = DB_NAME,
  version: number = DB_VERSION,
  onClosed: () => void = () => undefined,
): Promise<Library> {
  if (version > MIGRATIONS.length) throw new Error(`No migration step for schema version ${version}.`);
  // Why an upgrade failed: the open request itself only says "AbortError". The failing step's error
  // or the transaction's own (a QuotaExceededError when the browser ran out of room) says why.
  let transactionError: unknown;
  let stepError: unknown;
  let upgradingFrom = 0;
  let library: Library;
  try {
    library = await openDB<NewsclipDB>(name, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        const target = newVersion ?? version;
        upgradingFrom = oldVersion;
        tx.done.catch((error: unknown) => (transactionError = error));
        // Started synchronously so the first step runs while the upgrade transaction is active.
        void (async () => {
          for (let v = oldVersion + 1; v <= target; v++) await MIGRATIONS[v - 1]?.(db, tx);
        })().catch((error: unknown) => {
          stepError = error;
          console.error('Newsclip: library migration failed', error);
          try {
            tx.abort();
          } catch {
            // The browser aborted it already (out of room): nothing was changed.
          }
        });
      },
      blocking() {
        // Another context (popup, reader, background) wants a newer version: step aside, do not block it.
        library.close();
        onClosed();
      },
      terminated: onClosed,
    });
  } catch (error) {
    const cause = failureCause([stepError, transactionError, error]);
    // A library that existed stays at its version; one being created was never there.
    throw upgradingFrom > 0 ? new LibraryUpgradeError(upgradingFrom, cause) : cause;
  }
  return library;
}

let shared: Promise<Library> | undefined;
let sharedIsOpen = false;

/** The library connection of this context (popup, reader or background), opened once, reopened if closed. */
export function sharedLibrary(): Promise<Library> {
  shared ??= openLibrary(DB_NAME, DB_VERSION, () => {
    shared = undefined;
    sharedIsOpen = false;
  }).then(
    (db) => {
      sharedIsOpen = true;
      return db;
    },
    (error: unknown) => {
      shared = undefined;
      throw error;
    },
  );
  return shared;
}

/** Whether this context holds the library open now (`sharedLibrary` opened it and it is not closed). */
export const isSharedLibraryOpen = (): boolean => sharedIsOpen;

/** How long a context that asks for the library unprompted leaves it alone after it failed to open. */
export const UNPROMPTED_RETRY_AFTER_MS = 60_000;

/**
 * The library for a context that asks for it unprompted (the background, on every page load), not
 * for a reader's request: `null` while it will not open. After a failure, asks within `holdMs` get
 * `null` without trying again, since each try reruns a failing upgrade over every clip. The hold
 * lives as long as the context: Firefox's background page keeps it; Chrome's service worker, stopped
 * when idle, keeps it through a burst of page loads.
 */
export function libraryUnlessFailing(
  open: () => Promise<Library> = sharedLibrary,
  holdMs: number = UNPROMPTED_RETRY_AFTER_MS,
  now: () => number = Date.now,
  isOpen: () => boolean = isSharedLibraryOpen,
): () => Promise<Library | null> {
  let failedAt = -Infinity;
  return async () => {
    // A reader's own request may have opened it meanwhile (after freeing disk space, say).
    if (now() - failedAt < holdMs && !isOpen()) return null;
    try {
      return await open();
    } catch {
      failedAt = now();
      return null;
    }
  };
}
