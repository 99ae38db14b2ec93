import { clipUrlKey, mergeClips, type Clip } from '../clip';
import { toClip } from './records';
import type { ClipBody, StoredClip } from './schema';

/** What an import did. */
export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
}

/** A stored clip that an import changes. */
export interface ImportUpdate {
  clip: Clip;
  stored: StoredClip;
  /** Its body changed too (not only the head: tags, times, metadata). */
  body: boolean;
}

/** What an import will write, decided before anything is written. */
export interface ImportPlan {
  outcome: ImportOutcome;
  /** Clips new to the library, in id order. */
  added: Clip[];
  updated: ImportUpdate[];
}

/**
 * The stored heads an import may merge into: those with the id or the canonical URL of an incoming
 * clip. Their bodies are what `planImport` needs to have read.
 */
export function importCandidates(stored: readonly StoredClip[], incoming: readonly Clip[]): StoredClip[] {
  const byId = new Map(stored.map((head) => [head.id, head]));
  const byUrl = new Map(stored.map((head) => [head.urlKey, head]));
  const found = new Set<StoredClip>();
  for (const clip of incoming) {
    const head = byId.get(clip.id) ?? byUrl.get(clipUrlKey(clip));
    if (head) found.add(head);
  }
  return [...found];
}

/**
 * Decides an import: a clip matching one already stored (or added earlier in the same file) by id,
 * else one already stored by canonical URL, is merged with it (`mergeClips`: newer `updatedAt`
 * wins, tags united); any other clip is added. A stored clip is matched by URL once at most, and
 * never to a clip of the same file: a library can hold two clips of one URL (an import that merged
 * by id, an undone delete), and its export must import as the same library.
 * @param bodyOf the stored body of a head `importCandidates` returned
 */
export function planImport(
  stored: readonly StoredClip[],
  incoming: readonly Clip[],
  bodyOf: (head: StoredClip) => ClipBody | undefined,
): ImportPlan {
  const outcome: ImportOutcome = { added: 0, updated: 0, unchanged: 0 };
  const heads = new Map(stored.map((head) => [head.id, head]));
  const idsByUrl = new Map(stored.map((head) => [head.urlKey, head.id]));
  const added = new Map<string, Clip>();
  const originals = new Map<string, Clip>();
  const updated = new Map<string, Clip>();
  for (const clip of incoming) {
    const urlKey = clipUrlKey(clip);
    const id = heads.has(clip.id) || added.has(clip.id) ? clip.id : idsByUrl.get(urlKey);
    if (id === undefined) {
      outcome.added++;
      added.set(clip.id, clip);
      continue;
    }
    const head = heads.get(id);
    if (head && idsByUrl.get(head.urlKey) === id) idsByUrl.delete(head.urlKey);
    let current = added.get(id) ?? updated.get(id);
    if (!current) {
      current = toClip(head!, bodyOf(head!));
      originals.set(id, current);
    }
    const merged = mergeClips(current, clip);
    if (sameValue(merged, current)) {
      outcome.unchanged++;
      continue;
    }
    outcome.updated++;
    (added.has(id) ? added : updated).set(id, merged);
  }
  return {
    outcome,
    added: [...added.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    updated: [...updated].map(([id, clip]) => {
      const original = originals.get(id)!;
      const body = clip.contentHtml !== original.contentHtml || clip.text !== original.text;
      return { clip, stored: heads.get(id)!, body };
    }),
  };
}

/** Whether two JSON-like values are equal field for field (in any key order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((key) => Object.hasOwn(y, key) && sameValue(x[key], y[key]));
}
