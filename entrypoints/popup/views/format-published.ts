import type { ExtractedDate } from '@/src/extract/types';

// "2018-04-12T09:11" or "2018-04-12": a page's own wall-clock time with no offset.
const LOCAL_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?)?$/;

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
    const withTime = local[4] !== undefined;
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: 'UTC',
    }).format(instant);
  }
  const instant = new Date(date.iso);
  if (Number.isNaN(instant.getTime())) return date.raw || date.iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(date.hasTime ? { timeStyle: 'short' } : {}),
  }).format(instant);
}
