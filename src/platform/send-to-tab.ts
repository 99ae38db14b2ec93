import { browser } from 'wxt/browser';
import type { ContentMessages, RequestOf, ResponseOf } from '../messages';

/** Sends a typed message to the content script of tab `tabId` and returns its typed response. */
export async function sendToTab<K extends keyof ContentMessages>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentMessages, K>,
): Promise<ResponseOf<ContentMessages, K>> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as ResponseOf<ContentMessages, K>;
}
