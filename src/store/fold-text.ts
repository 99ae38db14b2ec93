// Combining marks after NFKD: folding them away lets "cafe" find "Café" and "Muller" find "Müller".
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Typographic quotes and dashes become ASCII: "don't" finds "don’t", and most texts stay one-byte
// strings in V8, which halves their memory and the time `includes` takes to scan them.
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Lower-cases, strips accents, plain-quotes and collapses white space, so search compares like with like. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
