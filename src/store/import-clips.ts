import type { Clip } from '../clip';
import { BODIES_PER_PACK, readPacks, updateBodies } from './body-packs';
import type { Library } from './open-library';
import { importCandidates, planImport, type ImportOutcome } from './plan-import';
import { bodyOf, searchTextOf, toStoredClip } from './records';
import type { BodyPack, ClipBody } from './schema';
import { updateSearchTexts } from './search-buckets';
import { inClipTransaction, startAll } from './write-clip';

export type { ImportOutcome } from './plan-import';

/**
 * Merges clips into the library in one transaction (all or nothing): a clip matching one already
 * stored by id, else by canonical URL, is merged with it (`mergeClips`: newer `updatedAt` wins, tags
 * united); any other clip is added. Steps:
 * 1. reads the stored heads, the keys of the body packs, and the packs of the clips it may merge with;
 * 2. decides every clip (`planImport`) before writing anything;
 * 3. writes the heads, then the bodies: new clips in new packs of `BODIES_PER_PACK` in id order,
 *    changed bodies in the packs that hold them;
 * 4. folds the search texts while the browser stores all that, and writes them last.
 */
export async function importClips(db: Library, clips: readonly Clip[]): Promise<ImportOutcome> {
  return inClipTransaction(db, async (tx) => {
    const heads = tx.objectStore('clips');
    const bodies = tx.objectStore('bodies');
    const [stored, packKeys] = await Promise.all([heads.getAll(), bodies.getAllKeys()]);
    const packs = await readPacks(
      bodies,
      importCandidates(stored, clips).map((head) => head.pack),
    );
    const plan = planImport(stored, clips, (head) => packs.get(head.pack)?.get(head.id));

    const known = new Map<string, BodyPack | undefined>(packs);
    const existingPacks = new Set(packKeys);
    const changes = new Map<string, Map<string, ClipBody | null>>();
    const change = (pack: string, clip: Clip): void => {
      const entries = changes.get(pack) ?? new Map<string, ClipBody | null>();
      changes.set(pack, entries.set(clip.id, bodyOf(clip)));
    };
    const writes: (() => Promise<unknown>)[] = [];
    const texts: Clip[] = [];
    for (const { clip, stored: head, body } of plan.updated) {
      writes.push(() => heads.put(toStoredClip(clip, head.pack)));
      if (body) {
        change(head.pack, clip);
        texts.push(clip);
      }
    }
    for (let i = 0; i < plan.added.length; i += BODIES_PER_PACK) {
      // A pack is named after its first clip; one of that name may be left from a deleted clip.
      const pack = plan.added[i]!.id;
      if (!existingPacks.has(pack)) known.set(pack, undefined);
      for (const clip of plan.added.slice(i, i + BODIES_PER_PACK)) {
        writes.push(() => heads.put(toStoredClip(clip, pack)));
        change(pack, clip);
        texts.push(clip);
      }
    }
    writes.push(() => updateBodies(bodies, changes, known));
    const stores = startAll(writes);
    // Handled here too, in case folding below throws first and `stores` is never awaited.
    stores.catch(() => undefined);
    const searchTexts = new Map(texts.map((clip) => [clip.id, searchTextOf(clip)]));
    await Promise.all([stores, updateSearchTexts(tx.objectStore('searchText'), searchTexts)]);
    return plan.outcome;
  });
}
