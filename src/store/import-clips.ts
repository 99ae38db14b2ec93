import type { Clip } from '../clip';
import {
  BODIES_PER_PACK,
  getPacks,
  newPackKey,
  packBodies,
  packFromFile,
  readBodies,
  releasePacks,
} from './body-packs';
import type { Library } from './open-library';
import { importCandidates, planImport, sameValue, type ImportOutcome, type ImportPlan } from './plan-import';
import { searchTextOf, toStoredClip } from './records';
import type { StoredClip } from './schema';
import { updateSearchTexts } from './search-buckets';
import { inClipTransaction, startAll, type ClipWriteTx } from './write-clip';

export type { ImportOutcome } from './plan-import';

/**
 * The file the incoming clips were read from: clip `i` is the bytes `[spans[2 * i], spans[2 * i + 1])`
 * of `file`, JSON that parses to exactly `clips[i]`.
 */
export interface ClipSource {
  file: Blob;
  spans: Uint32Array;
}

/** What the caller of an import may already have. */
export interface ImportOptions {
  /** The file the clips were read from. */
  source?: ClipSource;
  /**
   * Folds texts into search texts as `searchTextOf` does, outside the transaction (the popup folds
   * in two threads); without it, the import folds them itself while the browser stores the clips.
   */
  fold?: (texts: (string | null)[]) => Promise<string[]>;
}

// Another context (the background clipping a page) may change the library between the read and the
// write of an import; the import then starts over, and gives up after this many tries.
const IMPORT_ATTEMPTS = 3;

class LibraryChanged extends Error {
  constructor() {
    super('the library changed while the file was being imported; try again');
  }
}

/**
 * Merges clips into the library, all or nothing: a clip matching one already stored by id, else by
 * canonical URL, is merged with it (`mergeClips`: newer `updatedAt` wins, tags united); any other
 * clip is added. Steps:
 * 1. reads the stored heads and the bodies of the clips it may merge with (parsed outside any
 *    transaction: a pack can be a blob);
 * 2. decides every clip (`planImport`);
 * 3. folds the search texts of the bodies it will store, if given `fold`;
 * 4. in one transaction, checks the heads are still as read (else starts over), writes the heads
 *    and the bodies in new packs of `BODIES_PER_PACK` in id order, deletes the packs left empty, and
 *    (without `fold`) folds the search texts while the browser stores all that, writing them last.
 * With `source`, new clips are stored as the bytes they had in the file, which costs the page
 * nothing (serialising 285 MB of strings took it 2.5 s).
 */
export async function importClips(
  db: Library,
  clips: readonly Clip[],
  { source, fold }: ImportOptions = {},
): Promise<ImportOutcome> {
  for (let attempt = 1; ; attempt++) {
    const { heads, bodies } = await readForImport(db, clips);
    const plan = planImport(heads, clips, (head) => bodies.get(head.id));
    const newBodies = [...plan.added, ...plan.updated.filter((u) => u.body).map((u) => u.clip)];
    const folded = fold && (await fold(newBodies.map((clip) => clip.text)));
    const searchTexts = folded && new Map(newBodies.map((clip, i) => [clip.id, folded[i]!]));
    try {
      return await inClipTransaction(db, async (tx) => {
        if (!sameValue(await tx.objectStore('clips').getAll(), heads)) throw new LibraryChanged();
        await writePlan(tx, plan, clips, source, searchTexts);
        return plan.outcome;
      });
    } catch (error) {
      if (!(error instanceof LibraryChanged) || attempt === IMPORT_ATTEMPTS) throw error;
    }
  }
}

/** The stored heads, and the bodies of those an import of `clips` may merge with. */
async function readForImport(db: Library, clips: readonly Clip[]) {
  const tx = db.transaction(['clips', 'bodies']);
  const heads: StoredClip[] = await tx.objectStore('clips').getAll();
  const candidates = importCandidates(heads, clips);
  const packs = await getPacks(
    tx.objectStore('bodies'),
    candidates.map((head) => head.pack),
  );
  await tx.done;
  return { heads, bodies: await readBodies(candidates, packs) };
}

/** Writes what `plan` decided, in `tx`. */
async function writePlan(
  tx: ClipWriteTx,
  plan: ImportPlan,
  clips: readonly Clip[],
  source: ClipSource | undefined,
  searchTexts: ReadonlyMap<string, string> | undefined,
): Promise<void> {
  const heads = tx.objectStore('clips');
  const bodies = tx.objectStore('bodies');
  const positions = new Map(clips.map((clip, i) => [clip, i]));
  // New clips as the file has them come from `source`; merged ones and changed bodies are listed.
  const asInFile: Clip[] = [];
  const listed: Clip[] = [];
  const released: string[] = [];
  const writes: (() => Promise<unknown>)[] = [];
  for (const clip of plan.added) (source && positions.has(clip) ? asInFile : listed).push(clip);
  for (const { clip, stored, body } of plan.updated) {
    if (!body) writes.push(() => heads.put(toStoredClip(clip, stored.pack, stored.span)));
    else {
      listed.push(clip);
      released.push(stored.pack);
    }
  }
  for (let i = 0; i < asInFile.length; i += BODIES_PER_PACK) {
    const group = asInFile.slice(i, i + BODIES_PER_PACK);
    const key = newPackKey();
    const { pack, spans } = packFromFile(
      source!.file,
      source!.spans,
      group.map((clip) => positions.get(clip)!),
    );
    writes.push(() => bodies.put(pack, key));
    for (const clip of group) {
      const span = spans.get(positions.get(clip)!)!;
      writes.push(() => heads.put(toStoredClip(clip, key, span, true)));
    }
  }
  for (let i = 0; i < listed.length; i += BODIES_PER_PACK) {
    const group = listed.slice(i, i + BODIES_PER_PACK);
    const key = newPackKey();
    writes.push(() => bodies.put(packBodies(group), key));
    for (const clip of group) writes.push(() => heads.put(toStoredClip(clip, key)));
  }
  // After the heads' writes: a pack is deleted only once no head names it.
  writes.push(() => releasePacks(tx, released));
  const stored = startAll(writes);
  // Handled here too, in case folding below throws first and `stored` is never awaited.
  stored.catch(() => undefined);
  const texts = new Map(
    [...asInFile, ...listed].map((clip) => [clip.id, searchTexts?.get(clip.id) ?? searchTextOf(clip)]),
  );
  await Promise.all([stored, updateSearchTexts(tx.objectStore('searchText'), texts)]);
}
