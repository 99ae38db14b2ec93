export { detectArticle } from './detect-article';
export { extractArticle } from './extract-article';
export type * from './types';
