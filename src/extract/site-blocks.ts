// Blocks of the site's inside an article's body, which Readability keeps: links to other stories
// under a label or as teaser lines, runs of such links opening or closing the body, forms (a
// newsletter sign-up) with their box, lines such as picture credits, view counters, ad labels and
// sign-up prompts, and the author's biography closing the body.
import { elementsBackward, elementsForward } from './dom-order';
import { HAS_VISIBLE_CHARACTER, INVISIBLE_CHARACTERS, textOf } from './page-context';

/**
 * Words that open a label over other stories ("Lesen Sie auch", "Most Popular", "Te puede
 * interesar"), by language. Arabic is matched with its vowel marks taken out (`textForLabels`).
 */
const RELATED_LABEL_WORDS_BY_LANGUAGE: readonly string[] = [
  // English
  'other|more|latest|related|recommended|popular|most (?:popular|read)|trending|top|also|read|see|further|you (?:may|might)|next story|explore',
  // German, Dutch
  'weitere|mehr|lesen sie|auch|ähnliche|das könnte|diese artikel|meist(?:gelesen|diskutiert)|schon gelesen|lees ook|meer',
  // French, Spanish, Portuguese, Italian
  'autres|à lire|a lire|lire aussi|notre sélection|otras|más|noticias relacionadas|temas relacionados|te puede|le puede|también|lee también|seguir leyendo|veja também|leia também|leggi|altre',
  // Norwegian, Finnish, Indonesian, Russian, Arabic
  'siste saker|lue (?:myös|seuraavaksi)|baca juga|читайте также|[اإأ]قرأ [اأ]يضا',
];
const RELATED_LABEL_WORDS = String.raw`(?:${RELATED_LABEL_WORDS_BY_LANGUAGE.join('|')})(?!\p{L})`;
/** A label's text as the label words are written: Arabic without its vowel and hamza marks. */
const textForLabels = (text: string): string => text.replace(/[\u064B-\u065F\u0670]/g, '');
/** Headings that open a block of other stories rather than more of this one. */
export const RELATED_HEADING = new RegExp(String.raw`^${RELATED_LABEL_WORDS}.{0,40}$`, 'iu');
/** A line that links to another story after such a label: "Lesen Sie auch: …", "(Le puede interesar: …)". */
const RELATED_TEASER_LINE = new RegExp(String.raw`^\(?${RELATED_LABEL_WORDS}[^:»]{0,25}[:»]`, 'iu');
/** How a label or a teaser line starts, tested on an element's first words. */
const RELATED_LABEL_START = new RegExp(String.raw`^\(?${RELATED_LABEL_WORDS}`, 'iu');
/** Enough of an element's first words to hold the longest label words. */
const LEADING_TEXT_CHARS = 60;

/**
 * An element's first words as `textOf` would give them: its text nodes in order until there are
 * enough, so that a long paragraph is not read whole.
 */
function leadingText(element: Element): string {
  let text = '';
  for (let node: Node | null = element.firstChild; node && text.length < LEADING_TEXT_CHARS;) {
    if (node.nodeType === node.TEXT_NODE) text += (node as Text).data;
    if (node.firstChild && node.nodeType === node.ELEMENT_NODE) node = node.firstChild;
    else {
      while (node && node !== element && !node.nextSibling) node = node.parentNode;
      node = node && node !== element ? node.nextSibling : null;
    }
  }
  return text.replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trimStart();
}

/** A teaser line is a headline, not a paragraph. */
const RELATED_TEASER_MAX_CHARS = 300;
/** The same, before white space is collapsed: markup indents a short line's text. */
const RELATED_LINE_MAX_RAW_CHARS = 4 * RELATED_TEASER_MAX_CHARS;
/** A block of links to other stories (a list, a teaser) is short; a longer block is the article's. */
const RELATED_ITEMS_MAX_CHARS = 1500;

/** Text a form's box may add around it: a heading, a privacy note, a thank-you message. */
const FORM_BOX_EXTRA_CHARS = 200;

/**
 * Removes the forms in the body with the box around them: a newsletter sign-up or a consent box is
 * the site's, and the sanitiser, dropping their fields, would keep their labels and error messages
 * as text ("Bitte gib eine gültige E-Mail-Adresse ein."). A form holding half the body or more is
 * the page itself.
 */
export function removeForms(root: Element): void {
  const forms = root.querySelectorAll('form');
  if (forms.length === 0) return;
  const bodyChars = textOf(root).length;
  // `parentElement`, `parentNode` and `removeChild` are among the members a page that hides them is
  // refused for.
  for (const form of forms) {
    const formChars = textOf(form).length;
    if (formChars * 2 >= bodyChars) continue;
    let box: Element = form;
    for (let parent = box.parentElement; parent && parent !== root; parent = parent.parentElement) {
      const chars = textOf(parent).length;
      if (chars - formChars > FORM_BOX_EXTRA_CHARS || chars * 2 >= bodyChars) break;
      box = parent;
    }
    box.parentNode?.removeChild(box);
  }
}

/** A host's site, roughly: its last two labels ("www.spiegel.de" → "spiegel.de"). */
function siteOf(hostname: string): string {
  return hostname.split('.').slice(-2).join('.');
}

/** Links that point at a document or a contact, not at another story. */
const NOT_A_STORY_LINK = /\.(?:pdf|docx?|xlsx?|pptx?|zip)(?:[?#]|$)/i;

/**
 * The share of an element's text that links to other pages of the same site: other stories.
 * Sources elsewhere, documents and anchors into the page itself are the article's own references.
 */
function storyLinkShare(element: Element, text: string, page: URL): number {
  if (!text) return 0;
  const site = siteOf(page.hostname);
  let linkChars = 0;
  for (const link of element.querySelectorAll('a[href]')) {
    let target: URL;
    try {
      target = new URL(link.getAttribute('href') ?? '');
    } catch {
      continue;
    }
    if (!/^https?:$/.test(target.protocol) || siteOf(target.hostname) !== site) continue;
    if (NOT_A_STORY_LINK.test(target.pathname) || target.pathname === page.pathname) continue;
    linkChars += textOf(link).length;
  }
  return linkChars / text.length;
}

/** A block of links to other stories under a label: a list, or a line that is mostly a link. */
function isRelatedItems(block: Element, page: URL): boolean {
  // A picture with a linked credit is the article's, not a teaser.
  if (block.localName === 'figure' || block.querySelector('figure, figcaption')) return false;
  const text = textOf(block);
  return text.length <= RELATED_ITEMS_MAX_CHARS && storyLinkShare(block, text, page) >= 0.6;
}

/** Removes the blocks of links that follow a label, up to the first other block or text; how many went. */
function removeRelatedItemsAfter(label: Element, page: URL): number {
  let removed = 0;
  for (let next = label.nextSibling; next;) {
    const after = next.nextSibling;
    const isElement = next.nodeType === next.ELEMENT_NODE;
    // An empty line between the label and its links is passed over; words after the label are a
    // sentence it opens ("<b>Top</b> officials told …").
    if (
      !HAS_VISIBLE_CHARACTER.test(next.textContent ?? '') &&
      !(isElement && (next as Element).querySelector('img'))
    ) {
      next = after;
      continue;
    }
    if (!isElement || !isRelatedItems(next as Element, page)) break;
    next.parentNode?.removeChild(next);
    removed++;
    next = after;
  }
  return removed;
}

/**
 * Removes links to other stories: a label ("Lesen Sie auch:", "Mehr zu diesem Thema", "Most
 * Popular") with the link blocks under it, as a list or a run of one-link lines, and a teaser line
 * that is its own label ("Te puede interesar: <a>…</a>"). A label followed by anything else is a
 * subheading that happens to start the same way ("More than a bridge") and stays.
 */
export function removeRelatedStories(root: Element, page: URL): void {
  for (const element of root.querySelectorAll('h2, h3, h4, h5, h6, p, li, strong, b')) {
    // Most blocks are told apart by their first words, without building their whole text; a
    // paragraph of the article is longer than any label or teaser line.
    if (!RELATED_LABEL_START.test(textForLabels(leadingText(element)))) continue;
    if ((element.textContent?.length ?? 0) > RELATED_LINE_MAX_RAW_CHARS || !root.contains(element)) continue;
    const text = textOf(element);
    // A heading is the article's own, even when it links to itself (a live blog's entry titles).
    if (
      !/^h[2-6]$/.test(element.localName) &&
      text.length <= RELATED_TEASER_MAX_CHARS &&
      RELATED_TEASER_LINE.test(textForLabels(text)) &&
      text.length > text.indexOf(':') + 1 &&
      storyLinkShare(element, text, page) >= 0.5
    ) {
      element.parentNode?.removeChild(element);
      continue;
    }
    if (!RELATED_HEADING.test(textForLabels(text)) || /[.!?]$/.test(text)) continue;
    // The label is the whole text of its block, read through the wrappers that hold only it
    // (`<p><strong>Lesen Sie auch:</strong></p>`); the links follow that block.
    let label: Element = element;
    while (label.parentElement && label.parentElement !== root && textOf(label.parentElement) === text)
      label = label.parentElement;
    if ((label.localName === 'strong' || label.localName === 'b') && label.parentElement !== root) continue;
    if (removeRelatedItemsAfter(label, page) > 0) label.parentNode?.removeChild(label);
  }
}

/**
 * A line that only credits a picture: "Foto: sidm / DW", "© Foto: Skoda", "Titelbild: Geyres
 * Christophe/ABACA", "Photo Source: Markus Spiske from Pexels.", or a stock agency alone
 * ("Shutterstock", "MANDEL NGAN/Getty Images"). News agencies alone ("dpa") are left: on some
 * pages they are the byline.
 */
const PICTURE_CREDIT_LINE = new RegExp(
  [
    String.raw`^(?:\|\s*)?\(?(?:©|\(c\)|copyright:)\s*.{1,120}\)?$`,
    String.raw`^\(?(?:foto|fotos|photo|photos|bild|bilder|bild ?\d+|image|images|credit|credits|crédito|bildquelle|bildnachweis|bildcredit|titelbild|beitragsbild|aufmacherbild|rubriklistenbild|symbolbild|symbolgrafik|illustrationen?|photo source|фото)(?: \d+ von \d+)?\s*(?::|©|by(?!\p{L})|von(?!\p{L})|via(?!\p{L})|\(cc\)\s*:)\s*.{1,150}\)?$`,
    String.raw`^(?=[^.!?"“”„«»]{2,70}$)(?:[^/]{1,40}/\s?)?(?:shutterstock|getty ?images|istock|imago|picture[ -]alliance|unsplash|pexels|pixabay|adobe ?stock|fotolia|depositphotos)(?:\.com)?(?:\s?/[^/]{1,40})?\)?$`,
  ].join('|'),
  'iu',
);
/** A counter or a rating widget's line: "Post Views: 1.432", "(95 Stimmen: 4,73 von 5)", "Loading...". */
const COUNTER_LINE =
  /^(?:post views:?\s*[\d.,]+|\(?visited [\d,.]+ times?.{0,40}\)?|aufrufe:?\s*[\d.,]+|rating:\s*[\d.,]+\/\d+.{0,40}|\(?[\d.,]+ (?:stimmen|votes?|bewertungen)(?!\p{L}).{0,40}|rate this (?:post|article)|\(?rate me\?.{0,40}|war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\??|fandest du (?:den|diesen) (?:artikel|beitrag) hilfreich\??|gefällt dir (?:dieser|der) (?:beitrag|artikel)\??|vielen dank für deine stimme!?|loading\s*(?:\.\.\.|…)?)$/iu;
/**
 * A label of the site's alone on its line: an ad's ("Anzeige", "Advertisement", "Publicidad") or a
 * share bar's ("Share", "Artikel teilen"), whose buttons the sanitiser drops.
 */
const WIDGET_LABEL_LINE =
  /^[-–—|\s]*(?:anzeige|werbung|advertisement|advertising|publicidad|publicité|pubblicità|reklame|sponsored|gesponsert|share|teilen|partager|compartir|condividi|share this(?: article| story| post| page)?|(?:diesen )?(?:artikel|beitrag) teilen|jetzt teilen)\s*:?[-–—|\s]*$/iu;
/**
 * A prompt to sign up, alone on its line: "SIGN UP FOR OUR NEWSLETTER", "Sign Up Now", "Subscribe &
 * save". A sentence ("Sign up for a free account on the city website.") is advice or news.
 */
const SIGN_UP_LINE = /^(?:sign up|subscribe|jetzt abonnieren|newsletter abonnieren)(?!\p{L})[^.]{0,60}$/iu;
/**
 * How a prompt reads, not news: it offers a newsletter, shouts like a button, or is a button's few
 * words ("Sign up for our charity run by Friday" is news).
 */
const isSignUpPrompt = (text: string): boolean =>
  /newsletter|abonnieren/iu.test(text) || text === text.toUpperCase() || text.split(/\s+/).length <= 3;
/** Credits and counters are short; a longer line is the article's. */
const SITE_LINE_MAX_CHARS = 200;

/**
 * Whether a whole line is one of the site's: a credit, a counter, an ad's or a share bar's label, a
 * sign-up prompt. A list's item may be a credit or a counter, but an item "Advertising", "Share"
 * or "Sign up" is one of the list's words (the steps of a how-to, a council's revenues).
 */
function isSiteLine(text: string, block: Element): boolean {
  if (PICTURE_CREDIT_LINE.test(text) || COUNTER_LINE.test(text)) return true;
  if (block.localName === 'li') return false;
  return WIDGET_LABEL_LINE.test(text) || (SIGN_UP_LINE.test(text) && isSignUpPrompt(text));
}

/**
 * Removes the lines anywhere in the body that only credit a picture, count views and votes, label an
 * ad or a share bar, or prompt to sign up. A picture beside them stays.
 */
export function removeSiteLines(root: Element): void {
  for (const block of root.querySelectorAll('p, figcaption, li, h6')) {
    if ((block.textContent?.length ?? 0) > 2 * SITE_LINE_MAX_CHARS || block.querySelector('p, li, img'))
      continue;
    const text = textOf(block);
    if (!text || text.length > SITE_LINE_MAX_CHARS) continue;
    if (isSiteLine(text, block)) block.parentNode?.removeChild(block);
  }
}

/** Blocks that hold one line of a run of links: an item, a paragraph, a teaser's headline. */
const LINK_LINE_TAGS: ReadonlySet<string> = new Set(['p', 'li', 'dt', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** The same blocks opening the body: a headline there is more likely the article's own. */
const OPENING_LINK_LINE_TAGS: ReadonlySet<string> = new Set(['p', 'li', 'dt', 'dd']);
const LINK_LINE_SELECTOR = [...LINK_LINE_TAGS].join(', ');
/** A link line is a headline, a tag or a menu item, not a paragraph. */
const LINK_LINE_MAX_CHARS = 200;
/** Two lines make a run: one link alone may be the article's own closing reference. */
const LINK_RUN_MIN_LINES = 2;
/**
 * A longer run is a page of links (a sitemap, an archive) more than a site's box beside an
 * article; it stays, and reading stops there on a page with thousands of them.
 */
const LINK_RUN_MAX_LINES = 100;

/** Characters a reader sees in a node's text. */
const visibleCharacters = (node: Node): number =>
  (node.textContent ?? '').replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, '').length;

/**
 * How many characters a reader sees between `element` and `boundary` (a later element of `root`
 * when `forward`, an earlier one otherwise), or between `element` and the end or the start of
 * `root`; counted up to `limit` and one more. A walk over the siblings between, not a DOM range:
 * jsdom finds a range's nodes by their index among their siblings, which made a list of 8,000 items
 * take minutes.
 */
export function visibleCharactersBeside(
  element: Element,
  root: Element,
  forward: boolean,
  boundary: Element | null,
  limit: number,
): number {
  const next = (node: Node): Node | null => (forward ? node.nextSibling : node.previousSibling);
  const first = (node: Node): Node | null => (forward ? node.firstChild : node.lastChild);
  // The node after `from`'s subtree (or before it), climbing out of its wrappers.
  const advance = (from: Node): Node | null => {
    for (let n: Node | null = from; n && n !== root; n = n.parentNode) {
      const sibling = next(n);
      if (sibling) return sibling;
    }
    return null;
  };
  let count = 0;
  let node = advance(element);
  while (node && node !== boundary) {
    if (boundary && node.nodeType === node.ELEMENT_NODE && node.contains(boundary)) {
      node = first(node);
      continue;
    }
    // Comments hold text nobody sees.
    if (node.nodeType === node.ELEMENT_NODE || node.nodeType === node.TEXT_NODE) {
      count += visibleCharacters(node);
      if (count > limit) return count;
    }
    node = advance(node);
  }
  return count;
}

/**
 * A short block whose text is mostly links to other pages of the site, and not a sentence that
 * links its words ("<a>The council approved the funding</a>.") or a picture's caption.
 */
function isLinkLine(block: Element, page: URL): boolean {
  if (block.querySelector('figure, figcaption')) return false;
  const text = textOf(block);
  if (text.length > LINK_LINE_MAX_CHARS || storyLinkShare(block, text, page) < 0.8) return false;
  const links = block.querySelectorAll('a[href]');
  const lastLink = links[links.length - 1];
  return !/[.!?]$/.test(text) || (lastLink !== undefined && /[.!?]$/.test(textOf(lastLink)));
}

/**
 * A run's label ("Top-15", "Meistgelesen", "Temas"): a short line without a link, not a sentence
 * and not a line that introduces what follows ("The most-read stories of 2018:"), which is the
 * article's.
 */
function isRunLabel(line: Element): boolean {
  const text = textOf(line);
  return text.length <= RUN_LABEL_MAX_CHARS && !/[.!?:]$/.test(text) && !line.querySelector('a[href]');
}
/** A run's label is a few words. */
const RUN_LABEL_MAX_CHARS = 60;
/** A label may have a sublabel; more lines without links in a row are the article's. */
const MAX_LABELS_IN_A_ROW = 2;

/**
 * The run of link lines at one edge of the body, nearest the edge first: lines read from the edge
 * inwards until one is not a link line, each taken only if no text stands between it and the line
 * taken before (or the edge): text outside any block, a quote's words. At the end, a sidebar kept
 * whole stacks several lists, each under its label: a label goes with the two or more lines under
 * it, and the run reads on.
 */
function linkRunAtEdge(root: Element, page: URL, atEnd: boolean): Element[] {
  const run: Element[] = [];
  let linesUnderLabel = 0;
  let labelsInARow = 0;
  const lines = atEnd
    ? elementsBackward(root, LINK_LINE_TAGS)
    : elementsForward(root, OPENING_LINK_LINE_TAGS);
  for (const line of lines) {
    if (!HAS_VISIBLE_CHARACTER.test(line.textContent ?? '')) continue;
    // A wrapper's lines are judged one by one (text of its own between them stops the run).
    if (line.querySelector(LINK_LINE_SELECTOR)) continue;
    if (visibleCharactersBeside(line, root, atEnd, run[run.length - 1] ?? null, 0) > 0) break;
    if (isLinkLine(line, page)) {
      linesUnderLabel++;
      labelsInARow = 0;
    } else if (
      atEnd &&
      (linesUnderLabel >= LINK_RUN_MIN_LINES || (labelsInARow > 0 && labelsInARow < MAX_LABELS_IN_A_ROW)) &&
      isRunLabel(line)
    ) {
      // A heading and its subheading ("Top-15", "meist-gelesen") label the same list.
      linesUnderLabel = 0;
      labelsInARow++;
    } else {
      // A list the article introduces ("The most-read stories of 2018:") is the article's.
      if (atEnd && /:$/.test(textOf(line))) return [];
      break;
    }
    run.push(line);
    if (run.length > LINK_RUN_MAX_LINES) return [];
  }
  // Lines above the last label read that are too few for a run of their own stay.
  return linesUnderLabel < LINK_RUN_MIN_LINES ? run.slice(0, run.length - linesUnderLabel) : run;
}

/**
 * Removes a run of two or more lines at the body's start or end that are each mostly links to other
 * pages of the site: breadcrumbs and menus above the article; under it, tag lists and headlines of
 * other stories, with the short labels over them that name no related stories ("Top-15"). Links to
 * other sites, documents and anchors in the page are the article's and stop a run; a run that
 * would leave less text than it takes (a list page) stays.
 */
export function removeLinkRunsAtEdges(root: Element, page: URL): void {
  for (const atEnd of [true, false]) {
    const run = linkRunAtEdge(root, page, atEnd);
    if (run.length < LINK_RUN_MIN_LINES) continue;
    const runCharacters = run.reduce((sum, line) => sum + visibleCharacters(line), 0);
    if (visibleCharacters(root) - runCharacters <= runCharacters) continue;
    const parents = new Set<Element>();
    for (const line of run) {
      if (line.parentElement) parents.add(line.parentElement);
      line.parentNode?.removeChild(line);
    }
    // A list or a box the run leaves empty goes with it.
    for (let parent of parents) {
      while (
        parent !== root &&
        root.contains(parent) &&
        !HAS_VISIBLE_CHARACTER.test(parent.textContent ?? '') &&
        !parent.querySelector('img')
      ) {
        const above: Element | null = parent.parentElement;
        parent.parentNode?.removeChild(parent);
        if (!above) break;
        parent = above;
      }
    }
  }
}

/** The heading over the author's biography ("About the author", "Über den Autor"). */
const AUTHOR_BIO_HEADING =
  /^(?:about the authors?|über (?:den|die) (?:autor|autorin|autoren|verfasser|verfasserin)|zum autor|zur autorin|sobre (?:el|la) autora?|à propos de l'auteur|a propos de l'auteur|l'autore)\s*:?$/iu;
/** A biography is a few lines; more after such a heading is the article's. */
const AUTHOR_BIO_MAX_CHARS = 800;
/** The blocks a biography's heading stands in. */
const BIO_HEADING_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
]);
/** How many blocks with text at the body's end are read for the heading. */
const BIO_BLOCKS_READ = 40;
/** A heading's text as written, indentation and all, is short. */
const BIO_HEADING_MAX_RAW_CHARS = 120;

/**
 * Removes the author's biography closing the body: its heading and the few lines after it, with the
 * author's picture. Nothing goes unless the heading is a line of its own (not words in a sentence),
 * no other heading follows it (a review's verdict after the biography is the article's), it stands
 * within the body's last 800 characters, and the article before it is at least twice as long.
 */
export function removeAuthorBio(root: Element): void {
  let blocksRead = 0;
  for (const element of elementsBackward(root, BIO_HEADING_TAGS)) {
    const raw = element.textContent ?? '';
    if (!HAS_VISIBLE_CHARACTER.test(raw)) continue;
    if (++blocksRead > BIO_BLOCKS_READ) return;
    // Most blocks are told apart by their length and words before any text after them is counted.
    if (raw.length > BIO_HEADING_MAX_RAW_CHARS) continue;
    const text = textOf(element);
    if (!AUTHOR_BIO_HEADING.test(text)) continue;
    const after = visibleCharactersBeside(element, root, true, null, AUTHOR_BIO_MAX_CHARS);
    if (after > AUTHOR_BIO_MAX_CHARS) return;
    // The heading's line: the wrappers that hold only it.
    let heading: Element = element;
    while (heading.parentElement && heading.parentElement !== root && textOf(heading.parentElement) === text)
      heading = heading.parentElement;
    if (heading.localName === 'strong' || heading.localName === 'b') return;
    const following: Node[] = [];
    for (let node: Node | null = heading; node && node !== root; node = node.parentNode)
      for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) following.push(sibling);
    // A heading of the biography's rank or above opens another section; one below it is the
    // biography's own (the author's name as an `<h5>` under "About the Author" in an `<h4>`).
    const rank = Number(/^h([1-6])$/.exec(heading.localName)?.[1] ?? 6);
    const sectionHeadings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].slice(0, rank).join(', ');
    const isHeading = (node: Node): boolean =>
      node.nodeType === node.ELEMENT_NODE &&
      ((node as Element).matches(sectionHeadings) ||
        (node as Element).querySelector(sectionHeadings) !== null);
    if (after === 0 || following.some(isHeading)) return;
    if (visibleCharactersBeside(heading, root, false, null, 2 * after) < 2 * after) return;
    for (const node of following) node.parentNode?.removeChild(node);
    heading.parentNode?.removeChild(heading);
    return;
  }
}
