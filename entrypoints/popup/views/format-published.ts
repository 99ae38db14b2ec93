import type { ExtractedDate } from '@/src/extract/types';

// "2018-04-12T09:11" or "2018-04-12": a page's own wall-clock time with no offset.
const LOCAL_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?)?$/;

// Building an Intl.DateTimeFormat costs far more than using one, and a list formats dozens of dates.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string | undefined, withTime: boolean, utc: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${withTime}|${utc}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      ...(utc ? { timeZone: 'UTC' } : {}),
    });
    formats.set(key, f);
  }
  return f;
}

/**
 * A publication date in the reader's locale. With an offset it is shown in the reader's time zone;
 * without one it is the page's wall-clock time and is shown as stated (converting would invent a zone).
 */
export function formatPublished(date: ExtractedDate | null, locale?: string): string | null {
  if (!date) return null;
  const local = LOCAL_DATE_TIME.exec(date.iso);
  if (local) {
    const [, y, mo, d, hh, mm, ss] = local.map(Number) as number[];
    const instant = new Date(Date.UTC(y!, mo! - 1, d!, hh || 0, mm || 0, ss || 0));
    return format(locale, local[4] !== undefined, true).format(instant);
  }
  const instant = new Date(date.iso);
  if (Number.isNaN(instant.getTime())) return date.raw || date.iso;
  return format(locale, date.hasTime, false).format(instant);
}
