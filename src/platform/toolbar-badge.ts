import { browser } from 'wxt/browser';

/** What the toolbar button says about a tab. */
export type TabState = 'saved' | 'article' | 'none' | 'failed';

// Every state sets its colour: a tab's colour stays until set again (a failed clip's red would
// stay on the article mark after it).
const BADGES: Record<TabState, { text: string; title: string; color: string }> = {
  saved: { text: '✓', title: 'Newsclip: this page is in your library', color: '#1a7f37' },
  article: { text: '•', title: 'Newsclip: article found', color: '#1d4ed8' },
  none: { text: '', title: 'Newsclip', color: '#1d4ed8' },
  failed: { text: '!', title: 'Newsclip could not clip this page', color: '#b42318' },
};

// Firefox's MV2 build has `browserAction`; Chrome's MV3 build has `action`. Same methods on both.
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/**
 * Marks the toolbar button of tab `tabId` with its state.
 * @param reason why a clip failed, shown in the button's tooltip
 */
export async function showTabState(tabId: number, state: TabState, reason?: string): Promise<void> {
  const button = toolbarButton();
  const { text, title, color } = BADGES[state];
  await button.setBadgeBackgroundColor({ tabId, color });
  await button.setBadgeText({ tabId, text });
  // A reason that names Newsclip already ("Newsclip could not write…") is the whole tooltip.
  const tooltip = !reason ? title : reason.startsWith('Newsclip') ? reason : `${title}: ${reason}`;
  await button.setTitle({ tabId, title: tooltip });
}
