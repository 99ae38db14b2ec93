import { describe, expect, it } from 'vitest';
import { parseLibrary, parseLibraryFile, serializeLibrary } from '../../src/export';
import { readByLine } from '../../src/export/read-by-line';
import { sampleClips } from './library-file';

const exported = serializeLibrary(sampleClips(), new Date('2024-06-01T00:00:00Z')).join('');
const [header, ...rest] = exported.split('\n') as [string, ...string[]];
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// Each case names the layout it guards; `clips` is how many clips `readByLine` finds (null: the
// whole text is parsed instead), `parses` whether the file is JSON at all.
const CASES: { title: string; payload: string; clips: number | null; parses: boolean }[] = [
  { title: 'an export as Newsclip writes it', payload: exported, clips: 3, parses: true },
  { title: 'an empty library', payload: serializeLibrary([]).join(''), clips: 0, parses: true },
  { title: 'Windows line ends', payload: exported.replace(/\n/g, '\r\n'), clips: 3, parses: true },
  { title: 'a byte order mark', payload: `\ufeff${exported}`, clips: 3, parses: true },
  { title: 'no line end after ]}', payload: exported.trimEnd(), clips: 3, parses: true },
  {
    title: 'pretty-printed',
    payload: JSON.stringify(JSON.parse(exported), null, 2),
    clips: null,
    parses: true,
  },
  {
    title: 'two clips on one line',
    payload: [header, rest.slice(0, 2).join(''), ...rest.slice(2)].join('\n'),
    clips: null,
    parses: true,
  },
  {
    title: 'a blank line between clips',
    payload: [header, rest[0], '', ...rest.slice(1)].join('\n'),
    clips: null,
    parses: true,
  },
  {
    title: 'a comma after the last clip',
    payload: exported.replace(/}\n]}/, '},\n]}'),
    clips: null,
    parses: false,
  },
  { title: 'no comma between clips', payload: exported.replace('},\n', '}\n'), clips: null, parses: false },
  { title: 'text after the end', payload: `${exported}x`, clips: null, parses: false },
  {
    title: 'a truncated download',
    payload: exported.slice(0, exported.length - 40),
    clips: null,
    parses: false,
  },
  {
    title: 'a no-break space (not JSON white space) before a clip',
    payload: exported.replace('\n{', '\n\u00a0{'),
    clips: null,
    parses: false,
  },
  {
    title: 'a byte order mark (not JSON white space) before a clip',
    payload: exported.replace('\n{', '\n\ufeff{'),
    clips: null,
    parses: false,
  },
  {
    title: '"clips":[ inside a string of the header',
    payload: exported.replace('{"format"', '{"x":"\\"clips\\":[","format"'),
    clips: 3,
    parses: true,
  },
];

describe('readByLine', () => {
  it.each(CASES)('$title', ({ payload, clips, parses }) => {
    const read = readByLine(utf8(payload));
    expect(read?.clips.length ?? null).toBe(clips);
    // The import reads it, line by line or, failing that, whole, and only then refuses it.
    const file = parseLibraryFile(utf8(payload));
    expect(file.ok).toBe(parses);
    if (!file.ok) return;
    const whole = JSON.parse(payload.replace(/^\ufeff/, '')) as { clips: { id: string }[] };
    expect(file.value.clips.map((clip) => clip.id)).toEqual(whole.clips.map((clip) => clip.id));
    if (read) expect({ ...read.file, clips: read.clips }).toEqual(whole);
  });

  it('finds the bytes of each clip, whatever the characters before it', () => {
    for (const text of [exported, `\ufeff${exported.replace(/\n/g, '\r\n')}`]) {
      const bytes = utf8(text);
      const { clips, spans } = readByLine(bytes)!;
      const slice = (from: number, to: number): string =>
        new TextDecoder().decode(bytes.subarray(spans[2 * from], spans[2 * to - 1]));
      clips.forEach((clip, i) => expect(JSON.parse(slice(i, i + 1))).toEqual(clip));
      expect(JSON.parse(`[${slice(0, clips.length)}]`)).toEqual(clips);
    }
  });

  it('gives parseLibraryFile where every clip is, and the same clips as parseLibrary', () => {
    const file = parseLibraryFile(utf8(exported));
    expect(file.ok && file.value.spans?.length).toBe(6);
    expect(parseLibrary(exported)).toEqual({ ok: true, value: file.ok && file.value.clips });
    const pretty = parseLibraryFile(utf8(JSON.stringify(JSON.parse(exported))));
    expect(pretty).toMatchObject({ ok: true, value: { spans: null } });
    // Tags that normalising changes: the bytes are no longer exactly the clip.
    const retagged = parseLibraryFile(utf8(exported.replace('"tags":["EU"', '"tags":[" EU "')));
    expect(retagged).toMatchObject({ ok: true, value: { spans: null } });
  });
});
