import { isEnvelopeFor, type BackgroundMessages, type HandlerMap } from '@/src/messages';
import { activeTabId } from '@/src/platform/active-tab';
import { sendToTab } from '@/src/platform/send-to-tab';
import { clipTab } from '@/src/platform/clip-tab';
import { CLIP_MENU_ID, registerClipMenu } from '@/src/platform/clip-menu';
import { showTabState } from '@/src/platform/toolbar-badge';
import { describeStorageError, findClipByUrl, libraryUnlessFailing, sharedLibrary } from '@/src/store';

export default defineBackground(() => {
  // Each tab's address as its content script reported it: without the "tabs" permission a tab's URL
  // is hidden unless the reader invoked Newsclip on it, and the full-tab popup still needs its clip.
  const tabUrls = new Map<number, string>();
  // Page loads only mark the toolbar button: a library that will not open leaves the mark at what the
  // page is, and is not upgraded again on every page load. A reader's own request always tries it.
  const libraryForPageLoads = libraryUnlessFailing();
  const handlers: HandlerMap<BackgroundMessages, Browser.runtime.MessageSender> = {
    'page/detected': async ({ verdict, url }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      tabUrls.set(tabId, url);
      const db = await libraryForPageLoads();
      // A library that cannot be read now leaves the mark at what the page is.
      const saved = db ? await findClipByUrl(db, url).catch(() => null) : null;
      await showTabState(tabId, saved ? 'saved' : verdict.isArticle ? 'article' : 'none');
    },
    'clip/save': async ({ tabId, tags, force }) => clipTab(await sharedLibrary(), tabId, { tags, force }),
    'clip/find-for-tab': async ({ tabId }) => {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      // After a service-worker restart the map is empty: ask the page itself.
      const url =
        tab?.url ??
        tabUrls.get(tabId) ??
        (await sendToTab(tabId, 'page/detect', {})
          .then((r) => r.url)
          .catch(() => undefined));
      const clip = url ? await findClipByUrl(await sharedLibrary(), url) : null;
      return { clipId: clip?.id ?? null };
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelopeFor<BackgroundMessages>(message, handlers)) return undefined;
    const handle = handlers[message.type] as (payload: unknown, s: typeof sender) => unknown;
    return Promise.resolve(handle(message.payload, sender));
  });

  // Menu and shortcut are explicit requests to clip, so they store the page even if it is not an
  // article; the badge confirms, or shows "!" with the reason in its tooltip. The popup is the place
  // that asks first.
  const clipFromShortcut = async (tabId: number | null | undefined): Promise<void> => {
    const id = tabId ?? (await activeTabId());
    if (id === null) return;
    const result = await sharedLibrary()
      .then((db) => clipTab(db, id, { tags: [], force: true }))
      .catch((error: unknown) => ({ ok: false as const, error: describeStorageError(error) }));
    if (!result.ok) await showTabState(id, 'failed', result.error).catch(() => undefined); // The tab closed.
  };
  browser.tabs.onRemoved.addListener((tabId) => tabUrls.delete(tabId));
  browser.runtime.onInstalled.addListener(registerClipMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CLIP_MENU_ID) void clipFromShortcut(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'clip-page') void clipFromShortcut(tab?.id);
  });
});
