// Combining marks after NFKD: folding them away lets "cafe" find "Café" and "Muller" find "Müller".
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-cases, strips accents and collapses white space, so search compares like with like. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}
