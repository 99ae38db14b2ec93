import '@/assets/popup.css';
import { describeStorageError, getClip, setClipTags, sharedLibrary } from '@/src/store';
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
    mount(app, readingView(clip, { onSetTags: (tags) => setClipTags(db, id, tags) }));
  } catch (error) {
    mount(app, h('p', { role: 'alert' }, describeStorageError(error)));
  }
}

void main();
