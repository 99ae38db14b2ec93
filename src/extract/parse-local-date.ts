// Dates written out in a language chrono does not read: "12 kwietnia 2018", "12. huhtikuuta 2018
// klo 9.11", "12 апреля 2018 г. в 09:11", "2018년 4월 12일 오후 3:20", "2018年4月12日 11時30分". The
// month names, the order of a long date, the words between a date and its time, the time's
// separator and the words for a.m. and p.m. come from the platform's own locale data (Intl, which
// is ICU's CLDR in Chromium, Firefox and Node), so every language it knows is read without a table
// of our own.
import { formatIso, hourOf, type ParsedDate } from './format-iso-date';
import { escapeRegExp } from './escape-reg-exp';
import { gregorianOfPersian, type CalendarDay } from './persian-calendar';

type DateField = 'day' | 'month' | 'year';

/** A month's name as a page may write it. */
interface MonthName {
  month: number;
  /** Only an abbreviation ("kwi", "pro"): several are everyday words ("pro" is Czech for "for"). */
  isShort: boolean;
}

/** How to find and read a long date in one language. */
interface LocalDateReader {
  /**
   * Global, so that a match that reads as no date is passed over for the next. Named groups: `day`,
   * `month`, `year`, `dot` (after a month's name), `weekday`, `connector` (the locale's "at"),
   * `hour`, `separator`, `minute`, `periodBefore`, `periodAfter`.
   */
  pattern: RegExp;
  /** Sticky: the time that may follow a date, where the date ends, with the same groups. */
  timeAfterDate: RegExp;
  /** Whether the locale writes a time "9.11"; elsewhere only after its word for "at" ("kl. 10.15"). */
  writesDotInTime: boolean;
  /** Month names, lower case. Empty where the month is written as a number ("4月", "4월"). */
  months: Map<string, MonthName>;
  /** The same names folded (`foldName`), where no two months fold alike: "ΑΠΡΙΛΙΟΥ" is "απριλιου". */
  foldedMonths: Map<string, MonthName>;
  /**
   * Global, like `pattern`: the date in digits as the calendar writes it where the calendar is not
   * the Gregorian ("1399/02/21", "12/4/2561"), with the same groups; else `null`.
   */
  numericPattern: RegExp | null;
  /** The Gregorian day of a day of the locale's calendar, or `null` where there is none. */
  toGregorian: (day: CalendarDay) => CalendarDay | null;
  /** The days of the week by name, lower case, and by folded name (`foldName`); 0 is Sunday. */
  weekdays: Map<string, number>;
  foldedWeekdays: Map<string, number>;
  /** The words for the morning and for the afternoon of a twelve-hour clock, folded (`foldName`). */
  morning: ReadonlySet<string>;
  afternoon: ReadonlySet<string>;
}

/** A day of the sample year whose month and day cannot be confused (the 12th of each month). */
const SAMPLE_DAY = 12;
const SAMPLE_YEAR = 2018;
/**
 * The calendars read, each with how its day is the Gregorian's: the Thai Buddhist calendar counts
 * 543 years ahead (a Thai page may also write the Gregorian year: only a year past 2400 is the
 * Buddhist calendar's), the Solar Hijri of Iran and Afghanistan is counted by the platform's own.
 */
const TO_GREGORIAN: Readonly<Record<string, (day: CalendarDay) => CalendarDay | null>> = {
  gregory: (day) => day,
  buddhist: (day) =>
    day.year > FIRST_BUDDHIST_YEAR ? { ...day, year: day.year - BUDDHIST_YEARS_AHEAD } : day,
  persian: gregorianOfPersian,
};
const FIRST_BUDDHIST_YEAR = 2400;
const BUDDHIST_YEARS_AHEAD = 543;
/** The calendars whose months are the Gregorian's. */
const GREGORIAN_MONTHS: ReadonlySet<string> = new Set(['gregory', 'buddhist']);
/**
 * The half of the day as pages write it whatever their locale data says: ICU's words change with
 * its version (ICU 78 gives Korean "AM"/"PM" where pages write "오전"/"오후").
 */
const MORNING_WORDS = ['am', 'a.m.', '오전', '午前', '上午'];
const AFTERNOON_WORDS = ['pm', 'p.m.', '오후', '午後', '下午'];
/** What may stand between a date and its time besides the language's own words: spaces and marks. */
const MARKS = String.raw`[\s,.،|–—-]*`;
/** A preposition or a one-letter abbreviation there ("o", "в", "v", "г.", "r."), not a label ("Cena:"). */
const SHORT_WORD = String.raw`\p{L}{1,2}(?![\p{L}:])`;
/** The fewest letters of an abbreviation of the locale's word for "hour" ("godz." for "godzina"). */
const MIN_ABBREVIATION = 3;

/** Alternatives, longest first: "maja" before "maj". */
const anyOf = (words: Iterable<string>, pattern: (word: string) => string = escapeRegExp): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(pattern)
    .join('|');

const APOSTROPHES = "'’";
/** Arabic-script letters typed two ways: Arabic yeh and kaf for Persian ones ("ارديبهشت", "اردیبهشت"). */
const SAME_LETTER: ReadonlyMap<string, string> = new Map([
  ['ي', 'ی'],
  ['ى', 'ی'],
  ['ك', 'ک'],
]);
const withoutMarks = (text: string): string => text.normalize('NFD').replace(/\p{Mn}/gu, '');
/** Without an acute or grave accent (the Greek tonos) but with any other mark. */
const withoutAccent = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300\u0301]/g, '')
    .normalize('NFC');

/**
 * The locale's own words (a month's name, its word for "at", its a.m.) as pages also write them:
 * in either case, in capitals that drop Greek accents ("ΑΠΡΙΛΙΟΥ") or write the Turkish dotted
 * "İ" ("NİSAN"), without accents, and with either apostrophe ("d'abril"). Written out letter by
 * letter rather than with the `i` flag, whose case folding of `\p{L}` takes a pattern
 * milliseconds to compile.
 * @param ofChar each character's pattern, kept across the calls for one language
 */
function caselessPattern(text: string, language: string, ofChar: Map<string, string>): string {
  let pattern = '';
  for (const char of text) {
    let charPattern = ofChar.get(char);
    if (charPattern === undefined) ofChar.set(char, (charPattern = caselessChar(char, language)));
    pattern += charPattern;
  }
  return pattern;
}

function caselessChar(char: string, language: string): string {
  const forms = new Set<string>();
  // The folded form too: a Turkish page typed without "ı" writes "Kasim" for "Kasım". And without
  // its accent alone, as Greek capitals keep a diaeresis ("ΜΑΪΟΥ" for "Μαΐου"): engines differ on
  // whether `toLocaleUpperCase('el')` gives that form.
  for (const form of [char, withoutMarks(char), withoutAccent(char), foldName(char, language)])
    for (const cased of [form, form.toLowerCase(), form.toUpperCase()])
      forms.add(cased).add(cased.toLocaleLowerCase(language)).add(cased.toLocaleUpperCase(language));
  if (APOSTROPHES.includes(char)) for (const apostrophe of APOSTROPHES) forms.add(apostrophe);
  const letter = SAME_LETTER.get(char) ?? char;
  for (const [variant, same] of SAME_LETTER) if (same === letter) forms.add(variant).add(same);
  const single = [...forms].filter((form) => [...form].length === 1);
  return single.length === 1
    ? escapeRegExp(char)
    : `[${single.map((form) => escapeRegExp(form).replace('-', '\\-')).join('')}]`;
}

/** A month's name as `caselessPattern` may have matched it, reduced to one spelling to look it up. */
const foldName = (name: string, language: string): string =>
  withoutMarks(name.toLocaleLowerCase(language))
    .replace(/ı/g, 'i')
    .replace(/'/g, '’')
    .replace(/[يىك]/g, (variant) => SAME_LETTER.get(variant)!);

/**
 * Names by their folded spelling (`foldName`), leaving out any that two values share (`numberOf`
 * tells them apart); of two spellings of one value, `isBetter` picks which is kept.
 */
function foldNames<T>(
  names: ReadonlyMap<string, T>,
  language: string,
  numberOf: (value: T) => number,
  isBetter: (value: T, than: T) => boolean = () => false,
): Map<string, T> {
  const folded = new Map<string, T>();
  const shared = new Set<string>();
  for (const [name, value] of names) {
    const key = foldName(name, language);
    const seen = folded.get(key);
    if (seen !== undefined && numberOf(seen) !== numberOf(value)) shared.add(key);
    else if (seen === undefined || isBetter(value, seen)) folded.set(key, value);
  }
  for (const key of shared) folded.delete(key);
  return folded;
}

const readers = new Map<string, LocalDateReader | null>();
const dateLocales = new Map<string, string>();

/**
 * The locale whose dates a page in language `tag` is read in: the tag's own language, script and
 * region where its months or days of the week have other names than its language's ("de-AT"
 * writes "Jänner", "fa-AF" names the months حمل, ثور…, "sr-Latn" writes Serbian in Latin letters,
 * "zh-TW" writes "週四"), else its language ("pl" for "pl-PL"), so that one reader serves every
 * region that writes alike.
 */
export function dateLocaleOf(tag: string): string {
  let locale = dateLocales.get(tag);
  if (locale === undefined) {
    locale = localeWithOwnNames(tag);
    dateLocales.set(tag, locale);
  }
  return locale;
}

function localeWithOwnNames(tag: string): string {
  const language = tag.split(/[-_]/)[0]!.toLowerCase();
  let baseName: string;
  try {
    baseName = new Intl.Locale(tag.replace(/_/g, '-')).baseName;
  } catch {
    // A tag Intl rejects ("en-"): its language alone.
    return language;
  }
  if (baseName.toLowerCase() === language || Intl.DateTimeFormat.supportedLocalesOf([baseName]).length === 0)
    return language;
  // The names only: a region's other order of day and month, or its digits, is read all the same.
  const namesOf = (locale: string) => {
    const month = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    const name = (format: Intl.DateTimeFormat, date: Date, type: Intl.DateTimeFormatPartTypes) =>
      valueOf(format.formatToParts(date), type);
    return [
      ...Array.from({ length: 12 }, (_, m) =>
        name(month, new Date(Date.UTC(SAMPLE_YEAR, m, SAMPLE_DAY)), 'month'),
      ),
      ...Array.from({ length: 7 }, (_, d) =>
        name(weekday, new Date(Date.UTC(SAMPLE_YEAR, 3, 8 + d)), 'weekday'),
      ),
    ].join();
  };
  return namesOf(baseName) === namesOf(language) ? language : baseName;
}

/** The reader for a locale (`dateLocaleOf`: "pl", "de-AT"), or `null` where Intl does not know it. */
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

/**
 * A literal of the locale's pattern as a page may write it: any spacing, a dot or comma optional,
 * its words as `word` writes them (as `caseless` does unless told otherwise).
 */
function literalPattern(
  literal: string,
  caseless: (text: string) => string,
  word: (text: string) => string = caseless,
): string {
  return (literal.trim().match(/\p{L}+|[^]/gu) ?? [])
    .map((piece) =>
      /\p{L}/u.test(piece)
        ? word(piece)
        : /\s/.test(piece)
          ? '\\s*'
          : piece === '.' || piece === ','
            ? '[.,]?'
            : caseless(piece),
    )
    .join('')
    .replace(/^|$/g, '\\s*');
}

type Parts = Intl.DateTimeFormatPart[];
const valueOf = (parts: Parts, type: Intl.DateTimeFormatPartTypes): string =>
  parts.find((part) => part.type === type)?.value ?? '';
/**
 * A literal between the fields of a long date. Its word, of three letters or fewer, pages also
 * write shortened or leave out: Catalan "del" ("12 de maig de 2018", "12 maig 2018"), Hebrew "ב"
 * before the month ("12 אפריל 2018"), Lithuanian "m.", Kyrgyz "-ж.,". Not another word ("12 de
 * maig per 2000 euros" is no date), nor Chinese, Japanese or Korean "年", "月", "년", which say what
 * the number before them is, nor a word written with marks.
 */
function dateLiteralPattern(literal: string, caseless: (text: string) => string): string {
  const letters = literal.match(/\p{L}/gu)?.length ?? 0;
  if (letters > MAX_LOOSE_WORD || /[\p{Script=Han}\p{Script=Hangul}\p{M}]/u.test(literal))
    return literalPattern(literal, caseless);
  const shortenedOrLeftOut = (word: string) =>
    `(?:${[...word].map((_, end) => caseless(word.slice(0, word.length - end))).join('|')})?`;
  return literalPattern(literal, caseless, shortenedOrLeftOut);
}
const MAX_LOOSE_WORD = 3;

/** The literals between the parts of the given types, or `null` if the pattern has not both. */
function literalsBetween(parts: Parts, from: Intl.DateTimeFormatPartTypes, to: Intl.DateTimeFormatPartTypes) {
  const start = parts.findIndex((part) => part.type === from);
  const end = parts.findIndex((part) => part.type === to);
  if (start < 0 || end <= start) return null;
  return parts
    .slice(start + 1, end)
    .filter((part) => part.type === 'literal')
    .map((part) => part.value)
    .join('');
}

function buildReader(language: string): LocalDateReader | null {
  // Intl answers a language it lacks in the default locale's; those month names are not this page's.
  if (Intl.DateTimeFormat.supportedLocalesOf([language]).length === 0) return null;
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
  const longDate = format({ year: 'numeric', month: 'long', day: 'numeric' });
  const patternOfChar = new Map<string, string>();
  const caseless = (text: string) => caselessPattern(text, language, patternOfChar);
  // The locale's words for "month" and "hour" ("ماه", "saat"), read beside a date.
  const fieldWords = fieldNames(language);
  const calendar = longDate.resolvedOptions().calendar;
  const toGregorian = TO_GREGORIAN[calendar];
  if (!toGregorian) return null;

  const samples = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(SAMPLE_YEAR, m, SAMPLE_DAY, 12)));
  const months = new Map<string, MonthName>();
  // In a date ("kwietnia") and alone ("kwiecień"), long and then short ("kwi").
  const monthFormats = [
    { month: 'long', day: 'numeric' },
    { month: 'long' },
    { month: 'short', day: 'numeric' },
    { month: 'short' },
  ] satisfies Intl.DateTimeFormatOptions[];
  const monthFormatters = monthFormats.map(format);
  // The month's number in the locale's own calendar: the 12th of April 2018 is in Farvardin, the
  // first. (Asked only where it differs: Mongolian numbers months "IV".)
  const numericMonth = GREGORIAN_MONTHS.has(calendar)
    ? null
    : format({ month: 'numeric', numberingSystem: 'latn' });
  const monthNumbers = samples.map((date, m) =>
    numericMonth ? Number(valueOf(numericMonth.formatToParts(date), 'month')) : m + 1,
  );
  // A region's or script's names ("Jänner") first, then its language's: Austrian pages write "Januar" too.
  // Only on the same calendar: Uzbek in Afghanistan counts Persian months, Uzbek its language's Gregorian ones.
  const primary = language.split('-')[0]!;
  const languageMonthFormatters =
    primary === language || new Intl.DateTimeFormat(primary).resolvedOptions().calendar !== calendar
      ? []
      : monthFormats.map((options) => new Intl.DateTimeFormat(primary, { ...options, timeZone: 'UTC' }));
  for (const [i, formatter] of [...monthFormatters.entries(), ...languageMonthFormatters.entries()]) {
    samples.forEach((date, m) => {
      const name = valueOf(formatter.formatToParts(date), 'month')
        .replace(/\.$/, '')
        .toLocaleLowerCase(language);
      if (name && !/\d/.test(name) && !months.has(name))
        months.set(name, { month: monthNumbers[m]!, isShort: i >= 2 });
    });
  }
  const aprilInDate = valueOf(monthFormatters[0]!.formatToParts(samples[3]!), 'month');
  const monthIsNumber = /\d/.test(aprilInDate);
  if (monthIsNumber) months.clear();
  else if (new Set([...months.values()].map((name) => name.month)).size < 12) return null;
  const monthPattern = monthIsNumber
    ? // "4月", "tháng 4" (also "Tháng 4").
      aprilInDate
        .split(/(\d+)/)
        .map((piece, i) =>
          i === 1 ? String.raw`(?<month>\d{1,2})` : caseless(piece).replace(/\s+/g, '\\s*'),
        )
        .join('')
    : // A short name may be written with its dot, which `dot` keeps as a sign it is one; the
      // locale's word for "month" may follow ("۱۲ دی ماه ۱۳۹۸", also "دی‌ماه", "دیماه").
      `(?<month>${anyOf(months.keys(), caseless)})(?<dot>\\.?)${monthWordPattern(fieldWords.month, caseless)}(?!\\p{L})`;

  const parts = longDate.formatToParts(samples[3]!);
  const firstField = parts.findIndex((part) => part.type !== 'literal');
  const lastField = parts.length - 1 - [...parts].reverse().findIndex((part) => part.type !== 'literal');
  const fields: DateField[] = [];
  let source = '';
  for (const part of parts.slice(firstField, lastField + 1)) {
    if (part.type === 'day') source += String.raw`(?<!\d)(?<day>\d{1,2})(?!\d)`;
    else if (part.type === 'month') source += monthPattern;
    else if (part.type === 'year') source += String.raw`(?<!\d)(?<year>\d{4})(?!\d)`;
    else if (part.type === 'literal') source += dateLiteralPattern(part.value, caseless);
    else return null;
    if (part.type === 'day' || part.type === 'month' || part.type === 'year') fields.push(part.type);
  }
  if (new Set(fields).size !== 3) return null;

  // The time as the language writes it after a date: "12. huhtikuuta 2018 klo 9.11", "12 апреля
  // 2018 г. в 09:11", "2018년 4월 12일 오후 3:20": a colon, a dot where the locale writes one or
  // after its word for "at", "時" in Chinese and Japanese.
  const twelveHour = format({ hour: 'numeric', minute: '2-digit', hour12: true });
  const periodAt = (hour: number) =>
    valueOf(
      twelveHour.formatToParts(new Date(Date.UTC(SAMPLE_YEAR, 0, 1, hour))),
      'dayPeriod',
    ).toLocaleLowerCase(language);
  const folded = (words: string[]) => new Set(words.filter(Boolean).map((word) => foldName(word, language)));
  const morning = [periodAt(9), ...MORNING_WORDS];
  const afternoon = [periodAt(21), ...AFTERNOON_WORDS];
  const dateTime = format({
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const timeParts = dateTime.formatToParts(samples[3]!);
  const lastDateField = fields.at(-1)!;
  // The locale's word for "at" ("klo", "kl.", "в", "pukul"), where it has one.
  const connector = literalsBetween(timeParts, lastDateField, 'hour') ?? '';
  const connectorWord = /\p{L}/u.test(connector)
    ? `(?<connector>${literalPattern(connector, caseless)})?`
    : '';
  const periods = anyOf([...morning, ...afternoon].filter(Boolean), caseless);
  // The locale's word for "hour" or its abbreviation ("saat 14:05", "ora 10:15", "godz. 9:11"),
  // but no other word: "Видео 03:45" and "akt. 13:05" are not the date's time.
  const hourWord = hourWordPattern(fieldWords.hour, caseless);
  const word = hourWord ? String.raw`(?:${SHORT_WORD}|(?<hourWord>${hourWord})(?![\p{L}:]))` : SHORT_WORD;
  // The day of the week may stand between the date and its time, as the locale's full date puts it
  // ("12 Nisan 2018 Perşembe 14:05") or in brackets ("2018年4月12日(木) 14:05", "2018.04.12 (목) 14:05").
  const weekdayNumbers = weekdayNamesOf(format, language);
  const weekdays = anyOf(weekdayNumbers.keys(), (name) => caseless(name).replace(/\s+/g, '\\s*'));
  // After the long date's closing literal, which the date's pattern leaves out ("日" of "12日(木)"),
  // read on its own: Japanese "日" is also Sunday's short name.
  const closing = parts
    .slice(lastField + 1)
    .map((part) => part.value)
    .join('')
    .trim();
  const closingLiteral = closing ? `(?:${literalPattern(closing, caseless).replace(/\\s\*$/, '')})?` : '';
  const weekday = String.raw`${closingLiteral}(?:${MARKS}[(（]?(?<weekday>${weekdays})\.?[)）]?(?!\p{L}))?`;
  const time =
    weekday +
    String.raw`${MARKS}${connectorWord}(?:(?!(?:${periods})(?!\p{L}))${word}${MARKS}){0,2}` +
    String.raw`(?:(?<periodBefore>${periods})\s*)?(?<!\d)(?<hour>[01]?\d|2[0-3])(?<separator>[:.]|時|시)\s*` +
    // "14時5分": after "時" or "시" a minute may be one digit, closed by "分" or "분"; "3時5分前" is
    // five to three, no time to read.
    String.raw`(?<minute>[0-5]\d|(?<=[時시]\s*)\d(?=\s*[分분]))(?!\d|\.\s?\d|\s*[分분]\s*[前전])(?:\s*(?<periodAfter>${periods})(?!\p{L}))?`;
  source += `(?:${time})?`;
  return {
    pattern: new RegExp(source, 'gu'),
    numericPattern: calendar === 'gregory' ? null : numericDatePattern(format, `(?:${time})?`),
    timeAfterDate: new RegExp(time, 'yu'),
    writesDotInTime: literalsBetween(timeParts, 'hour', 'minute')?.trim() === '.',
    months,
    // A full name rather than its abbreviation, where both fold alike.
    foldedMonths: foldNames(
      months,
      language,
      (name) => name.month,
      (name, than) => than.isShort && !name.isShort,
    ),
    toGregorian,
    morning: folded(morning),
    afternoon: folded(afternoon),
    weekdays: weekdayNumbers,
    foldedWeekdays: foldNames(weekdayNumbers, language, (day) => day),
  };
}

/**
 * The locale's names of the days of the week, long and short, lower case, without a closing dot,
 * each with its number (0 for Sunday, as `Date.getUTCDay`); a name two days share is left out.
 */
function weekdayNamesOf(
  format: (options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat,
  language: string,
): Map<string, number> {
  const names = new Map<string, number>();
  const shared = new Set<string>();
  for (const weekday of ['long', 'short'] as const) {
    const formatter = format({ weekday });
    // 8 to 14 April 2018, Sunday to Saturday.
    for (let day = 0; day < 7; day++) {
      const name = formatter.format(new Date(Date.UTC(SAMPLE_YEAR, 3, 8 + day, 12)));
      const word = name.replace(/\.$/, '').toLocaleLowerCase(language);
      if (!/\p{L}/u.test(word) || /\d/.test(word)) continue;
      if (names.has(word) && names.get(word) !== day) shared.add(word);
      names.set(word, day);
    }
  }
  for (const word of shared) names.delete(word);
  return names;
}

/** The locale's name of a field of a date ("saat" for the hour in Turkish), lower case, or ''. */
function fieldNames(language: string): { hour: string; month: string } {
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames(language, { type: 'dateTimeField' });
  } catch {
    // A browser without Intl's names of date fields.
    return { hour: '', month: '' };
  }
  const nameOf = (field: 'hour' | 'month') => {
    const name = names.of(field) ?? '';
    return /^\p{L}+$/u.test(name) ? name.toLocaleLowerCase(language) : '';
  };
  return { hour: nameOf('hour'), month: nameOf('month') };
}

/** The locale's word for "month" after a month's name, optional, as a pattern; '' where it has none. */
function monthWordPattern(word: string, caseless: (text: string) => string): string {
  return word ? String.raw`(?:[\s\u200c]*${caseless(word)})?` : '';
}

/** The locale's word for "hour" and its abbreviations, longest first, as a pattern; '' where it has none. */
function hourWordPattern(word: string, caseless: (text: string) => string): string {
  if (!word) return '';
  const abbreviations = [];
  for (let length = word.length - 1; length >= MIN_ABBREVIATION; length--)
    abbreviations.push(`${caseless(word.slice(0, length))}\\.`);
  return [caseless(word), ...abbreviations].join('|');
}

/**
 * The locale's short date in digits ("1397/1/23" in Persian, "12/4/2561" in Thai) as a pattern with
 * the groups of a reader's, its separators written any of the usual ways, then `time`.
 */
function numericDatePattern(
  format: (options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat,
  time: string,
) {
  const parts = format({
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    numberingSystem: 'latn',
  }).formatToParts(new Date(Date.UTC(SAMPLE_YEAR, 3, SAMPLE_DAY, 12)));
  let source = '';
  for (const part of parts) {
    if (part.type === 'year') source += String.raw`(?<!\d)(?<year>\d{4})(?!\d)`;
    else if (part.type === 'month') source += String.raw`(?<!\d)(?<month>\d{1,2})(?!\d)`;
    else if (part.type === 'day') source += String.raw`(?<!\d)(?<day>\d{1,2})(?!\d)`;
    else if (part.type === 'literal' && /^\s*[/.-]\s*$/.test(part.value)) source += String.raw`\s*[/.-]\s*`;
    else return null;
  }
  return new RegExp(source + time, 'gu');
}

const CJK_YEAR = /\d\s*[年년]/;

/** Chinese, Japanese and Korean dates ("2018年4月12日", "2018년 4월 12일") read the same on any page. */
function languagesOfScript(text: string): string[] {
  // Most texts hold neither sign: one search, no list built.
  if (!CJK_YEAR.test(text)) return [];
  const languages: string[] = [];
  if (/\d\s*年/.test(text)) languages.push('ja');
  if (/\d\s*년/.test(text)) languages.push('ko');
  return languages;
}

/** The time a match of a reader's pattern holds, on the 24-hour clock, if it holds one. */
function timeOfMatch(
  reader: LocalDateReader,
  groups: Record<string, string | undefined>,
  language: string,
): { hour: number; minute: number } | null {
  const { hour, minute, separator, connector, hourWord, periodBefore, periodAfter } = groups;
  if (hour === undefined || minute === undefined) return null;
  // "12 kwietnia 2018, 19.50 zł" is a price; "12. mai 2018 kl. 10.15", "klo 9.11" and "godz. 9.11" are times.
  if (separator === '.' && !reader.writesDotInTime && !connector && !hourWord) return null;
  const period = periodBefore ?? periodAfter;
  const foldedPeriod = period && foldName(period, language);
  // A twelve-hour clock's half of the day; a 24-hour time needs none ("14:05 μ.μ." stays 14:05).
  const meridiem =
    period && Number(hour) <= 12
      ? reader.afternoon.has(foldedPeriod!)
        ? 'p'
        : reader.morning.has(foldedPeriod!)
          ? 'a'
          : undefined
      : undefined;
  return { hour: hourOf(hour, meridiem)!, minute: Number(minute) };
}

/** One match of a reader's pattern read as a date, or `null` where it is none. */
function dateOfMatch(reader: LocalDateReader, match: RegExpExecArray, language: string): ParsedDate | null {
  const { day: dayText, month: monthText, year, dot } = match.groups!;
  const time = timeOfMatch(reader, match.groups!, language);
  let month: number;
  if (reader.months.size === 0 || /^\d+$/.test(monthText!)) month = Number(monthText);
  else {
    const name =
      reader.months.get(monthText!.toLocaleLowerCase(language)) ??
      reader.foldedMonths.get(foldName(monthText!, language));
    if (!name) return null;
    // An abbreviation is a month only with its dot or a time after it: "Top 10 pro 2019" is no date.
    if (name.isShort && dot !== '.' && !time) return null;
    month = name.month;
  }
  const day = reader.toGregorian({ year: Number(year), month, day: Number(dayText) });
  if (!day) return null;
  const timeOfDay = time && isOnWeekday(reader, match.groups!.weekday, day, language) ? time : null;
  return (timeOfDay && formatIso({ ...day, ...timeOfDay }, null)) ?? formatIso(day, null);
}

/**
 * Whether the day of the week written between a date and a time, if any, is the date's: "12
 * kwietnia 2018, sobota 20:00" (the 12th was a Thursday) gives a programme's day and time, not the
 * date's. A name the reader cannot tell apart (two days fold alike) is taken on trust.
 */
function isOnWeekday(
  reader: LocalDateReader,
  weekday: string | undefined,
  day: CalendarDay,
  language: string,
): boolean {
  if (weekday === undefined) return true;
  const number =
    reader.weekdays.get(weekday.toLocaleLowerCase(language)) ??
    reader.foldedWeekdays.get(foldName(weekday, language));
  return number === undefined || number === new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/**
 * The time written right after a date that ends at `end` in `text`, as the page's language writes
 * one after a date ("12.04.2018 kl. 09:11", "12.4.2018 klo 9.11", "12.04.2018 в 09:11"), or `null`.
 * @param language as for `parseLocalDate`
 * @param day the date's Gregorian day, which a day of the week written before the time must be
 */
export function parseLocalTimeAfter(
  text: string,
  end: number,
  language: string,
  day: CalendarDay,
): { hour: number; minute: number } | null {
  const reader = readerFor(language);
  if (!reader) return null;
  reader.timeAfterDate.lastIndex = end;
  const match = reader.timeAfterDate.exec(text);
  if (!match || !isOnWeekday(reader, match.groups!.weekday, day, language)) return null;
  return timeOfMatch(reader, match.groups!, language);
}

/**
 * The first date written out in `text` in the page's language, or in a script that says its own
 * (a Chinese or Japanese "2018年4月12日", a Korean "2018년 4월 12일"), with its index; `null` if none.
 * @param language the locale the page's language reads dates in (`dateLocaleOf`: "pl", "de-AT"); the caller reads the
 *   languages chrono has parsers for itself.
 */
export function parseLocalDate(
  text: string,
  language: string | null,
): { date: ParsedDate; index: number } | null {
  const ofScript = languagesOfScript(text);
  // The common case, a language chrono reads and no such sign: nothing to do.
  if (!language && ofScript.length === 0) return null;
  const languages = language && !ofScript.includes(language) ? [language, ...ofScript] : ofScript;
  let first: { date: ParsedDate; index: number } | null = null;
  for (const lang of languages) {
    const reader = readerFor(lang);
    if (!reader) continue;
    for (const pattern of [reader.pattern, reader.numericPattern]) {
      const found = pattern && firstDateMatching(pattern, reader, text, lang);
      if (found && (!first || found.index < first.index)) first = found;
    }
  }
  return first;
}

function firstDateMatching(
  pattern: RegExp,
  reader: LocalDateReader,
  text: string,
  language: string,
): { date: ParsedDate; index: number } | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const date = dateOfMatch(reader, match, language);
    if (date) return { date, index: match.index };
    // Not a date: the search goes on from the next character.
    pattern.lastIndex = match.index + 1;
  }
  return null;
}
