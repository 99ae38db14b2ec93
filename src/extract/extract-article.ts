import type { ExtractedArticle } from './types';
/** Placeholder. */
export function extractArticle(doc: Document, url: string): ExtractedArticle {
  void doc;
  throw new Error(`not yet: ${url}`);
}
