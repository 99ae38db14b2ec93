import { clipUrlKey, isSameArticle, mergeClips, type Clip } from '../clip';
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
  const ids = new Set(incoming.map((clip) => clip.id));
  const urls = new Set(incoming.map(clipUrlKey));
  return stored.filter((head) => ids.has(head.id) || urls.has(head.urlKey));
}

/**
 * Decides an import: a clip with the id of one already stored (or added earlier in the same file) is
 * merged with it (`mergeClips`: newer `updatedAt` wins, tags united); else one with the canonical
 * URL of a stored clip that is the same article (`isSameArticle`) and that no clip of the file
 * matched by id is merged with that one; any other clip is added. Clips are matched by id first, so
 * the order of the file does not decide; two clips of one file merge only by id. A library can hold
 * two clips of one URL (two articles stating it, an undone delete), and its export imports as it was.
 * @param bodyOf the stored body of a head `importCandidates` returned
 */
export function planImport(
  stored: readonly StoredClip[],
  incoming: readonly Clip[],
  bodyOf: (head: StoredClip) => ClipBody | undefined,
): ImportPlan {
  const outcome: ImportOutcome = { added: 0, updated: 0, unchanged: 0 };
  const heads = new Map(stored.map((head) => [head.id, head]));
  const matchedById = new Set(incoming.map((clip) => clip.id).filter((id) => heads.has(id)));
  // Stored clips of each URL that no clip of the file claims by id, each to be matched once at most.
  const byUrl = new Map<string, StoredClip[]>();
  for (const head of stored) {
    if (!matchedById.has(head.id)) byUrl.set(head.urlKey, [...(byUrl.get(head.urlKey) ?? []), head]);
  }
  const sameArticleAt = (clip: Clip): string | undefined => {
    const candidates = byUrl.get(clipUrlKey(clip)) ?? [];
    const index = candidates.findIndex((head) => isSameArticle(head, clip, clip.pageUrl));
    return index < 0 ? undefined : candidates.splice(index, 1)[0]!.id;
  };
  const added = new Map<string, Clip>();
  const originals = new Map<string, Clip>();
  const updated = new Map<string, Clip>();
  for (const clip of incoming) {
    const id = heads.has(clip.id) || added.has(clip.id) ? clip.id : sameArticleAt(clip);
    if (id === undefined) {
      outcome.added++;
      added.set(clip.id, clip);
      continue;
    }
    let current = added.get(id) ?? updated.get(id);
    if (!current) {
      const head = heads.get(id)!;
      current = toClip(head, bodyOf(head));
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
