// Bylines the page prints outside its metadata: byline elements near the headline, a "By …" line
// under it (or a "by" just above it), the author a forum post names in `data-author`.
import {
  FIGURE_TAGS,
  isBefore,
  isWithinTags,
  textNodesAfter,
  textNodesBefore,
  textNodesOfBody,
} from './dom-order';
import { isInForeignContainer } from './is-in-foreign-container';
import { textOf } from './page-context';
import { NON_TEXT_OR_HEAD } from './read-date-element';
import { AGENCY_NAME, BYLINE_PREFIX, DATE_THEN_BY } from './split-byline';

/** Bylines are short; a longer "author" element is a biography or a comment. */
const MAX_BYLINE_CHARS = 120;

/** Reads names (or, failing those, a credit) from one piece of byline text. */
export type BylineReader = (text: string, fromMetadata: boolean) => string[];

/**
 * The end of a sentence after a lower-case word: "… newsletter. He’s covered …", not "J. K.
 * Rowling" nor "Prof. Dr. Hans Meier".
 */
const SENTENCE_END = /(?<=(?:^|\s)\p{Ll}{2,}[.!?])\s+(?=\p{Lu})/u;

/**
 * A byline line without the biography that runs on after it ("By Alex Heath, a deputy editor. He’s
 * covered the tech industry for over a decade …"): its first sentence, where the whole is too long.
 */
function withoutBiography(line: string): string {
  if (line.length <= MAX_BYLINE_CHARS) return line;
  const end = SENTENCE_END.exec(line);
  return end ? line.slice(0, end.index) : line;
}

function namesFromElement(element: Element, read: BylineReader, readsLinks: boolean): string[] {
  const named = element.querySelector('[itemprop~="name"]');
  const text = withoutBiography(
    named ? textOf(named) || named.getAttribute('content') || '' : textOf(element),
  );
  const names = text && text.length <= MAX_BYLINE_CHARS ? read(text, false) : [];
  return names.length > 0 || named || !readsLinks ? names : namesLinkedIn(element, read);
}

/**
 * The path of a writer's page on the site, its first or second directory: "/author/jane-doe",
 * "/bio/sarah-hinger-0", "/de/autoren/…", "/about/editors/…"; not a topic page ("/news/people/…").
 */
const PROFILE_PATH =
  /^\/(?:[^/]+\/)?(?:authors?|autor(?:en|in|innen)?|auteurs?|autores?|bio|biograph(?:y|ies)|profiles?|staff|journalists?|journalisten|contributors?|writers?|columnists?|editors?)\/[^/]+/i;
/** A user's handle as the whole path, as Medium links its writers: "/@vincentvallet/", handle captured. */
const HANDLE_PATH = /^\/@([^/]+)\/?$/;
/** The profile's directories, before the part of the path that spells the name. */
const PROFILE_DIRECTORY = /^\/(?:[^/]+\/)?[^/]+\//;
/** A name written together as a user name is this long at least: "johncwelch", not "jdoe". */
const MIN_LETTERS_OF_USER_NAME = 6;
/** More links than a byline names people: a list of everyone who writes for the site. */
const MAX_PROFILE_LINKS = 6;

/**
 * The path of a link to a writer's page, decoded, or `null` for any other link. A handle's page
 * must be on the site itself: "/@MrBeast" on YouTube or "/@janedoe" on Threads is a channel or a
 * post someone is quoted from, not the byline.
 */
function profilePathOf(link: Element): string | null {
  let address: URL;
  try {
    address = new URL(link.getAttribute('href')!, link.ownerDocument.baseURI);
  } catch {
    return null;
  }
  let path = address.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray "%" is no escape: the path as written.
  }
  if (PROFILE_PATH.test(path)) return path;
  return HANDLE_PATH.test(path) && address.host === hostOf(link.ownerDocument.URL) ? path : null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * The people a byline element links to their pages, where its text says more than their names
 * ("<a href="/bio/sarah-hinger">Sarah Hinger</a>, Staff Attorney, ACLU Racial Justice Program
 * & <a …>Sylvia Torres-Guillén</a>, Director …"): each link's text, read as a name.
 */
function namesLinkedIn(element: Element, read: BylineReader): string[] {
  const linked = new Map<string, Element[]>();
  for (const link of element.querySelectorAll('a[href]')) {
    const path = profilePathOf(link);
    if (path) linked.set(path, [...(linked.get(path) ?? []), link]);
  }
  // A name and its avatar link to the same page: one person.
  if (linked.size === 0 || linked.size > MAX_PROFILE_LINKS) return [];
  return [...linked].flatMap(([path, links]) => {
    const name = links.map((link) => textOf(link)).find((text) => text !== '') ?? '';
    return name.length <= MAX_BYLINE_CHARS && isNamedInPath(name, path) ? read(name, false) : [];
  });
}

const withoutMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** A word of a name as an address may spell it: without accents, or German's "ue" for "ü". */
function spellingsInPaths(word: string): string[] {
  const lower = word.toLowerCase();
  const german = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return [withoutMarks(lower), withoutMarks(german)];
}

/**
 * Whether a link's text is the name its profile path spells ("Sarah Hinger" → "/bio/sarah-hinger-0",
 * "Jürgen Müller" → "/autoren/juergen-mueller"): two of its words, or its one word, are words of the
 * path after the profile's directory. A link saying "Zur Artikelübersicht" or "More by Jane" leads
 * to the same page but names nobody.
 */
function isNamedInPath(text: string, path: string): boolean {
  // "/@vincentvallet/": a handle is the first directory itself.
  const handle = HANDLE_PATH.exec(path)?.[1];
  const slug = withoutMarks((handle ?? path.replace(PROFILE_DIRECTORY, '')).toLowerCase());
  const slugWords = new Set(slug.split(/[^\p{L}]+/u));
  // A user name that is the whole name written together: "Vincent Vallet" at `/@vincentvallet`.
  const letters = (s: string) => withoutMarks(s.toLowerCase()).replace(/[^\p{L}]/gu, '');
  if (
    text.includes(' ') &&
    letters(text).length >= MIN_LETTERS_OF_USER_NAME &&
    letters(slug) === letters(text)
  )
    return true;
  const words = text.split(/[^\p{L}]+/u).filter((word) => word.length >= 3);
  const found = words.filter((word) => spellingsInPaths(word).some((w) => slugWords.has(w))).length;
  return words.length > 0 && found >= Math.min(2, words.length);
}

/**
 * Names in the byline element nearest the headline: the first one after it (bylines sit under the
 * headline or, as on agency pages, alone under the body), else the nearest one above it. Byline
 * elements beside the chosen one (one `<span class="author">` per name) add their names.
 */
export function namesFromPage(
  bylineElements: readonly Element[],
  headline: Element | null,
  read: BylineReader,
  readsLinks = true,
): string[] {
  const count = bylineElements.length;
  // Each element is judged only when reached: pages list dozens of authors in related stories.
  const verdicts: (boolean | undefined)[] = new Array<boolean | undefined>(count);
  const isCandidate = (i: number): boolean => {
    const element = bylineElements[i]!;
    const next = bylineElements[i + 1];
    return (verdicts[i] ??=
      !isInForeignContainer(element, headline) &&
      // A credit in a figure is the photographer's.
      !isWithinTags(element, FIGURE_TAGS) &&
      // The innermost byline element holds the cleanest text; its ancestors repeat it with extras.
      !(next && element.contains(next) && textOf(element).length > 60));
  };
  const after: number[] = [];
  const before: number[] = [];
  for (let i = 0; i < count; i++)
    (headline && isBefore(bylineElements[i]!, headline) ? before : after).push(i);
  for (const i of [...after, ...before.reverse()]) {
    if (!isCandidate(i)) continue;
    const element = bylineElements[i]!;
    let names = namesFromElement(element, read, readsLinks);
    if (names.length === 0) continue;
    // The innermost byline element that names someone holds the cleanest text: "Ben Silverman"
    // in `.author-link`, not "Ben Silverman Games Editor" in the `.author` around it. Those inside
    // `element` follow it in document order.
    let chosen = element;
    for (let j = i + 1; j < count && element.contains(bylineElements[j]!); j++) {
      const inner = bylineElements[j]!;
      if (!chosen.contains(inner) || !isCandidate(j)) continue;
      const innerNames = namesFromElement(inner, read, readsLinks);
      // …unless the container names more ("<a>Jane Doe</a>, John Roe and Max Muster").
      if (innerNames.length >= names.length) [chosen, names] = [inner, innerNames];
    }
    const container = chosen.parentElement;
    for (let j = 0; j < count; j++) {
      const sibling = bylineElements[j]!;
      if (sibling !== chosen && sibling.parentElement === container && isCandidate(j))
        names.push(...namesFromElement(sibling, read, readsLinks));
    }
    return names;
  }
  return [];
}

/**
 * What follows a label standing in an element of its own ("By", "Autor:"), the names being in the
 * next: read in the smallest ancestor that holds more than the label, whose whole text comes too.
 * "Datum: 03.11.2021 Autor: Peter Maahn": what follows the label. `after` is `null` where that
 * text does not hold the label as it stands.
 */
function textAfterLabel(
  label: string,
  parent: Element,
): { held: string; after: string | null; holder: Element | null } {
  let holder: Element | null = parent;
  while (holder && textOf(holder).length <= label.length + 1) holder = holder.parentElement;
  const held = holder ? textOf(holder) : '';
  const at = held.indexOf(label);
  return { held, after: at >= 0 ? held.slice(at + label.length) : null, holder };
}

/**
 * What joins one name to the next between their elements: a comma or an "and". Not "en", which is
 * Dutch for "and" but Spanish and French for "in" ("Por Juan Pérez en Buenos Aires"), nor a slash,
 * which leads to a picture agency or a section as often as to a name.
 */
const NAME_JOINER = /^\s*(?:,|&|and|und|et|y|e|og|och|i)?\s*$/i;

/**
 * The line a byline's label stands in, where the names run on past the label's element in
 * elements like it: "<span class="name"><span>Von </span><a>Fiona Bornhöft</a></span> und <span
 * class="name"><a>Mariam Hofbeck</a></span>", as Condé Nast's sites print two authors. `null` where
 * anything else follows: a tag, a section or a place after a comma is not one more name.
 */
function lineRunningOn(holder: Element | null): string | null {
  const parent = holder?.parentElement;
  if (!holder || !parent) return null;
  let others = 0;
  for (let node = holder.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === node.TEXT_NODE) {
      if (!NAME_JOINER.test(node.nodeValue ?? '')) return null;
    } else if (node.nodeType === node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.localName !== holder.localName || element.className !== holder.className) {
        if (textOf(element) !== '') return null;
      } else others++;
    }
  }
  const line = textOf(parent);
  return others > 0 && line.length <= MAX_BYLINE_CHARS ? line : null;
}

/** How far past the headline to read plain text for a "By …" line: the article's opening lines. */
const MAX_TEXT_NODES_SCANNED = 120;
/** A text that is only the word introducing a byline, with the names in the next element. */
const PREFIX_ALONE =
  /^(?:by|von|par|por|door|text(?: von)?|autor(?:in)?|author|auteure?|autore|erstellt von|written by)\s*:?$/i;

/** Whether a text stands inside a paragraph's prose, not at the start of a line of its own. */
function isInsideProse(text: string, parent: Element): boolean {
  const block = parent.closest('p') ?? parent;
  const held = textOf(block);
  return held.length > MAX_BYLINE_CHARS && !held.startsWith(text);
}

/** Marks a design puts before a byline line: "// By Jane Doe", "— By Jane Doe", "| Von Hans Meier". */
const LEADING_DECORATION = /^[/|•·–—>»›-]+\s*/;

/** Names in a "By Jane Doe" line printed after the headline, with or without a byline class. */
export function namesFromBylineText(doc: Document, headline: Element | null, read: BylineReader): string[] {
  if (!headline) return [];
  for (const { text: printed, parent } of textNodesAfter(doc, headline, MAX_TEXT_NODES_SCANNED)) {
    if (printed.length > MAX_BYLINE_CHARS) continue;
    const text = printed.replace(LEADING_DECORATION, '');
    let line: string | null = null;
    let runningOn: string | null = null;
    if (PREFIX_ALONE.test(text)) {
      const { held, after, holder } = textAfterLabel(text, parent);
      line = after !== null ? `${text} ${after}` : held || null;
      runningOn = lineRunningOn(holder);
    } else if (BYLINE_PREFIX.test(text) && /^\S+(?:\s+\S+){0,3}\s*:?\s+\p{Lu}/u.test(text)) {
      line = text;
    } else if (
      DATE_THEN_BY.test(text) &&
      DATE_BEFORE_BY.test(text.replace(/\s(?:by|von|par|por)\s.*$/i, ''))
    ) {
      // "06.11.2023 13:30 von Olga", "Posted on May 2, 2020 by Jane Doe"; not "Bild 3 von Peter Müller".
      line = text;
    }
    if (line) line = withoutBiography(line);
    // A caption's "Autor: …" under the headline credits the picture.
    if (!line || line.length > MAX_BYLINE_CHARS || isWithinTags(parent, FIGURE_TAGS)) continue;
    // "… Anführer <a>von Bauernbewegungen</a>, …": words inside a paragraph's sentence start no byline.
    if (isInsideProse(printed, parent)) continue;
    if (isInForeignContainer(parent, headline)) continue;
    const names = read(line, false);
    if (names.length === 0) continue;
    // The line on is read only for the names it adds: a date or a desk after a comma adds none.
    const more = runningOn ? read(runningOn, false) : [];
    return more.length > names.length && names.every((name, i) => more[i] === name) ? more : names;
  }
  return [];
}

/** How much more text than the headline its header block holds: a kicker, a book's title, a byline. */
const MAX_HEADER_EXTRA_CHARS = 200;
/**
 * Text nodes read back from the headline: a title, "by" and a name, each in its own element, and
 * the white space between those elements, which counts too.
 */
const MAX_TEXT_NODES_ABOVE = 12;

/** What stands between a "by" above the headline and the headline: a name or two, not a kicker. */
const MAX_NAMES_ABOVE_CHARS = 80;

/**
 * Names after a "by" of its own just above the headline, in the header block that holds both: a
 * chapter's book and author over its own title ("<h2>Melas</h2> by <h3>delta201</h3> <h1>Chapter
 * 1</h1>"). Not a line that only opens with such a word: over a headline, that is a kicker ("By The
 * Numbers", "Von der Leyen") or a picture's credit. A book review's header of the same shape names
 * the book's author. Read only where nothing follows the headline: the line after it is the byline
 * far more often.
 */
export function namesAboveHeadline(doc: Document, headline: Element | null, read: BylineReader): string[] {
  const header = headline?.parentElement;
  if (!headline || !header || header === doc.body) return [];
  // Not a page section where the headline is one heading among teasers and navigation.
  if (textOf(header).length > textOf(headline).length + MAX_HEADER_EXTRA_CHARS) return [];
  const between: string[] = [];
  for (const { text, parent } of textNodesBefore(doc, headline, MAX_TEXT_NODES_ABOVE)) {
    if (!header.contains(parent) || isWithinTags(parent, FIGURE_TAGS)) return [];
    if (PREFIX_ALONE.test(text)) {
      const names = between.reverse().join(' ');
      return names && names.length <= MAX_NAMES_ABOVE_CHARS ? read(`${text} ${names}`, false) : [];
    }
    between.push(text);
  }
  return [];
}

/** How far under the headline a link to a writer's page is still the article's byline: its opening lines. */
const MAX_TEXT_NODES_TO_PROFILE_LINK = 30;
const MAX_CHARS_TO_PROFILE_LINK = 400;

/**
 * The people linked to their pages on the site just under the headline, where the byline carries no
 * class, `rel` or "By" to say so (`<div class="t-meta"><a href="/about/editors/devindra-hardawar/">
 * Devindra Hardawar</a>`): the first such link that reads as a name, and those beside it in its line.
 * Not a link in a paragraph (one opening the first paragraph is the story's subject), a caption or
 * an aside.
 */
export function namesFromProfileLinkUnderHeadline(
  doc: Document,
  headline: Element | null,
  read: BylineReader,
): string[] {
  if (!headline) return [];
  let chars = 0;
  for (const { text, parent } of textNodesAfter(doc, headline, MAX_TEXT_NODES_TO_PROFILE_LINK)) {
    chars += text.length;
    if (chars > MAX_CHARS_TO_PROFILE_LINK) break;
    const link = parent.closest('a[href]');
    const path = link && profilePathOf(link);
    if (!link || !path) continue;
    const paragraph = link.closest('p');
    if (paragraph && textOf(paragraph).length > MAX_BYLINE_CHARS) continue;
    if (isWithinTags(link, FIGURE_TAGS) || isInForeignContainer(link, headline)) continue;
    const names = namesLinkedIn(link.parentElement ?? link, read);
    if (names.length > 0) return names;
  }
  return [];
}

/** An agency's name, in any case ("JIJI", "Kyodo", "dpa"). */
const AGENCY = new RegExp(String.raw`^${AGENCY_NAME}$`, 'i');
/** A regional desk's code after an agency, in lower case as agencies write it: "lno" of "dpa/lno". */
const DESK_CODE = /^\p{Ll}{2,4}$/u;
/** The separators between agencies joined in one credit: "AFP-JIJI", "dpa/lno", "AP, Reuters". */
const AGENCY_SEPARATOR = /\s?[-/,&]\s?/;

/** An agency's name alone, or agencies joined, each part an agency or a desk code after one. */
function isAgencyCredit(text: string): boolean {
  const [first, ...rest] = text.split(AGENCY_SEPARATOR);
  return AGENCY.test(first!) && rest.every((part) => AGENCY.test(part) || DESK_CODE.test(part));
}

/** The lines under a headline before the story: a kicker, a standfirst, the credit, the date. */
const MAX_TEXT_NODES_TO_AGENCY = 8;
/** Elements whose credit is a picture's ("AFP" under the lead photo), between headline and credit. */
const PICTURE_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'video', 'figure', 'figcaption']);
/** A picture drawn by CSS or loaded late: its address in an attribute, or a class that names it. */
const PICTURE_ATTRIBUTES = ['data-src', 'data-srcset', 'data-bg', 'data-background', 'data-lazy-src'];
const PICTURE_CLASS =
  /(?:^|[\s_-])(?:img|image|photo|picture|pic|media|hero|bild|foto|gallery|slideshow)(?:$|[\s_-])/i;
/** A label that makes the credit a picture's: "Photo: <span>Reuters</span>", "Bild: dpa". */
const PICTURE_LABEL =
  /\b(?:photos?|fotos?|bild(?:er)?|images?|pictures?|illustrations?|grafik|graphics?|video)\b/i;
/** Element steps from the headline to the credit at most, for the picture check. */
const MAX_ELEMENTS_TO_AGENCY = 200;

function isPicture(element: Element): boolean {
  if (PICTURE_TAGS.has(element.localName)) return true;
  if (PICTURE_ATTRIBUTES.some((name) => element.hasAttribute(name))) return true;
  if (/url\(/i.test(element.getAttribute('style') ?? '')) return true;
  return PICTURE_CLASS.test(element.getAttribute('class') ?? '');
}

/** Ancestors of a credit to ask whether they frame a picture ("<div class="hero"><span>AFP"). */
const PICTURE_FRAME_DEPTH = 2;
/** The most characters a label before a credit has: "Photo:", "Foto / Bild:". */
const MAX_LABEL_CHARS = 30;

/** A credit labelled as a picture's ("Photo: <span>Reuters</span>") or in a picture's frame. */
function isPictureCredit(credit: Element): boolean {
  let before = credit.previousSibling;
  while (before && before.nodeType === before.TEXT_NODE && !before.textContent?.trim())
    before = before.previousSibling;
  const label = before ? textOf(before) : '';
  if (label.length <= MAX_LABEL_CHARS && PICTURE_LABEL.test(label)) return true;
  let frame: Element | null = credit;
  for (let depth = 0; frame && depth <= PICTURE_FRAME_DEPTH; depth++, frame = frame.parentElement)
    if (isPicture(frame)) return true;
  return false;
}

/** Whether a picture stands between two elements in document order, `from` first. */
function isPictureBetween(doc: Document, from: Element, to: Element): boolean {
  const walker = doc.createTreeWalker(doc.documentElement, 0x1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = from;
  for (
    let i = 0, node = walker.nextNode();
    node && i < MAX_ELEMENTS_TO_AGENCY;
    i++, node = walker.nextNode()
  ) {
    if (node === to) return false;
    // The credit's own containers are no picture between ("<div class="media-credit"><p>AFP").
    if (!from.contains(node) && !node.contains(to) && isPicture(node as Element)) return true;
  }
  return true;
}

/**
 * A wire story's credit standing alone under the headline (The Japan Times' `<p class="credit">JIJI
 * </p>` after its `<h1>`): the agency, when no byline names anyone. Not a picture's credit: none
 * in a figure, after a picture or labelled as a photo's; nor a link or an item of a list of tags.
 */
export function agencyCreditUnderHeadline(doc: Document, headline: Element | null): string[] {
  if (!headline) return [];
  for (const { text, parent } of textNodesAfter(doc, headline, MAX_TEXT_NODES_TO_AGENCY)) {
    if (!isAgencyCredit(text) || textOf(parent) !== text) continue;
    if (isWithinTags(parent, FIGURE_TAGS) || parent.closest('a[href], li, nav')) continue;
    if (isPictureCredit(parent)) continue;
    if (isInForeignContainer(parent, headline) || isPictureBetween(doc, headline, parent)) continue;
    return [text];
  }
  return [];
}

/** A date before "by"/"von": a numeric day, a year or a time of day. */
const DATE_BEFORE_BY = /\d{1,2}[./]\s?\d{1,2}[./]|\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b/;

/** A user name in `data-author` is one word or a short name, not a sentence. */
const MAX_NAME_CHARS = 50;

/**
 * The author a forum thread or a review page gives its first post in `data-author` (XenForo's
 * `<article class="message" data-author="Pepemaus">`), after the headline and outside asides.
 */
export function namesFromPostAuthor(
  posts: readonly Element[],
  headline: Element | null,
  read: BylineReader,
): string[] {
  for (const post of posts) {
    if ((headline && isBefore(post, headline)) || isInForeignContainer(post, headline)) continue;
    const author = post.getAttribute('data-author')!.trim();
    return author && author.length <= MAX_NAME_CHARS ? read(author, false) : [];
  }
  return [];
}

/** A label stating the author, alone in its element with its colon: "Author:", "Autorin:", "Verfasst von:". */
const AUTHOR_LABEL =
  /^(?:author|autor(?:in)?|auteure?|autore|autrice|verfasst von|geschrieben von|written by)\s*:$/i;
/** How many text nodes of a page to read for such a label: every one of an ordinary page. */
const MAX_TEXT_NODES_LABELLED = 5000;

/**
 * The line an author label of its own opens, wherever the article prints it ("Author: Jacopo
 * Cascioli" from "<li><span>Author:</span> <span>Jacopo Cascioli</span></li>" in a list of facts
 * under the body, a box beside it), or `null`. Not in comments, navigation, asides, related
 * stories or figures. Whether it names a person is the caller's to read.
 */
export function authorLabelLine(doc: Document, headline: Element | null): string | null {
  for (const node of textNodesOfBody(doc, MAX_TEXT_NODES_LABELLED)) {
    const value = node.nodeValue ?? '';
    // Most text nodes are told apart by their length or their lack of a colon alone.
    if (value.length > 40 || !value.includes(':')) continue;
    const label = value.trim();
    const parent = node.parentElement;
    if (!AUTHOR_LABEL.test(label) || !parent || isWithinTags(parent, NON_TEXT_OR_HEAD)) continue;
    if (isWithinTags(parent, FIGURE_TAGS) || isInForeignContainer(parent, headline)) continue;
    const line = textAfterLabel(label, parent).after?.trim();
    if (line && line.length <= MAX_BYLINE_CHARS) return `${label} ${line}`;
  }
  return null;
}
