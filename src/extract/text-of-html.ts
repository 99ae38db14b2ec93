import { RUBY_ANNOTATION_TAGS } from './dom-order';
/** Elements that end a paragraph of plain text. */
const BLOCK_TAGS = new Set([
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
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAS_CJK_CHAR = new RegExp(CJK_CHAR.source, 'u');
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
  // Most articles hold no CJK character: one test spares them two passes over the whole text.
  const hasCjk = HAS_CJK_CHAR.test(text);
  const cjk = hasCjk ? (text.match(CJK_CHAR)?.length ?? 0) : 0;
  const words =
    (hasCjk ? text.replace(CJK_CHAR, ' ') : text).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  return { words, cjk };
}

/** Minutes an adult needs to read a text, at least one for any text at all. */
export function readingMinutes(counts: { words: number; cjk: number }): number {
  const minutes = counts.words / WORDS_PER_MINUTE + counts.cjk / CJK_CHARS_PER_MINUTE;
  return counts.words + counts.cjk === 0 ? 0 : Math.max(1, Math.round(minutes));
}
