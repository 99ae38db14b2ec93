import { browser } from 'wxt/browser';

/** What the toolbar button says about a tab. */
export type TabState = 'saved' | 'article' | 'none' | 'failed';

const BADGES: Record<TabState, { text: string; title: string }> = {
  saved: { text: '✓', title: 'Newsclip: this page is in your library' },
  article: { text: '•', title: 'Newsclip: article found' },
  none: { text: '', title: 'Newsclip' },
  failed: { text: '!', title: 'Newsclip could not clip this page' },
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
  const { text, title } = BADGES[state];
  if (state === 'saved') await button.setBadgeBackgroundColor({ tabId, color: '#1a7f37' });
  if (state === 'failed') await button.setBadgeBackgroundColor({ tabId, color: '#b42318' });
  await button.setBadgeText({ tabId, text });
  await button.setTitle({ tabId, title: reason ? `${title}: ${reason}` : title });
}
