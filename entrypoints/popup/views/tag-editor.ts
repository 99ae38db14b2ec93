import { parseTagInput } from '@/src/clip';
import { h, mount } from './h';

/** What a tag editor shows and does. */
export interface TagEditorOptions {
  /** The field's accessible name. */
  label: string;
  tags: readonly string[];
  /** Called with the tags typed when the reader presses Enter (or types a comma). */
  onAdd: (tags: string[]) => void | Promise<void>;
  onRemove: (tag: string) => void | Promise<void>;
}

/** A tag editor: a text field (Enter or comma adds) and the current tags with remove buttons. */
export interface TagEditor {
  element: HTMLElement;
  input: HTMLInputElement;
  setTags: (tags: readonly string[]) => void;
  /** The tags typed but not yet added. */
  pending: () => string[];
}

/** Builds a tag editor. */
export function tagEditor(options: TagEditorOptions): TagEditor {
  const chips = h('ul', { class: 'tags', 'aria-label': `${options.label}: current` });
  const input = h('input', {
    type: 'text',
    'aria-label': options.label,
    placeholder: 'Add tags, Enter to add',
    autocomplete: 'off',
    onkeydown: (e: Event) => {
      const key = (e as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ',') return;
      e.preventDefault();
      const tags = parseTagInput(input.value);
      input.value = '';
      if (tags.length > 0) void options.onAdd(tags);
    },
  });
  const setTags = (tags: readonly string[]): void =>
    mount(
      chips,
      ...tags.map((tag) =>
        h(
          'li',
          { class: 'tag' },
          tag,
          h(
            'button',
            {
              type: 'button',
              class: 'remove',
              'aria-label': `Remove tag ${tag}`,
              onclick: () => void options.onRemove(tag),
            },
            '×',
          ),
        ),
      ),
    );
  setTags(options.tags);
  return {
    element: h('div', { class: 'tag-editor' }, input, chips),
    input,
    setTags,
    pending: () => parseTagInput(input.value),
  };
}
