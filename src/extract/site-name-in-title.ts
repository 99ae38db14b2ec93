// The site's name as its `<title>` spells it, for pages whose metadata does not name the site:
// "Intendanten-Wechsel beim MDR – Du bist Halle" on dubisthalle.de, "News - Eawag" on eawag.ch.

/** Separators between a headline and the site's name in a `<title>`, with a space on both sides. */
const TITLE_PARTS_SEPARATOR = / [|–—\-:·•»«›‹/] /;
/** Separators and symbols before a name's first letter or digit. */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
/** A `<title>` longer than this is not a headline and a name; only its ends are read. */
const MAX_TITLE_CHARS = 400;
/** Words that may stand before the domain's name in the site's name ("Der Spiegel", "The Verge"). */
const MAX_WORDS_BEFORE = 1;
/** Words that may follow it ("Daily Mail Online", "heise online", "Python Wiki"), besides the domain's ending ("stern.de"). */
const NAME_ENDINGS: ReadonlySet<string> = new Set([
  'online',
  'news',
  'blog',
  'wiki',
  'magazin',
  'magazine',
  'zeitung',
  'tv',
  'radio',
  'media',
  // A German association's "e. V.".
  'ev',
]);
/** Second-level labels under a country's ending that many sites share (co.uk, com.au, or.jp). */
const SHARED_SECOND_LEVEL: ReadonlySet<string> = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'go',
  'gob',
  'gov',
  'ne',
  'net',
  'or',
  'org',
]);
/**
 * Hosts that give each user a subdomain: the part after it is the host's, and a title there names
 * the platform or the user, not reliably the site.
 */
const SHARED_HOSTS =
  /(?:^|\.)(?:github\.io|gitlab\.io|wordpress\.com|blogspot\.[a-z.]+|tumblr\.com|substack\.com|medium\.com|wixsite\.com|netlify\.app|vercel\.app|neocities\.org)$/;

/** Lower-case words of letters and digits, with accents dropped ("Kölner" → "kolner"). */
const wordsOf = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The name a site registered, letters and digits only, and the labels after it joined:
 * `["dailymail", "couk"]` for www.dailymail.co.uk, `["akkurier", "de"]` for ak-kurier.de; `null`
 * for an address, a single label or a host that gives its users subdomains.
 */
function registeredName(hostname: string): [name: string, ending: string] | null {
  const host = hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  if (!/[a-z]/.test(host) || host.includes(':') || SHARED_HOSTS.test(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  const isTwoPartEnding =
    labels.length >= 3 && labels.at(-1)!.length === 2 && SHARED_SECOND_LEVEL.has(labels.at(-2)!);
  const at = labels.length - (isTwoPartEnding ? 3 : 2);
  const name = labels[at]!.replace(/[^a-z0-9]/g, '');
  return name ? [name, labels.slice(at + 1).join('')] : null;
}

/** Whether `part` spells the registered name, a word before it at most, and an ending after it. */
function spellsName(part: string, [name, ending]: [string, string]): boolean {
  const words = wordsOf(part);
  for (let start = 0; start <= Math.min(MAX_WORDS_BEFORE, words.length - 1); start++) {
    const joined = words.slice(start).join('');
    if (!joined.startsWith(name)) continue;
    const after = joined.slice(name.length);
    if (after === '' || after === ending || NAME_ENDINGS.has(after)) return true;
  }
  return false;
}

/**
 * The first or last part of `title` that spells the name the site registered (its domain name
 * without the ending, hyphens and dots dropped): the site's name as the site writes it. `null` when
 * no part does, or the title has one part only.
 */
export function siteNameInTitle(title: string, hostname: string): string | null {
  const registered = registeredName(hostname);
  if (!registered) return null;
  // One space between words: the separator then matches in linear time however the page spaces it.
  const oneLine = title.replace(/\s+/g, ' ').slice(0, MAX_TITLE_CHARS);
  const parts = oneLine
    .split(TITLE_PARTS_SEPARATOR)
    // "Headline - | ✂ Uniqz®": the name without the marks before it.
    .map((part) => part.replace(LEADING_MARKS, '').trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  for (const part of [parts[parts.length - 1]!, parts[0]!]) {
    if (spellsName(part, registered)) return part;
  }
  return null;
}
