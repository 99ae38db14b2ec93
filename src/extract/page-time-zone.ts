/**
 * The time zone a page's readers live in, where its country or language says so unambiguously.
 * Used only to write a moment the page states in UTC on the page's own clock: the moment is the
 * same, and its day is the day the page's readers (and the page itself) call it.
 */

/**
 * Country codes (a ccTLD or the region of a `lang` tag) to the zone their newsrooms keep. Countries
 * with several zones map to the one most of their press uses; codes sold as generic domains
 * (.co, .io, .me, .tv, .fm, .ai) are left out.
 */
const ZONE_OF_COUNTRY: Readonly<Record<string, string>> = {
  de: 'Europe/Berlin',
  at: 'Europe/Vienna',
  ch: 'Europe/Zurich',
  li: 'Europe/Vaduz',
  it: 'Europe/Rome',
  fr: 'Europe/Paris',
  es: 'Europe/Madrid',
  nl: 'Europe/Amsterdam',
  be: 'Europe/Brussels',
  lu: 'Europe/Luxembourg',
  pl: 'Europe/Warsaw',
  cz: 'Europe/Prague',
  sk: 'Europe/Bratislava',
  hu: 'Europe/Budapest',
  si: 'Europe/Ljubljana',
  hr: 'Europe/Zagreb',
  rs: 'Europe/Belgrade',
  dk: 'Europe/Copenhagen',
  se: 'Europe/Stockholm',
  no: 'Europe/Oslo',
  fi: 'Europe/Helsinki',
  ee: 'Europe/Tallinn',
  lv: 'Europe/Riga',
  lt: 'Europe/Vilnius',
  gr: 'Europe/Athens',
  ro: 'Europe/Bucharest',
  bg: 'Europe/Sofia',
  tr: 'Europe/Istanbul',
  uk: 'Europe/London',
  gb: 'Europe/London',
  ie: 'Europe/Dublin',
  pt: 'Europe/Lisbon',
  il: 'Asia/Jerusalem',
  in: 'Asia/Kolkata',
  pk: 'Asia/Karachi',
  jp: 'Asia/Tokyo',
  kr: 'Asia/Seoul',
  cn: 'Asia/Shanghai',
  tw: 'Asia/Taipei',
  hk: 'Asia/Hong_Kong',
  sg: 'Asia/Singapore',
  ph: 'Asia/Manila',
  th: 'Asia/Bangkok',
  vn: 'Asia/Ho_Chi_Minh',
  my: 'Asia/Kuala_Lumpur',
  id: 'Asia/Jakarta',
  az: 'Asia/Baku',
  ae: 'Asia/Dubai',
  sa: 'Asia/Riyadh',
  eg: 'Africa/Cairo',
  za: 'Africa/Johannesburg',
  ng: 'Africa/Lagos',
  ke: 'Africa/Nairobi',
  tn: 'Africa/Tunis',
  ma: 'Africa/Casablanca',
  ar: 'America/Argentina/Buenos_Aires',
  uy: 'America/Montevideo',
  cl: 'America/Santiago',
  pe: 'America/Lima',
  ve: 'America/Caracas',
  ec: 'America/Guayaquil',
  bo: 'America/La_Paz',
  py: 'America/Asuncion',
  br: 'America/Sao_Paulo',
  mx: 'America/Mexico_City',
  us: 'America/New_York',
  ca: 'America/Toronto',
  au: 'Australia/Sydney',
  nz: 'Pacific/Auckland',
  ru: 'Europe/Moscow',
  ua: 'Europe/Kyiv',
};

/**
 * Countries spread over several zones, named by their domain only: a language tag's region says
 * less (WordPress writes `og:locale` `en_US` for English sites the world over).
 */
const SEVERAL_ZONES: ReadonlySet<string> = new Set(['us', 'ca', 'au', 'br', 'mx', 'ru']);

/**
 * Languages spoken, in the press, on one clock: German, Italian, Japanese... not English, Spanish
 * or French (Quebec and West Africa).
 */
const ZONE_OF_LANGUAGE: Readonly<Record<string, string>> = {
  de: 'Europe/Berlin',
  it: 'Europe/Rome',
  nl: 'Europe/Amsterdam',
  pl: 'Europe/Warsaw',
  cs: 'Europe/Prague',
  sk: 'Europe/Bratislava',
  hu: 'Europe/Budapest',
  sl: 'Europe/Ljubljana',
  hr: 'Europe/Zagreb',
  da: 'Europe/Copenhagen',
  sv: 'Europe/Stockholm',
  nb: 'Europe/Oslo',
  nn: 'Europe/Oslo',
  fi: 'Europe/Helsinki',
  el: 'Europe/Athens',
  ro: 'Europe/Bucharest',
  bg: 'Europe/Sofia',
  tr: 'Europe/Istanbul',
  he: 'Asia/Jerusalem',
  ja: 'Asia/Tokyo',
  ko: 'Asia/Seoul',
  th: 'Asia/Bangkok',
  vi: 'Asia/Ho_Chi_Minh',
};

/**
 * The page's time zone: from its domain's country (`.de`), else the region of a language tag
 * (`de-AT`, `og:locale` `it_IT`) where that country keeps one clock, else a language spoken on one clock (`de`, `ja`); `null` when
 * none says.
 * @param languageTags the page's language tags, most trusted first
 */
export function pageTimeZone(url: URL, languageTags: readonly (string | null | undefined)[]): string | null {
  const tld = /\.([a-z]{2})$/i.exec(url.hostname)?.[1]?.toLowerCase();
  const fromDomain = tld ? ZONE_OF_COUNTRY[tld] : undefined;
  if (fromDomain) return fromDomain;
  const tags = languageTags.filter((t): t is string => !!t).map((t) => t.toLowerCase().split(/[-_]/));
  for (const [, region] of tags) {
    const zone = region && !SEVERAL_ZONES.has(region) && ZONE_OF_COUNTRY[region];
    if (zone) return zone;
  }
  for (const [language] of tags) {
    const zone = language && ZONE_OF_LANGUAGE[language];
    if (zone) return zone;
  }
  return null;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      formatter = null; // A runtime without this zone's data writes nothing in it.
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC, in minutes, at the moment `instant` (ms since the epoch). */
export function offsetInZone(zone: string, instant: number): number | null {
  const formatter = formatterFor(zone);
  if (!formatter) return null;
  const parts: Record<string, number> = {};
  for (const { type, value } of formatter.formatToParts(instant)) parts[type] = Number(value);
  const { year, month, day, hour, minute } = parts;
  if ([year, month, day, hour, minute].some((n) => n === undefined || Number.isNaN(n))) return null;
  const wallClock = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  return Math.round((wallClock - Math.floor(instant / 60_000) * 60_000) / 60_000);
}
