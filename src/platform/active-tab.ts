import { browser } from 'wxt/browser';

/** The id of the active tab of the current window, or `null` (e.g. a devtools window). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
