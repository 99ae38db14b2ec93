// Combining marks after NFKD: folding them away lets "cafe" find "Café" and "Muller" find "Müller".
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Typographic quotes and dashes become ASCII: "don't" finds "don’t", and most texts stay one-byte
// strings in V8, which halves their memory and the time `includes` takes to scan them.
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
// Only non-ASCII runs need Unicode work; normalising whole articles made folding 10,000 clips take
// seconds, most of it on text that was plain ASCII already.
const NON_ASCII = /[\u0080-\uffff]+/g;

// Runs of white space, or one that is not a plain space: matching every single space cost 3x more.
const WHITE_SPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

function foldRun(run: string): string {
  return run
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-');
}

/**
 * Lower-cases (locale-independently, so stored text and queries agree), strips accents, plain-quotes
 * and collapses white space, so search compares like with like.
 */
export function foldText(text: string): string {
  return text.replace(NON_ASCII, foldRun).toLowerCase().replace(WHITE_SPACE_TO_FOLD, ' ').trim();
}
