import type { ExtractedDate } from './types';
import { isWithinTags, textNodesOfBody } from './dom-order';
import { describe, MAX_DATE_TEXT_CHARS, NON_TEXT_OR_HEAD } from './read-date-element';
import { isInForeignContainer } from './is-in-foreign-container';
import { textOf } from './page-context';
import { HAS_DIGIT, parseTextDate } from './parse-date';

/** Words that state a publication date outright, in the languages we read. */
const PUBLICATION_PHRASE =
  /(?<!\p{L})(?:veröffentlicht|erschienen|publiziert|veröffentlichung|erscheinungsdatum|(?:artikel|beitrag|eintrag) wurde am|published|publication date|publié|date de publication|mise en ligne|publicado|fecha de publicación|pubblicato|gepubliceerd)(?!\p{L})/iu;
/** How many text nodes of a page to read for such a statement: every one of an ordinary page. */
const MAX_TEXT_NODES_STATED = 5000;

/**
 * A date the page states in words to be its publication date, wherever it prints it (often in a
 * footer under the body): "Erschienen am: 01.11.2023", "Veröffentlicht am 16.08.2019", "Dieser
 * Beitrag wurde am Samstag, 3. Dezember 2011 veröffentlicht". Comments, navigation and asides are skipped.
 */
export function findStatedPublicationDate(doc: Document, lang: string | null): ExtractedDate | null {
  for (const node of textNodesOfBody(doc, MAX_TEXT_NODES_STATED)) {
    const value = node.nodeValue ?? '';
    if (value.length < 8 || !PUBLICATION_PHRASE.test(value)) continue;
    const parent = node.parentElement;
    if (!parent || isWithinTags(parent, NON_TEXT_OR_HEAD) || isInForeignContainer(parent, null)) continue;
    // The date may sit in the same text or in a sibling element of the same short line.
    let line = textOf(parent);
    // A label with its date in the next element: "<p>Mise en ligne</p><p>23 mai 2019</p>".
    if (!HAS_DIGIT.test(line) && parent.nextElementSibling) line += ` ${textOf(parent.nextElementSibling)}`;
    const text = line.length <= MAX_DATE_TEXT_CHARS * 2 ? line : value.replace(/\s+/g, ' ').trim();
    const at = PUBLICATION_PHRASE.exec(text)?.index ?? 0;
    // The date after the words ("Erschienen am: 01.11.2023", past a "Letzte Änderung: …" before
    // them), else before them ("wurde am 3. Dezember 2011 veröffentlicht").
    const after = text.slice(at, at + MAX_DATE_TEXT_CHARS);
    const before = text.slice(Math.max(0, at - MAX_DATE_TEXT_CHARS), at);
    for (const part of [after, before]) {
      const parsed = HAS_DIGIT.test(part) ? parseTextDate(part, lang) : null;
      if (parsed) return { ...parsed, raw: part.trim(), source: 'page-text', origin: describe(parent) };
    }
  }
  return null;
}
