import type { ExtractedDate, MetadataSource } from './types';
import {
  CHROME_TAGS,
  isBefore,
  isWithinTags,
  NON_TEXT_TAGS,
  textNodesAfter,
  textNodesBefore,
} from './dom-order';
import { isInForeignContainer } from './is-in-foreign-container';
import { textOf } from './page-context';
import { parseMachineDate, parseTextDate, type ParsedDate } from './parse-date';

/** Visible dates are short; longer text is a paragraph that happens to mention a date. */
export const MAX_DATE_TEXT_CHARS = 100;
/** How many date-like elements to try on each side of the headline. */
const MAX_DATE_ELEMENTS = 40;
/** How far past the headline to read plain text for a date: the article's opening lines. */
const MAX_TEXT_NODES_SCANNED = 150;
const MAX_TEXT_CHARS_SCANNED = 5000;

const UPDATED_WORDS =
  /(?<!\p{L})(?:updated?|modified|edited|revised|aktualisiert|geändert|letzte änderung|stand|mise? à jour|modifié|aktualisierung|aggiornamento|actualisé|actualizado|atualizado|aggiornato|bijgewerkt|gewijzigd|aktualizacja|uppdaterad|opdateret|oppdatert|last edited)(?!\p{L})/iu;
const PUBLISHED_WORDS =
  /(?<!\p{L})(?:published|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd)(?!\p{L})/iu;
/** Whether a date's line says it is an update's day, not the first publication's too. */
const callsItAnUpdate = (line: string): boolean => UPDATED_WORDS.test(line) && !PUBLISHED_WORDS.test(line);
/** The day someone read a cited source ("Retrieved 1 May 2016"): never the page's own date. */
export const ACCESSED_WORDS =
  /(?<!\p{L})(?:retrieved|accessed|abgerufen|zugegriffen|consulté|consultado|consultato|geraadpleegd)(?!\p{L})/iu;
/** Where a date is never the article's: scripts, styles, templates, the document's head. */
export const NON_TEXT_OR_HEAD: ReadonlySet<string> = new Set([...NON_TEXT_TAGS, 'head']);
const CHROME_CLASS = /masthead|topbar|top-bar/i;
const HIDING_STYLE = /display\s*:\s*none/i;

/**
 * Whether `element` or an element around it passes `test`. A walk in script: jsdom's `closest`
 * with attribute-substring selectors cost more than the rest of date finding.
 */
function hasAncestorOrSelf(element: Element, test: (el: Element) => boolean): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) if (test(el)) return true;
  return false;
}

/** In the site's navigation, footer, masthead or top bar. */
const isInChrome = (element: Element): boolean =>
  hasAncestorOrSelf(
    element,
    (el) =>
      CHROME_TAGS.has(el.localName) ||
      el.getAttribute('role') === 'navigation' ||
      CHROME_CLASS.test(el.getAttribute('class') ?? ''),
  );

/** Hidden from sight where it stands (a teaser's date kept for scripts in `display: none`). */
const isHidden = (element: Element): boolean =>
  hasAncestorOrSelf(
    element,
    (el) => el.hasAttribute('hidden') || HIDING_STYLE.test(el.getAttribute('style') ?? ''),
  );
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
  const pad = (n: number) => String(n).padStart(2, '0');
  return { iso: `${date.iso}T${pad(time.hour)}:${pad(time.minute)}`, hasTime: true, hasOffset: false };
}

/** Reads a date from one element: a machine value in `datetime`/`title`/`content`, else its text. */
function dateOfElement(
  element: Element,
  lang: string | null,
): (ExtractedDate & { isModified: boolean }) | null {
  const text = textOf(element);
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
function isLongText(element: Element): boolean {
  const length = element.textContent?.length ?? 0;
  if (length <= MAX_DATE_TEXT_CHARS * 3) return false;
  return length > MAX_DATE_TEXT_CHARS * 30 || textOf(element).length > MAX_DATE_TEXT_CHARS * 3;
}

/** A date read from the page, with the element it was printed in. */
interface PrintedDate {
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
function firstDate(elements: Iterable<Element>, lang: string | null, isMarked: boolean): PrintedDate | null {
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

/** A date leading a paragraph, before a dash: "27.1.2022 - Bei der Erinnerung an …", "Berlin, 3. Mai 2019 – …". */
const DATELINE_LEAD = /^(.{4,60}?)\s+[-–—|]\s/;

/** Dates in the plain text that follows the headline: "Datum: 03.02.2022", "(18.01.2018) Berlin –". */
function dateInTextAfter(
  doc: Document,
  start: Node,
  headline: Element | null,
  lang: string | null,
  maxChars = MAX_TEXT_CHARS_SCANNED,
): PrintedDate | null {
  let chars = 0;
  // An "updated" line stands in only if no publication date follows it.
  let updated: PrintedDate | null = null;
  for (const { text, parent } of textNodesAfter(doc, start, MAX_TEXT_NODES_SCANNED)) {
    if (chars >= maxChars) break;
    chars += text.length;
    if (text.length < 4 || !/\d/.test(text)) continue;
    // A paragraph's opening words, even when a link splits the paragraph into short texts.
    if (text.length > MAX_DATE_TEXT_CHARS || (isLongText(parent) && textOf(parent).startsWith(text))) {
      const lead = DATELINE_LEAD.exec(text)?.[1];
      const parsed = lead && /\d/.test(lead) ? parseTextDate(lead, lang) : null;
      if (parsed && !isInForeignContainer(parent, headline))
        return {
          date: { ...parsed, raw: lead!, source: 'page-text', origin: describe(parent) },
          element: parent,
          isModified: false,
          isMarked: false,
          isHidden: false,
        };
      continue;
    }
    if (isInForeignContainer(parent, headline)) continue;
    const found = firstDate([parent], lang, false);
    if (found && !found.isModified) return found;
    updated ??= found;
  }
  return updated;
}

/** How far above the headline to read plain text for a date: a kicker line, a photo caption. */
const MAX_TEXT_NODES_BEFORE = 12;
const MAX_TEXT_CHARS_BEFORE = 300;

/** A date in the few lines of plain text just above the headline: "24. April 2020 | Pressemitteilung". */
function dateInTextBefore(doc: Document, headline: Element, lang: string | null): PrintedDate | null {
  let chars = 0;
  for (const { text, parent } of textNodesBefore(doc, headline, MAX_TEXT_NODES_BEFORE)) {
    chars += text.length;
    if (chars > MAX_TEXT_CHARS_BEFORE) break;
    if (text.length < 4 || text.length > MAX_DATE_TEXT_CHARS || !/\d/.test(text)) continue;
    if (isInChrome(parent) || isInForeignContainer(parent, headline)) continue;
    const found = firstDate([parent], lang, false);
    if (found) return found;
  }
  return null;
}

function isCandidate(element: Element, headline: Element | null): boolean {
  return !isWithinTags(element, NON_TEXT_OR_HEAD) && !isInForeignContainer(element, headline);
}

/** Where on the page a visible date was found, for the caller to weigh against other sources. */
export interface VisibleDates {
  /** After the headline: date elements, else the opening text. */
  after: ExtractedDate | null;
  /**
   * The date printed with the headline: `after` when it stands in the opening lines under it, or on
   * a page of posts, each dated above its heading, the date just above it.
   */
  underHeadline: ShownDate | null;
  /** The nearest date element above the headline (blogs print the day above the post title). */
  before: ExtractedDate | null;
}

/** The date printed with the headline (under it, or above it on a page of posts). */
export interface ShownDate {
  date: ExtractedDate;
  /**
   * The page presents it as its date: a visible date element (`<time>`, a date class, not plain
   * text), not called an update in its own line, and not a live blog's entry or an event's day.
   */
  isPresentedAsPublished: boolean;
  /** Its own line calls it an update ("Updated Jul 24, 2018"), or its markup marks it as the modified date. */
  isCalledAnUpdate: boolean;
}

/** Class words of containers whose dates are a live blog entry's or an event's, not the page's. */
const ENTRY_OR_EVENT = /^(?:live|liveblog|liveticker|ticker|event|events|termine?|veranstaltung(?:en)?)$/i;

const isInEntryOrEvent = (element: Element): boolean =>
  hasAncestorOrSelf(element, (el) =>
    (el.getAttribute('class') ?? '').split(/[\s_-]+/).some((word) => ENTRY_OR_EVENT.test(word)),
  );

/** Whether the line a date stands in calls it an update: "<span>Updated</span> <time>…". */
function isInUpdateLine(element: Element): boolean {
  const line = element.parentElement ? textOf(element.parentElement) : '';
  return line.length <= MAX_DATE_TEXT_CHARS && callsItAnUpdate(line);
}

function shownDate(printed: PrintedDate): ShownDate {
  const isCalledAnUpdate = printed.isModified || isInUpdateLine(printed.element);
  return {
    date: printed.date,
    isPresentedAsPublished:
      printed.isMarked && !isCalledAnUpdate && !printed.isHidden && !isInEntryOrEvent(printed.element),
    isCalledAnUpdate,
  };
}

/** How much text may stand between the headline and a date printed "with" it: a kicker, a byline, a standfirst. */
const NEAR_HEADLINE_CHARS = 1500;

function isNearHeadline(doc: Document, headline: Element, element: Element): boolean {
  let chars = 0;
  for (const { text, parent } of textNodesAfter(doc, headline, MAX_TEXT_NODES_SCANNED)) {
    if (element.contains(parent)) return true;
    chars += text.length;
    if (chars > NEAR_HEADLINE_CHARS) return false;
  }
  return false;
}

/** The nearest date above the headline, outside the masthead's navigation and top bars. */
function dateAbove(
  doc: Document,
  candidatesAbove: readonly Element[],
  lang: string | null,
  headline: Element,
): PrintedDate | null {
  return (
    firstDate(candidatesAbove.filter((e) => !isInChrome(e)).reverse(), lang, true) ??
    dateInTextBefore(doc, headline, lang)
  );
}

/**
 * Finds publication dates printed on the page around the headline: `<time>`, `abbr.published`,
 * elements whose class or id says date/time/meta/byline, then the plain text after the headline.
 * Dates in navigation, comments, asides and related-stories lists are skipped.
 * @param dateElements the page's date-like elements in document order (`scanPage`)
 * @param headline the element holding the headline; without one the whole page counts as "after"
 */
export function findVisibleDates(
  doc: Document,
  dateElements: readonly Element[],
  lang: string | null,
  headline: Element | null,
): VisibleDates {
  const elements = dateElements.filter((e) => isCandidate(e, headline));
  const afterElements = headline ? elements.filter((e) => !isBefore(e, headline)) : elements;
  const after =
    firstDate(afterElements, lang, true) ??
    dateInTextAfter(
      doc,
      headline ??
        doc.getElementsByTagName('main')[0] ??
        doc.getElementsByTagName('article')[0] ??
        doc.body ??
        doc.documentElement,
      headline,
      lang,
    );
  const before = headline
    ? dateAbove(
        doc,
        elements.filter((e) => isBefore(e, headline)),
        lang,
        headline,
      )
    : null;
  // The same kind of date element just above the headline and below it ("li.artikeldatum" before
  // each part of a page of posts): each part's date stands above its heading, and the one below
  // is the next part's. A date in a masthead (a `<header>` without the headline) is the day's.
  if (
    headline &&
    after &&
    before &&
    sameKind(after.element, before.element) &&
    isJustAbove(doc, headline, before.element) &&
    !isInMasthead(before.element, headline)
  ) {
    return { after: before.date, underHeadline: shownDate(before), before: before.date };
  }
  return {
    after: after?.date ?? null,
    underHeadline:
      after && headline && isNearHeadline(doc, headline, after.element) ? shownDate(after) : null,
    before: before?.date ?? null,
  };
}

/** How much text may stand between a post's date and its heading: share links, a category. */
const DATE_TO_HEADING_CHARS = 200;

/** Whether `element` stands just above the headline, with at most a line or two between. */
function isJustAbove(doc: Document, headline: Element, element: Element): boolean {
  let chars = 0;
  for (const { text, parent } of textNodesBefore(doc, headline, 20)) {
    if (element.contains(parent)) return true;
    chars += text.length;
    if (chars > DATE_TO_HEADING_CHARS) return false;
  }
  return false;
}

function isInMasthead(element: Element, headline: Element): boolean {
  const header = element.closest('header');
  return !!header && !header.contains(headline);
}

/**
 * The template a date element comes from: its tag and class, or those of the element around it
 * that holds nothing else (`<li class="artikeldatum"><time>`); `null` for an unmarked element.
 */
function dateTemplate(element: Element): string | null {
  let el = element;
  const classOf = (e: Element) => (typeof e.className === 'string' ? e.className.trim() : '');
  while (!classOf(el) && el.parentElement && textOf(el.parentElement) === textOf(el)) el = el.parentElement;
  return classOf(el) ? `${el.tagName}.${classOf(el)}` : null;
}

/** Whether two different date elements come from the same template. */
function sameKind(a: Element, b: Element): boolean {
  const template = dateTemplate(a);
  return a !== b && template !== null && template === dateTemplate(b);
}

/**
 * The date printed with the headline, in the opening lines under it (`NEAR_HEADLINE_CHARS`): what
 * `findVisibleDates` would call `after` when it is near, read from those lines only. Cheaper, for a
 * page whose metadata already gives a date and only needs checking against what the page shows.
 */
export function findDateUnderHeadline(
  doc: Document,
  dateElements: readonly Element[],
  lang: string | null,
  headline: Element,
): ShownDate | null {
  // Every element holding some of the opening lines: one walk up from each line, not a
  // `contains` test of every date element against every line.
  const holdsOpening = new Set<Element>();
  let chars = 0;
  for (const { text, parent } of textNodesAfter(doc, headline, MAX_TEXT_NODES_SCANNED)) {
    for (let el: Element | null = parent; el && !holdsOpening.has(el); el = el.parentElement)
      holdsOpening.add(el);
    chars += text.length;
    if (chars > NEAR_HEADLINE_CHARS) break;
  }
  const near = dateElements.filter(
    (e) => holdsOpening.has(e) && !isBefore(e, headline) && isCandidate(e, headline),
  );
  // Both readers stay within the opening lines, so what they find is near by construction.
  const found =
    firstDate(near, lang, true) ?? dateInTextAfter(doc, headline, headline, lang, NEAR_HEADLINE_CHARS);
  return found ? shownDate(found) : null;
}

/** The date printed nearest above the headline: what `findVisibleDates` calls `before`. */
export function findDateAboveHeadline(
  doc: Document,
  dateElements: readonly Element[],
  lang: string | null,
  headline: Element,
): ExtractedDate | null {
  const candidates = dateElements.filter((e) => isBefore(e, headline) && isCandidate(e, headline));
  return dateAbove(doc, candidates, lang, headline)?.date ?? null;
}
