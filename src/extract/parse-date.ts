import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import * as chronoFr from 'chrono-node/fr';
import * as chronoIt from 'chrono-node/it';
import * as chronoNl from 'chrono-node/nl';
import * as chronoPt from 'chrono-node/pt';
import { formatIso, hourOf, num, parseOffset, type ParsedDate } from './format-iso-date';
import { dateLocaleOf, parseLocalDate, parseLocalTimeAfter } from './parse-local-date';
import { toWesternDigits } from './western-digits';

type ChronoParser = typeof chronoEn.strict;
// Chrono's strict parsers only read fully stated dates ("12 April 2018"), never "today" or "Monday",
// which would be guesses relative to the clock of whoever runs the extraction.
const TEXT_PARSERS: Record<string, ChronoParser> = {
  en: chronoEn.strict,
  de: chronoDe.strict,
  fr: chronoFr.strict,
  es: chronoEs.strict,
  it: chronoIt.strict,
  nl: chronoNl.strict,
  pt: chronoPt.strict,
};
/** English as written outside America, day first ("04/12/2018" is 4 December), strict as the rest. */
const DAY_FIRST_ENGLISH: ChronoParser = new chronoEn.Chrono(
  chronoEn.configuration.createConfiguration(true, true),
);

const YEAR = /(?:19|20)\d{2}/;
/** The start of a month's name in a language we read ("Apr", "Mär", "févr", "ago", "ott"). */
const MONTH_WORD =
  /(?<!\p{L})(?:j[aäe]n|ene|gen|feb|f[ée]v|m[aä]r|maa|mrt|mrz|apr|avr|abr|ma[iy]|mag|mei|jun|jui|giu|jul|lug|aug|ao[uû]|ago|sep|set|o[ck]t|ott|out|nov|d[eé][cz]|dic)/iu;
/** A twelve-hour clock or a zone's name (in capitals) after a numeric date, which only chrono reads. */
const CLOCK_WORD = /(?<!\p{L})[aApP]\.?\s?[mM]\b|\b(?:[A-Z]{2,4}T|GMT|UTC)\b/u;
/**
 * Dates written as only some languages write them, and those languages: a day with a full stop
 * before a month ("11. November", "3. Mai"), or a month's name English does not have.
 */
const FOREIGN_DATES: readonly [RegExp, readonly string[]][] = [
  [new RegExp(`(?<![\\d.])\\d{1,2}\\.\\s?${MONTH_WORD.source}`, 'iu'), ['de']],
  [/(?<!\p{L})(?:januar|februar|märz|oktober|dezember)(?!\p{L})/iu, ['de']],
  [/(?<!\p{L})(?:janvier|février|avril|juin|juillet|août|septembre|octobre|décembre)(?!\p{L})/iu, ['fr']],
  [/(?<!\p{L})novembre(?!\p{L})/iu, ['fr', 'it']],
  [
    /(?<!\p{L})(?:enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre)(?!\p{L})/iu,
    ['es'],
  ],
  [/(?<!\p{L})(?:abril|agosto)(?!\p{L})/iu, ['es', 'pt', 'it']],
  [
    /(?<!\p{L})(?:gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)(?!\p{L})/iu,
    ['it'],
  ],
  [/(?<!\p{L})(?:januari|februari|maart|augustus)(?!\p{L})/iu, ['nl']],
  [/(?<!\p{L})(?:fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)(?!\p{L})/iu, ['pt']],
];

/** The languages other than the page's whose way of writing a date the text shows. */
function languagesShownBy(text: string): string[] {
  return FOREIGN_DATES.flatMap(([pattern, languages]) => (pattern.test(text) ? languages : []));
}
const CHRONO_NUMERIC = /(?:19|20)\d{2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d|\d-\d{1,2}-(?:19|20)\d{2}/;

/** A year written out: "2018", "'18", "12.04.18". */
const STATES_YEAR = /\d{4}|['’]\d{2}\b|\d[./-]\d{1,2}[./-]\d{2}\b/;

const ISO_LIKE =
  /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s_]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const SLASHED_YMD = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
/** "12.04.2018 09:11"; in "12.04.2018 - 13.04.2018" the second date is no time. */
const DOTTED_DMY =
  /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:,?\s*(?:[-–|,]|um|à|a las|alle|om)?\s*(\d{1,2})[:.h](\d{2})(?::(\d{2}))?(?!\d|\.\s?\d))?/;
/** "28.01.22", "31.10.23 | 14:05": German-speaking sites print two-digit years in article metadata. */
const SHORT_DOTTED_DMY =
  /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?!\d|\.\d)(?:,?\s*(?:[-–|,]|um)?\s*(\d{1,2})[:.h](\d{2})(?!\d))?/;
/** Two-digit years below this are 20xx, the rest 19xx (no news site printed "28.01.69" for 2069). */
const TWO_DIGIT_YEAR_PIVOT = 70;
const SLASHED_DMY =
  /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s*(?:[-–|,]|at|um)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)(?:\s*([ap])\.?\s?m\b\.?)?)?/i;

/**
 * Parses a machine-readable date (an attribute, a meta tag, JSON-LD): ISO 8601 and its common
 * variants, `YYYY/MM/DD`, RFC 2822, then a human-style date as a fallback. Returns `null` for anything else.
 * @param lang the page's language, for the day/month order of a non-ISO value ("01-11-2023")
 */
export function parseMachineDate(value: string, lang: string | null = 'en'): ParsedDate | null {
  const text = value.trim();
  if (!text) return null;
  if (/^\d{10}(\d{3})?$/.test(text)) {
    // Unix time in seconds or milliseconds is an instant, so it is stated in UTC.
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const d = new Date(ms);
    return formatIso(
      {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
      },
      0,
    );
  }
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, tz] = iso;
    return formatIso(
      { year: Number(y), month: Number(mo), day: Number(d), hour: num(h), minute: num(mi), second: num(s) },
      parseOffset(tz),
    );
  }
  const ymd = SLASHED_YMD.exec(text);
  if (ymd) {
    const [, y, mo, d, h, mi, s] = ymd;
    return formatIso(
      { year: Number(y), month: Number(mo), day: Number(d), hour: num(h), minute: num(mi), second: num(s) },
      null,
    );
  }
  // Not ISO: "01-11-2023 10:29" in a German page's `datetime` is the 1st of November.
  return parseTextDate(text, lang ?? 'en');
}

/**
 * Arabic months: the Egyptian and Gulf names taken from the Western calendar, with their common
 * spellings, the Syriac names of the Levant and Iraq ("كانون الثاني" is January) and the Maghreb's.
 */
const ARABIC_MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['أبريل', 4],
  ['ابريل', 4],
  ['إبريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['أغسطس', 8],
  ['اغسطس', 8],
  ['سبتمبر', 9],
  ['أكتوبر', 10],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
  ['كانون الثاني', 1],
  ['شباط', 2],
  ['آذار', 3],
  ['نيسان', 4],
  ['أيار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['آب', 8],
  ['أيلول', 9],
  ['تشرين الأول', 10],
  ['تشرين الثاني', 11],
  ['كانون الأول', 12],
  // The Levant's names as often typed, without the hamza or the article.
  ['كانون الاول', 12],
  ['كانون أول', 12],
  ['كانون ثاني', 1],
  ['اذار', 3],
  ['ايار', 5],
  ['ايلول', 9],
  ['تشرين الاول', 10],
  ['تشرين أول', 10],
  ['تشرين ثاني', 11],
  // The Maghreb's, from French.
  ['جانفي', 1],
  ['فيفري', 2],
  ['أفريل', 4],
  ['افريل', 4],
  ['ماي', 5],
  ['جوان', 6],
  ['جويلية', 7],
  ['جويلة', 7],
  ['أوت', 8],
  ['اوت', 8],
]);
/** A digit of any script ("7", "٧", "৭", "７"): what a date's text must hold. */
export const HAS_DIGIT = /\p{Nd}/u;
/** Arabic script, which the other readers do not read. */
const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** The month names, longest first, so that "كانون الثاني" is not read as "كانون". */
const MONTH_NAMES = [...ARABIC_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
/** A twelve-hour clock's half of the day: "ص"/"صباحًا" is the morning, "م"/"مساءً" the afternoon. */
const MORNING = /^(?:ص|a)/i;
const HALF_DAY_WORDS = String.raw`صباحًا|صباحاً|صباحا|صباح|مساءً|مساءا|مساء|ص|م|[ap]\.?m\.?`;
/**
 * "07 أكتوبر 2020 - 12:09 م": a day, a month's name and a year, and the time that may follow, with
 * the half of the day after a twelve-hour clock.
 */
const ARABIC_DATE = new RegExp(
  String.raw`(?<!\d)(\d{1,2})\s+(${MONTH_NAMES})(?:\s?[/(]\s?(?:${MONTH_NAMES})\)?)?[\s,،]*((?:19|20)\d{2})(?!\d)` +
    String.raw`(?:[\s\-–،,]*(?:الساعة\s*)?(\d{1,2}):(\d{2})(?!\d)(?:\s*(${HALF_DAY_WORDS})(?![\p{L}]))?)?`,
  'iu',
);
/** The first date written in Arabic in `text`, and whether a year stands before it, or `null`. */
function parseArabicDate(text: string): { date: ParsedDate; afterAnotherYear: boolean } | null {
  // No tatweel (the stretching stroke in "أكـتوبر"), single spaces.
  const tidy = text.replace(/\u0640/g, '').replace(/\s+/g, ' ');
  const match = ARABIC_DATE.exec(tidy);
  if (!match) return null;
  const [, day, monthName, year, hour, minute, half] = match;
  // "12:09 م" is 12:09, "12:30 ص" half past midnight; a marker after "13:09" adds nothing.
  const meridiem = half && Number(hour) <= 12 ? (MORNING.test(half) ? 'a' : 'p') : undefined;
  const date = formatIso(
    {
      year: Number(year),
      month: ARABIC_MONTHS.get(monthName!)!,
      day: Number(day),
      hour: hourOf(hour, meridiem),
      minute: num(minute),
    },
    null,
  );
  return date ? { date, afterAnotherYear: YEAR.test(tidy.slice(0, match.index)) } : null;
}

/**
 * Finds the first fully stated date in human text ("12 April 2018", "April 12, 2018, 9:11 AM EDT",
 * "12.04.2018 09:11", "3. Mai 2019"), in the page's language and then in English.
 * @param lang the page's language (BCP 47); it decides day/month order in `01/02/2018`. Without one,
 *   every language we read is tried.
 */
export function parseTextDate(stated: string, lang: string | null): ParsedDate | null {
  // Eastern Arabic, Devanagari, Bengali, Thai and full-width digits are read as the digits they are.
  // White space folded: an attribute's run of spaces would make the patterns' runs of `\s*` slow.
  const text = toWesternDigits(stated).replace(/\s+/g, ' ');
  if (ARABIC_LETTER.test(text)) {
    const arabic = parseArabicDate(text);
    // A date the text states before it, in digits or another language, is the one it leads with.
    if (arabic && !arabic.afterAnotherYear) return arabic.date;
  }
  const language = lang?.split(/[-_]/)[0]!.toLowerCase() ?? 'en';
  // Chrono reads the languages of TEXT_PARSERS; the platform's locale data, the rest.
  const localLanguage = lang !== null && !Object.hasOwn(TEXT_PARSERS, language) ? dateLocaleOf(lang) : null;
  const local = parseLocalDate(text, localLanguage);
  // Every form we accept but two states a four-digit year; without one, skip the (costly) parsers.
  const monthFirst = writesMonthFirst(lang);
  // Dots are Europe's way: month first only where the page says it is American ("10.15.15").
  // A Thai date's Buddhist year is the other form ("12 เมษายน 2561").
  if (!YEAR.test(text))
    return local?.date ?? parseShortDottedDate(text, /^en(?:[-_]latn)?[-_](?:us|ca|ph)\b/i.test(lang ?? ''));
  // Whichever the text states first, in digits or in words, as chrono's readings are weighed below.
  const numeric = earlierOf(withTimeAfter(parseNumericDate(text, monthFirst), text, localLanguage), local);
  // A page that does not say its language may be in any of them ("Samstag, 5. Oktober 2013" on a Blogger page).
  // Nor is a page's `lang` always right: themes ship `lang="en"` to German sites. A date written
  // the way another language writes one ("11. November 2021", "3 décembre") is tried in it too.
  const languages = lang === null ? Object.keys(TEXT_PARSERS) : [language, 'en', ...languagesShownBy(text)];
  const parsers = [...new Set(languages)]
    // Day-first English only for numbers: that configuration does not read "Jan 04 2021".
    .map((l) => (l === 'en' && !monthFirst && !MONTH_WORD.test(text) ? DAY_FIRST_ENGLISH : TEXT_PARSERS[l]))
    .filter((p): p is ChronoParser => p !== undefined);
  // Without a month's name chrono reads nothing the numeric patterns miss but a few numeric forms
  // and a twelve-hour clock or zone. Skipping it saves most of the cost: its parsers take
  // milliseconds on some ordinary lines ("linux usability ...or, why do I bother. © 2002").
  if (!MONTH_WORD.test(text) && !CHRONO_NUMERIC.test(text) && !CLOCK_WORD.test(text))
    return numeric?.date ?? null;
  for (const parser of parsers) {
    // Chrono reads "2018/04/12" for a Japanese or Korean page; the time after it, in the page's words.
    const found = withTimeAfter(parseWithChrono(parser, text), text, localLanguage);
    // A numeric date that starts earlier in the text is the one the text leads with. Chrono's
    // reading of the same date wins only for the zone it adds ("04/12/2018 9:11 PM EDT").
    if (found && (!numeric || found.index < numeric.index || addsZone(found.date, numeric.date)))
      return found.date;
  }
  // Chrono's grammar of a language is narrower than its pages: a German "14 Januar 2022" without
  // the day's full stop. The platform's long date of the language, its punctuation optional, reads
  // it. Only once chrono has found nothing: chrono's readings (times, zones) stay first.
  if (numeric) return numeric.date;
  const isChronoLanguage = localLanguage === null && lang !== null && language !== 'en';
  const longDate = isChronoLanguage ? parseLocalDate(text, dateLocaleOf(lang)) : null;
  // Without the day's full stop, a number after "Nr." or "Heft" is an issue's, not a day.
  return longDate && !COUNTED_BEFORE.test(text.slice(0, longDate.index)) ? longDate.date : null;
}

/** A word that numbers what follows ("Nr. 5 Mai 2022", "Heft 3 März 2022", "Top 10 März 2022"), just before. */
const COUNTED_BEFORE =
  /(?<!\p{L})(?:nr|no|nº|n°|num|heft|ausgabe|band|bd|vol|teil|folge|platz|top|seite|s|p|ép|episode|épisode|número|numero|n)\.?\s*$/iu;

/**
 * A numeric date with the time the page's language writes after it ("12.04.2018 kl. 09:11",
 * "12.04.2018 в 09:11"); the numeric patterns know only the words of the languages chrono reads.
 */
function withTimeAfter(found: NumericDate | null, text: string, language: string | null): FoundDate | null {
  if (!found || found.date.hasTime || !language) return found;
  const [year, month, day] = found.date.iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const time = parseLocalTimeAfter(text, found.end, language, { year, month, day });
  if (!time) return found;
  return { ...found, date: formatIso({ year, month, day, ...time }, null) ?? found.date };
}

const earlierOf = (a: FoundDate | null, b: FoundDate | null): FoundDate | null =>
  a && b ? (b.index < a.index ? b : a) : (a ?? b);

function addsZone(chrono: ParsedDate, numeric: ParsedDate): boolean {
  return chrono.hasOffset && !numeric.hasOffset && chrono.iso.slice(0, 16) === numeric.iso.slice(0, 16);
}

/** "28.01.22" on a German page, "10.15.15" on an American one: the page's order, else the only possible one. */
function parseShortDottedDate(text: string, monthFirst: boolean): ParsedDate | null {
  const match = SHORT_DOTTED_DMY.exec(text);
  if (!match) return null;
  const [, a, b, yy, h, mi] = match;
  const year = Number(yy) + (Number(yy) < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900);
  const [month, day] = monthFirst ? [a, b] : [b, a];
  const time = { hour: num(h), minute: num(mi) };
  return (
    formatIso({ year, month: Number(month), day: Number(day), ...time }, null) ??
    formatIso({ year, month: Number(day), day: Number(month), ...time }, null)
  );
}

interface FoundDate {
  date: ParsedDate;
  index: number;
}

/** A date found in a text, and where its match ends. */
interface NumericDate extends FoundDate {
  end: number;
}

/**
 * Whether a page writes a slashed date month first ("04/12/2018" for April 12th): American English,
 * and English that names no region. British, Australian, Indian… English and every other language
 * write the day first.
 */
function writesMonthFirst(lang: string | null): boolean {
  return /^en(?:[-_]latn)?(?:[-_](?:us|ca|ph)(?:[-_].*)?)?$/i.test(lang ?? 'en');
}

function parseNumericDate(text: string, monthFirst: boolean): NumericDate | null {
  const iso = /(?<!\d)(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)(?!\d)/.exec(
    text,
  );
  if (iso) {
    const date = parseMachineDate(iso[1]!);
    if (date) return { date, index: iso.index, end: iso.index + iso[0].length };
  }
  const dotted = DOTTED_DMY.exec(text);
  if (dotted) {
    const [, d, mo, y, h, mi, s] = dotted;
    const time = { hour: num(h), minute: num(mi), second: num(s) };
    // Day first, as Europe writes dots; an impossible month means the other order ("10.15.2015").
    const date =
      formatIso({ year: Number(y), month: Number(mo), day: Number(d), ...time }, null) ??
      formatIso({ year: Number(y), month: Number(d), day: Number(mo), ...time }, null);
    if (date) return { date, index: dotted.index, end: dotted.index + dotted[0].length };
  }
  const slashed = SLASHED_DMY.exec(text);
  if (slashed) {
    const [, a, b, y, hour, mi, s, meridiem] = slashed;
    const h = hourOf(hour, meridiem);
    // An impossible month means day first, whatever the page's language.
    const [month, day] = monthFirst && Number(a) <= 12 ? [a, b] : [b, a];
    const date =
      formatIso(
        {
          year: Number(y),
          month: Number(month),
          day: Number(day),
          hour: h,
          minute: num(mi),
          second: num(s),
        },
        null,
      ) ??
      formatIso(
        {
          year: Number(y),
          month: Number(day),
          day: Number(month),
          hour: h,
          minute: num(mi),
          second: num(s),
        },
        null,
      );
    if (date) return { date, index: slashed.index, end: slashed.index + slashed[0].length };
  }
  return null;
}

function parseWithChrono(parser: ChronoParser, text: string): NumericDate | null {
  for (const result of parser.parse(text, new Date(), { forwardDate: false })) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    // "12 minutes ago" is certain only of the clock it is read against, never of the page's day.
    if (!STATES_YEAR.test(result.text)) continue;
    // Chrono reads "2022 168" (a view counter after the year) as 16:08; a real time has a separator.
    const hasTime = start.isCertain('hour') && /\d\s*(?:[:h.]\s*\d|[ap]\.?\s?m\b|uhr)/i.test(result.text);
    const date = formatIso(
      {
        year: start.get('year')!,
        month: start.get('month')!,
        day: start.get('day')!,
        ...(hasTime
          ? {
              hour: start.get('hour')!,
              minute: start.get('minute') ?? 0,
              second: start.isCertain('second') ? start.get('second')! : undefined,
            }
          : {}),
      },
      hasTime && start.isCertain('timezoneOffset') ? start.get('timezoneOffset')! : null,
    );
    if (date) return { date, index: result.index, end: result.index + result.text.length };
  }
  return null;
}
