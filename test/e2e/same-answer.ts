// The promise that "content script and Node give the same answer", checked on real pages:
// what the built extension's content script answers in a browser tab, next to what the same
// src/extract code answers in Node (jsdom, as `npm run extract` and the eval parse a page).
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectArticle, extractArticle } from '../../src/extract';
import type { ArticleVerdict, ExtractedArticle } from '../../src/extract/types';
import type { ContentMessages, Envelope, ResponseOf, Result } from '../../src/messages';
import { loadPage } from '../../scripts/load-page';
import { SHARED } from './serve-pages';

/** A page of the shared folder, as a file for Node and as a path on the fixture server. */
export interface SharedPage {
  id: string;
  file: string;
  /** Path on the fixture server (`servePages`), which serves `../shared/` as it is. */
  servedPath: string;
}

/** What a page's content script answers: its on-load verdict and its full extraction. */
export interface PageAnswer {
  verdict: ArticleVerdict;
  article: Result<ExtractedArticle>;
}

const FOLDERS = ['readability', 'htmldate-dev', 'trafilatura-dev'] as const;

/**
 * The seed page and every `step`-th page of each corpus folder (a fixed sample, so runs compare).
 * Pages saved in a legacy encoding are left out: the fixture server declares UTF-8 for every page.
 */
export function sharedPageSample(step: number): SharedPage[] {
  const seed = {
    id: 'seed',
    file: join(SHARED, 'fixtures/seed/page.html'),
    servedPath: 'fixtures/seed/page.html',
  };
  const corpus = FOLDERS.flatMap((folder) =>
    readFileSync(join(SHARED, 'corpus', folder, 'manifest.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .filter((_, i) => i % step === 0)
      .map((line) => {
        const { id, path } = JSON.parse(line) as { id: string; path: string };
        return {
          id: `${folder}/${id}`,
          file: join(SHARED, 'corpus', folder, path),
          servedPath: `corpus/${folder}/${path}`,
        };
      })
      .filter((page) => isUtf8(readFileSync(page.file))),
  );
  return [seed, ...corpus];
}

/** The answer the same code gives in Node for `file` parsed at `url`. */
export function nodeAnswer(file: string, url: string): PageAnswer {
  const dom = loadPage(file, url);
  try {
    const doc = dom.window.document;
    return { verdict: detectArticle(doc, url), article: { ok: true, value: extractArticle(doc, url) } };
  } finally {
    dom.window.close();
  }
}

/** The two messages that ask a content script for its answer. */
export const DETECT: Envelope<ContentMessages, 'page/detect'> = { type: 'page/detect', payload: {} };
export const EXTRACT: Envelope<ContentMessages, 'page/extract'> = { type: 'page/extract', payload: {} };

/**
 * Asks a tab's content script for its answer through `send` (`tabs.sendMessage` from an extension
 * context). A content script runs at document_idle, so until it is there the send fails; it is
 * retried for up to `timeoutMs`.
 */
export async function askContentScript(
  send: (message: typeof DETECT | typeof EXTRACT) => Promise<unknown>,
  timeoutMs = 15_000,
): Promise<PageAnswer> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const detected = (await send(DETECT)) as ResponseOf<ContentMessages, 'page/detect'>;
      const article = (await send(EXTRACT)) as ResponseOf<ContentMessages, 'page/extract'>;
      return { verdict: detected.verdict, article };
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
