import type { Clip } from '../clip';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';

/** The end of an export file, after the last clip. */
export const EXPORT_FOOTER = '\n]}\n';

/** The start of an export file, up to and including the opening bracket of `clips`. */
export function exportHeader(exportedAt: Date = new Date()): string {
  const head = JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
  });
  return `${head.slice(0, -1)},"clips":[`;
}

/**
 * Clips as parts of the `clips` list, one line each.
 * @param first whether these are the first clips of the file (no leading comma)
 */
export function exportClipParts(clips: Iterable<Clip>, first: boolean): string[] {
  const parts: string[] = [];
  for (const clip of clips) {
    parts.push(`${first && parts.length === 0 ? '' : ','}\n${JSON.stringify(clip)}`);
  }
  return parts;
}

/**
 * Clips, or blobs each holding the JSON of one clip, as parts of the `clips` list, one line each: a
 * clip stored as the file it was imported from had it is copied, not read and written again.
 * @param first whether these are the first clips of the file (no leading comma)
 */
export function exportRecordParts(records: Iterable<Clip | Blob>, first: boolean): (string | Blob)[] {
  const parts: (string | Blob)[] = [];
  for (const record of records) {
    const separator = `${first && parts.length === 0 ? '' : ','}\n`;
    if (record instanceof Blob) parts.push(separator, record);
    else parts.push(`${separator}${JSON.stringify(record)}`);
  }
  return parts;
}

/**
 * The export file of `clips` as string parts to concatenate (e.g. `new Blob(parts)`). For a large
 * library, write `exportHeader`, `exportClipParts` per batch and `EXPORT_FOOTER` instead, so that the
 * whole library never has to be in memory at once.
 */
export function serializeLibrary(clips: Iterable<Clip>, exportedAt: Date = new Date()): string[] {
  return [exportHeader(exportedAt), ...exportClipParts(clips, true), EXPORT_FOOTER];
}

/** `newsclip-YYYY-MM-DD.json`, dated in the reader's own time zone. */
export function exportFileName(date: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `newsclip-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
