import type { Clip } from '@/src/clip';
import type { TagChange } from '@/src/store';
import { articleBody } from './article-body';
import { formatPublished } from './format-published';
import { h } from './h';
import { tagEditor } from './tag-editor';
import { applyTypography, loadTypography, typographyControls } from './typography';

/** What the reading view can do besides showing the clip. */
export interface ReadingViewActions {
  onBack?: () => void;
  onOpenInTab?: () => void;
  /** Adds or removes the clip's tags and returns the updated clip. */
  onChangeTags: (change: TagChange) => Promise<Clip | null>;
}

/** A clean reading view of a clip: header, sanitised body, its tags and the typography settings. */
export function readingView(clip: Clip, actions: ReadingViewActions): HTMLElement {
  applyTypography(loadTypography());
  let current = clip;
  const editor = tagEditor({
    label: 'Edit tags of this clip',
    tags: clip.tags,
    onAdd: async (tags) => {
      current = (await actions.onChangeTags({ add: tags })) ?? current;
      editor.setTags(current.tags);
    },
    onRemove: async (tag) => {
      current = (await actions.onChangeTags({ remove: [tag] })) ?? current;
      editor.setTags(current.tags);
    },
  });
  const published = formatPublished(clip.published);
  const minutes = Math.max(1, Math.round(clip.readingMinutes));
  const meta = [clip.siteName, clip.byline].filter(Boolean).join(' · ');
  const source = clip.canonicalUrl ?? clip.url;
  // An imported file is untrusted: only web addresses become links (no javascript:, data:, file:).
  const link = /^https?:\/\//i.test(source)
    ? h('a', { href: source, target: '_blank', rel: 'noopener noreferrer' }, 'Original page')
    : null;
  const back = actions.onBack;
  return h(
    'section',
    {
      class: 'reading',
      'aria-label': 'Reading view',
      onkeydown: (e: Event) => {
        if (back && (e as KeyboardEvent).key === 'Escape' && !(e.target instanceof HTMLInputElement)) back();
      },
    },
    h(
      'div',
      { class: 'reading-bar' },
      actions.onBack && h('button', { type: 'button', onclick: actions.onBack }, '← Back to list'),
      actions.onOpenInTab && h('button', { type: 'button', onclick: actions.onOpenInTab }, 'Open in tab'),
      typographyControls(),
    ),
    h(
      'article',
      { class: 'reader', lang: clip.lang ?? false, dir: clip.dir ?? false },
      h('h1', {}, clip.title ?? clip.url),
      h(
        'p',
        { class: 'reader-meta' },
        meta,
        published && h('time', { datetime: clip.published?.iso }, `${meta ? ' · ' : ''}${published}`),
        h('span', { class: 'reading-time' }, ` · ${minutes} min read`),
      ),
      link && h('p', { class: 'reader-source' }, link),
      h('div', { class: 'reader-body' }, articleBody(clip.contentHtml, clip.text)),
    ),
    h('div', { class: 'reader-tags' }, editor.element),
  );
}
