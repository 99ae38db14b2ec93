import { browser } from 'wxt/browser';
import type { BackgroundMessages, RequestOf, ResponseOf } from '../messages';

/** Sends a typed message to the background and returns its typed response. */
export async function sendToBackground<K extends keyof BackgroundMessages>(
  type: K,
  payload: RequestOf<BackgroundMessages, K>,
): Promise<ResponseOf<BackgroundMessages, K>> {
  return (await browser.runtime.sendMessage({ type, payload })) as ResponseOf<BackgroundMessages, K>;
}
