// A date the page's address states: `/2018/04/12/`, `/meldungen/29-10-2021`.
import type { ExtractedDate } from './types';
import type { ParsedDate } from './format-iso-date';
import { parseMachineDate, parseTextDate } from './parse-date';

const fromPath = (parsed: ParsedDate | null, raw: string): ExtractedDate | null =>
  parsed ? { ...parsed, raw, source: 'url', origin: 'path' } : null;

/**
 * A day written year last as a whole URL path segment: `/meldungen/29-10-2021`, `/29.10.2021/`.
 * Not inside a slug (`/events/29-10-2021-konzert` names an event's day) or a version (`/1.2.2020/`).
 */
const URL_DAY_YEAR_LAST = /\/(\d{2})([-_.])(\d{2})\2((?:19|20)\d{2})(?=$|\/|\.html?$)/i;

/**
 * A date in the URL path: `/2018/04/12/`, `/2018-04-12-`, `/20180412/`, or year last
 * (`/29-10-2021`), whose day and month are read in the page's order ("10-11-2021" is the 10th of
 * November on a German page, October 11th on an American one).
 */
export function dateInUrl(url: URL, lang: string | null): ExtractedDate | null {
  const match =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(
      url.pathname,
    );
  if (match) return fromPath(parseMachineDate(`${match[1]}-${match[2]}-${match[3]}`), match[0]);
  const yearLast = URL_DAY_YEAR_LAST.exec(url.pathname);
  if (!yearLast) return null;
  const [, first, , second, year] = yearLast;
  return fromPath(parseTextDate(`${first}/${second}/${year}`, lang), yearLast[0]);
}
