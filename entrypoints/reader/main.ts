import '@/assets/popup.css';
import type { Clip } from '@/src/clip';
import {
  changeClipTags,
  describeStorageError,
  getClip,
  LibraryUpgradeError,
  sharedLibrary,
  type TagChange,
} from '@/src/store';
import { h, mount } from '../popup/views/h';
import { readingView } from '../popup/views/reading-view';

/** The full-tab reader: `reader.html?id=CLIP_ID`. */
async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const id = new URLSearchParams(location.search).get('id') ?? '';
  try {
    const db = await sharedLibrary();
    const clip = await getClip(db, id);
    if (!clip)
      return mount(
        app,
        h('p', { role: 'alert' }, 'This clip is not in your library (it may have been deleted).'),
      );
    document.title = `${clip.title ?? clip.url} – Newsclip`;
    // A tag edit that is not saved says why: the clip deleted from the popup meanwhile, a write error.
    const alert = h('p', { role: 'alert', class: 'status error', hidden: true });
    const changeTags = async (change: TagChange): Promise<Clip | null> => {
      alert.hidden = true;
      let updated: Clip | null = null;
      try {
        updated = await changeClipTags(db, id, change);
        if (!updated)
          alert.textContent = 'This clip is no longer in your library, so the tags were not saved.';
      } catch (error) {
        alert.textContent = describeStorageError(error);
      }
      alert.hidden = updated !== null;
      return updated;
    };
    mount(app, alert, readingView(clip, { onChangeTags: changeTags }));
  } catch (error) {
    // Where to go from here: the popup offers the library's clips as a file while it will not open.
    const rescue =
      error instanceof LibraryUpgradeError ? ' The Newsclip popup can still export every clip.' : '';
    mount(app, h('p', { role: 'alert' }, `${describeStorageError(error)}${rescue}`));
  }
}

void main();
