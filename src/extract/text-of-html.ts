import { RUBY_ANNOTATION_TAGS } from './dom-order';
/** Elements that end a paragraph of plain text, by `tagName`. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'HR',
  'BR',
]);
/** Han and kana characters each count as a word; Chinese and Japanese do not space words. */
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
/** A word opens with a letter or a digit and runs on through these and `'’.-`: "don't", "U.S.", "e-mail". */
const WORD_OPENER = /^[\p{L}\p{N}]$/u;
/** What a character is to the word count. */
const OTHER = 1;
const WORD_CHAR = 2;
const CJK = 3;
/**
 * The kind of every code unit of the Basic Multilingual Plane met so far (0: not yet met). Testing a
 * Unicode class costs a regular expression per character; a page's text uses few distinct ones.
 * Made on the first count, not when the content script loads on every page.
 */
let kindOfCodeUnit: Uint8Array | undefined;
/** Reading speeds of an adult reader: words per minute, and characters per minute for CJK text. */
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

/** Plain text of an element: paragraphs separated by a blank line, white space folded. */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        if (RUBY_ANNOTATION_TAGS.has((child as Element).localName)) continue;
        const isBlock = BLOCK_TAGS.has((child as Element).tagName);
        if (isBlock) flush();
        walk(child);
        if (isBlock) flush();
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Words in a text, counting each CJK character as one. */
export function countWords(text: string): { words: number; cjk: number } {
  // One pass over the code units, not a match of /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu after the CJK
  // characters are blanked out: that built an array of every word, and was 2% of an extraction.
  const kinds = (kindOfCodeUnit ??= new Uint8Array(0x10000));
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kind: number;
    if (code < 0x80) kind = isAsciiLetterOrDigit(code) ? WORD_CHAR : OTHER;
    else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      kind = kindOf(text.slice(i, i + 2));
      i++;
    } else {
      kind = kinds[code] || (kinds[code] = kindOf(text[i]!));
    }
    if (kind === WORD_CHAR) {
      if (!inWord) words++;
      inWord = true;
    } else if (kind === CJK) {
      cjk++;
      inWord = false;
    } else {
      inWord &&= code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
    }
  }
  return { words, cjk };
}

const kindOf = (char: string): number =>
  CJK_CHAR.test(char) ? CJK : WORD_OPENER.test(char) ? WORD_CHAR : OTHER;
const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Minutes an adult needs to read a text, at least one for any text at all. */
export function readingMinutes(counts: { words: number; cjk: number }): number {
  const minutes = counts.words / WORDS_PER_MINUTE + counts.cjk / CJK_CHARS_PER_MINUTE;
  return counts.words + counts.cjk === 0 ? 0 : Math.max(1, Math.round(minutes));
}
