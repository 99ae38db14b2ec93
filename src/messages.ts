import type { ArticleVerdict, ExtractedArticle } from './extract/types';

/** A result that crosses a context boundary: a value, or an error a person can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Messages the content script answers, with their request and response types. */
export interface ContentMessages {
  /** Run the full extraction on the page as it is now. */
  'page/extract': { request: Record<string, never>; response: Result<ExtractedArticle> };
  /** Re-run the cheap article check; also tells the page's address, which the background cannot read without the "tabs" permission. */
  'page/detect': { request: Record<string, never>; response: { verdict: ArticleVerdict; url: string } };
}

/** What clipping a tab did: stored a new clip, updated the one kept for that URL, or found no article. */
export type ClipTabOutcome =
  | { status: 'saved' | 'updated'; clipId: string; title: string | null }
  | { status: 'not-article'; title: string | null };

/** Messages the background answers, with their request and response types. */
export interface BackgroundMessages {
  /** The content script's on-load verdict, so the toolbar icon can be marked. */
  'page/detected': { request: { verdict: ArticleVerdict; url: string }; response: void };
  /**
   * Extract the article in tab `tabId` and store it with `tags`. Unless `force`, a page that is not an
   * article is not stored and the answer says so, so the popup can offer to clip it anyway.
   */
  'clip/save': {
    request: { tabId: number; tags: string[]; force: boolean };
    response: Result<ClipTabOutcome>;
  };
  /** The id of the clip of the page in tab `tabId`, if that page is in the library. */
  'clip/find-for-tab': { request: { tabId: number }; response: { clipId: string | null } };
}

/** A message of one of the maps above, as sent over `runtime.sendMessage` / `tabs.sendMessage`. */
export type Envelope<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K; payload: M[K] extends { request: infer R } ? R : never }
  : never;

/** The request type of message `K` in map `M`. */
export type RequestOf<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
/** The response type of message `K` in map `M`. */
export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;

/** A handler for every message of map `M`: a missing one is a type error. */
export type HandlerMap<M, Sender> = {
  [K in keyof M]: (payload: RequestOf<M, K>, sender: Sender) => Promise<ResponseOf<M, K>> | ResponseOf<M, K>;
};

/** Checks that an unknown runtime message has the envelope shape and names a handler in `handlers`. */
export function isEnvelopeFor<M>(message: unknown, handlers: object): message is Envelope<M> {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(handlers, type);
}
