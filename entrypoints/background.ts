import { isEnvelopeFor, type BackgroundMessages, type HandlerMap } from '@/src/messages';

export default defineBackground(() => {
  const handlers: HandlerMap<BackgroundMessages, Browser.runtime.MessageSender> = {
    'page/detected': async ({ verdict }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      await browser.action.setBadgeText({ tabId, text: verdict.isArticle ? '•' : '' });
      await browser.action.setTitle({
        tabId,
        title: verdict.isArticle ? 'Newsclip: article found' : 'Newsclip',
      });
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelopeFor<BackgroundMessages>(message, handlers)) return undefined;
    const handle = handlers[message.type] as (payload: unknown, s: typeof sender) => unknown;
    return Promise.resolve(handle(message.payload, sender));
  });
});
