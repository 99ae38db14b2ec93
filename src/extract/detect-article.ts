import type { ArticleVerdict } from './types';
/** Placeholder. */
export function detectArticle(doc: Document, url: string): ArticleVerdict {
  void url;
  return { isArticle: doc.querySelector('h1') !== null, score: 0, signals: [] };
}
