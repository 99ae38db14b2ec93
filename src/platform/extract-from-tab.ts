import { browser } from 'wxt/browser';
import type { ExtractedArticle } from '../extract/types';
import type { Result } from '../messages';
import { sendToTab } from './send-to-tab';
import { errorText } from '../error-text';

// Where WXT writes the content script in both builds (see .output/*/content-scripts/).
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * Asks tab `tabId`'s content script to extract its article. A tab opened before Newsclip was installed
 * (or updated) has no content script: it is injected once (activeTab + scripting) and asked again.
 */
export async function extractFromTab(tabId: number): Promise<Result<ExtractedArticle>> {
  try {
    return await sendToTab(tabId, 'page/extract', {});
  } catch {
    // "Receiving end does not exist": no content script in this tab yet. Inject it and retry below.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return await sendToTab(tabId, 'page/extract', {});
  } catch (error) {
    return {
      ok: false,
      error: `Newsclip cannot read this page (${errorText(error)}). Browser pages, the extension store and PDF viewers cannot be clipped.`,
    };
  }
}
