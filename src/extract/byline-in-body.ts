// Bylines an article's body carries in its text rather than in a byline element: a signature
// closing it, an agency credited in its dateline or in closing parentheses.
import { elementsBackward, FIGURE_TAGS, isWithinTags, SHOW_ELEMENT, SHOW_TEXT } from './dom-order';
import { AGENCY_NAME, BYLINE_PREFIX } from './split-byline';
import { HAS_VISIBLE_CHARACTER, textOf } from './page-context';
import { BLOCK_TAGS } from './text-of-html';

/** Elements whose whole text, when alone in the body's last block, is an emphasised signature. */
const EMPHASIS_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'i', 'em']);
/** The blocks a closing line (a signature, an author line) may stand in. */
const CLOSING_LINE_TAGS: ReadonlySet<string> = new Set(['p', 'div']);
/** A signature is a name, not a sentence. */
const MAX_SIGNATURE_CHARS = 50;

/**
 * The signature under an agency article: its last block is only a name, set in bold or italics
 * (`<p><b><i>Stefan Wasmer</i></b></p>`), with no byline class to say so; the body's last block, or
 * the last of the column its paragraphs stand in. Its text, or `null`; whether it names a person
 * is the caller's to read.
 */
export function signatureIn(content: Element): string | null {
  const closing = signatureClosing(content);
  if (closing) return isSignature(closing) ? closing.text : null;
  // Where Readability kept more after the column, only the column's very last words are read, and
  // only when they are shaped like a name, stand outside a quotation or a figure, and a heading
  // opens what follows (the site's next box): a bold subheading may close a wiki's column above a
  // table, a bold copyright line a portal's, a bold subheading one part of an article split in two.
  const column = textColumnOf(content);
  if (!column || column === content) return null; // The body's own last block was read above.
  const signature = signatureClosing(column);
  if (!signature) return null;
  const { text } = signature;
  return isSignature(signature) &&
    NAME_SHAPE.test(text) &&
    textOf(column).endsWith(text) &&
    headingOpensTextAfter(column, content)
    ? text
    : null;
}

/** A closing line in bold that credits a picture or a quotation names no writer. */
const isSignature = ({ text, block }: { text: string; block: Element }): boolean =>
  !CREDIT_LABEL.test(text) && !isWithinTags(block, QUOTE_AND_FIGURE_TAGS);

/** A name written out: two to four words of letters, with the dots, hyphens and apostrophes names take. */
const NAME_SHAPE = /^[\p{L}\p{M}.'’-]+(?: [\p{L}\p{M}.'’-]+){1,3}$/u;
/** A picture's or a video's credit, not a signature: "Fotos Michael Kappeler". */
const CREDIT_LABEL = /^(?:fotos?|photos?|bilder?|images?|videos?|grafiken?|illustrationen?)(?![\p{L}])/iu;
const QUOTE_AND_FIGURE_TAGS: ReadonlySet<string> = new Set([...FIGURE_TAGS, 'blockquote']);
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Paragraphs an element must hold as its own children to be the column the article's text runs in. */
const MIN_COLUMN_PARAGRAPHS = 3;

/**
 * The element that holds the most paragraphs as its own children, three at least: Readability may
 * keep a block after the article's column (a news ticker, an app advert), and that block, not the
 * signature, then ends the body.
 */
function textColumnOf(content: Element): Element | null {
  const paragraphsIn = new Map<Element, number>();
  for (const p of content.getElementsByTagName('p'))
    if (p.parentElement) paragraphsIn.set(p.parentElement, (paragraphsIn.get(p.parentElement) ?? 0) + 1);
  let column: Element | null = null;
  let most = MIN_COLUMN_PARAGRAPHS - 1;
  for (const [parent, count] of paragraphsIn) if (count > most) [column, most] = [parent, count];
  return column;
}

/** Whether the first text after `element` in `root` is a heading's. */
function headingOpensTextAfter(element: Element, root: Element): boolean {
  // The node after `from` and all it holds, in document order, or null at the end of `root`.
  const nextPast = (from: Node): Node | null => {
    let node: Node | null = from;
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    return node && node !== root ? node.nextSibling : null;
  };
  for (let node = nextPast(element); node;) {
    if (node.nodeType === node.TEXT_NODE && HAS_VISIBLE_CHARACTER.test((node as Text).data))
      return !!node.parentElement && isWithinTags(node.parentElement, HEADING_TAGS);
    node = node.firstChild && node.nodeType === node.ELEMENT_NODE ? node.firstChild : nextPast(node);
  }
  return false;
}

/** The last block of `container` with text, when it is only a name set in bold or italics. */
function signatureClosing(container: Element): { text: string; block: Element } | null {
  for (const block of elementsBackward(container, CLOSING_LINE_TAGS)) {
    const text = textOf(block);
    if (!text) continue;
    if (text.length > MAX_SIGNATURE_CHARS) return null;
    let inner: Element = block;
    while (inner.children.length === 1 && textOf(inner.firstElementChild) === text)
      inner = inner.firstElementChild!;
    return inner !== block && EMPHASIS_TAGS.has(inner.localName) ? { text, block } : null;
  }
  return null;
}

/**
 * An office held, as a signature's second line gives it: "Bundesvorsitzender", "Pressesprecherin",
 * "President and CEO". A German compound ends with its office ("Landesbischof"), so there the
 * office may close a longer word, but not the words that only end like one ("Halbleiter",
 * "Lautsprecher", "Begleiter", "administer"); elsewhere it is a word of its own ("Staff Directory"
 * names none).
 */
const OFFICE_WORD = new RegExp(
  String.raw`(?:vorsitzende[rn]?|präsident(?:in|en)?|(?<!laut|für)sprecher(?:in)?|geschäftsführer(?:in)?|` +
    String.raw`direktor(?:in)?|(?<!halb|beg|ab)leiter(?:in)?|bischof|pfarrer(?:in)?|bürgermeister(?:in)?|` +
    String.raw`(?<!ad)minister(?:in)?|vorstand|sekretär(?:in)?|rektor(?:in)?|beauftragte[rn]?)(?!\p{L})|` +
    String.raw`(?<!\p{L})(?:president|présidente?|presidenta?|spokes(?:man|woman|person)|porte-parole|` +
    String.raw`portavoz|directora?|directeur|directrice|ministre|ministr[oa]|secretary|secrétaire|` +
    String.raw`secretari[oa]|rector|ceo|chair(?:man|woman|person)?|mayor|maire|alcalde(?:sa)?|bishop|dean)(?!\p{L})`,
  'iu',
);
/** A letter's closing greeting, not a name: "Herzliche Grüße" over "Ihre Bürgermeisterin". */
const CLOSING_GREETING =
  /(?<!\p{L})(?:grü(?:ß|ss)e|gruß|regards|sincerely|cordialement|salutations|saludos|saluti|cordiali)(?!\p{L})/iu;
/** Where two lines are cells, terms or a heading's, not a signature: a table of officials. */
const NOT_A_SIGNATURE_TAGS: ReadonlySet<string> = new Set([
  ...QUOTE_AND_FIGURE_TAGS,
  ...HEADING_TAGS,
  'dt',
  'dd',
  'td',
  'th',
]);

/** In one item of a list of several: the last of a list of officials, each over an office. */
function isInListOfMany(element: Element): boolean {
  const item = element.closest('li');
  return !!item && (item.parentElement?.children.length ?? 0) > 1;
}
/** A contact line, not an office: an e-mail address, a web address, a telephone number. */
const CONTACT_DETAIL = /@|https?:|www\.|\d{3}/;
/** An office line is a title or two, not a sentence. */
const MAX_OFFICE_CHARS = 100;
/** Elements a line of text ends at, besides `<br>`: those that end a paragraph, and a table's cells. */
const LINE_BLOCK_TAGS: ReadonlySet<string> = new Set([
  ...[...BLOCK_TAGS].map((tag) => tag.toLowerCase()),
  'td',
  'th',
]);

/** One line of text and the block it stands in. */
export interface Line {
  text: string;
  block: Element;
}

/**
 * The last `count` lines of text in `root`, last first: a line ends at a `<br>` or where the
 * block around the text changes. Read backward from the end, so a long body costs no more.
 */
function lastLinesOf(root: Element, count: number): Line[] {
  const lines: Line[] = [];
  const blockOf = (node: Node): Element => {
    let el = node.parentElement;
    while (el && el !== root && !LINE_BLOCK_TAGS.has(el.localName)) el = el.parentElement;
    return el ?? root;
  };
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  while (walker.lastChild());
  let current: Line | null = null;
  let isBroken = false;
  for (let node: Node | null = walker.currentNode; node && node !== root; node = walker.previousNode()) {
    if (node.nodeType === node.ELEMENT_NODE) {
      if ((node as Element).localName === 'br') isBroken = true;
      continue;
    }
    const data = (node as Text).data;
    const block = blockOf(node);
    // White space between two inline elements of a line ("<b>Anna</b> <b>Maria</b>") is the line's;
    // alone, it starts none.
    const isVisible = HAS_VISIBLE_CHARACTER.test(data);
    if (current && !isBroken && current.block === block) current.text = data + current.text;
    else if (isVisible) {
      if (current) lines.push(current);
      if (lines.length === count) return lines.map(folded);
      current = { text: data, block };
    }
    if (isVisible) isBroken = false;
  }
  if (current) lines.push(current);
  return lines.map(folded);
}

const folded = ({ text, block }: Line): Line => ({ text: text.replace(/\s+/g, ' ').trim(), block });

/**
 * The name signing a statement or a press release, over the office its signer holds: the body's
 * last two lines are a name alone and an office ("Kazım Türkmen" / "DITIB-Bundesvorsitzender"),
 * and nothing else stands in their block, one paragraph or a card holding the office's own block.
 * Not a contact block (a telephone number, an address), a sentence, a letter's greeting, a
 * table's cells, one of a list's several items, a heading, or a quotation's or a figure's lines
 * (a portrait's caption). The name line's text, or `null`; whether it names a person is the
 * caller's to read.
 */
export function signatureOverOfficeIn(content: Element): string | null {
  return signatureOverOffice(content)?.text ?? null;
}

/** The same signature's name line, with the block it stands in, or `null`. */
export function signatureOverOffice(content: Element): Line | null {
  const [office, name] = lastLinesOf(content, 2);
  if (!office || !name) return null;
  const isOffice =
    office.text.length <= MAX_OFFICE_CHARS &&
    OFFICE_WORD.test(office.text) &&
    !CONTACT_DETAIL.test(office.text) &&
    !/[.!?]$/.test(office.text);
  const isNameAlone =
    name.text.length <= MAX_SIGNATURE_CHARS &&
    NAME_SHAPE.test(name.text) &&
    !CLOSING_GREETING.test(name.text);
  const card = name.block;
  const holdsBoth = card === office.block || (card !== content && card.contains(office.block));
  const holdsOnlyThem = holdsBoth && withoutSpaces(textOf(card)) === withoutSpaces(name.text + office.text);
  // A press contact's card may be a list's one item (hd-ekiba).
  const standsFree =
    ![office.block, card].some((block) => isWithinTags(block, NOT_A_SIGNATURE_TAGS)) && !isInListOfMany(card);
  return isOffice && isNameAlone && holdsOnlyThem && standsFree ? name : null;
}

const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');

/**
 * The byline labels that may open a closing author line ("Autoren Jelko Djuren und Jutta Klaukien",
 * "Text: Jane Doe"): those of `BYLINE_PREFIX` that cannot start an ordinary sentence's last line
 * the way "de", "par" or "vom" can.
 */
const CLOSING_LINE_LABEL =
  /^(?:autor|author|auteur|autore|autrice|text|written|geschrieben|verfasst|by|von)/i;
/** An author line is a name or two, not a paragraph. */
const MAX_AUTHOR_LINE_CHARS = 80;

/**
 * The line that closes an article by naming its authors, with a label saying so ("Autor: Max
 * Muster", "Text: Jane Doe", "By Jane Doe"): the last block of the body, or the one before a last
 * line of its own (a picture credit, a "more on this" link), outside figures ("Von links: …" is a
 * caption). Its text, or `null`; whether it names a person is the caller's to read.
 */
export function closingAuthorLineIn(content: Element): string | null {
  let looked = 0;
  for (const block of elementsBackward(content, CLOSING_LINE_TAGS)) {
    if (looked === 2) break;
    // A wrapper around the last paragraph is read through it.
    if (block.querySelector('p, div')) continue;
    const text = textOf(block);
    if (!text) continue;
    looked++;
    if (text.length > MAX_AUTHOR_LINE_CHARS || isWithinTags(block, FIGURE_TAGS)) continue;
    const label = BYLINE_PREFIX.exec(text)?.[0];
    // The label is followed by a name, capitalised: not "Von links:", not "von Montag an".
    if (label && CLOSING_LINE_LABEL.test(label) && /^\p{Lu}/u.test(text.slice(label.length))) return text;
  }
  return null;
}

/** News agencies, as credited in parentheses, with a regional desk after a slash ("dpa/lno"). */
const AGENCY = String.raw`${AGENCY_NAME}(?:\s?\/\s?\p{L}{1,6})*`;
/** "Hamburg (dpa/lno) – Trotz …": the agency credited in a dateline that opens the body. */
const DATELINE_CREDIT = new RegExp(String.raw`^\p{Lu}[\p{L}.\- /]{1,40}?\s*\((${AGENCY})\)\s*[-–—:]`, 'iu');
/** "… jederzeit neu bilden. (FR mit dpa)": the agency credited at the end of the body. */
const CLOSING_CREDIT = new RegExp(
  String.raw`\(((?:[\p{L}.]{1,20}\s(?:mit|with|und|and|\/)\s?)?${AGENCY})\)\s*$`,
  'iu',
);

/**
 * The agency an article credits in its text when no byline names anyone: in the dateline opening
 * the body ("Hamburg (dpa/lno) –") or in parentheses closing it ("(FR mit dpa)").
 */
export function agencyCreditIn(content: Element): string[] {
  const texts = [...content.getElementsByTagName('p')].map((p) => textOf(p)).filter(Boolean);
  // The dateline opens one of the first paragraphs; the closing credit may have an editor's note
  // or a picture credit after it.
  const credit =
    texts
      .slice(0, 3)
      .map((t) => DATELINE_CREDIT.exec(t)?.[1])
      .find(Boolean) ??
    texts
      .slice(-4)
      .map((t) => CLOSING_CREDIT.exec(t)?.[1])
      .find(Boolean);
  return credit ? [credit.replace(/\s+/g, ' ')] : [];
}
