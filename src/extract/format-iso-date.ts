// A page's date as ISO 8601 from the parts it states: wall-clock time, an offset only when stated,
// nothing invented, and nothing before the web's news archives or far in the future.

/** A date as stated by a page: ISO 8601 wall-clock, with the offset only when the page gives one. */
export interface ParsedDate {
  iso: string;
  hasTime: boolean;
  hasOffset: boolean;
}

/** Earliest year we accept: the web news archives we know of start in the mid-1990s. */
const MIN_YEAR = 1994;
/** Pages state dates a little in the future (embargoes, time zones); a year more is a parse error. */
const MAX_YEARS_AHEAD = 1;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Builds the ISO string from parts the page stated; an absent part is not invented. */
export function formatIso(
  parts: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  offsetMinutes: number | null,
): ParsedDate | null {
  const { year, month, day } = parts;
  if (!isPlausibleDay(year, month, day)) return null;
  let iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const hasTime = parts.hour !== undefined && parts.minute !== undefined;
  if (hasTime) {
    if (parts.hour! > 23 || parts.minute! > 59) return null;
    iso += `T${pad(parts.hour!)}:${pad(parts.minute!)}`;
    if (parts.second !== undefined && parts.second > 0) iso += `:${pad(parts.second)}`;
  }
  const hasOffset = hasTime && offsetMinutes !== null;
  if (hasOffset) iso += formatOffset(offsetMinutes!);
  return { iso, hasTime, hasOffset };
}

/** An offset from UTC in minutes as ISO 8601 writes it: `Z`, `+01:00`, `-03:30`. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function isPlausibleDay(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > new Date().getUTCFullYear() + MAX_YEARS_AHEAD) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseOffset(text: string | undefined): number | null {
  if (!text) return null;
  if (/^(z|utc|gmt)$/i.test(text)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

export const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

/** An hour on a twelve-hour clock ("9:11 PM") on the 24-hour clock. */
export function hourOf(hour: string | undefined, meridiem: string | undefined): number | undefined {
  const h = num(hour);
  if (h === undefined || !meridiem) return h;
  const pm = meridiem.toLowerCase() === 'p';
  return h === 12 ? (pm ? 12 : 0) : pm ? h + 12 : h;
}
