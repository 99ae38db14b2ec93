import type { Clip } from '../clip';

/** The `format` field of every Newsclip export file. */
export const EXPORT_FORMAT = 'newsclip';
/** The export file version this code writes; `parseLibrary` reads it and every earlier one. */
export const EXPORT_VERSION = 1;

/** An export file, as written by version `EXPORT_VERSION`. */
export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601 UTC time of the export. */
  exportedAt: string;
  clips: Clip[];
}
