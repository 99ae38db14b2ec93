import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './launch-extension';
import { askContentScript, nodeAnswer, sharedPageSample } from './same-answer';
import { servePages, type PageServer } from './serve-pages';

/**
 * Every 10th corpus page of each folder and the seed: about sixty pages, a minute in Chromium.
 * NEWSCLIP_SAME_ANSWER_STEP=1 checks every page (about six minutes).
 */
const PAGES = sharedPageSample(Number(process.env.NEWSCLIP_SAME_ANSWER_STEP ?? 10));

let server: PageServer;
let chromium: ExtensionBrowser;
let tab: Page;

beforeAll(async () => {
  server = await servePages();
  chromium = await launchExtension();
  tab = await chromium.context.newPage();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe("the content script in Chromium gives Node's answer", () => {
  it.each(PAGES)('$id', async ({ file, servedPath }) => {
    const url = `${server.origin}/${servedPath}`;
    await tab.goto(url, { waitUntil: 'load' });
    const tabId = await chromium.tabIdOf(tab);
    const inBrowser = await askContentScript((message) =>
      chromium.worker.evaluate(`chrome.tabs.sendMessage(${tabId}, ${JSON.stringify(message)})`),
    );
    expect(inBrowser).toEqual(nodeAnswer(file, url));
  });
});
