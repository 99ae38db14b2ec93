import type { Clip } from '../clip';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';

/**
 * The export file of `clips` as string parts to concatenate (e.g. `new Blob(parts)`): a library of
 * thousands of articles never has to exist as one giant string.
 */
export function serializeLibrary(clips: Iterable<Clip>, exportedAt: Date = new Date()): string[] {
  const head = JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
  });
  const parts = [`${head.slice(0, -1)},"clips":[`];
  let first = true;
  for (const clip of clips) {
    parts.push(`${first ? '' : ','}\n${JSON.stringify(clip)}`);
    first = false;
  }
  parts.push('\n]}\n');
  return parts;
}

/** `newsclip-YYYY-MM-DD.json`, dated in the reader's own time zone. */
export function exportFileName(date: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `newsclip-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
