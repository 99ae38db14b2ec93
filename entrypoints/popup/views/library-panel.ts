import { browser } from 'wxt/browser';
import {
  countTags,
  foldText,
  deleteClip,
  deleteTag,
  describeStorageError,
  getClip,
  listAllSummaries,
  listRecentSummaries,
  loadSearchTexts,
  renameTag,
  restoreClip,
  searchSummaries,
  changeClipTags,
  type ClipSummary,
  type Library,
} from '@/src/store';
import { clipList, type ClipListActions } from './clip-list';
import { exportImportButtons } from './export-import';
import { h, mount } from './h';
import type { StatusLine } from './status-line';
import { loadRecentSnapshot, saveRecentSnapshot } from './recent-snapshot';
import { tagFilter } from './tag-filter';

// Rows per page: enough to fill a popup twice, few enough to paint in a frame.
export const PAGE_SIZE = 40;

/** Resolves once the current DOM has been painted (the frame after the next). */
export function afterPaint(): Promise<void> {
  return new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
}

/** The library: search, tag filter, export/import, the list, and the reading view in its place. */
export class LibraryPanel {
  readonly element: HTMLElement;
  private readonly listArea = h('div', { class: 'list-area' });
  private readonly tools: HTMLElement;
  private readonly filter;
  private readonly search = h('input', {
    type: 'search',
    'aria-label': 'Search',
    placeholder: 'Search headline, byline, site, tags, text',
  });
  private all: ClipSummary[] | null = null;
  private texts: Map<string, string> | null = null;
  private textsLoading: Promise<void> | null = null;
  private tag: string | null = null;
  private limit = PAGE_SIZE;
  private lastSearch: {
    query: string;
    tag: string | null;
    withTexts: boolean;
    items: ClipSummary[];
    more: boolean;
  } | null = null;
  private readonly rowActions: ClipListActions = {
    onOpen: (id) => void this.open(id),
    onDelete: (s) => void this.remove(s),
  };

  /**
   * @param onRefreshed called after every reload of the library (so the page's clip can follow)
   */
  constructor(
    private readonly db: Library,
    private readonly status: StatusLine,
    private readonly onRefreshed: () => void = () => undefined,
  ) {
    this.filter = tagFilter({
      onFilter: (tag) => {
        this.tag = tag;
        this.limit = PAGE_SIZE;
        this.render();
      },
      onRename: (from, to) =>
        this.write(async () => void (await renameTag(db, from, to)), `Renamed “${from}” to “${to}”.`),
      onDelete: (tag) => this.write(async () => void (await deleteTag(db, tag)), `Removed the tag “${tag}”.`),
    });
    this.search.addEventListener('focus', () => void this.loadTexts());
    this.search.addEventListener('input', () => {
      this.limit = PAGE_SIZE;
      this.render();
      // Until the full texts arrive, headline, byline, site and tags match; then the full text too.
      if (!this.texts) void this.loadTexts().then(() => this.render());
    });
    this.tools = h(
      'div',
      { class: 'tools' },
      this.search,
      this.filter.element,
      exportImportButtons(db, status, () => void this.refresh()),
    );
    this.element = h('section', { class: 'library', 'aria-label': 'Library' }, this.tools, this.listArea);
  }

  /** Paints the newest clips from the summaries alone, then loads the rest in the background. */
  async start(): Promise<void> {
    const snapshot = loadRecentSnapshot();
    if (snapshot) this.paint(snapshot.slice(0, PAGE_SIZE), false);
    const first = await listRecentSummaries(this.db, PAGE_SIZE + 1);
    performance.mark('newsclip:first-rows-read');
    this.paint(first.slice(0, PAGE_SIZE), first.length > PAGE_SIZE);
    saveRecentSnapshot(first);
    performance.mark('newsclip:list-rendered');
    // Loading every summary (for search and tag counts) waits until the first list is on screen.
    await afterPaint();
    performance.mark('newsclip:list-painted-live');
    if (performance.getEntriesByName('newsclip:list-painted').length === 0)
      performance.mark('newsclip:list-painted');
    await this.refresh();
  }

  /** Reloads summaries and tags after a change (clip, import, delete, tag edit). */
  async refresh(): Promise<void> {
    const all = await listAllSummaries(this.db);
    const tags = countTags(all);
    this.all = all;
    this.lastSearch = null;
    saveRecentSnapshot(all.slice(0, PAGE_SIZE + 1));
    if (this.tag !== null && !tags.some((t) => t.tag === this.tag)) this.tag = null;
    this.filter.setTags(tags, this.tag);
    this.render();
    this.onRefreshed();
    if (this.texts) {
      // A clip was added, changed or removed: reload the texts in the background, then search again.
      this.texts = null;
      void this.loadTexts().then(() => this.render());
    }
  }

  private loadTexts(): Promise<void> {
    if (this.texts) return Promise.resolve();
    this.textsLoading ??= loadSearchTexts(this.db).then((texts) => {
      this.texts = texts;
      this.textsLoading = null;
      performance.mark('newsclip:texts-loaded');
    });
    return this.textsLoading;
  }

  private render(): void {
    if (!this.all) return;
    performance.mark('newsclip:search-start');
    const query = foldText(this.search.value);
    // Typing on narrows a search: if the last results were complete (no "more") and this query
    // extends that one, its matches are among them, so only they are scanned, not the library.
    const last = this.lastSearch;
    const narrowing =
      last !== null &&
      !last.more &&
      last.tag === this.tag &&
      last.withTexts === (this.texts !== null) &&
      query.startsWith(last.query);
    const pool = narrowing ? last.items : this.all;
    const { items, more } = searchSummaries(pool, this.texts, {
      text: query,
      tag: this.tag,
      limit: this.limit,
    });
    this.lastSearch = { query, tag: this.tag, withTexts: this.texts !== null, items, more };
    this.paint(items, more);
    performance.measure('newsclip:search', 'newsclip:search-start');
  }

  private paint(items: readonly ClipSummary[], more: boolean): void {
    const showMore = (): void => {
      this.limit += PAGE_SIZE;
      this.render();
    };
    mount(this.listArea, clipList(items, more, showMore, this.rowActions));
  }

  private async write(work: () => Promise<void>, done: string): Promise<void> {
    try {
      await work();
      this.status.info(done);
    } catch (error) {
      this.status.error(describeStorageError(error));
    }
    await this.refresh();
  }

  private async remove(summary: ClipSummary): Promise<void> {
    const deleted = await deleteClip(this.db, summary.id).catch((error: unknown) => {
      this.status.error(describeStorageError(error));
      return null;
    });
    if (!deleted) return;
    await this.refresh();
    this.status.info(`Deleted “${deleted.title ?? deleted.url}”.`, {
      label: 'Undo',
      run: () =>
        this.write(() => restoreClip(this.db, deleted), `Restored “${deleted.title ?? deleted.url}”.`),
    });
  }

  /** Shows a clip in the reading view, in place of the list. */
  async open(id: string): Promise<void> {
    const clip = await getClip(this.db, id);
    if (!clip) return this.status.error('That clip is no longer in the library.');
    const { readingView } = await import('./reading-view');
    const back = (): void => {
      mount(this.element, this.tools, this.listArea);
      document.getElementById(`clip-${id}`)?.focus();
    };
    const view = readingView(clip, {
      onBack: back,
      onOpenInTab: () =>
        void browser.tabs.create({
          url: `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`,
        }),
      onChangeTags: async (change) => {
        const updated = await changeClipTags(this.db, id, change).catch((error: unknown) => {
          this.status.error(describeStorageError(error));
          return null;
        });
        await this.refresh();
        return updated;
      },
    });
    mount(this.element, view);
    view.querySelector('button')?.focus();
  }
}
