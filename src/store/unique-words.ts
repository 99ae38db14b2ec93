// An open-addressing hash set of word positions, reused from call to call: a slot belongs to the
// current call when its stamp is the call's. Splitting into strings and a Set cost twice the time on
// a 10,000-clip import (one string per word, most of them repeats, and the garbage to collect).
let stamps = new Int32Array(1 << 12);
let starts = new Int32Array(1 << 12);
let lengths = new Int32Array(1 << 12);
let stamp = 0;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/**
 * The words of a text separated by single spaces (as `foldText` leaves it), each once, in order of
 * first occurrence: the same as `[...new Set(text.split(' '))].join(' ')`.
 */
export function uniqueWords(text: string): string {
  const n = text.length;
  if (stamps.length < n + 2) {
    // At least twice as many slots as words (a word takes a character and a space): short probes.
    let size = stamps.length;
    while (size < n + 2) size *= 2;
    stamps = new Int32Array(size);
    starts = new Int32Array(size);
    lengths = new Int32Array(size);
    stamp = 0;
  }
  stamp++;
  const mask = stamps.length - 1;
  const words: string[] = [];
  let start = 0;
  let hash = FNV_OFFSET;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : SPACE;
    if (code !== SPACE) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      continue;
    }
    const length = i - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      if (stamps[slot] !== stamp) {
        stamps[slot] = stamp;
        starts[slot] = start;
        lengths[slot] = length;
        words.push(text.slice(start, i));
        break;
      }
      if (lengths[slot] === length && sameRun(text, starts[slot]!, start, length)) break;
    }
    start = i + 1;
    hash = FNV_OFFSET;
  }
  return words.join(' ');
}

function sameRun(text: string, a: number, b: number, length: number): boolean {
  for (let j = 0; j < length; j++) if (text.charCodeAt(a + j) !== text.charCodeAt(b + j)) return false;
  return true;
}
