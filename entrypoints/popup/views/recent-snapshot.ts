import type { ClipSummary } from '@/src/store';

// A copy of the newest rows in localStorage lets the popup paint its list before IndexedDB has
// opened, which for a large library takes longer than the whole paint budget. The rows are then
// replaced by the live ones; a clip saved by the shortcut meanwhile appears a moment later.
const KEY = 'newsclip:recent';

/** Keeps the newest rows for the next opening. */
export function saveRecentSnapshot(rows: readonly ClipSummary[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(rows));
  } catch {
    // A full localStorage only costs the next opening its head start; the library itself is unaffected.
  }
}

/** The rows kept by the last opening, or `null`. */
export function loadRecentSnapshot(): ClipSummary[] | null {
  try {
    const rows: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    return Array.isArray(rows) ? (rows as ClipSummary[]) : null;
  } catch {
    return null; // Unreadable: paint from the library instead.
  }
}
