/** A decimal digit of any script but ASCII's: Eastern Arabic "٢", Persian "۲", Devanagari "२", Bengali "২", Thai "๒", full-width "２". */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const IS_DIGIT = /^\p{Nd}$/u;

/**
 * `text` with every decimal digit written as its ASCII digit ("১২ এপ্রিল ২০১৮" as "12 এপ্রিল 2018"),
 * so that one set of date patterns reads pages of every script. Each digit in the Basic
 * Multilingual Plane stays one character, so an index into the result is one into `text`.
 */
export function toWesternDigits(text: string): string {
  OTHER_DIGIT.lastIndex = 0;
  if (!OTHER_DIGIT.test(text)) return text;
  return text.replace(OTHER_DIGIT, (digit) => (digit.length === 1 ? String(valueOf(digit)) : digit));
}

/**
 * Unicode assigns the decimal digits of a script as runs of ten, "0" to "9", so a digit's value is
 * its distance from the start of its run.
 */
function valueOf(digit: string): number {
  const code = digit.charCodeAt(0);
  let start = code;
  while (IS_DIGIT.test(String.fromCharCode(start - 1))) start -= 1;
  return (code - start) % 10;
}
