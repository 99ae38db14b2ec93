import type { TagCount } from '@/src/store';
import { h, mount } from './h';

/** What the tag filter does. */
export interface TagFilterActions {
  onFilter: (tag: string | null) => void;
  onRename: (from: string, to: string) => Promise<void>;
  onDelete: (tag: string) => Promise<void>;
}

/** The tag filter (with counts) and, for the chosen tag, rename and delete across the library. */
export function tagFilter(actions: TagFilterActions): {
  element: HTMLElement;
  setTags: (tags: TagCount[], selected: string | null) => void;
} {
  const select = h('select', { 'aria-label': 'Filter by tag' });
  const tools = h('div', { class: 'tag-tools' });
  let counts: TagCount[] = [];
  const selected = (): TagCount | undefined => counts.find((c) => c.tag === select.value);

  const showTools = (): void => {
    const tag = selected();
    if (!tag) return mount(tools);
    mount(
      tools,
      h('button', { type: 'button', onclick: renameForm }, 'Rename tag'),
      h('button', { type: 'button', onclick: confirmDelete }, 'Delete tag'),
    );
  };
  function renameForm(): void {
    const tag = selected();
    if (!tag) return;
    const input = h('input', { type: 'text', 'aria-label': 'New tag name', value: tag.tag });
    const save = (): void => void actions.onRename(tag.tag, input.value);
    input.addEventListener('keydown', (e) => e.key === 'Enter' && save());
    mount(
      tools,
      input,
      h('button', { type: 'button', onclick: save }, 'Save name'),
      h('button', { type: 'button', onclick: showTools }, 'Cancel'),
    );
    input.focus();
  }
  function confirmDelete(): void {
    const tag = selected();
    if (!tag) return;
    const clips = `${tag.count} clip${tag.count === 1 ? '' : 's'}`;
    mount(
      tools,
      h('span', {}, `Remove “${tag.tag}” from ${clips}? The clips stay.`),
      h('button', { type: 'button', onclick: () => void actions.onDelete(tag.tag) }, 'Remove tag'),
      h('button', { type: 'button', onclick: showTools }, 'Cancel'),
    );
  }
  select.addEventListener('change', () => {
    actions.onFilter(select.value === '' ? null : select.value);
    showTools();
  });
  return {
    element: h('div', { class: 'tag-filter' }, select, tools),
    setTags: (tags, current) => {
      counts = tags;
      mount(
        select,
        h('option', { value: '' }, 'All tags'),
        ...tags.map((t) =>
          h('option', { value: t.tag, selected: t.tag === current }, `${t.tag} (${t.count})`),
        ),
      );
      showTools();
    },
  };
}
