// Reading the date an element prints: its machine value or its text, the time of day beside it,
// whether its own words call it an update, and the first such date among candidate elements.
import type { ExtractedDate, MetadataSource } from './types';
import { hasAncestorOrSelf, NON_TEXT_TAGS } from './dom-order';
import { lineTextOf, textOf } from './page-context';
import { pad, type ParsedDate } from './format-iso-date';
import { parseMachineDate, parseTextDate } from './parse-date';

/** Visible dates are short; longer text is a paragraph that happens to mention a date. */
export const MAX_DATE_TEXT_CHARS = 100;

const UPDATED_WORDS =
  /(?<!\p{L})(?:updated?|modified|edited|revised|aktualisiert|geändert|letzte änderung|stand|mise? à jour|modifié|aktualisierung|aggiornamento|actualisé|actualizado|atualizado|aggiornato|bijgewerkt|gewijzigd|aktualizacja|uppdaterad|opdateret|oppdatert|last edited)(?!\p{L})/iu;
const PUBLISHED_WORDS =
  /(?<!\p{L})(?:published|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd)(?!\p{L})/iu;
/** Whether a date's line says it is an update's day, not the first publication's too. */
export const callsItAnUpdate = (line: string): boolean =>
  UPDATED_WORDS.test(line) && !PUBLISHED_WORDS.test(line);
/** The day someone read a cited source ("Retrieved 1 May 2016"): never the page's own date. */
export const ACCESSED_WORDS =
  /(?<!\p{L})(?:retrieved|accessed|abgerufen|zugegriffen|consulté|consultado|consultato|geraadpleegd)(?!\p{L})/iu;
/** Where a date is never the article's: scripts, styles, templates, the document's head. */
export const NON_TEXT_OR_HEAD: ReadonlySet<string> = new Set([...NON_TEXT_TAGS, 'head']);

const TIME_ONLY = /(?<![\d:.])([01]?\d|2[0-3])[:.h]([0-5]\d)(?:\s*([ap])\.?\s?m\.?)?(?![\d:.])/i;

/** Where a date was read, for `origin`: the tag and its first class ("span.date"). */
export function describe(element: Element): string {
  const cls = typeof element.className === 'string' ? element.className.trim().split(/\s+/)[0] : '';
  return element.tagName.toLowerCase() + (cls ? `.${cls}` : '');
}

/** A time of day standing alone in an element: "09:11", "9:11 pm", "09.11 Uhr", "09h11". */
const STANDALONE_TIME =
  /^(?:\D{0,12}\s)?([01]?\d|2[0-3])[:.h]([0-5]\d)(?:\s*([ap])\.?\s?m\.?|\s*uhr|\s*h)?\s*$/i;
/** Siblings on each side of a date element to look at for its time. */
const TIME_SIBLINGS = 2;

function timeIn(text: string): { hour: number; minute: number } | null {
  const match = STANDALONE_TIME.exec(text) ?? TIME_ONLY.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  return { hour, minute: Number(match[2]) };
}

/**
 * A time of day stated with a date: in the same short element ("12 April 2018, 09:11") or in a
 * sibling element of its own, as on pages that print "🕘 09:11 📅 12 April 2018" as two items.
 */
function timeNearby(
  element: Element,
  dateText: string,
): { hour: number; minute: number; raw: string } | null {
  const own = timeIn(dateText.replace(/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/g, ' '));
  if (own) return { ...own, raw: dateText };
  const siblings: Element[] = [];
  for (
    let i = 0, el = element.previousElementSibling;
    el && i < TIME_SIBLINGS;
    i++, el = el.previousElementSibling
  )
    siblings.push(el);
  for (let i = 0, el = element.nextElementSibling; el && i < TIME_SIBLINGS; i++, el = el.nextElementSibling)
    siblings.push(el);
  for (const sibling of siblings) {
    const text = textOf(sibling);
    const time = text.length <= 20 ? STANDALONE_TIME.exec(text) && timeIn(text) : null;
    if (time) return { ...time, raw: `${text} ${dateText}` };
  }
  return null;
}

function withTime(date: ParsedDate, time: { hour: number; minute: number }): ParsedDate {
  return { iso: `${date.iso}T${pad(time.hour)}:${pad(time.minute)}`, hasTime: true, hasOffset: false };
}

/** Reads a date from one element: a machine value in `datetime`/`title`/`content`, else its text. */
export function dateOfElement(
  element: Element,
  lang: string | null,
): (ExtractedDate & { isModified: boolean }) | null {
  const text = lineTextOf(element);
  const machine =
    element.getAttribute('datetime') ??
    (element.localName === 'abbr' ? element.getAttribute('title') : null) ??
    element.getAttribute('content');
  if (!machine && (text.length === 0 || text.length > MAX_DATE_TEXT_CHARS)) return null;
  if (ACCESSED_WORDS.test(text)) return null;
  let parsed = machine ? parseMachineDate(machine, lang) : null;
  let raw = machine ?? text;
  let source: MetadataSource = machine ? 'time-element' : 'page-text';
  if (!parsed && text.length <= MAX_DATE_TEXT_CHARS) {
    parsed = parseTextDate(text, lang);
    raw = text;
    source = 'page-text';
  }
  if (!parsed) return null;
  if (!parsed.hasTime && source === 'page-text') {
    const time = timeNearby(element, text);
    if (time) {
      parsed = withTime(parsed, time);
      raw = time.raw;
    }
  }
  // WordPress prints `<time class="entry-date published">` and `<time class="updated">` side by side.
  const marker = `${typeof element.className === 'string' ? element.className : ''} ${element.getAttribute('itemprop') ?? ''}`;
  const isModified =
    callsItAnUpdate(text) ||
    (/\b(?:updated|modified|dateModified)\b/i.test(marker) && !/\bpublished\b|datePublished/i.test(marker));
  return { ...parsed, raw, source, origin: describe(element), isModified };
}

/** Whether an element holds more text than a date line, white space aside (templates indent generously). */
export function isLongText(element: Element): boolean {
  const length = element.textContent?.length ?? 0;
  if (length <= MAX_DATE_TEXT_CHARS * 3) return false;
  return length > MAX_DATE_TEXT_CHARS * 30 || textOf(element).length > MAX_DATE_TEXT_CHARS * 3;
}

/** How many date-like elements to try on each side of the headline. */
const MAX_DATE_ELEMENTS = 40;

const HIDING_STYLE = /display\s*:\s*none/i;

/** Hidden from sight where it stands (a teaser's date kept for scripts in `display: none`). */
export const isHidden = (element: Element): boolean =>
  hasAncestorOrSelf(
    element,
    (el) => el.hasAttribute('hidden') || HIDING_STYLE.test(el.getAttribute('style') ?? ''),
  );

/** A date read from the page, with the element it was printed in. */
export interface PrintedDate {
  date: ExtractedDate;
  element: Element;
  /** The page says this is when it was updated, not published. */
  isModified: boolean;
  /** Read from an element marked as a date (`<time>`, a date class), not from plain text. */
  isMarked: boolean;
  /** Hidden from sight: read only when no visible date is found. */
  isHidden: boolean;
}

/**
 * First date among elements, preferring a publication date over an "updated" one, and either over
 * one hidden from sight (machine-readable dates kept in a hidden element are a common fallback).
 */
export function firstDate(
  elements: Iterable<Element>,
  lang: string | null,
  isMarked: boolean,
): PrintedDate | null {
  let updated: PrintedDate | null = null;
  let hidden: PrintedDate | null = null;
  let tried = 0;
  for (const element of elements) {
    if (tried >= MAX_DATE_ELEMENTS) break;
    // Only elements short enough to be a date, or with a machine-readable one, count towards the limit.
    if (!element.hasAttribute('datetime') && !element.hasAttribute('title') && isLongText(element)) continue;
    tried++;
    const found = dateOfElement(element, lang);
    if (!found) continue;
    const { isModified, ...date } = found;
    const printed = { date, element, isModified, isMarked, isHidden: isHidden(element) };
    if (printed.isHidden) hidden ??= printed;
    else if (!isModified) return printed;
    else updated ??= printed;
  }
  return updated ?? hidden;
}

/** How many wrappers holding only the date (`<div><span><time>`) to climb to reach its line. */
const MAX_DATE_WRAPPERS = 3;

/**
 * Whether the line a date stands in calls it an update: "<span>Updated</span> <time>…", or a label
 * beside the date's own wrapper ("<div>Last updated</div><div><time>…</time></div>").
 */
export function isInUpdateLine(element: Element): boolean {
  const own = textOf(element);
  let holder = element.parentElement;
  let climbed = 0;
  for (; holder && climbed < MAX_DATE_WRAPPERS && textOf(holder) === own; climbed++)
    holder = holder.parentElement;
  if (!holder) return false;
  const line = textOf(holder);
  if (line.length > MAX_DATE_TEXT_CHARS || !callsItAnUpdate(line)) return false;
  // Past the date's own wrappers, what else the line holds must be a label: not another date
  // ("27.01.2022 Updated 28.01.2022"), not the headline ("Why we must stand with Ukraine").
  return (
    climbed === 0 || (!/\d/.test(line.replace(own, '')) && !holder.querySelector('h1, h2, h3, h4, h5, h6'))
  );
}
