import { browser } from 'wxt/browser';
import type { Clip } from '@/src/clip';
import type { Result } from '@/src/messages';
import {
  clipProblems,
  EXPORT_FOOTER,
  exportFileName,
  exportHeader,
  exportRecordParts,
  parseLibraryFile,
} from '@/src/export';
import {
  describeStorageError,
  importClips,
  openStoredLibrary,
  readExportBatches,
  readStoredExportBatches,
  type ClipSource,
  type ExportBatch,
  type Library,
  type StoredLibrary,
} from '@/src/store';
import { searchTextOf } from '@/src/store/records';
import { h } from './h';
import type { StatusLine } from './status-line';
import { errorText } from '@/src/error-text';

/** Offers `blob` as a download named `name` (<a download>: no downloads permission needed). */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the browser no longer needs the URL after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Reads and checks an export file. When it is laid out as Newsclip writes it, the import also gets
 * the file's own bytes of each clip, to store the new ones as they are.
 */
async function readLibraryFile(file: File): Promise<Result<{ clips: Clip[]; source?: ClipSource }>> {
  const parsed = parseLibraryFile(new Uint8Array(await file.arrayBuffer()));
  if (!parsed.ok) return parsed;
  const { clips, spans } = parsed.value;
  // Slices of a Blob, not of the File: Chromium checks a File on disk again for every slice.
  return { ok: true, value: { clips, source: spans ? { file: file.slice(), spans } : undefined } };
}

// A worker takes tens of milliseconds to start; 500 texts fold in about 130 ms.
const FOLD_IN_WORKER_FROM = 500;

/**
 * Search texts of `texts` (`searchTextOf`), half folded in a worker and half here, side by side:
 * folding was the longest part of a large import left to the popup's one thread.
 */
async function foldInParallel(texts: (string | null)[]): Promise<string[]> {
  if (texts.length < FOLD_IN_WORKER_FROM) return texts.map((text) => searchTextOf({ text }));
  const half = Math.floor(texts.length / 2);
  let worker: Worker | null = null;
  let theirs: Promise<string[]>;
  try {
    const started = new Worker(new URL('../search-text-worker.ts', import.meta.url), { type: 'module' });
    worker = started;
    theirs = new Promise<string[]>((resolve, reject) => {
      started.onmessage = (event: MessageEvent<string[]>) => resolve(event.data);
      started.onerror = (event) => reject(new Error(event.message));
      started.onmessageerror = () => reject(new Error('The search-text worker sent an unreadable answer.'));
    });
    started.postMessage(texts.slice(half));
  } catch (error) {
    theirs = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  // Handled below; this keeps a worker that fails before we await it from raising an unhandled rejection.
  theirs.catch(() => undefined);
  const ours = texts.slice(0, half).map((text) => searchTextOf({ text }));
  try {
    return [...ours, ...(await theirs)];
  } catch {
    // The worker could not run (it failed to start or to load): the import need not fail for that.
    return [...ours, ...texts.slice(half).map((text) => searchTextOf({ text }))];
  } finally {
    worker?.terminate();
  }
}

/**
 * Firefox closes an add-on's toolbar popup when a file picker opens from it (Mozilla bug 1292701),
 * and the chosen file is never read. There, Import opens the popup's page in a tab, where the
 * picker works.
 */
function importNeedsATab(): boolean {
  return import.meta.env.FIREFOX && browser.extension.getViews({ type: 'popup' }).includes(window);
}

/** The query of the popup's page opened in a tab to import a file (see `importNeedsATab`). */
const IMPORT_IN_TAB = 'import';

/** Whether this is the popup's page opened in a tab to import a file: it has no page to clip. */
export const isImportTab = (): boolean => new URLSearchParams(location.search).has(IMPORT_IN_TAB);

/**
 * Writes the clips of `batches` to an export file the browser downloads.
 * @returns how many clips, and the file's name; `null` when it failed, which the status line says
 */
async function exportToFile(
  batches: AsyncIterable<ExportBatch>,
  status: StatusLine,
): Promise<{ count: number; name: string } | null> {
  performance.mark('newsclip:export-start');
  // One Blob per batch: the browser keeps Blob data out of the page's heap, so memory stays flat.
  const pieces: Blob[] = [new Blob([exportHeader()])];
  let count = 0;
  try {
    for await (const batch of batches) {
      pieces.push(new Blob(exportRecordParts(batch.records, count === 0)));
      count += batch.count;
    }
  } catch (error) {
    status.error(`Export failed, nothing was written (${errorText(error)}).`);
    return null;
  }
  pieces.push(new Blob([EXPORT_FOOTER]));
  const name = exportFileName();
  download(new Blob(pieces, { type: 'application/json' }), name);
  performance.mark('newsclip:export-done');
  return { count, name };
}

const exportedMessage = ({ count, name }: { count: number; name: string }): string =>
  `Exported ${count} clip${count === 1 ? '' : 's'} to ${name}.`;

/**
 * For a library that would not open: "Export JSON" of the clips as they are stored, at the version
 * they were stored at (an upgrade that failed left them there, unchanged), so a reader can keep
 * every clip while the library is out of reach. Clips an import would refuse as they are (stored
 * wrongly by an earlier version) are written as stored, and the status line says where they are.
 */
export function exportAsStoredButton(status: StatusLine): HTMLElement {
  const problems: string[] = [];
  // The clips as they go by, checked as an import would check them (a blob holds clips an import wrote).
  async function* checked(batches: AsyncIterable<ExportBatch>): AsyncGenerator<ExportBatch> {
    let index = 0;
    for await (const batch of batches) {
      if (!batch.records.some((record) => record instanceof Blob))
        batch.records.forEach((clip, i) => problems.push(...clipProblems(clip, `clips[${index + i}]`)));
      index += batch.count;
      yield batch;
    }
  }
  const exportAsStored = async (): Promise<void> => {
    problems.length = 0;
    let db: StoredLibrary | null;
    try {
      db = await openStoredLibrary();
    } catch (error) {
      return status.error(`Export failed: the library could not be read either (${errorText(error)}).`);
    }
    if (!db) return status.info('There is no library to export yet.');
    let exported: { count: number; name: string } | null;
    try {
      exported = await exportToFile(checked(readStoredExportBatches(db)), status);
    } finally {
      db.close();
    }
    if (!exported) return;
    if (problems.length === 0) return status.info(exportedMessage(exported));
    status.error(
      `${exportedMessage(exported)} Some clips are kept as an earlier version stored them, which an import refuses until they are mended in the file: ${problems.slice(0, 3).join(' ')}`,
    );
  };
  const button = h('button', { type: 'button' }, 'Export JSON');
  button.addEventListener('click', () => {
    // One export at a time: a second click would read the library again into a second file.
    button.disabled = true;
    void exportAsStored()
      .catch((error: unknown) => status.error(`Export failed, nothing was written (${errorText(error)}).`))
      .finally(() => (button.disabled = false));
  });
  return h('div', { class: 'export-import' }, button);
}

/** The "Export JSON" and "Import JSON" buttons. */
export function exportImportButtons(db: Library, status: StatusLine, onImported: () => void): HTMLElement {
  const file = h('input', {
    type: 'file',
    accept: 'application/json,.json',
    hidden: true,
    'aria-label': 'Newsclip export file',
  });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    status.info(`Reading ${chosen.name}…`);
    performance.mark('newsclip:import-start');
    // A file deleted or changed since it was chosen cannot be read: say so, not "Reading…" forever.
    const parsed = await readLibraryFile(chosen).catch((error: unknown) => ({
      ok: false as const,
      error: `could not be read, nothing was imported (${errorText(error)}).`,
    }));
    performance.mark('newsclip:import-parsed');
    if (!parsed.ok) return status.error(`${chosen.name}: ${parsed.error}`);
    try {
      const { clips, source } = parsed.value;
      const { added, updated, unchanged } = await importClips(db, clips, { source, fold: foldInParallel });
      status.info(`Imported ${chosen.name}: ${added} added, ${updated} updated, ${unchanged} unchanged.`);
      performance.mark('newsclip:import-done');
      onImported();
    } catch (error) {
      status.error(describeStorageError(error));
    }
  });
  const chooseFile = async (): Promise<void> => {
    if (!importNeedsATab()) return file.click();
    try {
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?${IMPORT_IN_TAB}`) });
      window.close();
    } catch (error) {
      status.error(`Newsclip could not open a tab to import in (${errorText(error)}).`);
    }
  };
  if (isImportTab()) status.info('Press “Import JSON” to choose the Newsclip export file to import.');
  const exportNow = async (): Promise<void> => {
    const exported = await exportToFile(readExportBatches(db), status);
    if (exported) status.info(exportedMessage(exported));
  };
  return h(
    'div',
    { class: 'export-import' },
    h('button', { type: 'button', onclick: () => void exportNow() }, 'Export JSON'),
    h('button', { type: 'button', onclick: () => void chooseFile() }, 'Import JSON'),
    file,
  );
}
