// Dates written out in a language chrono does not read: "12 kwietnia 2018", "12. huhtikuuta 2018
// klo 9.11", "12 апреля 2018 г.", "2018년 4월 12일", "2018年4月12日 11時30分". The month names and
// the order of a long date come from the platform's own locale data (Intl, which is ICU's CLDR in
// Chromium, Firefox and Node), so every language it knows is read without a table of our own.
import { formatIso, hourOf, type ParsedDate } from './format-iso-date';

/** How to find and read a long date in one language. */
interface LocalDateReader {
  pattern: RegExp;
  /** The capture group of each field in `pattern`, in the order the language writes them. */
  fields: ('day' | 'month' | 'year')[];
  /** Each month's names (long and short, in a date and alone), lower case, to its number. */
  months: Map<string, number>;
  /** Whether the month is written as a number ("4月", "4월", "tháng 4"), not a name. */
  monthIsNumber: boolean;
  /** Years the calendar counts ahead of the Gregorian: 543 for the Thai Buddhist calendar. */
  yearOffset: number;
  /** The language's words for the morning and afternoon of a twelve-hour clock ("오전", "午後"). */
  morning: string;
  afternoon: string;
}

/** A day of the sample year whose month and day cannot be confused (the 12th of each month). */
const SAMPLE_DAY = 12;
const SAMPLE_YEAR = 2018;
/** Calendars whose months and days are the Gregorian's, with the years they count ahead. */
const YEAR_OFFSETS: Readonly<Record<string, number>> = { gregory: 0, buddhist: 543 };
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const readers = new Map<string, LocalDateReader | null>();

/** The reader for a language (its primary subtag, "pl"), or `null` where Intl does not know it. */
function readerFor(language: string): LocalDateReader | null {
  let reader = readers.get(language);
  if (reader === undefined) {
    try {
      reader = buildReader(language);
    } catch {
      // A language tag Intl rejects.
      reader = null;
    }
    readers.set(language, reader);
  }
  return reader;
}

const monthOf = (language: string, options: Intl.DateTimeFormatOptions, date: Date): string =>
  new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' })
    .formatToParts(date)
    .find((part) => part.type === 'month')?.value ?? '';

/** A literal of the long date's pattern as a page may write it: any spacing, a dot or comma optional. */
function literalPattern(literal: string): string {
  return [...literal.trim()]
    .map((char) => (char === '.' || char === ',' ? '[.,]?' : escapeRegExp(char)))
    .join('')
    .replace(/^|$/g, '\\s*');
}

function buildReader(language: string): LocalDateReader | null {
  const longDate = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  // Intl answers a language it lacks in the default locale's; those month names are not this page's.
  if (Intl.DateTimeFormat.supportedLocalesOf([language]).length === 0) return null;
  const { calendar } = longDate.resolvedOptions();
  const yearOffset = YEAR_OFFSETS[calendar];
  if (yearOffset === undefined) return null;

  const samples = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(SAMPLE_YEAR, m, SAMPLE_DAY, 12)));
  const months = new Map<string, number>();
  samples.forEach((date, m) => {
    // In a date ("kwietnia") and alone ("kwiecień"), long and short ("kwi").
    for (const options of [
      { month: 'long', day: 'numeric' },
      { month: 'long' },
      { month: 'short', day: 'numeric' },
      { month: 'short' },
    ] satisfies Intl.DateTimeFormatOptions[]) {
      const name = monthOf(language, options, date).replace(/\.$/, '').toLocaleLowerCase(language);
      if (name && !/\d/.test(name)) months.set(name, m + 1);
    }
  });
  const aprilInDate = monthOf(language, { month: 'long', day: 'numeric' }, samples[3]!);
  const monthIsNumber = /\d/.test(aprilInDate);
  const monthPattern = monthIsNumber
    ? escapeRegExp(aprilInDate)
        .replace(/\d+/, String.raw`(\d{1,2})`)
        .replace(/\s+/g, '\\s*')
    : // Longest first: "maja" before "maj"; a short name may be written with its dot.
      `(${[...months.keys()]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})\\.?(?!\\p{L})`;
  if (!monthIsNumber && months.size < 12) return null;

  const parts = longDate.formatToParts(samples[3]!);
  const firstField = parts.findIndex((part) => part.type !== 'literal');
  const lastField = parts.length - 1 - [...parts].reverse().findIndex((part) => part.type !== 'literal');
  const fields: LocalDateReader['fields'] = [];
  let source = '';
  for (const part of parts.slice(firstField, lastField + 1)) {
    if (part.type === 'day') source += String.raw`(?<!\d)(\d{1,2})(?!\d)`;
    else if (part.type === 'month') source += monthPattern;
    else if (part.type === 'year') source += String.raw`(?<!\d)(\d{4})(?!\d)`;
    else if (part.type === 'literal') source += literalPattern(part.value);
    else return null;
    if (part.type === 'day' || part.type === 'month' || part.type === 'year') fields.push(part.type);
  }
  if (fields.length !== 3) return null;
  // What the language writes after the year ("г.", "日"), a few words ("o", "klo", "saat") and a
  // time, in the language's clock: "11:30", "9.11", "11時30分", with its words for a.m. and p.m.
  const dayPeriod = (hour: number): string =>
    new Intl.DateTimeFormat(language, { hour: 'numeric', hour12: true, timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(SAMPLE_YEAR, 0, 1, hour)))
      .find((part) => part.type === 'dayPeriod')?.value ?? '';
  source += String.raw`(?:([^\d\n]{0,12}?)(?<!\d)(\d{1,2})(?:[:.]|時|시\s*)([0-5]\d)(?!\d)(?:\s*([^\d\s]{1,6}))?)?`;
  return {
    pattern: new RegExp(source, 'iu'),
    fields,
    months,
    monthIsNumber,
    yearOffset,
    morning: dayPeriod(9).toLocaleLowerCase(language),
    afternoon: dayPeriod(21).toLocaleLowerCase(language),
  };
}

/**
 * The half of the day in the words pages use whatever their locale data says: Node's ICU gives
 * Korean "AM"/"PM" where Korean pages, and Chromium, write "오전"/"오후".
 */
const AFTERNOON = /(?<!\p{L})p\.?\s?m(?!\p{L})|오후|午後|下午/iu;
const MORNING = /(?<!\p{L})a\.?\s?m(?!\p{L})|오전|午前|上午/iu;

/** A Thai page may also write the Gregorian year: only a year past 2400 is the Buddhist calendar's. */
const yearOf = (stated: number, offset: number): number =>
  offset > 0 && stated > FIRST_OFFSET_YEAR ? stated - offset : stated;
const FIRST_OFFSET_YEAR = 2400;

/** The languages whose script shows in `text` and whose dates read the same wherever they are written. */
function languagesOfScript(text: string): string[] {
  const languages: string[] = [];
  if (/[年月日]/.test(text)) languages.push('ja');
  if (/[년월일]/.test(text)) languages.push('ko');
  return languages;
}

/**
 * The first date written out in `text` in the page's language, or in a script that says its own
 * (a Chinese or Japanese "2018年4月12日", a Korean "2018년 4월 12일"), with its index; `null` if none.
 * @param language the page's primary language subtag, lower case ("pl"); the caller reads the
 *   languages chrono has parsers for itself.
 */
export function parseLocalDate(
  text: string,
  language: string | null,
): { date: ParsedDate; index: number } | null {
  const languages = [...new Set([...(language ? [language] : []), ...languagesOfScript(text)])];
  for (const lang of languages) {
    const reader = readerFor(lang);
    const match = reader?.pattern.exec(text);
    if (!reader || !match) continue;
    const value = (field: 'day' | 'month' | 'year'): string => match[reader.fields.indexOf(field) + 1]!;
    const monthText = value('month');
    const month = reader.monthIsNumber
      ? Number(monthText)
      : reader.months.get(monthText.toLocaleLowerCase(lang));
    if (month === undefined) continue;
    const [before, hour, minute, after] = match.slice(4);
    const period = `${before ?? ''} ${after ?? ''}`.toLocaleLowerCase(lang);
    // A twelve-hour clock's afternoon ("오후 3:20", "午後3時20分"); the morning changes only 12.
    const meridiem =
      (reader.afternoon && period.includes(reader.afternoon)) || AFTERNOON.test(period)
        ? 'p'
        : (reader.morning && period.includes(reader.morning)) || MORNING.test(period)
          ? 'a'
          : undefined;
    const date = formatIso(
      {
        year: yearOf(Number(value('year')), reader.yearOffset),
        month,
        day: Number(value('day')),
        hour: hourOf(hour, meridiem),
        minute: minute === undefined ? undefined : Number(minute),
      },
      null,
    );
    if (date) return { date, index: match.index };
  }
  return null;
}
