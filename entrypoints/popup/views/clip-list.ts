import type { ClipSummary } from '@/src/store';
import { formatPublished } from './format-published';
import { h } from './h';

/** What a list row can do. */
export interface ClipListActions {
  onOpen: (id: string) => void;
  onDelete: (summary: ClipSummary) => void;
}

/** One list row: headline (opens the reading view), site, byline, date, tags and Delete. */
function clipRow(summary: ClipSummary, actions: ClipListActions): HTMLElement {
  const headlineId = `clip-${summary.id}`;
  const published = formatPublished(summary.published);
  const meta = [summary.siteName, summary.byline, published].filter(Boolean).join(' · ');
  return h(
    'li',
    { class: 'clip', 'data-id': summary.id },
    h(
      'h2',
      { class: 'headline' },
      h(
        'button',
        { type: 'button', id: headlineId, class: 'open', onclick: () => actions.onOpen(summary.id) },
        summary.title ?? summary.url,
      ),
    ),
    meta && h('p', { class: 'meta' }, meta),
    summary.tags.length > 0 &&
      h(
        'ul',
        { class: 'tags', 'aria-label': 'Tags of this clip' },
        ...summary.tags.map((t) => h('li', { class: 'tag' }, t)),
      ),
    h(
      'button',
      {
        type: 'button',
        class: 'delete',
        'aria-describedby': headlineId,
        onclick: () => actions.onDelete(summary),
      },
      'Delete',
    ),
  );
}

// Rows already built, per set of actions: a summary object does not change until the library is
// reloaded, so a keystroke's results reuse their rows instead of building them again.
const rowCache = new WeakMap<ClipListActions, WeakMap<ClipSummary, HTMLElement>>();

function cachedRow(summary: ClipSummary, actions: ClipListActions): HTMLElement {
  let rows = rowCache.get(actions);
  if (!rows) rowCache.set(actions, (rows = new WeakMap()));
  let row = rows.get(summary);
  if (!row) rows.set(summary, (row = clipRow(summary, actions)));
  return row;
}

/** The list of clips, with "Show more" when the page is not the end. */
export function clipList(
  items: readonly ClipSummary[],
  more: boolean,
  onMore: () => void,
  actions: ClipListActions,
): HTMLElement {
  if (items.length === 0) return h('p', { class: 'empty' }, 'No clips here yet.');
  return h(
    'div',
    {},
    h('ul', { class: 'clips', 'aria-label': 'Clips' }, ...items.map((s) => cachedRow(s, actions))),
    more && h('button', { type: 'button', class: 'more', onclick: onMore }, 'Show more'),
  );
}
