import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './serve-pages';

/** The built Chrome extension (`npm run build` runs first). */
export const EXTENSION_DIR = join(PROJECT_ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A Chromium profile with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens `popup.html?tab=TAB` (acting on tab TAB) in a tab of its own. */
  openPopup: (tabId: number) => Promise<Page>;
  /** The id of `page`'s tab, as the extension sees it. */
  tabIdOf: (page: Page) => Promise<number>;
  close: () => Promise<void>;
}

/** Launches Debian's Chromium with the built extension in a fresh profile. */
export async function launchExtension(): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'newsclip-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 900, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // The corpus pages link to their original sites; the test machine is offline, so fail those fast.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    // The tab just brought to front is the active one; without the tabs permission its URL is hidden.
    const id = await worker.evaluate<number>(
      `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab?.id ?? -1)`,
    );
    if (id < 0) throw new Error('no active tab');
    return id;
  };
  const openPopup = async (tabId: number): Promise<Page> => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    return popup;
  };
  return {
    context,
    worker,
    extensionId,
    openPopup,
    tabIdOf,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
