import { applyTagChange, type Clip } from '@/src/clip';
import type { ClipTabOutcome } from '@/src/messages';
import { sendToBackground } from '@/src/platform/send-to-background';
import { showTabState } from '@/src/platform/toolbar-badge';
import {
  changeClipTags,
  describeStorageError,
  getClip,
  revertClip,
  type Library,
  type TagChange,
} from '@/src/store';
import { h } from './h';
import type { StatusLine } from './status-line';
import { tagEditor } from './tag-editor';
import { errorText } from '@/src/error-text';

/** The current page's part of the popup. */
export interface ClipBar {
  element: HTMLElement;
  /** Re-reads the page's clip after a change elsewhere in the popup (deleted, restored, re-tagged). */
  recheck: () => Promise<void>;
}

/** The current page's part of the popup: "Clip this page" and the "Tags" of its clip. */
export function clipBar(
  db: Library,
  tabId: number | null,
  status: StatusLine,
  onChanged: () => void,
): ClipBar {
  let clip: Clip | null = null;
  // The id of the page's clip, kept when the clip is deleted so that "Undo" finds it again.
  let clipId: string | null = null;
  const pending: string[] = [];
  const show = (): void => editor.setTags(clip ? clip.tags : pending);
  // Before the page is clipped, its tags wait here; after, each change is applied to the stored tags.
  const changeTags = async (change: TagChange): Promise<void> => {
    if (!clip) return void pending.splice(0, pending.length, ...applyTagChange(pending, change));
    try {
      clip = (await changeClipTags(db, clip.id, change)) ?? clip;
      onChanged();
    } catch (error) {
      status.error(describeStorageError(error));
    }
  };
  const editor = tagEditor({
    label: 'Tags',
    tags: [],
    onAdd: async (tags) => {
      await changeTags({ add: tags });
      show();
    },
    onRemove: async (tag) => {
      await changeTags({ remove: [tag] });
      show();
    },
  });

  const report = async (outcome: ClipTabOutcome, previous: Clip | null): Promise<void> => {
    const title = outcome.title ? `“${outcome.title}”` : 'this page';
    if (outcome.status === 'not-article') {
      return status.info(`This page does not look like a news article.`, {
        label: 'Clip anyway',
        run: () => clipPage(true),
      });
    }
    clip = await getClip(db, outcome.clipId);
    clipId = outcome.clipId;
    pending.length = 0;
    // Saved as a new clip although the popup showed this page's clip (the page now states another
    // canonical address): the tags shown go with it, as only the typed ones were sent.
    if (outcome.status === 'saved' && previous && previous.id !== outcome.clipId && previous.tags.length > 0)
      clip = (await changeClipTags(db, outcome.clipId, { add: previous.tags }).catch(() => null)) ?? clip;
    show();
    onChanged();
    if (outcome.status === 'saved') return status.info(`Saved ${title}.`);
    // The fresh copy replaced the stored one (a page now showing an error or a paywall replaces a
    // good copy just the same): Undo puts the earlier copy back.
    const replacement = clip;
    const undo =
      previous?.id === outcome.clipId && replacement
        ? { label: 'Undo', run: () => revert(previous, replacement) }
        : undefined;
    status.info(`Updated ${title}: it was already in your library.`, undo);
  };
  const revert = async (previous: Clip, replacement: Clip): Promise<void> => {
    try {
      const reverted = await revertClip(db, previous, replacement);
      if (!reverted)
        return status.error('The clip has changed since it was updated, so it was left as it is.');
      clip = await getClip(db, previous.id);
      show();
      onChanged();
      status.info('Put back the copy the update replaced.');
    } catch (error) {
      status.error(describeStorageError(error));
    }
  };
  const clipPage = async (force: boolean): Promise<void> => {
    if (tabId === null) return status.error('There is no page to clip in this window.');
    status.info('Clipping…');
    // Tags typed but not yet added count too; they stay as chips if the page is not clipped after all
    // ("not an article", an error), so "Clip anyway" or a retry still has them.
    const typed = editor.pending();
    editor.input.value = '';
    if (!clip) pending.splice(0, pending.length, ...applyTagChange(pending, { add: typed }));
    show();
    // A re-clip keeps the stored tags itself: only the typed ones are sent, not this popup's list,
    // which may miss an edit made elsewhere since it opened.
    const tags = clip ? typed : [...pending];
    try {
      // The stored copy, for Undo if the clip replaces it.
      const previous = clip ? await getClip(db, clip.id) : null;
      const result = await sendToBackground('clip/save', { tabId, tags, force });
      if (result.ok) await report(result.value, previous);
      else status.error(result.error);
    } catch (error) {
      status.error(`Newsclip could not clip this page (${errorText(error)}).`);
    }
  };

  // The background knows the tab's address (from activeTab or its content script); the popup may not.
  if (tabId !== null) {
    void sendToBackground('clip/find-for-tab', { tabId })
      .then(async (answer) => {
        const found = answer.clipId ? await getClip(db, answer.clipId) : null;
        if (!found || clip) return;
        clip = found;
        clipId = found.id;
        // Tags added before the answer came are the clip's too.
        if (pending.length > 0) {
          const added = await changeClipTags(db, found.id, { add: pending }).catch((error: unknown) => {
            status.error(describeStorageError(error));
            return null;
          });
          // The page was clipped meanwhile ("Clip this page" took the pending tags along).
          if (clip !== found) return;
          // Kept waiting if they could not be added (the clip was deleted meanwhile, a write error).
          if (!added) {
            clip = null;
            clipId = null;
            return show();
          }
          clip = added;
          pending.length = 0;
          onChanged();
        }
        show();
        status.info('This page is in your library.');
      })
      .catch(() => undefined); // The background is restarting: the page just shows as not clipped yet.
  }
  const recheck = async (): Promise<void> => {
    if (clipId === null) return;
    const had = clip !== null;
    clip = await getClip(db, clipId);
    show();
    // The toolbar mark follows the library: gone when the page's clip is deleted, back on "Undo".
    if (tabId !== null && had !== (clip !== null)) {
      await showTabState(tabId, clip ? 'saved' : 'none').catch(() => undefined); // The tab has closed.
    }
  };
  return {
    element: h(
      'section',
      { class: 'clip-bar', 'aria-label': 'This page' },
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => void clipPage(false) },
        'Clip this page',
      ),
      editor.element,
    ),
    recheck,
  };
}
