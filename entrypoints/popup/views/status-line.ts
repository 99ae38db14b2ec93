import { h, mount } from './h';

/** An action offered with a status message ("Undo", "Clip anyway"). */
export interface StatusAction {
  label: string;
  run: () => void | Promise<void>;
}

/** The status line: news is announced politely, errors assertively; one message at a time. */
export interface StatusLine {
  element: HTMLElement;
  info: (message: string, action?: StatusAction) => void;
  error: (message: string, action?: StatusAction) => void;
  clear: () => void;
}

/** Builds the status line. */
export function statusLine(): StatusLine {
  const polite = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const urgent = h('div', { class: 'status error', role: 'alert' });
  const show = (target: HTMLElement, other: HTMLElement, message: string, action?: StatusAction): void => {
    mount(other);
    const button =
      action &&
      h('button', { type: 'button', class: 'link', onclick: () => void action.run() }, action.label);
    mount(target, h('span', {}, message), button);
    button?.focus();
  };
  return {
    element: h('div', { class: 'status-area' }, polite, urgent),
    info: (message, action) => show(polite, urgent, message, action),
    error: (message, action) => show(urgent, polite, message, action),
    clear: () => {
      mount(polite);
      mount(urgent);
    },
  };
}
