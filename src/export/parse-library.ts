import { normalizeTags, type Clip } from '../clip';
import type { Result } from '../messages';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
import { readByLine } from './read-by-line';
import { validateClip } from './validate-clip';

// A broken file can have a problem in every clip; the first few say enough to find the cause.
const MAX_PROBLEMS_SHOWN = 5;

/**
 * Upgrades a parsed export of version `v` to version `v + 1`, one step per version, like the store's
 * migrations. Version 1 is the first, so there is no step yet; version 2 will add `UPGRADES[1]`.
 */
const UPGRADES: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

/** A read export file: its clips and, when laid out as Newsclip writes it, where each one is. */
export interface LibraryFile {
  clips: Clip[];
  /** The bytes of exactly the JSON of `clips[i]` are `[spans[2 * i], spans[2 * i + 1])` of the file. */
  spans: Uint32Array | null;
}

/** `parseLibraryFile` of a text: the clips, or an error naming what is wrong and where. */
export function parseLibrary(text: string): Result<Clip[]> {
  const parsed = parseLibraryFile(new TextEncoder().encode(text));
  return parsed.ok ? { ok: true, value: parsed.value.clips } : parsed;
}

/**
 * Reads an export file (its UTF-8 bytes) of any version up to `EXPORT_VERSION`:
 * 1. parses the JSON, line by line when laid out as Newsclip writes it (`readByLine`), else whole;
 * 2. checks it is a Newsclip export and of a version this code knows;
 * 3. upgrades it step by step to the current version; 4. checks every clip field, collecting every
 * problem with its place (`clips[3].published.iso`); 5. rejects duplicate ids.
 * Returns the clips (tags normalised) and where they are, or an error naming what is wrong and where.
 * Nothing is stored.
 */
export function parseLibraryFile(bytes: Uint8Array): Result<LibraryFile> {
  const lined = readByLine(bytes);
  let data: unknown = lined ? { ...lined.file, clips: lined.clips } : undefined;
  if (!lined) {
    try {
      data = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      return { ok: false, error: `This file is not valid JSON (${(error as Error).message}).` };
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'This is not a Newsclip export: the file is not a JSON object.' };
  }
  let file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      error: `This is not a Newsclip export: its "format" is ${JSON.stringify(file.format) ?? 'missing'}, not "${EXPORT_FORMAT}".`,
    };
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: `"version": expected a whole number of 1 or more, found ${JSON.stringify(version)}.`,
    };
  }
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      error: `This export is version ${version}, made by a newer Newsclip; this one reads up to version ${EXPORT_VERSION}. Update Newsclip and try again.`,
    };
  }
  for (let v = version; v < EXPORT_VERSION; v++) file = UPGRADES[v]!(file);
  // An upgrade may rewrite clips, which then no longer read as their bytes do.
  let spans = version === EXPORT_VERSION ? (lined?.spans ?? null) : null;

  if (!Array.isArray(file.clips)) return { ok: false, error: '"clips": expected a list of clips.' };
  const problems: string[] = [];
  const ids = new Map<unknown, number>();
  file.clips.forEach((clip: unknown, i) => {
    validateClip(clip, `clips[${i}]`, problems);
    const id = (clip as { id?: unknown } | null)?.id;
    const first = ids.get(id);
    if (first !== undefined) problems.push(`clips[${i}].id: the same id as clips[${first}].`);
    else ids.set(id, i);
  });
  if (problems.length > 0) {
    const more =
      problems.length > MAX_PROBLEMS_SHOWN ? ` (and ${problems.length - MAX_PROBLEMS_SHOWN} more)` : '';
    return {
      ok: false,
      error: `This export has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported. ${problems.slice(0, MAX_PROBLEMS_SHOWN).join(' ')}${more}`,
    };
  }
  const clips = (file.clips as Clip[]).map((clip) => {
    const tags = normalizeTags(clip.tags);
    // So do clips whose tags normalising changed.
    if (tags.length !== clip.tags.length || tags.some((tag, i) => tag !== clip.tags[i])) spans = null;
    return { ...clip, tags };
  });
  return { ok: true, value: { clips, spans } };
}
