import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/extract/text-of-html';
import { CORPUS_FOLDERS, readManifest } from './corpus';

/**
 * What a word is, as the regular expressions that define it: a letter or digit running on through
 * letters, digits and `'’.-`, once every Han or kana character (a word each) is blanked out.
 */
function wordsByDefinition(text: string): { words: number; cjk: number } {
  const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
  const cjk = text.match(cjkChar)?.length ?? 0;
  const words = text.replace(cjkChar, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  return { words, cjk };
}

describe('countWords', () => {
  it.each([
    ['', 0, 0],
    ["Don't stop the U.S. e-mail.", 5, 0],
    ['a -b .c', 3, 0],
    ['a-.b’c', 1, 0],
    ['Größe über Straße', 3, 0],
    ['Москва — столица России', 3, 0],
    // The long-vowel mark "ー" is a letter of the Common script, not kana: a word of its own.
    ['東京タワー is tall', 3, 4],
    // Letters beyond the Basic Multilingual Plane: a mathematical bold "AB", a Han character.
    ['\u{1D400}\u{1D401} x \u{20000}y', 3, 1],
    // A lone surrogate is no letter, in either half.
    ['a\uD800b \uDC00c', 3, 0],
  ])('counts %j as %i words and %i CJK characters', (text, words, cjk) => {
    expect(countWords(text)).toEqual({ words, cjk });
    expect(wordsByDefinition(text)).toEqual({ words, cjk });
  });

  it('gives the defining expressions’ count on every dev-corpus page, in every script', () => {
    const pages = CORPUS_FOLDERS.flatMap((folder) => readManifest(folder));
    expect(pages.length).toBeGreaterThan(600);
    let cjkPages = 0;
    for (const page of pages) {
      // The page's text without its markup: any string will do, and these are in every script in the corpus.
      const text = readFileSync(page.file, 'utf8').replace(/<[^>]*>/g, ' ');
      const expected = wordsByDefinition(text);
      if (expected.cjk > 1000) cjkPages++;
      expect(countWords(text), page.id).toEqual(expected);
    }
    expect(cjkPages).toBeGreaterThan(0);
  });

  it('reads a minute per 230 words, and any text takes at least a minute', () => {
    expect(readingMinutes(countWords(''))).toBe(0);
    expect(readingMinutes(countWords('one word'))).toBe(1);
    expect(readingMinutes(countWords('word '.repeat(2300)))).toBe(10);
  });
});
