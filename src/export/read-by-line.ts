/** An export file read line by line: its top-level fields, its clips, and where each clip is. */
export interface LinedFile {
  file: Record<string, unknown>;
  clips: unknown[];
  /** The bytes of `clips[i]`'s JSON are `[spans[2 * i], spans[2 * i + 1])` of the file. */
  spans: Uint32Array;
}

const LINE_FEED = 0x0a;
const COMMA = 0x2c;
const CLIPS_OPEN = new TextEncoder().encode('"clips":[');
const LIST_CLOSE = new TextEncoder().encode(']}');
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];
// Lines keep a U+FEFF at their start, as the file's text has it there (and JSON refuses it).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Reads an export file laid out as Newsclip writes it (`serializeLibrary`): the fields up to
 * `"clips":[` on the first line, then one clip per line, each but the last followed by a comma, then
 * `]}`. Each line is decoded and parsed on its own, which is as fast as the whole file and gives
 * where each clip is. Returns `null` for any other layout (or bytes that are not JSON), which
 * `JSON.parse` of the whole text then reads or refuses: what this accepts, the whole text parses to
 * the same value (UTF-8 decodes line by line as it does whole: a line break is never part of a
 * longer sequence).
 */
export function readByLine(bytes: Uint8Array): LinedFile | null {
  const bom = BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte) ? BYTE_ORDER_MARK.length : 0;
  const headerEnd = bytes.indexOf(LINE_FEED);
  if (headerEnd < 0) return null;
  const [headerFrom, headerTo] = trimmed(bytes, bom, headerEnd);
  if (!endsWith(bytes, headerTo, CLIPS_OPEN)) return null;
  const file = tryParse(`${decoder.decode(bytes.subarray(headerFrom, headerTo))}]}`);
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return null;
  const clips: unknown[] = [];
  const spans: number[] = [];
  let expectClip = true;
  for (let start = headerEnd + 1; start <= bytes.length;) {
    const breakAt = bytes.indexOf(LINE_FEED, start);
    const lineEnd = breakAt < 0 ? bytes.length : breakAt;
    const [from, to] = trimmed(bytes, start, lineEnd);
    start = lineEnd + 1;
    if (to - from === LIST_CLOSE.length && endsWith(bytes, to, LIST_CLOSE)) {
      // The list may close right after `[` or after a clip without a comma; nothing may follow.
      const closesList = clips.length === 0 || !expectClip;
      const rest = trimmed(bytes, Math.min(start, bytes.length), bytes.length, true);
      if (!closesList || rest[0] !== rest[1]) return null;
      return { file: file as Record<string, unknown>, clips, spans: Uint32Array.from(spans) };
    }
    if (!expectClip) return null;
    expectClip = bytes[to - 1] === COMMA;
    const end = expectClip ? to - 1 : to;
    const clip = tryParse(decoder.decode(bytes.subarray(from, end)));
    if (clip === undefined) return null;
    clips.push(clip);
    spans.push(from, end);
  }
  return null;
}

/** Whether `bytes` before `end` are `suffix`. */
function endsWith(bytes: Uint8Array, end: number, suffix: Uint8Array): boolean {
  const from = end - suffix.length;
  return from >= 0 && suffix.every((byte, i) => bytes[from + i] === byte);
}

/**
 * `[from, to)` without JSON white space at either end: space, tab, carriage return, and line feeds
 * too if `lineFeeds`. By hand: `trim()` would also drop what JSON refuses (U+00A0).
 */
function trimmed(bytes: Uint8Array, from: number, to: number, lineFeeds = false): [number, number] {
  const space = (byte: number | undefined): boolean =>
    byte === 0x20 || byte === 0x09 || byte === 0x0d || (lineFeeds && byte === LINE_FEED);
  while (from < to && space(bytes[from])) from++;
  while (to > from && space(bytes[to - 1])) to--;
  return [from, to];
}

/** `JSON.parse`, or `undefined` (which JSON cannot give) for text that is not JSON. */
function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // Not this layout, or not JSON at all: the caller falls back to the whole text.
  }
}
