import { describe, expect, it } from 'vitest';
import { uniqueWords } from '../../src/store/unique-words';

const bySet = (text: string): string => [...new Set(text.split(' '))].join(' ');

describe('uniqueWords', () => {
  it.each([
    '',
    'a',
    'the cat and the hat and the bat',
    'a  b a', // an empty word between two spaces counts once, as with split
    ' lead and trail ',
    'café cafe café naïve 東京 東京 🙂 🙂',
    'ab ba abab baba aabb', // same letters, different order
  ])('%j as split and a Set give it', (text) => {
    expect(uniqueWords(text)).toBe(bySet(text));
  });

  it('gives the same on long texts, one after another, as the table grows and is reused', () => {
    let seed = 7;
    const word = (): string => {
      seed = (seed * 48271) % 2147483647;
      return 'w' + (seed % 5000).toString(36);
    };
    for (const words of [50, 40_000, 3, 10_000]) {
      const text = Array.from({ length: words }, word).join(' ');
      expect(uniqueWords(text)).toBe(bySet(text));
    }
  });
});
