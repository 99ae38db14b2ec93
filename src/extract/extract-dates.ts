import type { ExtractedDate, MetadataSource } from './types';
import { textOf, type PageContext } from './page-context';
import { stringOf } from './read-json-ld';
import { findStatedPublicationDate } from './find-stated-date';
import {
  findDateAboveHeadline,
  findDateUnderHeadline,
  findVisibleDates,
  type ShownDate,
} from './find-visible-date';
import { formatOffset, type ParsedDate } from './format-iso-date';
import { dateInOwnTeaser } from './date-in-own-teaser';
import { dateInUrl } from './date-in-url';
import { extractCanonicalUrl } from './extract-site-info';
import { parseMachineDate, parseTextDate } from './parse-date';
import { offsetInZone, pageTimeZone } from './page-time-zone';
import { dateOfElement } from './read-date-element';
import { isInForeignContainer } from './is-in-foreign-container';

/** Meta tags that state when an article was first published, most specific first. */
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'og:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'shareaholic:article_published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'citation_date',
  'date',
  'displaydate',
  'created',
  'rnews:datepublished',
];
/** Meta tags that state when an article was last changed. */
const MODIFIED_META_KEYS = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'datemodified',
  'article:updated_time',
  'shareaholic:article_modified_time',
  'last-modified',
  'lastmod',
  'dcterms.modified',
  'dc.date.modified',
];

/** The publication and modification dates of a page. */
export interface DatesFound {
  published: ExtractedDate | null;
  modified: ExtractedDate | null;
}

function toExtracted(
  parsed: ParsedDate | null,
  raw: string,
  source: MetadataSource,
  origin: string,
): ExtractedDate | null {
  return parsed ? { ...parsed, raw, source, origin } : null;
}

function fromJsonLd(node: Record<string, unknown> | null, keys: string[]): ExtractedDate | null {
  if (!node) return null;
  for (const key of keys) {
    const raw = stringOf(node[key]);
    const date = raw ? toExtracted(parseMachineDate(raw), raw, 'json-ld', key) : null;
    if (date) return date;
  }
  return null;
}

function fromMeta(page: PageContext, keys: string[]): ExtractedDate | null {
  for (const key of keys) {
    for (const raw of page.meta.get(key) ?? []) {
      const date = toExtracted(
        parseMachineDate(raw),
        raw,
        key.startsWith('og:') || key.startsWith('article:') ? 'opengraph' : 'meta',
        key,
      );
      if (date) return date;
    }
  }
  return null;
}

function fromMicrodata(elements: readonly Element[], prop: string): ExtractedDate | null {
  for (const el of elements) {
    const raw =
      el.getAttribute('datetime') ??
      el.getAttribute('content') ??
      (el.localName === 'abbr' ? el.getAttribute('title') : null) ??
      textOf(el);
    const date = toExtracted(parseMachineDate(raw) ?? parseTextDate(raw, null), raw, 'microdata', prop);
    if (date) return date;
  }
  return null;
}

/** The widest offsets in use: UTC−12:00 to UTC+14:00, in quarter hours. */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;

/** Whether a zone can be `offset` minutes ahead of UTC: within those, on a quarter hour. */
const isOffsetInUse = (offset: number): boolean =>
  offset % 15 === 0 && offset >= MIN_OFFSET_MINUTES && offset <= MAX_OFFSET_MINUTES;

/** `utc`, a moment stated in UTC, written on a clock `offset` minutes ahead of UTC. */
function withOffset(utc: ExtractedDate, offset: number, raw = utc.raw): ExtractedDate {
  const instant = Date.parse(`${utc.iso.slice(0, 16)}:00Z`);
  const wallClock = new Date(instant + offset * 60_000).toISOString().slice(0, 16);
  const seconds = utc.iso.length > 17 && utc.iso[16] === ':' ? utc.iso.slice(16, 19) : '';
  return { ...utc, iso: `${wallClock}${seconds}${formatOffset(offset)}`, raw };
}

/**
 * The UTC instant `utc` written in the page's own local time, when the page prints that same moment
 * as a local wall-clock time: metadata "2022-05-04T00:25Z" and "3 May 2022 21:25" on the page give
 * "2022-05-03T21:25-03:00". Returns `null` when the two are not the same moment in any real zone.
 */
function inLocalTime(utc: ExtractedDate, local: ExtractedDate): ExtractedDate | null {
  if (!local.hasTime || local.hasOffset) return null;
  const instant = Date.parse(`${utc.iso.slice(0, 16)}:00Z`);
  const wallClock = Date.parse(`${local.iso.slice(0, 16)}:00Z`);
  const offset = Math.round((wallClock - instant) / 60_000);
  if (offset === 0 || !isOffsetInUse(offset)) return null;
  return withOffset(utc, offset, `${utc.raw} (${local.raw})`);
}

/** An offset the page itself gives for one moment, by its metadata or its printed local time. */
interface ClockHint {
  /** Minutes ahead of UTC. */
  offset: number;
  /** The moment it was given for, in milliseconds. */
  at: number;
}

/**
 * Writes UTC instants on the page's clock (a `.de` page's "2022-11-06T23:00Z" is
 * "2022-11-07T00:00+01:00", the day its readers call it); the moment is unchanged. The clock is the
 * time zone of the page's country when the offset the page gives agrees with it (its summer time
 * then follows), else that offset. Decided once for both dates: a page that prints the UTC day of
 * `stated` under its headline counts days in UTC. A date's own stated offset comes before either.
 */
function pageClock(
  hint: ClockHint | null,
  zone: string | null,
  stated: ExtractedDate | null,
  shown: ExtractedDate | null,
): (date: ExtractedDate | null, ownOffset?: number | null) => ExtractedDate | null {
  const zoneAt = (instant: number): number | null => (zone ? offsetInZone(zone, instant) : null);
  const followsZone = !!zone && (!hint || zoneAt(hint.at) === hint.offset);
  const toZone = (utc: ExtractedDate, ownOffset: number | null = null): ExtractedDate => {
    if (!utc.hasTime) return utc;
    const instant = Date.parse(`${utc.iso.slice(0, 16)}:00Z`);
    const offset = ownOffset ?? (followsZone ? zoneAt(instant) : (hint?.offset ?? null));
    return offset ? withOffset(utc, offset) : utc;
  };
  const countsInUtc =
    !!stated &&
    isUtc(stated) &&
    !!shown &&
    !shown.hasOffset &&
    sameDay(shown, stated) &&
    !sameDay(shown, toZone(stated));
  return (date, ownOffset = null) => (date && isUtc(date) && !countsInUtc ? toZone(date, ownOffset) : date);
}

/** Picks the more precise of two readings of the same day: a time beats none. */
function refine(best: ExtractedDate | null, others: (ExtractedDate | null)[]): ExtractedDate | null {
  if (!best || best.hasTime) return best;
  const day = best.iso.slice(0, 10);
  return others.find((d) => d && d.hasTime && d.iso.slice(0, 10) === day) ?? best;
}

/**
 * Finds when the article was published and last modified: JSON-LD, then OpenGraph and other meta
 * tags, then microdata, then `<time>` elements and dates printed near the headline, then the URL.
 * @param headline the element holding the headline, to skip dates in the masthead above it
 */
export function extractDates(page: PageContext, lang: string | null, headline: Element | null): DatesFound {
  const { jsonLd } = page;
  const structured = [
    fromJsonLd(jsonLd.article, ['datePublished', 'dateCreated', 'uploadDate']),
    fromMeta(page, PUBLISHED_META_KEYS),
    fromJsonLd(jsonLd.page, ['datePublished', 'dateCreated']),
    fromMicrodata(page.scan.itempropPublished, 'datePublished'),
  ];
  const structuredBest = structured.find((d) => d !== null) ?? null;
  const structuredModified = [
    fromJsonLd(jsonLd.article, ['dateModified']),
    fromMeta(page, MODIFIED_META_KEYS),
    fromJsonLd(jsonLd.page, ['dateModified']),
    fromMicrodata(page.scan.itempropModified, 'dateModified'),
  ];
  const modified = structuredModified.find((d) => d !== null) ?? null;
  const modifiedOnAnotherDay = !!modified && !!structuredBest && !sameDay(modified, structuredBest);
  // A timed, zoned date from metadata needs only the opening lines, to check it against them.
  const needsPage = !structuredBest?.hasTime || isUtc(structuredBest);
  const visible = needsPage ? findVisibleDates(page.doc, page.scan.dateElements, lang, headline) : null;
  const shown: ShownDate | null = visible
    ? visible.underHeadline
    : structuredBest && headline
      ? findDateUnderHeadline(page.doc, page.scan.dateElements, lang, headline)
      : null;
  // Readers (and people who label pages) go by the date the page prints under its headline. A page
  // that prints the day it was last changed, without calling or marking it an update, presents that
  // day as its date; one that prints another day than its metadata states (a CMS's creation date, a
  // re-dated post) presents the printed day. "Updated Jul 24" under a headline leaves the
  // publication date be.
  const shownModified =
    modifiedOnAnotherDay && shown && !shown.isCalledAnUpdate && sameDay(shown.date, modified)
      ? modified
      : null;
  // A blog prints the post's day above its title; a day under it is then the post's subject's.
  const isPrintedAbove = (date: ExtractedDate): boolean => {
    const above = visible
      ? visible.before
      : headline && findDateAboveHeadline(page.doc, page.scan.dateElements, lang, headline);
    return !!above && couldBeSameDay(date, above);
  };
  const shownInstead =
    structuredBest &&
    shown?.isPresentedAsPublished &&
    !couldBeSameDay(structuredBest, shown.date) &&
    // A day after the last change is an event's or an entry's, not the article's.
    !(modified && isLaterDay(shown.date, modified)) &&
    !isPrintedAbove(structuredBest)
      ? shown.date
      : null;
  const stated = shownModified ?? shownInstead ?? structuredBest;
  const best =
    stated ??
    visible?.after ??
    findStatedPublicationDate(page.doc, lang) ??
    dateInUrl(page.url, lang) ??
    dateInCanonicalUrl(page, lang) ??
    dateInOwnTeaser(page.doc, page.url, lang, page.base) ??
    visible?.before ??
    null;
  // A time stated in UTC is read against the page's printed local time, to recover the page's
  // offset; failing that, it is written on the clock the page's other metadata or its country gives.
  const local = stated && isUtc(stated) && visible?.after ? inLocalTime(stated, visible.after) : null;
  const zone = pageTimeZone(page.url, [lang, page.meta.get('og:locale')?.[0]]);
  const modifiedOffset = offsetStatedBeside(modified, structuredModified);
  const hint =
    hintFrom(stated, local ? offsetOf(local) : null) ??
    hintFrom(stated, offsetStatedBeside(stated, structured)) ??
    hintFrom(modified, modifiedOffset);
  const onPageClock = pageClock(hint, zone, stated, visible?.after ?? null);
  const refined = refine(local ?? onPageClock(best), [
    ...structured,
    visible?.after ?? null,
    visible?.before ?? null,
  ]);
  const published =
    refined && !refined.hasTime ? (timedElementOfDay(page, refined, lang, headline) ?? refined) : refined;
  return { published, modified: onPageClock(modified, modifiedOffset) };
}

/** How many `<time datetime>` elements to read for the time of a day printed without one. */
const MAX_TIMED_ELEMENTS = 10;

/**
 * The moment of a day the page prints without its time, from a `<time datetime>` of that day in
 * the article's own markup: WordPress prints "26.10.2023" for readers and `<time class="entry-date"
 * datetime="2023-10-26T13:12:55+02:00">` beside it. Not an update's, not one in a block of other
 * stories or comments, not one in UTC (its day may not be the page's).
 */
function timedElementOfDay(
  page: PageContext,
  date: ExtractedDate,
  lang: string | null,
  headline: Element | null,
): ExtractedDate | null {
  let tried = 0;
  for (const element of page.scan.dateElements) {
    if (element.localName !== 'time' || !element.hasAttribute('datetime')) continue;
    if (++tried > MAX_TIMED_ELEMENTS) break;
    if (isInForeignContainer(element, headline)) continue;
    const found = dateOfElement(element, lang);
    if (!found || found.isModified || !found.hasTime || isUtc(found) || !sameDay(found, date)) continue;
    const { iso, raw, source, origin, hasTime, hasOffset } = found;
    return { iso, raw, source, origin, hasTime, hasOffset };
  }
  return null;
}

/**
 * A date in the path of the address the page gives as its own, where the address it was read at
 * has none: an AMP copy, a short link or a preview URL of a story filed under `/2015/03/18/`.
 */
function dateInCanonicalUrl(page: PageContext, lang: string | null): ExtractedDate | null {
  const canonical = extractCanonicalUrl(page);
  if (!canonical) return null;
  const url = new URL(canonical);
  const found = url.pathname === page.url.pathname ? null : dateInUrl(url, lang);
  return found && { ...found, origin: 'canonical URL path' };
}

const hintFrom = (date: ExtractedDate | null, offset: number | null): ClockHint | null =>
  date && offset !== null ? { offset, at: Date.parse(date.iso) } : null;

/**
 * The page's own offset, where another metadata source states the moment of `utc` on its clock:
 * JSON-LD's "2017-02-24T01:18:13Z" is `article:published_time`'s "2017-02-23T17:18:13-08:00".
 * Returns minutes ahead of UTC, or `null` when no other source states that moment with an offset.
 */
function offsetStatedBeside(utc: ExtractedDate | null, others: (ExtractedDate | null)[]): number | null {
  if (!utc?.hasTime || !isUtc(utc)) return null;
  const instant = Date.parse(utc.iso);
  for (const other of others) {
    if (!other?.hasTime || !other.hasOffset || isUtc(other)) continue;
    const offset = offsetOf(other);
    // The same moment, give or take the seconds one of them leaves out.
    if (offset !== null && Math.abs(Date.parse(other.iso) - instant) < 60_000) return offset;
  }
  return null;
}

/** The offset a date is written at, in minutes ahead of UTC, if it is one in use (UTC−12 to UTC+14). */
function offsetOf(date: ExtractedDate): number | null {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(date.iso);
  if (!match) return null;
  const offset = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  return isOffsetInUse(offset) ? offset : null;
}

const isUtc = (date: ExtractedDate): boolean => date.hasOffset && date.iso.endsWith('Z');
const sameDay = (a: ExtractedDate, b: ExtractedDate): boolean => a.iso.slice(0, 10) === b.iso.slice(0, 10);

/**
 * The days a printed date may name, as ranges of ISO days: a timed one falls on its moment's day in
 * any zone from UTC−12 to UTC+14, and "11.03.17" may be read either way round.
 */
function readingsOf(date: ExtractedDate): [string, string][] {
  const day = date.iso.slice(0, 10);
  const readings: [string, string][] = [[day, day]];
  // Without an offset the clock may be any zone's too: CMSs write UTC without saying so.
  const instant = date.hasTime ? Date.parse(date.hasOffset ? date.iso : `${date.iso.slice(0, 16)}:00Z`) : NaN;
  if (Number.isFinite(instant)) {
    const dayAt = (offset: number) => new Date(instant + offset * 60_000).toISOString().slice(0, 10);
    readings[0] = [dayAt(MIN_OFFSET_MINUTES), dayAt(MAX_OFFSET_MINUTES)];
  }
  // "11.03.17" is 3 November in the US: a day and a month both up to 12 may be either.
  const numeric = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](?:\d{2}|\d{4})(?!\d)/.exec(date.raw);
  if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12) {
    const swapped = `${day.slice(0, 4)}-${day.slice(8, 10)}-${day.slice(5, 7)}`;
    readings.push([swapped, swapped]);
  }
  return readings;
}

/** Whether `a` falls on a day after `b` in every reading of both. */
const isLaterDay = (a: ExtractedDate, b: ExtractedDate): boolean =>
  a.iso.slice(0, 10) > b.iso.slice(0, 10) && !couldBeSameDay(a, b);

/** Whether two dates may name the same day: one moment in two time zones, or one day written two ways. */
function couldBeSameDay(a: ExtractedDate, b: ExtractedDate): boolean {
  const bReadings = readingsOf(b);
  return readingsOf(a).some(([aFirst, aLast]) =>
    bReadings.some(([bFirst, bLast]) => aFirst <= bLast && bFirst <= aLast),
  );
}
