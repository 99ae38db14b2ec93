/** Attributes and event handlers for `h`: `on*` keys are listeners, `false`/`null` attributes are left out. */
export type Props = Record<string, string | number | boolean | null | undefined | EventListener>;
/** What `h` accepts as children. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element: the one render helper of the popup and reader. Text is set as text, never as
 * HTML, so page strings cannot become markup here.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined)
      element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** Replaces the children of `parent`. */
export function mount(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}
