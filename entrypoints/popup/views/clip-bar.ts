import { normalizeTags, tagKey, type Clip } from '@/src/clip';
import type { ClipTabOutcome } from '@/src/messages';
import { sendToBackground } from '@/src/platform/send-to-background';
import { describeStorageError, getClip, setClipTags, type Library } from '@/src/store';
import { h } from './h';
import type { StatusLine } from './status-line';
import { tagEditor } from './tag-editor';

/** The current page's part of the popup: "Clip this page" and the "Tags" of its clip. */
export function clipBar(
  db: Library,
  tabId: number | null,
  status: StatusLine,
  onChanged: () => void,
): HTMLElement {
  let clip: Clip | null = null;
  const pending: string[] = [];
  const show = (): void => editor.setTags(clip ? clip.tags : pending);
  const saveTags = async (tags: string[]): Promise<void> => {
    if (!clip) return void pending.splice(0, pending.length, ...tags);
    try {
      clip = (await setClipTags(db, clip.id, tags)) ?? clip;
      onChanged();
    } catch (error) {
      status.error(describeStorageError(error));
    }
  };
  const editor = tagEditor({
    label: 'Tags',
    tags: [],
    onAdd: async (tags) => {
      await saveTags([...(clip ? clip.tags : pending), ...tags]);
      show();
    },
    onRemove: async (tag) => {
      await saveTags((clip ? clip.tags : pending).filter((t) => tagKey(t) !== tagKey(tag)));
      show();
    },
  });

  const report = async (outcome: ClipTabOutcome): Promise<void> => {
    const title = outcome.title ? `“${outcome.title}”` : 'this page';
    if (outcome.status === 'not-article') {
      return status.info(`This page does not look like a news article.`, {
        label: 'Clip anyway',
        run: () => clipPage(true),
      });
    }
    clip = await getClip(db, outcome.clipId);
    pending.length = 0;
    show();
    status.info(
      outcome.status === 'saved' ? `Saved ${title}.` : `Updated ${title}: it was already in your library.`,
    );
    onChanged();
  };
  const clipPage = async (force: boolean): Promise<void> => {
    if (tabId === null) return status.error('There is no page to clip in this window.');
    status.info('Clipping…');
    // Tags typed but not yet added count too; they stay as chips if the page is not clipped after all
    // ("not an article", an error), so "Clip anyway" or a retry still has them.
    const typed = editor.pending();
    editor.input.value = '';
    if (!clip) pending.splice(0, pending.length, ...normalizeTags([...pending, ...typed]));
    show();
    const tags = clip ? [...clip.tags, ...typed] : [...pending];
    try {
      const result = await sendToBackground('clip/save', { tabId, tags, force });
      if (result.ok) await report(result.value);
      else status.error(result.error);
    } catch (error) {
      status.error(
        `Newsclip could not clip this page (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  };

  // The background knows the tab's address (from activeTab or its content script); the popup may not.
  if (tabId !== null) {
    void sendToBackground('clip/find-for-tab', { tabId })
      .then(async ({ clipId }) => {
        const found = clipId ? await getClip(db, clipId) : null;
        if (!found || clip) return;
        clip = found;
        show();
        status.info('This page is in your library.');
      })
      .catch(() => undefined); // The background is restarting: the page just shows as not clipped yet.
  }
  return h(
    'section',
    { class: 'clip-bar', 'aria-label': 'This page' },
    h('button', { type: 'button', class: 'primary', onclick: () => void clipPage(false) }, 'Clip this page'),
    editor.element,
  );
}
