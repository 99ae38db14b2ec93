import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type AddonFirefox } from './launch-firefox';
import { askContentScript, nodeAnswer, sharedPageSample } from './same-answer';
import { servePages, type PageServer } from './serve-pages';
import { READ_STORED_CLIPS, type StoredClipHead } from './popup-actions';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeLibrary } from '../../src/export';
import { sampleClips } from '../export/library-file';

// The Firefox package (.output/firefox-mv2) in Debian's firefox-esr: the add-on loads, its content
// script marks article pages and answers as Node does, and clipping stores in Firefox's IndexedDB.
const SEED_TITLE = 'President Ilham Aliyev receives SCO Sec-Gen';
/** Every 20th corpus page of each folder and the seed: about thirty pages. */
const PAGES = sharedPageSample(20);

let server: PageServer;
let firefox: AddonFirefox;

beforeAll(async () => {
  server = await servePages();
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Waits until the popup's status line matches `text`, and returns it. */
async function statusSays(popup: Page, text: RegExp): Promise<string> {
  const status = await popup.waitForFunction(
    (source) => {
      const said = document.querySelector('.status-area')?.textContent ?? '';
      return new RegExp(source).test(said) && said;
    },
    { timeout: 30_000 },
    text.source,
  );
  return (await status.jsonValue()) as string;
}

async function listedHeadlines(popup: Page): Promise<string[]> {
  return popup.$$eval('ul[aria-label="Clips"] li :is(h2, h3)', (headings) =>
    headings.map((h) => h.textContent?.trim() ?? ''),
  );
}

/** The add-on's toolbar badge on tab `tabId`, read from one of its pages. */
function badgeOf(popup: Page, tabId: number): Promise<string> {
  return popup.evaluate(`browser.browserAction.getBadgeText({ tabId: ${tabId} })`) as Promise<string>;
}

describe('the add-on in Firefox', () => {
  it('marks the seed page as an article, clips it, and keeps it in the library', async () => {
    const { tabId } = await firefox.openTab(`${server.origin}/fixtures/seed/page.html`);
    const popup = await firefox.openPopup(tabId);
    await expect.poll(() => badgeOf(popup, tabId), { timeout: 15_000 }).toBe('•'); // an article

    await popup.locator('::-p-aria([name="Clip this page"][role="button"])').click();
    expect(await statusSays(popup, /Saved|Updated|cannot|could not|does not look/)).toContain(
      `Saved “${SEED_TITLE}”`,
    );
    await expect.poll(() => listedHeadlines(popup)).toEqual([SEED_TITLE]);
    expect(await badgeOf(popup, tabId)).toBe('✓'); // in the library

    const later = await firefox.openPopup(tabId);
    await statusSays(later, /This page is in your library/);
    expect(await listedHeadlines(later)).toEqual([SEED_TITLE]);
    await later.close();
    await popup.close();
  });

  it('leaves a page that is not an article unmarked and says so when asked to clip it', async () => {
    const { tabId } = await firefox.openTab(`${server.origin}/not-an-article.html`);
    const popup = await firefox.openPopup(tabId);
    await popup.locator('::-p-aria([name="Clip this page"][role="button"])').click();
    await statusSays(popup, /does not look like a news article/);
    expect(await badgeOf(popup, tabId)).toBe('');
    const stored = (await popup.evaluate(READ_STORED_CLIPS)) as StoredClipHead[];
    expect(stored.map((clip) => clip.title)).toEqual([SEED_TITLE]);
    await popup.close();
  });
});

describe('importing in Firefox', () => {
  it('reads a Newsclip export in the tab the toolbar popup opens for it (Firefox closes a popup for a file picker)', async () => {
    const clips = sampleClips();
    const file = join(await mkdtemp(join(tmpdir(), 'newsclip-import-')), 'newsclip-2024-06-01.json');
    await writeFile(file, serializeLibrary(clips).join(''));
    const { tabId } = await firefox.openTab(`${server.origin}/not-an-article.html`);
    const popup = await firefox.openPopup(tabId, 'import');
    await statusSays(popup, /Press “Import JSON” to choose/);
    // The tab has no page to clip: only the library and its Import.
    expect(await popup.$$eval('button', (buttons) => buttons.map((b) => b.textContent))).not.toContain(
      'Clip this page',
    );
    const storedTitles = async () =>
      ((await popup.evaluate(READ_STORED_CLIPS)) as StoredClipHead[]).map((clip) => clip.title);
    const before = await storedTitles();
    const input = await popup.$('input[type="file"]');
    await input!.uploadFile(file);
    expect(await statusSays(popup, /Imported|could not|not valid/)).toContain(
      'Imported newsclip-2024-06-01.json: 3 added, 0 updated, 0 unchanged.',
    );
    expect((await storedTitles()).sort()).toEqual([...before, ...clips.map((clip) => clip.title)].sort());
    await popup.close();
  });
});

describe("the content script in Firefox gives Node's answer", () => {
  let asker: Page;
  beforeAll(async () => {
    const { tabId } = await firefox.openTab(`${server.origin}/not-an-article.html`);
    asker = await firefox.openPopup(tabId); // an add-on page, from which tabs.sendMessage works
  });

  it.each(PAGES)('$id', async ({ file, servedPath }) => {
    const url = `${server.origin}/${servedPath}`;
    const { page, tabId } = await firefox.openTab(url);
    try {
      // As JSON: BiDi hands back an object met twice in one value (published and modified may be
      // one date) only once, and the second as undefined.
      const inFirefox = await askContentScript(async (message) =>
        JSON.parse(
          (await asker.evaluate(
            (id, m) => browser.tabs.sendMessage(id, m).then((answer) => JSON.stringify(answer)),
            tabId,
            message,
          )) as string,
        ),
      );
      expect(inFirefox).toEqual(nodeAnswer(file, url));
    } finally {
      await page.close();
    }
  });
});
