import type { ExtractedDate } from './types';
import { hasAncestorOrSelf, isBefore, isWithinTags, textNodesAfter, textNodesBefore } from './dom-order';
import { isInChrome, isInForeignContainer } from './is-in-foreign-container';
import { textOf } from './page-context';
import { HAS_DIGIT, parseTextDate } from './parse-date';
import {
  describe,
  firstDate,
  isInUpdateLine,
  isLongText,
  MAX_DATE_TEXT_CHARS,
  NON_TEXT_OR_HEAD,
  type PrintedDate,
} from './read-date-element';

/** How far past the headline to read plain text for a date: the article's opening lines. */
const MAX_TEXT_NODES_SCANNED = 150;
const MAX_TEXT_CHARS_SCANNED = 5000;

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
  // A paragraph split by links gives several texts in a row: its own text is read once for them.
  let lastParent: Element | null = null;
  let lastParentLongText: string | null = null;
  const longTextOf = (parent: Element): string | null => {
    if (parent !== lastParent) {
      lastParent = parent;
      lastParentLongText = isLongText(parent) ? textOf(parent) : null;
    }
    return lastParentLongText;
  };
  for (const { text, parent } of textNodesAfter(doc, start, MAX_TEXT_NODES_SCANNED)) {
    if (chars >= maxChars) break;
    chars += text.length;
    if (text.length < 4 || !HAS_DIGIT.test(text)) continue;
    // A paragraph's opening words, even when a link splits the paragraph into short texts.
    if (text.length > MAX_DATE_TEXT_CHARS || longTextOf(parent)?.startsWith(text)) {
      const lead = DATELINE_LEAD.exec(text)?.[1];
      const parsed = lead && HAS_DIGIT.test(lead) ? parseTextDate(lead, lang) : null;
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
    if (text.length < 4 || text.length > MAX_DATE_TEXT_CHARS || !HAS_DIGIT.test(text)) continue;
    if (isInChrome(parent) || isInForeignContainer(parent, headline)) continue;
    const found = firstDate([parent], lang, false);
    if (found) return found;
  }
  return null;
}

function isCandidate(element: Element, headline: Element | null): boolean {
  return !isWithinTags(element, NON_TEXT_OR_HEAD) && !isInForeignContainer(element, headline);
}

// The readers below stop at the first date element that gives a date, so candidates are judged as
// they are reached: a page's date-like elements run to hundreds ("meta", "info", "timeline"), and
// judging one walks up to the body.

/** Candidate date elements after the headline (all of them without one), in document order. */
function* candidatesAfter(dateElements: readonly Element[], headline: Element | null): Generator<Element> {
  for (const element of dateElements)
    if ((!headline || !isBefore(element, headline)) && isCandidate(element, headline)) yield element;
}

/** Candidate date elements above the headline, outside the masthead's navigation and top bars, nearest first. */
function* candidatesAbove(dateElements: readonly Element[], headline: Element): Generator<Element> {
  for (let i = dateElements.length - 1; i >= 0; i--) {
    const element = dateElements[i]!;
    if (isBefore(element, headline) && isCandidate(element, headline) && !isInChrome(element)) yield element;
  }
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
  dateElements: readonly Element[],
  lang: string | null,
  headline: Element,
): PrintedDate | null {
  return (
    firstDate(candidatesAbove(dateElements, headline), lang, true) ?? dateInTextBefore(doc, headline, lang)
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
  const after =
    firstDate(candidatesAfter(dateElements, headline), lang, true) ??
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
  const before = headline ? dateAbove(doc, dateElements, lang, headline) : null;
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
  const isAfterNearHeadline = !!after && !!headline && isNearHeadline(doc, headline, after.element);
  // A date element just above the headline is the article's, where the first date below it stands
  // far down the text on another day: a print edition's note ("Published in the newspaper of 24
  // September") or a closing line, not the day the page shows with its headline.
  if (
    headline &&
    after &&
    !isAfterNearHeadline &&
    // The same day, read from a blog's footer with its time, says more ("Posted at 21:11").
    after.date.iso.slice(0, 10) !== before?.date.iso.slice(0, 10) &&
    before?.isMarked &&
    !before.isHidden &&
    // The white space of an indented template counts as text nodes: a line or two, read further.
    isJustAbove(doc, headline, before.element, TEXT_NODES_TO_A_DATE_ABOVE) &&
    !isInMasthead(before.element, headline)
  ) {
    return { after: before.date, underHeadline: null, before: before.date };
  }
  return {
    after: after?.date ?? null,
    underHeadline: isAfterNearHeadline ? shownDate(after!) : null,
    before: before?.date ?? null,
  };
}

/** How many text nodes, white space included, to read back from the headline for a date element. */
const TEXT_NODES_TO_A_DATE_ABOVE = 80;

/** How much text may stand between a post's date and its heading: share links, a category. */
const DATE_TO_HEADING_CHARS = 200;

/** Whether `element` stands just above the headline, with at most a line or two between. */
function isJustAbove(doc: Document, headline: Element, element: Element, maxTextNodes = 20): boolean {
  let chars = 0;
  for (const { text, parent } of textNodesBefore(doc, headline, maxTextNodes)) {
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
  return dateAbove(doc, dateElements, lang, headline)?.date ?? null;
}
