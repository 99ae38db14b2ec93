// The Solar Hijri calendar of Iran and Afghanistan ("۲۹ بهمن ۱۳۹۸", "1399/02/21"), counted into the
// Gregorian day with the platform's own Persian calendar (Intl, ICU) rather than a table of ours.

/** A day as a calendar numbers it. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
/** Days before each month: the first six months have 31 days, the next five 30, the last 29 or 30. */
const daysBefore = (month: number): number => (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30);
/** The Gregorian year in which a Solar Hijri year begins, in March, is 621 years on. */
const YEARS_BEHIND = 621;
/** The days of March on which Nowruz, the first of the year, can fall. */
const FIRST_NOWRUZ_DAY = 19;
const LAST_NOWRUZ_DAY = 22;

let persianFormat: Intl.DateTimeFormat | undefined;

/** A moment's day in the Persian calendar, in Western digits. */
function persianDayOf(ms: number): CalendarDay {
  persianFormat ??= new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const parts = persianFormat.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const sameDay = (a: CalendarDay, b: CalendarDay): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/** The Gregorian day of a Solar Hijri date, or `null` where there is no such day ("31 Mehr"). */
export function gregorianOfPersian(persian: CalendarDay): CalendarDay | null {
  const { year, month, day } = persian;
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  for (let march = FIRST_NOWRUZ_DAY; march <= LAST_NOWRUZ_DAY; march++) {
    const nowruz = Date.UTC(year + YEARS_BEHIND, 2, march);
    if (!sameDay(persianDayOf(nowruz), { year, month: 1, day: 1 })) continue;
    const ms = nowruz + (daysBefore(month) + day - 1) * DAY_MS;
    // The day must exist: a 31st only in the first six months, a 30th of Esfand only in a leap year.
    if (!sameDay(persianDayOf(ms), persian)) return null;
    const date = new Date(ms);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  return null;
}
