import { describe, expect, it } from 'vitest';
import { parseLibrary, serializeLibrary } from '../../src/export';
import { sampleClips } from './library-file';

const good = JSON.parse(serializeLibrary(sampleClips(), new Date('2024-06-01T00:00:00Z')).join('')) as {
  clips: Record<string, unknown>[];
};
/** The good file with `edit` applied to a deep copy. */
function variant(
  edit: (file: Record<string, unknown> & { clips: Record<string, unknown>[] }) => void,
): string {
  const copy = structuredClone(good) as Record<string, unknown> & { clips: Record<string, unknown>[] };
  edit(copy);
  return JSON.stringify(copy);
}

// Each case names the mistake it guards against; `expected` must appear in the message.
const CASES: { title: string; payload: string; expected: RegExp }[] = [
  {
    title: 'truncated download',
    payload: serializeLibrary(sampleClips()).join('').slice(0, 200),
    expected: /not valid JSON/,
  },
  { title: 'empty file', payload: '', expected: /not valid JSON/ },
  { title: 'a JSON list instead of an export', payload: '[]', expected: /not a JSON object/ },
  {
    title: 'another app’s backup',
    payload: '{"format":"pocket","items":[]}',
    expected: /not a Newsclip export: its "format" is "pocket"/,
  },
  { title: 'format missing', payload: '{"version":1,"clips":[]}', expected: /"format" is missing/ },
  {
    title: 'from a newer Newsclip',
    payload: variant((f) => (f.version = 7)),
    expected: /version 7, made by a newer Newsclip/,
  },
  {
    title: 'version as text',
    payload: variant((f) => (f.version = '1')),
    expected: /"version": expected a whole number/,
  },
  {
    title: 'clips not a list',
    payload: variant((f) => (f.clips = {} as never)),
    expected: /"clips": expected a list/,
  },
  {
    title: 'clip without id',
    payload: variant((f) => delete f.clips[1]!.id),
    expected: /clips\[1\]\.id: missing/,
  },
  {
    title: 'tag that is a number',
    payload: variant((f) => (f.clips[0]!.tags = ['ok', 3])),
    expected: /clips\[0\]\.tags\[1\]: expected a string, found number 3/,
  },
  {
    title: 'date not ISO',
    payload: variant((f) => (f.clips[2]!.savedAt = 'yesterday')),
    expected: /clips\[2\]\.savedAt: expected a date and time/,
  },
  {
    title: 'nested published.source unknown',
    payload: variant((f) => ((f.clips[0]!.published as Record<string, unknown>).source = 'guess')),
    expected: /clips\[0\]\.published\.source: expected one of json-ld/,
  },
  {
    title: 'unknown field (typo or foreign data)',
    payload: variant((f) => (f.clips[0]!.titel = 'x')),
    expected: /clips\[0\]\.titel: unknown field/,
  },
  {
    title: 'unknown field named like an inherited one',
    payload: variant((f) => void Object.assign(f.clips[0]!, { constructor: 'x' })),
    expected: /clips\[0\]\.constructor: unknown field/,
  },
  {
    title: 'duplicate id',
    payload: variant((f) => (f.clips[2]!.id = f.clips[0]!.id)),
    expected: /clips\[2\]\.id: the same id as clips\[0\]/,
  },
  {
    title: 'negative word count',
    payload: variant((f) => (f.clips[0]!.wordCount = -1)),
    expected: /wordCount: expected a number of 0 or more/,
  },
  {
    title: 'many broken clips are summarised',
    payload: variant((f) =>
      f.clips.forEach((c) => {
        c.id = 1;
        c.url = null;
        c.isArticle = 'yes';
      }),
    ),
    expected: /has 11 problems; nothing was imported\..*\(and 6 more\)/,
  },
];

describe('malformed or foreign imports are rejected with what is wrong and where', () => {
  it.each(CASES)('$title', ({ payload, expected }) => {
    const result = parseLibrary(payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(expected);
  });

  it('the good file passes and tags come back normalised', () => {
    const result = parseLibrary(variant((f) => (f.clips[0]!.tags = [' EU ', 'eu', 'Budget'])));
    expect(result.ok && result.value[0]?.tags).toEqual(['EU', 'Budget']);
  });
});
