import type { BodyPack, ClipBody, PackedBody, StoredClip } from './schema';
import type { ClipWriteTx } from './write-clip';

/**
 * Clips per body pack an import writes: about 1 MB of articles at 29 kB each, far above the 64 kB
 * from which Chromium stores a record in a file of its own (a Blob costs the page ~1 ms to make, so
 * not one per clip), and few enough that a pack kept by the last of its clips holds little else.
 */
export const BODIES_PER_PACK = 32;

/** A key for a new pack. Keys are never reused, so a pack is never overwritten. */
export function newPackKey(): string {
  return crypto.randomUUID();
}

/** The pack of some clips' bodies, as a list (for writes other than an import's new clips). */
export function packBodies(clips: readonly PackedBody[]): PackedBody[] {
  return clips.map((clip) => ({ id: clip.id, contentHtml: clip.contentHtml, text: clip.text }));
}

/**
 * The bodies of some clips, by id, from their packs (read in a transaction that has ended: a blob
 * is read after it). Of a blob pack only the bytes of these clips are read, once.
 */
export async function readBodies(
  heads: readonly StoredClip[],
  packs: ReadonlyMap<string, BodyPack | undefined>,
): Promise<Map<string, ClipBody>> {
  const bodies = new Map<string, ClipBody>();
  const inBlobs = new Map<Blob, StoredClip[]>();
  for (const head of heads) {
    const pack = packs.get(head.pack);
    if (pack instanceof Blob) {
      const list = inBlobs.get(pack) ?? [];
      inBlobs.set(pack, list);
      list.push(head);
    } else {
      const packed = pack?.find((body) => body.id === head.id);
      if (packed) bodies.set(head.id, { contentHtml: packed.contentHtml, text: packed.text });
    }
  }
  await Promise.all(
    [...inBlobs].map(async ([blob, inBlob]) => {
      const spans = inBlob.flatMap((head) => head.span ?? []);
      const from = Math.min(...spans);
      const bytes = new Uint8Array(await blob.slice(from, Math.max(...spans)).arrayBuffer());
      for (const head of inBlob) {
        if (!head.span) continue;
        const json = decoder.decode(bytes.subarray(head.span[0] - from, head.span[1] - from));
        const { contentHtml = null, text = null } = JSON.parse(json) as Partial<ClipBody>;
        bodies.set(head.id, { contentHtml, text });
      }
    }),
  );
  return bodies;
}

const decoder = new TextDecoder();

/**
 * A pack of clips' JSON as a file has it: the bytes of each run of consecutive clips, one after
 * the other, and where each clip is in it.
 * @param spans clip `i` is the bytes `[spans[2 * i], spans[2 * i + 1])` of `file`
 * @param positions the clips to pack, by index
 */
export function packFromFile(
  file: Blob,
  spans: Uint32Array,
  positions: readonly number[],
): { pack: Blob; spans: Map<number, [number, number]> } {
  const sorted = [...positions].sort((a, b) => a - b);
  const parts: Blob[] = [];
  const within = new Map<number, [number, number]>();
  let size = 0;
  for (let i = 0; i < sorted.length;) {
    let end = i + 1;
    while (end < sorted.length && sorted[end] === sorted[end - 1]! + 1) end++;
    const runStart = spans[2 * sorted[i]!]!;
    for (let k = i; k < end; k++) {
      const position = sorted[k]!;
      within.set(position, [
        size + spans[2 * position]! - runStart,
        size + spans[2 * position + 1]! - runStart,
      ]);
    }
    const runEnd = spans[2 * sorted[end - 1]! + 1]!;
    parts.push(file.slice(runStart, runEnd));
    size += runEnd - runStart;
    i = end;
  }
  return { pack: parts.length === 1 ? parts[0]! : new Blob(parts), spans: within };
}

/** Reads the packs of `keys` (each once) in a transaction over `bodies`. */
export async function getPacks(
  store: { get(key: string): Promise<BodyPack | undefined> },
  keys: Iterable<string>,
): Promise<Map<string, BodyPack | undefined>> {
  const unique = [...new Set(keys)];
  const packs = await Promise.all(unique.map((key) => store.get(key)));
  return new Map(unique.map((key, i) => [key, packs[i]]));
}

/**
 * Deletes those of the packs `keys` that no clip names any more. Call it after the writes that
 * moved clips out of them, in the same transaction: requests run in order, so it counts after them.
 */
export function releasePacks(tx: ClipWriteTx, keys: Iterable<string>): Promise<unknown> {
  const heads = tx.objectStore('clips').index('by-pack');
  const bodies = tx.objectStore('bodies');
  return Promise.all(
    [...new Set(keys)].map(async (key) => {
      if ((await heads.count(key)) === 0) await bodies.delete(key);
    }),
  );
}
