import { tagKey } from '../clip';
import { foldText } from './fold-text';
import type { ClipSummary } from './schema';

/** One page of search results. */
export interface SearchPage {
  items: ClipSummary[];
  /** There are more matches after these. */
  more: boolean;
}

/** What to search for. */
export interface SearchQuery {
  /** Free text; every word must occur in the headline, byline, site, tags or full text. */
  text: string;
  /** Only clips with this tag (any case). */
  tag?: string | null;
  /** How many results to return. */
  limit: number;
}

/**
 * Searches summaries (in their order, newest first) for a query, in memory, stopping once `limit`
 * results and one more are found: a keystroke costs a scan only as far as the results it shows.
 * @param texts the folded full texts by id; without them only headline, byline, site and tags match
 */
export function searchSummaries(
  summaries: readonly ClipSummary[],
  texts: ReadonlyMap<string, string> | null,
  query: SearchQuery,
): SearchPage {
  const terms = foldText(query.text).split(' ').filter(Boolean);
  const tag = query.tag ? tagKey(query.tag) : null;
  const items: ClipSummary[] = [];
  for (const summary of summaries) {
    if (tag !== null && !summary.tagKeys.includes(tag)) continue;
    const text = texts?.get(summary.id) ?? '';
    if (!terms.every((term) => summary.meta.includes(term) || text.includes(term))) continue;
    if (items.length === query.limit) return { items, more: true };
    items.push(summary);
  }
  return { items, more: false };
}
