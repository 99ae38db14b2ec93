import { expect } from 'vitest';
import type { BrowserContext, ConsoleMessage, Page, WebError } from 'playwright-core';

/** Waits until the popup's status line says something matching `text`, and returns it. */
export async function statusSays(popup: Page, text: RegExp): Promise<string> {
  const status = popup.locator('.status-area');
  await status.getByText(text).first().waitFor({ timeout: 30_000 });
  return status.innerText();
}

/** Clicks "Clip this page" and, if the page is not an article and `anyway`, "Clip anyway". */
export async function clipThisPage(popup: Page, anyway = true): Promise<string> {
  await popup.getByRole('button', { name: 'Clip this page' }).click();
  const said = await statusSays(popup, /Saved|Updated|does not look like|cannot|could not/);
  if (/does not look like/.test(said) && anyway) {
    await popup.getByRole('button', { name: 'Clip anyway' }).click();
    return statusSays(popup, /Saved|Updated|cannot|could not/);
  }
  return said;
}

/** The headlines in the popup's list, top to bottom. */
export async function listedHeadlines(popup: Page): Promise<string[]> {
  return popup.getByRole('list', { name: 'Clips' }).getByRole('heading').allInnerTexts();
}

/**
 * Collects every Content Security Policy report and uncaught error of the extension's own pages in
 * `context` from now on, including pages opened later and what they print while they load; the
 * returned check stops collecting and fails the test on any. Web pages' own reports do not count.
 */
export function forbidCspViolations(context: BrowserContext): () => void {
  const violations: string[] = [];
  const isExtensionPage = (page: Page | null) => !!page?.url().startsWith('chrome-extension://');
  const onConsole = (message: ConsoleMessage) => {
    if (isExtensionPage(message.page()) && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  };
  const onError = (error: WebError) => {
    if (isExtensionPage(error.page())) violations.push(`page error: ${error.error().message}`);
  };
  context.on('console', onConsole);
  context.on('weberror', onError);
  return () => {
    context.off('console', onConsole);
    context.off('weberror', onError);
    expect(violations).toEqual([]);
  };
}

/** A stored clip's headline and tags. */
export interface StoredClipHead {
  title: string;
  tags: string[];
}

/**
 * A script that, evaluated in any of the extension's own contexts (its service worker, a popup),
 * resolves to the headline and tags of every clip in its IndexedDB: what is stored, whatever a
 * popup's list shows yet.
 */
export const READ_STORED_CLIPS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('newsclip');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const read = open.result.transaction('clips').objectStore('clips').getAll();
    read.onerror = () => reject(read.error);
    read.onsuccess = () => {
      open.result.close();
      resolve(read.result.map((clip) => ({ title: clip.title, tags: clip.tags })));
    };
  };
})`;
