// The site's name as its `<title>` spells it, for pages whose metadata does not name the site:
// "Intendanten-Wechsel beim MDR – Du bist Halle" on dubisthalle.de, "News - Eawag" on eawag.ch.

/** Separators between a headline and the site's name in a `<title>`, with space on both sides. */
const TITLE_PARTS_SEPARATOR = /\s+[|–—\-:·•»«›‹/]\s+/;
/** Separators and symbols before a name's first letter or digit. */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
/** Words that may stand before a site's domain name in its name ("Der Spiegel", "The Verge"). */
const MAX_WORDS_BEFORE = 1;
/** Letters that may follow it ("Daily Mail Online", "stern.de", "heise online"). */
const MAX_LETTERS_AFTER = 6;
/** Domain labels too short or too common to say which site a title names. */
const MIN_LABEL_LETTERS = 3;
const SHARED_LABELS: ReadonlySet<string> = new Set(['www', 'com', 'net', 'org', 'gov', 'edu', 'co', 'ac']);

/** Lower-case words of letters and digits, with accents dropped ("Kölner" → "kolner"). */
const wordsOf = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether `part` spells the domain label, at most one word before it and a few letters after it. */
function spellsLabel(part: string, label: string): boolean {
  const words = wordsOf(part);
  for (let start = 0; start <= Math.min(MAX_WORDS_BEFORE, words.length - 1); start++) {
    const joined = words.slice(start).join('');
    if (joined.startsWith(label) && joined.length - label.length <= MAX_LETTERS_AFTER) return true;
  }
  return false;
}

/**
 * The first or last part of `title` that spells the name in the page's domain (the host's labels
 * but the last, hyphens and dots dropped): the site's name as the site writes it. `null` when no
 * part does, or the title has one part only.
 */
export function siteNameInTitle(title: string, hostname: string): string | null {
  const parts = title
    .split(TITLE_PARTS_SEPARATOR)
    // "Headline - | ✂ Uniqz®": the name without the marks before it.
    .map((part) => part.replace(LEADING_MARKS, '').trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const labels = hostname
    .toLowerCase()
    .split('.')
    .slice(0, -1)
    .map((label) => label.replace(/[^a-z0-9]/g, ''))
    .filter((label) => label.length >= MIN_LABEL_LETTERS && !SHARED_LABELS.has(label));
  for (const part of [parts[parts.length - 1]!, parts[0]!]) {
    if (labels.some((label) => spellsLabel(part, label))) return part;
  }
  return null;
}
