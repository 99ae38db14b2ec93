import { browser } from 'wxt/browser';

/** The id of the "Clip this page" context-menu entry. */
export const CLIP_MENU_ID = 'clip-page';

/** Creates the "Clip this page" entry of the page context menu (call on install and update). */
export function registerClipMenu(): void {
  browser.contextMenus.create({ id: CLIP_MENU_ID, title: 'Clip this page', contexts: ['page'] }, () => {
    // Re-creating after an update reports "duplicate id"; reading lastError marks it as handled.
    void browser.runtime.lastError;
  });
}
