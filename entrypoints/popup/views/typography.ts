import { h } from './h';

/** The reader's typography choices, kept in the extension's localStorage (shared by popup and reader). */
export interface Typography {
  fontSize: number;
  width: 'narrow' | 'medium' | 'wide';
  theme: 'light' | 'dark' | 'sepia';
  font: 'serif' | 'sans';
}

const KEY = 'newsclip:typography';
const DEFAULTS: Typography = { fontSize: 18, width: 'medium', theme: 'light', font: 'serif' };
// Readable range: below 12px is too small on most screens, above 32px a popup shows a few words a line.
const MIN_SIZE = 12;
const MAX_SIZE = 32;

/** The stored typography, or the defaults. */
export function loadTypography(): Typography {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Typography>;
    return { ...DEFAULTS, ...stored };
  } catch {
    // Unreadable settings are not worth an error: start again from the defaults.
    return DEFAULTS;
  }
}

/** Applies typography to the page (data attributes and a CSS variable; no inline style strings). */
export function applyTypography(t: Typography): void {
  const root = document.documentElement;
  root.dataset.theme = t.theme;
  root.dataset.font = t.font;
  root.dataset.width = t.width;
  root.style.setProperty('--reader-font-size', `${t.fontSize}px`);
}

function save(t: Typography): void {
  localStorage.setItem(KEY, JSON.stringify(t));
  applyTypography(t);
}

function choice<T extends string>(
  label: string,
  value: T,
  options: Record<T, string>,
  set: (v: T) => void,
): HTMLElement {
  return h(
    'select',
    { 'aria-label': label, onchange: (e: Event) => set((e.target as HTMLSelectElement).value as T) },
    ...Object.entries<string>(options).map(([v, text]) =>
      h('option', { value: v, selected: v === value }, text),
    ),
  );
}

/** The typography controls: text size, line width, theme and font; every change persists. */
export function typographyControls(): HTMLElement {
  let t = loadTypography();
  const update = (patch: Partial<Typography>): void => {
    t = { ...t, ...patch, fontSize: Math.min(MAX_SIZE, Math.max(MIN_SIZE, patch.fontSize ?? t.fontSize)) };
    save(t);
  };
  return h(
    'div',
    { class: 'typography', role: 'group', 'aria-label': 'Reading settings' },
    h(
      'button',
      { type: 'button', onclick: () => update({ fontSize: t.fontSize - 2 }), 'aria-label': 'Smaller text' },
      'A−',
    ),
    h(
      'button',
      { type: 'button', onclick: () => update({ fontSize: t.fontSize + 2 }), 'aria-label': 'Larger text' },
      'A+',
    ),
    choice('Line width', t.width, { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' }, (width) =>
      update({ width }),
    ),
    choice('Theme', t.theme, { light: 'Light', dark: 'Dark', sepia: 'Sepia' }, (theme) => update({ theme })),
    choice('Font', t.font, { serif: 'Serif', sans: 'Sans' }, (font) => update({ font })),
  );
}
