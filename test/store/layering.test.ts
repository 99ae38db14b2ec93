import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sources(folder: string): { file: string; text: string }[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: `${folder}/${f}`, text: readFileSync(join(SRC, folder, f), 'utf8') }));
}

// STYLE.md, "Who may import whom": the store takes the open database and touches no browser API;
// export is pure. Checked here so a shortcut taken in a hurry fails the tests, not a review.
const RULES: { folder: string; forbidden: RegExp; why: string }[] = [
  {
    folder: 'store',
    forbidden: /from '(wxt|wxt\/[^']*|\.\.\/platform[^']*|\.\.\/extract(?!\/types)[^']*)'/,
    why: 'no browser API, no extraction',
  },
  { folder: 'store', forbidden: /\b(browser|chrome)\.\w+/, why: 'no extension API' },
  {
    folder: 'export',
    forbidden: /from '(wxt|wxt\/[^']*|\.\.\/platform[^']*|\.\.\/store[^']*|\.\.\/extract(?!\/types)[^']*)'/,
    why: 'pure',
  },
  { folder: 'export', forbidden: /\b(browser|chrome|indexedDB|document|window)\.\w+/, why: 'pure' },
];

describe('the library code keeps the house layering', () => {
  it.each(RULES)('src/$folder: $why', ({ folder, forbidden }) => {
    const offenders = sources(folder)
      .filter(({ text }) => forbidden.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
