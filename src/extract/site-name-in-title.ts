// The site's name as its `<title>` spells it, for pages whose metadata does not name the site:
// "Intendanten-Wechsel beim MDR – Du bist Halle" on dubisthalle.de, "News - Eawag" on eawag.ch.

/** Separators between a headline and the site's name in a `<title>`, with a space on both sides. */
const TITLE_PARTS_SEPARATOR = / [|–—\-:·•»«›‹/] /;
/** Separators and symbols before a name's first letter or digit. */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
/** Articles that may stand before the domain's name in the site's name ("Der Spiegel", "The Verge"). */
const ARTICLES: ReadonlySet<string> = new Set([
  'the',
  'der',
  'die',
  'das',
  'le',
  'la',
  'les',
  'el',
  'il',
  'lo',
  'het',
]);
/**
 * Words that may follow it in the title's last part, where sites put their name ("Daily Mail
 * Online", "heise online", "Python Wiki"), besides the domain's ending ("stern.de"). A first part
 * is a headline as often ("Apple News - Newsroom"): it must be the name, or the name and ending.
 */
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
/**
 * Second-level labels that many sites share (co.uk, com.au, or.jp, gv.at, spb.ru; Disney's go.com).
 * A short label not listed is a site's own: blog.ndr.de is NDR's.
 */
const SHARED_SECOND_LEVEL: ReadonlySet<string> = new Set([
  'ac',
  'ad',
  'co',
  'com',
  'ed',
  'edu',
  'go',
  'gob',
  'gov',
  'gr',
  'gv',
  'lg',
  'ltd',
  'me',
  'mil',
  'msk',
  'ne',
  'net',
  'nic',
  'or',
  'org',
  'plc',
  'sch',
  'spb',
]);
/**
 * Hosts that give each user a subdomain: the part after it is the host's, and a title there names
 * the platform or the user, not reliably the site.
 */
const SHARED_HOSTS =
  /(?:^|\.)(?:github\.io|gitlab\.io|wordpress\.com|blogspot\.[a-z.]+|tumblr\.com|substack\.com|medium\.com|ghost\.io|livejournal\.com|wixsite\.com|netlify\.app|vercel\.app|neocities\.org)$/;

/** German letters as a domain spells them: sueddeutsche.de is "Süddeutsche", muenchen.de "München". */
const GERMAN_SPELLING: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Lower-case words of letters and digits, with accents dropped ("Kölner" → "kolner"), or with
 * umlauts and ß spelt out as German domains spell them ("Kölner" → "koelner").
 */
export const wordsOf = (text: string, spellOut = false): string[] =>
  (spellOut ? text.toLowerCase().replace(/[äöüß]/g, (letter) => GERMAN_SPELLING[letter]!) : text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The label a site registered, as the host writes it, and the labels after it: `["dailymail",
 * ["co", "uk"]]` for www.dailymail.co.uk, `["ndr", ["de"]]` for blog.ndr.de; `null` for an address,
 * a single label or a host that gives its users subdomains.
 */
export function registeredLabel(hostname: string): [label: string, ending: string[]] | null {
  const host = hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  if (!/[a-z]/.test(host) || host.includes(':') || SHARED_HOSTS.test(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  const isTwoPartEnding = labels.length >= 3 && SHARED_SECOND_LEVEL.has(labels.at(-2)!);
  const at = labels.length - (isTwoPartEnding ? 3 : 2);
  return [labels[at]!, labels.slice(at + 1)];
}

/**
 * The name a site registered, letters and digits only, and the labels after it joined:
 * `["dailymail", "couk"]` for www.dailymail.co.uk, `["akkurier", "de"]` for ak-kurier.de.
 */
function registeredName(hostname: string): [name: string, ending: string] | null {
  const registered = registeredLabel(hostname);
  const name = registered?.[0].replace(/[^a-z0-9]/g, '');
  return registered && name ? [name, registered[1].join('')] : null;
}

/**
 * Whether `part` spells the registered name, after an article at most, and then nothing, the
 * domain's ending or (in the last part) a word such as "online".
 */
function spellsName(part: string, registered: [string, string], isLastPart: boolean): boolean {
  // Composed first: "u" and a combining diaeresis is "ü" too.
  const composed = part.normalize('NFC');
  return (
    spellsNameAs(wordsOf(composed), registered, isLastPart) ||
    (/[äöüßẞ]/i.test(composed) && spellsNameAs(wordsOf(composed, true), registered, isLastPart))
  );
}

/** `spellsName` for a part already split into words. */
function spellsNameAs(words: string[], [name, ending]: [string, string], isLastPart: boolean): boolean {
  // "La Vie des idées" spells laviedesidees with its article, "Der Spiegel" spells spiegel without.
  const starts = words.length > 1 && ARTICLES.has(words[0]!) ? [0, 1] : [0];
  return starts.some((start) => {
    const joined = words.slice(start).join('');
    if (!joined.startsWith(name)) return false;
    const after = joined.slice(name.length);
    return after === '' || after === ending || (isLastPart && NAME_ENDINGS.has(after));
  });
}

/**
 * The first or last part of `title` that spells the name the site registered (its domain name
 * without the ending, hyphens and dots dropped): the site's name as the site writes it. `null` when
 * no part does, or the title has one part only.
 */
export function siteNameInTitle(title: string, hostname: string): string | null {
  const registered = registeredName(hostname);
  if (!registered) return null;
  // One space between words, however the page spaces them (no-break spaces, new lines).
  const parts = title
    .replace(/\s+/g, ' ')
    .split(TITLE_PARTS_SEPARATOR)
    // "Headline - | ✂ Uniqz®": the name without the marks before it.
    .map((part) => part.replace(LEADING_MARKS, '').trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  if (spellsName(last, registered, true)) return last;
  return spellsName(parts[0]!, registered, false) ? parts[0]! : null;
}
