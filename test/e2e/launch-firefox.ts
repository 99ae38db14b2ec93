import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from './serve-pages';

/** The built Firefox add-on (`npm run build` runs first). */
export const FIREFOX_ADDON_DIR = join(PROJECT_ROOT, '.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'newsclip@newsclip.app';

/** Sends one WebDriver BiDi command and resolves with the remote end's answer. */
interface RawBidiConnection {
  send: (method: string, params: object) => Promise<{ result: unknown }>;
}

/** A Firefox profile with the add-on installed as a temporary add-on. */
export interface AddonFirefox {
  browser: Browser;
  /** Opens `url` in a new tab; returns the page and its tab id as the add-on sees it. */
  openTab: (url: string) => Promise<{ page: Page; tabId: number }>;
  /**
   * Opens the add-on's `popup.html?tab=TAB` (acting on tab TAB) in a tab of its own, with `query`
   * (`import`: as the toolbar popup's Import opens it) added.
   */
  openPopup: (tabId: number, query?: string) => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * Launches Debian's firefox-esr over WebDriver BiDi (puppeteer-core) and installs the built add-on.
 *
 * BiDi will not navigate a tab to a `moz-extension:` page, and an add-on's page is where its own
 * APIs can be called. So Firefox is started with `-remote-allow-system-access`, and the few steps
 * that need the browser itself (the add-on's base URL, a tab's add-on id, loading the popup) run as
 * script in the browser window's chrome scope. Everything the add-on does runs as in normal use.
 */
export async function launchFirefox(): Promise<AddonFirefox> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} is missing: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  }
  const refuser = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => refuser.listen(0, '127.0.0.1', resolve));
  const refuserPort = (refuser.address() as AddressInfo).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      // The test machine is offline: no update, telemetry or remote-settings traffic.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      // The saved pages link to their live sites; send that traffic to a local port that hangs up
      // at once, so it fails fast instead of waiting on DNS (Chromium's tests abort it by route).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': refuserPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': refuserPort,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  const close = async (): Promise<void> => {
    await browser.close();
    refuser.close();
  };
  try {
    await browser.installExtension(FIREFOX_ADDON_DIR);
    return await addonFirefox(browser, close);
  } catch (error) {
    await close();
    throw error;
  }
}

/** The helpers of `AddonFirefox` over a Firefox with the add-on installed. */
async function addonFirefox(browser: Browser, close: () => Promise<void>): Promise<AddonFirefox> {
  // puppeteer's BiDi browser keeps its WebDriver BiDi connection public, not in its typings.
  const bidi = (browser as unknown as { connection: RawBidiConnection }).connection;
  const { result: tree } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: { context: string }[] };
  };
  const chromeWindow = tree.contexts[0]?.context;
  if (!chromeWindow) throw new Error('Firefox has no browser window to reach its chrome scope');
  /** Evaluates `expression` in the browser window (chrome scope) and returns its value. */
  const inChrome = async <T>(expression: string): Promise<T> => {
    const { result } = (await bidi.send('script.evaluate', {
      expression,
      target: { context: chromeWindow },
      awaitPromise: true,
    })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } } };
    if (result.type !== 'success')
      throw new Error(`chrome-scope script failed: ${result.exceptionDetails?.text}`);
    return result.result?.value as T;
  };
  const extensionParent = `ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs").ExtensionParent`;
  const baseUrl = await inChrome<string>(
    `${extensionParent}.GlobalManager.getExtension(${JSON.stringify(ADDON_ID)}).baseURI.spec`,
  );
  /** The newest tab showing `url` (new pages open as the last tab). */
  const newestTabShowing = (url: string): string =>
    `gBrowser.tabs.findLast((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)})`;

  const openTab = async (url: string): Promise<{ page: Page; tabId: number }> => {
    const page = await browser.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
    } catch (error) {
      // A saved page's iframe to its live site fails at the closed proxy port, and BiDi sometimes
      // reports that as the navigation failing ("Address rejected"). The page itself is what counts.
      await page
        .waitForFunction(
          (expected) => location.href === expected && document.readyState === 'complete',
          { timeout: 15_000 },
          url,
        )
        .catch(() => {
          throw error;
        });
    }
    const tabId = await inChrome<number>(`(() => {
      const tab = ${newestTabShowing(url)};
      return tab ? ${extensionParent}.apiManager.global.tabTracker.getId(tab) : -1;
    })()`);
    if (tabId < 0) throw new Error(`no Firefox tab shows ${url}`);
    return { page, tabId };
  };

  const openPopup = async (tabId: number, query?: string): Promise<Page> => {
    const popup = await browser.newPage();
    const url = `${baseUrl}popup.html?tab=${tabId}${query ? `&${query}` : ''}`;
    await inChrome(`${newestTabShowing('about:blank')}.linkedBrowser.fixupAndLoadURIString(${JSON.stringify(url)}, {
      triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
    })`);
    await popup.waitForFunction(
      (expected) => location.href === expected && document.readyState === 'complete',
      {},
      url,
    );
    return popup;
  };

  return { browser, openTab, openPopup, close };
}
