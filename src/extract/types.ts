/** Where a metadata value was found, most trusted first in `METADATA_SOURCES`. */
export type MetadataSource =
  'json-ld' | 'microdata' | 'opengraph' | 'meta' | 'time-element' | 'rel-author' | 'url' | 'page-text';

/** A publication or modification timestamp as the page states it. */
export interface ExtractedDate {
  /** ISO 8601: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm[:ss]` (local wall-clock) or with `Z`/`±HH:MM` when the page states an offset. */
  iso: string;
  /** The text or attribute value it was parsed from, as found. */
  raw: string;
  source: MetadataSource;
  /** Selector or property name that held it, for debugging and the eval table. */
  origin: string;
  hasTime: boolean;
  hasOffset: boolean;
}

/** The lead image of an article. */
export interface LeadImage {
  url: string;
  alt: string | null;
}

/** Why `detectArticle` decided what it did. */
export interface ArticleSignal {
  name: string;
  /** Positive votes for "article", negative against. */
  weight: number;
  detail?: string;
}

/** The verdict of the cheap on-load article check. */
export interface ArticleVerdict {
  isArticle: boolean;
  score: number;
  signals: ArticleSignal[];
}

/** Everything the reader and the library need from one article page. Absent is `null`. */
export interface ExtractedArticle {
  url: string;
  title: string | null;
  /**
   * Display string, e.g. "Jane Doe and John Roe"; when the page names no person, what it credits
   * instead (a newsroom, an agency or a user name: "Redaktion", "dpa/lno").
   */
  byline: string | null;
  /** Person names, deduplicated, without "By", organisations or links. */
  authors: string[];
  published: ExtractedDate | null;
  modified: ExtractedDate | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  leadImage: LeadImage | null;
  /** Sanitised article HTML (DOMPurify, `ARTICLE_SANITIZE_POLICY`). */
  contentHtml: string | null;
  /** Plain text of the body, paragraphs separated by blank lines. */
  text: string | null;
  wordCount: number;
  readingMinutes: number;
  isArticle: boolean;
}
