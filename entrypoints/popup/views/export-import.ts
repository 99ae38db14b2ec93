import { exportFileName, parseLibrary, serializeLibrary } from '@/src/export';
import { describeStorageError, getAllClips, importClips, type Library } from '@/src/store';
import { h } from './h';
import type { StatusLine } from './status-line';

/** Offers `parts` as a download named `name` (a Blob and <a download>: no downloads permission). */
function download(parts: string[], name: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the browser no longer needs the URL after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
    const parsed = parseLibrary(await chosen.text());
    if (!parsed.ok) return status.error(`${chosen.name}: ${parsed.error}`);
    try {
      const { added, updated, unchanged } = await importClips(db, parsed.value);
      status.info(`Imported ${chosen.name}: ${added} added, ${updated} updated, ${unchanged} unchanged.`);
      performance.mark('newsclip:import-done');
      onImported();
    } catch (error) {
      status.error(describeStorageError(error));
    }
  });
  const exportNow = async (): Promise<void> => {
    performance.mark('newsclip:export-start');
    const clips = await getAllClips(db);
    const name = exportFileName();
    download(serializeLibrary(clips), name);
    performance.mark('newsclip:export-done');
    status.info(`Exported ${clips.length} clip${clips.length === 1 ? '' : 's'} to ${name}.`);
  };
  return h(
    'div',
    { class: 'export-import' },
    h('button', { type: 'button', onclick: () => void exportNow() }, 'Export JSON'),
    h('button', { type: 'button', onclick: () => file.click() }, 'Import JSON'),
    file,
  );
}
