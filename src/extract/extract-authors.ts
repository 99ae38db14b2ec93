import type { MetadataSource } from './types';
import type { BodyFound } from './extract-body';
import { agencyCreditIn, closingAuthorLineIn, signatureIn, signatureOverOfficeIn } from './byline-in-body';
import {
  agencyCreditUnderHeadline,
  authorLabelLine,
  namesAboveHeadline,
  namesFromBylineText,
  namesFromPage,
  namesFromProfileLinkUnderHeadline,
  namesFromPostAuthor,
  type BylineReader,
} from './byline-on-page';
import type { PageContext } from './page-context';
import { followReference, typesOf, type JsonLdNode } from './read-json-ld';
import { creditOf, formatByline, givenNameFirst, splitByline } from './split-byline';
import { registeredLabel } from './site-name-in-title';
import { escapeRegExp } from './escape-reg-exp';

/** The article's authors and where they were found. */
export interface AuthorsFound {
  authors: string[];
  byline: string | null;
  source: MetadataSource | null;
}

const AUTHOR_META_KEYS = [
  'author',
  'article:author',
  'og:article:author',
  'article:author_name',
  'parsely-author',
  'sailthru.author',
  'shareaholic:article_author_name',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'cxenseparse:author',
  'citation_author',
];

/** Meta tags that give one person per tag, surname first ("Jong, Michiel de"). */
const SURNAME_FIRST_KEYS: ReadonlySet<string> = new Set(['dc.creator', 'dcterms.creator', 'citation_author']);

/**
 * Yoast SEO's card labels, localised, that mark `twitter:dataN` as the author ("Written by",
 * "Verfasst von"): many WordPress sites state their author nowhere else in metadata.
 */
const WRITTEN_BY_LABEL =
  /^(?:written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da|geschreven door|napisane przez|skrevet af|skrevet av|skriven av)$/i;

/** The author that a Yoast card names, or none. */
function cardAuthor(meta: PageContext['meta']): readonly string[] {
  for (let n = 1; n <= 4; n++) {
    if (WRITTEN_BY_LABEL.test(meta.get(`twitter:label${n}`)?.[0]?.trim() ?? '')) {
      return meta.get(`twitter:data${n}`) ?? [];
    }
  }
  return [];
}

const readCredit: BylineReader = (text, fromMetadata) => {
  const credit = creditOf(text, fromMetadata);
  return credit ? [credit] : [];
};

/**
 * A reader of person names that takes the site itself for no person: metadata that names the
 * publisher as author ("Deutsche Welle (www.dw.com)", "DW.COM") passes on to the page's byline.
 */
function personReader(page: PageContext, siteName: string | null): BylineReader {
  const host = page.url.hostname.replace(/^www\./, '').toLowerCase();
  const site = siteName?.toLowerCase() ?? null;
  // The name the site registered: "automobilwoche" of automobilwoche.de, "dailyrecord" of
  // dailyrecord.co.uk, "ndr" of blog.ndr.de; not a subdomain ("jane" of jane.blog.test is a user's).
  // As written: a hyphenated one is as often a person's (moritz-meyer.net, whose author is
  // "MoritzMeyer") as a publication's, and never equals one word folded.
  const registered = registeredLabel(page.url.hostname)?.[0] ?? null;
  const fold = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  // "unocero - Alberto Ávila", "Jane Doe | Zeitung": the site's name beside the writer's.
  const escaped = siteName ? escapeRegExp(siteName) : null;
  const siteBeside = escaped
    ? new RegExp(`^\\s*${escaped}\\s*[-–—|:]\\s+|\\s+[-–—|]\\s*${escaped}\\s*$`, 'i')
    : null;
  return (text, fromMetadata) => {
    // Only metadata names the site as author; on the page, "jane@janedoe.test" is the writer's own.
    const lower = text.toLowerCase().replace(/\S+@\S+/g, '');
    if (fromMetadata && ((host.includes('.') && lower.includes(host)) || lower.trim() === site)) return [];
    // One word in metadata that is the site's own name ("Automobilwoche" on automobilwoche.de,
    // "Ukrinform") is the publication credited, not a user name.
    const word = text.trim();
    if (fromMetadata && !/\s/.test(word) && (fold(word) === registered || fold(word) === fold(site ?? '')))
      return [];
    // "Global Voices Latin America" on globalvoices.org: the site's name in two words or more, and
    // two words or more after it, is one of its own desks, not a person ("ukrinformer", one word,
    // is a user's name; "Juan Carlos Ruiz" on juancarlos.test is Juan Carlos's).
    const isSitesDesk = (name: string): boolean => {
      const words = name.split(' ');
      return words.some(
        (_, k) => k >= 2 && words.length - k >= 2 && fold(words.slice(0, k).join('')) === registered,
      );
    };
    return splitByline(siteBeside ? text.replace(siteBeside, '') : text, fromMetadata).filter(
      (name) => !isSitesDesk(name),
    );
  };
}

/** Names in the first author meta tag that gives any, else in a Yoast card's "Written by". */
function namesFromMeta(meta: PageContext['meta'], read: BylineReader): string[] {
  for (const key of AUTHOR_META_KEYS) {
    const values = meta.get(key) ?? [];
    const names = (SURNAME_FIRST_KEYS.has(key) ? values.map(givenNameFirst) : values).flatMap((v) =>
      read(v, true),
    );
    if (names.length > 0) return names;
  }
  return cardAuthor(meta).flatMap((v) => read(v, true));
}

function namesFromJsonLd(
  value: unknown,
  byId: ReadonlyMap<string, JsonLdNode>,
  read: BylineReader,
  depth = 0,
): string[] {
  if (depth > 3 || value === null || value === undefined) return [];
  if (typeof value === 'string') return read(value, true);
  if (Array.isArray(value)) return value.flatMap((v) => namesFromJsonLd(v, byId, read, depth + 1));
  if (typeof value !== 'object') return [];
  const node = followReference(value as JsonLdNode, byId);
  const types = typesOf(node);
  // An organisation is credited, never named as a person.
  if (read !== readCredit && types.some((t) => t !== 'person')) return [];
  const name = node.name;
  if (typeof name === 'string') {
    // A person's full name from the biography, if it reads as a name at all ("Anna Redakteurin" does not).
    const full = read !== readCredit ? fullNameOpening(name, node.description) : null;
    const names = full ? read(full, true) : [];
    return names.length > 0 ? names : read(name, true);
  }
  if (typeof node.givenName === 'string' && typeof node.familyName === 'string') {
    return splitByline(`${node.givenName} ${node.familyName}`, true);
  }
  return [];
}

/**
 * What follows a name opening a biography: a spaced dash, a bracket or "is" ("Jane Doe - Reporterin",
 * "Jane Doe (42)", "Jane Doe ist …"). Not a comma: "Anna Bergführerin, Fotografin" opens with a role.
 */
const AFTER_NAME_IN_BIO = String.raw`(?=\s+[-–—]\s|\s*\(|\s+(?:ist|is|est|es|è|war|was)(?![\p{L}\p{N}]))`;

/**
 * The full name a one-word display name stands for, where the person's biography opens with it
 * (WordPress shows "Stefanus"; Yoast's Person says "Stefanus Stahl - Maschinenbauer, …"), else `null`.
 */
function fullNameOpening(name: string, description: unknown): string | null {
  const given = name.trim();
  if (typeof description !== 'string' || !given || /\s/.test(given)) return null;
  const opening = new RegExp(
    String.raw`^\s*${escapeRegExp(given)}(\s+\p{Lu}[\p{L}'’-]+)${AFTER_NAME_IN_BIO}`,
    'u',
  );
  const surname = opening.exec(description)?.[1];
  return surname ? `${given} ${surname.trim()}` : null;
}

/**
 * Finds the article's authors, trusting JSON-LD, then meta tags, then a "By …" line and the byline
 * element nearest the headline, then Readability's byline, then a signature or a labelled author
 * line ("Autor: …") closing the body.
 * @param headline the element holding the headline, if the page shows one
 * @param body what Readability found, with its byline, if it found an article body
 * @param siteName the site's name; metadata that gives it as the author names no person
 */
export function extractAuthors(
  page: PageContext,
  headline: Element | null,
  body: BodyFound | null,
  siteName: string | null,
): AuthorsFound {
  const { jsonLd, meta, doc } = page;
  const readabilityByline = body?.byline ?? null;
  let labelledLine: string | undefined;
  const attempts = (read: BylineReader): [MetadataSource, () => string[]][] => [
    ['json-ld', () => namesFromJsonLd(jsonLd.article?.author ?? jsonLd.article?.creator, jsonLd.byId, read)],
    ['json-ld', () => namesFromJsonLd(jsonLd.page?.author, jsonLd.byId, read)],
    ['meta', () => namesFromMeta(meta, read)],
    ['page-text', () => namesFromBylineText(doc, headline, read)],
    // The links a byline element holds name people, not a newsroom to credit.
    ['page-text', () => namesFromPage(page.scan.bylineElements, headline, read, read !== readCredit)],
    ['page-text', () => namesAboveHeadline(doc, headline, read)],
    [
      'page-text',
      () => (readabilityByline ? namesInReadabilityByline(readabilityByline, siteName, read) : []),
    ],
    // Bold closing lines that are not names ("Mehr zum Thema") are common: a signature must name a person.
    ['page-text', () => (read !== readCredit && body ? namesInLine(signatureIn(body.content), read) : [])],
    [
      'page-text',
      () => (read !== readCredit && body ? namesInLine(closingAuthorLineIn(body.content), read) : []),
    ],
    [
      'page-text',
      () => (read !== readCredit && body ? namesInLine(signatureOverOfficeIn(body.content), read) : []),
    ],
    ['page-text', () => (read === readCredit ? agencyCreditUnderHeadline(doc, headline) : [])],
    ['page-text', () => (read === readCredit && body ? agencyCreditIn(body.content) : [])],
    // After the body's own closing lines: a link to someone's page is weaker evidence than a signature.
    ['page-text', () => (read !== readCredit ? namesFromProfileLinkUnderHeadline(doc, headline, read) : [])],
    ['page-text', () => namesFromPostAuthor(page.scan.dataAuthorElements, headline, read)],
    // Read once for names and again for a credit: it walks the whole page.
    ['page-text', () => namesInLine((labelledLine ??= authorLabelLine(doc, headline) ?? ''), read)],
  ];
  const readPerson = personReader(page, siteName);
  for (const [source, attempt] of attempts(readPerson)) {
    let names = dedupe(attempt());
    if (names.length === 0) continue;
    if (source === 'json-ld') {
      // CMSs often put only the first of several authors into JSON-LD; the author meta tag lists all.
      const inMeta = dedupe(namesFromMeta(meta, readPerson));
      const isIn = (list: string[]) => (name: string) =>
        list.some((m) => m.toLowerCase() === name.toLowerCase());
      // A one-word extra is as likely a place or a desk ("Jane Doe, Washington") as a person.
      const extras = inMeta.filter((m) => !isIn(names)(m));
      if (extras.length > 0 && names.every(isIn(inMeta)) && extras.every((m) => m.includes(' ')))
        names = inMeta;
    }
    if (source !== 'page-text') {
      // Only names the byline prints: its links' may be a photographer's or an editor's.
      const shown = dedupe(namesFromPage(page.scan.bylineElements, headline, readPerson, false));
      const isShown = (name: string) => shown.some((s) => s.toLowerCase() === name.toLowerCase());
      // Metadata that gives a user name ("arianschlichenmayer") where the byline prints the full
      // name, or only the post's author where the byline names a co-author too.
      if (shown.length === names.length && names.every((n, i) => isSameUser(n, shown[i]!))) names = shown;
      else if (shown.length > names.length && names.every(isShown)) names = shown;
    }
    return { authors: names, byline: formatByline(names), source };
  }
  // No person is named: the byline is what the page credits instead, a newsroom, an agency or a
  // user name ("Redaktion", "dpa/lno", "c1ph4"), and `authors` stays empty.
  for (const [source, attempt] of attempts(readCredit)) {
    const credits = dedupe(attempt());
    if (credits.length > 0) return { authors: [], byline: credits.join(', '), source };
  }
  return { authors: [], byline: null, source: null };
}

/**
 * Names in Readability's byline, which is the page's author metadata when there is any. Where that
 * is the site's name, it names a person only on a site named after one ("Haki Benita"), not a
 * site's name of several parts ("Agency | News of the World | YJC").
 */
function namesInReadabilityByline(byline: string, siteName: string | null, read: BylineReader): string[] {
  const names = read(byline, false);
  const isSiteName = byline.trim().toLowerCase() === siteName?.trim().toLowerCase();
  return isSiteName && names.length > 1 ? [] : names;
}

const namesInLine = (line: string | null, read: BylineReader): string[] => (line ? read(line, false) : []);

/** Whether a user name is the full name written together: "arianschlichenmayer", "Arian Schlichenmayer". */
function isSameUser(userName: string, fullName: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');
  return fullName.includes(' ') && fold(userName) === fold(fullName);
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
