import '@/assets/popup.css';
import { activeTabId } from '@/src/platform/active-tab';
import { errorText } from '@/src/error-text';
import { describeStorageError, sharedLibrary, type Library } from '@/src/store';
import { clipBar } from './views/clip-bar';
import { h, mount } from './views/h';
import { clipList } from './views/clip-list';
import { exportAsStoredButton, isImportTab } from './views/export-import';
import { afterPaint, LibraryPanel, PAGE_SIZE } from './views/library-panel';
import { loadRecentSnapshot } from './views/recent-snapshot';
import { statusLine, type StatusLine } from './views/status-line';

/** `popup.html?tab=ID` acts on tab ID (full-tab view, end-to-end tests); otherwise the active tab. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  return activeTabId();
}

/** Paints last opening's newest rows at once, inert, while the library opens. */
function paintSnapshot(app: HTMLElement): void {
  const rows = loadRecentSnapshot();
  if (!rows) return;
  const inert = { onOpen: () => undefined, onDelete: () => undefined };
  mount(
    app,
    h(
      'section',
      { class: 'library', 'aria-busy': 'true' },
      clipList(rows.slice(0, PAGE_SIZE), false, () => undefined, inert),
    ),
  );
  void afterPaint().then(() => {
    if (performance.getEntriesByName('newsclip:list-painted').length === 0)
      performance.mark('newsclip:list-painted');
  });
}

/**
 * The library would not open: an upgrade that failed left it unchanged at its older version, or the
 * browser has no room. Says why, and offers its clips as a file as they are stored, unless a newer
 * Newsclip stored them in a layout this one does not know.
 */
function showLibraryUnavailable(app: HTMLElement, status: StatusLine, error: unknown): void {
  const isNewer = error instanceof DOMException && error.name === 'VersionError';
  mount(app, status.element, isNewer ? null : exportAsStoredButton(status));
  status.error(
    isNewer
      ? describeStorageError(error)
      : `${describeStorageError(error)} “Export JSON” saves every clip to a file meanwhile.`,
  );
}

async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const status = statusLine();
  paintSnapshot(app);
  // Asked once; Chrome grants it to extensions with unlimitedStorage, Firefox may ask the reader.
  void navigator.storage?.persist?.().catch(() => false);
  performance.mark('newsclip:main-start');
  const opening = sharedLibrary().finally(() => performance.mark('newsclip:db-open'));
  // A tab that cannot be asked about is no page to clip; the library still opens.
  const finding = targetTab()
    .catch(() => null)
    .finally(() => performance.mark('newsclip:tab-known'));
  let db: Library;
  try {
    db = await opening;
  } catch (error) {
    return showLibraryUnavailable(app, status, error);
  }
  try {
    const tabId = await finding;
    performance.mark('newsclip:library-open');
    // The bar and the list follow each other: a clip made in the bar reloads the list, and a
    // delete or undo in the list updates the bar's tags and the toolbar mark.
    const library = new LibraryPanel(db, status, () => void bar.recheck());
    const bar = clipBar(db, tabId, status, () => void library.refresh());
    mount(app, isImportTab() ? null : h('header', {}, bar.element), status.element, library.element);
    await library.start();
  } catch (error) {
    // The library opened but could not be listed (a clip it cannot read): its clips still export.
    mount(app, status.element, exportAsStoredButton(status));
    status.error(
      `Newsclip could not show your library (${errorText(error)}); nothing was changed. “Export JSON” saves every clip to a file.`,
    );
  }
}

void main();
