import { detectArticle, extractArticle } from '@/src/extract';
import { isEnvelopeFor, type ContentMessages, type HandlerMap, type Result } from '@/src/messages';
import { sendToBackground } from '@/src/platform/send-to-background';
import type { ExtractedArticle } from '@/src/extract/types';
import { errorText } from '@/src/error-text';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const handlers: HandlerMap<ContentMessages, Browser.runtime.MessageSender> = {
      'page/detect': () => ({ verdict: detectArticle(document, location.href), url: location.href }),
      'page/extract': (): Result<ExtractedArticle> => {
        try {
          return { ok: true, value: extractArticle(document, location.href) };
        } catch (error) {
          const reason = errorText(error);
          return { ok: false, error: `Could not read this page: ${reason}` };
        }
      },
    };

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (!isEnvelopeFor<ContentMessages>(message, handlers)) return undefined;
      const handle = handlers[message.type] as (payload: unknown, s: typeof sender) => unknown;
      return Promise.resolve(handle(message.payload, sender));
    });

    const verdict = detectArticle(document, location.href);
    // The background may be asleep or reloading; the verdict is re-asked when the popup opens.
    void sendToBackground('page/detected', { verdict, url: location.href }).catch(() => undefined);
  },
});
